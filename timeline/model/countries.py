"""ISO 3166-1 alpha-3 country codes, from the maintained pycountry data."""

from __future__ import annotations

import functools
import json
from importlib import resources

import pycountry

from timeline.errors import TimelineError


class UnknownCountryError(TimelineError, ValueError):
    """A country code that ISO 3166-1 does not define."""


@functools.cache
def _alpha3_codes() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries)


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code such as ``KAZ``."""
    return code in _alpha3_codes()


@functools.cache
@functools.cache
def _press_names() -> dict[str, str]:
    text = resources.files("timeline.model").joinpath("data/country_names.json").read_text("utf-8")
    names: dict[str, str] = json.loads(text)["names"]
    return names


def country_name(code: str) -> str:
    """The common English name of an alpha-3 code (``CHN`` -> ``China``, ``RUS`` -> ``Russia``)."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise UnknownCountryError(f"not an ISO 3166-1 alpha-3 code: {code!r}")
    return _press_names().get(code) or str(getattr(country, "common_name", None) or country.name)


def check_country_code(_instance: object, attribute: object, code: str | None) -> None:
    """attrs validator: ``None`` or an ISO 3166-1 alpha-3 code."""
    if code is not None and not is_country_code(code):
        raise UnknownCountryError(f"not an ISO 3166-1 alpha-3 code: {code!r}")


def check_country_codes(_instance: object, attribute: object, codes: tuple[str, ...]) -> None:
    """attrs validator: a tuple of ISO 3166-1 alpha-3 codes."""
    for code in codes:
        check_country_code(_instance, attribute, code)
