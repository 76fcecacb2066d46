"""Event words in a text: each occurrence of a trigger pattern that is not a non-event phrase."""

from __future__ import annotations

import functools
import re

import attrs

from timeline.extraction.lexicon import (
    TriggerRule,
    load_data,
    non_event_regex,
    trigger_rules,
    word_start_alternation,
)
from timeline.extraction.scanning import opening_pairs, search


@attrs.frozen(slots=True, kw_only=True)
class Trigger:
    """An event word at ``text[start:end]`` and the rule that found it."""

    start: int
    end: int
    rule: TriggerRule


@functools.cache
def _rules_by_opening(
    ignore_case: bool,
) -> tuple[
    tuple[tuple[re.Pattern[str], TriggerRule], ...],
    re.Pattern[str],
    dict[str, tuple[int, ...]],
    tuple[int, ...],
]:
    """Each trigger rule compiled; a regex matching at the word starts where a rule that begins a word
    matches; by the first two letters of a word (or its first alone), the rules that may open so; and the
    rules that may open otherwise, each to be searched for on its own."""
    flags = re.IGNORECASE if ignore_case else 0
    rules = trigger_rules()
    by_opening: dict[str, list[int]] = {}
    on_their_own: list[int] = []
    for order, rule in enumerate(rules):
        body = rule.pattern.removeprefix(_WORD_START)
        pairs = opening_pairs(body) if body != rule.pattern else None
        if pairs is None:
            on_their_own.append(order)
        for pair in pairs or ():
            by_opening.setdefault(pair, []).append(order)
    # a rule that may open with a letter followed by anything may open with each pair of that letter
    for opening, orders in by_opening.items():
        if len(opening) == 2:
            orders.extend(by_opening.get(opening[0], ()))
    return (
        tuple((re.compile(rule.pattern, flags), rule) for rule in rules),
        _by_first_character(
            [rule.pattern for order, rule in enumerate(rules) if order not in on_their_own], flags
        ),
        {opening: tuple(sorted(orders)) for opening, orders in by_opening.items()},
        tuple(on_their_own),
    )


def _by_first_character(patterns: list[str], flags: int) -> re.Pattern[str]:
    """A regex matching where any of `patterns` does. When each begins a word, their alternation is split by
    the first two letters a match begins with: at a word start only the patterns that can begin with them
    are tried, where a plain alternation would try each one."""
    alternation = word_start_alternation(patterns)
    by_letters: dict[str, dict[str, list[str]]] = {}
    for pattern in patterns:
        body = pattern.removeprefix(_WORD_START)
        pairs = opening_pairs(body) if pattern != body and not flags else None
        if pairs is None:
            return re.compile(alternation, flags)
        for pair in pairs:
            by_letters.setdefault(pair[0], {}).setdefault(pair[1:], []).append(f"(?:{body})")
    # the letters are matched again in a lookbehind that tries their patterns from the first one on
    branches = [
        re.escape(first)
        + "(?:"
        + "|".join(
            rf"{re.escape(second)}(?<=(?={'|'.join(bodies)})[\s\S]{{{1 + len(second)}}})"
            for second, bodies in sorted(by_second.items())
        )
        + ")"
        for first, by_second in sorted(by_letters.items())
    ]
    return re.compile(rf"(?=\w)\b(?:{'|'.join(branches)})")


_WORD_START = r"\b"


def _searchable(text: str) -> tuple[str, bool]:
    """The text in lower case when that keeps every offset (matching without IGNORECASE is much faster)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, False
    return text, True


# How far before and after an event word a non-event phrase around it may reach ('a popular meeting point').
_PHRASE_BEFORE = 90
_PHRASE_AFTER = 80


def find_triggers(text: str) -> list[Trigger]:
    """Every event word in `text`, in text order; of overlapping ones the longest wins."""
    searchable, ignore_case = _searchable(text)
    candidates: list[Trigger] = []
    for match, rule in _rule_matches(searchable, ignore_case):
        matched = match.group()
        word_start = match.start() + len(matched) - len(matched.lstrip())
        if not _non_event(searchable, word_start, ignore_case):
            candidates.append(Trigger(start=word_start, end=match.end(), rule=rule))
    candidates.sort(key=lambda t: (-(t.end - t.start), t.start))
    taken = bytearray(len(text) + 1)
    chosen: list[Trigger] = []
    for trigger in candidates:
        if taken.find(1, trigger.start, trigger.end) != -1:
            continue
        taken[trigger.start : trigger.end] = b"\x01" * (trigger.end - trigger.start)
        chosen.append(trigger)
    chosen.sort(key=lambda t: t.start)
    return chosen


def _rule_matches(searchable: str, ignore_case: bool) -> list[tuple[re.Match[str], TriggerRule]]:
    """Each rule's match at each position of `searchable`, by position and then in the rules' order."""
    compiled, rule_starts, by_opening, on_their_own = _rules_by_opening(ignore_case)
    # one regex skips to the word starts where a rule matches: far quicker than visiting every word in Python
    tries: list[tuple[int, int]] = []
    position = 0
    while (hit := rule_starts.search(searchable, position)) is not None:
        start = hit.start()
        opening = searchable[start : start + 2].lower() if ignore_case else searchable[start : start + 2]
        tries.extend((start, order) for order in by_opening.get(opening) or by_opening.get(opening[:1], ()))
        position = start + 1
    for order in on_their_own:
        position = 0
        while (found := search(compiled[order][0], searchable, position)) is not None:
            tries.append((found.start(), order))
            position = found.start() + 1
    matches = []
    for start, order in sorted(set(tries)):
        regex, rule = compiled[order]
        match = regex.match(searchable, start)
        if match is not None:
            matches.append((match, rule))
    return matches


@functools.cache
def _non_event_starts(ignore_case: bool) -> re.Pattern[str]:
    """A regex matching where a non-event phrase begins."""
    return _by_first_character(load_data("non_events.json")["patterns"], re.IGNORECASE if ignore_case else 0)


def _non_event(text: str, start: int, ignore_case: bool) -> bool:
    """Whether a non-event phrase around `start` has its event word there ('meeting' in 'meeting point')."""
    window_start = max(0, start - _PHRASE_BEFORE)
    if _non_event_starts(ignore_case).search(text, window_start, start + _PHRASE_AFTER) is None:
        return False  # (most windows hold no such phrase: the quicker regex tells)
    for match in non_event_regex(ignore_case).finditer(text, window_start, start + _PHRASE_AFTER):
        for group in range(1, (match.re.groups or 0) + 1):
            if match.group(group) is not None:
                if match.start(group) == start:
                    return True
                break
    return False
