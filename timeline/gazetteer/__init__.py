"""Knowledge of the world: people, organizations and places, kept as data."""

from timeline.gazetteer.people import (
    KnownPerson,
    canonical_person_name,
    find_person,
    known_people,
    name_key,
)

__all__ = ["KnownPerson", "canonical_person_name", "find_person", "known_people", "name_key"]
