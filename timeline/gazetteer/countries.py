"""Country names, adjectives, demonyms and capitals, resolved to ISO 3166-1 alpha-3.

pycountry supplies the official and common names; ``data/countries.json``
adds what the news writes instead (``Kazakh``, ``Chinese``, ``Britain``,
``U.S.``) and each capital, so that ``Beijing said`` can be read as China.
"""

from __future__ import annotations

import functools
import re

import pycountry

from timeline.gazetteer._data import load_data
from timeline.gazetteer.people import name_key


@functools.cache
def _entries() -> dict[str, dict[str, list[str]]]:
    countries: dict[str, dict[str, list[str]]] = load_data("countries.json")["countries"]
    return countries


@functools.cache
def country_names() -> dict[str, str]:
    """Every name of a country (not adjectives or capitals) -> alpha-3, as written."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names.setdefault(name, country.alpha_3)
    for code, entry in _entries().items():
        for name in entry.get("names", ()):
            names[name] = code
    return names


@functools.cache
def country_adjectives() -> dict[str, str]:
    """Adjectives and demonyms (``Kazakh``, ``Chinese``) -> alpha-3."""
    return {
        adjective: code for code, entry in _entries().items() for adjective in entry.get("adjectives", ())
    }


@functools.cache
def capitals() -> dict[str, str]:
    """Capital cities (``Beijing``, ``Nur-Sultan``) -> the alpha-3 code of their country."""
    return {city: code for code, entry in _entries().items() for city in entry.get("capitals", ())}


@functools.cache
def _by_key() -> dict[str, str]:
    index: dict[str, str] = {}
    for table in (capitals(), country_adjectives(), country_names()):
        for text, code in table.items():
            index[name_key(text)] = code
    return index


def find_country(text: str) -> str | None:
    """The alpha-3 code a country name, adjective, demonym or capital refers to, or None."""
    key = name_key(text)
    if key.startswith("the "):
        key = key[4:]
    return _by_key().get(key)


@functools.cache
def states_described_as() -> dict[str, frozenset[str]]:
    """Words a story names a state by once it has named it ('the kingdom') -> the states whose official
    name holds that word's form ('Kingdom of Saudi Arabia')."""
    forms: dict[str, str] = load_data("countries.json")["descriptions"]["words"]
    return {
        word: frozenset(
            country.alpha_3
            for country in pycountry.countries
            if form in getattr(country, "official_name", "")
        )
        for word, form in forms.items()
    }


@functools.cache
def _region_members() -> dict[str, tuple[str, ...]]:
    members: dict[str, tuple[str, ...]] = {}
    for region in load_data("countries.json")["regions"]["regions"]:
        for name in region["names"]:
            members[name] = tuple(region["countries"])
    return members


@functools.cache
def region_pattern() -> str:
    """A regex of every spelling of a region the news names its states by ('Central Asia', 'South
    Caucasian'), the longest first."""
    return "|".join(re.escape(name) for name in sorted(_region_members(), key=len, reverse=True))


@functools.cache
def _region_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{region_pattern()})\b")


def region_countries(text: str) -> list[str]:
    """The states of the regions `text` names as a whole ('the five Central Asian countries'), in the order
    of the data, without repeats."""
    members = _region_members()
    codes: list[str] = []
    for match in _region_regex().finditer(text):
        codes.extend(code for code in members[match.group()] if code not in codes)
    return codes


@functools.cache
def shared_country_names() -> dict[str, tuple[str, ...]]:
    """Names two states share ('Congo') -> their codes, the one a bare mention means first."""
    names: dict[str, list[str]] = load_data("countries.json")["shared_names"]["names"]
    return {name: tuple(codes) for name, codes in names.items()}


def resolve_shared_name(written: str, named: set[str]) -> str | None:
    """The state a shared name means in a story that names the states `named` by names of their own: the
    one of its states the story names alone, else the first."""
    codes = shared_country_names().get(written)
    if codes is None:
        return None
    in_story = [code for code in codes if code in named]
    return in_story[0] if len(in_story) == 1 else codes[0]
