"""The extraction's language knowledge, read once from the JSON files in ``data/``."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from timeline.extraction.scanning import character_class, opening_characters, opens_at_word_boundary


def load_data(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>`` file of this package."""
    text = resources.files("timeline.extraction").joinpath(f"data/{name}").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, longest first, built as a trie.

    A plain alternation of a thousand names tries every branch at every
    position; the trie shares prefixes, so a position costs one branch per
    character.
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def render(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?"
        return body

    return render(trie)


def starts_with_one_of(words: Iterable[str]) -> str:
    """A lookahead for the first letters of `words`: put before a regex that must begin with one of them, it
    rejects the other positions of a text before the regex's alternatives are tried."""
    return "(?=[" + re.escape("".join(sorted({word[0] for word in words if word}))) + "])"


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the given regex patterns."""
    alternation = "|".join(f"(?:{p})" for p in patterns)
    # `re` tries every branch at every position of a window; a word boundary every branch opens with, and
    # a lookahead for the characters a match can begin with, turn most positions away in a step or two and
    # match exactly the same
    guard = r"\b" if opens_at_word_boundary(alternation, re.IGNORECASE) else ""
    characters = opening_characters(alternation, re.IGNORECASE)
    if characters is not None and len(characters) <= _MOST_OPENING_CHARACTERS:
        guard += f"(?={character_class(characters)})"
    return re.compile(f"{guard}(?:{alternation})" if guard else alternation, re.IGNORECASE)


# With more characters than this, the lookahead turns too few positions away to pay for itself.
_MOST_OPENING_CHARACTERS = 60


@attrs.frozen(slots=True, kw_only=True)
class TriggerRule:
    """One way of writing an event word, from ``data/triggers.json``."""

    kind: str
    pattern: str
    form: str
    needs: str | None
    cameo: str | None
    medium: str | None
    label: str | None


@functools.cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    return tuple(
        TriggerRule(
            kind=entry["kind"],
            pattern=entry["pattern"],
            form=entry["form"],
            needs=entry.get("needs"),
            cameo=entry.get("cameo"),
            medium=entry.get("medium"),
            label=entry.get("label"),
        )
        for entry in load_data("triggers.json")["triggers"]
    )


@functools.cache
def _cue_data() -> dict[str, Any]:
    return load_data("cues.json")


def fragment(name: str) -> str:
    """The word list `name` of the ``fragments`` of ``data/cues.json``, as a regular expression to build into
    a larger one."""
    words: str = _cue_data()["fragments"][name]
    return words


@functools.cache
def cue(name: str) -> re.Pattern[str]:
    """The compiled cue list `name` of ``data/cues.json`` (planned, cancelled, speech...); ``@fragment@``
    stands for a word list the file's ``fragments`` share between cues."""
    data = _cue_data()
    fragments: dict[str, str] = data["fragments"]
    patterns: list[str] = []
    for pattern in data[name]:
        for fragment, words in fragments.items():
            pattern = pattern.replace(f"@{fragment}@", words)
        patterns.append(pattern)
    return any_of(patterns)


@functools.cache
def non_event_regex(ignore_case: bool) -> re.Pattern[str]:
    """Phrases whose first non-None group is an event word that reports no event (the phrases are written in
    lower case: without `ignore_case` they match a lower-cased text)."""
    patterns = load_data("non_events.json")["patterns"]
    return re.compile(word_start_alternation(patterns), re.IGNORECASE if ignore_case else re.NOFLAG)


def word_start_alternation(patterns: Iterable[str]) -> str:
    """One regex matching any of `patterns`; those that begin at a word start (`\\b` then a word character)
    share one test of it, which rejects most positions of a text before any alternative is tried."""
    at_word: list[str] = []
    elsewhere: list[str] = []
    for pattern in patterns:
        if pattern.startswith(_WORD_START):
            at_word.append(f"(?:{pattern.removeprefix(_WORD_START)})")
        else:
            elsewhere.append(f"(?:{pattern})")
    shared = [rf"(?=\w)\b(?:{'|'.join(at_word)})"] if at_word else []
    return "|".join([*shared, *elsewhere])


_WORD_START = r"\b"


@attrs.frozen(slots=True, kw_only=True)
class Title:
    """An office from ``data/titles.json``, under its canonical spelling."""

    title: str
    rank: str


@functools.cache
def _title_data() -> dict[str, Any]:
    return load_data("titles.json")


@functools.cache
def titles() -> dict[str, Title]:
    """Every spelling of an office (as written, and in lower case) -> the office."""
    table: dict[str, Title] = {}
    for entry in _title_data()["titles"]:
        title = Title(title=entry["title"], rank=entry["rank"])
        for spelling in (entry["title"], *entry.get("aliases", ())):
            table.setdefault(spelling, title)
            table.setdefault(spelling.lower(), title)
    return table


@functools.cache
def title_modifiers() -> tuple[str, ...]:
    modifiers: list[str] = _title_data()["modifiers"]
    return tuple(modifiers)


@functools.cache
def roles() -> dict[str, frozenset[str]]:
    """Nouns that refer back to a named person ('the leader') -> the ranks they can mean."""
    return {
        role: frozenset(ranks)
        for role, ranks in _title_data()["roles"].items()
        if role != "about" and isinstance(ranks, list)
    }
