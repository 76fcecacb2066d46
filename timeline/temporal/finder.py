"""`find_times`: every time expression in a text, normalized against a reference date."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.model import InvalidTimexError, When
from timeline.temporal.lexicon import lexicon
from timeline.temporal.mention import TimeMention
from timeline.temporal.normalize import NORMALIZERS, Context, Normalized
from timeline.temporal.rules import ANCHORED_KINDS, Rule, filters, rules
from timeline.temporal.tense import tense_at

_WORD_BEFORE = re.compile(r"(?:([\w'’]+)(-)?|(-))\s*$")
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
    blocked = _blocked(text)
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for rule in rules():
        for match in rule.pattern.finditer(text):
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
        if mention.type in ("DATE", "TIME") and _ANCHOR_VALUE.match(mention.value):
            anchor = mention.value
    return mentions


def _blocked(text: str) -> bytearray:
    """1 for every character inside a span where no time expression may be (a phone number, money)."""
    blocked = bytearray(len(text))
    for pattern in filters():
        for match in pattern.finditer(text):
            blocked[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return blocked


def _groups(match: re.Match[str]) -> dict[str, str]:
    groups: dict[str, str] = {"whole": match.group()}
    for name, value in match.groupdict().items():
        if value is not None:
            groups.setdefault(_GROUP_SUFFIX.sub("", name), value)
    return groups


def _word_before(text: str, position: int) -> str | None:
    found = _WORD_BEFORE.search(text, max(0, position - 40), position)
    if found is None:
        return None
    word, hyphen, lone = found.groups()
    if lone or hyphen:
        return "-"
    return word


def _allowed(rule: Rule, match: re.Match[str], text: str) -> bool:
    words = lexicon()
    start, end = match.span()
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
    normalized = NORMALIZERS[rule.kind](_groups(match), context)
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
        text=match.group(),
        type=kind,
        value=normalized.value,
        mod=normalized.mod or rule.mod,
        when=when,
        rule=f"{rule.name}: {normalized.explanation}",
    )


def _when(kind: str, normalized: Normalized, rule_mod: str | None) -> When | None:
    if kind not in ("DATE", "TIME"):
        return None
    try:
        return When.from_timex(normalized.value, normalized.mod or rule_mod)
    except InvalidTimexError:
        return None
