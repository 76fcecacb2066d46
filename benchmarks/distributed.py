"""Building on Dask with 1 and 2 worker processes, beside `timeline.build` in one process.

    python benchmarks/distributed.py [--articles 3000] [--background 3] [--files 24] [--partitions 16]

Writes a generated corpus (wire stories of the same happenings by several
outlets, with near misses: ``tests/distributed/corpus.py``) as JSON Lines
files to a temporary folder, then builds the timeline of those files three
ways: `read_documents` and `timeline.build` in this process, and
`timeline.distributed.build_distributed` on a local cluster of 1 and of 2
worker processes (one thread each). Starting the workers is not timed; a
small build first loads each worker's data. Prints seconds, articles/s,
the speed-up of 2 workers over 1, each worker's peak memory, whether
every result is byte-identical to the single-process one, and how many
processors two busy processes actually got around the run (the ceiling
of the speed-up on a shared machine). Needs the ``dask`` extra.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# this script's name is the name of the `distributed` package: import that, not this
sys.path[:] = [str(ROOT), *(entry for entry in sys.path if Path(entry or ".").resolve() != HERE)]

import timeline  # noqa: E402
from tests.distributed.corpus import generate  # noqa: E402
from timeline.model import Document  # noqa: E402


def write_files(documents: tuple[Document, ...], folder: Path, files: int) -> list[Path]:
    paths = []
    for number in range(files):
        path = folder / f"wire-{number:03d}.jsonl"
        chunk = documents[number::files]
        lines = (
            json.dumps({"id": d.id, "text": d.text, "published": str(d.published), "outlet": d.outlet})
            for d in chunk
        )
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _burn(rounds: int) -> float:
    started = time.perf_counter()
    total = 0
    for number in range(rounds):
        total += number * number
    return time.perf_counter() - started


def parallel_capacity(rounds: int = 10_000_000) -> float:
    """How many processors two processes get right now (2.0 on an idle two-core machine)."""
    import multiprocessing

    alone = _burn(rounds)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_burn, [rounds, rounds])
        together = time.perf_counter() - started
    return 2 * alone / together


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def on_cluster(
    workers: int, paths: list[Path], warm_up: list[Path], partitions: int
) -> tuple[float, str, float]:
    """Seconds to build on `workers` processes, the JSON, and the largest worker's peak memory (MB)."""
    from distributed import Client, LocalCluster

    from timeline.distributed import build_distributed

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        build_distributed(warm_up, partitions=workers)
        started = time.perf_counter()
        built = build_distributed(paths, partitions=partitions)
        seconds = time.perf_counter() - started
        memory = max(client.run(peak_mb).values())
    return seconds, timeline.to_json(built), memory


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=3000, help="articles in the corpus")
    parser.add_argument("--background", type=int, default=3, help="context paragraphs per article")
    parser.add_argument("--files", type=int, default=24, help="JSON Lines files to spread them over")
    parser.add_argument("--partitions", type=int, default=16, help="pieces Dask reads the files in")
    arguments = parser.parse_args()

    capacity_before = parallel_capacity()
    corpus = generate(arguments.articles, background=arguments.background)
    documents = corpus.documents
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    with tempfile.TemporaryDirectory() as folder:
        paths = write_files(documents, Path(folder), arguments.files)
        warm_folder = Path(folder) / "warm-up"
        warm_folder.mkdir()
        warm_up = write_files(documents[:20], warm_folder, 2)

        started = time.perf_counter()
        expected_timeline = timeline.build(timeline.read_documents(paths))
        single = time.perf_counter() - started
        expected = timeline.to_json(expected_timeline)
        rows = [("timeline.build, 1 process", single, True, peak_mb())]
        for workers in (1, 2):
            seconds, built, memory = on_cluster(workers, paths, warm_up, arguments.partitions)
            name = f"Dask, {workers} worker process{'es' if workers > 1 else ''}"
            rows.append((name, seconds, built == expected, memory))

    print(f"corpus: {len(documents)} articles ({megabytes:.1f} MB, {corpus.happenings} happenings, "
          f"{corpus.near_misses} near misses) in {arguments.files} files, {arguments.partitions} partitions")
    print(f"timeline: {len(expected_timeline.events)} events")
    print()
    print(f"{'run':<28} {'seconds':>8} {'articles/s':>11} {'vs 1 worker':>12} {'peak MB':>8}  identical")
    one_worker = rows[1][1]
    for name, seconds, identical, memory in rows:
        print(f"{name:<28} {seconds:8.2f} {len(documents) / seconds:11.0f} {one_worker / seconds:11.2f}x "
              f"{memory:8.0f}  {'yes' if identical else 'NO'}")
    capacity = (capacity_before + parallel_capacity()) / 2
    print()
    print(f"processors two processes got (pure-Python loop, before and after): {capacity:.2f}")
    print(f"speed-up of 2 workers over 1: {rows[1][1] / rows[2][1]:.2f}x; "
          f"2 workers over timeline.build: {rows[0][1] / rows[2][1]:.2f}x")
    print("peak MB: this process for timeline.build, the largest worker for Dask")


if __name__ == "__main__":
    main()
