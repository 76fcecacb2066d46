"""The whole path from documents to a timeline: extract, then merge."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.extraction import extract
from timeline.merge import merge
from timeline.model import Document, Event, Timeline


def extract_all(documents: Iterable[Document]) -> list[Event]:
    """The events of every document, unmerged, in document order."""
    return [event for document in documents for event in extract(document)]


def build(documents: Iterable[Document]) -> Timeline:
    """A timeline of the given documents: their events extracted and merged."""
    documents = list(documents)
    return Timeline(events=merge(extract_all(documents)), documents=[d.ref for d in documents])


def update(timeline: Timeline, documents: Iterable[Document]) -> Timeline:
    """`timeline` with the events of new documents merged in."""
    documents = [d for d in documents if d.id not in {ref.id for ref in timeline.documents}]
    events = merge([*timeline.events, *extract_all(documents)])
    return Timeline(events=events, documents=[*timeline.documents, *(d.ref for d in documents)])
