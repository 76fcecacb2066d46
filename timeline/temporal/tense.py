"""Which way a weekday or a year-less date points, read from its clause.

"met on Monday" is the Monday at or before the reference date, "will meet on
Monday" the next one, "is visiting on Monday" the nearest. The cues (future
phrases, past verbs, the present progressive) are data in ``data/tense.toml``;
the cue nearest to the expression in its clause decides.
"""

from __future__ import annotations

import enum
import functools
import re
import tomllib
from importlib import resources

import attrs


class Direction(enum.Enum):
    """Where an underspecified date lies relative to the reference date."""

    PAST = "past"
    FUTURE = "future"
    NEAR = "near"


@attrs.frozen(slots=True)
class Tense:
    """The direction of an expression and the cue that decided it (None when no cue was found)."""

    direction: Direction
    cue: str | None

    @property
    def reason(self) -> str:
        """A few words saying why: "past tense ('met')"."""
        if self.cue is None:
            return f"no tense cue, default {self.direction.value}"
        names = {Direction.PAST: "past tense", Direction.FUTURE: "future", Direction.NEAR: "present tense"}
        return f"{names[self.direction]} ({self.cue!r})"


# How far (characters) to look for the clause around an expression.
_WINDOW = 240


@attrs.frozen(slots=True, eq=False)
class _Cues:
    boundary: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    past_participle: re.Pattern[str]
    not_past: frozenset[str]
    progressive: re.Pattern[str]
    passive: re.Pattern[str]
    future_before: re.Pattern[str]
    past_before: re.Pattern[str]
    defaults: dict[str, Direction]


def _phrases(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


@functools.cache
def _cues() -> _Cues:
    data = tomllib.loads(resources.files("timeline.temporal").joinpath("data/tense.toml").read_text("utf-8"))
    auxiliaries = _phrases(data["present"]["auxiliaries"])
    return _Cues(
        boundary=re.compile("[" + re.escape("".join(data["clause"]["boundaries"])) + "]"),
        future=re.compile(rf"(?<![\w'’])(?:{_phrases(data['future']['phrases'])})(?![\w'’])", re.IGNORECASE),
        past=re.compile(rf"(?<![\w'’])(?:{_phrases(data['past']['phrases'])})(?![\w'’])", re.IGNORECASE),
        past_participle=re.compile(r"(?<![\w'’-])[a-z]{2,}ed(?![\w'’-])", re.IGNORECASE),
        not_past=frozenset(word.lower() for word in data["past"]["not_past"]),
        progressive=re.compile(
            rf"(?<![\w'’])(?:{auxiliaries})\s+(?:now\s+)?[a-z]{{3,}}ing(?![\w'’])", re.IGNORECASE
        ),
        future_before=re.compile(
            rf"(?<![\w'’])(?:{_phrases(data['future_before']['words'])})\s+$", re.IGNORECASE
        ),
        past_before=re.compile(
            rf"(?<![\w'’])(?:{_phrases(data['past_before']['words'])})\s+$", re.IGNORECASE
        ),
        defaults={kind: Direction(direction) for kind, direction in data["default"].items()},
        passive=re.compile(
            rf"(?:\b(?:be|been|being|is|are|am)|{auxiliaries})\s+(?:\w+ly\s+)?$", re.IGNORECASE
        ),
    )


def _clause(text: str, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    before = text[left:start]
    marks = [m.end() for m in boundary.finditer(before)]
    clause_start = left + marks[-1] if marks else left
    after = text[end : end + _WINDOW]
    stop = boundary.search(after)
    clause_end = end + (stop.start() if stop else len(after))
    return clause_start, clause_end


def tense_at(text: str, start: int, end: int, kind: str = "date") -> Tense:
    """The direction the clause around ``text[start:end]`` gives to an underspecified date.

    `kind` ("weekday" or "date") chooses the default when the clause has no cue.
    """
    cues = _cues()
    clause_start, clause_end = _clause(text, start, end, cues.boundary)
    for pattern, direction in ((cues.future_before, Direction.FUTURE), (cues.past_before, Direction.PAST)):
        right_before = pattern.search(text, max(clause_start, start - 20), start)
        if right_before is not None:
            return Tense(direction, right_before.group().strip())
    found: list[tuple[int, int, Direction, str]] = []  # distance, side (0 before), direction, cue

    def add(match_start: int, match_end: int, direction: Direction, cue: str) -> None:
        if match_end <= start:
            found.append((start - match_end, 0, direction, cue))
        elif match_start >= end:
            found.append((match_start - end, 1, direction, cue))

    for pattern, direction in ((cues.future, Direction.FUTURE), (cues.progressive, Direction.NEAR)):
        for match in pattern.finditer(text, clause_start, clause_end):
            add(match.start(), match.end(), direction, match.group())
    for pattern in (cues.past, cues.past_participle):
        for match in pattern.finditer(text, clause_start, clause_end):
            word = match.group()
            if word.lower() in cues.not_past and pattern is cues.past_participle:
                continue
            if cues.passive.search(text, clause_start, match.start()):
                continue
            add(match.start(), match.end(), Direction.PAST, word)
    if not found:
        return Tense(cues.defaults.get(kind, Direction.NEAR), None)
    _distance, _side, direction, cue = min(found, key=lambda item: (item[0], item[1]))
    return Tense(direction, " ".join(cue.split()))
