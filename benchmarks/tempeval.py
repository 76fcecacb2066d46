"""TempEval-3 (Task A) figures for `timeline.find_times`, with dateparser's `search_dates` as the peer.

Reads the TBAQ-cleaned training set as JSON Lines (one document a line with
``text``, ``dct`` and gold ``timexes``; see ``../shared/bench/tempeval3/README.md``),
runs both taggers on every document with its creation date as the reference,
and prints, for each: strict and relaxed span precision/recall/F1, type and
value accuracy over the relaxed matches and the TempEval-3 attribute F1
(accuracy x relaxed F1), and throughput in characters per second. Both run in
the same process, taking turns pass by pass, so the speed ratio is what to quote.
Then it measures the throughput of both on diplomatic news (the seed articles
and the test articles of the event extractor, whole and sentence by sentence,
as the extractor calls it), and lists our errors by category, with examples,
so the next rule to write is obvious.

    python benchmarks/tempeval.py [--data PATH] [--limit N] [--examples N] [--no-peer] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from timeline.temporal import find_times

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "bench" / "tempeval3" / "tbaq-train.jsonl"
NEWS = (ROOT / "seeds", ROOT / "tests" / "articles" / "events")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class Timex(NamedTuple):
    start: int
    end: int
    text: str
    type: str
    value: str


class Document(NamedTuple):
    name: str
    dct: dt.date
    text: str
    gold: list[Timex]


Tagger = Callable[[str, dt.date], list[Timex]]


def load(path: Path, limit: int | None) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record: dict[str, Any] = json.loads(line)
            gold = [Timex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in record["timexes"]]
            documents.append(
                Document(record["doc"], dt.date.fromisoformat(record["dct"]), record["text"], gold)
            )
            if limit is not None and len(documents) >= limit:
                break
    return documents


def ours(text: str, reference: dt.date) -> list[Timex]:
    return [Timex(m.start, m.end, m.text, m.type, m.value) for m in find_times(text, reference)]


def dateparser_peer() -> Tagger:
    from dateparser.search import search_dates

    def tag(text: str, reference: dt.date) -> list[Timex]:
        base = dt.datetime(reference.year, reference.month, reference.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        timexes, position = [], 0
        for substring, moment in found:
            start = text.find(substring, position)
            if start < 0:
                continue
            position = start + len(substring)
            has_time = moment.time() != dt.time(0, 0)
            value = moment.strftime("%Y-%m-%dT%H:%M") if has_time else moment.date().isoformat()
            timexes.append(Timex(start, position, substring, "TIME" if has_time else "DATE", value))
        return timexes

    return tag


class Scores(NamedTuple):
    gold: int
    system: int
    strict: int
    relaxed: int
    type_correct: int
    value_correct: int
    seconds: float
    characters: int


class Error(NamedTuple):
    category: str
    document: str
    context: str
    detail: str


def _match(
    gold: list[Timex], system: list[Timex]
) -> tuple[list[tuple[Timex, Timex]], list[Timex], list[Timex]]:
    """One-to-one relaxed matches (overlapping spans, exact ones first), missed gold, spurious system."""
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    unmatched_gold: list[Timex] = []
    for g in gold:
        candidates = [
            (s.start != g.start or s.end != g.end, index)
            for index, s in enumerate(system)
            if index not in used and s.start < g.end and g.start < s.end
        ]
        if not candidates:
            unmatched_gold.append(g)
            continue
        _, index = min(candidates)
        used.add(index)
        pairs.append((g, system[index]))
    spurious = [s for index, s in enumerate(system) if index not in used]
    return pairs, unmatched_gold, spurious


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 50) : start].replace("\n", " ")
    right = text[end : end + 30].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def timed_runs(
    items: list[tuple[str, dt.date]], taggers: dict[str, Tagger], repeat: int
) -> tuple[dict[str, list[list[Timex]]], dict[str, float]]:
    """Every text tagged by every tagger, and each tagger's seconds for the fastest of `repeat` passes.

    The taggers take turns pass by pass, each tagging the whole corpus as a user would, and the
    fastest pass of each counts: the load of a shared machine comes and goes, and the fastest pass
    is the one it disturbed least. (Taking turns text by text would instead measure how much each
    library evicts the other's tables from the processor cache, which no user pays.) Time is
    processor time, not wall-clock time, so moments another process holds the processor count for
    neither.
    """
    outputs: dict[str, list[list[Timex]]] = {name: [] for name in taggers}
    best = dict.fromkeys(taggers, float("inf"))
    for _ in range(repeat):
        for name, tagger in taggers.items():
            tagged = []
            began = time.process_time()
            for text, day in items:
                tagged.append(tagger(text, day))
            best[name] = min(best[name], time.process_time() - began)
            outputs[name] = tagged
    return outputs, best


def evaluate(
    documents: list[Document], outputs: list[list[Timex]], seconds: float
) -> tuple[Scores, list[Error]]:
    totals = Counter[str]()
    errors: list[Error] = []
    for document, system in zip(documents, outputs, strict=True):
        totals["characters"] += len(document.text)
        pairs, missed, spurious = _match(document.gold, system)
        totals["gold"] += len(document.gold)
        totals["system"] += len(system)
        totals["relaxed"] += len(pairs)
        for g, s in pairs:
            strict = (g.start, g.end) == (s.start, s.end)
            totals["strict"] += strict
            totals["type"] += g.type == s.type
            totals["value"] += g.value == s.value
            where = _context(document.text, g.start, g.end)
            if not strict:
                errors.append(Error("span differs", document.name, where, f"ours {s.text!r}"))
            if g.type != s.type:
                errors.append(Error(f"wrong type {g.type}", document.name, where, f"ours {s.type}"))
            if g.value != s.value:
                errors.append(
                    Error(
                        f"wrong value {g.type}",
                        document.name,
                        where,
                        f"gold {g.value} ours {s.value} ({document.dct})",
                    )
                )
        for g in missed:
            errors.append(
                Error(f"missed {g.type}", document.name, _context(document.text, g.start, g.end), g.value)
            )
        for s in spurious:
            errors.append(
                Error(f"spurious {s.type}", document.name, _context(document.text, s.start, s.end), s.value)
            )
    scores = Scores(
        totals["gold"],
        totals["system"],
        totals["strict"],
        totals["relaxed"],
        totals["type"],
        totals["value"],
        seconds,
        totals["characters"],
    )
    return scores, errors


def _prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def figures(scores: Scores) -> dict[str, float]:
    sp, sr, sf = _prf(scores.strict, scores.system, scores.gold)
    rp, rr, rf = _prf(scores.relaxed, scores.system, scores.gold)
    type_accuracy = scores.type_correct / scores.relaxed if scores.relaxed else 0.0
    value_accuracy = scores.value_correct / scores.relaxed if scores.relaxed else 0.0
    return {
        "strict P": sp,
        "strict R": sr,
        "strict F1": sf,
        "relaxed P": rp,
        "relaxed R": rr,
        "relaxed F1": rf,
        "type accuracy": type_accuracy,
        "type F1": type_accuracy * rf,
        "value accuracy": value_accuracy,
        "value F1": value_accuracy * rf,
        "chars/s": scores.characters / scores.seconds if scores.seconds else 0.0,
    }


def print_table(results: dict[str, Scores]) -> None:
    names = list(results)
    table = {name: figures(scores) for name, scores in results.items()}
    print(f"{'':16}" + "".join(f"{name:>14}" for name in names))
    for key in next(iter(table.values())):
        cells = "".join(
            f"{table[name][key]:>14,.0f}" if key == "chars/s" else f"{table[name][key]:>14.3f}"
            for name in names
        )
        print(f"{key:16}{cells}")
    counts = "".join(f"{f'{s.system} / {s.gold}':>14}" for s in results.values())
    print(f"{'found / gold':16}{counts}")
    if len(names) == 2:
        first, second = (table[name]["chars/s"] for name in names)
        if second:
            print(f"\nspeed: {names[0]} is {first / second:,.1f} times as fast as {names[1]}")


def news_documents() -> list[tuple[str, dt.date]]:
    """The diplomatic news articles, each with its publication date (or a fixed day when unknown)."""
    from timeline.documents import read_documents

    documents = read_documents([folder for folder in NEWS if folder.is_dir()])
    return [(d.text, d.published or dt.date(2024, 5, 21)) for d in documents]


def news_throughput(taggers: dict[str, Tagger], repeat: int) -> None:
    """Characters per second of each tagger on whole news articles and on their sentences one by one."""
    articles = news_documents()
    if not articles:
        print("\nno news articles found")
        return
    sentences = [
        (sentence, day)
        for text, day in articles
        for sentence in _SENTENCE_END.split(text)
        if sentence.strip()
    ]
    size = sum(len(text) for text, _ in articles)
    print(f"\ndiplomatic news: {len(articles)} articles, {len(sentences)} sentences, {size:,} characters")
    for label, items in (("whole articles", articles), ("sentence by sentence", sentences)):
        _, seconds = timed_runs(items, taggers, repeat)
        speeds = {name: size / spent for name, spent in seconds.items()}
        cells = ", ".join(f"{name} {speed:,.0f} chars/s" for name, speed in speeds.items())
        ratio = ""
        if len(speeds) == 2:
            first, second = speeds.values()
            ratio = f" ({first / second:,.1f} times as fast)"
        print(f"  {label}: {cells}{ratio}")


def print_errors(errors: list[Error], examples: int) -> None:
    by_category: dict[str, list[Error]] = defaultdict(list)
    for error in errors:
        by_category[error.category].append(error)
    print("\nour errors by category")
    for category, items in sorted(by_category.items(), key=lambda item: -len(item[1])):
        print(f"\n{category}: {len(items)}")
        for error in items[:examples]:
            print(f"  {error.document}: {error.context}  {error.detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 JSON Lines file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per error category")
    parser.add_argument("--no-peer", action="store_true", help="skip dateparser")
    parser.add_argument("--repeat", type=int, default=3, help="time the fastest of N passes of each tagger")
    arguments = parser.parse_args(argv)
    if not arguments.data.is_file():
        print(f"tempeval: no data at {arguments.data}", file=sys.stderr)
        return 2
    documents = load(arguments.data, arguments.limit)
    print(
        f"{len(documents)} documents, {sum(len(d.gold) for d in documents)} gold TIMEX3, "
        f"{sum(len(d.text) for d in documents):,} characters\n"
    )
    results: dict[str, Scores] = {}
    taggers: dict[str, Tagger] = {"timeline": ours}
    if not arguments.no_peer:
        taggers["dateparser"] = dateparser_peer()
    for tagger in taggers.values():
        # each loads its rules and data once, before the clock runs
        tagger("They met on Monday, May 20, 2024, and will meet again next week.", dt.date(2024, 5, 21))
    outputs, seconds = timed_runs([(d.text, d.dct) for d in documents], taggers, arguments.repeat)
    results["timeline"], errors = evaluate(documents, outputs["timeline"], seconds["timeline"])
    if not arguments.no_peer:
        results["dateparser"], _ = evaluate(documents, outputs["dateparser"], seconds["dateparser"])
    print_table(results)
    news_throughput(taggers, arguments.repeat)
    print_errors(errors, arguments.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
