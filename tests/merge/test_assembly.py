"""Events assembled from checked values are the events the model's constructors make."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from tests.strategies import events as any_events
from timeline.merge.assembly import assembler
from timeline.model import Attribution, Event, Meeting


def _fields(made: object) -> dict[str, object]:
    return {field.name: getattr(made, field.name) for field in attrs.fields(type(made))}


@given(any_events)
def test_an_assembled_event_equals_the_constructed_one(event: Event) -> None:
    assembled = assembler(type(event))(**_fields(event))
    assert type(assembled) is type(event)
    assert assembled == event
    assert hash(assembled) == hash(event)
    assert repr(assembled) == repr(event)


def test_an_assembled_attribution_equals_the_constructed_one() -> None:
    made = Attribution(field="when", value="2024-05-20", documents=("doc-a", "doc-b"))
    assert assembler(Attribution)(**_fields(made)) == made


def test_every_field_must_be_given() -> None:
    fields = _fields(Meeting(id="ev-1", title="Talks"))
    del fields["cameo"]
    with pytest.raises(TypeError):
        assembler(Meeting)(**fields)


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError):
        assembler(Meeting)(**_fields(Meeting(id="ev-1", title="Talks")), label="not a meeting's")


def test_assembled_events_stay_frozen() -> None:
    assembled = assembler(Meeting)(**_fields(Meeting(id="ev-1", title="Talks")))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        assembled.title = "Other talks"  # type: ignore[misc]
