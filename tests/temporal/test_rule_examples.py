"""Every example in the rule data is a test: the rule's phrasing must be found and normalized as stated."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import find_times
from timeline.temporal.rules import Example, rules

EXAMPLES = [(rule.name, example) for rule in rules() for example in rule.examples]


def _label(item: tuple[str, Example]) -> str:
    return f"{item[0]}: {item[1].text}"


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in rules())


@pytest.mark.parametrize("item", EXAMPLES, ids=[_label(item) for item in EXAMPLES])
def test_rule_example(item: tuple[str, Example]) -> None:
    _name, example = item
    reference = dt.date.fromisoformat(example.reference) if example.reference else None
    mentions = find_times(example.text, reference)
    found = [m for m in mentions if m.text == example.span]
    assert found, f"{example.span!r} not found; found {[(m.text, m.value) for m in mentions]}"
    mention = found[0]
    assert (mention.value, mention.type, mention.mod) == (example.value, example.type, example.mod), (
        mention.rule
    )
