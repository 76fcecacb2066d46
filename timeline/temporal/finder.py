"""`find_times`: every time expression in a text, normalized against a reference date."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.model import InvalidTimexError, When
from timeline.temporal.lexicon import lexicon, trigger_words
from timeline.temporal.mention import TimeMention
from timeline.temporal.normalize import NORMALIZERS, Context, Normalized
from timeline.temporal.rules import ANCHORED_KINDS, Rule, filters, rules, triggers
from timeline.temporal.tense import tense_at

_WORD = re.compile(r"[a-z]+")
_SPACE = re.compile(r"\s")
_WORDS_AFTER = re.compile(r"\s*(%|[\w'’]+)(?:\s+([\w'’]+))?")
_GROUP_SUFFIX = re.compile(r"__\d+$")
# Dates later expressions can be counted from: a known year at least.
_ANCHOR_VALUE = re.compile(r"\d{4}(?:-|$)")


def find_times(text: str, reference: dt.date | None = None) -> list[TimeMention]:
    """Every time expression in `text`, in text order, normalized against `reference`.

    Where two candidate expressions overlap, the longer wins (then the rule
    listed first). With no reference, values that depend on it stay
    underspecified (``XXXX-02-09``, ``XXXX-WXX-1``).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    lowered = _lowered(text)
    blocked = _blocked(lowered)
    near = _Triggers(lowered)
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for rule in rules():
        for window_start, window_end in near.windows(rule.triggers, rule.reach):
            for match in rule.pattern.finditer(lowered, window_start, window_end):
                start, end = match.span()
                if end > start and blocked.find(1, start, end) == -1 and _allowed(rule, match, text):
                    candidates.append((-(end - start), rule.order, start, rule, match))
    candidates.sort(key=lambda candidate: candidate[:3])
    taken = bytearray(len(text))
    chosen: list[tuple[Rule, re.Match[str], TimeMention]] = []
    for _length, _order, start, rule, match in candidates:
        end = match.end()
        if taken.find(1, start, end) != -1:
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
    for rule, match, mention in chosen:
        if rule.kind in ANCHORED_KINDS:
            mention = _mention(text, rule, match, reference, anchor) or mention
        mentions.append(mention)
        # only dates read from the text itself anchor later ones: "a year earlier" twice is not two years
        if (
            rule.kind not in ANCHORED_KINDS
            and mention.type in ("DATE", "TIME")
            and _ANCHOR_VALUE.match(mention.value)
        ):
            anchor = mention.value
    return mentions


def _lowered(text: str) -> str:
    """`text` in lower case, letter for letter (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


class _Triggers:
    """Where the triggers of the rules occur in a lower-cased text, and the windows around them."""

    def __init__(self, lowered: str) -> None:
        self._text = lowered
        self._word_spans = self._find_words(lowered)
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._windows: dict[tuple[tuple[str, ...], tuple[int, int]], list[tuple[int, int]]] = {}

    @staticmethod
    def _find_words(text: str) -> dict[str, list[tuple[int, int]]]:
        """Every whole-word occurrence of every trigger word present in `text`."""
        found: dict[str, list[tuple[int, int]]] = {}
        for word in frozenset(_WORD.findall(text)) & _trigger_vocabulary():
            spans = []
            position = text.find(word)
            while position != -1:
                end = position + len(word)
                if not (position and text[position - 1].isalpha()) and not (
                    end < len(text) and text[end].isalpha()
                ):
                    spans.append((position, end))
                position = text.find(word, end)
            found[word] = spans
        return found

    def windows(self, names: tuple[str, ...], reach: tuple[int, int]) -> list[tuple[int, int]]:
        """Stretches of text, merged, reaching `reach` characters around every trigger in `names`."""
        key = (names, reach)
        if key not in self._windows:
            spans = sorted(span for name in names for span in self._occurrences(name))
            self._windows[key] = self._merge(spans, reach)
        return self._windows[key]

    def _merge(self, spans: list[tuple[int, int]], reach: tuple[int, int]) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        size = len(self._text)
        before, after = reach
        for start, end in spans:
            window_start = max(0, start - before)
            window_end = min(size, end + after)
            if windows and window_start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], window_end))
            else:
                windows.append((window_start, window_end))
        return [(start, self._word_end(end)) for start, end in windows]

    def _word_end(self, position: int) -> int:
        """`position` moved past the end of the word it falls in, so no match is cut short."""
        found = _SPACE.search(self._text, position)
        return found.start() if found else len(self._text)

    def _occurrences(self, name: str) -> list[tuple[int, int]]:
        if name not in self._found:
            pattern = triggers().get(name)
            if pattern is not None:
                self._found[name] = [match.span() for match in pattern.finditer(self._text)]
            else:
                words = trigger_words(lexicon(), name)
                self._found[name] = [
                    span for word, spans in self._word_spans.items() if word in words for span in spans
                ]
        return self._found[name]


@functools.cache
def _trigger_vocabulary() -> frozenset[str]:
    """The words of every lexicon table some rule is triggered by."""
    words = lexicon()
    tables = {name for rule in rules() for name in rule.triggers if name not in triggers()}
    return frozenset().union(*(trigger_words(words, name) for name in tables))


def _blocked(text: str) -> bytearray:
    """1 for every character inside a span where no time expression may be (a phone number, money)."""
    blocked = bytearray(len(text))
    for pattern in filters():
        for match in pattern.finditer(text):
            blocked[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return blocked


def _groups(match: re.Match[str], text: str) -> dict[str, str]:
    """The captured groups, read from the original text, alternatives ("day__2") under their name."""
    groups: dict[str, str] = {"whole": text[match.start() : match.end()]}
    for name, value in match.groupdict().items():
        if value is not None:
            groups.setdefault(_GROUP_SUFFIX.sub("", name), text[match.start(name) : match.end(name)])
    return groups


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


def _allowed(rule: Rule, match: re.Match[str], text: str) -> bool:
    words = lexicon()
    start, end = match.span()
    for group in rule.capitalized:
        group_start = match.start(group)
        if group_start >= 0 and not text[group_start].isupper():
            return False
    if rule.unless_pattern is not None and rule.unless_pattern.search(text[max(0, start - 40) : end].lower()):
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
    text: str, rule: Rule, match: re.Match[str], reference: dt.date | None, anchor: str | None
) -> TimeMention | None:
    start, end = match.span()
    context = Context(reference, functools.partial(tense_at, text, start, end), anchor)
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
    return _parsed_when(normalized.value, normalized.mod or rule_mod)


@functools.lru_cache(maxsize=4096)
def _parsed_when(value: str, mod: str | None) -> When | None:
    try:
        return When.from_timex(value, mod)
    except InvalidTimexError:
        return None
