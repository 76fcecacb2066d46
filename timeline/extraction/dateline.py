"""The dateline that opens a wire story: ``ASTANA, May 20 (Xinhua) --``."""

from __future__ import annotations

import re

import attrs

from timeline.gazetteer import find_city, find_country, find_place
from timeline.model import Place

# An optional agency before all ('(ANSA) - ROME, JUL 10 -'), then a city in capitals (or capitalized
# before a date, an agency or a dash), optional region or country,
# optional date (with or without its year, or in digits: '01.06.2022'), optional agency ('(Xinhua)',
# '/TASS/', ', SPA', '. KAZINFORM'),
# then a dash, a colon (also ending the line: 'WARSAW, February 26 (Xinhua) --' above the story), an
# underscore ('(AP) _'), or a full stop after a city in capitals ('NUR-SULTAN. President ...'); or a city in
# capitals alone on its line ('ANKARA' above the story), also with its state ('TRABZON, Türkiye'), or a city
# and its date, with the clock time of a press release ('Astana, 5 May 2025, 14:20'), alone on theirs; or
# an agency in brackets run into the story ('Addis Ababa, February 16/2025 (ENA) Prime Minister').
# A month in capitals too, as agencies such as ANSA write it: 'ROME, JUL 10 -'.
_MONTH = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})"
_MONTH_DAY = rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:,?[ \t]*|/)\d{{4}})?"
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}(?:,?[ \t]+\d{{4}})?"
_NUMERIC_DAY = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
_DASH = r"(?:\.?-{1,2}|—|–)"
_DATELINE = re.compile(
    rf"""^[ \t]*(?:\([A-Z][A-Za-z]{{1,15}}\)[ \t]*{_DASH}[ \t]*)?
    (?P<city>[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{{1,30}}?[A-ZÀ-Þ]
      |[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:[ \-][A-ZÀ-Þ][a-zà-ÿ'’\-]+)?
       (?=,[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d|[,.][ \t]*\d{{1,2}}[ \t]+[A-Z][a-z]
          |[ \t]*\(|[ \t]+{_DASH}[ \t]|,[ \t]*[A-Z]{{2,15}}[ \t]*{_DASH}))
    (?:,[ \t]*(?P<region>[A-ZÀ-Þ][A-Za-zà-ÿ'’.\- ]{{1,30}}?))??
    (?:(?:,|(?<=[a-zà-ÿ])\.)[ \t]*(?P<date>{_MONTH_DAY}|{_DAY_MONTH}|{_NUMERIC_DAY})
       (?:,?[ \t]+\d{{1,2}}:\d{{2}})?)?
    (?:\.?[ \t]*(?:\((?P<agency>[^()\n]{{1,40}})\)|/[^/\n]{{1,20}}/
               |[,.][ \t]*[A-Z][A-Za-z]{{1,15}}(?:-[A-Z]{{2,15}})?(?=[ \t]*{_DASH})))?
    (?:[ \t]*(?:{_DASH}|:)(?:[ \t]+|[ \t]*$)|\.[ \t]+(?=[A-Z])|[ \t]*_[ \t]*
       |(?(agency)[ \t]+(?=[A-Z][a-z])|(?!))
       |(?<=[A-ZÀ-Þ])[ \t]*$|(?<=\d)[ \t]*$|(?P<bare>(?<=[a-zà-ÿ])[ \t]*$))""",
    re.VERBOSE,
)
# A dateline stands in the first lines of the story, after at most a headline, a date and a byline
# (blank lines between them do not count).
_HEAD_LINES = 6


@attrs.frozen(slots=True, kw_only=True)
class Dateline:
    """Where (and, when `date_start` is set, on which day) a story was filed."""

    place: Place
    start: int
    end: int
    date_start: int | None
    date_end: int | None


def find_dateline(text: str) -> Dateline | None:
    """The dateline of `text`, if one of its first lines opens with a known place."""
    offset = 0
    written = 0
    for line in text.splitlines(keepends=True):
        if written >= _HEAD_LINES:
            break
        written += bool(line.strip())
        match = _DATELINE.match(line)
        if match is not None and match.group("bare") is not None and not _city_and_state_alone(match):
            match = None
        if match is not None and not _initials_before_stop(match):
            place = _place(match.group("city"), match.group("region"))
            if place is None and match.group("city").isupper() and match.group("agency"):
                # 'BELFAST, Northern Ireland (AP)_': an unknown city is still where the story was filed
                filed_in = " ".join(match.group("city").split()).title()
                town = find_city(filed_in)
                place = Place(name=town.name, country=town.country) if town else Place(name=filed_in)
            if place is not None:
                date_start, date_end = match.span("date")
                known_date = match.group("date") is not None
                return Dateline(
                    place=place,
                    start=offset + match.start("city"),
                    end=offset + match.end(),
                    date_start=offset + date_start if known_date else None,
                    date_end=offset + date_end if known_date else None,
                )
        offset += len(line)
    return None


def _city_and_state_alone(match: re.Match[str]) -> bool:
    """'TRABZON, Türkiye' alone on its line above the story: a city in capitals and its state."""
    region = match.group("region")
    return match.group("city").isupper() and region is not None and find_country(region) is not None


def _initials_before_stop(match: re.Match[str]) -> bool:
    """'U.S. President ...' opens a sentence; only a city name ends a dateline with a full stop."""
    city = match.group("city")
    return match.group().rstrip().endswith(".") and ("." in city or find_place(city.title()) is None)


def _place(city: str, region: str | None) -> Place | None:
    written = " ".join(city.split()).title() if city.isupper() else city
    known = find_place(written)
    if known is not None:
        return Place(name=known.name, country=known.country)
    country = find_country(region) if region else None
    if country is not None:
        # 'FOZ DO IGUAÇU, Brazil': a town of that state, written as GeoNames writes it
        town = find_city(written)
        return Place(name=town.name if town and town.country == country else written, country=country)
    country = find_country(written)
    if country is not None:
        return Place(name=written, country=country)
    return None
