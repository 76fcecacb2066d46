"""The look ahead that lets a search skip a rule where its first character cannot be: it must only
ever skip places where the rule cannot match."""

from __future__ import annotations

import re

import pytest

from timeline.temporal.rules import Rule, _first_character_test, rules


@pytest.mark.parametrize(
    ("pattern", "test"),
    [
        ("may", "(?=[m])"),
        ("(?:early|mid)?[0-9]{4}", "(?=[0123456789em])"),
        ("(?:the\\s+)?(?:first|last) day", "(?=[flt])"),
        ("(?<=\\bon\\s)the", "(?=[t])"),  # an assertion before the match is passed over
        ("a?", ""),  # can match nothing: no test
        ("\\w+day", ""),  # a class of the parser's own: no test
        ("(?:[^a-z]|x)y", ""),
    ],
)
def test_first_character_test(pattern: str, test: str) -> None:
    assert _first_character_test(pattern) == test


@pytest.mark.parametrize("rule", rules(), ids=[rule.name for rule in rules()])
def test_the_bare_pattern_matches_wherever_the_rule_does(rule: Rule) -> None:
    bare = re.compile(rule.bare)
    for example in rule.examples:
        lowered = example.text.lower()
        for match in rule.pattern.finditer(lowered):
            assert bare.match(lowered, match.start()), (rule.name, example.text, match.group())
