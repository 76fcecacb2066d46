"""Speed of the whole path from document to events, on one core.

Usage: python benchmarks/extraction_speed.py [--repeat N] [--tbaq PATH]

Reads the seed articles and the TempEval-3 TBAQ texts (``../shared/bench/
tempeval3/tbaq-train.jsonl`` relative to the project root, when present),
runs `timeline.extraction.extract` on each, and prints MB of text per second
and articles per second of CPU time on one core. It also measures the test
articles of ``tests/articles``: diplomatic news only, where nearly every
sentence holds an event and extraction does the most work per character.
Machines are shared and noisy, so it also prints the time of the temporal
tagger alone on the same texts: compare ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path

from timeline.documents import read_documents, seed_documents
from timeline.extraction import extract
from timeline.model import Document
from timeline.temporal import find_times

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TBAQ = ROOT / ".." / "shared" / "bench" / "tempeval3" / "tbaq-train.jsonl"
# the test article sets written for development (the blind set is left out of every measurement)
NEWS_SETS = ("events", "heldout", "styles", "outlets", "partners", "kazchina", "world")


def tbaq_documents(path: Path) -> list[Document]:
    documents = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            published = dt.date.fromisoformat(record["dct"]) if record.get("dct") else None
            documents.append(Document(text=record["text"], published=published, id=record["doc"]))
    return documents


def news_documents() -> list[Document]:
    folders = [ROOT / "tests" / "articles" / name for name in NEWS_SETS]
    return [
        document
        for folder in folders
        if folder.is_dir()
        for document in read_documents(sorted(folder.glob("[0-9]*.txt")))
    ]


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs in CPU seconds of this process (one core): on a shared machine other
    work then only slows the run down through caches, not by taking its turns."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def measure(name: str, documents: list[Document], repeat: int) -> None:
    size = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    events = sum(len(extract(d)) for d in documents)  # warm the caches once
    extraction = best_time(lambda: [extract(d) for d in documents], repeat)
    tagging = best_time(lambda: [find_times(d.text, d.published) for d in documents], repeat)
    print(
        f"{name}: {len(documents)} articles, {size:.3f} MB, {events} events | "
        f"extract {size / extraction:.2f} MB/s, {len(documents) / extraction:.0f} articles/s | "
        f"find_times alone {size / tagging:.2f} MB/s (extract takes {extraction / tagging:.2f}x its time)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ)
    args = parser.parse_args()
    seeds = seed_documents()
    measure("seeds", seeds, args.repeat)
    if args.tbaq.is_file():
        tbaq = tbaq_documents(args.tbaq)
        measure("tbaq", tbaq, args.repeat)
        measure("seeds+tbaq", seeds + tbaq, args.repeat)
    else:
        print(f"TBAQ texts not found at {args.tbaq}; measured the seeds only")
    news = news_documents()
    if news:
        measure("diplomatic news", news, args.repeat)


if __name__ == "__main__":
    main()
