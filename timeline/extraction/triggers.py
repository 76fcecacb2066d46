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
from timeline.extraction.scanning import opening_pairs


@attrs.frozen(slots=True, kw_only=True)
class Trigger:
    """An event word at ``text[start:end]`` and the rule that found it."""

    start: int
    end: int
    rule: TriggerRule


@functools.cache
def _compiled(ignore_case: bool) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], TriggerRule], ...]]:
    """All trigger patterns in one regex (to find where any starts, in one pass), and each on its own."""
    flags = re.IGNORECASE if ignore_case else 0
    rules = trigger_rules()
    combined = _by_first_character([rule.pattern for rule in rules], flags)
    return combined, tuple((re.compile(rule.pattern, flags), rule) for rule in rules)


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
    combined, separate = _compiled(ignore_case)
    candidates: list[Trigger] = []
    position = 0
    while (found := combined.search(searchable, position)) is not None:
        start = found.start()
        position = start + 1
        for regex, rule in separate:
            match = regex.match(searchable, start)
            if match is None:
                continue
            word = match.group()
            word_start = start + len(word) - len(word.lstrip())
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
