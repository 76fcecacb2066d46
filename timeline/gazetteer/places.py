"""Cities and venues with their country, and the spellings the news uses for them."""

from __future__ import annotations

import functools

import attrs

from timeline.gazetteer._data import load_data
from timeline.gazetteer.countries import capitals
from timeline.gazetteer.people import name_key


@attrs.frozen(slots=True, kw_only=True)
class KnownPlace:
    """A city under its canonical spelling; `venue` names the building when one was written."""

    name: str
    country: str
    venue: str | None = None


@functools.cache
def _index() -> dict[str, KnownPlace]:
    data = load_data("places.json")
    index: dict[str, KnownPlace] = {}
    cities: dict[str, KnownPlace] = {}
    for capital, code in capitals().items():
        cities.setdefault(capital, KnownPlace(name=capital, country=code))
    for entry in data["places"]:
        place = KnownPlace(name=entry["name"], country=entry["country"])
        cities[entry["name"]] = place
        for spelling in (entry["name"], *entry.get("aliases", ())):
            index[name_key(spelling)] = place
    # A capital's other name (Nur-Sultan) is an alias in places.json and keeps resolving to the city.
    for name, city_place in cities.items():
        index.setdefault(name_key(name), city_place)
    for entry in data["venues"]:
        # the city under the one spelling its other spellings resolve to ('Brasília' is 'Brasilia')
        city = index[name_key(entry["city"])]
        venue = KnownPlace(name=city.name, country=city.country, venue=entry["name"])
        for spelling in (entry["name"], *entry.get("aliases", ())):
            index[name_key(spelling)] = venue
    return index


@functools.cache
def _other_cities() -> dict[str, tuple[KnownPlace, ...]]:
    """Venue spellings -> the other cities with a building of that name ('Palace of Independence': Minsk)."""
    others: dict[str, tuple[KnownPlace, ...]] = {}
    for entry in load_data("places.json")["venues"]:
        cities = [_index()[name_key(city)] for city in entry.get("also_in", ())]
        venues = tuple(KnownPlace(name=c.name, country=c.country, venue=entry["name"]) for c in cities)
        for spelling in (entry["name"], *entry.get("aliases", ())):
            if venues:
                others[name_key(spelling)] = venues
    return others


def place_spellings() -> tuple[str, ...]:
    """Every spelling of a known city or venue, as written in the data."""
    data = load_data("places.json")
    spellings = set(capitals())
    for entry in (*data["places"], *data["venues"]):
        spellings.update((entry["name"], *entry.get("aliases", ())))
    return tuple(sorted(spellings))


def find_place(text: str) -> KnownPlace | None:
    """The known city (or venue, with its city) `text` names, or None."""
    return _index().get(_key(text))


def find_places(text: str) -> tuple[KnownPlace, ...]:
    """Every known city (or venue, with its city) `text` may name, the most often meant first."""
    first = _index().get(_key(text))
    return () if first is None else (first, *_other_cities().get(_key(text), ()))


def _key(text: str) -> str:
    key = name_key(text)
    return key[4:] if key.startswith("the ") else key
