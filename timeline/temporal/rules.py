"""The rules of ``data/rules.toml``: a pattern, a kind of normalization, examples.

Patterns are written with placeholders for lexicon tables and shared macros
(see the head of ``rules.toml``); this module expands and compiles them once.
"""

from __future__ import annotations

import functools
import importlib
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from timeline.temporal.lexicon import Lexicon, lexicon

KINDS = frozenset(
    {
        "calendar",
        "relative",
        "anchored",
        "period",
        "holiday",
        "duration",
        "day",
        "clock",
        "vague",
        "set",
        "range",
        "beside",
    }
)
# Kinds whose value depends on the dates mentioned before the expression.
ANCHORED_KINDS = frozenset({"anchored", "period", "clock"})
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})

_PLACEHOLDER = re.compile(r"\{(=?)([a-z_]+?)(\d*)(?::([a-z_]+))?\}")
# Before and after a match: not inside a word, a hyphenated word, a number or an amount of money.
OPEN = r"(?<![\w$£€¥])(?<![0-9][.,:/])"
# An upper-case letter that is not part of an escape (\d, \S, \W...): patterns must be lower case.
_UPPER = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")
_CLOSE = r"(?![\w%])(?![.,][0-9])(?!-[a-z])"
_NAMED_GROUP = re.compile(r"\(\?P<[a-z_0-9]+>")
# Trigger patterns are only searched in texts with a digit: each must start with one.
_DIGIT_START = re.compile(r"\[[0-9-]+\]")


@attrs.frozen(slots=True, kw_only=True)
class Example:
    """A text and the time expression the rule must find in it."""

    text: str
    reference: str | None
    value: str
    type: str
    mod: str | None
    span: str


@attrs.frozen(slots=True, kw_only=True, eq=False)
class Rule:
    """One pattern of time expression and how to normalize what it captures."""

    name: str
    kind: str
    type: str | None
    mod: str | None
    pattern: re.Pattern[str]
    # the pattern without its named groups, to be joined with others ("any rule matches here")
    bare: str
    # the characters a match can start with (None: any), to skip the rule at once elsewhere
    first: frozenset[str] | None
    capitalized: frozenset[str]
    triggers: tuple[str, ...]
    reach: tuple[int, int]
    unless_before: str | None
    unless_after: str | None
    # the word after the match must not be capitalized (a name: "the daily Granma")
    before_lower_case: bool
    # the match must not come right after a capitalized word of running text: a number there is part of
    # a name ("Vision 2030", "a venture called Orion 1980")
    not_after_name: bool
    unless_pattern: re.Pattern[str] | None
    # the match must come right after text this pattern matches ("April 24 and" before "25")
    only_after: re.Pattern[str] | None
    ambiguous: str | None
    context: str | None
    order: int
    examples: tuple[Example, ...]


# How many characters a match may reach before and after its trigger, unless a rule says.
DEFAULT_REACH = (40, 36)


def _reach(name: str, value: Any) -> tuple[int, int]:
    if not (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and v >= 0 for v in value)
    ):
        raise RuleError(f"rule {name!r}: reach is [characters before, characters after]")
    return int(value[0]), int(value[1])


class RuleError(ValueError):
    """A rule in the data files that cannot be used (a bug in the data, not in the input text)."""


def expand(pattern: str, macros: Mapping[str, str], words: Lexicon) -> tuple[str, frozenset[str]]:
    """`pattern` with its placeholders replaced by groups, macros and table alternations.

    Also returns the groups holding words of a capitalized table (months, weekdays).
    """
    seen: dict[str, int] = {}
    capitalized: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        silent, base, digits, source = match.groups()
        name = base + digits
        source = source or base
        body = _source(source, macros, words)
        if silent:
            return f"(?:{body})"
        seen[name] = seen.get(name, 0) + 1
        group = name if seen[name] == 1 else f"{name}__{seen[name]}"
        if source in words.capitalized and source not in macros:
            capitalized.add(group)
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(replace, _spaces(pattern)), frozenset(capitalized)


def _spaces(pattern: str) -> str:
    """A space outside a character class is white space: one or more, or as a quantifier after it says."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if char == " " and not in_class and not escaped:
            out.append(r"\s")
            continue
        if out and out[-1] == r"\s" and char not in "?*+":
            out[-1] = r"\s+"
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
    if out and out[-1] == r"\s":
        out[-1] = r"\s+"
    return "".join(out)


def _source(name: str, macros: Mapping[str, str], words: Lexicon) -> str:
    if name in macros:
        return _PLACEHOLDER.sub(lambda m: f"(?:{words.alternation(m.group(2) + m.group(3))})", macros[name])
    return words.alternation(name)


def _example(rule: str, data: Mapping[str, Any]) -> Example:
    try:
        return Example(
            text=data["text"],
            reference=data.get("reference"),
            value=data["value"],
            type=data.get("type", "DATE"),
            mod=data.get("mod"),
            span=data.get("span", data["text"]),
        )
    except KeyError as error:
        raise RuleError(f"rule {rule!r}: an example without {error}") from None


def _rule(
    order: int,
    data: Mapping[str, Any],
    macros: Mapping[str, str],
    trigger_patterns: Mapping[str, re.Pattern[str]],
    words: Lexicon,
) -> Rule:
    name = data.get("name", f"rule {order}")
    kind = data.get("kind")
    if kind not in KINDS:
        raise RuleError(f"rule {name!r}: unknown kind {kind!r}")
    if data.get("type") is not None and data["type"] not in TYPES:
        raise RuleError(f"rule {name!r}: unknown type {data['type']!r}")
    for key in ("unless_before", "unless_after", "ambiguous", "context"):
        if data.get(key) is not None:
            words.table(data[key])
    if _UPPER.search(data["pattern"]):
        raise RuleError(f"rule {name!r}: patterns match lower-cased text; write them in lower case")
    triggers = tuple(data.get("triggers", ()))
    if not triggers:
        raise RuleError(f"rule {name!r}: no triggers")
    for trigger in triggers:
        if trigger not in trigger_patterns:
            words.table(trigger)
    try:
        expanded, capitalized = expand(data["pattern"], macros, words)
        pattern = re.compile(OPEN + "(?:" + expanded + ")" + _CLOSE)
    except (re.error, KeyError) as error:
        raise RuleError(f"rule {name!r}: bad pattern: {error}") from None
    return Rule(
        name=name,
        kind=kind,
        type=data.get("type"),
        mod=data.get("mod"),
        pattern=pattern,
        bare=_first_character_test(expanded) + _NAMED_GROUP.sub("(?:", "(?:" + expanded + ")" + _CLOSE),
        first=first_characters(expanded),
        capitalized=capitalized,
        triggers=triggers,
        reach=_reach(name, data.get("reach", DEFAULT_REACH)),
        unless_before=data.get("unless_before"),
        unless_pattern=re.compile(data["unless_pattern"]) if data.get("unless_pattern") else None,
        only_after=_only_after(name, data.get("only_after"), macros, words),
        unless_after=data.get("unless_after"),
        before_lower_case=bool(data.get("before_lower_case", False)),
        not_after_name=bool(data.get("not_after_name", False)),
        ambiguous=data.get("ambiguous"),
        context=data.get("context"),
        order=order,
        examples=tuple(_example(name, example) for example in data.get("examples", ())),
    )


def _only_after(
    name: str, pattern: str | None, macros: Mapping[str, str], words: Lexicon
) -> re.Pattern[str] | None:
    if not pattern:
        return None
    try:
        expanded, _capitalized = expand(pattern, macros, words)
        return re.compile(r"\b(?:" + expanded + r")\Z")
    except (re.error, KeyError) as error:
        raise RuleError(f"rule {name!r}: bad only_after pattern: {error}") from None


def _first_character_test(pattern: str) -> str:
    """A look ahead for the characters a match of `pattern` can start with ("" when any can).

    Joined with others, a pattern is then given up at once where its first character cannot be,
    instead of after trying its alternatives one by one: a search for any of many rules at every
    word of a window is mostly such failures.
    """
    characters = first_characters(pattern)
    if characters is None:
        return ""
    return "(?=[" + "".join(re.escape(char) for char in sorted(characters)) + "])"


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when any can (or it can be empty)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        characters, empty = _first_characters(parser.parse(pattern).data, parser)
    except (ImportError, AttributeError, TypeError, ValueError):
        return None  # another Python's parser: no test, the same matches
    if characters is None or empty:
        return None
    return frozenset(chr(code) for code in characters)


def _first_characters(items: Any, parser: Any) -> tuple[set[int] | None, bool]:
    """The first characters a sequence of parsed items can match (None: any), and whether it can match
    nothing at all. Assertions and anchors are passed over: that can only allow more characters."""
    constants = parser  # the parser re-exports the opcodes
    found: set[int] = set()
    for op, argument in items:
        if op is constants.LITERAL:
            return found | {argument}, False
        if op is constants.IN:
            codes: set[int] = set()
            for item_op, item in argument:
                if item_op is constants.LITERAL:
                    codes.add(item)
                elif item_op is constants.RANGE:
                    codes.update(range(item[0], item[1] + 1))
                else:
                    return None, False
            return found | codes, False
        if op is constants.BRANCH:
            empty = False
            for alternative in argument[1]:
                first, can_be_empty = _first_characters(alternative.data, parser)
                if first is None:
                    return None, False
                found |= first
                empty |= can_be_empty
            if not empty:
                return found, False
        elif op is constants.SUBPATTERN or op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            inner = argument[-1].data
            first, can_be_empty = _first_characters(inner, parser)
            if first is None:
                return None, False
            found |= first
            if not can_be_empty and (op is constants.SUBPATTERN or argument[0] > 0):
                return found, False
        elif op not in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            return None, False
    return found, True


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("timeline.temporal").joinpath("data/rules.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def filters() -> tuple[re.Pattern[str], ...]:
    """Spans of text where no time expression may be: phone numbers, sums of money, identifiers."""
    return tuple(re.compile(pattern) for pattern in _data().get("filters", {}).get("not_inside", ()))


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule shipped with the library, in file order."""
    data = _data()
    macros = data.get("macros", {})
    words = lexicon()
    patterns = triggers()
    return tuple(_rule(order, rule, macros, patterns, words) for order, rule in enumerate(data["rules"]))


@functools.cache
def triggers() -> dict[str, re.Pattern[str]]:
    """The trigger patterns of the rules, by name (the other triggers are lexicon tables)."""
    found = _data().get("triggers", {})
    for name, pattern in found.items():
        if not _DIGIT_START.match(pattern):
            raise RuleError(f"trigger {name!r}: a trigger pattern starts with a digit class like [0-9]")
    return {name: re.compile(pattern) for name, pattern in found.items()}
