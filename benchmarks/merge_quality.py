"""Pairwise precision and recall of merging on real-style articles with gold clusters.

Usage: python benchmarks/merge_quality.py [GOLD.json ...] [--details]
(default: tests/articles/merge/gold.json)

Two measurements per gold file:

- gold-driven: events are built straight from the gold annotations (kind,
  date, participants, countries, place, status, label, the article's
  publication date) and merged; this measures the merger alone;
- pipeline: the articles are extracted, each extracted report is matched
  to a gold event of its article (the seeds' scoring convention), and the
  reports are merged; pairs are scored over the matched gold events only,
  so extraction misses do not count against merging (their number is
  printed).

A pair is two gold events of different or equal articles; it is positive
when both carry the same ``cluster`` id, and predicted when both end up in
one merged event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_events import load_document, load_gold, match_article  # noqa: E402

from timeline.extraction import extract  # noqa: E402
from timeline.gazetteer import find_country, find_organization, find_person, find_place  # noqa: E402
from timeline.merge import merge_with_ids  # noqa: E402
from timeline.model import (  # noqa: E402
    EVENT_KINDS,
    Event,
    Organization,
    Participant,
    Person,
    Place,
    Source,
    Status,
    When,
    content_id,
)

_ORGANIZATION_WORDS = re.compile(
    r"\b(Organi[sz]ation|Group|Bank|Office|Commonwealth|Union|Council|Ministry|Fund|Company|Corporation|"
    r"Committee|Forum|Association|Nations|Samruk)\b|\(",
)


def _pairs(clusters: dict[int, str | None], predicted: dict[int, str]) -> tuple[int, int, int]:
    """True positives, predicted pairs and gold pairs over the items both maps cover."""
    items = sorted(set(clusters) & set(predicted))
    true_positive = predicted_pairs = gold_pairs = 0
    for a, b in itertools.combinations(items, 2):
        same_gold = clusters[a] is not None and clusters[a] == clusters[b]
        same_predicted = predicted[a] == predicted[b]
        gold_pairs += same_gold
        predicted_pairs += same_predicted
        true_positive += same_gold and same_predicted
    return true_positive, predicted_pairs, gold_pairs


def _print_scores(name: str, counts: tuple[int, int, int], items: int, extra: str = "") -> None:
    true_positive, predicted_pairs, gold_pairs = counts
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / gold_pairs if gold_pairs else 1.0
    print(
        f"{name:<12} events {items:4d}  gold pairs {gold_pairs:4d}  predicted pairs {predicted_pairs:4d}  "
        f"correct {true_positive:4d}  precision {precision:.3f}  recall {recall:.3f}{extra}"
    )


def _participant(name: str) -> Participant:
    if find_person(name) is not None:
        return Person(name=name)
    if find_organization(name) is not None or _ORGANIZATION_WORDS.search(name):
        return Organization(name=name)
    return Person(name=name)


def _when(value: Any) -> When:
    if value is None or value == "unknown":
        return When.unknown()
    if isinstance(value, dict):
        return When.from_timex(f"{value['start']}/{value['end']}")
    return When.from_timex(str(value))


def event_from_gold(annotation: dict[str, Any], file: str, published: dt.date | None, index: int) -> Event:
    """The report an ideal extractor would give for one gold annotation."""
    cls = EVENT_KINDS[annotation["kind"]]
    location = annotation.get("location")
    fields: dict[str, Any] = {}
    label = annotation.get("label")
    if annotation["kind"] == "other":
        fields["label"] = label or "milestone"
    elif annotation["kind"] == "statement":
        fields["label"] = label
    elif annotation["kind"] == "summit":
        fields["name"] = label
    elif annotation["kind"] == "agreement":
        fields["instrument"] = label
    elif annotation["kind"] == "visit" and location:
        fields["host_country"] = find_country(location) or (
            place.country if (place := find_place(location)) is not None else None
        )
    evidence = annotation.get("evidence") or ""
    return cls(
        id=content_id(file, str(index), annotation["kind"]),
        title=evidence[:60],
        when=_when(annotation.get("date")),
        status=Status(annotation.get("status", "happened")),
        participants=tuple(_participant(name) for name in annotation.get("participants") or ()),
        countries=tuple(annotation.get("countries") or ()),
        location=Place(name=location) if location else None,
        sources=(
            Source(document=file, evidence=evidence, start=index * 1000, end=index * 1000 + len(evidence),
                   published=published),
        ),
        **fields,
    )


def gold_driven(path: Path, details: bool) -> None:
    data = json.loads(path.read_text("utf-8"))
    events: list[Event] = []
    clusters: dict[int, str | None] = {}
    for article in data["articles"]:
        published = dt.date.fromisoformat(article["published"]) if article.get("published") else None
        for annotation in article["events"]:
            number = len(events)
            events.append(event_from_gold(annotation, article["file"], published, number))
            clusters[number] = annotation.get("cluster")
    predicted = _clusters_of(events)
    _print_scores("gold-driven", _pairs(clusters, predicted), len(events))
    if details:
        _print_errors(events, clusters, predicted)


def _clusters_of(reports: Sequence[Event]) -> dict[int, str]:
    """For each report (by position), the id of the merged event that holds it."""
    _merged, where = merge_with_ids(reports)
    return {number: where[report.id] for number, report in enumerate(reports)}


def _print_errors(
    events: Sequence[Event], clusters: dict[int, str | None], predicted: dict[int, str]
) -> None:
    for a, b in itertools.combinations(sorted(set(clusters) & set(predicted)), 2):
        same_gold = clusters[a] is not None and clusters[a] == clusters[b]
        same_predicted = predicted[a] == predicted[b]
        if same_gold != same_predicted:
            what = "missed" if same_gold else "wrong "
            print(f"   {what} {clusters[a]} ~ {clusters[b]}: {_describe(events[a])} | {_describe(events[b])}")


def _describe(event: Event) -> str:
    names = ",".join(p.name.split()[-1] for p in event.participants)
    return f"{event.sources[0].document[:12]} {event.kind} {event.when.value} {event.status.value} [{names}]"


def pipeline(path: Path, details: bool) -> None:
    folder = path.parent
    reports: list[Event] = []
    clusters: dict[int, str | None] = {}
    gold_events = 0
    raw = json.loads(path.read_text("utf-8"))
    for (file, gold), article in zip(load_gold(path), raw["articles"], strict=True):
        gold_events += len(gold)
        extracted = extract(load_document(folder, file))
        score = match_article(file, gold, extracted)
        cluster_of = {id(g): annotation.get("cluster") for g, annotation in zip(gold, article["events"],
                                                                                  strict=True)}
        matched = {id(report): cluster_of[id(g)] for g, report in [*score.matched, *score.matched_optional]}
        for report in extracted:
            number = len(reports)
            reports.append(report)
            if id(report) in matched:
                clusters[number] = matched[id(report)]
    predicted = _clusters_of(reports)
    _print_scores(
        "pipeline", _pairs(clusters, predicted), len(clusters),
        f"  (gold events {gold_events}, extracted {len(reports)}, matched {len(clusters)})",
    )
    if details:
        _print_errors(reports, clusters, predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = ROOT / "tests" / "articles" / "merge" / "gold.json"
    parser.add_argument("gold", nargs="*", type=Path, default=[default])
    parser.add_argument("--details", action="store_true", help="list every wrong or missed pair")
    arguments = parser.parse_args(argv)
    for path in arguments.gold:
        print(f"# {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        gold_driven(path, arguments.details)
        pipeline(path, arguments.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
