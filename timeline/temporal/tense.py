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
    # why, when no verb decided: "a possessive names an event of its own"
    note: str | None = None

    @property
    def reason(self) -> str:
        """A few words saying why: "past tense ('met')"."""
        if self.note is not None:
            return self.note
        if self.cue is None:
            return f"no tense cue, default {self.direction.value}"
        names = {Direction.PAST: "past tense", Direction.FUTURE: "future", Direction.NEAR: "present tense"}
        return f"{names[self.direction]} ({self.cue!r})"


# How far (characters) to look for the governing verb around an expression.
_WINDOW = 100


# Words, with "n't" kept on its verb ("won't") and other clitics ("'ll", "'s") on their own.
_TOKEN = re.compile(r"[a-z]+n['’]t\b|['’][a-z]+|[a-z]+")
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "'s", "’s", "'re", "’re"})
_BEFORE_ADJECTIVES = frozenset(
    {"a", "an", "the", "still", "very", "newly", "so", "too", "its", "their", "his", "her"}
)

Phrases = dict[str, list[tuple[tuple[str, ...], Direction]]]


@attrs.frozen(slots=True, eq=False)
class _Cues:
    boundary: re.Pattern[str]
    # marks of two characters (quotes typed as two apostrophes), found apart: a one-character
    # class is what lets the boundary search skip ahead quickly
    pairs: tuple[str, ...]
    phrases: Phrases  # first word -> (all words, direction), longest first
    before: Phrases  # cues right before the expression, by their last word
    neutral: Phrases  # phrases that are no cue, by their first word
    determiners_after: frozenset[str]  # before a future word after the date: it describes a noun
    not_past: frozenset[str]
    perfect_before: frozenset[str]
    perfect: frozenset[str]
    perfect_adverbs: frozenset[str]
    plan_told_in_past: frozenset[str]
    auxiliaries: frozenset[str]
    right_stops: frozenset[str]
    reported_clause_openers: frozenset[str]
    due_nouns: frozenset[str]
    passed_before: frozenset[str]
    timed_before: frozenset[str]
    attribution: frozenset[str]
    lower_case_only: frozenset[str]
    timetable_plural: Phrases  # plural verbs of a timetable ("meet"), by their first word
    directives: frozenset[str]
    agent_markers: frozenset[str]
    not_after_plural: frozenset[str]
    defaults: dict[str, Direction]
    future_weight: float


def _index(table: dict[Direction, list[str]], key: int) -> Phrases:
    """Phrases by their first (key 0) or last (key -1) word, longest first."""
    index: Phrases = {}
    for direction, phrases in table.items():
        for phrase in phrases:
            words = tuple(phrase.lower().replace("’", "'").split())
            index.setdefault(words[key], []).append((words, direction))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@functools.cache
def _cues() -> _Cues:
    data = tomllib.loads(resources.files("timeline.temporal").joinpath("data/tense.toml").read_text("utf-8"))
    return _Cues(
        boundary=_boundary(data["clause"]["boundaries"], data["clause"]["abbreviations"]),
        pairs=tuple(mark for mark in data["clause"]["boundaries"] if len(mark) > 1),
        phrases=_index(
            {
                Direction.FUTURE: data["future"]["phrases"],
                Direction.PAST: data["past"]["phrases"],
                Direction.NEAR: data["near"]["phrases"],
            },
            0,
        ),
        before=_index(
            {Direction.FUTURE: data["future_before"]["words"], Direction.PAST: data["past_before"]["words"]},
            -1,
        ),
        neutral=_index({Direction.NEAR: data["neutral"]["phrases"]}, 0),
        determiners_after=frozenset(data["neutral"]["determiners_after"]),
        not_past=frozenset(word.lower() for word in data["past"]["not_past"]),
        perfect_before=frozenset(data["future_before"]["perfect_before"]),
        perfect=frozenset(word.replace("’", "'") for word in data["future_before"]["perfect"]),
        perfect_adverbs=frozenset(data["future"]["perfect_adverbs"]),
        plan_told_in_past=frozenset(data["future"]["plan_told_in_past"]),
        auxiliaries=frozenset(word.replace("’", "'") for word in data["present"]["auxiliaries"]),
        right_stops=frozenset(data["clause"]["right_stops"]),
        reported_clause_openers=frozenset(data["clause"]["reported_clause_openers"]),
        due_nouns=frozenset(data["due"]["nouns"]),
        passed_before=frozenset(data["due"]["passed_before"]),
        timed_before=frozenset(data["due"]["timed_before"]),
        attribution=frozenset(data["clause"]["attribution"]),
        lower_case_only=frozenset(data["future"]["lower_case_only"]),
        timetable_plural=_index({Direction.FUTURE: data["future"]["timetable_plural"]}, 0),
        directives=frozenset(data["past"]["directives"]),
        agent_markers=frozenset(data["past"]["agent_markers"]),
        not_after_plural=frozenset(word.replace("’", "'") for word in data["future"]["not_after_plural"]),
        defaults={
            kind: Direction(direction)
            for kind, direction in data["default"].items()
            if isinstance(direction, str)
        },
        future_weight=float(data["default"]["near_future_weight"]),
    )


def _boundary(marks: list[str], abbreviations: list[str]) -> re.Pattern[str]:
    """Where a clause ends: one of `marks`, or a full stop that ends a sentence - not one after an
    abbreviation ("Dow Jones & Co. said") or an initial ("U.S."), nor a decimal point, nor one
    before a lower-case word."""
    not_after = "".join(f"(?<!\\b{re.escape(word)}\\.)" for word in abbreviations)
    # one character class first, which the search skips to quickly; the conditions apply to a stop
    full_stop = f"(?![0-9])(?!\\s+[a-z])(?i:{not_after}(?<!\\b[a-z]\\.))"
    characters = "".join(mark for mark in marks if len(mark) == 1)
    return re.compile(f"[{re.escape(characters)}](?:(?<!\\.)|{full_stop})")


def future_weight() -> float:
    """How much farther a future date may be than a past one and still be the nearest."""
    return _cues().future_weight


def _clause(
    text: str, start: int, end: int, boundary: re.Pattern[str], pairs: tuple[str, ...]
) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    marks = [m.end() for m in boundary.finditer(text, left, start)]
    clause_start = marks[-1] if marks else left
    stop = boundary.search(text, end, end + _WINDOW)
    clause_end = stop.start() if stop else min(len(text), end + _WINDOW)
    for pair in pairs:
        before = text.rfind(pair, clause_start, start)
        if before != -1:
            clause_start = before + len(pair)
        after = text.find(pair, end, clause_end)
        if after != -1:
            clause_end = after
    return clause_start, clause_end


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    lowered = text[start:end].lower()
    return [
        (m.group().replace("’", "'"), start + m.start(), start + m.end()) for m in _TOKEN.finditer(lowered)
    ]


def _phrase_at(words: list[str], index: int, phrases: Phrases) -> tuple[int, Direction] | None:
    """The length and direction of the longest cue phrase starting at `words[index]`."""
    for phrase, direction in phrases.get(words[index], ()):
        if tuple(words[index : index + len(phrase)]) == phrase:
            return len(phrase), direction
    return None


def tense_at(text: str, start: int, end: int, kind: str = "date") -> Tense:
    """The direction the clause around ``text[start:end]`` gives to an underspecified date.

    `kind` ("weekday" or "date") chooses the default when the clause has no cue.
    """
    cues = _cues()
    clause_start, clause_end = _clause(text, start, end, cues.boundary, cues.pairs)
    tense = _tense(text[clause_start:start], text[start:end], text[end:clause_end], kind)
    if tense.cue is None and tense.note is None and clause_start > 0 and text[clause_start - 1] == "(":
        # a date restated in brackets takes the tense of the sentence around them: "will leave at
        # 4 in the morning (4 a.m. EDT Thursday)"
        close = text.find(")", end, clause_end + 1)
        if close == clause_end:
            return tense_at(text, clause_start - 1, close + 1, kind)
    if (
        (tense.cue is None or tense.cue in cues.attribution)
        and tense.note is None
        and clause_start > 1
        and text[clause_start - 1] in ')"'
        and not text[clause_start - 2].isspace()
        and not text[clause_start:start].strip(" ,").replace("on", "", 1).strip()
    ):
        # a date right after a time restated in brackets or a name in quotes takes the tense of the
        # clause before them: "voting starts at 0700 local time (0400 GMT) on Sunday", "are
        # expected to sign a treaty of "good-neighborliness" on Tuesday"
        mark = "(" if text[clause_start - 1] == ")" else '"'
        opening = text.rfind(mark, max(0, clause_start - 120), clause_start - 1)
        if opening != -1:
            before_marks = tense_at(text, opening, end, kind)
            if before_marks.cue is not None:
                return before_marks
    return tense


@functools.lru_cache(maxsize=1024)
def _tense(left: str, expression: str, right: str, kind: str) -> Tense:
    """The tense of a clause split around the expression (cached: news repeats its phrasing)."""
    cues = _cues()
    text = left + expression + right
    clause_start, start, end, clause_end = 0, len(left), len(left) + len(expression), len(text)
    before = _reported_clause(_tokens(text, clause_start, start), cues)
    words_before = [word for word, _, _ in before]
    after = _tokens(text, end, clause_end)
    if words_before:
        for phrase, direction in cues.before.get(words_before[-1], ()):
            if tuple(words_before[-len(phrase) :]) == phrase:
                named = " ".join(phrase)
                if named in cues.perfect_before:
                    # not in an aside before it: "the sale, which had been expected, ... by February"
                    aside = left.rfind(",")
                    governing = [token for token in before if token[1] > aside] + after
                    perfect = next((w for w, _, _ in governing if w in cues.perfect), None)
                    if perfect is not None:
                        return Tense(Direction.PAST, f"{perfect} ... {named}")
                return Tense(direction, named)
    possessive = bool(after) and after[0][1] == end and after[0][0] == "'s" and kind == "weekday"
    if possessive:
        # "would get around Wednesday's ruling": a verb before tells of another event; one after
        # tells of the day's own ("Sunday's vote will decide")
        before = []
    if after and after[0][1] == end and after[0][0].startswith("'"):
        after = after[1:]  # the possessive of "Thursday's closing price", not "is"
    due = (
        bool(after)
        and after[0][0] in cues.due_nouns
        and not text[end : after[0][1]].strip()
        and not cues.timed_before.intersection(words_before[-2:])
    )
    if due:
        # "rejected a Monday deadline": the verb before tells of the deadline, not of its day
        passed = next((word for word in reversed(words_before[-3:]) if word in cues.passed_before), None)
        if passed is not None:
            return Tense(Direction.PAST, passed)
        before = []
    stop = next(
        (
            index
            for index, token in enumerate(after)
            if token[0] in cues.right_stops and not _inside_name(text, after, index)
        ),
        len(after),
    )
    tokens = before + after[:stop]
    words = [word for word, _, _ in tokens]
    found: list[tuple[int, int, Direction, str]] = []  # distance, side (0 before), direction, cue
    described: list[tuple[int, int, Direction, str]] = []
    index = 0
    while index < len(tokens):
        word_start = tokens[index][1]
        if words[index] in cues.lower_case_only and text[word_start].isupper():
            index += 1  # "in May": a month, not the modal
            continue
        cue = _cue(words, index, cues)
        if cue is None:
            index += 1
            continue
        length, direction = cue
        cue_end = tokens[index + length - 1][2]
        side = 0 if cue_end <= start else 1
        describes_noun = index > 0 and words[index - 1] in cues.determiners_after
        if side == 1 and direction is Direction.FUTURE and describes_noun:
            index += length
            continue
        if (
            side == 0
            and direction is Direction.PAST
            and _directs_ahead(words, index, length, len(before), cues)
        ):
            # "ordered him to appear on Feb. 10": the order is past, the appearance on either side
            direction = Direction.NEAR
        if (
            side == 1
            and direction is Direction.FUTURE
            and _past_intention(words[index : index + length])
            and (index == 0 or words[index - 1] not in _AUXILIARIES)
        ):
            # "In a phone call in January, the crown prince pledged to expand": the date is the pledge's
            direction = Direction.PAST
        distance = start - cue_end if side == 0 else word_start - end
        cue_found = (distance, side, direction, " ".join(words[index : index + length]))
        if (
            length == 1
            and direction is Direction.PAST
            and index + 1 < len(words)
            and words[index + 1] in cues.agent_markers
            # "the decision, announced Wednesday by the INS": a date between the participle and its agent
            # is the participle's own
            and not (side == 0 and tokens[index + 1][1] >= end)
        ):
            described.append(cue_found)  # a participle naming its agent: a cue only if no verb is
        else:
            found.append(cue_found)
        index += length
    if any(side == 0 for _, side, _, _ in found) or (kind != "weekday" and len(before) > 2):
        # "will travel to Jordan on Friday, the White House said": the attribution after the comma
        # reports the clause; the clause's own verb dates its time (and a date in a clause without a
        # verb of its own is the nearest: "to prepare for a summit on June 17, the ministry said";
        # but a date put first is the main verb's: "In September, it announced")
        found = [
            cue
            for cue in found
            if not (cue[1] == 1 and cue[3] in cues.attribution and "," in text[end : end + cue[0]])
        ]
    found = found or described
    if not found and due:
        return Tense(Direction.FUTURE, None, "the day something falls due: ahead, unless told it passed")
    if not found and possessive:
        # news names by its weekday an event of the past days: "Thursday's closing price"
        return Tense(Direction.PAST, None, "a possessive without a verb of its own: an event reported")
    if not found:
        return Tense(cues.defaults.get(kind, Direction.NEAR), None)
    _distance, _side, direction, cue_text = min(found, key=lambda item: (item[0], item[1]))
    return Tense(direction, cue_text)


def _reported_clause(before: list[tuple[str, int, int]], cues: _Cues) -> list[tuple[str, int, int]]:
    """The words before an expression from the start of the clause it is reported in: "it was reported
    that on September 11 the president will visit" - the verb of saying tells of the report, the clause
    after "that" of the visit. A "that" right before the expression is its determiner ("that Monday")."""
    for index in range(len(before) - 2, -1, -1):
        if before[index][0] in cues.reported_clause_openers:
            return before[index + 1 :]
    return before


_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})


def _past_intention(cue: list[str]) -> bool:
    """'pledged to', 'agreed to': a past verb of intention, whose infinitive alone lies ahead."""
    return len(cue) == 2 and cue[1] == "to" and cue[0].endswith("ed")


# How many words after a verb of directing its infinitive's "to" may come ("ordered the two
# ministers to").
_DIRECTIVE_REACH = 5


def _directs_ahead(words: list[str], index: int, length: int, before: int, cues: _Cues) -> bool:
    """True for a verb of directing or asking told in the past whose infinitive comes before the
    expression: "subpoenaed Elian to testify on Feb. 10", "urged them to return by Monday"."""
    if words[index] not in cues.directives:
        return False
    reach = words[index + length : min(before, index + length + _DIRECTIVE_REACH)]
    return "to" in reach and reach.index("to") + index + length + 1 < before


def _inside_name(text: str, tokens: list[tuple[str, int, int]], index: int) -> bool:
    """True for "and" between two capitalized words: part of a name ("the Abortion and Reproductive
    Rights League plans to"), not the start of another clause."""
    return (
        0 < index < len(tokens) - 1
        and text[tokens[index - 1][1]].isupper()
        and text[tokens[index + 1][1]].isupper()
    )


def _cue(words: list[str], index: int, cues: _Cues) -> tuple[int, Direction] | None:
    """The cue starting at `words[index]`: its length in words and direction, or None."""
    word = words[index]
    if word in cues.neutral and _phrase_at(words, index, cues.neutral) is not None:
        return None
    phrase = _phrase_at(words, index, cues.phrases) if word in cues.phrases else None
    if (
        phrase is None
        and word in cues.timetable_plural
        and (index == 0 or words[index - 1] not in cues.not_after_plural)
    ):
        phrase = _phrase_at(words, index, cues.timetable_plural)
    if phrase is not None and phrase[1] is Direction.FUTURE:
        told = _told_before(words, index, cues)
        if told in cues.perfect:
            return phrase[0], Direction.PAST
        if told in cues.plan_told_in_past:
            # "was originally scheduled to be held in August": a plan made before, for a time on
            # either side of the reference
            return phrase[0], Direction.NEAR
        return phrase
    if word in cues.auxiliaries and index + 1 < len(words):
        following = (
            words[index + 2] if words[index + 1] == "now" and index + 2 < len(words) else words[index + 1]
        )
        if len(following) > 5 and following.endswith("ing"):
            return (2, Direction.NEAR)
    past = phrase is not None or (len(word) > 3 and word.endswith("ed") and word not in cues.not_past)
    if past and not _passive(words, index):
        return phrase or (1, Direction.PAST)
    return None


def _told_before(words: list[str], index: int, cues: _Cues) -> str | None:
    """The auxiliary a plan is told with ("had" in "had been scheduled to expire Friday", "had
    planned to"; "was" in "was originally scheduled to"), adverbs passed over, or None."""
    position = index - 1
    while (
        position >= 0
        and index - position <= 3
        and (words[position] == "been" or words[position] in cues.perfect_adverbs)
    ):
        position -= 1
    return words[position] if 0 <= position < index else None


def _passive(words: list[str], index: int) -> bool:
    """True for a participle after "be"/"is" ("will be held") or used as an adjective ("a still
    unspecified date"): not a past-tense cue."""
    previous = words[index - 1] if index else ""
    if previous.endswith("ly") and index > 1:
        previous = words[index - 2]
    return previous in _PASSIVE_AUXILIARIES or previous in _BEFORE_ADJECTIVES
