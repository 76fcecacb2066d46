"""The gazetteer resolves the spellings the news uses, as its data files' examples say."""

from __future__ import annotations

import itertools
import json
from importlib import resources
from typing import Any

import pycountry
import pytest

from timeline.extraction.mentions import find_mentions
from timeline.gazetteer import (
    canonical_person_name,
    find_body_office_holder,
    find_city,
    find_country,
    find_office_holder,
    find_organization,
    find_person,
    find_person_by_initials,
    find_person_in_office,
    find_place,
    find_places,
    known_organizations,
    known_people,
    name_key,
    region_countries,
)
from timeline.gazetteer.people import lineage_examples, office_role_examples, usual_name
from timeline.model import country_name, is_country_code


def _examples(name: str) -> list[dict[str, Any]]:
    text = resources.files("timeline.gazetteer").joinpath(f"data/{name}").read_text("utf-8")
    examples: list[dict[str, Any]] = json.loads(text)["examples"]
    return examples


@pytest.mark.parametrize("example", _examples("countries.json"), ids=lambda e: e["text"])
def test_country_names_adjectives_and_capitals_resolve(example: dict[str, Any]) -> None:
    assert find_country(example["text"]) == example["country"]


def _country_section_examples(section: str) -> list[dict[str, Any]]:
    text = resources.files("timeline.gazetteer").joinpath("data/countries.json").read_text("utf-8")
    examples: list[dict[str, Any]] = json.loads(text)[section]["examples"]
    return examples


def _region_examples() -> list[dict[str, Any]]:
    return _country_section_examples("regions")


@pytest.mark.parametrize(
    "example", _country_section_examples("shared_names"), ids=lambda e: f"{e['text']} / {e['story']}"
)
def test_a_name_two_states_share_means_the_one_the_story_names(example: dict[str, Any]) -> None:
    story = f"{example['story']} {example['text']} spoke."
    mentions = find_mentions(story)
    written = example["text"].split("'")[0].split()[0]
    shared = [m for m in mentions if story[m.start : m.end] == written]
    assert shared and {m.country for m in shared} == {example["country"]}


@pytest.mark.parametrize(
    "example", _country_section_examples("descriptions"), ids=lambda e: f"{e['text']} / {e['story']}"
)
def test_a_state_named_by_a_word_of_its_official_name_is_the_last_such_state_named(
    example: dict[str, Any],
) -> None:
    story = example["story"]
    start = story.index(example["text"])
    end = start + len(example["text"])
    described = [m for m in find_mentions(story) if (m.start, m.end) == (start, end)]
    assert [m.country for m in described] == ([example["country"]] if example["country"] else [])


@pytest.mark.parametrize("example", _region_examples(), ids=lambda e: e["text"])
def test_regions_named_as_a_whole_give_their_states(example: dict[str, Any]) -> None:
    assert sorted(region_countries(example["text"])) == example["countries"]


@pytest.mark.parametrize("example", _examples("places.json"), ids=lambda e: e["text"])
def test_place_spellings_resolve_to_the_city(example: dict[str, Any]) -> None:
    place = find_place(example["text"])
    assert place is not None
    assert (place.name, place.country) == (example["place"], example["country"])


def test_a_building_named_alike_in_several_capitals_gives_each_city_the_usual_one_first() -> None:
    cities = [(p.name, p.country) for p in find_places("the Palace of Independence")]
    assert cities == [("Astana", "KAZ"), ("Minsk", "BLR")]
    assert [p.name for p in find_places("Akorda")] == ["Astana"]
    assert find_places("Atlantis") == ()


@pytest.mark.parametrize("example", _examples("organizations.json"), ids=lambda e: e["text"])
def test_organization_names_and_acronyms_resolve(example: dict[str, Any]) -> None:
    organization = find_organization(example["text"])
    assert organization is not None
    assert organization.name == example["organization"]


@pytest.mark.parametrize("example", _examples("people.json"), ids=lambda e: e["text"])
def test_name_variants_resolve_to_the_canonical_name(example: dict[str, Any]) -> None:
    assert canonical_person_name(example["text"]) == example["person"]


@pytest.mark.parametrize(
    "example", office_role_examples(), ids=lambda e: f"{e['role']} {e['country']} {e['year']}"
)
def test_a_role_in_a_state_and_year_names_the_one_holder_of_the_office(example: dict[str, Any]) -> None:
    holder = find_office_holder(str(example["role"]), str(example["country"]), int(example["year"]))
    assert (holder and holder.name) == example["person"]


@pytest.mark.parametrize(
    ("office", "body", "year", "person"),
    [
        ("secretary-general", "United Nations", 2025, "Antonio Guterres"),
        ("Secretary General", "North Atlantic Treaty Organization", 2010, "Anders Fogh Rasmussen"),
        # the year Stoltenberg handed over to Rutte: two holders, so none is named
        ("secretary general", "North Atlantic Treaty Organization", 2024, None),
    ],
)
def test_an_office_of_a_body_in_a_year_names_its_one_holder(
    office: str, body: str, year: int, person: str | None
) -> None:
    holder = find_body_office_holder(office, body, year)
    assert (holder and holder.name) == person


def test_years_in_office_are_ordered_spans_ending_open_only_last() -> None:
    for person in known_people():
        spans = person.in_office
        assert all(first <= last for first, last in spans if last is not None), person.name
        for (_first, last), (following, _last) in itertools.pairwise(spans):
            assert last is not None and last <= following, person.name


def test_the_name_events_give_a_state_is_read_back_as_that_state() -> None:
    # 'Russia', not 'Russian Federation'; 'Democratic Republic of the Congo', not 'Congo, The Democratic ...'
    for country in pycountry.countries:
        assert find_country(country_name(country.alpha_3)) == country.alpha_3, country.alpha_3
    assert country_name("RUS") == "Russia"
    assert find_country("Democratic Republic of Congo") == "COD"


def test_every_country_code_in_the_data_is_iso_alpha3() -> None:
    codes = [p.country for p in known_people()] + [o.country for o in known_organizations()]
    assert all(code is None or is_country_code(code) for code in codes)


def test_international_organizations_belong_to_no_state() -> None:
    assert all(o.country is None for o in known_organizations() if o.international)


def test_unknown_names_stay_unknown() -> None:
    assert find_country("Atlantis") is None
    assert find_place("Gotham") is None
    assert find_organization("who") is None
    assert find_person("John Nobody") is None
    assert canonical_person_name("  John   Nobody ") == "John Nobody"


def test_officials_of_international_bodies_belong_to_no_state() -> None:
    """An official serves the body, not their home state: 'Kaja Kallas', High Representative of the EU, adds
    no Estonia to the events she takes part in."""
    bodies = ("European Union", "European Commission", "United Nations")
    officials = [p for p in known_people() if p.office and any(body in p.office for body in bodies)]
    assert officials
    assert all(p.country is None for p in officials), [p.name for p in officials if p.country]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ibrahim Kalın", "Ibrahim Kalin"),
        ("Þorgerður Katrín Gunnarsdóttir", "Thorgerdur Katrin Gunnarsdottir"),
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
        ("Radosław Sikorski", "Radoslaw Sikorski"),
        ("Kassym-Jomart Tokayev", "Kassym Jomart Tokayev"),
    ],
)
def test_spellings_of_one_name_share_a_key_even_with_letters_unicode_does_not_decompose(
    one: str, other: str
) -> None:
    assert name_key(one) == name_key(other)


def test_no_spelling_names_two_people() -> None:
    """Every alias is matched anywhere in a text, so one spelling must not stand for two people."""
    owners: dict[str, set[str]] = {}
    for person in known_people():
        for spelling in (person.name, *person.aliases):
            owners.setdefault(name_key(spelling), set()).add(person.name)
    assert not {key: names for key, names in owners.items() if len(names) > 1}


# surnames several leaders share, and English words that are also leaders' names
_NO_ONE_ALONE = ("Bush", "Clinton", "Castro", "Kim", "Assad", "Aliyev", "Gandhi", "Sharif", "Khan", "Singh",
                 "Lee", "Park", "Abdullah", "Salman", "Hussein", "Kaczynski", "Rasmussen", "Sargsyan",
                 "Kirchner", "Bhutto", "Rabbani", "Koizumi", "Berdimuhamedov", "May", "Major", "Brown",
                 "Rice", "Powell", "Baker", "Christopher", "Cook", "Straw", "Hague", "Kerry", "Fox", "Harper",
                 "Howard", "Bishop", "Martin", "Horn", "Truss", "Downer", "Gallant", "Abe",
                 "Barak")  # fmt: skip


@pytest.mark.parametrize("word", _NO_ONE_ALONE)
def test_a_shared_surname_or_common_word_alone_names_no_one(word: str) -> None:
    assert find_person(word) is None


def test_father_and_son_are_told_apart_by_the_middle_initial() -> None:
    assert canonical_person_name("George Bush") == "George H. W. Bush"
    assert canonical_person_name("George H.W. Bush") == "George H. W. Bush"
    assert canonical_person_name("George W. Bush") == "George W. Bush"


def _known_people_in(text: str) -> dict[str, str | None]:
    return {
        m.entity.name: m.entity.country
        for m in find_mentions(text)
        if m.kind == "person" and m.entity is not None and m.entity.known
    }


def test_leaders_named_by_surname_alone_get_their_state() -> None:
    assert _known_people_in("Blair and Chirac signed the declaration after Yeltsin left.") == {
        "Tony Blair": "GBR",
        "Jacques Chirac": "FRA",
        "Boris Yeltsin": "RUS",
    }


def test_a_month_or_an_english_word_that_is_part_of_a_name_names_no_one_alone() -> None:
    assert _known_people_in("Theresa May will travel to Brussels.") == {"Theresa May": "GBR"}
    assert _known_people_in("The treaty takes effect in May, a major step, as Brown and Rice agreed.") == {}


def test_a_king_and_a_president_who_share_a_name_stay_apart() -> None:
    assert _known_people_in("King Hussein met Saddam Hussein in Baghdad on Monday.") == {
        "Hussein bin Talal": "JOR",
        "Saddam Hussein": "IRQ",
    }


@pytest.mark.parametrize(
    ("surname", "year", "person"),
    [
        ("Bush", 1990, "George H. W. Bush"),
        ("Bush", 2003, "George W. Bush"),
        ("Bush", 1997, None),
        ("Aliyev", 1998, "Heydar Aliyev"),
        ("Aliyev", 2024, "Ilham Aliyev"),
        ("Assad", 1995, "Hafez al-Assad"),
        ("al-Assad", 2012, "Bashar al-Assad"),
        ("Tokayev", 2024, None),
    ],
)
def test_a_surname_shared_by_leaders_is_the_one_in_office_that_year(
    surname: str, year: int, person: str | None
) -> None:
    found = find_person_in_office(surname, year)
    assert (found.name if found is not None else None) == person


def test_years_in_office_run_forward() -> None:
    for person in known_people():
        for first, last in person.in_office:
            assert first > 1900 and (last is None or first <= last), person.name


def test_an_office_written_before_a_surname_names_its_holder_of_the_story_s_year() -> None:
    text = "President Bush said he would meet King Hussein of Jordan."
    people = {m.entity.name for m in find_mentions(text, 1990) if m.kind == "person" and m.entity}
    assert people == {"George H. W. Bush", "Hussein bin Talal"}
    undated = {m.entity.name for m in find_mentions(text) if m.kind == "person" and m.entity}
    assert "George H. W. Bush" not in undated


@pytest.mark.parametrize(
    ("written", "person"),
    [("Kh.Battulga", "Khaltmaagiin Battulga"), ("D.Tsogtbaatar", None), ("U.S.", None), ("Battulga", None)],
)
def test_initials_glued_to_a_known_surname_name_its_bearer(written: str, person: str | None) -> None:
    found = find_person_by_initials(written)
    assert (found.name if found is not None else None) == person


def test_an_office_of_one_state_does_not_reach_past_a_verb_to_the_next_office() -> None:
    text = "President of the PRC Xi Jinping received President of Mongolia Kh.Battulga at the Great Hall."
    people = {m.entity.name: m.entity.country for m in find_mentions(text) if m.kind == "person" and m.entity}
    assert people == {"Xi Jinping": "CHN", "Khaltmaagiin Battulga": "MNG"}


@pytest.mark.parametrize(
    ("written", "city", "country"),
    [
        ("Foz do Iguaçu", "Foz do Iguaçu", "BRA"),
        ("Belem", "Belém", "BRA"),  # written without its accent
        ("Santa Marta", "Santa Marta", "COL"),
        ("Hamilton", "Hamilton", "CAN"),  # namesakes: the largest
    ],
)
def test_towns_beyond_the_hand_kept_places_come_from_geonames(written: str, city: str, country: str) -> None:
    found = find_city(written)
    assert found is not None and (found.name, found.country) == (city, country)


def test_a_name_no_town_bears_is_no_city() -> None:
    assert find_city("Lincoln Center") is None


@pytest.mark.parametrize("example", lineage_examples(), ids=lambda e: e["written"])
def test_a_name_of_several_links_to_forebears_is_written_with_the_first_link_only(
    example: dict[str, str],
) -> None:
    assert usual_name(example["written"]) == example["usual"]
