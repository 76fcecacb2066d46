"""Building a timeline and updating it with new documents, with a stand-in extractor."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest

from tests.merge.reports import report
from timeline import Document, Timeline, from_json, pipeline, to_json
from timeline.model import Event, Status

D = dt.date


def corpus() -> tuple[list[Document], dict[str, list[Event]]]:
    """Six articles on three happenings and their reports, keyed by document id."""
    articles = {
        "announcement": (
            D(2024, 7, 1),
            [
                ("visit", "FUTURE_REF", Status.PLANNED, ("Xi Jinping", "Tokayev")),
                ("statement", "2024-07-01", Status.HAPPENED, ("Mao Ning",)),
            ],
        ),
        "arrival": (D(2024, 7, 2), [("visit", "2024-07-02/2024-07-03", Status.HAPPENED, ("Xi",))]),
        "talks": (
            D(2024, 7, 3),
            [
                ("meeting", "2024-07-03", Status.HAPPENED, ("Xi Jinping", "Kassym-Jomart Tokayev")),
                ("visit", "2024-07-02", Status.HAPPENED, ("Chinese President Xi Jinping",)),
            ],
        ),
        "wrap-up": (D(2024, 7, 5), [("meeting", "XXXX-XX-XX", Status.HAPPENED, ("Xi", "Tokaev"))]),
        "next-year": (
            D(2025, 6, 21),
            [
                ("meeting", "2025-06-20", Status.HAPPENED, ("Xi Jinping", "Tokayev")),
            ],
        ),
        "undated": (None, [("meeting", "XXXX-07-03", Status.HAPPENED, ("Xi Jinping", "President Tokayev"))]),
    }
    documents, reports = [], {}
    for name, (published, items) in articles.items():
        document = Document(text=f"The article {name}.", published=published)
        documents.append(document)
        reports[document.id] = [
            report(
                kind,
                f"ev-{name}-{number}",
                when=when,
                doc=document.id,
                published=published,
                people=people,
                status=status,
                countries=("CHN", "KAZ"),
                **({"host_country": "KAZ"} if kind == "visit" else {}),
            )
            for number, (kind, when, status, people) in enumerate(items)
        ]
    return documents, reports


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    documents, reports = corpus()
    monkeypatch.setattr(pipeline, "extract", lambda document: list(reports[document.id]))
    return documents


def test_build_merges_the_reports_of_every_document(documents: list[Document]) -> None:
    timeline = pipeline.build(documents)
    kinds = sorted(event.kind for event in timeline)
    assert kinds == ["meeting", "meeting", "statement", "visit"]
    assert len(timeline.documents) == 6


def test_updating_with_the_rest_gives_the_same_json_as_building_at_once(documents: list[Document]) -> None:
    at_once = to_json(pipeline.build(documents))
    for seed in range(8):
        shuffled = list(documents)
        random.Random(seed).shuffle(shuffled)
        half = len(shuffled) // 2 + seed % 2
        first = pipeline.build(shuffled[:half])
        updated = first.update(shuffled[half:])
        assert to_json(updated) == at_once
        # the timeline read back from its JSON updates the same way
        assert to_json(from_json(to_json(first)).update(shuffled[half:])) == at_once


def test_events_keep_their_ids_when_later_reports_arrive(documents: list[Document]) -> None:
    first = pipeline.build(documents[:2])
    updated = first.update(documents[2:])
    assert {event.id for event in first} <= {event.id for event in updated}


def test_documents_already_in_the_timeline_are_not_read_twice(documents: list[Document]) -> None:
    timeline = pipeline.build(documents)
    assert pipeline.update(timeline, documents) is timeline
    again = pipeline.build([*documents, *documents])
    assert to_json(again) == to_json(timeline)


def test_an_empty_update_changes_nothing(documents: list[Document]) -> None:
    timeline = pipeline.build(documents[:3])
    assert timeline.update([]) == timeline
    assert isinstance(timeline, Timeline) and attrs.has(type(timeline))
