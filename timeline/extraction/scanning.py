"""Faster whole-text scans by regexes that can start with few characters.

Python's `re` jumps quickly to the next possible match only when a pattern opens with a literal or a
character class; a pattern that opens with a lookbehind, a word boundary or a large alternation is tried at
every position of the text. `finditer` and `search` here find the same matches as the regex's own methods,
but first skip to the characters a match can begin with: a helper regex that opens with a class of those
characters checks the whole regex from there, and the regex itself then matches at the positions found.
"""

from __future__ import annotations

import array
import functools
import importlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

# The parser of `re`, to read which characters a pattern can begin with (no public interface offers it)
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")

# Flags the helper regex reproduces; a regex with other flags is scanned as it is.
_HANDLED_FLAGS = re.IGNORECASE | re.UNICODE

_NOT_WORD_CATEGORIES = frozenset(
    {
        _constants.CATEGORY_SPACE,
        _constants.CATEGORY_UNI_SPACE,
        _constants.CATEGORY_NOT_WORD,
        _constants.CATEGORY_UNI_NOT_WORD,
    }
)

# A class of more characters than this makes the skipping too rare to pay for the second regex.
_MOST_CHARACTERS = 200


def finditer(
    regex: re.Pattern[str], text: str, position: int = 0, end: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text, position, end)``."""
    finder = _finder(regex)
    if finder is None:
        yield from regex.finditer(text, position, end)
        return
    while (hit := finder.search(text, position, end)) is not None:
        match = regex.match(text, hit.start(), end)
        assert match is not None and match.end() > match.start()
        yield match
        position = match.end()


def search(
    regex: re.Pattern[str], text: str, position: int = 0, end: int = sys.maxsize
) -> re.Match[str] | None:
    """The match of ``regex.search(text, position, end)``."""
    finder = _finder(regex)
    if finder is None:
        return regex.search(text, position, end)
    hit = finder.search(text, position, end)
    return None if hit is None else regex.match(text, hit.start(), end)


@functools.cache
def _finder(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex matching one character where `regex` matches, and opening with a character class; None when
    `regex` could begin with too many characters (or with nothing) for it to help."""
    if regex.flags & ~_HANDLED_FLAGS or _opens_with_literal(regex):
        return None
    characters = opening_characters(regex.pattern, regex.flags)
    if not characters or len(characters) > _MOST_CHARACTERS:
        return None
    body = f"(?i:{regex.pattern})" if regex.flags & re.IGNORECASE else f"(?:{regex.pattern})"
    # the class takes the character; the lookbehind steps back onto it to try the regex from there
    try:
        return re.compile(rf"{character_class(characters)}(?<=(?={body})[\s\S])")
    except re.error:
        return None


def _opens_with_literal(regex: re.Pattern[str]) -> bool:
    """Whether `regex` opens with a character written as it is: `re` then finds its openings by itself, faster
    than a helper regex."""
    if regex.flags & re.IGNORECASE:
        return False
    try:
        items = _parser.parse(regex.pattern, regex.flags).data
    except (re.error, RecursionError):
        return False
    return bool(items) and items[0][0] is _constants.LITERAL


def finditer_first(regexes: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of several regexes as their alternation finds them: leftmost first, the earlier regex on a
    tie, none overlapping one found before. Split by opening, an alternation can skip to each part's
    openings instead of stopping wherever any part could begin ('the president of ...' at every 't')."""
    found = sorted(
        (match.start(), order, match)
        for order, regex in enumerate(regexes)
        for match in finditer(regex, text)
    )
    end = -1
    for start, _order, match in found:
        if start >= end:
            yield match
            end = match.end()


def opening_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can begin with; None when they are not known or the pattern can
    match nothing."""
    if flags & ~_HANDLED_FLAGS:
        return None
    try:
        first = _first_characters(_parser.parse(pattern, flags).data, bool(flags & re.IGNORECASE))
    except (re.error, RecursionError):
        return None
    if first is None or first[1]:
        return None
    exact, any_case = first[0]
    return frozenset(exact | _case_variants(frozenset(any_case)))


def opening_pairs(pattern: str) -> frozenset[str] | None:
    """The first two characters of every match of `pattern` that begins a word (a case-sensitive pattern),
    or the first alone where the second is not known or the match is one character long; None when the
    first is not known or the pattern can match nothing."""
    try:
        openings = _openings(_parser.parse(pattern).data)
    except (re.error, RecursionError):
        return None
    pairs: set[str] = set()
    for opening in openings:
        if not opening or opening[0] == _UNKNOWN:
            return None
        if opening[0] != _NOT_WORD:  # no word begins with a space
            pairs.add(opening if _UNKNOWN not in opening and _NOT_WORD not in opening else opening[0])
    return frozenset(pairs)


# Stand-ins for a character of a class in `_openings`: one that is no word character, and any other.
_NOT_WORD = "\x00"
_UNKNOWN = "\x01"
_PAIR = 2


def _openings(items: list[tuple[Any, Any]]) -> set[str]:
    """The first two characters of the matches of the parsed pattern `items` (fewer for shorter ones)."""
    openings = {""}
    for op, argument in items:
        if all(len(opening) == _PAIR for opening in openings):
            break
        following = _item_openings(op, argument)
        openings = {
            opening if len(opening) == _PAIR else (opening + then)[:_PAIR]
            for opening in openings
            for then in following
        }
    return openings


def _item_openings(op: Any, argument: Any) -> set[str]:
    if op is _constants.LITERAL:
        return {chr(argument)}
    if op is _constants.IN:
        characters = _class_characters(argument)
        if characters is not None:
            return characters
        if all(op is _constants.CATEGORY and value in _NOT_WORD_CATEGORIES for op, value in argument):
            return {_NOT_WORD}
        return {_UNKNOWN}
    if op is _constants.BRANCH:
        return {opening for branch in argument[1] for opening in _openings(branch.data)}
    if op is _constants.SUBPATTERN and not argument[1] and not argument[2]:
        return _openings(argument[3].data)
    if op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT or op is _constants.POSSESSIVE_REPEAT:
        minimum, maximum, pattern = argument
        once = _openings(pattern.data)
        repeated, openings = {""}, set()
        for count in range(min(maximum, _PAIR) + 1):
            if count >= min(minimum, _PAIR):
                openings |= repeated
            repeated = {r if len(r) == _PAIR else (r + o)[:_PAIR] for r in repeated for o in once}
        return openings
    if op is _constants.AT or op is _constants.ASSERT or op is _constants.ASSERT_NOT:
        return {""}
    return {_UNKNOWN}


def character_class(characters: frozenset[str] | set[str]) -> str:
    """A regex character class of `characters`."""
    return "[" + "".join(_in_class(c) for c in sorted(characters)) + "]"


def _in_class(character: str) -> str:
    return "\\" + character if character in "\\]^-[" else character


# (characters matched as written, characters matched in any case), and whether the pattern can match empty
_Firsts = tuple[tuple[set[str], set[str]], bool]


def opens_at_word_boundary(pattern: str, flags: int = 0) -> bool:
    """Whether every match of `pattern` begins with a word boundary (``\\b`` opens every branch)."""
    try:
        return _opens_at_boundary(_parser.parse(pattern, flags).data)
    except (re.error, RecursionError):
        return False


def _opens_at_boundary(items: list[tuple[Any, Any]]) -> bool:
    for op, argument in items:
        if op is _constants.ASSERT or op is _constants.ASSERT_NOT:
            continue  # a lookaround stays where the boundary is tested
        if op is _constants.AT:
            return bool(argument is _constants.AT_BOUNDARY)
        if op is _constants.BRANCH:
            return all(_opens_at_boundary(branch.data) for branch in argument[1])
        if op is _constants.SUBPATTERN:
            return _opens_at_boundary(argument[3].data)
        return False
    return False


def _first_characters(items: list[tuple[Any, Any]], ignore_case: bool) -> _Firsts | None:
    """The characters a match of the parsed pattern `items` can begin with; None when unknown or too many."""
    exact: set[str] = set()
    any_case: set[str] = set()
    for op, argument in items:
        if op is _constants.AT or op is _constants.ASSERT or op is _constants.ASSERT_NOT:
            continue  # takes no character
        if op is _constants.LITERAL:
            (any_case if ignore_case else exact).add(chr(argument))
            return (exact, any_case), False
        if op is _constants.IN:
            characters = _class_characters(argument)
            if characters is None:
                return None
            (any_case if ignore_case else exact).update(characters)
            return (exact, any_case), False
        if op is _constants.BRANCH:
            branches = [_first_characters(branch.data, ignore_case) for branch in argument[1]]
            nullable = False
            for found in branches:
                if found is None:
                    return None
                exact |= found[0][0]
                any_case |= found[0][1]
                nullable = nullable or found[1]
        else:
            nested = _nested(op, argument, ignore_case)
            if nested is None:
                return None  # any character, a category, a back reference...
            inside, inside_case, optional = nested
            found = _first_characters(inside, inside_case)
            if found is None:
                return None
            exact |= found[0][0]
            any_case |= found[0][1]
            nullable = optional or found[1]
        if not nullable:
            return (exact, any_case), False
    return (exact, any_case), True


def _nested(op: Any, argument: Any, ignore_case: bool) -> tuple[list[tuple[Any, Any]], bool, bool] | None:
    """The pattern inside a group or repeat, whether it ignores case, and whether it may match nothing at all
    (a repeat that may run zero times); None for any other item."""
    if op is _constants.SUBPATTERN:
        _group, add_flags, del_flags, pattern = argument
        if (add_flags | del_flags) & ~_HANDLED_FLAGS:
            return None
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return pattern.data, case, False
    if op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT or op is _constants.POSSESSIVE_REPEAT:
        minimum, _maximum, pattern = argument
        return pattern.data, ignore_case, minimum == 0
    if op is _constants.ATOMIC_GROUP:
        return argument.data, ignore_case, False
    return None


def _class_characters(items: list[tuple[Any, Any]]) -> set[str] | None:
    characters: set[str] = set()
    for op, argument in items:
        if op is _constants.LITERAL:
            characters.add(chr(argument))
        elif op is _constants.RANGE and argument[1] - argument[0] < _MOST_CHARACTERS:
            characters.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            return None
    return characters


@functools.cache
def _case_variants(characters: frozenset[str]) -> set[str]:
    """Every character that `characters` match ignoring case, as `re` compares them."""
    if not characters:
        return set()
    # the upper and lower case of each too, in case `re` compares a class differently from its letters
    related = characters | {case for c in characters for case in (c.lower(), c.upper()) if len(case) == 1}
    return set(related) | set(re.findall(character_class(related), _every_character(), re.IGNORECASE))


@functools.cache
def _every_character() -> str:
    points = array.array("I", range(0xD800))
    points.extend(range(0xE000, 0x110000))
    return points.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
