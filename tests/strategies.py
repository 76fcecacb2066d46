"""Hypothesis strategies for the model's value objects, shared by the test modules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from timeline.model import (
    EVENT_KINDS,
    Agreement,
    Amount,
    Attribution,
    Call,
    Event,
    Organization,
    Other,
    Person,
    Place,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    When,
    cameo_for,
)
from timeline.model.urls import normalize_url

COUNTRIES = ("KAZ", "CHN", "TJK", "RUS", "USA", "UZB", "KGZ", "DEU", "IND", "TUR")

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
years = st.integers(min_value=1000, max_value=2999)
modifiers = st.none() | st.sampled_from(["START", "MID", "END", "APPROX", "BEFORE", "AFTER"])
free_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
# Any text after a scheme and host, made a URI the way the document reader makes one.
urls = st.builds(
    lambda scheme, path: normalize_url(f"{scheme}://example.org/{path}"),
    st.sampled_from(["https", "http"]),
    st.text(max_size=30) | st.text(alphabet="#[]%?&=/ :", max_size=12),
)


def _timex_values() -> st.SearchStrategy[str]:
    def day_range(pair: tuple[dt.date, int]) -> str:
        first, length = pair
        return f"{first.isoformat()}/{(first + dt.timedelta(days=length)).isoformat()}"

    return st.one_of(
        days.map(dt.date.isoformat),
        days.map(lambda d: f"{d.year:04d}-{d.month:02d}"),
        years.map(lambda y: f"{y:04d}"),
        st.builds(lambda y, w: f"{y:04d}-W{w:02d}", years, st.integers(1, 52)),
        st.builds(lambda y, s: f"{y:04d}-{s}", years, st.sampled_from(["SP", "SU", "FA", "WI"])),
        st.builds(lambda y, q: f"{y:04d}-Q{q}", years, st.integers(1, 4)),
        st.builds(lambda y, h: f"{y:04d}-H{h}", years, st.integers(1, 2)),
        st.integers(100, 299).map(lambda d: f"{d:03d}"),
        st.integers(10, 29).map(lambda c: f"{c:02d}"),
        days.map(lambda d: f"XXXX-{d.month:02d}-{d.day:02d}"),
        days.map(lambda d: f"{d.isoformat()}T{d.day % 24:02d}:{d.month * 4:02d}"),
        st.sampled_from(["PAST_REF", "PRESENT_REF", "FUTURE_REF", "XXXX-XX-XX"]),
        st.tuples(days, st.integers(1, 30)).map(day_range),
    )


timex_values = _timex_values()
whens = st.builds(When.from_timex, timex_values, modifiers)
countries = st.sampled_from(COUNTRIES)
country_tuples = st.lists(countries, max_size=3, unique=True).map(tuple)

people = st.builds(Person, name=free_text, title=st.none() | free_text, country=st.none() | countries)
organizations = st.builds(
    Organization,
    name=free_text,
    acronym=st.none() | free_text,
    country=st.none() | countries,
    international=st.booleans(),
)
participants = st.lists(people | organizations, max_size=3).map(tuple)
places = st.none() | st.builds(Place, name=free_text, country=st.none() | countries)
sources = st.lists(
    st.builds(
        Source,
        document=free_text,
        evidence=st.text(max_size=80),
        start=st.integers(0, 10_000),
        end=st.integers(0, 10_000),
        url=st.none() | urls,
        outlet=st.none() | free_text,
        published=st.none() | days,
    ),
    min_size=1,
    max_size=3,
).map(tuple)
attributions = st.lists(
    st.builds(
        Attribution,
        field=st.sampled_from(["when", "location", "status", "participant"]),
        value=free_text,
        documents=st.lists(free_text, min_size=1, max_size=2).map(tuple),
    ),
    max_size=3,
).map(tuple)
statuses = st.sampled_from(list(Status))
amounts = st.none() | st.builds(
    Amount,
    value=st.floats(min_value=0, max_value=1e13, allow_nan=False),
    currency=st.sampled_from(["USD", "CNY", "EUR"]),
    text=free_text,
)

_KIND_FIELDS: dict[type[Event], dict[str, st.SearchStrategy[object]]] = {
    Visit: {
        "visitor": st.none() | people,
        "host_country": st.none() | countries,
        "visit_type": st.none() | st.sampled_from(["state", "official", "working"]),
    },
    Agreement: {
        "instrument": st.none() | free_text,
        "parties": st.lists(free_text, max_size=3).map(tuple),
        "amount": amounts,
    },
    Summit: {"name": st.none() | free_text},
    Call: {"medium": st.none() | st.sampled_from(["phone", "video"])},
    Statement: {"label": st.none() | free_text},
    Other: {"label": free_text},
}


def events_of(kind: type[Event]) -> st.SearchStrategy[Event]:
    """Events of one kind with every field drawn at random."""
    return st.builds(
        kind,
        id=free_text.map(lambda s: "ev-" + s),
        title=st.text(max_size=60),
        when=whens,
        status=statuses,
        participants=participants,
        countries=country_tuples,
        location=places,
        sources=sources,
        cameo=st.sampled_from(["010", "036", "040", "041", "042", "043", "057"]),
        related=st.lists(free_text, max_size=2).map(tuple),
        attributions=attributions,
        **_KIND_FIELDS.get(kind, {}),
    )


events = st.one_of(*(events_of(kind) for kind in EVENT_KINDS.values()))

__all__ = ["cameo_for", "events", "events_of", "timex_values", "whens"]
