"""The whole path from documents to a timeline: extract, then merge.

`build` reads every document; `update` adds new documents to a timeline
built before (or read back from its JSON). Because merging depends only
on the set of reports, and a merged event keeps its anchor report's id,
``update(build(first), rest)`` gives the same timeline, byte for byte in
JSON, as ``build(first + rest)``; the events built first keep their ids
unless a report published earlier joins them.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.extraction.extract import extract
from timeline.merge import merge
from timeline.model import Document, Event, Timeline

_NOT_A_DOCUMENT = (
    "expected Document objects, got {kind}: wrap article text in timeline.Document(text=...),"
    " or read files with timeline.read_documents(...)"
)


def _distinct(documents: Iterable[Document], known: Iterable[str] = ()) -> list[Document]:
    """The documents not seen before, each once (the first of equal ids)."""
    if isinstance(documents, str):
        raise TypeError(_NOT_A_DOCUMENT.format(kind="a str"))
    seen = set(known)
    fresh = []
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(_NOT_A_DOCUMENT.format(kind=f"an item of type {type(document).__name__}"))
        if document.id not in seen:
            seen.add(document.id)
            fresh.append(document)
    return fresh


def extract_all(documents: Iterable[Document]) -> list[Event]:
    """The events of every document, unmerged, in document order."""
    return [event for document in documents for event in extract(document)]


def build(documents: Iterable[Document]) -> Timeline:
    """A timeline of the given documents: their events extracted and merged."""
    documents = _distinct(documents)
    return Timeline(events=merge(extract_all(documents)), documents=[d.ref for d in documents])


def update(timeline: Timeline, documents: Iterable[Document]) -> Timeline:
    """`timeline` with the events of new documents merged in.

    Documents already in the timeline (by id) are skipped; the result is
    the timeline `build` gives for all the documents at once.
    """
    documents = _distinct(documents, known=(ref.id for ref in timeline.documents))
    if not documents:
        return timeline
    events = merge([*timeline.events, *extract_all(documents)])
    return Timeline(events=events, documents=[*timeline.documents, *(d.ref for d in documents)])
