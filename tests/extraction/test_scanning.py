"""The faster scans find exactly what the regexes' own methods find."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction import scanning
from timeline.extraction.lexicon import any_of
from timeline.extraction.triggers import _by_first_character

# Texts made of the letters and signs the patterns below care about, so that they match often.
texts = st.text(alphabet="abcdeKkSsſ ,.-'\nTİı", max_size=80)

PATTERNS = [
    re.compile(r"(?<!\w)(?:ab|cd)e?\b"),
    re.compile(r"\b(?:the|a)\s+(?:d|e)+"),
    re.compile(r"(?i:k)(?:s|ab)"),
    re.compile(r"(?:s|T)\S*", re.IGNORECASE),
    re.compile(r"(?:a|b)?c+(?=\s)"),
    re.compile(r"(?<=[.,])\s*(?P<word>[a-e]+)"),
    re.compile(r"the(?<!\wthe)\s+(?:d|e)+"),
]


@pytest.mark.parametrize("regex", PATTERNS, ids=lambda regex: regex.pattern)
@given(text=texts, start=st.integers(0, 90), end=st.integers(0, 90))
def test_finditer_and_search_find_the_regex_own_matches(
    regex: re.Pattern[str], text: str, start: int, end: int
) -> None:
    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), m.groups()) for m in matches]

    assert spans(scanning.finditer(regex, text)) == spans(regex.finditer(text))
    assert spans(scanning.finditer(regex, text, start, end)) == spans(regex.finditer(text, start, end))
    ours, theirs = scanning.search(regex, text, start, end), regex.search(text, start, end)
    assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups()))


@given(text=st.text(alphabet="abcdeth -", max_size=80))
def test_regexes_found_first_match_where_their_alternation_does(text: str) -> None:
    # whole words, the last of two: two matches overlap only where they are the same word or the longer
    # one ends where the other does, the case in which the split scan is exact
    regexes = [
        re.compile(r"\b(?P<pair>ab|cd)\b"),
        re.compile(r"the(?<!\wthe)\s+(?P<phrase>[a-e]+)\b"),
        re.compile(r"\b(?P<word>[a-e]+)\b"),
    ]
    alternation = re.compile("|".join(regex.pattern for regex in regexes))

    def found(matches: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]

    assert found(scanning.finditer_first(regexes, text)) == found(alternation.finditer(text))


def test_a_regex_opening_with_a_literal_is_left_to_re_own_search() -> None:
    assert scanning._finder(re.compile(r"the(?<!\wthe)\s+\w")) is None
    assert scanning._finder(re.compile(r"(?<!\w)the\s+\w")) is not None


def test_a_regex_that_can_begin_anywhere_is_scanned_as_it_is() -> None:
    assert scanning.opening_characters(r"\w+ab") is None
    assert scanning.opening_characters(r"(?:ab)?") is None
    assert scanning.opening_characters(r"(?:ab)?c") == frozenset("ac")


def test_opening_characters_ignoring_case_include_every_variant_re_matches() -> None:
    assert {"k", "K", "\u212a"} <= (scanning.opening_characters("k", re.IGNORECASE) or set())


def test_opening_pairs_of_word_starts() -> None:
    assert scanning.opening_pairs(r"(?:met|meets)\b") == frozenset({"me"})
    # a space cannot begin a word; an unknown second character leaves the first alone
    assert scanning.opening_pairs(r"(?:was)?\s*founded") == frozenset({"wa", "fo"})
    assert scanning.opening_pairs(r"a\w") == frozenset({"a"})
    assert scanning.opening_pairs(r"\w+") is None


@given(text=st.text(alphabet="abcdefmst ,.-\n", max_size=80))
def test_patterns_split_by_their_first_letters_match_where_their_alternation_does(text: str) -> None:
    patterns = [r"\b(?:met|meets)\b", r"\b(?:was|were)?\s*founded\b", r"\ba\w", r"\bsessions?\b(?!\s+of)"]
    split = _by_first_character(patterns, 0)
    plain = re.compile("|".join(f"(?=\\w)(?:{p})" for p in patterns))
    assert [p for p in range(len(text) + 1) if split.match(text, p)] == [
        p for p in range(len(text) + 1) if plain.match(text, p)
    ]


def test_a_word_boundary_opens_a_pattern_only_when_it_opens_every_branch() -> None:
    assert scanning.opens_at_word_boundary(r"\bwill\b|(?<!first )\bto be\b|(?:\bshall)")
    assert not scanning.opens_at_word_boundary(r"\bwill\b|'s\b")
    assert not scanning.opens_at_word_boundary(r"^\s*\bwill")


CUE_LISTS = [
    [r"\bwill\b", r"\b(?:is|are|'s)\s+(?:set|due)\s+to\b", r"(?<!first )\bto be (?:held|signed)\b"],
    [r"\bcancell?(?:ed|s)?\b", r"(?-i:\bMay\b)", r"\bcalled off\b"],
    [r"\bif\b", r"'s\b", r"\bthe\s+\w+"],
]


@pytest.mark.parametrize("patterns", CUE_LISTS, ids=lambda patterns: patterns[0])
@given(text=st.text(alphabet="abcdefilorstwyMS ,.-'\n", max_size=80), start=st.integers(0, 90))
def test_a_guarded_cue_list_matches_where_its_plain_alternation_does(
    patterns: list[str], text: str, start: int
) -> None:
    guarded = any_of(patterns)
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    ours, theirs = guarded.search(text, start), plain.search(text, start)
    assert (ours and ours.span()) == (theirs and theirs.span())
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_cue_lists_whose_branches_all_open_at_a_word_boundary_are_guarded_by_one() -> None:
    assert any_of(CUE_LISTS[0]).pattern.startswith(r"\b(?=")
    assert not any_of(CUE_LISTS[2]).pattern.startswith(r"\b")
