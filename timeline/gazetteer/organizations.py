"""Organizations: international bodies, state bodies and companies, with acronyms."""

from __future__ import annotations

import functools

import attrs

from timeline.gazetteer._data import load_data
from timeline.gazetteer.people import KnownPerson, known_people, name_key


@attrs.frozen(slots=True, kw_only=True)
class KnownOrganization:
    """An organization under its canonical name."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    country: str | None
    international: bool


@functools.cache
def known_organizations() -> tuple[KnownOrganization, ...]:
    """Every organization in the gazetteer's data file."""
    return tuple(
        KnownOrganization(
            name=entry["name"],
            acronym=entry.get("acronym"),
            aliases=tuple(entry.get("aliases", ())),
            country=entry.get("country"),
            international=bool(entry.get("international", False)),
        )
        for entry in load_data("organizations.json")["organizations"]
    )


@functools.cache
def _index() -> dict[str, KnownOrganization]:
    index: dict[str, KnownOrganization] = {}
    for organization in known_organizations():
        for spelling in (organization.name, *organization.aliases):
            index[name_key(spelling)] = organization
    return index


@functools.cache
def _acronyms() -> dict[str, KnownOrganization]:
    return {o.acronym: o for o in known_organizations() if o.acronym}


def organization_spellings() -> tuple[str, ...]:
    """Every name, alias and acronym of a known organization, as written in the data."""
    spellings: set[str] = set()
    for organization in known_organizations():
        spellings.update((organization.name, *organization.aliases))
        if organization.acronym:
            spellings.add(organization.acronym)
    return tuple(sorted(spellings))


@functools.cache
def organization_seats() -> dict[str, str]:
    """Cities that, as subjects, stand for an international body ('Brussels' -> 'European Union')."""
    seats: dict[str, str] = {
        k: v for k, v in load_data("organizations.json")["seats"].items() if k != "about"
    }
    return seats


@functools.cache
def leaders_councils() -> dict[str, str]:
    """Bodies whose gathered leaders are another body ('European Union' -> 'European Council')."""
    councils: dict[str, str] = {
        k: v for k, v in load_data("organizations.json")["leaders_councils"].items() if k != "about"
    }
    return councils


def find_organization(text: str) -> KnownOrganization | None:
    """The known organization `text` names (acronyms are case-sensitive), or None."""
    stripped = text.strip()
    if stripped in _acronyms():
        return _acronyms()[stripped]
    key = name_key(stripped)
    if key.startswith("the "):
        key = key[4:]
    return _index().get(key)


@functools.lru_cache(maxsize=4096)
def find_body_office_holder(office: str, body: str, year: int) -> KnownPerson | None:
    """The one known person who held `office` ('secretary-general') of the international body named `body`
    ('United Nations') in `year`, or None."""
    wanted = office.lower().replace("-", " ")
    holders = []
    for person in known_people():
        held, _, of = (person.office or "").partition(" of ")
        if held.lower().replace("-", " ") != wanted:
            continue  # a state's office names a state, which is no body: 'President of Kazakhstan'
        known = find_organization(of)
        if known is not None and known.name == body and person.held_office_in(year):
            holders.append(person)
    return holders[0] if len(holders) == 1 else None
