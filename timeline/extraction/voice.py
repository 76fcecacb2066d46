"""The state a document speaks for: a presidency's, government's or foreign ministry's own release.

Such a release names its own principal by office alone ('The President of
the Republic spoke by telephone with Mr Narendra Modi' on the Élysée's
site), so the office's holder that year is the one meant. The state is read
from the web address (a government label with a country-code domain, or a
seat of power) and from the outlet's name (a seat of power, or a government
word with a state).
"""

from __future__ import annotations

import functools
import re
import urllib.parse

import pycountry

from timeline.extraction.lexicon import load_data, trie_pattern
from timeline.extraction.mentions import country_pattern, organization_seats_of_power
from timeline.gazetteer import find_country, name_key


def speaking_state(url: str | None, outlet: str | None) -> str | None:
    """The ISO alpha-3 code of the state whose own release the document is, or None."""
    return (_state_of_address(url) if url else None) or (_state_of_outlet(outlet) if outlet else None)


def _state_of_address(url: str) -> str | None:
    labels = (urllib.parse.urlsplit(url).hostname or "").lower().split(".")
    seat = next((_seat_labels()[label] for label in labels if label in _seat_labels()), None)
    if seat is not None:
        return seat
    if labels[-1] in _government_domains():
        return _government_domains()[labels[-1]]
    if not _government_labels().intersection(labels[:-1]):
        return None
    return _country_code_domain(labels[-1])


def _country_code_domain(label: str) -> str | None:
    if label in _country_code_exceptions():
        return _country_code_exceptions()[label]
    if len(label) != 2:
        return None
    country = pycountry.countries.get(alpha_2=label.upper())
    return country.alpha_3 if country is not None else None


def _state_of_outlet(outlet: str) -> str | None:
    seat = _seat_regex().search(outlet)
    if seat is not None:
        return organization_seats_of_power()[seat.group(0)]
    if _government_word_regex().search(outlet) is None:
        return None
    state = _state_regex().search(outlet)
    return find_country(state.group(0)) if state is not None else None


@functools.cache
def _government_labels() -> frozenset[str]:
    return frozenset(load_data("voices.json")["government_host_labels"]["labels"])


@functools.cache
def _country_code_exceptions() -> dict[str, str]:
    domains: dict[str, str] = load_data("voices.json")["country_code_domains"]["domains"]
    return domains


@functools.cache
def _government_domains() -> dict[str, str]:
    domains: dict[str, str] = load_data("voices.json")["government_domains"]["domains"]
    return domains


@functools.cache
def _seat_labels() -> dict[str, str]:
    """'kremlin', 'lamoncloa': a seat of power spelled as a label of a web address."""
    return {name_key(seat).replace(" ", ""): state for seat, state in organization_seats_of_power().items()}


@functools.cache
def _seat_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_pattern(organization_seats_of_power())})(?!\w)")


@functools.cache
def _government_word_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_pattern(load_data('voices.json')['government_words']['words'])})\b")


@functools.cache
def _state_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){country_pattern()}(?!\w)")
