"""Who is who across reports: one key per person or organization, however spelled.

Reports name the same person as ``Tokaev``, ``Kassym Jomart Tokayev`` or
``President Tokayev``. Offices and honorifics in front of a name are
dropped (the words are data, in ``data/names.json``), then the gazetteer
resolves aliases and near spellings (rapidfuzz) to the canonical name.
Names the gazetteer does not know keep their own spelling; their key
ignores case, accents, spaces and hyphens, so ``Zou Jia-yi`` and
``Zou Jiayi`` are still one person.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from timeline.gazetteer import KnownOrganization, find_organization, find_person, name_key
from timeline.model import Organization, Participant, Person

_ACRONYM_IN_NAME = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]{1,11})\)\s*$")


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("timeline.merge").joinpath("data/names.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def title_words() -> frozenset[str]:
    """Words of offices and honorifics that precede names in the news."""
    return frozenset(_data()["title_words"])


def name_examples() -> list[dict[str, str]]:
    """The data file's examples: a name as written and the person it denotes."""
    examples: list[dict[str, str]] = _data()["examples"]
    return examples


def _is_title(word: str) -> bool:
    return name_key(word) in title_words()


def _after_last_title(name: str) -> str:
    """The words after the last office word (``AIIB President Zou Jiayi`` -> ``Zou Jiayi``)."""
    words = name.split(",")[0].split()
    last = max((i for i, word in enumerate(words) if _is_title(word)), default=-1)
    return " ".join(words[last + 1 :]) if last < len(words) - 1 else " ".join(words)


def _without_titles(name: str) -> str:
    """`name` without the office in front of it, keeping at least two words of an unknown name.

    ``Minister Sultan Yevgulan`` keeps ``Sultan``: a word that can be a
    title is also a first name.
    """
    after = _after_last_title(name)
    if len(after.split()) >= 2:
        return after
    words = name.split(",")[0].split()
    first = 0
    while first < len(words) - 2 and _is_title(words[first]):
        first += 1
    return " ".join(words[first:])


@functools.lru_cache(maxsize=262144)
def person_name(name: str) -> str:
    """The canonical spelling of the person `name` refers to (or the name without its office)."""
    bare = _without_titles(name)
    for candidate in (name, bare, _after_last_title(name)):
        found = find_person(candidate) if candidate.strip() else None
        if found is not None:
            return found.name
    return bare if bare.strip() else " ".join(name.split())


@functools.lru_cache(maxsize=262144)
def person_key(name: str) -> str:
    """A key equal for every spelling of one person's name."""
    return "p:" + name_key(person_name(name)).replace(" ", "")


@functools.lru_cache(maxsize=65536)
def known_organization(name: str, acronym: str | None) -> KnownOrganization | None:
    """The organization the gazetteer knows under any of these spellings, or None."""
    found = _ACRONYM_IN_NAME.search(name)
    spellings = [name, _ACRONYM_IN_NAME.sub("", name).strip(), acronym, found.group(1) if found else None]
    for spelling in spellings:
        if spelling:
            known = find_organization(spelling)
            if known is not None:
                return known
    return None


@functools.lru_cache(maxsize=65536)
def organization_key(name: str, acronym: str | None) -> str:
    """A key equal for an organization's full name with its acronym and the acronym alone."""
    known = known_organization(name, acronym)
    if known is not None:
        return "o:" + name_key(known.name).replace(" ", "")
    found = _ACRONYM_IN_NAME.search(name)
    short = acronym or (found.group(1) if found else None)
    if short is None and re.fullmatch(r"[A-Z][A-Z0-9&]{1,11}", name.strip()):
        short = name.strip()
    return "o:" + name_key(short if short else name).replace(" ", "")


def participant_key(participant: Participant) -> str:
    """The identity of a person or organization across reports."""
    if isinstance(participant, Person):
        return person_key(participant.name)
    return organization_key(participant.name, participant.acronym)


def canonical_participant(participant: Participant) -> Participant:
    """The participant under its canonical name and, where the gazetteer knows it, acronym."""
    if isinstance(participant, Person):
        canonical = person_name(participant.name)
        if canonical != participant.name:
            found = find_person(canonical)
            country = participant.country or (found.country if found else None)
            return Person(name=canonical, title=participant.title, country=country)
        return participant
    known = known_organization(participant.name, participant.acronym)
    if known is None or (known.name, known.acronym) == (participant.name, participant.acronym):
        return participant
    return Organization(
        name=known.name,
        acronym=known.acronym or participant.acronym,
        country=participant.country or known.country,
        international=participant.international or known.international,
    )


def is_person_key(key: str) -> bool:
    """True for the key of a person (not of an organization)."""
    return key.startswith("p:")
