"""`find_times`: every time expression in a text, normalized against a reference date.

How: every trigger of the rules (a month name, a unit, a year in digits...) is
found in one pass; each group of rules that shares triggers is searched, with
one expression for all its rules, only in short windows around them; where the
group matches, each of its rules is tried, and of overlapping matches the
longest wins.

Ranges: a stretch of days written as one expression is one mention whose value
is a range of two days, first and last included ("July 2-3, 2024", "from July 2
to 6", "2-3 July", "July 30-August 2" -> ``2024-07-02/2024-07-03`` style, read by
`When` as an interval). Any other pair of times joined by "from ... to",
"between ... and" or a dash is two mentions, one for each end, as TimeML
annotates them: "from 2021 to 2023" gives 2021 and 2023, "between May and June"
May and June, "from Aug. 26 to Oct. 20" two days (see the ranges in
``data/rules.toml``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

import attrs

from timeline.model import InvalidTimexError, When
from timeline.temporal.lexicon import lexicon, trie_alternation, trigger_words
from timeline.temporal.mention import TimeMention
from timeline.temporal.normalize import NORMALIZERS, Context, Normalized
from timeline.temporal.rules import ANCHORED_KINDS, OPEN, Rule, filters, rules, triggers
from timeline.temporal.tense import tense_at

_DIGIT = re.compile(r"[0-9]")
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_WORDS_AFTER = re.compile(r"\s*(%|[\w'’]+)(?:\s+([\w'’]+))?")
_GROUP_SUFFIX = re.compile(r"__\d+$")
# Dates later expressions can be counted from: a known year at least.
_ANCHOR_VALUE = re.compile(r"\d{4}(?:-|$)|XXXX-\d\d-\d\d$")
_DAY_ANCHOR_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]$")
# A stretch of months within a year ("for the nine months", "the first six months"): right after
# it, "a year earlier" compares that stretch, a part of the year with no calendar value of its own.
_MONTHS_OF_A_YEAR = re.compile(r"P(?:[2-9]|1[01])M$")
_TOKEN = re.compile(r"[^\W_]+")
# The first word of a possible title: a capitalized word, maybe after a number ("60 Minutes").
_FIRST_WORD = re.compile(r"(?:[0-9]+ )?([A-Z][a-z]+)")
_QUOTES = "\"'`’‘“”"


def find_times(text: str, reference: dt.date | None = None) -> list[TimeMention]:
    """Every time expression in `text`, in text order, normalized against `reference`.

    Where two candidate expressions overlap, the longer wins (then the rule
    listed first). With no reference, values that depend on it stay
    underspecified (``XXXX-02-09``, ``XXXX-WXX-1``).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, dt.date):
        raise TypeError(
            f"reference must be a datetime.date or None, not {type(reference).__name__}"
            " (for an ISO string, pass datetime.date.fromisoformat(...))"
        )
    lowered = _lowered(text)
    scanner = _scanner()
    found = scanner.triggers(text, lowered)
    if not found:
        return []
    blocked: bytearray | None = None
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    # (the order of the families does not matter: the candidates are sorted below)
    for family in dict.fromkeys(family for name in found for family in scanner.families_of[name]):
        spans = [span for name in family.triggers for span in found.get(name, ())]
        # each group's own windows, made when the family first matches (most never do)
        group_windows: list[tuple[list[int], list[tuple[int, int]]] | None] = [None] * len(family.groups)
        alone = len(family.groups) == 1
        for window_start, window_end in _windows(lowered, spans, family.reach):
            position = window_start
            # where any rule of the family matches, every rule is tried (each position once) in the
            # window of its group
            while (hit := family.any_rule.search(lowered, position, window_end)) is not None:
                start = hit.start()
                position = start + 1
                for index, group in enumerate(family.groups):
                    group_end = window_end
                    if not alone:
                        windows = group_windows[index]
                        if windows is None:
                            made = _windows(lowered, spans, group.reach)
                            windows = group_windows[index] = ([w[0] for w in made], made)
                        at = bisect.bisect_right(windows[0], start) - 1
                        if at < 0 or start >= windows[1][at][1]:
                            continue
                        group_end = windows[1][at][1]
                    first = lowered[start]
                    for rule in group.rules:
                        if rule.first is not None and first not in rule.first:
                            continue
                        match = rule.pattern.match(lowered, start, group_end)
                        if match is None or match.end() == start:
                            continue
                        end = match.end()
                        # phone numbers and sums of money are digits: only a match with one can be in them
                        if _DIGIT.search(lowered, start, end) is not None:
                            if blocked is None:
                                blocked = _blocked(lowered)
                            if blocked.find(1, start, end) != -1:
                                continue
                        if _allowed(rule, match, text):
                            candidates.append((start - end, rule.order, start, rule, match))
    candidates.sort(key=lambda candidate: candidate[:3])
    taken = bytearray(len(text))
    chosen: list[tuple[Rule, re.Match[str], TimeMention]] = []
    for _length, _order, start, rule, match in candidates:
        end = match.end()
        if taken.find(1, start, end) != -1:
            continue
        # (a name may follow "the": "the 60 Minutes interview")
        name_start = (
            start + 4
            if lowered.startswith("the ", start) and text[start + 4 : start + 5].isdigit()
            else start
        )
        if not text[name_start].islower() and _in_a_title(text, name_start, end):
            continue
        mention = _mention(text, rule, match, reference, None)
        if mention is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((rule, match, mention))
    chosen.sort(key=lambda item: item[2].start)
    return _with_anchors(text, chosen, reference)


def _with_anchors(
    text: str, chosen: list[tuple[Rule, re.Match[str], TimeMention]], reference: dt.date | None
) -> list[TimeMention]:
    """The mentions in text order, those counted from an earlier date ("a year earlier") resolved."""
    mentions: list[TimeMention] = []
    anchor: str | None = None
    day_anchor: str | None = None
    reported: str | None = None  # the quarter a report on results is about
    compared: str | None = None  # what "a year ago" compares: that quarter, or the year of its months
    for rule, match, mention in chosen:
        if rule.kind in ANCHORED_KINDS and not (rule.kind == "clock" and heads_a_line(text, mention.start)):
            mention = _mention(text, rule, match, reference, anchor, compared, day_anchor) or mention
        else:
            # read again only where the day last mentioned can give a year: the cost stays off other dates
            if (
                rule.kind == "calendar"
                and anchor is not None
                and _DAY_ANCHOR_VALUE.match(anchor)
                and _yearless_day(match)
            ):
                mention = _mention(text, rule, match, reference, anchor) or mention
            if reported is None and _reported_quarter(mention, reference):
                reported = mention.value
        if reported is not None and mention.value == reported:
            compared = reported
        elif reported is not None and mention.type == "DURATION" and _MONTHS_OF_A_YEAR.match(mention.value):
            compared = reported[:4]
        mentions.append(mention)
        # only dates read from the text itself anchor later ones: "a year earlier" twice is not two years
        if (
            rule.kind not in ANCHORED_KINDS
            and mention.type in ("DATE", "TIME")
            and _ANCHOR_VALUE.match(mention.value)
        ):
            anchor = mention.value
            if _DAY_ANCHOR_VALUE.match(mention.value):
                day_anchor = mention.value
    return mentions


def _yearless_day(match: re.Match[str]) -> bool:
    """A month and day without a year ('on 9 February'), which the day last mentioned may give one."""
    found = match.groupdict()
    return (
        bool(found.get("month") or found.get("month_number"))
        and bool(found.get("day") or found.get("day_number"))
        and not any(found.get(name) for name in ("year", "short_year", "year_shift"))
    )


def heads_a_line(text: str, start: int) -> bool:
    """True for a time at the start of a line: the head of a live blog's entry ("16:20 - Guterres
    meets Tokayev"), told on the day of the text, not on the last day its entries mentioned."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _reported_quarter(mention: TimeMention, reference: dt.date | None) -> bool:
    """True for the quarter a report on results is about: a calendar quarter that ended lately.

    The first one mentioned is the report's; later ones are asides ("after a flat second quarter",
    "a fourth-quarter charge"). A fiscal quarter does not say which months it holds.
    """
    if not _QUARTER_VALUE.match(mention.value) or "fiscal" in mention.text.lower():
        return False
    if reference is None:
        return True
    year, quarter = int(mention.value[:4]), int(mention.value[-1])
    end = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    return reference - dt.timedelta(days=366) < end <= reference + dt.timedelta(days=31)


# The one letter whose lower case is two characters ('İ', U+0130): it stays as it is, so offsets hold.
_LONGER_IN_LOWER_CASE = "\u0130"


def _lowered(text: str) -> str:
    """`text` in lower case, letter for letter (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return _LONGER_IN_LOWER_CASE.join(piece.lower() for piece in text.split(_LONGER_IN_LOWER_CASE))


def _windows(text: str, spans: list[tuple[int, int]], reach: tuple[int, int]) -> list[tuple[int, int]]:
    """Stretches of `text`, merged, reaching `reach` characters around every span (trigger) given."""
    spans.sort()
    windows: list[tuple[int, int]] = []
    size = len(text)
    before, after = reach
    current_start = current_end = -1
    for start, end in spans:
        window_start = start - before if start > before else 0
        if window_start <= current_end:
            if end + after > current_end:
                current_end = end + after
            continue
        if current_end >= 0:
            windows.append((current_start, _word_end(text, current_end, size)))
        current_start, current_end = window_start, end + after
    if current_end >= 0:
        windows.append((current_start, _word_end(text, current_end, size)))
    return windows


def _word_end(text: str, position: int, size: int) -> int:
    """The first space or line break at or after `position`: a window ends at the end of a word, so
    no match is cut short."""
    if position >= size:
        return size
    space = text.find(" ", position)
    if space == -1:
        space = size
    line = text.find("\n", position, space)
    return space if line == -1 else line


@attrs.frozen(slots=True, eq=False)
class _RuleGroup:
    """Rules tried in the same stretches of text: they share their triggers and reach."""

    reach: tuple[int, int]
    rules: tuple[Rule, ...]


@attrs.frozen(slots=True, eq=False)
class _Family:
    """The groups of rules with the same triggers, searched at once in windows of the widest reach
    (one pass over the text near a trigger instead of one for each reach); each rule is then tried
    in the window of its own reach."""

    triggers: tuple[str, ...]
    reach: tuple[int, int]
    groups: tuple[_RuleGroup, ...]
    any_rule: re.Pattern[str]


@attrs.frozen(slots=True, eq=False)
class _Scanner:
    """Where the triggers of the rules are in a text, found in one pass for all trigger words."""

    words: re.Pattern[str]
    # trigger word -> (trigger names, trigger names that need the word capitalized)
    word_triggers: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    patterns: tuple[str, ...]
    # every trigger pattern at once: where any matches, each that does is a named group
    digits: re.Pattern[str] | None
    # trigger name -> the families of rules it triggers
    families_of: dict[str, tuple[_Family, ...]]

    def triggers(self, text: str, lowered: str) -> dict[str, list[tuple[int, int]]]:
        """The spans of every trigger in the text, by trigger name (only those found)."""
        found: dict[str, list[tuple[int, int]]] = {}
        for match in self.words.finditer(lowered):
            names, capitalized = self.word_triggers[match.group()]
            span = match.span()
            for name in names:
                found.setdefault(name, []).append(span)
            if capitalized and text[span[0]].isupper():
                for name in capitalized:
                    found.setdefault(name, []).append(span)
        if self.digits is not None and _DIGIT.search(lowered):
            for match in self.digits.finditer(lowered):
                for name in self.patterns:
                    start, end = match.span(name)
                    if start >= 0:
                        found.setdefault(name, []).append((start, end))
        return found


@functools.cache
def _scanner() -> _Scanner:
    words = lexicon()
    patterns = triggers()
    names = {name for rule in rules() for name in rule.triggers if name not in patterns}
    plain: dict[str, list[str]] = {}
    capital: dict[str, list[str]] = {}
    for name in sorted(names):
        # a month, a weekday, a holiday is written with a capital ("may" and "sun" are words)
        table = capital if name in words.capitalized else plain
        for word in trigger_words(words, name):
            table.setdefault(word, []).append(name)
    vocabulary = sorted(plain.keys() | capital.keys())
    used = {name: pattern for name, pattern in patterns.items() if any(name in r.triggers for r in rules())}
    each_pattern = [f"(?=(?P<{name}>{pattern.pattern}))?" for name, pattern in used.items()]
    grouped: dict[tuple[str, ...], dict[tuple[int, int], list[Rule]]] = {}
    for rule in rules():
        grouped.setdefault(rule.triggers, {}).setdefault(rule.reach, []).append(rule)
    families = [
        _Family(
            triggers=triggers,
            reach=(max(before for before, _ in by_reach), max(after for _, after in by_reach)),
            groups=tuple(
                _RuleGroup(reach=reach, rules=tuple(members)) for reach, members in by_reach.items()
            ),
            any_rule=re.compile(
                OPEN + "(?:" + "|".join(rule.bare for members in by_reach.values() for rule in members) + ")"
            ),
        )
        for triggers, by_reach in grouped.items()
    ]
    return _Scanner(
        words=re.compile(r"(?<![a-z])" + trie_alternation((word, "") for word in vocabulary) + r"(?![a-z])"),
        word_triggers={
            word: (tuple(plain.get(word, ())), tuple(capital.get(word, ()))) for word in vocabulary
        },
        patterns=tuple(used),
        # a digit, then the triggers read from it: a search that starts with a plain class of characters
        # skips the text between digits at once
        digits=re.compile(
            "[0-9](?<=(?="
            + "|".join(p.pattern for p in used.values())
            + ")"
            + "".join(each_pattern)
            + "[0-9])"
        )
        if used
        else None,
        families_of={
            name: tuple(family for family in families if name in family.triggers)
            for name in names | patterns.keys()
        },
    )


def _blocked(text: str) -> bytearray:
    """1 for every character inside a span where no time expression may be (a phone number, money)."""
    blocked = bytearray(len(text))
    for pattern in filters():
        for match in pattern.finditer(text):
            blocked[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return blocked


def _groups(match: re.Match[str], text: str) -> dict[str, str]:
    """The captured groups, read from the original text, alternatives ("day__2") under their name."""
    spans = match.regs
    groups: dict[str, str] = {"whole": text[spans[0][0] : spans[0][1]]}
    names = _group_names(match.re)
    # (the matched groups read at once, in order: a pattern has many, a match few)
    for key, value in match.groupdict().items():
        if value is not None:
            index, name = names[key]
            if name not in groups:
                start, end = spans[index]
                groups[name] = text[start:end]
    return groups


@functools.cache
def _group_names(pattern: re.Pattern[str]) -> dict[str, tuple[int, str]]:
    """The named groups of a pattern: their number and the name their alternatives share."""
    return {name: (index, _GROUP_SUFFIX.sub("", name)) for name, index in pattern.groupindex.items()}


def _word_before(text: str, position: int) -> str | None:
    """The word right before `position` (white space skipped), or "-" after a hyphen."""
    end = position
    while end > 0 and text[end - 1].isspace() and position - end < 40:
        end -= 1
    if end > 0 and text[end - 1] == "-":
        return "-"
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’_") and end - start < 40:
        start -= 1
    return text[start:end] or None


def _in_a_title(text: str, start: int, end: int) -> bool:
    """True for words in running text capitalized as a name: the show "This Week", "60 Minutes",
    "High Noon", the newspaper "USA Today" - not a sentence start, nor a headline in title case."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group(1).lower() in _proper_words():
        return False  # a year, a month, a weekday
    position = start
    while position > 0 and (text[position - 1].isspace() or text[position - 1] in _QUOTES):
        position -= 1
    sentence_start = position == 0 or not (text[position - 1].isalnum() or text[position - 1] == ",")
    if sentence_start and not text[start].isdigit():
        return False  # a sentence starts with it (but a unit after a number is no first word: "60 Minutes")
    tokens = _TOKEN.findall(text, start, end)
    named = [token for token in tokens if token[0].isalpha()]
    if not named or not all(token[0].isupper() for token in named):
        return False
    proper = _proper_words()
    if any(token.lower() in proper for token in named):
        return False  # May, Monday, Christmas are capitalized anyway
    if len(tokens) == 1 and (sentence_start or not text[position - 1].isalnum()):
        return False
    if len(tokens) == 1 and not text[_word_start(text, position)].isupper():
        return False  # "today" is capitalized as a name only after another capitalized word
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _TOKEN.findall(text, max(line_start, start - 60), start)[-4:]
    after = _TOKEN.findall(text, end, min(end + 60, line_end if line_end != -1 else len(text)))[:4]
    return any(token[0].islower() for token in before + after)  # running text, not a headline


@functools.cache
def _proper_words() -> frozenset[str]:
    """Every word of the tables whose words are capitalized anyway (months, weekdays, holidays),
    but for the "day" of "Election Day" ("This Day" in running text is a name)."""
    words = lexicon()
    found = {
        word
        for table in words.capitalized
        for phrase in words.table(table)
        for word in _TOKEN.findall(phrase)
    }
    return frozenset(found - {"day"})


def _after_a_name(text: str, start: int) -> bool:
    """True right after a capitalized word of running text, which a number there ends a name with
    ("Saudi Vision 2030", "a venture called Orion 1980") - not after a month or a holiday ("May 2024"),
    the first word of a sentence ("In 2030") nor in a headline in title case."""
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = _word_start(text, start - 1)
    word = text[word_start : start - 1]
    if not word[:1].isupper() or not word.isalpha() or word.lower() in _proper_words():
        return False
    position = word_start
    while position > 0 and (text[position - 1] == " " or text[position - 1] in _QUOTES):
        position -= 1
    if position == 0 or not (text[position - 1].isalnum() or text[position - 1] == ","):
        return False  # any word is capitalized first in a sentence: "In 2030", "A 1996 law"
    line_start = text.rfind("\n", 0, word_start) + 1
    line_end = text.find("\n", start)
    before = _TOKEN.findall(text, max(line_start, word_start - 60), word_start)[-4:]
    after = _TOKEN.findall(text, start, min(start + 60, line_end if line_end != -1 else len(text)))[1:5]
    return any(token[0].islower() for token in before + after)  # running text, not a headline


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    return start


def _allowed(rule: Rule, match: re.Match[str], text: str) -> bool:
    words = lexicon()
    start, end = match.span()
    for group in rule.capitalized:
        group_start = match.start(group)
        if group_start >= 0 and not text[group_start].isupper():
            return False
    if rule.before_lower_case:
        after = _WORDS_AFTER.match(text, end, min(len(text), end + 40))
        if after is not None and after.group(1)[:1].isupper():
            return False
    if rule.not_after_name and _after_a_name(text, start):
        return False
    if rule.unless_pattern is not None and rule.unless_pattern.search(text[max(0, start - 40) : end].lower()):
        return False
    if rule.only_after is not None:
        preceding = text[max(0, start - 40) : start].lower()
        if rule.only_after.search(preceding) is None:
            return False
    if rule.unless_before is not None:
        before = _word_before(text, start)
        if before is not None and words.lookup(rule.unless_before, before) is not None:
            return False
    if rule.unless_after is not None:
        after = _WORDS_AFTER.match(text, end, min(len(text), end + 40))
        if after is not None:
            first, second = after.groups()
            phrases = [first] + ([f"{first} {second}"] if second else [])
            if any(words.lookup(rule.unless_after, phrase) is not None for phrase in phrases):
                return False
    if rule.ambiguous is not None and rule.context is not None:
        for name, value in match.groupdict().items():
            if value is None or words.lookup(rule.ambiguous, value) is None:
                continue
            before = _word_before(text, match.start(name))
            if before is None or words.lookup(rule.context, before) is None:
                return False
    return True


def _mention(
    text: str,
    rule: Rule,
    match: re.Match[str],
    reference: dt.date | None,
    anchor: str | None,
    quarter: str | None = None,
    day_anchor: str | None = None,
) -> TimeMention | None:
    start, end = match.span()
    tense_of = functools.partial(tense_at, text, start, end)
    context = Context(reference, tense_of, anchor, day_anchor=day_anchor, quarter=quarter)
    normalized = NORMALIZERS[rule.kind](_groups(match, text), context)
    if normalized is None:
        return None
    kind = rule.type or normalized.type
    if kind == "TIME" and "T" not in normalized.value:
        kind = "DATE"
    when = _when(kind, normalized, rule.mod)
    if kind in ("DATE", "TIME") and when is None:
        return None
    return TimeMention(
        start=start,
        end=end,
        text=text[start:end],
        type=kind,
        value=normalized.value,
        mod=normalized.mod or rule.mod,
        when=when,
        rule=f"{rule.name}: {normalized.explanation}",
    )


def _when(kind: str, normalized: Normalized, rule_mod: str | None) -> When | None:
    if kind not in ("DATE", "TIME"):
        return None
    value = normalized.value
    if _PART_OF_DAY.search(value):
        value = value[: value.index("T")]  # "Sunday evening" happens on the Sunday: no time of day
    return _parsed_when(value, normalized.mod or rule_mod)


@functools.lru_cache(maxsize=4096)
def _parsed_when(value: str, mod: str | None) -> When | None:
    try:
        return When.from_timex(value, mod)
    except InvalidTimexError:
        return None
