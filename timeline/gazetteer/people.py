"""Known people and the many spellings of their names.

The data lives in ``data/people.json``; names that are not listed exactly
are matched with rapidfuzz, so a new transliteration of a known name still
resolves to the canonical spelling.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources
from typing import Any

import attrs
from rapidfuzz import fuzz, process

# Below this similarity two full names are different people (e.g. "Xi Jinping" vs "Xi Jinbing"
# scores 90, "Tokayev" vs "Tokaev" 92); surnames alone must match exactly.
_FUZZY_CUTOFF = 88.0


@attrs.frozen(slots=True, kw_only=True)
class KnownPerson:
    """A person the gazetteer knows, under the canonical spelling of their name."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    office: str | None
    # the years (first, last; last None while in office) they held it
    in_office: tuple[tuple[int, int | None], ...] = ()

    def held_office_in(self, year: int) -> bool:
        return any(first <= year <= (last if last is not None else year) for first, last in self.in_office)


# Letters Unicode does not decompose into a base letter and a mark ('Kalın', 'Wałęsa', 'Støre', 'Þorgerður').
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe",
                               "Œ": "Oe", "ß": "ss"})  # fmt: skip


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key: no accents, hyphens, case or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑’'`.]+", " ", letters).strip().casefold()


@functools.cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("timeline.gazetteer").joinpath("data/people.json").read_text("utf-8")
    )
    return data


@functools.cache
def known_people() -> tuple[KnownPerson, ...]:
    """Every person in the gazetteer's data file."""
    return tuple(
        KnownPerson(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            country=entry.get("country"),
            office=entry.get("office"),
            in_office=tuple((first, last) for first, last in entry.get("in_office", ())),
        )
        for entry in _data()["people"]
    )


@functools.cache
def _either_order_countries() -> frozenset[str]:
    return frozenset(_data()["either_order"]["countries"])


@functools.cache
def _lineage_particles() -> frozenset[str]:
    return frozenset(_data()["lineage"]["particles"])


def lineage_examples() -> list[dict[str, str]]:
    examples: list[dict[str, str]] = _data()["lineage"]["examples"]
    return examples


@functools.lru_cache(maxsize=65536)
def usual_name(name: str) -> str:
    """The name as the press usually writes it: with one link to a father's name, not several ('Khalid bin
    Salman bin Abdulaziz' is Khalid bin Salman), keeping the family name after the last link."""
    words = name.split()
    links = [i for i, word in enumerate(words) if word in _lineage_particles()]
    if len(links) < 2:
        return name
    return " ".join([*words[: links[1]], *words[links[-1] + 2 :]])


@functools.cache
def _index() -> dict[str, KnownPerson]:
    index: dict[str, KnownPerson] = {}
    for person in known_people():
        for spelling in (person.name, *person.aliases):
            index.setdefault(name_key(spelling), person)
    for person in known_people():
        words = person.name.split()
        if person.country in _either_order_countries() and len(words) == 2:
            index.setdefault(name_key(f"{words[1]} {words[0]}"), person)
    return index


@functools.cache
def _full_names() -> dict[str, KnownPerson]:
    return {key: person for key, person in _index().items() if " " in key}


@functools.cache
def _full_name_keys() -> tuple[str, ...]:
    return tuple(_full_names())


@functools.lru_cache(maxsize=65536)
def find_person(name: str) -> KnownPerson | None:
    """The known person `name` refers to, or None.

    Exact spellings and listed aliases match directly; other multi-word
    names match a known full name when they are close enough in spelling.
    """
    key = name_key(name)
    if not key:
        return None
    found = _index().get(key) or _index().get(name_key(usual_name(name)))
    if found is not None or " " not in key:
        return found
    best = process.extractOne(key, _full_name_keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return _full_names()[best[0]] if best is not None else None


@functools.cache
def _namesakes() -> dict[str, tuple[KnownPerson, ...]]:
    """Known people by the last word of their name, and by its last two ('Assad', 'al-Assad')."""
    by_surname: dict[str, list[KnownPerson]] = {}
    for person in known_people():
        words = name_key(person.name).split()
        for size in (1, 2):
            if len(words) > size:
                by_surname.setdefault(" ".join(words[-size:]), []).append(person)
    return {surname: tuple(people) for surname, people in by_surname.items()}


_GLUED_INITIALS = re.compile(r"((?:[^\W\d_][^\W\d_]?\.)+)([^\W\d_][\w'’-]+)")


@functools.lru_cache(maxsize=65536)
def find_person_by_initials(written: str) -> KnownPerson | None:
    """'Kh.Battulga', as Mongolian and Russian wires write names: the one known person with that surname
    whose given name begins with those initials."""
    glued = _GLUED_INITIALS.fullmatch(written.strip())
    if glued is None:
        return None
    initials = [name_key(part) for part in glued.group(1).split(".") if part]
    matching = []
    for person in _namesakes().get(name_key(glued.group(2)), ()):
        given = name_key(person.name).split()[:-1]
        if len(given) >= len(initials) and all(
            word.startswith(initial) for word, initial in zip(given, initials, strict=False)
        ):
            matching.append(person)
    return matching[0] if len(matching) == 1 else None


@functools.lru_cache(maxsize=65536)
def find_person_in_office(surname: str, year: int) -> KnownPerson | None:
    """The one of the known people sharing `surname` who held office in `year` ('Bush' in 1990 is George H.
    W. Bush, in 2003 George W. Bush), or None when the gazetteer cannot tell them apart that year."""
    namesakes = _namesakes().get(name_key(surname), ())
    if len(namesakes) < 2 or any(not person.in_office for person in namesakes):
        return None
    serving = [person for person in namesakes if person.held_office_in(year)]
    return serving[0] if len(serving) == 1 else None


@functools.cache
def _offices_by_role() -> dict[str, tuple[str, ...]]:
    return {role: tuple(offices) for role, offices in _data()["offices_by_role"]["roles"].items()}


def office_role_examples() -> list[dict[str, object]]:
    """The data's examples of roles resolved to the holder of the office that year."""
    examples: list[dict[str, object]] = _data()["offices_by_role"]["examples"]
    return examples


def _holds(office: str, titles: tuple[str, ...]) -> bool:
    """Whether `office` ('Crown Prince and Prime Minister of Saudi Arabia') is one of `titles`, of a state."""
    named = office.split(" of ")[0]
    return any(
        office == title or office.startswith(title + " of ") or title in named.split(" and ")
        for title in titles
    )


@functools.lru_cache(maxsize=65536)
def find_office_holder(role: str, country: str, year: int) -> KnownPerson | None:
    """The one known person who held the office `role` names ('president', 'foreign minister') in `country`
    in `year`, or None when the gazetteer knows none or several (the year power changed hands)."""
    titles = _offices_by_role().get(role.lower())
    if not titles:
        return None
    holders = {
        person.name: person
        for person in known_people()
        if person.country == country
        and person.office
        and _holds(person.office, titles)
        and person.held_office_in(year)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def canonical_person_name(name: str) -> str:
    """The canonical spelling of a person's name, or the name as given if unknown."""
    found = find_person(name)
    return found.name if found is not None else usual_name(" ".join(name.split()))
