"""Who and where a document names: people, organizations, countries and places.

People are found from the gazetteer's spellings, from offices written
around a name (``Chinese Foreign Minister Wang Yi``, ``Serik Zhumangarin,
Deputy Prime Minister of Kazakhstan``), and then by the shorter forms a
story uses once it has named someone (``Tokayev``, ``Wang``), or by role
(``the Kazakh leader``, ``the Head of State``, ``the two leaders``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

import attrs

from timeline.extraction import scanning
from timeline.extraction.lexicon import (
    cue,
    fragment,
    load_data,
    roles,
    starts_with_one_of,
    title_modifiers,
    titles,
    trie_pattern,
)
from timeline.gazetteer import (
    KnownPerson,
    capitals,
    country_adjectives,
    country_names,
    find_body_office_holder,
    find_city,
    find_office_holder,
    find_organization,
    find_person,
    find_person_by_initials,
    find_person_in_office,
    find_place,
    known_organizations,
    known_people,
    name_key,
    organization_seats,
    place_spellings,
    region_pattern,
    resolve_shared_name,
    shared_country_names,
    states_described_as,
    usual_name,
)
from timeline.model import Organization, Person, Place

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
# An initial first ('Antony J. Blinken'), else the initial's letter alone would end the name; initials glued
# to the surname, as Mongolian and Russian wires write them ('Kh.Battulga'), are one word with it.
_NAME_TOKEN = (
    rf"(?:(?:[{_UPPER}][{_LOWER}]?\.)+[{_UPPER}][{_LOWER}][\w'’]*(?:-[\w'’]+)*"
    rf"|[{_UPPER}]\.|[{_UPPER}][\w'’]*(?:-[\w'’]+)*)"
)
_PARTICLE = r"(?:bin|ibn|al|el|de|da|van|von|der|du|dos|la|le|arap)"
_PARTICLE_WORD = re.compile(_PARTICLE)
_NAME = rf"{_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t-]+)?{_NAME_TOKEN}){{0,5}}"
_BEFORE = r"(?<!\w)"
# Not inside a longer word, and not before an apostrophe that continues it ("Xi" in "Xi’an"; "Xi's" is fine).
_AFTER = r"(?!\w)(?!['’](?!s\b)\w)"
_ORG_HEADS = fragment("organization_heads")
# the last word of a body's name, also of one whose office stands right before its holder's name
_BODY_HEADS = rf"(?:{_ORG_HEADS}|{fragment('office_body_heads')})"
_BODY_HEAD_WORD = re.compile(_BODY_HEADS)
_ORG = re.compile(
    rf"{_BEFORE}(?:{_NAME_TOKEN}[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?|and[ \t]+)?){{1,6}}"
    rf"(?:{_ORG_HEADS}){_AFTER}"
)
_ORG_HEAD = re.compile(rf"\b(?:{_ORG_HEADS})")
_ACRONYM = re.compile(r"\([A-Z][A-Za-z\-]{1,9}\)")
_ACRONYM_DEFINITION = re.compile(
    rf"((?:{_NAME_TOKEN}[ \t]+(?:(?:of|for|and|on|in)[ \t]+(?:the[ \t]+)?)?)+)\(([A-Z][A-Za-z\-]{{1,9}})\)"
)
# Named things with an acronym that are not bodies that act.
_NOT_BODIES = frozenset(
    {
        "Initiative",
        "Strategy",
        "Program",
        "Programme",
        "Corridor",
        "Agreement",
        "Treaty",
        "Region",
        "Consultations",
        "Talks",
    }
)
_STOP_FIRST = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From"}
)


@attrs.define(slots=True, eq=False)
class Entity:
    """A person or organization as this document names it, merged across its mentions."""

    kind: str
    name: str
    title: str | None = None
    rank: str | None = None
    country: str | None = None
    acronym: str | None = None
    international: bool = False
    affiliation: Entity | None = None
    known: bool = False

    def participant(self) -> Person | Organization:
        if self.kind == "person":
            return Person(name=self.name, title=self.title, country=self.country)
        return Organization(
            name=self.name, acronym=self.acronym, country=self.country, international=self.international
        )


@attrs.frozen(slots=True, kw_only=True)
class Mention:
    """A span of text naming an entity, a country, a place, or a group of people."""

    start: int
    end: int
    kind: str  # person, organization, country, place, group
    entity: Entity | None = None
    country: str | None = None
    place: Place | None = None
    members: tuple[Entity, ...] = ()
    capital: bool = False
    role: bool = False


@attrs.frozen(slots=True)
class _Surface:
    kind: str
    value: str


@functools.cache
def _surfaces() -> dict[str, _Surface]:
    """Gazetteer spellings -> what they name; later tables win over earlier ones."""
    table: dict[str, _Surface] = {}
    for person in known_people():
        for spelling in (person.name, *person.aliases):
            table[spelling] = _Surface("person", person.name)
    for adjective, code in country_adjectives().items():
        table[adjective] = _Surface("adjective", code)
    for name, code in country_names().items():
        table[name] = _Surface("country", code)
    for spelling in place_spellings():
        table[spelling] = _Surface("place", spelling)
    for organization in known_organizations():
        for spelling in (organization.name, *organization.aliases):
            table[spelling] = _Surface("organization", spelling)
        if organization.acronym:
            table[organization.acronym] = _Surface("organization", organization.acronym)
    # Full names of people beat a place or country of the same spelling; surnames alone do not.
    for person in known_people():
        for spelling in (person.name, *person.aliases):
            if " " in spelling:
                table[spelling] = _Surface("person", person.name)
    return table


@functools.cache
def _surface_regex() -> re.Pattern[str]:
    return re.compile(_BEFORE + "(?:" + trie_pattern(_surfaces()) + ")" + _AFTER)


@functools.cache
def _title_pattern(case_sensitive: bool) -> str:
    lower_case = set(load_data("titles.json")["lower_case_titles"]["words"])
    spellings = [s for s in titles() if s[:1].isupper() or not case_sensitive or s in lower_case]
    modifiers = "|".join(re.escape(m) for m in title_modifiers())
    single = rf"(?:(?:{modifiers})[\s-]+)*(?:{trie_pattern(spellings)})"
    if not case_sensitive:
        single = rf"(?:(?:(?i:{modifiers}))[\s-]+)*(?:{trie_pattern(spellings)})"
    return rf"{single}(?:\s*(?:,|and|&)\s*{single})*"


@functools.cache
def country_pattern() -> str:
    """A regular expression matching any country name or adjective."""
    return "(?:" + trie_pattern([*country_names(), *country_adjectives()]) + ")"


# The words of a portfolio between 'of' and the state ('Minister of Foreign Affairs of Kazakhstan'):
# capitalized words (and an acronym in brackets) and the small words joining them, never a verb
# ('President of the PRC Xi Jinping received President of Mongolia Kh.Battulga' names two offices)
_OFFICE_WORD = rf"(?:[{_UPPER}][\w'’-]*|\([^()\n]{{1,30}}\))"
_OFFICE_WORDS = rf"(?:(?:{_OFFICE_WORD}|and|for|the|of)[ \t]+){{0,7}}?{_OFFICE_WORD}"


@functools.cache
def _title_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    title = _title_pattern(True)
    any_case = _title_pattern(False)
    # 'H.E. Mr. Shigeru Ishiba, Prime Minister of Japan', 'President Dr. Mohamed Muizzu'; after an office a
    # surname may open with its particle ('President von der Leyen', 'President el-Sisi')
    name = rf"(?:{_honorific_pattern()}\s+)*(?:{_PARTICLE}(?:[ \t]+{_PARTICLE})?(?:[ \t]+|-))?{_NAME}"
    # a state's people abroad ('Minister of Foreign Affairs, Migration and Tunisians Abroad')
    peoples = trie_pattern([f"{word}s" for word in country_adjectives() if not word.endswith("s")])
    portfolio_word = "(?:" + "|".join([*load_data("titles.json")["portfolios"]["words"], peoples]) + ")"
    portfolio_words = rf"{portfolio_word}(?:(?:,\s+|\s+and\s+|\s+){portfolio_word}){{0,5}}"
    portfolio = rf"(?P<portfolio>(?:\s+(?:for|of)\s+(?:the\s+)?{portfolio_words}){{1,2}})"
    # 'Ambassador of China to Kazakhstan Han Chunlin': an envoy's office names the state sent to as well.
    # Wires write offices in lower case too, after a state, a body or a possessive ('Iraqi president Saddam
    # Hussein', 'UN secretary general Kofi Annan', "the fund's chief executive Nurlan Zhakupov"); after
    # 'the' it describes the person instead ('the minister for Trade Anna Korhonen'). The word or the
    # possessive before opens the match, which keeps the scan to capital letters and apostrophes. Such an
    # office may be set off by a comma ("Norway's deputy foreign minister, Lars Eide Holm,").
    lower_case = (
        rf"(?:{_BEFORE}(?!The\b)[{_UPPER}][\w.'’-]*|(?<=\w)['’]s)\s+(?=[{_LOWER}])(?P<lower>{any_case}),?"
    )
    before_name = re.compile(
        rf"(?:{_BEFORE}(?P<title>{title})|{lower_case})(?:{portfolio}(?=\s+(?!{portfolio_word}\b)[{_UPPER}]))?(?P<of>\s+of\s+(?:the\s+)?(?:{_OFFICE_WORDS}\s+of\s+(?:the\s+)?)?"
        rf"{country_pattern()}(?:\s+(?:to|in)\s+(?:the\s+)?{country_pattern()})?)?\s+(?P<name>{name}){_AFTER}"
    )
    # 'Minister of Foreign Affairs, International Cooperation and Gambians Abroad, Mamadou Tangara', 'Minister
    # for Foreign and European Affairs and Trade, Ian Borg': the portfolio may list its parts with commas, the
    # last joined by 'and'
    of_then_name = re.compile(
        rf"{_BEFORE}(?P<title>{title})\s+(?P<of>(?:of|to|for)\s+[^,;.\n]{{2,90}}?"
        rf"(?:,\s+[^,;.\n]{{2,60}}?\s+and\s+[^,;.\n]{{2,60}}?)?),\s+(?P<name>{name}){_AFTER}"
    )
    name_then_title = re.compile(
        # "Massad Boulos, Trump's senior adviser for Africa,": the office is held for the possessor's state
        rf"(?=[{_UPPER}]){_BEFORE}(?P<name>{name}),\s+(?:the\s+|a\s+|also\s+"
        rf"|(?P<possessor>[{_UPPER}][\w.'’-]*)['’]s\s+)?(?P<title>{any_case})"
        rf"(?P<of>(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:of|at|to|for)\s+[^,;.\n]{{2,90}}?)?"
        rf"(?=\s*[,;.)]|\s+(?:and|who|said|says)\b)"
    )
    return before_name, of_then_name, name_then_title


@functools.cache
def _not_name_words() -> frozenset[str]:
    words = {w for spelling in titles() for w in spelling.split()}
    words |= set(title_modifiers())
    words |= {w for name in (*country_names(), *country_adjectives(), *capitals()) for w in name.split()}
    words |= set(load_data("calendar_words.json")["words"])
    words |= set(load_data("titles.json")["headline_verbs"]["words"])
    words |= _STOP_FIRST
    return frozenset(words)


@functools.cache
def _words_of_capitals() -> frozenset[str]:
    return frozenset(w for name in capitals() if " " in name for w in name.split())


@functools.cache
def _named_after_a_ruler() -> frozenset[str]:
    return frozenset(load_data("titles.json")["named_after_a_ruler"]["words"])


@functools.cache
def _given_names_like_titles() -> frozenset[str]:
    return frozenset(load_data("titles.json")["given_names_like_titles"]["words"])


def _opens_with_a_title_as_given_name(tokens: list[str]) -> bool:
    """'Sultan bin Saad Al-Muraikhi', 'Sultan Al Jaber': a title before a particle is the first name."""
    return (
        len(tokens) > 2
        and tokens[0] in _given_names_like_titles()
        and _PARTICLE_WORD.fullmatch(tokens[1].lower()) is not None
    )


# the rest of a building's name after a ruler's ('King Hussein' + ' Bin Talal Convention Centre')
_RULERS_BUILDING = re.compile(
    rf"(?:[ \t]+[{_UPPER}][\w'’-]*){{0,4}}?[ \t]+(?:{'|'.join(sorted(_named_after_a_ruler()))})\b"
)


@functools.cache
def _honorifics() -> tuple[str, ...]:
    words: list[str] = load_data("titles.json")["honorifics"]["words"]
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(load_data("titles.json")["name_suffixes"]["words"])


@functools.cache
def _honorific_pattern() -> str:
    return "(?:" + "|".join(re.escape(h) + r"(?![\w'’])" for h in _honorifics()) + ")"


@functools.cache
def _leading_honorifics() -> re.Pattern[str]:
    return re.compile(rf"(?:{_honorific_pattern()}\s+)+")


def only_honorifics(written: str) -> bool:
    """'His Royal Highness also held talks': words of address standing for a person already named."""
    return _honorifics_alone().fullmatch(written) is not None


@functools.cache
def _honorifics_alone() -> re.Pattern[str]:
    return re.compile(rf"(?:{_honorific_pattern()}\s*)+")


@functools.cache
def _honored_name_regex() -> re.Pattern[str]:
    return re.compile(
        rf"{starts_with_one_of(_honorifics())}{_BEFORE}(?:{_honorific_pattern()}\s+)+(?P<name>{_NAME}){_AFTER}"
    )


def _clean_name(name: str) -> str | None:
    """The name without honorifics and trailing words that are not part of it; None if nothing is left, or if
    it names a building or body after a ruler ('King Hussein Bin Talal Convention Centre')."""
    leading = _leading_honorifics().match(name)
    if leading is not None:
        name = name[leading.end() :]
    tokens = name.split()
    if _named_after_a_ruler().intersection(token.rstrip(".,") for token in tokens):
        return None
    stop = _not_name_words()
    kept: list[str] = []
    for position, token in enumerate(tokens):
        bare = token.rstrip(".,")
        # a first name may be spelled like a capital ('President Santiago Peña') when a surname follows
        given_name = (
            position == 0
            and len(tokens) > 1
            and tokens[1][:1].isupper()
            and tokens[1].rstrip(".,") not in stop
            # 'Santiago Peña', 'To Lam', 'José Antonio Kast' (a word of 'San José')
            and (bare in capitals() or bare in _words_of_capitals() or len(bare) <= 3)
        ) or (position == 0 and _opens_with_a_title_as_given_name(tokens))
        # a surname may be spelled like a country ('Prime Minister Luís Montenegro's') when it ends the name
        surname = (
            kept
            and position == len(tokens) - 1
            and re.sub(r"['’]s$", "", bare) in country_names()
            and kept[-1] not in stop
        )
        # 'Philip J. Pierre': after a middle initial comes the surname, whatever else it spells
        after_initial = bool(kept) and re.fullmatch(r"[A-Z]\.", kept[-1]) is not None
        # 'de la Fuente': a particle inside a name, whatever else it spells
        particle = position < len(tokens) - 1 and _PARTICLE_WORD.fullmatch(bare) is not None
        if (
            not given_name
            and not surname
            and not after_initial
            and not particle
            and (bare in stop or (bare.rstrip("'’s") in stop and token.endswith(("'s", "’s"))))
        ):
            break
        kept.append(token)
        if token.endswith(("'s", "’s")):
            break
    while kept and kept[-1].endswith("."):
        last = kept[-1]
        if len(last) > 2 and not last[:-1].isupper():
            kept[-1] = last[:-1]
        break
    text = " ".join(kept)
    text = re.sub(r"['’]s$", "", text)
    if not text or len(text) < 2 or not any(c.islower() for c in text):
        return None
    return text


def _another_person(entity: Entity, title: str | None, country: str | None) -> bool:
    """A name written with a state or an office that the person already named by it does not have."""
    if country and entity.country and country != entity.country:
        return True
    if title and entity.title and entity.title.lower().endswith(title.lower()):
        return False  # 'Secretary de la Fuente' after 'Foreign Secretary de la Fuente': the office, shortened
    # 'the President, Prime Minister Frieden': a title written in a list may be any of its offices
    ranks = {_rank_of(part) for part in re.split(r"\s*(?:,|\band\b|&)\s*", title or "")} - {None}
    return bool(ranks and entity.rank and entity.rank not in ranks)


# 'Mr. KISHIDA Fumio': a surname in capitals before the given name, as Japanese official English writes it
_SURNAME_FIRST = re.compile(
    rf"(?P<surname>[{_UPPER}]{{2,}})[ \t]+(?P<given>[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)?)"
)


def _given_name_first(name: str) -> str:
    """The name in the order news writes it in English: 'KISHIDA Fumio' is Fumio Kishida."""
    found = _SURNAME_FIRST.fullmatch(name)
    if found is None:
        return name
    return f"{found.group('given')} {found.group('surname').capitalize()}"


@attrs.define(slots=True)
class _Registry:
    """The document's entities, found by spelling keys."""

    by_key: dict[str, Entity] = attrs.field(factory=dict)
    short: dict[str, Entity] = attrs.field(factory=dict)
    # everyone a one-word key may name, in the order introduced ('Lee Kyu-yeon', then 'Lee Jae-myung')
    namesakes: dict[str, list[Entity]] = attrs.field(factory=dict)
    # spans of portfolios written out before a name ('Minister of ... and Gambians Abroad, Mamadou Tangara')
    portfolios: list[tuple[int, int]] = attrs.field(factory=list)
    # the year the story was written in, which tells namesakes in office apart
    year: int | None = None
    # the state whose own release the story is, whose principal it may name by office alone
    home: str | None = None

    def person(self, written: str, title: str | None, rank: str | None, country: str | None) -> Entity:
        # 'JD Vance': a known name with capitals in it is in its usual order already
        known = find_person(written)
        if known is None:
            written = _given_name_first(written)
            known = (
                find_person(written) or find_person_by_initials(written) or self._in_office(written, title)
            )
        name = known.name if known is not None else usual_name(written)
        key = name_key(name)
        entity = self.by_key.get(key) or self.short.get(key)
        if entity is not None and _another_person(entity, title, country):
            # 'King Hussein of Jordan' after "Iraq's Saddam Hussein": a namesake; 'President Lee' after the
            # secretary Lee Kyu-yeon and President Lee Jae-myung: the one of them holding that office
            entity = next(
                (e for e in self.namesakes.get(key, ()) if not _another_person(e, title, country)), None
            )
        if entity is None:
            entity = Entity(kind="person", name=name, known=known is not None)
            if known is not None:
                entity.country = known.country
            self._add(entity)
        relational = title is not None and title.lower() in _relational_titles()
        if title and not entity.title and not (relational and known is not None and known.office):
            entity.title, entity.rank = title, rank
        elif known is not None and known.office and not entity.title:
            office = known.office.split(" of ")[0]
            entity.title, entity.rank = office, _rank_of(office)
        if country and not entity.country:
            entity.country = country
        if entity.title and len(entity.name.split()) == 1:
            # 'Bush told a news conference' after 'President Bush': the one name, written again alone
            self.short.setdefault(name_key(entity.name), entity)
        return entity

    def _in_office(self, written: str, title: str | None) -> KnownPerson | None:
        """'President Bush' in a story of 1990 is George H. W. Bush: a surname with the office its holder that
        year had."""
        if self.year is None or title is None or " " in written.strip():
            return None
        known = find_person_in_office(written, self.year)
        if known is None or not (known.office or "").lower().startswith(title.lower()):
            return None
        return known

    def organization(self, written: str) -> Entity:
        known = find_organization(written)
        name = known.name if known is not None else written
        key = name_key(name)
        entity = self.by_key.get(key)
        if entity is None:
            entity = Entity(kind="organization", name=name, known=known is not None)
            if known is not None:
                entity.acronym, entity.country = known.acronym, known.country
                entity.international = known.international
            self._add(entity)
        return entity

    def _add(self, entity: Entity) -> None:
        self.by_key[name_key(entity.name)] = entity
        if entity.acronym:
            self.by_key[name_key(entity.acronym)] = entity
        if entity.kind == "person":
            suffixes = _name_suffixes()
            tokens = [t for t in entity.name.replace("-", " ").split() if t not in suffixes]
            words = [w for w in entity.name.split() if w not in suffixes] or entity.name.split()
            if len(tokens) > 1:
                for token in (tokens[0], tokens[-1], words[-1], words[0]):
                    named_by = self.namesakes.setdefault(name_key(token), [])
                    if entity not in named_by:
                        named_by.append(entity)
                    named = self.short.get(name_key(token))
                    if named is None or len(named.name.split()) == 1:
                        # a full name given after the one name alone ('Minister Gunnarsdóttir') is that name's
                        self.short[name_key(token)] = entity

            # 'Oligui Nguema' for 'Brice Clotaire Oligui Nguema': a later mention by the last two names
            if len(words) > 2:
                self.short.setdefault(name_key(" ".join(words[-2:])), entity)
            # 'Hassan Sheikh' for 'Hassan Sheikh Mohamud', 'Mohammed bin Salman' for 'Mohammed bin Salman Al
            # Saud': a later mention by the first names, as the press names people of several given names
            for length in range(2, len(words)):
                if not _PARTICLE_WORD.fullmatch(words[length - 1]):
                    self.short.setdefault(name_key(" ".join(words[:length])), entity)
            # 'de la Fuente' for 'Juan Ramón de la Fuente': the surname from its first particle on
            particle = next((i for i, w in enumerate(words[1:-1], 1) if _PARTICLE_WORD.fullmatch(w)), None)
            if particle is not None:
                self.short.setdefault(name_key(" ".join(words[particle:])), entity)
            known = find_person(entity.name)
            if known is not None:
                for alias in known.aliases:
                    self.short.setdefault(name_key(alias), entity)
                    # 'Rodríguez' for 'Bruno Rodríguez Parrilla', known as 'Bruno Rodríguez': the surname
                    # of a shorter form the press uses
                    alias_words = [w for w in alias.split() if w not in suffixes]
                    if len(alias_words) > 1:
                        self.short.setdefault(name_key(alias_words[-1]), entity)


def find_mentions(text: str, year: int | None = None, home: str | None = None) -> list[Mention]:
    """Every mention in `text`, in text order, without overlaps (longer and titled ones win); `year`, when
    the story's is known, tells apart namesakes who held office in different years; `home` is the state
    whose own release the story is ('The President of the Republic spoke' on the Élysée's site)."""
    registry = _Registry(year=year, home=home)
    found: list[Mention] = []
    found.extend(_titled_people(text, registry))
    found.extend(_honored_people(text, registry))
    found.extend(_listed_people(text, registry))
    found.extend(_untitled_people(text, registry))
    found.extend(_gazetteer_mentions(text, registry))
    found.extend(_defined_organizations(text, registry))
    found.extend(_generic_organizations(text, registry))
    found.extend(_described_places(text))
    found.extend(_towns_with_their_state(text))
    found.extend(_state_bodies(text, registry))
    found.extend(_joint_bodies(text, registry))
    chosen = _with_full_names(_without_overlaps(found), registry)
    chosen = _without_overlaps([*chosen, *_short_names(text, registry, chosen)])
    chosen = _without_overlaps([*chosen, *_unlisted_towns(text, chosen)])
    chosen.extend(_leaders_offices(text, registry, chosen))
    chosen = _organizations_by_short_names(chosen)
    chosen.extend(_bodies_by_lower_case_names(text, chosen))
    _offices_of_counterparts(chosen)
    led = _delegation_leaders(text, chosen)
    by_role = _role_mentions(text, chosen, registry)
    # 'the head of the Spanish government' is a person, not the government inside the phrase
    chosen = [
        m
        for m in chosen
        if m.kind != "organization" or not any(r.start <= m.start and m.end <= r.end for r in by_role)
    ]
    chosen.extend(by_role)
    chosen.extend(_delegation_references(text, chosen, led))
    chosen.sort(key=lambda m: (m.start, m.end))
    chosen = _shared_names_resolved(text, chosen)
    chosen.extend(_states_by_description(text, chosen))
    chosen.extend(_places_by_there(text, chosen))
    chosen.extend(_office_holders_of_states(text, chosen, registry))
    chosen.extend(_body_office_holders(text, chosen, registry))
    chosen.sort(key=lambda m: (m.start, m.end))
    return chosen


@functools.cache
def _state_description_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in states_described_as())
    return re.compile(rf"(?i)\bthe\s+(?P<word>{words})\b(?!\s+of\b)")


def _states_by_description(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the kingdom' after Saudi Arabia: the last state named, or placed by a city, that the word fits."""
    described: list[Mention] = []
    for match in _state_description_regex().finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        fitting = states_described_as()[match.group("word").lower()]
        named = _last_place_named(mentions, match.start(), among=fitting)
        if named is not None:
            described.append(
                Mention(start=match.start(), end=match.end(), kind="country", country=named.country)
            )
    return described


# How far before 'travel there' the place it stands for may be named: the sentence before, at most
_THERE_REACH = 400


def _places_by_there(text: str, mentions: list[Mention]) -> list[Mention]:
    """'postponed a visit to Saudi Arabia ... and would now travel there on March 10': 'there' after a verb
    of going is the last place or state named before it."""
    found: list[Mention] = []
    for match in cue("going_there").finditer(text):
        start = match.end()
        named = _last_place_named(mentions, start, reach=_THERE_REACH)
        if named is not None:
            found.append(attrs.evolve(named, start=start, end=start + len("there")))
    return found


def _last_place_named(
    mentions: list[Mention], position: int, reach: int | None = None, among: frozenset[str] | None = None
) -> Mention | None:
    """The last place or state named before `position`, within `reach` characters and `among` those states
    when given; a capital speaking for its state ('Beijing said') names no place."""
    return next(
        (
            m
            for m in reversed(mentions)
            if m.end <= position
            and m.kind in ("country", "place")
            and not m.capital
            and (reach is None or position - reach <= m.start)
            and (among is None or m.country in among)
        ),
        None,
    )


# How far after an office of two states news names its holders: the lede describes, the next
# paragraph names ('The foreign ministers of Congo and Rwanda signed ... Congo's Thérèse Kayikwamba
# Wagner and Rwanda's Olivier Nduhungirehe put their names to the text').
_HOLDERS_REACH = 700


@functools.cache
def _office_of_states_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    country = country_pattern()
    adjective = "(?:" + trie_pattern(list(country_adjectives())) + ")"
    offices = _plural_office_pattern()
    of_states = re.compile(
        rf"\b[Tt]he\s+(?P<office>{offices})\s+of\s+(?P<states>(?:the\s+)?{country}(?:\s*,\s*(?:the\s+)?{country})*"
        rf",?\s+and\s+(?:the\s+)?{country})\b"
    )
    adjectives = re.compile(
        rf"\b[Tt]he\s+(?P<states>{adjective}(?:\s*,\s*{adjective})*,?\s+and\s+{adjective})\s+(?P<office>{offices})\b"
    )
    return of_states, adjectives


def _office_holders_of_states(text: str, mentions: list[Mention], registry: _Registry) -> list[Mention]:
    """'The foreign ministers of Congo and Rwanda', 'the Kenyan and Ugandan presidents': a group of the
    holders of one office in the states listed, who are the people of those states the story names near
    it, without another office, else those the gazetteer knows held it in the story's year. They take the
    office when the story names them without one."""
    people = [m for m in mentions if m.kind == "person" and m.entity is not None]
    groups: list[Mention] = []
    for regex in _office_of_states_regexes():
        for match in regex.finditer(text):
            if _listed_people_regex().match(text, match.start()) or any(
                m.start < match.end() and match.start() < m.end for m in people
            ):
                continue  # the holders are named right there
            title = _plural_offices()[match.group("office").lower()]
            rank = _rank_of(title)
            role = match.group("office").lower().removesuffix("s")
            members: list[Entity] = []
            known: list[Entity | None] = []
            for written in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", match.group("states")):
                state = written.removeprefix("the ").strip()
                code = _state_written(state)
                holder = _holder_near(people, code, rank, match.start(), match.end())
                if holder is not None and holder not in members:
                    members.append(holder)
                if code is not None and registry.year is not None:
                    known.append(holder or _office_holder(role, code, registry))
            if len(members) < 2 and len(known) == 2 and None not in known:
                # 'The foreign ministers of Uzbekistan and Pakistan flew into Kabul', named nowhere: the
                # holders that year, when the gazetteer knows both (of three or more states listed, a
                # meeting is one with each state: 'met the foreign ministers of Azerbaijan, Hungary and Oman')
                members = [holder for holder in dict.fromkeys(known) if holder is not None]
            if len(members) < 2:
                continue
            for holder in members:
                if holder.title is None:
                    holder.title, holder.rank = title, rank
            groups.append(Mention(start=match.start(), end=match.end(), kind="group", members=tuple(members)))
    return groups


@functools.cache
def _office_of_body_regex() -> re.Pattern[str]:
    offices = trie_pattern([spelling for spelling in titles() if spelling[:1].isupper()])
    return re.compile(rf"\b[Tt]he\s+(?P<office>{offices})\s+of\s+(?:the\s+)?$")


def _body_office_holders(text: str, mentions: list[Mention], registry: _Registry) -> list[Mention]:
    """'The President of the European Council arrived', named nowhere: the one the gazetteer knows held that
    office of that body in the story's year."""
    if registry.year is None:
        return []
    named = [m for m in mentions if m.kind == "person"]
    starts = [m.start for m in named]
    people = [(m.start, m.end) for m in named]
    found: list[Mention] = []
    for body in mentions:
        if body.kind != "organization" or body.entity is None or not body.entity.international:
            continue
        office = _office_of_body_regex().search(text, max(0, body.start - 60), body.start)
        if office is None or _overlaps(people, office.start(), body.end):
            continue
        if _name_following(text, body.end, named, starts) is not None:
            continue  # 'The President of the European Council, António Costa': the name says who
        known = find_body_office_holder(office.group("office"), body.entity.name, registry.year)
        if known is None or known.office is None:
            continue
        title = known.office.split(" of ")[0]
        holder = registry.person(known.name, title, _rank_of(title), known.country)
        holder.affiliation = holder.affiliation or body.entity
        found.append(Mention(start=office.start(), end=body.end, kind="person", entity=holder, role=True))
    return found


def _holder_near(
    people: list[Mention], code: str | None, rank: str | None, start: int, end: int
) -> Entity | None:
    """The person of state `code` named first after `end` (or last before `start`), without an office of
    another rank."""

    def fits(mention: Mention) -> bool:
        entity = mention.entity
        return entity is not None and entity.country == code and (entity.title is None or entity.rank == rank)

    after = [m for m in people if end <= m.start <= end + _HOLDERS_REACH and fits(m)]
    if after:
        return after[0].entity
    before = [m for m in people if start - _HOLDERS_REACH <= m.end <= start and fits(m)]
    return before[-1].entity if before else None


def _shared_names_resolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Democratic Republic of Congo ... Congo's Thérèse Kayikwamba Wagner': a name two states share means
    the one the story names by a name of its own, for its mentions and the people it gave a state."""
    shared = shared_country_names()
    countries = [m for m in mentions if m.kind == "country" or m.capital]
    named = {m.country for m in countries if text[m.start : m.end] not in shared and m.country is not None}
    moved = {
        codes[0]: resolved
        for written, codes in shared.items()
        if (resolved := resolve_shared_name(written, named)) is not None and resolved != codes[0]
    }
    if not moved:
        return mentions
    resolved_mentions = []
    for mention in mentions:
        entity = mention.entity
        if entity is not None and not entity.known and entity.country in moved:
            entity.country = moved[entity.country]
        if mention.country in moved:
            code = moved[mention.country]
            place = attrs.evolve(mention.place, country=code) if mention.place is not None else None
            mention = attrs.evolve(mention, country=code, place=place)
        resolved_mentions.append(mention)
    return resolved_mentions


def _organizations_by_short_names(mentions: list[Mention]) -> list[Mention]:
    """'the Morocco-Gambia Joint Commission ... the last session of the Joint Commission': a body named later
    by the last words of a longer name the story gave before is that body."""
    by_ending: dict[str, Entity] = {}  # the last words of each body's name so far -> the latest such body
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        entity = mention.entity
        if mention.kind == "organization" and entity is not None:
            longer = by_ending.get(entity.name)
            if longer is not None and not entity.known and " " in entity.name:
                mention = attrs.evolve(mention, entity=longer)
                entity = longer
            for cut in _NAME_JOINT.finditer(entity.name):
                by_ending[entity.name[cut.end() :]] = entity
        result.append(mention)
    return result


_NAME_JOINT = re.compile(r"[ -]")
# 'the cooperation committee', 'the committee's': a body named before, by the last words of its name
_LOWER_CASE_BODY_NOUN = re.compile(r"\b(?:commission|committee|council|dialogue)\b")
_LOWER_CASE_BODY = re.compile(
    r"\b(?:the|its|their)\s+((?:[a-z][a-z-]+\s+){0,3}(?:commission|committee|council|dialogue))\b"
)


def _bodies_by_lower_case_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """'the 12th meeting of the China-Kazakhstan Cooperation Committee ... The 13th meeting of the cooperation
    committee': a body named again in lower case by the last words of its name is that body."""
    bodies = [m for m in chosen if m.kind == "organization" and m.entity is not None]
    if not bodies:
        return []
    starts = sorted(m.start for m in chosen)
    found: list[Mention] = []
    for noun in _LOWER_CASE_BODY_NOUN.finditer(text, bodies[0].end):
        # the noun is rare; the phrase is tried only in the words before it
        match = next(
            (
                m
                for m in _LOWER_CASE_BODY.finditer(text, max(0, noun.start() - 50), noun.end())
                if m.end() == noun.end()
            ),
            None,
        )
        if match is None:
            continue
        words = match.group(1).lower()
        earlier = [
            m.entity
            for m in bodies
            if m.end <= match.start() and m.entity is not None and m.entity.name.lower().endswith(" " + words)
        ]
        position = bisect.bisect_left(starts, match.start(1))
        overlaps = position < len(starts) and starts[position] < match.end(1)
        if earlier and not overlaps:
            found.append(
                Mention(start=match.start(1), end=match.end(1), kind="organization", entity=earlier[-1])
            )
    return found


@functools.cache
def _relational_titles() -> frozenset[str]:
    """Lower-case words that name a person by relation to another ('counterpart'), not by an office."""
    return frozenset(load_data("titles.json")["lower_case_titles"]["words"])


def _offices_of_counterparts(mentions: list[Mention]) -> None:
    """'Lamola ... his Namibian counterpart, Selma Ashipala-Musavyi': a counterpart holds the office of the
    last person of another state named before them."""
    people = sorted(
        (m for m in mentions if m.kind == "person" and m.entity is not None), key=lambda m: m.start
    )
    for index, mention in enumerate(people):
        entity = mention.entity
        assert entity is not None
        if (entity.title or "").lower() not in _relational_titles():
            continue
        holder = next(
            (
                m.entity
                for m in reversed(people[:index])
                if m.entity is not None
                and m.entity.rank
                and (m.entity.title or "").lower() not in _relational_titles()
                and m.entity.country != entity.country
            ),
            None,
        )
        if holder is not None:
            entity.title, entity.rank = holder.title, holder.rank


_DELEGATION_LED_BY = cue("delegation_led_by")
# between a state's adjective and the delegation it names: 'a Kenyan parliamentary delegation'
_ADJECTIVE_GAP = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")
# the titles between 'led by' and the leader's name ('led by Speaker of the Dewan Rakyat Johari Abdul')
_LEADER_REACH = 60


def _delegation_leaders(text: str, mentions: list[Mention]) -> list[tuple[int, Entity]]:
    """The leaders of the delegations the text introduces ('a delegation of the Parliament of Malaysia led by
    Speaker Johari Abdul'), each with where it was introduced; a leader of no known state is of the one state
    the delegation is named by."""
    led: list[tuple[int, Entity]] = []
    if "delegation" not in text.lower():
        return led  # the common case, found faster than by the pattern
    for match in _DELEGATION_LED_BY.finditer(text):
        states = {
            m.country
            for m in mentions
            if m.kind == "country"
            and m.country
            and (
                match.start() <= m.start < match.end()
                or _ADJECTIVE_GAP.fullmatch(text, m.end, match.start()) is not None
            )
        }
        leader = next(
            (
                m
                for m in mentions
                if match.end() <= m.start <= match.end() + _LEADER_REACH and m.kind == "person"
            ),
            None,
        )
        if leader is None or leader.entity is None:
            continue
        if len(states) == 1 and not leader.entity.country:
            leader.entity.country = states.pop()
        led.append((match.start(), leader.entity))
    return led


@functools.cache
def _delegation_reference_regex() -> re.Pattern[str]:
    adjectives = trie_pattern([*country_adjectives(), *country_names()])
    members = trie_pattern(load_data("titles.json")["delegation_members"]["words"])
    return re.compile(
        rf"\b(?i:the)\s+(?:(?P<adj>{adjectives})\s+(?:(?i:{members})|(?i:delegation))"
        rf"|(?i:delegation))\b(?!\s+(?:of|from|led|headed)\b)"
    )


def _delegation_references(text: str, chosen: list[Mention], led: list[tuple[int, Entity]]) -> list[Mention]:
    """'the delegation', 'the Malaysian guests': the leader of the delegation introduced last before (of that
    state, when one is written), where 'the delegation' alone names no one otherwise."""
    mentions: list[Mention] = []
    if not led:
        return mentions
    taken = [(m.start, m.end) for m in chosen if m.kind != "country"]
    for match in _delegation_reference_regex().finditer(text):
        if _overlaps(taken, match.start(), match.end()):
            continue
        state = _state_written(match.group("adj") or "")
        leaders = [
            entity
            for start, entity in led
            if start < match.start() and (state is None or entity.country == state)
        ]
        if leaders:
            mentions.append(
                Mention(start=match.start(), end=match.end(), kind="person", entity=leaders[-1], role=True)
            )
    return mentions


def _with_full_names(mentions: list[Mention], registry: _Registry) -> list[Mention]:
    """'Johari, the speaker of the Dewan Rakyat' in a story that names 'Johari Abdul' (or 'Oligui Nguema'
    in one naming 'Brice Clotaire Oligui Nguema'): a person named by one word or the last two words of a full
    name the story gives is that person; so is one named by the surname from its particle on ('de la
    Fuente')."""
    joined: dict[int, Entity] = {}
    for key, entity in list(registry.by_key.items()):
        surname = _PARTICLE_WORD.fullmatch(entity.name.split()[0]) is not None
        if entity.kind != "person" or entity.known or (entity.name.count(" ") > 1 and not surname):
            continue
        full = registry.short.get(key)
        if (
            full is None
            or full is entity
            or full.kind != "person"
            or _another_person(full, entity.title, entity.country)
        ):
            continue
        full.title, full.rank = (full.title, full.rank) if full.title else (entity.title, entity.rank)
        full.country = full.country or entity.country
        full.affiliation = full.affiliation or entity.affiliation
        registry.by_key[key] = full
        joined[id(entity)] = full
    if not joined:
        return mentions
    return [
        attrs.evolve(m, entity=joined[id(m.entity)]) if m.entity is not None and id(m.entity) in joined else m
        for m in mentions
    ]


def countries_named_in(name: str) -> list[str]:
    """Countries an organization's name names ('UAE-Kazakhstan Joint Intergovernmental Commission')."""
    codes: list[str] = []
    for word in re.split(r"[\s\-–]+", name):
        code = _state_written(word)
        if code is not None:
            codes.append(code)
    return codes


def _rank_of(title: str) -> str | None:
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", title):
        words = part.split()
        for first in range(len(words)):
            found = titles().get(" ".join(words[first:])) or titles().get(" ".join(words[first:]).lower())
            if found is not None:
                return found.rank
    return None


def _canonical_title(title: str) -> str:
    """The office as written, in capitals when written in lower case ('deputy foreign minister')."""
    written = " ".join(title.split())
    if not written.islower():
        return written
    small = _lower_case_in_offices()
    return " ".join(word if word in small else word[:1].upper() + word[1:] for word in written.split())


@functools.cache
def _lower_case_in_offices() -> frozenset[str]:
    return frozenset(load_data("titles.json")["lower_case_in_offices"]["words"])


_POSSESSIVE_END = re.compile(r"['’]s$")


@functools.cache
def _qualifiers_end() -> re.Pattern[str]:
    words: list[str] = load_data("titles.json")["office_qualifiers"]["words"]
    alternatives = "|".join(
        re.escape(w).replace("\\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?:\b(?:{alternatives})[ \t]+)+$")


def _prefix(text: str, start: int, registry: _Registry) -> tuple[str | None, Entity | None, int]:
    """The country or organization written just before an office ('Kazakh', 'AIIB', "Kazakhstan's")."""
    window = text[max(0, start - 80) : start]
    # "Suriname's new President": words that qualify the office stand between it and its state
    window = _qualifiers_end().sub("", window)
    # 'U.S. Secretary of State': initials written together are one word; the line before (a dateline, a
    # headline) is no part of the office
    match = re.search(
        rf"((?:[A-Z]\.){{2,}}(?:[ \t]+{_NAME_TOKEN}){{0,2}}|{_NAME_TOKEN}(?:[ \t-]+{_NAME_TOKEN}){{0,4}})"
        r"(?:['’]s)?[ \t]+$",
        window,
    )
    if match is None:
        return None, None, start
    words = match.group(1)
    begin = max(0, start - 80) + match.start(1)
    tokens = words.split()
    for first in range(len(tokens)):
        # "Suriname's President": the possessive is no part of the country's name
        candidate = _POSSESSIVE_END.sub("", " ".join(tokens[first:]))
        code = _state_written(candidate)
        if code is not None:
            return code, None, begin + len(" ".join(tokens[:first])) + (1 if first else 0)
        organization = find_organization(candidate)
        if organization is not None or re.search(rf"\b(?:{_ORG_HEADS})$", candidate):
            if candidate.split()[0] in _STOP_FIRST:
                continue
            entity = registry.organization(candidate)
            return entity.country, entity, begin + len(" ".join(tokens[:first])) + (1 if first else 0)
    # 'U.S. Commerce Secretary', 'Kenyan Trade Minister': the state, then the portfolio the office is of
    for last in range(max(1, len(tokens) - 2), len(tokens)):
        leading = _POSSESSIVE_END.sub("", " ".join(tokens[:last]))
        code = _state_written(leading)
        if code is not None:
            return code, None, begin
    return None, None, start


def _state_written(word: str) -> str | None:
    """The state `word` names by its adjective or its name ('Kazakh', 'Kazakhstan'), else None."""
    return country_adjectives().get(word) or country_names().get(word)


def _of_country(of: str | None) -> str | None:
    if not of:
        return None
    for match in _surface_regex().finditer(of):
        surface = _surfaces()[match.group()]
        if surface.kind in ("country", "adjective"):
            return surface.value
        if surface.kind == "place":
            place = find_place(match.group())
            if place is not None:
                return place.country
        if surface.kind == "organization":
            organization = find_organization(match.group())
            if organization is not None and organization.country:
                return organization.country
    return None


def _of_organization(of: str | None, registry: _Registry) -> Entity | None:
    if not of:
        return None
    for match in _surface_regex().finditer(of):
        if _surfaces()[match.group()].kind == "organization":
            return registry.organization(match.group())
    found = _ORG.search(of)
    if found is not None and found.group().split()[0] not in _STOP_FIRST:
        return registry.organization(found.group())
    return None


def _name_start(match: re.Match[str], name: str) -> int:
    """Where the cleaned name begins ('Sheikh Mohamed bin Zayed' names 'Mohamed bin Zayed')."""
    return match.start("name") + max(0, match.group("name").find(name))


def _person_at(match: re.Match[str], name: str, entity: Entity) -> Mention:
    """The mention of `entity` where `name` stands in `match`."""
    start = _name_start(match, name)
    return Mention(start=start, end=start + len(name), kind="person", entity=entity)


@functools.cache
def _appositive_title_regexes() -> tuple[re.Pattern[str], ...]:
    """'his Namibian counterpart, Selma Ashipala-Musavyi,', "Senegal's Foreign Minister, Yassine Fall.", 'the
    president of Argentina, Nestor Kirchner,': an office, then the name set off by commas; or an office of a
    named body right before its holder's name."""
    words = trie_pattern(load_data("titles.json")["lower_case_titles"]["words"])
    name = rf"(?:{_honorific_pattern()}\s+)*{_NAME}"

    def office_of_state(the: str) -> re.Pattern[str]:
        # opening with the word itself lets the scan skip from one 'the' to the next
        return re.compile(
            rf"{the}(?<!\w{the})[ \t]+(?P<office_of>{_title_pattern(False)})[ \t]+of[ \t]+(?:the[ \t]+)?"
            rf"(?P<state>{country_pattern()}),[ \t]+(?P<holder>{name}){_AFTER}(?=\s*,)"
        )

    def office_of_body(the: str) -> re.Pattern[str]:
        # 'the chairman of China National Nuclear Corporation (CNNC), Yu Jianfeng,', 'the head of Kazakhstan's
        # Atomic Energy Agency, Almasadam Satkaliyev,'
        return re.compile(
            rf"{the}(?<!\w{the})[ \t]+(?P<office_of>{_title_pattern(False)})[ \t]+of[ \t]+(?:the[ \t]+)?"
            rf"(?:(?P<owner>{country_pattern()})['’]s[ \t]+)?(?P<body>{_OFFICE_WORDS}),"
            rf"[ \t]+(?P<holder>{name}){_AFTER}(?=\s*,)"
        )

    # 'Chairman of the Senate Askar Shakirov', 'Vice Chairman of the NPC Standing Committee Xiao Jie': an
    # office of a body whose name ends in the word of a body, right before the holder's name
    office_before_holder = re.compile(
        rf"{_BEFORE}(?P<office_of>{_title_pattern(True)})[ \t]+of[ \t]+(?:the[ \t]+)?"
        rf"(?P<body>(?:{_NAME_TOKEN}[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?){{0,5}}"
        rf"{_BODY_HEADS})[ \t]+"
        rf"(?!(?:{_NAME_TOKEN}[ \t]+){{0,3}}{_BODY_HEADS}{_AFTER})"
        rf"(?P<holder>{name}){_AFTER}"
    )
    return (
        re.compile(
            rf"{_BEFORE}(?P<title>(?i:{words})),[ \t]+(?P<name>{name}){_AFTER}"
            r"(?=\s*[,;.]|\s+(?:and|on|in|at)\b)"
        ),
        re.compile(
            rf"{_BEFORE}(?P<office>{_title_pattern(True)}),[ \t]+(?P<named>{name}){_AFTER}(?=\s*[,;.])"
        ),
        office_of_state("the"),
        office_of_state("The"),
        office_of_body("the"),
        office_of_body("The"),
        office_before_holder,
    )


_SENT_TO = re.compile(r"\s+(?:to|for)\b")


# Words no portfolio holds: after them the office and its holder have been named already
_NO_PORTFOLIO_WORDS = re.compile(r"\s(?:in|on|with)\s")


def _titled_people(text: str, registry: _Registry) -> list[Mention]:
    before_name, of_then_name, name_then_title = _title_regexes()
    mentions: list[Mention] = []
    for match in scanning.finditer(of_then_name, text):
        name = _clean_name(match.group("name"))
        if name is None or all(word in _not_person_words() for word in name.split()):
            continue  # 'Minister of Foreign Affairs, Migration and Tunisians Abroad': a portfolio goes on
        if _NO_PORTFOLIO_WORDS.search(match.group("of")):
            continue  # 'President of Kazakhstan Kassym-Jomart Tokayev in Khankendi, Trend reports'
        title = _canonical_title(match.group("title"))
        # "Senegal's Minister of African Integration and Foreign Affairs, Mrs. Yassine Fall"
        country = _of_country(match.group("of")) or _prefix(text, match.start(), registry)[0]
        entity = registry.person(name, title, _rank_of(title), country)
        mentions.append(_person_at(match, name, entity))
        registry.portfolios.append(match.span("of"))
    for match in scanning.finditer(before_name, text):
        name = _clean_name(match.group("name"))
        if name is None or _BODY_HEAD_WORD.fullmatch(name.split()[0]):
            continue  # 'Speaker of the National Assembly Johari Abdul': the portfolio ended inside a body
        if match.group("title") and _opens_with_a_title_as_given_name([match.group("title"), *name.split()]):
            continue  # 'Sultan Al Jaber' is a name, read where no office comes before it
        title = _canonical_title(match.group("title") or match.group("lower"))
        office_start = match.start("lower") if match.group("lower") is not None else match.start()
        country, organization, _start = _prefix(text, office_start, registry)
        # 'King Hussein of Jordan': the state may follow the name
        country = _of_country(match.group("of")) or _state_after(text, match.end()) or country
        entity = registry.person(name, title, _rank_of(title), country)
        if organization is not None and entity.affiliation is None:
            entity.affiliation = organization
        mentions.append(_person_at(match, name, entity))
        if match.group("portfolio") is not None:
            registry.portfolios.append(match.span("portfolio"))
    for match in scanning.finditer_first(_appositive_title_regexes(), text):
        groups = match.groupdict()
        held = next(group for group in ("name", "named", "holder") if groups.get(group) is not None)
        written = match.group(held)
        name = _clean_name(written)
        if name is None:
            continue
        span = match.span(held)
        if any(first <= span[0] < last for first, last in registry.portfolios):
            continue  # '... Foreign Affairs, International Cooperation and Gambians Abroad, Mamadou Tangara'
        country, _organization, _start = _prefix(text, match.start(), registry)
        country = _of_country(groups.get("state")) or _of_country(groups.get("owner")) or country
        if groups.get("office_of") is not None:  # 'the president of Argentina' holds the office 'President'
            title = _canonical_title(groups["office_of"])
        else:
            title = _canonical_title(groups.get("title") or groups["office"])
        entity = registry.person(name, title, _rank_of(title), country)
        organization = _of_organization(groups.get("body"), registry)
        if organization is not None and entity.affiliation is None:
            entity.affiliation = organization
        start = span[0] + max(0, written.find(name))
        mentions.append(Mention(start=start, end=start + len(name), kind="person", entity=entity))
    for match in name_then_title.finditer(text):
        name = _clean_name(match.group("name"))
        if name is None or name.split()[0] in _STOP_FIRST:
            continue
        if re.search(
            r"\b(?:the|of|a|an)\s+$", text[max(0, match.start() - 5) : match.start()], re.IGNORECASE
        ):
            continue  # 'Leader of the Nation, President of ...': a common noun, not a name
        title = _canonical_title(match.group("title"))
        country = _of_country(match.group("of")) or _country_of_possessor(match.group("possessor"))
        if _rank_of(title) == "diplomat" and _SENT_TO.match(match.group("of") or ""):
            country = None  # 'the Personal Envoy for Sudan', 'Ambassador to China': the state sent to
        entity = registry.person(name, title, _rank_of(title), country)
        organization = _of_organization(match.group("of"), registry)
        if organization is not None and entity.affiliation is None:
            entity.affiliation = organization
        mentions.append(_person_at(match, name, entity))
    return mentions


def _country_of_possessor(possessor: str | None) -> str | None:
    """ "Japan's", "Trump's": the state named, or the state of the known person named."""
    if possessor is None:
        return None
    code = _state_written(possessor)
    if code is None:
        person = find_person(possessor)
        code = person.country if person is not None else None
    return code


@functools.cache
def _state_after_regex() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<state>{country_pattern()}){_AFTER}")


def _state_after(text: str, end: int) -> str | None:
    found = _state_after_regex().match(text, end)
    return None if found is None else country_names().get(found.group("state"))


def _honored_people(text: str, registry: _Registry) -> list[Mention]:
    """'Mr. Nasser Bourita', 'H.E. Mr. Shigeru Ishiba': a name after a word of address names a person."""
    mentions: list[Mention] = []
    for match in scanning.finditer(_honored_name_regex(), text):
        name = _clean_name(match.group("name"))
        if name is None:
            continue
        entity = registry.person(name, None, None, None)
        start = _name_start(match, name)
        mentions.append(Mention(start=start, end=start + len(name), kind="person", entity=entity))
    return mentions


@functools.cache
def _listed_people_regex() -> re.Pattern[str]:
    country = country_pattern()
    countries = rf"{country}(?:\s*,\s*{country})*(?:,?\s+and\s+{country})"
    names = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})"
    offices = _plural_office_pattern()
    # 'Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia': each name followed by its state
    named = rf"{_NAME}\s+of\s+(?:the\s+)?{country}"
    return re.compile(
        rf"\b(?P<office>{offices})(?:\s+of\s+(?P<countries>{countries})\s*(?:[–—:,(-]|--)\s*(?P<names>{names})"
        rf"|(?:,\s*|\s+(?:of\s+)?)(?P<named>{named}(?:\s*,\s*{named})*,?\s+and\s+{named})"
        # 'Presidents Irfaan Ali and Nicolás Maduro', 'Foreign ministers Hugh Todd and Yván Gil'
        rf"|\s+(?P<plain>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})(?!\s+of\b))"
    )


@functools.cache
def _plural_office_pattern() -> str:
    """'foreign ministers', 'Presidents': a plural office as written in lower case or capitalized."""
    return trie_pattern([*_plural_offices(), *(o[:1].upper() + o[1:] for o in _plural_offices())])


@functools.cache
def _plural_offices() -> dict[str, str]:
    """'foreign ministers' -> 'Foreign Minister', for every office in the data."""
    plural: dict[str, str] = {}
    for spelling, office in titles().items():
        if spelling.islower() and " of " not in spelling:
            plural[spelling + "s"] = office.title
    return dict(sorted(plural.items(), key=lambda item: -len(item[0])))


@functools.cache
def _named_state_regex() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{_NAME})\s+of\s+(?:the\s+)?(?P<state>{country_pattern()})")


def _listed_people(text: str, registry: _Registry) -> list[Mention]:
    """'the foreign ministers of Hungary, Malaysia and Oman – Péter Szijjártó, Mohamad Hasan and Sayyid
    Badr Albusaidi': each name holds the office for the country in the same place of the list; 'Presidents
    Leonid Kuchma of Ukraine and Boris Yeltsin of Russia': each for the country after it."""
    mentions: list[Mention] = []
    for match in _listed_people_regex().finditer(text):
        title = _plural_offices()[match.group("office").lower()]
        if match.group("named") is not None:
            offset = match.start("named")
            for named in _named_state_regex().finditer(match.group("named")):
                name = _clean_name(named.group("name"))
                if name is not None:
                    state = named.group("state")
                    code = _state_written(state)
                    entity = registry.person(name, title, _rank_of(title), code)
                    start = offset + named.start("name")
                    mentions.append(Mention(start=start, end=start + len(name), kind="person", entity=entity))
            continue
        if match.group("plain") is not None:
            offset = match.start("plain")
            for part in re.finditer(_NAME, match.group("plain")):
                name = _clean_name(part.group())
                if name is not None and part.group() != "and":
                    entity = registry.person(name, title, _rank_of(title), None)
                    start = offset + part.start()
                    mentions.append(Mention(start=start, end=start + len(name), kind="person", entity=entity))
            continue
        codes = [
            _state_written(c) for c in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", match.group("countries"))
        ]
        offset = match.start("names")
        spans = [
            (offset + m.start(), offset + m.end())
            for m in re.finditer(_NAME, match.group("names"))
            if m.group() not in ("and",)
        ]
        if len(spans) != len(codes):
            continue
        for (start, end), code in zip(spans, codes, strict=True):
            name = _clean_name(text[start:end])
            if name is None:
                continue
            entity = registry.person(name, title, _rank_of(title), code)
            mentions.append(Mention(start=start, end=start + len(name), kind="person", entity=entity))
    return mentions


@functools.cache
def _untitled_name_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A name after a word that introduces people; a verb after a lower-case letter; a name ending there."""
    data = load_data("titles.json")["untitled_names"]
    token = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}]?[{_LOWER}'’]+)*"
    name = rf"{token}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{token}){{1,3}}"
    after = trie_pattern(data["verbs_after"])
    before = trie_pattern(data["words_before"])
    after_word = re.compile(
        rf"\b(?:{before})[ \t](?P<name>{name})(?=[ \t]*[,.;]|[ \t]+(?:on|in|at|who|and|said)\b)"
        # "Iraq's Saddam Hussein, facing ...", "Rwanda's Olivier Nduhungirehe put": a state's possessive
        # before two names or more introduces its person
        rf"|\b(?P<possessive>{country_pattern()}['’]s[ \t]{name})(?=[ \t]*[,;.]|[ \t]+[{_LOWER}])"
    )
    verb = re.compile(rf"(?=[, \t])(?<=[{_LOWER}'’])(?:,[ \t]+who\b|[ \t]+(?:{after})\b)")
    # ('KP Sharma Oli was scheduled': a name whose initials stand before it is not the run after them)
    name_before = re.compile(rf"{_BEFORE}(?<!\b[{_UPPER}]\.[ \t])(?<![{_UPPER}]{{2}}[ \t])(?P<name>{name})\Z")
    return after_word, verb, name_before


@functools.cache
def _not_person_words() -> frozenset[str]:
    words: list[str] = load_data("titles.json")["untitled_names"]["not_person_words"]
    # the last word of a portfolio ('High Representative for ... Security Policy Kaja Kallas') opens no name
    portfolio: list[str] = load_data("titles.json")["portfolios"]["words"]
    return (
        frozenset(words)
        | frozenset(portfolio)
        | frozenset(_ORG_HEADS.replace("\\", "").split("|"))
        | frozenset(fragment("office_body_heads").split("|"))
        | _not_name_words()
    )


def _untitled_people(text: str, registry: _Registry) -> list[Mention]:
    """'Anthony Albanese met', 'said Mohamed Ali Nafti': a name where news puts people, without an office."""
    after_word, verb, name_before = _untitled_name_regexes()
    spans = [m.span("name") if m.group("name") else m.span("possessive") for m in after_word.finditer(text)]
    # the verb is found first: trying a name at every capital letter would cost far more
    for match in verb.finditer(text):
        window = max(0, match.start() - 80)
        found = name_before.search(text[window : match.start()])
        if found is not None:
            spans.append((window + found.start("name"), window + found.end("name")))
            # 'Indira Gandhi and Zulfikar Ali Bhutto sign': the name joined before it is a person too
            conjunction = window + found.start("name") - len(" and ")
            if text.startswith(" and ", conjunction):
                first = max(0, conjunction - 80)
                joined = name_before.search(text[first:conjunction])
                if joined is not None:
                    spans.append((first + joined.start("name"), first + joined.end("name")))
    mentions: list[Mention] = []
    stop = _not_person_words()
    address = frozenset(h for h in _honorifics() if " " not in h)

    def not_name(token: str) -> bool:
        # 'Vice-President' is two words of an office joined by a hyphen; 'Presidents' is offices
        return (
            token in stop
            or all(part in stop for part in token.split("-"))
            or (token.endswith("s") and token[:-1] in stop)
        )

    for start, end in spans:
        written = text[start:end]
        tokens = written.split()
        while len(tokens) > 2:
            honorifics = _leading_honorifics().match(written)
            if honorifics is not None and len(written[honorifics.end() :].split()) >= 2:
                # 'Rt Hon Winston Peters': words of address, of one word or more, are no part of the name
                start += honorifics.end()
            elif not_name(tokens[0]) and not _opens_with_a_title_as_given_name(tokens):
                # 'When Andrej Babiš chose', 'Vice-President Kashim Shettima met': the word before is no part
                start = text.index(tokens[1], start + len(tokens[0]))
            else:
                break
            written = text[start:end]
            tokens = written.split()
        given_name = _opens_with_a_title_as_given_name(tokens)
        if any(
            (not_name(t) and not (given_name and i == 0)) or (t.lower() in _PARTICLE_WORDS and i == 0)
            for i, t in enumerate(tokens)
        ):
            continue
        if (
            tokens[0] in address
            or _leading_honorifics().match(written) is not None
            or only_honorifics(written)
        ):
            continue  # 'Sir Keir said': one name after a word of address is read with the honorifics
        if any(first <= start and end <= last for first, last in registry.portfolios):
            continue  # the end of a portfolio ('... and Gambians Abroad, Mamadou Tangara, who'), not a person
        if find_place(written) is not None or find_organization(written) is not None:
            continue
        country = None
        state = (
            _POSSESSIVE_END.sub("", tokens[0])
            if len(tokens) > 1 and _POSSESSIVE_END.search(tokens[0])
            else ""
        )
        if state and find_place(" ".join(tokens[1:])) is not None:
            continue  # "Japan's Osaka": a state's city
        if state in country_names() or state in country_adjectives():
            # "Iraq's Saddam Hussein": the state is the person's, no part of the name
            country = _state_written(state)
            start = text.index(tokens[1], start + len(tokens[0]))
            written = text[start:end]
        entity = registry.person(written, None, None, country)
        mentions.append(Mention(start=start, end=end, kind="person", entity=entity))
    return mentions


_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
_NAMED_AFTER_PLACE = cue("named_after_place")
_TOWN_PREFIX = cue("town_prefix")


def _gazetteer_mentions(text: str, registry: _Registry) -> list[Mention]:
    mentions: list[Mention] = []
    preposition = re.compile(
        r"\b(?:in|at|to|from|into|near|outside|via|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE
    )
    for match in _surface_regex().finditer(text):
        written = match.group()
        surface = _surfaces()[written]
        start, end = match.span()
        if surface.kind == "person" and _RULERS_BUILDING.match(text, end) is None:
            entity = registry.person(surface.value, None, None, None)
            mentions.append(Mention(start=start, end=end, kind="person", entity=entity))
        elif surface.kind == "organization":
            mentions.append(
                Mention(start=start, end=end, kind="organization", entity=registry.organization(written))
            )
        elif surface.kind == "country" and (prefix := _TOWN_PREFIX.search(text, max(0, start - 8), start)):
            # 'in Port Sudan': a town named after its state, not the state
            name = text[prefix.start() : end]
            known = find_place(name)
            town = (
                Place(name=known.name, country=known.country)
                if known
                else Place(name=name, country=surface.value)
            )
            mentions.append(
                Mention(start=prefix.start(), end=end, kind="place", country=town.country, place=town)
            )
        elif (
            surface.kind == "country"
            and text.startswith(" City", end)
            and (town_known := find_city(written + " City"))
        ):
            # 'a trip to Belize City': the state's city, not the state
            town = Place(name=town_known.name, country=town_known.country)
            mentions.append(Mention(start=start, end=end + 5, kind="place", country=town.country, place=town))
        elif surface.kind in ("country", "adjective"):
            place = Place(name=written, country=surface.value) if surface.kind == "country" else None
            mentions.append(Mention(start=start, end=end, kind="country", country=surface.value, place=place))
        else:
            known = find_place(written)
            if known is None or _NAMED_AFTER_PLACE.match(text[end : end + 12]):
                continue  # 'at Hyderabad House in New Delhi': a building named after a city stands elsewhere
            place = Place(name=known.name, country=known.country)
            is_capital = written in capitals() and not preposition.search(text, max(0, start - 20), start)
            seat = organization_seats().get(written) if is_capital else None
            if seat is not None:  # 'Brussels pledged billions': the European Union
                mentions.append(
                    Mention(start=start, end=end, kind="organization", entity=registry.organization(seat))
                )
                continue
            mentions.append(
                Mention(
                    start=start, end=end, kind="place", country=known.country, place=place, capital=is_capital
                )
            )
    return mentions


@functools.cache
def _first_capitals() -> dict[str, str]:
    """Alpha-3 code -> the country's (first listed) capital."""
    first: dict[str, str] = {}
    for city, code in capitals().items():
        first.setdefault(code, city)
    return first


@functools.cache
def _described_place_regex() -> re.Pattern[str]:
    adjectives = trie_pattern([*country_adjectives(), *country_names()])
    return re.compile(
        rf"(?:\b[Tt]he\s+(?:[a-z]+\s+)?(?P<adjective>{adjectives})\s+|\b(?P<owner>{adjectives})['’]s\s+)"
        rf"(?:capital\b(?!\s+of\b)|(?:city|town|port|resort|village)\s+of\s+(?P<name>{_NAME}){_AFTER})"
        rf"|\b[Tt]he\s+capital\s+(?:city\s+)?of\s+(?P<state>{trie_pattern(country_names())})(?![\w'’])"
    )


@functools.cache
def _town_of_regex() -> re.Pattern[str]:
    return re.compile(
        rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}(?:city|town|port|resort|village)\s+of\s+(?P<name>{_NAME}){_AFTER}"
    )


def _described_places(text: str) -> list[Mention]:
    """'the Paraguayan capital' (Asunción), "Tonga's capital", 'the capital of Kazakhstan' (Astana), 'the
    southern Brazilian city of Balneário Camboriú', 'the stricken city of Adana'."""
    mentions: list[Mention] = []
    for match in _near_anchors(_town_of_regex(), _PLACE_NOUN, text):
        name = match.group("name")
        if name in country_names() or name in _not_name_words():
            continue
        known = find_place(name)
        place = Place(name=known.name, country=known.country) if known else Place(name=name)
        start = match.start("name")
        mentions.append(
            Mention(start=start, end=match.end(), kind="place", country=place.country, place=place)
        )
    for match in _near_anchors(_described_place_regex(), _PLACE_NOUN, text):
        adjective = match.group("adjective") or match.group("owner") or match.group("state")
        code = _state_written(adjective)
        if code is None:
            continue
        name = match.group("name")
        if name is None:
            city = _first_capitals().get(code)
            if city is None:
                continue
            known = find_place(city)
            place = Place(name=known.name if known else city, country=code)
            mentions.append(
                Mention(start=match.start(), end=match.end(), kind="place", country=code, place=place)
            )
            continue
        known = find_place(name)
        place = Place(name=known.name, country=known.country) if known else Place(name=name, country=code)
        start = match.start("name")
        mentions.append(Mention(start=start, end=match.end(), kind="place", country=code, place=place))
    return mentions


@functools.cache
def _town_with_state_regex() -> re.Pattern[str]:
    town = r"[A-Z][\w'’-]+(?:[ \t](?:[A-Z][\w'’-]+|do|da|de|del|dos|la|el)){0,3}"
    return re.compile(
        rf"\b(?:in|at|to|from)[ \t]+(?P<name>{town}),[ \t]+(?P<state>{country_pattern()})(?![\w'’])"
    )


@functools.cache
def _subdivisions() -> dict[str, str]:
    """The country of each state or province of a federal country ('Maine': USA)."""
    by_country: dict[str, list[str]] = load_data("subdivisions.json")["subdivisions"]
    return {name: code for code, names in by_country.items() for name in names}


@functools.cache
def _town_with_subdivision_regex() -> re.Pattern[str]:
    town = r"[A-Z][\w'’-]+(?:[ \t](?:[A-Z][\w'’-]+|do|da|de|del|dos|la|el)){0,3}"
    return re.compile(
        rf"\b(?:in|at|to|from|of)[ \t]+(?P<name>{town}),[ \t]+"
        rf"(?P<state>{trie_pattern(_subdivisions())})(?![\w'’])"
    )


def _towns_with_their_state(text: str) -> list[Mention]:
    """'in Montego Bay, Jamaica', 'in Foz do Iguaçu, Brazil', 'in Kennebunkport, Maine': a place the gazetteer
    may not know, named with its state, or with the state or province of a federal one."""
    mentions: list[Mention] = []
    for match in [*_town_with_state_regex().finditer(text), *_town_with_subdivision_regex().finditer(text)]:
        name = match.group("name")
        code = country_names().get(match.group("state")) or _subdivisions().get(match.group("state"))
        if code is None or name in country_names() or name in _not_name_words():
            continue
        known = find_place(name)
        # 'Paris, Texas' is not the capital of France
        place = (
            Place(name=known.name, country=known.country)
            if known and known.country == code
            else Place(name=name, country=code)
        )
        start = match.start("name")
        mentions.append(
            Mention(start=start, end=start + len(name), kind="place", country=place.country, place=place)
        )
        if known is None:
            # 'At the Harry Truman Library in Independence' after 'in Independence, Missouri': that town
            for again in re.finditer(rf"\b(?:in|at|to|from)[ \t]+({re.escape(name)})(?![\w'’])", text):
                if again.start(1) != start:
                    mentions.append(
                        Mention(
                            start=again.start(1), end=again.end(1), kind="place", country=code, place=place
                        )
                    )
    return mentions


# A capitalized name of a town: words joined by the particles of Romance and Arabic place names.
_TOWN_NAME = re.compile(
    rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*(?:[ \t]+(?:(?:de|do|da|dos|das|del|la|las|los|el|al|sur)[ \t]+)?"
    rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*){{0,3}}(?![\w'’])"
)
_TOWN_BEFORE = cue("town_before")


def _unlisted_towns(text: str, chosen: list[Mention]) -> list[Mention]:
    """'talks in Santa Marta', 'flew to Foz do Iguaçu': a town the hand-kept gazetteer lacks, named where a
    place is expected, that GeoNames knows under that whole name."""
    mentions: list[Mention] = []
    starts = [m.start for m in chosen]
    for match in _TOWN_NAME.finditer(text):
        start, end = match.span()
        name = match.group()
        if not _TOWN_BEFORE.search(text, max(0, start - 24), start) or name in _not_name_words():
            continue
        if text.startswith(("'s", "’s"), end):
            continue  # "in Hamilton's view": a person's
        position = bisect.bisect_right(starts, start) - 1
        if (position >= 0 and chosen[position].end > start) or (
            position + 1 < len(starts) and starts[position + 1] < end
        ):
            continue  # a person, body or place found already
        town = find_city(name)
        if town is not None:
            place = Place(name=town.name, country=town.country)
            mentions.append(Mention(start=start, end=end, kind="place", country=town.country, place=place))
    return mentions


_STATE_BODY = fragment("state_bodies")
_STATE_BODY_WORD = re.compile(rf"\b{_STATE_BODY}\b")
_PLACE_NOUN = cue("place_noun")


@functools.cache
def _state_body_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<country>{country_pattern()})(?:['’]s)?\s+(?P<body>{_STATE_BODY})\b")


# How a state's body is named whatever the story calls it ('Colombia's Foreign Ministry').
_CANONICAL_BODIES = {
    "Foreign Ministry": "Ministry of Foreign Affairs of {}",
    "Ministry of Foreign Affairs": "Ministry of Foreign Affairs of {}",
    "Foreign Office": "Ministry of Foreign Affairs of {}",
    "Presidency": "Office of the President of {}",
    "Presidential Office": "Office of the President of {}",
}


def _state_body_name(written: str, code: str, body: str) -> str:
    from timeline.model import country_name

    pattern = _CANONICAL_BODIES.get(body)
    if pattern is None:
        return f"{written} {body}"
    try:
        return pattern.format(country_name(code))
    except ValueError:
        return f"{written} {body}"


def bare_state_body(body: str, code: str) -> Entity:
    """A state's body the story names without its state ('the Foreign Ministry said'), of state `code`."""
    from timeline.model import country_name

    written = " ".join(w.capitalize() if w != "of" else w for w in body.split())
    pattern = _CANONICAL_BODIES.get(written)
    try:
        name = pattern.format(country_name(code)) if pattern is not None else written
    except ValueError:
        name = written
    return Entity(kind="organization", name=name, country=code)


def _state_bodies(text: str, registry: _Registry) -> list[Mention]:
    """'the Turkish presidency said', 'Australia's foreign ministry announced': a state body that speaks."""
    mentions: list[Mention] = []
    for match in _near_anchors(_state_body_regex(), _STATE_BODY_WORD, text):
        written = match.group("country")
        code = _state_written(written)
        if code is None:
            continue
        body = " ".join(w.capitalize() if w != "of" else w for w in match.group("body").split())
        entity = registry.organization(_state_body_name(written, code, body))
        entity.country = entity.country or code
        mentions.append(Mention(start=match.start(), end=match.end(), kind="organization", entity=entity))
    return mentions


@functools.cache
def _joint_body_regex() -> re.Pattern[str]:
    # 'the India–Central Asia Dialogue': a region's states hold it together with a state
    country = rf"(?:{country_pattern()}|{region_pattern()})"
    return re.compile(
        rf"\b(?P<pair>{country}\s*[-–—/]\s*{country})\s+(?P<body>(?i:(?:(?:joint|intergovernmental|"
        rf"inter-governmental|bi-?national|permanent|ministerial|mixed|high-level|economic|trade|"
        rf"cooperation|strategic|partnership|enhanced|comprehensive)\s+){{1,4}}|(?=[{_UPPER}]))"
        # 'the Mongolia-Korea Committee on Economic Cooperation': a capital noun names the body alone
        rf"(?P<noun>(?i:commission|committee|council|cabinet|dialogue))"
        # 'Joint Permanent Commission for Cooperation', 'Joint Committee on Trade, Economic and Technical
        # Cooperation', 'intergovernmental commission on trade and economic cooperation': the body's remit
        # is part of its name
        rf"(?P<remit>\s+(?:for|on)\s+[{_UPPER}][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)[{_UPPER}][\w'’-]*){{0,7}}"
        rf"|\s+(?:for|on)\s+(?:[a-z][\w-]*(?:,\s+|\s+and\s+|\s+)){{0,6}}?cooperation)?)\b"
    )


# The nouns of standing bodies two states hold sessions of.
STANDING_BODY_NOUN = re.compile(r"\b(?i:commission|committee|council|cabinet|dialogue)\b")


def _joint_bodies(text: str, registry: _Registry) -> list[Mention]:
    """'the Algerian-Mauritanian joint commission': the body two states hold their regular meetings in."""
    mentions: list[Mention] = []
    # the body's noun is rare; the pattern is tried only in the words before it
    for noun in scanning.finditer(STANDING_BODY_NOUN, text):
        window = max(0, noun.start() - 120)
        found = _joint_body_regex().finditer(text, window, noun.end() + 120)
        match = next((m for m in found if m.end("noun") == noun.end()), None)
        if match is None:
            continue
        end = match.end()
        remit = match.group("remit")
        if remit is not None and remit.split()[1] in load_data("calendar_words.json")["words"]:
            end = match.start("remit")  # 'the Joint Commission on Monday'
        entity = registry.organization(text[match.start() : end])
        mentions.append(Mention(start=match.start(), end=end, kind="organization", entity=entity))
    return mentions


def _defined_organizations(text: str, registry: _Registry) -> list[Mention]:
    mentions: list[Mention] = []
    for match in _near_anchors(_ACRONYM_DEFINITION, _ACRONYM, text):
        name = match.group(1).strip()
        words = name.split()
        while words and words[0] in _STOP_FIRST:
            words = words[1:]
        # 'Speaker of the Milli Majlis (Parliament)': the office held in the body is no part of its name
        of = next((i for i, w in enumerate(words[:4]) if w == "of"), None)
        if of is not None and " ".join(words[:of]) in titles():
            words = words[of + 1 :]
            while words and words[0] in ("the", "The"):
                words = words[1:]
        words = _words_spelled_by(words, match.group(2))
        if len(words) < 2 or find_organization(match.group(2)) is not None or words[-1] in _NOT_BODIES:
            continue
        if match.group(2) in country_names():
            continue  # 'a meeting in Puerto Iguazu (Argentina)': the state of a town, not an acronym
        if " ".join(words) in country_names():
            continue  # 'the United Arab Emirates (UAE)': a state, not a body
        if "and" in words and words[-1] in titles():
            continue  # 'co-chaired by Deputy Minister A and Secretary (West)': a department after an office
        entity = registry.organization(" ".join(words))
        entity.acronym = entity.acronym or match.group(2)
        registry.by_key.setdefault(name_key(match.group(2)), entity)
        mentions.append(
            Mention(
                start=match.end(1) - len(" ".join(words)) - 1,
                end=match.end(),
                kind="organization",
                entity=entity,
            )
        )
    return mentions


def _words_spelled_by(words: list[str], acronym: str) -> list[str]:
    """The last words of a name whose initials spell its acronym: 'Chairman of the Senate of Kazakhstan Maulen
    Ashimbayev and Chairman of the Standing Committee of the National People's Congress (NPC)' defines the
    National People's Congress. A name its acronym does not spell ('Economic Community of West African States
    (ECOWAS)') is kept whole."""
    letters = [c for c in acronym if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return words
    spelled: list[str] = []
    for index in range(len(words) - 1, 0, -1):
        if words[index][:1].isupper():
            spelled.insert(0, words[index][0])
            if spelled == letters:
                return words[index:]
            if len(spelled) >= len(letters):
                break
    return words


# How far before and after its last word a name of a body may reach (five words, 'of the' between them).
_NAME_REACH = 200


def _near_anchors(regex: re.Pattern[str], anchor: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What ``regex.finditer(text)`` finds, for a regex each of whose matches takes in a match of `anchor`
    (a rare word: 'Ministry', '(UN)'): tried only around those words, not at every capital letter."""
    found: list[re.Match[str]] = []
    position = 0
    for hit in scanning.finditer(anchor, text):
        if hit.end() <= position:
            continue
        start = max(position, _after_space(text, hit.start() - _NAME_REACH))
        end = _at_space(text, hit.end() + _NAME_REACH)
        match = scanning.search(regex, text, start, end)
        if match is not None:
            found.append(match)
            position = match.end()
    return found


def _after_space(text: str, position: int) -> int:
    """The first word start at or after `position` (a window never begins inside a word)."""
    if position <= 0:
        return 0
    while position < len(text) and not text[position - 1].isspace():
        position += 1
    return position


def _at_space(text: str, position: int) -> int:
    """The first space or end of text at or after `position` (a window never ends inside a word)."""
    while position < len(text) and not text[position].isspace():
        position += 1
    return min(position, len(text))


_ARTICLE_BEFORE = re.compile(r"\b[Tt]he(?:[ \t]+(?:[a-z]+|\d+(?:st|nd|rd|th)))?[ \t]+$")


def _generic_organizations(text: str, registry: _Registry) -> list[Mention]:
    mentions: list[Mention] = []
    for match in _near_anchors(_ORG, _ORG_HEAD, text):
        if _DOCUMENT_AFTER.match(text, match.end()):
            continue  # 'the EU-Israel Association Agreement': a document's name, not a body's
        words = match.group().split()
        if words[0] == "Member" and words[1:2] == ["of"]:
            # 'Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi'
            continue
        owner, words = _owner(words)
        definite = (
            owner is not None
            or words[0] == "The"
            # 'the third Belt and Road Forum': an ordinal between
            or _ARTICLE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
        )
        words = _without_opening_words(words)
        last_conjunct = words[len(words) - words[::-1].index("and") :] if "and" in words else []
        # 'the Senate of Kazakhstan Maulen Ashimbayev and Chairman of the Standing Committee': an office after
        # 'and' opens another title, even after 'the'
        office_after_and = bool(last_conjunct) and last_conjunct[0] in titles()
        if "and" in words and (not definite or office_after_and):
            # 'Tokayev and Foreign Ministry officials': a name joined by 'and' is a body's only after 'the'
            words = last_conjunct
            if words and (words[0] in titles() or words[0] in title_modifiers()):
                # 'Askar Shakirov and Vice Chairman of the NPC Standing Committee': an office opens it
                words = _without_opening_words(words)
        end = match.end()
        members = _MEMBERS_AFTER.match(text, end) if words and words[-1] in _MEMBER_BODY_HEADS else None
        if members is not None:  # 'the CIS Council of Foreign Ministers', 'the AU Assembly of Heads of State'
            words = [*words, *members.group().split()]
            end = members.end()
        # 'the Council of Foreign Ministers of the Organization of Turkic States': the head word opens the
        # name of a known body, which ends the longer name
        known = _KNOWN_NAME_AFTER.match(text, end) if words else None
        if known is not None:
            tail = known.group("tail").split()
            for count in range(len(tail), 0, -1):
                if find_organization(" ".join([words[-1], "of", *tail[:count]])) is not None:
                    words = [*words, "of", *tail[:count]]
                    end = known.start("tail") + len(" ".join(tail[:count]))
                    break
        based = [i for i, w in enumerate(words) if "-based" in w]
        if based:
            words = words[based[-1] + 1 :]
        if len(words) < 2:
            continue
        name = " ".join(words)
        possessives = [i for i, word in enumerate(words) if _POSSESSIVE_END.search(word)]
        if possessives and find_place(" ".join(words[possessives[-1] + 1 :])) is not None:
            continue  # "Zelenskiy's Oval Office meeting": a place of the possessor's, not a body
        if any(first <= end - len(name) and end <= last for first, last in registry.portfolios):
            continue  # 'Minister of Foreign Affairs and National Community Abroad Ahmed Attaf': an office
        entity = registry.organization(name)
        if entity.affiliation is None and not entity.known:
            # 'the CIS Council of Foreign Ministers', 'the Council of Heads of State of the Shanghai
            # Cooperation Organization': a body of a known organization belongs to it, and is international
            # if it is
            parent_name = owner or _parent_body(words)
            if parent_name is not None:
                entity.affiliation = registry.organization(parent_name)
                entity.international = entity.affiliation.international
        mentions.append(Mention(start=end - len(name), end=end, kind="organization", entity=entity))
    return mentions


# Whom a council or assembly gathers is part of its name.
_MEMBER_BODY_HEADS = frozenset({"Council", "Assembly", "Conference", "Committee"})
_MEMBERS_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:Foreign|Defen[cs]e|Finance|Economy|Interior|Trade|Energy)[ \t]+)?"
    r"(?:Ministers|Prime[ \t]+Ministers|Heads[ \t]+of[ \t]+(?:State|Government)"
    r"(?:[ \t]+and[ \t]+Government)?)\b"
)
# The words after 'of' that may end a known body's name ('Organization of American States').
_KNOWN_NAME_AFTER = re.compile(rf"[ \t]+of[ \t]+(?P<tail>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})")


_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:Agreement|Treaty|Memorandum|Accord|Protocol|Charter|Convention)\b")
# 'the Leaders of the East African Community', 'The 10th Session of the Zimbabwe-Zambia Bi-National
# Commission': who meets in a body, or one of its sittings, is no part of its name
_PEOPLE_BEFORE_BODY = frozenset(
    {"Leaders", "Heads", "Presidents", "Ministers", "Premiers", "Members", "Session", "Sitting", "Meeting"}
)


def _opens_name(words: list[str]) -> bool:
    """'Council of Foreign Ministers', 'Assembly of Heads of State': a body's head word before 'of' opens
    its name, where an office or a calendar word would not."""
    return len(words) > 2 and words[1] == "of" and _ORG_HEAD.fullmatch(words[0]) is not None


def _parent_body(words: list[str]) -> str | None:
    """The known organization a body's name opens with ('CIS Council', 'African Union Commission') or ends
    with ('... of the SCO')."""
    for count in range(len(words) - 1, 0, -1):
        opening = " ".join(words[:count])
        if find_organization(opening) is not None:
            return opening
    for of in (i for i, w in enumerate(words[:-1]) if w == "of"):
        rest = words[of + 2 :] if words[of + 1] == "the" else words[of + 1 :]
        name = " ".join(rest)
        if rest and find_organization(name) is not None:
            return name
    return None


def _owner(words: list[str]) -> tuple[str | None, list[str]]:
    """The known organization a possessive names ("the African Union's Peace and Security Council"), which
    owns the body named after it, and the words of the body's name."""
    for index, word in enumerate(words[:-1]):
        bare = _POSSESSIVE_END.sub("", word)
        if bare != word:
            owner = " ".join([*words[:index], bare])
            if find_organization(owner) is not None:
                return owner, words[index + 1 :]
            break
    return None, words


def _without_opening_words(words: list[str]) -> list[str]:
    """The words of a body's name without those before it that are no part of it."""
    while (
        words
        and (_not_organization_start(words[0]) or words[0] in _PEOPLE_BEFORE_BODY)
        and not _opens_name(words)
        and not _modifies_plural(words)
    ):
        words = words[1:]
    return words


def _modifies_plural(words: list[str]) -> bool:
    """'Senior Officials Committee': a word modifying titles, before plural people, is part of the name."""
    return (
        len(words) > 2
        and words[0] in title_modifiers()
        and words[1].endswith("s")
        and words[1][:1].isupper()
        and words[1] not in country_adjectives()
        and words[2] != "of"  # 'Senior Officials of the Foreign Ministry' are people of the ministry
    )


def _not_organization_start(word: str) -> bool:
    """Words that open the phrase before an organization's name but are not part of it."""
    bare = re.sub(r"['’]s$", "", word)
    return (
        "-based" in word
        or word in _STOP_FIRST
        or word.lower() in ("of", "the", "for", "and")
        or word.endswith("-based")
        or bare in country_adjectives()
        or bare in country_names()
        or word in titles()
        or word in title_modifiers()
        or word in _calendar_words()  # 'in mid-February for the African Union summit'
    )


@functools.cache
def _calendar_words() -> frozenset[str]:
    data = load_data("calendar_words.json")
    return frozenset(data["words"]) - frozenset(_STOP_FIRST) - frozenset(data["name_openers"]["words"])


def _short_names(text: str, registry: _Registry, chosen: list[Mention]) -> list[Mention]:
    """Later mentions of people already named, by one of their names ('Tokayev', 'Wang')."""
    keys = {key for key in registry.short if len(key) > 1}
    if not keys:
        return []
    spellings: dict[str, Entity] = {}
    for mention in chosen:
        if mention.kind == "person" and mention.entity is not None:
            for token in re.split(r"[\s]+", text[mention.start : mention.end]):
                key = name_key(token)
                if key in registry.short and registry.short[key] is mention.entity:
                    spellings[token] = mention.entity
    for key, entity in registry.short.items():
        for token in entity.name.replace("-", " ").split():
            if name_key(token) == key:
                spellings.setdefault(token, entity)
        known = find_person(entity.name)
        if known is not None:
            for alias in known.aliases:
                if name_key(alias) == key:
                    spellings.setdefault(alias, entity)
    stop = _not_name_words()
    spellings = {s: e for s, e in spellings.items() if s not in stop and s[:1].isupper() and len(s) > 1}
    if not spellings:
        return []
    # each earlier mention of a person by a name that contains a spelling, in text order: a later mention by
    # that spelling is the person most recently so named ('Saddam Hussein ... King Hussein ... Hussein')
    named_by: dict[str, list[tuple[int, Entity]]] = {}
    for mention in chosen:
        if mention.kind == "person" and mention.entity is not None:
            for token in re.split(r"[\s-]+", mention.entity.name):
                if token in spellings:
                    named_by.setdefault(token, []).append((mention.start, mention.entity))
    mentions: list[Mention] = []
    for start, end in _whole_words(text, spellings):
        spelling = text[start:end]
        entity = spellings[spelling]
        named = named_by.setdefault(spelling, [])
        latest = bisect.bisect_left(named, start, key=lambda introduced: introduced[0])
        # before anyone is introduced by it (a headline), a name is the first person introduced after
        candidate = named[latest - 1] if latest else (named[0] if named else None)
        if candidate is not None and candidate[1] is not entity and not _same_names(candidate[1], entity):
            entity = candidate[1]
        given = _given_names_before(text, start, entity, _not_person_words())
        if given is not None:
            # 'Juan Miguel Gonzalez' in a story that named 'Elian Gonzalez': another of the family
            entity = registry.person(text[given:end], None, None, None)
            bisect.insort(named, (given, entity), key=lambda introduced: introduced[0])
            start = given
        following = _NEXT_NAME_WORD.match(text, end)
        if following is not None and following.group(1) not in entity.name and following.group(1) not in stop:
            continue  # 'Mohamed Salem Ould Merzoug' after 'Mohamed Ould Cheikh': the first name of another
        mentions.append(Mention(start=start, end=end, kind="person", entity=entity))
    return mentions


_GIVEN_NAMES = re.compile(rf"(?<![\w.'’-])(?P<names>(?:[{_UPPER}][{_LOWER}]+[ \t]+){{1,3}})$")
_PARTICLE_BEFORE = re.compile(rf"\b{_PARTICLE}[ \t-]+$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"'`(]|\n)\s*$")


def _given_names_before(text: str, start: int, entity: Entity, stop: frozenset[str]) -> int | None:
    """Where the given names written right before a surname begin, when they are not the named person's."""
    previous_word = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    if start < 3 or text[start - 1] not in " \t" or not text[previous_word].isupper():
        return None  # no capitalized word right before
    honorifics = _honorifics()
    word = text[previous_word : start - 1]
    if word in stop or word in honorifics or word in entity.name.split():
        return None
    found = _GIVEN_NAMES.search(text, max(0, start - 60), start)
    if found is None:
        return None
    names = found.group("names").split()
    if any(name in stop or name in honorifics or name in entity.name.split() for name in names):
        return None  # 'Sheikh Tamim', 'President Gonzalez', 'Fidel Castro': no other person
    if _PARTICLE_BEFORE.search(text, max(0, found.start() - 6), found.start()):
        return None  # 'Badr bin Hamad Albusaidi': the name goes on before
    if len(names) == 1 and _SENTENCE_OPENING.search(text, max(0, found.start() - 3), found.start()):
        return None  # 'Yesterday Gonzalez said': one capitalized word opening a sentence may be any word
    return found.start("names")


def _same_names(one: Entity, other: Entity) -> bool:
    """'Sayyid Badr bin Hamad Albusaidi' and 'Badr Albusaidi': every word of one name is in the other, so one
    person (the first named keeps the mention), not two namesakes."""
    words, other_words = set(one.name.split()), set(other.name.split())
    return (words <= other_words or other_words <= words) and not _another_person(
        other, one.title, one.country
    )


_WORD_CHARACTER = re.compile(r"\w")
_WORD_END = re.compile(_AFTER)


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _whole_words(text: str, spellings: Iterable[str]) -> list[tuple[int, int]]:
    """Where `spellings` stand as whole words in `text`, left to right, the longest at each place, without
    overlaps (a regex built anew for each text's names would cost more to compile than to run)."""
    found: list[tuple[int, int]] = []
    for spelling in spellings:
        start = text.find(spelling)
        while start != -1:
            end = start + len(spelling)
            if not (start and _WORD_CHARACTER.match(text, start - 1)) and _WORD_END.match(text, end):
                found.append((start, end))
            start = text.find(spelling, start + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    chosen: list[tuple[int, int]] = []
    for start, end in found:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
    return chosen


_GROUP = cue("group_reference")
_LEADERS_OF = cue("leaders_of_both")


@functools.cache
def _roles_with_state() -> frozenset[str]:
    return frozenset(load_data("titles.json")["roles"]["with_state"]["words"])


@functools.cache
def _roles_without_article() -> frozenset[str]:
    return frozenset(load_data("titles.json")["roles"]["without_article"]["words"])


@functools.cache
def _role_regex() -> re.Pattern[str]:
    # 'the Kazakh president', and a state's name used as its adjective: 'the UAE president'
    adjectives = trie_pattern([*country_adjectives(), *country_names()])
    role_words = "(?i:" + trie_pattern(roles()) + ")"
    bare_words = trie_pattern([role.title() for role in _roles_without_article()])
    return re.compile(
        rf"\b(?i:the|his|her|their)\s+(?:(?:[a-z][a-z-]*\s+){{0,2}}(?P<adj>{adjectives})\s+)?(?P<role>{role_words})\b"
        rf"(?!-)(?!\s+(?:of|Minister|[A-Z]))"
        rf"|\b(?i:the)\s+(?P<office>{role_words})\s+of\s+(?:the\s+)?(?P<country>{country_pattern()})(?!\w)"
        # "Poland's president visited Prague": a state's own office, named by its possessive
        rf"|(?<!\w)(?P<owner>{country_pattern()})['’]s\s+(?P<owned>{role_words})\b(?!-)(?!\s+(?:of|[A-Z]))"
        # 'the head of the Spanish government': the prime minister
        rf"|\b(?i:the)\s+(?i:head)\s+of\s+the\s+(?P<government>{adjectives})\s+(?i:government)\b"
        # a release's own principal, without an article at a sentence's opening: 'Prime Minister held talks'
        rf"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?P<bare>{bare_words})(?=\s+(?!{_PARTICLE}\s)[a-z])"
    )


@functools.cache
def _office_roles() -> frozenset[str]:
    return frozenset(load_data("titles.json")["roles"]["office_only"]["words"])


def _body_office_holder(office: str, chosen: list[Mention], registry: _Registry) -> Entity | None:
    """The known holder of `office` of the one international body the story names, in the story's year."""
    assert registry.year is not None
    bodies = {
        m.entity.name
        for m in chosen
        if m.kind == "organization" and m.entity is not None and m.entity.international
    }
    if len(bodies) != 1:
        return None
    known = find_body_office_holder(office, bodies.pop(), registry.year)
    if known is None or known.office is None:
        return None
    title = known.office.split(" of ")[0]
    return registry.person(known.name, title, _rank_of(title), None)


def _holds(entity: Entity, office: str) -> bool:
    """Whether `entity` was named with `office` ('Secretary-General' for 'secretary general')."""
    return office.replace("-", " ") in (entity.title or "").lower().replace("-", " ")


@functools.cache
def _royal_address_words() -> frozenset[str]:
    return frozenset(load_data("titles.json")["roles"]["royal_address"]["words"])


@functools.cache
def _royal_offices(address: str) -> re.Pattern[str]:
    offices: list[str] = load_data("titles.json")["roles"]["royal_address"]["offices"][address]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, offices))})\b", re.IGNORECASE)


# 'His Royal Highness the Crown Prince': an office in capitals right after the words of address
_OFFICE_AFTER_ADDRESS = re.compile(r"\s+the\s+[A-Z]")


@functools.cache
def _address_before_name() -> re.Pattern[str]:
    """'His Royal Highness Prince ' before a name: the words of address, and a style of rank after them."""
    words = "|".join(w.replace(" ", r"\s+") for w in sorted(_royal_address_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:His|Her)\s+(?P<address>(?i:{words}))\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}$")


def _addressed_people(text: str, people: list[Mention]) -> list[tuple[int, str, Entity]]:
    """Where each person is introduced with words of address ('His Royal Highness Prince Khalid'), the
    words in lower case, and the person."""
    found: list[tuple[int, str, Entity]] = []
    for mention in people:
        match = _address_before_name().search(text, max(0, mention.start - 60), mention.start)
        if match is not None and mention.entity is not None:
            found.append((match.start(), " ".join(match.group("address").lower().split()), mention.entity))
    return found


def _addressed_as(entity: Entity, address: str) -> bool:
    """'His Majesty' is a king or sultan, 'His Royal Highness' a prince."""
    return entity.title is not None and _royal_offices(address).search(entity.title) is not None


@functools.cache
def _states_body_words() -> frozenset[str]:
    return frozenset(load_data("titles.json")["organization_roles"]["of_states"]["words"])


def _names_states_body(written: str) -> bool:
    """'the bloc', 'the regional alliance': a reference that only a body of states fits."""
    return written.split()[-1].lower() in _states_body_words()


@functools.cache
def _organization_role_regex() -> re.Pattern[str]:
    words = trie_pattern(load_data("titles.json")["organization_roles"]["words"])
    return re.compile(rf"(?=[Tt])\b(?:the|The)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b(?!\s+(?:of|on)\b)")


# 'the last Philippine president', 'the former leader': an earlier or later holder, not the one named before
_NOT_THE_HOLDER = re.compile(r"\b(?:last|previous|former|first|late|then|future|next|outgoing|incoming)\s")


def _role_mentions(text: str, chosen: list[Mention], registry: _Registry) -> list[Mention]:
    """'The Kazakh leader', 'the Head of State' -> the latest person named with such an office; 'the Polish
    president' named nowhere in a story of 1999 -> the holder of that office that year."""
    people = [m for m in chosen if m.kind == "person" and m.entity is not None]
    starts = [m.start for m in people]
    taken = [(m.start, m.end) for m in chosen]
    mentions: list[Mention] = []
    not_countries = [(m.start, m.end) for m in chosen if m.kind != "country"]
    introduced: dict[str, Entity] = {}
    addressed = _addressed_people(text, people)
    for match in scanning.finditer(_role_regex(), text):
        if _overlaps(not_countries, match.start(), match.end()) and not match.group("government"):
            continue
        if _NOT_THE_HOLDER.search(match.group(0)):
            continue  # 'the last Philippine president to visit Vietnam': another holder of the office
        bare = match.group("bare")
        role = bare or match.group("role") or match.group("office") or match.group("owned")
        role = (role or "head of government").lower()
        ranks = roles()[role]
        written = next((w for w in match.group("adj", "country", "owner", "government") if w), "")
        country = _state_written(written)
        if country is None and role in _roles_named_where_introduced():
            # 'the President of the Republic, His Excellency Alassane Ouattara ... the President of the
            # Republic received': the office of the story's own state, held by whoever it first introduced
            following = _name_following(text, match.end(), people, starts)
            if following is not None:
                introduced.setdefault(role, following)
            else:
                holder = introduced.get(role) or _home_office_holder(role, registry)
                if holder is not None:
                    mentions.append(
                        Mention(start=match.start(), end=match.end(), kind="person", entity=holder, role=True)
                    )
            continue
        if country is None and role in _roles_with_state():
            continue  # 'the delegation' may be anyone's; 'the Korean delegation' is led by the Korean named
        before_role = range(bisect.bisect_left(starts, match.start()) - 1, -1, -1)
        # 'the President of Uzbekistan', 'The Turkish Foreign Minister landed' may be named only later in the
        # story
        after_role = (
            range(bisect.bisect_left(starts, match.start()), len(people))
            if match.group("country") or match.group("adj") or match.group("owner")
            else ()
        )
        named = [people[index].entity for index in (*before_role, *after_role)]
        fitting = [
            e
            for e in named
            if e is not None and e.rank in ranks and (country is None or e.country == country)
        ]
        if role in _royal_address_words():
            # 'His Royal Highness Prince Khalid ... visited Tehran. During the visit, His Royal Highness also
            # held talks': the one last addressed so, even if another is named more often; but 'His Royal
            # Highness the Crown Prince' is whoever holds the office written after the words
            last_addressed = next(
                (
                    entity
                    for start, address, entity in reversed(addressed)
                    if start < match.start() and address == role
                ),
                None,
            )
            fitting = (
                [last_addressed]
                if last_addressed is not None and not _OFFICE_AFTER_ADDRESS.match(text, match.end())
                else [e for e in fitting if _addressed_as(e, role)]
            )
        if role in _office_roles():
            fitting = [e for e in fitting if _holds(e, role)]
            if not fitting and registry.year is not None:
                # 'the Secretary-General' in a story of the UN that never names him: the holder that year
                office_holder = _body_office_holder(role, chosen, registry)
                if office_holder is not None:
                    mentions.append(
                        Mention(
                            start=match.start(),
                            end=match.end(),
                            kind="person",
                            entity=office_holder,
                            role=True,
                        )
                    )
                continue
        if role == "counterpart":
            if _names_follow(text, match.end(), starts):
                continue  # 'his Namibian counterpart, Selma Ashipala-Musavyi': the name is the counterpart
            fitting = _same_office(fitting, [people[index].entity for index in before_role], country)
        if not fitting and country is not None and role != "counterpart":
            # 'Foreign Minister Oana Toiu ... the Romanian minister': the one of that rank whose state is not
            # known is of that state
            stateless = [e for e in named if e is not None and e.rank in ranks and e.country is None]
            if stateless:
                stateless[0].country = country
                fitting = stateless[:1]
        # 'the Polish president' named nowhere; 'the President' in a presidency's own release
        state = country or registry.home
        if not fitting and state is not None and registry.year is not None:
            in_office = _office_holder(role, state, registry)
            if in_office is not None:
                mentions.append(
                    Mention(start=match.start(), end=match.end(), kind="person", entity=in_office, role=True)
                )
                continue
        # 'the Crown Prince' is first whoever holds that very office, then anyone of its rank
        titled = [e for e in fitting if role in (e.title or "").lower()]
        if fitting and bare:
            # the release's own principal, first named with the office, not the guest named since
            titled_first = [e for e in reversed(fitting) if role in (e.title or "").lower()]
            referent = (titled_first or fitting[::-1])[0]
            mentions.append(
                Mention(start=match.start(), end=match.end(), kind="person", entity=referent, role=True)
            )
        elif fitting:
            # the latest named, unless another was named more often: 'President Prabowo ... Prabowo ... after
            # Sukarno in 1950 and Joko Widodo in 2018 ... the President' is the story's president, named twice
            before = [people[index].entity for index in before_role]
            holders = titled or fitting
            frequent = max(holders, key=before.count)
            referent = frequent if before.count(frequent) >= before.count(holders[0]) + 1 else holders[0]
            mentions.append(
                Mention(start=match.start(), end=match.end(), kind="person", entity=referent, role=True)
            )
    # 'Vice Chairman of the NPC Standing Committee Xiao Jie': a body named in an office right before its
    # holder is no body the story tells of
    holder_starts = {m.start for m in people}
    organizations = [
        m
        for m in chosen
        if m.kind == "organization"
        and m.entity is not None
        and not (m.end + 1 in holder_starts and text[m.end].isspace())
    ]
    organization_starts = [m.start for m in organizations]
    for match in scanning.finditer(_organization_role_regex(), text):
        if _overlaps(taken, match.start(), match.end()):
            continue
        index = bisect.bisect_left(organization_starts, match.start())
        earlier = [m.entity for m in organizations[:index] if m.entity is not None]
        if _names_states_body(match.group()):
            earlier = [e for e in earlier if e.international]
        # 'the committee': one whose name ends in that word, if the story has named one
        noun = match.group().split()[-1].lower()
        named_so = [e for e in earlier if e.name.lower().endswith(" " + noun)]
        earlier = named_so or earlier
        if earlier:
            index = len(earlier)
            # The organization the story is about: the most often named so far, then the latest.
            salient = max(range(index), key=lambda i: (earlier.count(earlier[i]), i))
            taken.append(match.span())
            mentions.append(
                Mention(
                    start=match.start(),
                    end=match.end(),
                    kind="organization",
                    entity=earlier[salient],
                    role=True,
                )
            )
    for regex in (_LEADERS_OF, _GROUP):
        for match in scanning.finditer(regex, text):
            if not _overlaps(taken, match.start(), match.end()):
                taken.append(match.span())
                mentions.append(Mention(start=match.start(), end=match.end(), kind="group"))
    return mentions


def _office_holder(role: str, country: str, registry: _Registry) -> Entity | None:
    """The person the gazetteer knows held the office `role` names in `country` in the story's year."""
    assert registry.year is not None
    known = find_office_holder(role, country, registry.year)
    if known is None or known.office is None:
        return None
    title = known.office.split(" of ")[0]
    return registry.person(known.name, title, _rank_of(title), country)


def _home_office_holder(role: str, registry: _Registry) -> Entity | None:
    """The holder of the office `role` names in the state whose own release the story is."""
    if registry.home is None or registry.year is None:
        return None
    return _office_holder(role, registry.home, registry)


def _name_following(text: str, end: int, people: list[Mention], starts: list[int]) -> Entity | None:
    """The person named right after `end`, past a comma and words of address, if any."""
    index = bisect.bisect_left(starts, end)
    if index == len(starts) or not _address_gap().fullmatch(text, end, starts[index]):
        return None
    return people[index].entity


@functools.cache
def _address_gap() -> re.Pattern[str]:
    return re.compile(rf",?\s+(?:{_honorific_pattern()}\s+)*")


@functools.cache
def _roles_named_where_introduced() -> frozenset[str]:
    return frozenset(load_data("titles.json")["roles"]["named_where_introduced"]["words"])


def _names_follow(text: str, end: int, starts: list[int]) -> bool:
    index = bisect.bisect_left(starts, end)
    return index < len(starts) and text[end : starts[index]] in (" ", ", ")


def _same_office(fitting: list[Entity], earlier: list[Entity | None], country: str | None) -> list[Entity]:
    """A counterpart holds the office of the person whose counterpart they are, the last one named of another
    state ('Lamola ... his Namibian counterpart' is Namibia's foreign minister, not its president)."""
    holder = next(
        (e for e in earlier if e is not None and e.rank and (country is None or e.country != country)), None
    )
    if holder is None:
        return fitting
    return [e for e in fitting if e is not holder and e.rank == holder.rank]


_LEADERS_OFFICE = re.compile(r"\b(?:his|her|His|Her)\s+(?:press\s+)?office\b(?!\s+(?:of|in|at)\b)")
_SPEAKING_SEAT = cue("speaking_seat")


def _leaders_offices(text: str, registry: _Registry, chosen: list[Mention]) -> list[Mention]:
    """'his office announced': the office of the leader named last ('Office of the Prime Minister of Canada');
    'the Kremlin said': the seat of power speaks as a body."""
    from timeline.model import country_name

    taken = [(m.start, m.end) for m in chosen]
    people = [m for m in chosen if m.kind == "person" and m.entity is not None]
    mentions: list[Mention] = []
    for match in scanning.finditer(_LEADERS_OFFICE, text) if "office" in text else ():
        earlier = [m.entity for m in people if m.end <= match.start() and m.entity is not None]
        leader = next((e for e in reversed(earlier) if e.title and e.country), None)
        if leader is None or leader.title is None or leader.country is None:
            continue
        if _overlaps(taken, *match.span()):
            continue
        try:
            country = country_name(leader.country)
        except ValueError:
            continue
        title = leader.title.split(" and ")[0]
        entity = registry.organization(f"Office of the {title} of {country}")
        entity.country = leader.country
        mentions.append(Mention(start=match.start(), end=match.end(), kind="organization", entity=entity))
    seats = organization_seats_of_power()
    named = any(seat in text for seat in seats)
    for match in scanning.finditer(_SPEAKING_SEAT, text) if named else ():
        seat = match.group("seat")
        start, end = match.span("seat")
        if seat not in seats:
            continue
        entity = registry.organization(seat)
        entity.country = seats[seat]
        chosen[:] = [m for m in chosen if not (m.start < end and start < m.end)]
        mentions.append(Mention(start=start, end=end, kind="organization", entity=entity))
    return mentions


@functools.cache
def organization_seats_of_power() -> dict[str, str]:
    """Seats of power that speak for their state in the news ('the Kremlin said')."""
    seats: dict[str, str] = load_data("titles.json")["seats_of_power"]["seats"]
    return seats


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), m.kind != "person", m.start))
    taken = bytearray()
    chosen: list[Mention] = []
    for mention in ordered:
        if len(taken) < mention.end:
            taken.extend(b"\x00" * (mention.end - len(taken)))
        if taken.find(1, mention.start, mention.end) != -1:
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    return chosen
