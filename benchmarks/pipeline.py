"""The whole pipeline on a large corpus, and the temporal layer beside dateparser.

    python benchmarks/pipeline.py [--size-mb 50] [--peer-kb 200]

The corpus is the TempEval-3 TBAQ texts (``../shared/bench/tempeval3``)
plus the bundled seeds, repeated until it reaches ``--size-mb`` megabytes;
each copy is a distinct document (its id carries the copy number) with its
own publication date. Prints MB/s, articles/s and peak memory of
read -> extract -> merge -> JSON/ICS/Markdown, then the throughput of
`timeline.find_times` and of dateparser's `search_dates` on the same
``--peer-kb`` kilobytes of text, in this one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

import timeline
from timeline.pipeline import extract_all

ROOT = Path(__file__).resolve().parent.parent
TBAQ = ROOT.parent / "shared" / "bench" / "tempeval3" / "tbaq-train.jsonl"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def base_articles(tbaq: Path) -> list[tuple[str, dt.date | None]]:
    articles = [(d.text, d.published) for d in timeline.seed_documents()]
    if tbaq.is_file():
        for line in tbaq.read_text("utf-8").splitlines():
            record = json.loads(line)
            articles.append((record["text"], dt.date.fromisoformat(record["dct"])))
    else:
        print(f"note: {tbaq} not found; using the seeds alone", file=sys.stderr)
    return articles


def corpus(size_mb: float, tbaq: Path) -> list[timeline.Document]:
    base = base_articles(tbaq)
    documents: list[timeline.Document] = []
    total = 0
    copy = 0
    while total < size_mb * 1_000_000:
        for number, (text, published) in enumerate(base):
            documents.append(timeline.Document(text=text, published=published, id=f"copy{copy}-{number}"))
            total += len(text.encode("utf-8"))
        copy += 1
    return documents


def run_pipeline(documents: list[timeline.Document]) -> None:
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    memory_before = peak_mb()
    started = time.perf_counter()
    reports = extract_all(documents)
    extracted = time.perf_counter()
    merged = timeline.merge(reports)
    merged_at = time.perf_counter()
    built = timeline.Timeline(events=merged, documents=[d.ref for d in documents])
    outputs = [timeline.to_json(built).encode(), timeline.to_ics(built), timeline.to_markdown(built).encode()]
    finished = time.perf_counter()
    total = finished - started
    print(f"corpus: {len(documents)} articles, {megabytes:.1f} MB")
    output_mb = sum(map(len, outputs)) / 1e6
    print(f"events: {len(reports)} reports -> {len(merged)} after merging; outputs {output_mb:.1f} MB")
    print(
        f"extract: {extracted - started:7.1f} s  {megabytes / (extracted - started):6.2f} MB/s  "
        f"{len(documents) / (extracted - started):8.0f} articles/s"
    )
    print(f"merge:   {merged_at - extracted:7.1f} s")
    print(f"export:  {finished - merged_at:7.1f} s")
    print(f"whole:   {total:7.1f} s  {megabytes / total:6.2f} MB/s  {len(documents) / total:8.0f} articles/s")
    print(f"peak memory: {peak_mb():.0f} MB (corpus loaded: {memory_before:.0f} MB)")


def run_temporal_side_by_side(peer_kb: int, tbaq: Path) -> None:
    import dateparser.search

    base = base_articles(tbaq)
    sample: list[tuple[str, dt.date | None]] = []
    size = 0
    for text, published in base:
        if size >= peer_kb * 1000:
            break
        sample.append((text, published))
        size += len(text)
    started = time.perf_counter()
    ours = sum(len(timeline.find_times(text, published)) for text, published in sample)
    our_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs = 0
    for text, published in sample:
        base_time = dt.datetime.combine(published or dt.date(2024, 1, 1), dt.time())
        found = dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base_time})
        theirs += len(found or [])
    peer_seconds = time.perf_counter() - started
    print(f"\ntemporal layer on the same {size / 1000:.0f} kB ({len(sample)} articles):")
    print(f"  timeline.find_times:      {size / our_seconds / 1000:9.1f} kB/s  {ours} expressions")
    print(f"  dateparser.search_dates:  {size / peer_seconds / 1000:9.1f} kB/s  {theirs} expressions")
    print(f"  ratio: find_times is {peer_seconds / our_seconds:.0f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--peer-kb", type=int, default=200)
    parser.add_argument("--tbaq", type=Path, default=TBAQ)
    arguments = parser.parse_args()
    run_pipeline(corpus(arguments.size_mb, arguments.tbaq))
    run_temporal_side_by_side(arguments.peer_kb, arguments.tbaq)


if __name__ == "__main__":
    main()
