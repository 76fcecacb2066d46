"""The hand-made test articles and their gold annotations are consistent with each other.

The sets live next to this file (listed in ``SETS``): ``events/`` and the held-out
sets (event extraction, one gold entry per article) and ``merge/`` (several reports
of the same happenings, with ``cluster`` ids naming the happening). Every gold file
follows the shape of the seed gold.
A wrong annotation silently skews every score computed against it, so these
checks guard the annotations themselves: files, verbatim evidence, vocabularies,
country codes, TIMEX3 dates and clusters.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry
import pytest

from timeline import read_documents
from timeline.model import When

HERE = Path(__file__).resolve().parent
SETS = (
    "events",
    "merge",
    "heldout",
    "final",
    "styles",
    "outlets",
    "partners",
    "kazchina",
    "world",
    "atlantic",
    "pacific",
    "eurasia",
    "southern",
    "gulf",
    "europe",
    "silkroad",
    "caravan",
    "compass",
    "meridian",
    "horizon",
    "zenith",
)
# Sets written apart from the rules, to measure them: every date they can resolve carries its year.
HELD_OUT = tuple(name for name in SETS if name not in ("events", "merge"))

KINDS = frozenset({"meeting", "visit", "agreement", "summit", "call", "statement", "other"})
STATUSES = frozenset({"happened", "planned", "cancelled"})
REQUIRED_KEYS = frozenset(
    {
        "kind",
        "date",
        "date_evidence",
        "participants",
        "countries",
        "location",
        "status",
        "evidence",
        "optional",
    }
)
OPTIONAL_KEYS = frozenset({"label", "date_implied", "date_note", "cluster"})
FILE_NAME = re.compile(r"^\d{3}_[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
# invented outlets only: reserved example domains
EXAMPLE_HOST = re.compile(r"(?:^|\.)(?:example|example\.org|example\.com)$")
# real stories run from a short brief to a long feature
MIN_WORDS, MAX_WORDS = 120, 1000
MIN_ARTICLES = {
    "events": 26,
    "merge": 14,
    "heldout": 16,
    "final": 16,
    "styles": 24,
    "outlets": 24,
    "partners": 24,
    "kazchina": 24,
    "world": 20,
    "atlantic": 20,
    "pacific": 20,
    "eurasia": 20,
    "southern": 20,
    "gulf": 20,
    "europe": 20,
    "silkroad": 20,
    "caravan": 20,
    "compass": 20,
    "meridian": 20,
    "horizon": 20,
    "zenith": 20,
}


def load_gold(name: str) -> dict[str, Any]:
    with (HERE / name / "gold.json").open(encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return gold


def articles_and_events(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The set's gold articles, all their events, and the required ones."""
    articles: list[dict[str, Any]] = load_gold(name)["articles"]
    events = [event for article in articles for event in article["events"]]
    return articles, events, [event for event in events if not event["optional"]]


def articles_without_metadata(name: str) -> list[dict[str, Any]]:
    """The set's gold articles whose publication date comes from their text, or is unknown."""
    documents = {document.id: document for document in read_documents(sorted((HERE / name).glob("*.txt")))}
    return [
        article
        for article in load_gold(name)["articles"]
        if documents[Path(article["file"]).stem].published_from != "metadata"
    ]


def assert_keeps_common_cases(
    name: str,
    *,
    cancelled: int,
    planned: int,
    optional: int,
    ranges: int = 0,
    summits: int = 0,
    calls: int = 0,
    implied: int = 0,
    implied_ranges: int = 0,
    dateline_only: int = 0,
    year_less: bool = False,
) -> None:
    """What every set written apart from the rules keeps covering: articles dated only by a dateline or not at
    all, every kind of event, and enough cancelled and planned ones to measure status; and, as many as the set
    was written with, multi-day ranges, summits, calls, implied days and stays, articles dated only by their
    dateline, year-less dates and optional events."""
    _articles, events, required = articles_and_events(name)
    without_metadata = articles_without_metadata(name)
    kinds = Counter(event["kind"] for event in required)
    statuses = Counter(event["status"] for event in required)
    assert len(without_metadata) >= 3, "articles with only a dateline, or no date at all"
    assert any(article["published"] is None for article in without_metadata), "an article with no date at all"
    assert {"meeting", "visit", "agreement", "summit", "call", "statement"} <= set(kinds)
    assert statuses["cancelled"] >= cancelled and statuses["planned"] >= planned
    multi_day = sum(isinstance(event["date"], dict) for event in required)
    assert multi_day >= ranges, "multi-day visits and summits"
    assert kinds["summit"] >= summits, "summits, with the meetings held on their sidelines"
    assert kinds["call"] >= calls, "phone and video calls"
    unknown_but_implied = [e for e in required if e["date"] == "unknown" and "date_implied" in e]
    assert len(unknown_but_implied) >= implied, "implied dates"
    stays_implied = sum(isinstance(event.get("date_implied"), dict) for event in required)
    assert stays_implied >= implied_ranges, "talks dated only by their visit"
    dated_by_dateline = [article for article in without_metadata if article["published"] is not None]
    assert len(dated_by_dateline) >= dateline_only, "dates only in a dateline"
    assert not year_less or any(str(e["date"]).startswith("XXXX") for e in required), "a year-less date"
    assert sum(event["optional"] for event in events) >= optional, "borderline events are marked optional"


def article_text(name: str, file: str) -> str:
    """The article body as the library reads it (front matter removed)."""
    (document,) = read_documents([HERE / name / file])
    return document.text


def all_events(name: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for article in load_gold(name)["articles"]:
        for number, event in enumerate(article["events"], 1):
            yield article["file"], number, event


def event_cases(name: str) -> list[Any]:
    return [
        pytest.param(file, event, id=f"{name}/{file}#{number}") for file, number, event in all_events(name)
    ]


def article_cases(name: str) -> list[Any]:
    return [
        pytest.param(name, article, id=f"{name}/{article['file']}") for article in load_gold(name)["articles"]
    ]


def parse_date(value: Any) -> When | None:
    """The `When` of a gold date; None for ``unknown``. Raises on anything else."""
    if value == "unknown":
        return None
    if isinstance(value, dict):
        assert set(value) == {"start", "end"}, f"a range is {{start, end}}, not {sorted(value)}"
        return When.from_timex(f"{value['start']}/{value['end']}")
    assert isinstance(value, str), f"a date is a string or a range, not {value!r}"
    return When.from_timex(value)


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_exactly_one_gold_entry(name: str) -> None:
    files = sorted(p.name for p in (HERE / name).glob("*.txt"))
    listed = [article["file"] for article in load_gold(name)["articles"]]
    assert len(listed) == len(set(listed)), "an article is listed twice"
    assert sorted(listed) == files
    assert len(files) >= MIN_ARTICLES[name]
    assert all(FILE_NAME.match(file) for file in files), "names look like 012_short-name.txt"


@pytest.mark.parametrize("name", SETS)
def test_articles_read_as_documents_with_plausible_length_and_example_urls(name: str) -> None:
    documents = read_documents(sorted((HERE / name).glob("*.txt")))
    for document in documents:
        words = len(document.text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{document.id}: {words} words"
        if document.url is not None:
            parts = urlsplit(document.url)
            assert parts.scheme == "https", document.url
            assert EXAMPLE_HOST.search(parts.hostname or ""), f"{document.url} is not on an invented domain"


@pytest.mark.parametrize("name", SETS)
def test_gold_publication_date_agrees_with_front_matter(name: str) -> None:
    for article in load_gold(name)["articles"]:
        (document,) = read_documents([HERE / name / article["file"]])
        published = article["published"]
        if document.published_from == "metadata":
            assert document.published is not None
            assert published == document.published.isoformat(), article["file"]
        elif published is not None:
            # without metadata the reader can only know the day from a dated line carrying the year
            year = published[:4]
            assert year in document.text, f"{article['file']}: {published} but no {year} in the text"


@pytest.mark.parametrize(("file", "event"), [case for name in SETS for case in event_cases(name)])
def test_event_fields_use_the_gold_vocabulary(file: str, event: dict[str, Any]) -> None:
    keys = set(event)
    assert keys >= REQUIRED_KEYS, f"missing {sorted(REQUIRED_KEYS - keys)}"
    assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"unknown {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}"
    assert event["kind"] in KINDS
    assert event["status"] in STATUSES
    assert isinstance(event["optional"], bool)
    assert all(isinstance(p, str) and p.strip() == p and p for p in event["participants"])
    assert event["location"] is None or (isinstance(event["location"], str) and event["location"])
    assert event["participants"] or event["countries"], (
        "an event needs a participant or a country to be scored"
    )
    if event["kind"] == "other":
        assert event.get("label"), "an 'other' event says what it is in its label"


@pytest.mark.parametrize(("file", "event"), [case for name in SETS for case in event_cases(name)])
def test_countries_are_iso_alpha3_codes(file: str, event: dict[str, Any]) -> None:
    codes = event["countries"]
    assert len(codes) == len(set(codes)), f"duplicate country in {codes}"
    for code in codes:
        assert pycountry.countries.get(alpha_3=code) is not None, f"{code!r} is not ISO 3166-1 alpha-3"


@pytest.mark.parametrize(("file", "event"), [case for name in SETS for case in event_cases(name)])
def test_dates_are_timex3_values_unknown_or_ranges(file: str, event: dict[str, Any]) -> None:
    when = parse_date(event["date"])
    if when is not None and when.is_range:
        assert when.start is not None and when.end is not None and when.start < when.end
    if "date_implied" in event:
        assert event["date"] == "unknown", "date_implied is only for an unknown date"
        assert parse_date(event["date_implied"]) is not None
    if when is not None:
        assert event["date_evidence"], "a known date names the words that give it"


@pytest.mark.parametrize(("name", "article"), [case for name in SETS for case in article_cases(name)])
def test_evidence_is_verbatim_in_the_article(name: str, article: dict[str, Any]) -> None:
    text = article_text(name, article["file"])
    for event in article["events"]:
        assert event["evidence"] in text, f"evidence not verbatim: {event['evidence']!r}"
        if event["date_evidence"]:
            # "ASTANA, May 20 -- ... on Monday" joins two verbatim parts
            for part in event["date_evidence"].split(" ... "):
                assert part.strip() in text, f"date evidence not verbatim: {part!r}"


@pytest.mark.parametrize("name", SETS)
def test_no_event_is_annotated_twice_in_one_article(name: str) -> None:
    for article in load_gold(name)["articles"]:
        keys = [
            (e["kind"], e["evidence"], tuple(e["participants"]), tuple(e["countries"]), e["location"])
            for e in article["events"]
        ]
        assert len(keys) == len(set(keys)), article["file"]


@pytest.mark.parametrize("name", HELD_OUT)
def test_every_held_out_article_reports_a_required_event_between_named_states(name: str) -> None:
    for article in load_gold(name)["articles"]:
        required = [event for event in article["events"] if not event["optional"]]
        assert required, f"{article['file']} has no required event"
        assert any(event["countries"] for event in required), f"{article['file']}: no event names a state"


@pytest.mark.parametrize("name", HELD_OUT)
def test_every_held_out_set_has_an_article_dated_only_by_its_dateline(name: str) -> None:
    assert [article for article in articles_without_metadata(name) if article["published"] is not None]


@pytest.mark.parametrize("name", HELD_OUT)
def test_dates_of_dated_held_out_articles_are_resolved_to_a_year(name: str) -> None:
    """With a publication day known, no date is left without its year."""
    for article in load_gold(name)["articles"]:
        if article["published"] is None:
            continue
        for event in article["events"]:
            for value in (event["date"], event.get("date_implied")):
                if isinstance(value, str) and value != "unknown":
                    assert not value.startswith("XXXX"), f"{article['file']}: {value} should carry the year"


def merge_clusters() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    clusters: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for file, _number, event in all_events("merge"):
        if "cluster" in event:
            clusters[event["cluster"]].append((file, event))
    return clusters


def test_every_required_merge_event_names_its_happening() -> None:
    unnamed = [
        (file, event["evidence"])
        for file, _, event in all_events("merge")
        if not event["optional"] and "cluster" not in event
    ]
    assert not unnamed


def test_merge_clusters_join_reports_from_different_articles() -> None:
    clusters = merge_clusters()
    for cluster, members in clusters.items():
        files = [file for file, _ in members]
        assert len(files) == len(set(files)), f"{cluster}: one article reports a happening once"
    shared = [cluster for cluster, members in clusters.items() if len(members) >= 2]
    assert len(shared) >= 6, "the merge set needs at least six happenings reported more than once"


def test_events_of_one_happening_agree_on_kind_and_date() -> None:
    for cluster, members in merge_clusters().items():
        kinds = {event["kind"] for _, event in members}
        assert len(kinds) == 1, f"{cluster}: kinds {sorted(kinds)}"
        dates = [(file, gold_when(event)) for file, event in members]
        known = [(file, when) for file, when in dates if when is not None]
        for first_file, first in known:
            for second_file, second in known:
                assert first.compatible(second), f"{cluster}: {first_file} {first} vs {second_file} {second}"


def gold_when(event: dict[str, Any]) -> When | None:
    """The date of a gold event, or the date a reader infers for an unknown one."""
    return parse_date(event["date"]) or parse_date(event.get("date_implied", "unknown"))


def test_events_of_different_happenings_stay_distinguishable() -> None:
    """Dated required events of different clusters with one kind and cast differ in date, place or label."""
    groups: dict[tuple[str, frozenset[str]], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for cluster, members in merge_clusters().items():
        for _, event in members:
            if event["participants"] and not event["optional"] and gold_when(event) is not None:
                groups[(event["kind"], frozenset(event["participants"]))].append((cluster, event))
    for group in groups.values():
        for cluster, event in group:
            for other_cluster, other in group:
                if cluster == other_cluster:
                    continue
                first, second = gold_when(event), gold_when(other)
                assert first is not None and second is not None
                apart = (
                    not first.compatible(second)
                    or event["location"] != other["location"]
                    or event.get("label") != other.get("label")
                )
                assert apart, f"{cluster} and {other_cluster} look like one happening"
