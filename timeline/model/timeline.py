"""`Timeline`: events in chronological order plus the documents they came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from timeline.model.document import DocumentRef
from timeline.model.events import Event

if TYPE_CHECKING:
    from timeline.model.document import Document


def event_order(event: Event) -> tuple[object, ...]:
    """Chronological order of events; unknown dates last, ties broken by id."""
    return (event.when.sort_key, event.kind, event.id)


def _in_order(events: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(sorted(events, key=event_order))


def _by_id(documents: Iterable[DocumentRef]) -> tuple[DocumentRef, ...]:
    unique = {document.id: document for document in documents}
    return tuple(unique[key] for key in sorted(unique))


@attrs.frozen(slots=True, kw_only=True)
class Timeline:
    """A chronology of events and the documents they were read from."""

    events: tuple[Event, ...] = attrs.field(default=(), converter=_in_order)
    documents: tuple[DocumentRef, ...] = attrs.field(default=(), converter=_by_id)

    @classmethod
    def of(cls, events_or_timeline: Timeline | Iterable[Event]) -> Timeline:
        """`events_or_timeline` itself if it is a timeline, else a timeline of those events."""
        if isinstance(events_or_timeline, Timeline):
            return events_or_timeline
        return cls(events=tuple(events_or_timeline))

    @property
    def documents_by_id(self) -> dict[str, DocumentRef]:
        """The timeline's documents, by id."""
        return {document.id: document for document in self.documents}

    def __repr__(self) -> str:
        # the full field dump runs to tens of thousands of characters for a real corpus
        return f"<Timeline: {len(self.events)} events from {len(self.documents)} documents>"

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def filter(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        countries: Iterable[str] = (),
        kinds: Iterable[str] = (),
    ) -> Timeline:
        """The events that match every given criterion.

        `since`/`until` keep events whose known days overlap the range
        (events with an unknown date are dropped when either is given);
        `countries` keeps events involving any of these alpha-3 codes;
        `kinds` keeps events of any of these kinds.
        """
        wanted_countries = frozenset(countries)
        wanted_kinds = frozenset(kinds)

        def keep(event: Event) -> bool:
            when = event.when
            if since is not None and (when.end is None or when.end < since):
                return False
            if until is not None and (when.start is None or when.start > until):
                return False
            if wanted_countries and wanted_countries.isdisjoint(event.countries):
                return False
            return not wanted_kinds or event.kind in wanted_kinds

        return Timeline(events=[e for e in self.events if keep(e)], documents=self.documents)

    def update(self, documents: Iterable[Document]) -> Timeline:
        """This timeline with the events of new documents extracted and merged in.

        Events already here keep their ids, so calendar clients update them
        rather than adding duplicates.
        """
        from timeline.pipeline import update

        return update(self, documents)
