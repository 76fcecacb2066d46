"""Every example in the extraction's data files is a test of the whole reading."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from timeline.extraction import extract
from timeline.extraction.lexicon import cue, load_data
from timeline.extraction.mentions import find_mentions
from timeline.extraction.sentences import split_sentences
from timeline.extraction.triggers import find_triggers
from timeline.extraction.voice import speaking_state
from timeline.model import Agreement, Document, Place


def _document(example: dict[str, Any]) -> Document:
    published = example.get("published")
    return Document(text=example["text"], published=dt.date.fromisoformat(published) if published else None)


@pytest.mark.parametrize("example", load_data("triggers.json")["examples"], ids=lambda e: e["text"][:50])
def test_trigger_examples_give_the_expected_events(example: dict[str, Any]) -> None:
    events = extract(_document(example))
    expected = example["events"]
    assert [e.kind for e in events] == [x["kind"] for x in expected]
    for event, wanted in zip(events, expected, strict=True):
        if "date" in wanted:
            value = "unknown" if event.when.precision.value == "unknown" else event.when.value
            assert value == wanted["date"]
        if "status" in wanted:
            assert event.status.value == wanted["status"]
        if "location" in wanted:
            assert (event.location.name if event.location is not None else None) == wanted["location"]
        if "participants" in wanted:
            assert [p.name for p in event.participants] == wanted["participants"]
        if "countries" in wanted:
            assert list(event.countries) == wanted["countries"]


@pytest.mark.parametrize("example", load_data("non_events.json")["examples"], ids=lambda e: e["text"][:50])
def test_non_event_phrases_cancel_their_event_word(example: dict[str, Any]) -> None:
    text = example["text"]
    words = [text[t.start : t.end] for t in find_triggers(text)]
    assert example["ignored"] not in words
    patterns = [re.compile(pattern, re.IGNORECASE) for pattern in load_data("non_events.json")["patterns"]]
    cancelled = [match.group(1) for pattern in patterns for match in pattern.finditer(text)]
    assert example["ignored"] in cancelled, "no pattern in the data cancels this word"


@pytest.mark.parametrize(
    "example", load_data("non_events.json")["non_examples"], ids=lambda e: e["text"][:50]
)
def test_non_event_phrases_leave_near_misses_alone(example: dict[str, Any]) -> None:
    text = example["text"]
    assert example["kept"] in [text[t.start : t.end] for t in find_triggers(text)]


@pytest.mark.parametrize("example", load_data("titles.json")["examples"], ids=lambda e: e["text"][:50])
def test_offices_around_names_give_people_with_titles(example: dict[str, Any]) -> None:
    people = {m.entity.name: m.entity for m in find_mentions(example["text"]) if m.entity is not None}
    person = people[example["person"]]
    assert person.title == example.get("title")
    if "country" in example:
        assert person.country == example["country"]
    if "organization" in example:
        assert person.affiliation is not None
        assert example["organization"] in (person.affiliation.name, person.affiliation.acronym)


@pytest.mark.parametrize(
    "example", load_data("titles.json")["organization_roles"]["examples"], ids=lambda e: e["text"][:50]
)
def test_a_body_referred_to_by_its_kind_is_the_one_the_story_named(example: dict[str, Any]) -> None:
    start = example["text"].index(example["reference"])
    referring = [m for m in find_mentions(example["text"]) if m.start == start and m.kind == "organization"]
    assert [m.entity.name for m in referring if m.entity is not None] == [example["organization"]]


@pytest.mark.parametrize("example", load_data("abbreviations.json")["examples"], ids=lambda e: e["text"][:50])
def test_abbreviations_do_not_end_sentences(example: dict[str, Any]) -> None:
    sentences = split_sentences(example["text"])
    assert len(sentences) == example["sentences"]
    assert all(example["text"][s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "example", load_data("titles.json")["untitled_names"]["examples"], ids=lambda e: e["text"][:50]
)
def test_a_name_where_news_puts_people_is_a_person_without_an_office(example: dict[str, Any]) -> None:
    mentions = find_mentions(example["text"])
    people = {m.entity.name: m.entity for m in mentions if m.kind == "person" and m.entity is not None}
    assert example["person"] in people
    assert people[example["person"]].title is None


@pytest.mark.parametrize(
    "text",
    [
        "He spoke with Caracol Radio on Monday.",
        "The talks were held at Merdeka Palace, officials said.",
        "Talks with Costa Rica were held on Monday.",
        "The G20 Foreign Ministers' Meeting will bolster ties.",
        "He will return later, according to the President’s Media Division.",
        "The prime minister's remarks were reported by the Nihon Keizai Shimbun on Monday.",
    ],
)
def test_places_media_and_buildings_in_a_person_slot_are_not_people(text: str) -> None:
    assert not [m for m in find_mentions(text) if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "The trip that M.K. Rao Varma was scheduled to make was called off.",
        "The trip that MK Rao Varma was scheduled to make was called off.",
    ],
)
def test_the_words_after_a_name_s_initials_are_not_a_name_of_their_own(text: str) -> None:
    assert "Rao Varma" not in {m.entity.name for m in find_mentions(text) if m.entity is not None}


def test_the_last_part_of_a_portfolio_before_a_name_is_not_a_person() -> None:
    text = (
        "Talks were held with Minister of Trade, Industry and Citizens Overseas, Amara Kouyate, who arrived "
        "on Monday."
    )
    people = {m.entity.name for m in find_mentions(text) if m.kind == "person" and m.entity is not None}
    assert people == {"Amara Kouyate"}


@pytest.mark.parametrize(
    "example", load_data("cues.json")["examples"], ids=lambda e: f"{e['cue']}: {e['text'][:40]}"
)
def test_cues_find_the_words_that_shape_a_reading(example: dict[str, Any]) -> None:
    match = cue(example["cue"]).search(example["text"])
    assert (match.group(0) if match is not None else None) == example["found"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "They will convene the Kenya-Uganda Joint Permanent Commission for Cooperation in Kampala.",
            "Kenya-Uganda Joint Permanent Commission for Cooperation",
        ),
        (
            "The Kenya-Uganda Joint Committee on Trade, Economic and Technical Cooperation met.",
            "Kenya-Uganda Joint Committee on Trade, Economic and Technical Cooperation",
        ),
        ("The Kenya-Uganda Joint Commission on Monday adopted a plan.", "Kenya-Uganda Joint Commission"),
        (
            "The Uzbek-Turkmen intergovernmental commission on trade and economic cooperation met in Baku.",
            "Uzbek-Turkmen intergovernmental commission on trade and economic cooperation",
        ),
        (
            "The next session of the Kazakhstan–US Enhanced Strategic Partnership Dialogue will be in May.",
            "Kazakhstan–US Enhanced Strategic Partnership Dialogue",
        ),
        (
            "The Uzbek-Turkmen intergovernmental commission on Monday met.",
            "Uzbek-Turkmen intergovernmental commission",
        ),
    ],
)
def test_a_joint_body_s_remit_is_part_of_its_name_but_a_day_is_not(text: str, body: str) -> None:
    bodies = [text[m.start : m.end] for m in find_mentions(text) if m.kind == "organization"]
    assert bodies == [body]


def test_the_president_of_the_republic_is_whoever_the_release_introduced_with_that_office() -> None:
    text = (
        "The President of the Republic of Ghana, John Mahama, arrived at the invitation of the President of "
        "the Republic, His Excellency Bassirou Diomaye Faye. The President of the Republic received his "
        "guest at the palace."
    )
    later = text.rindex("The President of the Republic")
    referents = {
        m.entity.name for m in find_mentions(text) if m.start == later and m.kind == "person" and m.entity
    }
    assert referents == {"Bassirou Diomaye Faye"}


def test_the_last_holder_of_an_office_is_not_the_person_named_before_with_it() -> None:
    text = (
        "Philippine President Ferdinand Marcos Jr arrived in Hanoi on Tuesday. The last Philippine president "
        "to visit Vietnam was Rodrigo Duterte."
    )
    later = text.index("The last")
    assert not [m for m in find_mentions(text) if m.start == later and m.kind == "person"]


def test_the_president_of_the_republic_never_named_refers_to_no_one() -> None:
    text = "Ghanaian President John Mahama arrived. The President of the Republic received him."
    later = text.index("The President of the Republic")
    assert not [m for m in find_mentions(text) if m.start == later and m.kind == "person"]


def test_a_department_in_brackets_after_an_office_defines_no_organization() -> None:
    text = "The talks were co-chaired by Deputy Minister Aibek Osmonov and Secretary (East) Priya Rao."
    assert not [m for m in find_mentions(text) if m.kind == "organization"]


@pytest.mark.parametrize(
    "example", load_data("titles.json")["later_mentions"]["examples"], ids=lambda e: e["text"][:50]
)
def test_a_later_mention_by_one_name_is_the_person_most_recently_so_named(example: dict[str, Any]) -> None:
    text = example["text"]
    written = [
        m
        for m in find_mentions(text, example.get("year"), example.get("home"))
        if m.kind == "person" and text[m.start : m.end] == example["mention"]
    ]
    assert written, f"{example['mention']!r} is not read as a person"
    person = written[-1].entity
    assert person is not None
    assert person.name == example["person"]
    if "country" in example:
        assert person.country == example["country"]


@pytest.mark.parametrize(
    "example", load_data("titles.json")["delegation_members"]["examples"], ids=lambda e: e["text"][:50]
)
def test_a_delegation_referred_to_later_is_its_leader(example: dict[str, Any]) -> None:
    text = example["text"]
    written = [
        m.entity.name
        for m in find_mentions(text)
        if m.kind == "person" and m.entity is not None and text[m.start : m.end] == example["mention"]
    ]
    assert written == ([example["person"]] if example["person"] else [])


def test_a_body_an_organization_owns_by_a_possessive_belongs_to_it() -> None:
    text = "On Friday, the AU's Peace and Security Council held an emergency meeting."
    bodies = {m.entity.name: m.entity for m in find_mentions(text) if m.kind == "organization" and m.entity}
    council = bodies["Peace and Security Council"]
    assert council.affiliation is not None and council.affiliation.name == "African Union"
    assert council.international


def test_a_name_joined_by_and_is_a_body_only_after_the() -> None:
    names = [m.entity.name for m in find_mentions("Tokayev and Foreign Ministry officials met.") if m.entity]
    assert "Foreign Ministry" in names
    assert not [n for n in names if " and " in n]


def test_a_modifier_before_plural_people_stays_in_a_body_name() -> None:
    text = "Senior Officials of the Foreign Ministry met the Senior Officials Committee."
    names = [m.entity.name for m in find_mentions(text) if m.entity]
    assert "Senior Officials Committee" in names
    assert not [n for n in names if n.startswith("Senior Officials of")]


def test_the_speaker_is_not_the_body_a_relative_clause_names() -> None:
    text = (
        "NAIROBI, Feb 16, 2025 (AFP) -- Kenya's President William Ruto, who chairs the EAC, said on Sunday "
        "that EAC and SADC defence chiefs would meet in the coming weeks."
    )
    (statement,) = [
        e for e in extract(Document(text=text, published=dt.date(2025, 2, 16))) if e.kind == "statement"
    ]
    assert [p.name for p in statement.participants] == ["William Ruto"]


@pytest.mark.parametrize(
    "opening",
    [
        "President Prabowo Subianto will visit India. Prabowo will hold talks with Modi.",
        "President Prabowo Subianto will visit India.",
    ],
)
def test_a_role_is_the_story_s_holder_named_often_not_one_named_once_in_passing(opening: str) -> None:
    text = (
        f"{opening} Prabowo will be "
        "the fourth guest of honour, after Sukarno in 1950 and President Joko Widodo in 2018. From New "
        "Delhi, the President will fly to Kuala Lumpur."
    )
    (role,) = [m for m in find_mentions(text) if text[m.start : m.end] == "the President"]
    assert role.entity is not None and role.entity.name == "Prabowo Subianto"


def test_the_head_of_a_government_is_its_prime_minister_not_the_government() -> None:
    text = "Prime Minister Pedro Sánchez of Spain met Ghazouani. The head of the Spanish government left."
    mentions = [m for m in find_mentions(text) if m.start >= text.index("The head")]
    assert [(m.kind, m.entity.name if m.entity else None) for m in mentions] == [("person", "Pedro Sánchez")]


def test_after_a_middle_initial_comes_the_surname_even_one_spelled_like_a_city() -> None:
    text = "President Tinubu will hold talks with the Prime Minister of Saint Lucia, Mr Philip J. Pierre."
    people = [m.entity.name for m in find_mentions(text) if m.kind == "person" and m.entity is not None]
    assert "Philip J. Pierre" in people


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("the CARICOM summit in Montego Bay, Jamaica, from July 6 to 8", "Montego Bay", "JAM"),
        ("the Mercosur summit in Foz do Iguaçu, Brazil", "Foz do Iguaçu", "BRA"),
        ("They met in Gabala, Azerbaijan, in early October.", "Gabala", "AZE"),
    ],
)
def test_a_town_named_with_its_state_is_a_place_of_that_state(text: str, town: str, state: str) -> None:
    places = [m.place for m in find_mentions(text) if m.kind == "place" and m.place is not None]
    assert any(p.name == town and p.country == state for p in places)


def test_a_town_named_after_its_state_is_the_town_not_the_state() -> None:
    text = "The envoy was in Port Sudan last week."
    mentions = [(m.kind, m.place) for m in find_mentions(text)]
    assert mentions == [("place", Place(name="Port Sudan", country="SDN"))]


def test_the_secretary_general_is_not_the_spokesperson_for_the_secretary_general() -> None:
    text = (
        "The following is a transcript of the noon briefing by Stéphane Dujarric, Spokesperson for the "
        "Secretary-General. This morning, the Secretary-General met with the President of Brazil."
    )
    roles = [m for m in find_mentions(text) if text[m.start : m.end].lower().startswith("the secretary")]
    assert not any(m.entity is not None and m.entity.name == "Stéphane Dujarric" for m in roles)


def test_each_document_signed_in_one_sentence_is_named_for_itself() -> None:
    text = (
        "ASTANA, July 3 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President "
        "Kassym-Jomart Tokayev on Wednesday. After the talks, the two heads of state signed a joint "
        "statement and witnessed the signing of more than 20 cooperation documents."
    )
    events = extract(Document(text=text, published=dt.date(2024, 7, 3)))
    instruments = {e.instrument for e in events if isinstance(e, Agreement)}
    assert instruments == {"joint statement", "cooperation documents"}


def test_a_summit_that_names_no_body_is_held_by_the_body_the_story_names_most() -> None:
    text = (
        "Xi Jinping will attend the Shanghai Cooperation Organisation summit in Astana. The SCO was founded "
        "in 2001, and the SCO now has nine members.\n\nAnalysts say it is growing.\n\nIran joined in 2023 at "
        "a virtual summit hosted by India.\n\nBelarus is next."
    )
    events = extract(Document(text=text, published=dt.date(2024, 6, 28)))
    (virtual,) = [e for e in events if e.kind == "summit" and e.status.value == "happened"]
    assert "Shanghai Cooperation Organization" in [p.name for p in virtual.participants]


def test_words_of_address_alone_refer_back_to_the_royal_not_to_a_president_named_since() -> None:
    text = (
        "His Royal Highness Prince Mohammed bin Salman received a call from President Masoud Pezeshkian. "
        "During the visit, His Royal Highness also held talks with Pezeshkian."
    )
    address = [m for m in find_mentions(text) if text[m.start : m.end] == "His Royal Highness"]
    assert [m.entity.name for m in address if m.entity is not None] == ["Mohammed bin Salman"]


@pytest.mark.parametrize(
    "example",
    load_data("voices.json")["examples"],
    ids=lambda e: e["outlet"] or e["url"],
)
def test_a_release_speaks_for_the_state_its_address_or_outlet_names(example: dict[str, Any]) -> None:
    assert speaking_state(example["url"], example["outlet"]) == example["state"]


@pytest.mark.parametrize(
    "example", load_data("titles.json")["named_after_a_ruler"]["examples"], ids=lambda e: e["text"][:50]
)
def test_a_building_named_after_a_ruler_is_no_person(example: dict[str, Any]) -> None:
    text = example["text"]
    people = [m.entity.name for m in find_mentions(text, 2024) if m.kind == "person" and m.entity is not None]
    assert people == ([example["person"]] if example["person"] else [])
