"""Timelines as JSON: the published, schema-checked, lossless format.

The field names are a public contract, described by the JSON Schema in
``timeline/schema/timeline.schema.json``. Writing then reading gives back
equal objects.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from timeline.errors import TimelineError
from timeline.export.files import write_atomic
from timeline.model import (
    EVENT_KINDS,
    DocumentRef,
    Event,
    Organization,
    Participant,
    Person,
    Timeline,
    When,
)

SCHEMA_VERSION = "1.0"


class TimelineFormatError(TimelineError):
    """Text that is not a timeline in this library's JSON format."""


def schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) that every timeline JSON validates against."""
    text = resources.files("timeline.schema").joinpath("timeline.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(enum.Enum, lambda member: member.value)

    converter.register_unstructure_hook(When, _unstructure_when)
    converter.register_structure_hook(When, _structure_when)

    person_out = make_dict_unstructure_fn(Person, converter)
    organization_out = make_dict_unstructure_fn(Organization, converter)
    converter.register_unstructure_hook(Person, lambda p: {"type": "person", **person_out(p)})
    converter.register_unstructure_hook(
        Organization, lambda o: {"type": "organization", "title": None, **organization_out(o)}
    )
    person_in = make_dict_structure_fn(Person, converter, _cattrs_forbid_extra_keys=True)
    organization_in = make_dict_structure_fn(Organization, converter, _cattrs_forbid_extra_keys=True)

    def structure_participant(data: Any, _type: Any) -> Participant:
        if not isinstance(data, dict):
            raise TimelineFormatError(f"a participant is an object, not {data!r}")
        fields = dict(data)
        tag = fields.pop("type", None)
        if tag == "person":
            return person_in(fields, Person)
        if tag == "organization":
            if fields.pop("title", None) is not None:
                raise TimelineFormatError("an organization has no title")
            return organization_in(fields, Organization)
        raise TimelineFormatError(f"participant type must be person or organization, not {tag!r}")

    converter.register_structure_hook(Participant, structure_participant)
    converter.register_structure_hook(Person, structure_participant)

    event_out = {cls: make_dict_unstructure_fn(cls, converter) for cls in EVENT_KINDS.values()}
    event_in = {
        cls: make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)
        for cls in EVENT_KINDS.values()
    }

    def unstructure_event(event: Event) -> dict[str, Any]:
        fields = event_out[type(event)](event)
        return {"id": fields.pop("id"), "kind": event.kind, **fields}

    def structure_event(data: Any, _type: Any) -> Event:
        if not isinstance(data, dict):
            raise TimelineFormatError(f"an event is an object, not {type(data).__name__}")
        fields = dict(data)
        cls = EVENT_KINDS.get(fields.pop("kind", None))
        if cls is None:
            raise TimelineFormatError(f"unknown event kind {data.get('kind')!r}")
        return event_in[cls](fields, cls)

    for cls in EVENT_KINDS.values():
        converter.register_unstructure_hook(cls, unstructure_event)
    converter.register_unstructure_hook(Event, unstructure_event)
    converter.register_structure_hook(Event, structure_event)
    return converter


def _structure_date(value: Any, _type: Any) -> dt.date:
    if not isinstance(value, str):
        raise TimelineFormatError(f"a date is an ISO 8601 string, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TimelineFormatError(f"not an ISO 8601 date: {value!r}") from None


def _unstructure_when(when: When) -> dict[str, Any]:
    return {
        "value": when.value,
        "start": when.start.isoformat() if when.start else None,
        "end": when.end.isoformat() if when.end else None,
        "precision": when.precision.value,
        "modifier": when.modifier,
    }


def _structure_when(data: Any, _type: Any) -> When:
    if not isinstance(data, dict) or not isinstance(data.get("value"), str):
        raise TimelineFormatError(f"'when' is an object with a TIMEX3 value, not {data!r}")
    when = When.from_timex(data["value"], data.get("modifier"))
    if _unstructure_when(when) != {**_unstructure_when(when), **data}:
        raise TimelineFormatError(f"'when' fields disagree with its value {when.value!r}: {json.dumps(data)}")
    return when


_CONVERTER = _make_converter()


def to_data(events_or_timeline: Timeline | Iterable[Event]) -> dict[str, Any]:
    """The JSON-ready dictionary of a timeline (or of bare events)."""
    timeline = Timeline.of(events_or_timeline)
    return {
        "schema_version": SCHEMA_VERSION,
        "events": [_CONVERTER.unstructure(event, Event) for event in timeline.events],
        "documents": [_CONVERTER.unstructure(doc, DocumentRef) for doc in timeline.documents],
    }


def to_json(events_or_timeline: Timeline | Iterable[Event]) -> str:
    """Serialize a timeline, or a list of events, to the published JSON format."""
    return json.dumps(to_data(events_or_timeline), ensure_ascii=False, indent=2) + "\n"


def from_data(data: Any) -> Timeline:
    """Rebuild a `Timeline` from the dictionary `to_data` made."""
    if not isinstance(data, dict):
        raise TimelineFormatError("a timeline is a JSON object with 'events' and 'documents'")
    version = data.get("schema_version")
    if version is None:
        raise TimelineFormatError(f"no 'schema_version' (a timeline JSON has {SCHEMA_VERSION!r})")
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise TimelineFormatError(f"unsupported schema_version {version!r}")
    unexpected = set(data) - {"schema_version", "events", "documents"}
    if unexpected:
        raise TimelineFormatError(f"unexpected top-level keys: {', '.join(sorted(unexpected))}")
    try:
        events = [_CONVERTER.structure(item, Event) for item in data.get("events", [])]
        documents = [_CONVERTER.structure(item, DocumentRef) for item in data.get("documents", [])]
    except TimelineError:
        raise
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        problems = (
            cattrs.transform_error(error) if isinstance(error, cattrs.BaseValidationError) else [str(error)]
        )
        raise TimelineFormatError("; ".join(problems)) from None
    return Timeline(events=events, documents=documents)


def from_json(text: str | bytes) -> Timeline:
    """Parse the published JSON format back into a `Timeline`."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise TimelineFormatError(f"not valid JSON: {error}") from None
    return from_data(data)


def load(path: str | Path) -> Timeline:
    """The timeline in the JSON file at `path`, as `save` or ``timeline build`` wrote it.

    Raises `TimelineFormatError` naming the file when it is not a timeline,
    `TimelineError` when it cannot be read.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise TimelineError(f"{path}: {error.strerror or error}") from None
    try:
        return from_json(data)
    except TimelineFormatError as error:
        raise TimelineFormatError(f"{path}: not a timeline JSON: {error}") from None


def save(events_or_timeline: Timeline | Iterable[Event], path: str | Path) -> None:
    """Write the JSON of a timeline (or of bare events) to `path` through a temporary file and a rename."""
    write_atomic(path, to_json(events_or_timeline).encode("utf-8"))
