"""Event words in a text: each occurrence of a trigger pattern that is not a non-event phrase."""

from __future__ import annotations

import functools
import re

import attrs

from timeline.extraction.lexicon import TriggerRule, non_event_regex, trigger_rules


@attrs.frozen(slots=True, kw_only=True)
class Trigger:
    """An event word at ``text[start:end]`` and the rule that found it."""

    start: int
    end: int
    rule: TriggerRule


@functools.cache
def _compiled(ignore_case: bool) -> tuple[tuple[re.Pattern[str], TriggerRule], ...]:
    flags = re.IGNORECASE if ignore_case else 0
    return tuple((re.compile(rule.pattern, flags), rule) for rule in trigger_rules())


def _searchable(text: str) -> tuple[str, bool]:
    """The text in lower case when that keeps every offset (matching without IGNORECASE is much faster)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, False
    return text, True


def has_trigger(text: str) -> bool:
    """Whether any trigger pattern occurs in `text` (a cheap test before the full reading)."""
    searchable, ignore_case = _searchable(text)
    return any(regex.search(searchable) for regex, _rule in _compiled(ignore_case))


def find_triggers(text: str) -> list[Trigger]:
    """Every event word in `text`, in text order; of overlapping ones the longest wins."""
    searchable, ignore_case = _searchable(text)
    blocked: list[tuple[int, int]] = []
    for match in non_event_regex().finditer(searchable):
        for group in range(1, (match.re.groups or 0) + 1):
            if match.group(group) is not None:
                blocked.append(match.span(group))
                break
    blocked_starts = {start for start, _end in blocked}
    candidates: list[Trigger] = []
    for regex, rule in _compiled(ignore_case):
        for match in regex.finditer(searchable):
            start, end = match.span()
            word_start = start + len(match.group()) - len(match.group().lstrip())
            if word_start in blocked_starts:
                continue
            candidates.append(Trigger(start=word_start, end=end, rule=rule))
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
