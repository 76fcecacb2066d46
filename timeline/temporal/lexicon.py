"""The words of time expressions, loaded once from ``data/lexicon.toml``.

Each table maps lower-case words or phrases to what they mean (a month
number, a TIMEX3 modifier, ...). The rules refer to tables by name; this
module turns a table into a regular-expression alternation and looks up the
meaning of a matched word.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

_WHITESPACE = re.compile(r"\s+")


def _normal(word: str) -> str:
    return _WHITESPACE.sub(" ", word.replace("’", "'").strip().lower())


@attrs.frozen(slots=True, eq=False)
class Lexicon:
    """Every table of words, plus which tables need capitals and which words are abbreviations."""

    tables: Mapping[str, Mapping[str, Any]]
    capitalized: frozenset[str]
    abbreviations: frozenset[str]
    # words too common to mark where a phrase of a table may be ("the" of "the past"), and words
    # that mark one only when it has no rarer word ("year" of "every year")
    function_words: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()

    def table(self, name: str) -> Mapping[str, Any]:
        """The table `name`; a `KeyError` names a table the data does not define."""
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no lexicon table {name!r}") from None

    def lookup(self, name: str, word: str) -> Any:
        """What `word` means in table `name`, or None."""
        return _lookup(self, name, word)

    def alternation(self, name: str) -> str:
        """A regular expression matching any word of table `name` in lower case (longest first)."""
        return _alternation(self, name)


@functools.lru_cache(maxsize=65536)
def _lookup(lexicon: Lexicon, name: str, word: str) -> Any:
    key = _normal(word)
    table = lexicon.table(name)
    if key in table:
        return table[key]
    return table.get(key.rstrip("."))


@functools.cache
def _alternation(lexicon: Lexicon, name: str) -> str:
    return trie_alternation(_word_atoms(lexicon, word) for word in lexicon.table(name))


def _word_atoms(lexicon: Lexicon, word: str) -> tuple[tuple[str, ...], str]:
    """The regular expression of each character of `word`, and what must follow it."""
    atoms: list[str] = []
    for index, part in enumerate(word.split(" ")):
        if index:
            atoms.append(r"\s+")
        atoms.extend("['’]" if char == "'" else re.escape(char) for char in part)
    if word in lexicon.abbreviations:
        # "Jan" and "Sun" are names and words too: an abbreviation takes a period or a number ("Oct 7",
        # "7 Oct, 2011")
        return tuple(atoms), r"(?:\.|(?=,?\s+\d))"
    return tuple(atoms), ""


_END = ""


def trie_alternation(words: Iterable[tuple[Sequence[str], str]]) -> str:
    """One regular expression for many words (each a sequence of atoms, then what must follow).

    Words sharing a beginning share its test, so a position is rejected after a character or
    two instead of once per word; where one word begins another, the longer is tried first.
    """
    tree: dict[str, Any] = {}
    for atoms, after in words:
        node = tree
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = after
    return _branch(tree)


def _branch(node: dict[str, Any]) -> str:
    branches = [atom + _branch(child) for atom, child in node.items() if atom != _END]
    if _END in node:
        branches.append(node[_END])  # last: a longer word first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trigger_words(lexicon: Lexicon, name: str) -> frozenset[str]:
    """The words whose presence in a text marks a possible match of a word of table `name`."""
    return _trigger_words(lexicon, name)


@functools.cache
def _trigger_words(lexicon: Lexicon, name: str) -> frozenset[str]:
    words: set[str] = set()
    for entry in lexicon.table(name):
        parts = [part for part in re.split(r"[ '-]", entry.replace("’", "'")) if part]
        # every match of a phrase holds all its words: one marks it, the rarest ("per" of "per year")
        marking = (
            [part for part in parts if part not in lexicon.common_words]
            or [part for part in parts if part not in lexicon.function_words]
            or parts
        )
        words.add(max(reversed(marking), key=len))
    return frozenset(words | {word + "s" for word in words})  # "on Tuesdays"


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the library."""
    data = tomllib.loads(
        resources.files("timeline.temporal").joinpath("data/lexicon.toml").read_text("utf-8")
    )
    capitalized = frozenset(data.pop("capitalized")["tables"])
    abbreviation = data.pop("abbreviation")
    markers = data.pop("trigger_words")
    tables = {
        name: {_normal(word): meaning for word, meaning in table.items()} for name, table in data.items()
    }
    return Lexicon(
        tables=tables,
        capitalized=capitalized,
        abbreviations=frozenset(abbreviation["words"]),
        function_words=frozenset(markers["function_words"]),
        common_words=frozenset(markers["function_words"]) | frozenset(markers["common_words"]),
    )


def number_value(text: str) -> int | float | None:
    """The number a numeral means ("twenty-four", "1,700", "a couple of"); None for "several"."""
    words = lexicon()
    cleaned = _normal(text).replace(",", "")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned)
    except ValueError:
        pass
    whole = words.lookup("number", cleaned)
    if whole is not None:
        return None if whole == "X" else int(whole)
    total = 0
    for part in re.split(r"[- ]", cleaned):
        value = words.lookup("number", part)
        if not isinstance(value, int):
            return None
        total += value
    return total


_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)\Z", re.IGNORECASE)


def ordinal_pattern() -> str:
    """A regular expression for an ordinal in words or digits ("second", "twenty-fourth", "24th")."""
    return rf"(?:\d+(?:st|nd|rd|th)|{lexicon().alternation('ordinal')})"


def ordinal_value(text: str) -> int | None:
    """The number an ordinal means ("second" 2, "24th" 24); None for anything else."""
    digits = _ORDINAL_DIGITS.match(text.strip())
    if digits is not None:
        return int(digits.group(1))
    value = lexicon().lookup("ordinal", text)
    return value if isinstance(value, int) else None


def numbers_in(text: str) -> tuple[int, ...]:
    """Every number `text` names in digits or as an ordinal word, in order ("the second G20 summit": 2, 20;
    "twenty fourth session", as keys of names spell it: 24)."""
    return tuple(
        int(found.group("digits") or lexicon().lookup("ordinal", _HYPHEN_OR_SPACE.sub("-", found.group())))
        for found in _numbers().finditer(text)
    )


_HYPHEN_OR_SPACE = re.compile(r"[-\s]+")


@functools.cache
def _numbers() -> re.Pattern[str]:
    ordinal = lexicon().alternation("ordinal").replace(re.escape("-"), r"[-\s]")
    return re.compile(rf"(?P<digits>\d+)|\b{ordinal}\b", re.IGNORECASE)
