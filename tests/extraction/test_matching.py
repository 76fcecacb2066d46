"""The fast ways of finding words give what the plain regular expressions give."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from timeline.extraction.lexicon import starts_with_one_of, trigger_rules, word_start_alternation
from timeline.extraction.mentions import (
    _ACRONYM,
    _ACRONYM_DEFINITION,
    _ORG,
    _ORG_HEAD,
    _near_anchors,
    _whole_words,
)
from timeline.extraction.triggers import _rule_matches

_WORDS = ["met", "meeting", "talks", "signed", "visit", "visiting", "founded", "was", "Xi", "Xi Jinping"]


def test_one_word_start_test_finds_what_each_pattern_finds() -> None:
    patterns = [rule.pattern for rule in trigger_rules()]
    text = "They met on Monday; the visit was founded on talks and signed. Leaders traveled to Rome."
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    shared = re.compile(word_start_alternation(patterns))
    assert [m.group().strip() for m in shared.finditer(text)] == [
        m.group().strip() for m in plain.finditer(text)
    ]


_TRIGGER_TEXT_PARTS = [
    "met", "meets", "talks", "visit", "signed", "the", "next", "12th", "council", "will", "be", "held",
    "’s", "'s", "mission", "to", "paid", "a", "second", "round", "on", "Monday", "state", "arrived",
    "in", "İstanbul", "Held", "Talks", ",", ".",
]  # fmt: skip


@given(st.lists(st.sampled_from(_TRIGGER_TEXT_PARTS), max_size=14), st.booleans())
@example(["Wang", "’s", "trade", "mission", "to"], False)  # a rule opening with no word
@example(["the", "next", "12th", "council", "will", "be", "held"], False)  # a rule opening with a digit
@example(["a\nsecond", "round", ",", "on", "Monday"], True)  # a rule opening with 'a' and any space
def test_trigger_rules_looked_up_by_opening_match_where_trying_each_rule_everywhere_does(
    parts: list[str], ignore_case: bool
) -> None:
    text = " ".join(parts) if ignore_case else " ".join(parts).lower()
    flags = re.IGNORECASE if ignore_case else 0
    everywhere = [
        (position, rule.pattern)
        for position in range(len(text) + 1)
        for rule in trigger_rules()
        if re.compile(rule.pattern, flags).match(text, position)
    ]
    assert [(m.start(), rule.pattern) for m, rule in _rule_matches(text, ignore_case)] == everywhere


def test_a_pattern_not_at_a_word_start_keeps_its_own_alternative() -> None:
    regex = re.compile(word_start_alternation([r"\bmet\b", r"(?<=\d)th"]))
    assert [m.group() for m in regex.finditer("met on the 5th")] == ["met", "th"]


def test_first_letter_lookahead_rejects_other_letters() -> None:
    regex = re.compile(starts_with_one_of(["Mr.", "Dr."]) + r"\w+")
    assert [m.group() for m in regex.finditer("Mr Smith and Dr Jones")] == ["Mr", "Dr"]


@given(st.lists(st.sampled_from([*_WORDS, " ", ",", "Ximen", "metal"]), max_size=12))
def test_whole_words_agree_with_a_regex_of_the_words(parts: list[str]) -> None:
    text = " ".join(parts)
    words = sorted(set(_WORDS), key=len, reverse=True)
    regex = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)(?!['’](?!s\b)\w)")
    assert _whole_words(text, _WORDS) == [m.span() for m in regex.finditer(text)]


def test_whole_words_prefer_the_longest_at_a_place() -> None:
    text = "Xi Jinping met Xi; Ximen did not."
    assert _whole_words(text, ["Xi", "Xi Jinping"]) == [(0, 10), (15, 17)]


_BODY_WORDS = [
    "Asian",
    "Development",
    "Bank",
    "Council",
    "of",
    "the",
    "Ministry",
    "Foreign",
    "(ADB)",
    "(UN)",
    "McDonald",
]


@given(st.lists(st.sampled_from([*_BODY_WORDS, "said", "met", ".", "\n"]), max_size=20))
def test_bodies_found_near_their_last_word_are_those_found_everywhere(parts: list[str]) -> None:
    text = " ".join(parts)
    for regex, anchor in ((_ORG, _ORG_HEAD), (_ACRONYM_DEFINITION, _ACRONYM)):
        assert [m.span() for m in _near_anchors(regex, anchor, text)] == [
            m.span() for m in regex.finditer(text)
        ]
