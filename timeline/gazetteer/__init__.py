"""Knowledge of the world: people, organizations, places and countries, kept as data."""

from timeline.gazetteer.cities import find_city
from timeline.gazetteer.countries import (
    capitals,
    country_adjectives,
    country_names,
    find_country,
    region_countries,
    region_pattern,
    resolve_shared_name,
    shared_country_names,
    states_described_as,
)
from timeline.gazetteer.organizations import (
    KnownOrganization,
    find_body_office_holder,
    find_organization,
    known_organizations,
    leaders_councils,
    organization_seats,
    organization_spellings,
)
from timeline.gazetteer.people import (
    KnownPerson,
    canonical_person_name,
    find_office_holder,
    find_person,
    find_person_by_initials,
    find_person_in_office,
    known_people,
    name_key,
    usual_name,
)
from timeline.gazetteer.places import KnownPlace, find_place, find_places, place_spellings

__all__ = [
    "KnownOrganization",
    "KnownPerson",
    "KnownPlace",
    "canonical_person_name",
    "capitals",
    "country_adjectives",
    "country_names",
    "find_body_office_holder",
    "find_city",
    "find_country",
    "find_office_holder",
    "find_organization",
    "find_person",
    "find_person_by_initials",
    "find_person_in_office",
    "find_place",
    "find_places",
    "known_organizations",
    "known_people",
    "leaders_councils",
    "name_key",
    "organization_seats",
    "organization_spellings",
    "place_spellings",
    "region_countries",
    "region_pattern",
    "resolve_shared_name",
    "shared_country_names",
    "states_described_as",
    "usual_name",
]
