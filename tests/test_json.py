"""The published JSON format: lossless round trips and the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import events
from timeline import Document, Meeting, Person, Timeline, TimelineFormatError, When, from_json, to_json
from timeline.errors import TimelineError
from timeline.export import load, save, schema, to_data

ROOT = Path(__file__).resolve().parent.parent


def validate(data: object) -> None:
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    validator.validate(data)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(st.lists(events, max_size=4))
def test_every_event_kind_round_trips_losslessly_and_validates(items: list) -> None:
    timeline = Timeline(events=items, documents=[Document(text="x", id="d1").ref])
    text = to_json(timeline)
    assert from_json(text) == timeline
    assert to_json(from_json(text)) == text
    validate(json.loads(text))


def test_field_names_are_the_public_contract() -> None:
    meeting = Meeting(
        id="ev-1",
        title="Tokayev meets Wang Yi",
        when=When.from_timex("2024-05-20"),
        participants=(Person(name="Kassym-Jomart Tokayev", title="President", country="KAZ"),),
        countries=("KAZ", "CHN"),
    )
    data = to_data([meeting])
    assert list(data) == ["schema_version", "events", "documents"]
    event = data["events"][0]
    assert {
        "id",
        "kind",
        "title",
        "when",
        "status",
        "participants",
        "countries",
        "location",
        "sources",
        "cameo",
    } <= set(event)
    assert event["when"] == {
        "value": "2024-05-20",
        "start": "2024-05-20",
        "end": "2024-05-20",
        "precision": "day",
        "modifier": None,
    }
    assert event["participants"] == [
        {"type": "person", "name": "Kassym-Jomart Tokayev", "title": "President", "country": "KAZ"}
    ]
    assert event["countries"] == ["CHN", "KAZ"]
    assert event["kind"] == "meeting" and event["status"] == "happened" and event["cameo"] == "040"


def test_schema_in_docs_is_the_one_the_package_ships() -> None:
    assert json.loads((ROOT / "docs" / "timeline.schema.json").read_text("utf-8")) == schema()


def test_every_field_and_definition_of_the_schema_says_what_it_means() -> None:
    published = schema()
    undescribed = [name for name, node in published["$defs"].items() if "description" not in node]
    for owner, node in [("", published), *published["$defs"].items()]:
        undescribed += [
            f"{owner}.{name}"
            for name, field in node.get("properties", {}).items()
            if "description" not in field
        ]
    assert undescribed == []


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[]", "a timeline is a JSON object"),
        ('{"schema_version": "9.0", "events": [], "documents": []}', "unsupported schema_version"),
        ('{"schema_version": "1.0", "events": [{"kind": "party"}], "documents": []}', "unknown event kind"),
        ('{"schema_version": "1.0", "events": [], "documents": [], "extra": 1}', "unexpected top-level"),
        ('{"events": [], "documents": []}', "no 'schema_version'"),
    ],
)
def test_invalid_timeline_json_is_reported_not_crashed(text: str, problem: str) -> None:
    with pytest.raises(TimelineFormatError, match=problem):
        from_json(text)


def test_when_fields_that_contradict_the_value_are_rejected() -> None:
    data = to_data([Meeting(id="ev-1", title="t", when=When.from_timex("2024-05-20"))])
    data["events"][0]["when"]["start"] = "2024-05-19"
    with pytest.raises(TimelineFormatError, match="disagree"):
        from_json(json.dumps(data))


def test_documents_are_kept_without_their_text() -> None:
    document = Document(
        text="ASTANA, May 20 -- ...", published=dt.date(2024, 5, 21), id="x", url="https://example.org/a"
    )
    data = to_data(Timeline(documents=[document.ref]))
    assert data["documents"] == [
        {
            "id": "x",
            "published": "2024-05-21",
            "published_from": "metadata",
            "url": "https://example.org/a",
            "outlet": None,
            "title": None,
        }
    ]
    validate(data)


def test_a_saved_timeline_loads_back_equal_and_its_file_is_the_json(tmp_path: Path) -> None:
    timeline = Timeline(
        events=[Meeting(id="ev-1", title="Tokayev meets Wang Yi", when=When.from_timex("2024-05-20"))],
        documents=[Document(text="x", id="d1").ref],
    )
    path = tmp_path / "timeline.json"
    save(timeline, path)
    assert path.read_text("utf-8") == to_json(timeline)
    assert load(path) == timeline
    assert load(str(path)) == timeline


def test_loading_a_file_that_is_not_a_timeline_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("[1, 2]")
    with pytest.raises(TimelineFormatError, match=re.escape(f"{path}: not a timeline JSON: a timeline is")):
        load(path)
    with pytest.raises(TimelineError, match=re.escape(f"{tmp_path / 'missing.json'}: No such file")):
        load(tmp_path / "missing.json")
