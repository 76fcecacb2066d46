"""Score `timeline.extraction.extract` against a gold file of the seeds' shape.

Usage: python benchmarks/score_events.py GOLD.json [GOLD.json ...] [--quiet]
       python benchmarks/score_events.py --corpus TEXTS.jsonl GOLD.json

The articles are read from the gold file's folder (with its manifest.json
metadata, when there is one), or with --corpus from a JSON Lines file of
documents (`doc` id, `dct` publication date, `text`, as the TempEval-3 data
in ../shared/bench/tempeval3/), the gold naming each document by its id: so
real news whose text may not be copied here is scored all the same. Matching follows the seeds' convention: a
predicted event matches a gold event of the same article when the kinds
agree, they share at least one participant (or, where gold names none, one
country), and their dates do not contradict each other; matching is
one-to-one, best date agreement first. Optional gold events neither count as
misses when not found nor make a prediction spurious when found.

A gold participant that is a country name ("Kazakhstan") is compared with
the predicted event's countries; an organization written with its acronym
("Asian Infrastructure Investment Bank (AIIB)") matches either form.

After the misses and spurious events, a missed gold event and a spurious
prediction that nearly match are named as one error: KIND when they share a
participant and a compatible date but differ in kind, WHEN when they share
kind and participant but their dates contradict each other, WHO when they
share kind, a compatible date and the evidence sentence but no participant.
They still count as a miss and a spurious event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from timeline.documents import read_documents
from timeline.extraction import extract
from timeline.gazetteer import canonical_person_name, find_country, find_place, name_key
from timeline.model import Document, Event, Organization, When


@attrs.frozen(slots=True, kw_only=True)
class GoldEvent:
    kind: str
    when: When
    implied: When | None
    participants: tuple[str, ...]
    countries: tuple[str, ...]
    location: str | None
    status: str
    evidence: str
    optional: bool


@attrs.define(slots=True)
class ArticleScore:
    file: str
    matched: list[tuple[GoldEvent, Event]] = attrs.field(factory=list)
    matched_optional: list[tuple[GoldEvent, Event]] = attrs.field(factory=list)
    missed: list[GoldEvent] = attrs.field(factory=list)
    spurious: list[Event] = attrs.field(factory=list)


@attrs.define(slots=True)
class Score:
    articles: list[ArticleScore] = attrs.field(factory=list)

    @property
    def true_positives(self) -> int:
        return sum(len(a.matched) for a in self.articles)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + sum(len(a.spurious) for a in self.articles)
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        required = self.true_positives + sum(len(a.missed) for a in self.articles)
        return self.true_positives / required if required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _pairs(self) -> list[tuple[GoldEvent, Event]]:
        return [pair for a in self.articles for pair in a.matched]

    def _share(self, agree: Any) -> float:
        pairs = self._pairs()
        return sum(1 for g, e in pairs if agree(g, e)) / len(pairs) if pairs else 1.0

    @property
    def exact_dates(self) -> float:
        return self._share(date_exact)

    @property
    def status_agreement(self) -> float:
        return self._share(lambda g, e: g.status == e.status.value)

    @property
    def location_agreement(self) -> float:
        return self._share(location_agrees)


def _when(value: Any) -> When:
    if value is None or value == "unknown":
        return When.unknown()
    if isinstance(value, dict):
        start, end = str(value["start"]), str(value["end"])
        if start.startswith("XXXX"):
            # a range with no year ("May 31 to June 3" in an undated story) has no interval of its own:
            # it is scored as its month when it stays in one, else as its first day
            return When.from_timex(start[:7] if start[:7] == end[:7] else start)
        return When.from_timex(f"{start}/{end}")
    return When.from_timex(str(value))


def load_gold(path: Path) -> list[tuple[str, list[GoldEvent]]]:
    data = json.loads(path.read_text("utf-8"))
    articles: list[tuple[str, list[GoldEvent]]] = []
    for article in data["articles"]:
        events = [
            GoldEvent(
                kind=e["kind"],
                when=_when(e.get("date")),
                implied=_when(e["date_implied"]) if e.get("date_implied") else None,
                participants=tuple(e.get("participants") or ()),
                countries=tuple(e.get("countries") or ()),
                location=e.get("location"),
                status=e.get("status", "happened"),
                evidence=e.get("evidence") or "",
                optional=bool(e.get("optional", False)),
            )
            for e in article["events"]
        ]
        articles.append((article["file"], events))
    return articles


def load_document(folder: Path, file: str) -> Document:
    """The article as the library reads it: metadata from its front matter or its folder's manifest, else
    the date its own text gives, so that a dateline the reader misses costs the score it should."""
    (document,) = read_documents([folder / file])
    return document


_ACRONYM = re.compile(r"^(?P<name>.*?)\s*\((?P<acronym>[^)]+)\)\s*$")


def _gold_names(participant: str) -> set[str]:
    match = _ACRONYM.match(participant)
    names = {participant} if match is None else {match.group("name"), match.group("acronym")}
    return {name_key(canonical_person_name(n)) for n in names} | {name_key(n) for n in names}


def _predicted_names(event: Event) -> set[str]:
    names: set[str] = set()
    for participant in event.participants:
        names.add(name_key(canonical_person_name(participant.name)))
        names.add(name_key(participant.name))
        if isinstance(participant, Organization) and participant.acronym:
            names.add(name_key(participant.acronym))
    return names


def shares_participant(gold: GoldEvent, event: Event) -> bool:
    if not gold.participants:
        return bool(set(gold.countries) & set(event.countries))
    names = _predicted_names(event)
    for participant in gold.participants:
        country = find_country(participant)
        if country is not None and find_place(participant) is None and country in event.countries:
            return True
        if _gold_names(participant) & names:
            return True
    return False


def date_exact(gold: GoldEvent, event: Event) -> bool:
    if event.when.value == gold.when.value and event.when.precision == gold.when.precision:
        return True
    if not gold.when.is_known and gold.when.precision.value == "unknown":
        if event.when.precision.value == "unknown":
            return True
        return gold.implied is not None and event.when.value == gold.implied.value
    return False


def location_agrees(gold: GoldEvent, event: Event) -> bool:
    predicted = event.location.name if event.location is not None else None
    if gold.location is None or predicted is None:
        return gold.location is None and predicted is None
    if name_key(gold.location) == name_key(predicted):
        return True
    gold_place, predicted_place = find_place(gold.location), find_place(predicted)
    if gold_place is not None and predicted_place is not None:
        return gold_place.name == predicted_place.name
    gold_country, predicted_country = find_country(gold.location), find_country(predicted)
    return gold_country is not None and gold_country == predicted_country


def match_article(file: str, gold: list[GoldEvent], predicted: list[Event]) -> ArticleScore:
    """One-to-one matching, best date agreement first, required gold events before optional ones."""
    pairs: list[tuple[tuple[int, int, int, int], int, int]] = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if g.kind != p.kind or not shares_participant(g, p) or not g.when.compatible(p.when):
                continue
            overlap = len(set(g.countries) & set(p.countries))
            key = (int(date_exact(g, p)), int(not g.optional), int(location_agrees(g, p)), overlap)
            pairs.append((key, g_index, p_index))
    pairs.sort(key=lambda item: item[0], reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    score = ArticleScore(file=file)
    for _key, g_index, p_index in pairs:
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        target = score.matched_optional if gold[g_index].optional else score.matched
        target.append((gold[g_index], predicted[p_index]))
    score.missed = [g for i, g in enumerate(gold) if i not in used_gold and not g.optional]
    score.spurious = [p for i, p in enumerate(predicted) if i not in used_predicted]
    return score


def load_corpus(path: Path) -> dict[str, Document]:
    """The documents of a JSON Lines corpus by id, dated by their `dct`."""
    documents: dict[str, Document] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            documents[record["doc"]] = Document(
                id=record["doc"],
                text=record["text"],
                published=dt.date.fromisoformat(record["dct"][:10]),
            )
    return documents


def score_gold_file(
    path: Path, articles: Path | None = None, corpus: dict[str, Document] | None = None
) -> Score:
    """Extract every article a gold file names and score the events against it.

    The articles are taken from `corpus` by id when given, else read from
    `articles`, by default the gold file's folder.
    """
    folder = articles if articles is not None else path.parent
    score = Score()
    for file, gold in load_gold(path):
        document = corpus[file] if corpus is not None else load_document(folder, file)
        score.articles.append(match_article(file, gold, extract(document)))
    return score


def _same_sentence(gold: GoldEvent, event: Event) -> bool:
    evidence = gold.evidence.strip()
    return any(evidence in source.evidence or source.evidence in evidence for source in event.sources)


def near_misses(article: ArticleScore) -> list[str]:
    """Pairs of a missed gold event and a spurious prediction that differ in one respect only."""
    lines: list[str] = []
    left = list(article.spurious)
    for gold in article.missed:
        for event in left:
            if not shares_participant(gold, event):
                same_report = gold.when.compatible(event.when) and _same_sentence(gold, event)
                if gold.kind == event.kind and same_report:
                    lines.append(f"  {article.file}: WHO {gold.kind} got {event.title!r}")
                    left.remove(event)
                    break
                continue
            if gold.kind != event.kind and gold.when.compatible(event.when):
                lines.append(f"  {article.file}: KIND gold {gold.kind} got {event.kind} {event.title!r}")
            elif gold.kind == event.kind and not gold.when.compatible(event.when):
                got = f"{event.when} {event.title!r}"
                lines.append(f"  {article.file}: WHEN {gold.kind} gold {gold.when} got {got}")
            else:
                continue
            left.remove(event)
            break
    return lines


def combined(scores: Iterable[Score]) -> Score:
    return Score(articles=[a for s in scores for a in s.articles])


def report(name: str, score: Score, *, details: bool = True) -> str:
    lines = [
        f"{name}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
        f"exact dates={score.exact_dates:.3f} status={score.status_agreement:.3f} "
        f"location={score.location_agreement:.3f} (matched {score.true_positives})"
    ]
    if details:
        for article in score.articles:
            for gold in article.missed:
                lines.append(f"  {article.file}: MISSED {gold.kind} {gold.when} {gold.evidence[:90]!r}")
            for event in article.spurious:
                lines.append(f"  {article.file}: SPURIOUS {event.kind} {event.when} {event.title!r}")
            lines.extend(near_misses(article))
            for gold, event in article.matched:
                if not date_exact(gold, event):
                    got = f"{event.when} {event.title!r}"
                    lines.append(f"  {article.file}: DATE {gold.kind} gold {gold.when} got {got}")
                if gold.status != event.status.value:
                    lines.append(
                        f"  {article.file}: STATUS {gold.kind} gold {gold.status} got {event.status.value}"
                    )
                if not location_agrees(gold, event):
                    place = event.location.name if event.location else None
                    lines.append(f"  {article.file}: LOCATION {gold.kind} gold {gold.location} got {place}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print only the figures")
    parser.add_argument(
        "--articles", type=Path, help="folder of the articles (default: the gold file's folder)"
    )
    parser.add_argument("--corpus", type=Path, help="JSON Lines file of the documents the gold names by id")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus) if args.corpus is not None else None
    scores = []
    for path in args.gold:
        score = score_gold_file(path, args.articles, corpus)
        scores.append(score)
        print(report(str(path), score, details=not args.quiet))
    if len(scores) > 1:
        print(report("all", combined(scores), details=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
