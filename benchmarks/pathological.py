"""Pathological inputs: time must grow linearly with their length.

    python benchmarks/pathological.py [--max-kb 1000]

Feeds runs of digits, capitalized words, punctuation, month names, HTML
and one endless line to `timeline.find_times` and `timeline.extract` at a
quarter, a half and the whole of ``--max-kb`` kilobytes, and prints the
seconds and the growth from a quarter to the whole (4.0 is linear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

import timeline

UNITS = {
    "digits": "1234567890",
    "capitalized words": "President Minister Kazakhstan Astana Beijing Chairman Group ",
    "punctuation": ".,;:--–—()[]'\"!?/\\",
    "month names": "May June July Feb. Sept. March Monday 2024 ",
    "html": "<div class='x'><p>Talks on <b>May 20</b></p></div>&amp;&nbsp;",
    "one long line": "Tokayev met Wang Yi on Monday and signed agreements worth $2 billion, ",
}
REFERENCE = dt.date(2024, 5, 21)


def seconds(function: Callable[[str], object], unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    started = time.perf_counter()
    function(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--max-kb", type=int, default=1000)
    size = parser.parse_args().max_kb * 1000
    functions: dict[str, Callable[[str], object]] = {
        "find_times": lambda text: timeline.find_times(text, REFERENCE),
        "extract": lambda text: timeline.extract(timeline.Document(text=text, published=REFERENCE)),
    }
    sizes = (size // 4, size // 2, size)
    print(f"{'input':<18} {'function':<10} " + " ".join(f"{s // 1000:>7} kB" for s in sizes) + "   growth")
    for name, unit in UNITS.items():
        for label, function in functions.items():
            times = [seconds(function, unit, s) for s in sizes]
            growth = times[-1] / max(times[0], 1e-9)
            cells = " ".join(f"{t:>8.2f}s" for t in times)
            print(f"{name:<18} {label:<10} {cells}   {growth:5.1f}x")


if __name__ == "__main__":
    main()
