"""The gold events of real news (TempEval-3 TimeBank+AQUAINT texts) are well formed.

The texts are not in the repository: the gold names each document by its TempEval-3 id and
the corpus file in the shared folder supplies the text. A wrong annotation silently skews the
score measured against it, so these checks guard the annotations: keys, vocabularies, country
codes, TIMEX3 dates and evidence quoted verbatim from the document.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest

from tests.articles.test_gold_files import KINDS, REQUIRED_KEYS, STATUSES, parse_date

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "tbaq-events.json"
CORPUS = ROOT / ".." / "shared" / "bench" / "tempeval3" / "tbaq-train.jsonl"
OPTIONAL_KEYS = frozenset({"label", "date_implied", "date_note"})


@cache
def gold() -> dict[str, Any]:
    with GOLD.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@cache
def corpus() -> dict[str, dict[str, Any]]:
    documents: dict[str, dict[str, Any]] = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            documents[document["doc"]] = document
    return documents


def event_cases() -> list[Any]:
    return [
        pytest.param(article["file"], event, id=f"{article['file']}-{index}")
        for article in gold()["articles"]
        for index, event in enumerate(article["events"])
    ]


def article_cases() -> list[Any]:
    return [pytest.param(article, id=article["file"]) for article in gold()["articles"]]


def needs_corpus() -> None:
    if not CORPUS.is_file():
        pytest.skip(f"the TempEval-3 corpus is not at {CORPUS}: the texts cannot be checked")


def test_gold_names_its_corpus_and_enough_distinct_documents() -> None:
    assert gold()["corpus"] == "tempeval3/tbaq-train.jsonl"
    files = [article["file"] for article in gold()["articles"]]
    assert len(files) >= 25
    assert len(files) == len(set(files)), "a document has two gold entries"


@pytest.mark.parametrize(("file", "event"), event_cases())
def test_event_fields_use_the_gold_vocabulary(file: str, event: dict[str, Any]) -> None:
    keys = set(event)
    assert keys >= REQUIRED_KEYS, f"{file}: missing {sorted(REQUIRED_KEYS - keys)}"
    unknown = keys - REQUIRED_KEYS - OPTIONAL_KEYS
    assert not unknown, f"{file}: unknown keys {sorted(unknown)}"
    assert event["kind"] in KINDS
    assert event["status"] in STATUSES
    assert isinstance(event["optional"], bool)
    assert isinstance(event["participants"], list)
    assert all(isinstance(name, str) and name.strip() for name in event["participants"])
    assert event["participants"] or event["countries"], f"{file}: an event needs a participant or a country"
    if event["kind"] == "other":
        assert event.get("label"), f"{file}: an 'other' event says what it is in a label"


@pytest.mark.parametrize(("file", "event"), event_cases())
def test_countries_are_iso_alpha3_codes(file: str, event: dict[str, Any]) -> None:
    for code in event["countries"]:
        assert pycountry.countries.get(alpha_3=code) is not None, f"{file}: {code} is not ISO 3166-1 alpha-3"
    assert len(event["countries"]) == len(set(event["countries"]))


@pytest.mark.parametrize(("file", "event"), event_cases())
def test_dates_are_timex3_values_unknown_or_ranges(file: str, event: dict[str, Any]) -> None:
    when = parse_date(event["date"])
    if isinstance(event["date"], dict):
        assert when is not None and when.start is not None and when.end is not None and when.start < when.end
    if when is None:
        assert event["date_evidence"] is None, f"{file}: an unknown date has no date evidence"
    if "date_implied" in event:
        assert when is None, f"{file}: only an unknown date carries an implied one"
        assert parse_date(event["date_implied"]) is not None


@pytest.mark.parametrize("article", article_cases())
def test_publication_date_is_the_document_creation_time(article: dict[str, Any]) -> None:
    needs_corpus()
    document = corpus().get(article["file"])
    assert document is not None, f"{article['file']} is not a document of the corpus"
    assert article["published"] == document["dct"]


@pytest.mark.parametrize("article", article_cases())
def test_evidence_is_verbatim_in_the_document(article: dict[str, Any]) -> None:
    needs_corpus()
    file, text = article["file"], corpus()[article["file"]]["text"]
    for event in article["events"]:
        assert event["evidence"] in text, f"{file}: evidence not in the text: {event['evidence']!r}"
        if event["date_evidence"] is not None:
            assert event["date_evidence"] in text, f"{file}: {event['date_evidence']!r} not in the text"


def test_no_event_is_annotated_twice_in_one_document() -> None:
    for article in gold()["articles"]:
        keys = Counter(
            (
                event["kind"],
                json.dumps(event["date"], sort_keys=True),
                tuple(event["participants"]),
                tuple(event["countries"]),
                event["evidence"],
            )
            for event in article["events"]
        )
        twice = [key for key, count in keys.items() if count > 1]
        assert not twice, f"{article['file']}: annotated twice: {twice}"
