"""Who takes part in an event: the people and bodies of its clause, and those a pronoun, a group
('the two leaders'), a relative clause or a possessive stands for."""

from __future__ import annotations

import collections
import re
from collections.abc import Callable

from timeline.extraction.context import Context
from timeline.extraction.lexicon import cue, titles
from timeline.extraction.mentions import Entity, Mention, countries_named_in
from timeline.extraction.sentences import Sentence
from timeline.extraction.triggers import Trigger

_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whose)\b[^,]*,\s*$")


_COMPANY = cue("company_end")


_ATTRIBUTION = cue("attribution_after")
_ABSENT_PARTY = cue("absent_party")
_APPROVER_BEFORE = cue("approver_before")


# (a quotation may close between the comma and the speaker: '..., next week," press secretary X said')
_ATTRIBUTION_BEFORE = re.compile(r",[\"”’']?\s*(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,5}$")


# What precedes the subject of a clause: the sentence start, or a comma or 'and' that opens a new clause.
# ... past the office written before the name (', and Kyrgyz President Sadyr Japarov raised')
_CLAUSE_OPENING = re.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+)?|\band\s+|\bbut\s+)(?:the\s+)?(?-i:(?:[A-Z][\w'’.-]*\s+){0,4})$"
)


# a title may stand between a preposition and the name the mention is ('with Minister Fidan'), but 'and'
# may join words of the title itself ('Tourism and Sports Minister Yerbol Myrzabossynov')
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:(?i:with|to|by|from|of|for|between|on|about)\s+(?i:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"|(?i:and)\s+(?i:the\s+)?)$"
)


def _object_before() -> re.Pattern[str]:
    """A preposition, then perhaps a country and an office, right before a name: the name is not a subject.
    An 'of' right after an office opens its portfolio or state ('Secretary of State Marco Rubio met')."""
    office_ends = sorted({spelling.split()[-1] for spelling in titles() if spelling[:1].isupper()})
    # (the lookbehinds follow the word, so that they are tried only where an 'of' stands)
    of_no_office = "of" + "".join(rf"(?<!\b{re.escape(word)} of)" for word in office_ends if " " not in word)
    return re.compile(
        rf"\b(?:with|to|by|from|{of_no_office}|for|between|on|about)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,5}}$"
    )


OBJECT_BEFORE = _object_before()


def unique(entities: list[Entity]) -> list[Entity]:
    seen: list[Entity] = []
    for entity in entities:
        if all(entity is not other for other in seen):
            seen.append(entity)
    return seen


def relative_head(context: Context, sentence: Sentence, clause_start: int) -> Entity | None:
    """The person a clause resumes with after a relative clause about them ('X, who ..., met Y')."""
    opener = _RELATIVE_BEFORE.search(context.text, sentence.start, clause_start)
    if opener is None:
        return None
    named = [
        m.entity
        for m in context.mentions_in(sentence.start, opener.start())
        if m.kind in ("person", "organization") and m.entity is not None
    ]
    return named[-1] if named else None


def is_company(entity: Entity) -> bool:
    """A business by the head of its name ('Control Data Corp.', 'Sunwah Group')."""
    return entity.kind == "organization" and not entity.international and bool(_COMPANY.search(entity.name))


def acceded_body(context: Context, mentions: list[Mention], trigger: Trigger) -> Entity | None:
    """The body a state joins: named in the clause, else the international body the story is about."""
    named = [m.entity for m in mentions if m.kind == "organization" and m.entity is not None]
    if named:
        return named[0]
    return story_body(context, trigger.start)


def story_body(context: Context, end: int | None = None, least: int = 1) -> Entity | None:
    """The body of states the story names most often (before `end`), if it names it `least` times or more."""
    bodies = [
        m.entity
        for m in context.mentions_in(0, len(context.text) if end is None else end)
        if m.kind == "organization" and m.entity is not None and m.entity.international
    ]
    if not bodies:
        return None
    most = max(bodies, key=bodies.count)
    return most if bodies.count(most) >= least else None


def people_in(
    context: Context, mentions: list[Mention], sentence: Sentence, trigger: Trigger, *, speakers: bool = False
) -> list[Entity]:
    people: list[Entity] = []
    text = context.text
    reporting: list[Mention] = []
    for mention in mentions:
        if mention.kind in ("person", "group") and absent(context, sentence, mention):
            continue  # 'greetings from President X', 'the absence of X': not taking part
        if _APPROVER_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start):
            continue  # 'after approval by the European Parliament': approving is no part in the signing
        if mention.kind == "person" and cue("absent_after").match(text, mention.end, sentence.end):
            continue  # "Takaichi's predecessor, Shigeru Ishiba": the predecessor takes part
        if mention.kind == "person" and heads_answer(text, sentence, mention):
            continue  # 'Lin Jian: China welcomes President Rahmon to attend the summit': who answers
        if (
            not speakers
            and _ATTRIBUTION.match(text, mention.end)
            and _ATTRIBUTION_BEFORE.search(text, sentence.start, mention.start)
        ):
            reporting.append(mention)
            continue  # '..., the Turkish presidency said': who reports the event, not who takes part
        if mention.kind in ("person", "organization") and mention.entity is not None:
            people.append(mention.entity)
            if mention.entity.affiliation is not None:
                people.append(mention.entity.affiliation)
        elif mention.kind == "group":
            people.extend(group_members(context, mention, sentence))
    # '..., Russian Foreign Ministry Spokeswoman Maria Zakharova said': the speaker's body reports too
    speaking_bodies = {
        id(m.entity)
        for m in mentions
        if m.kind == "organization"
        and any(
            0 <= r.start - m.end <= _SPEAKER_OFFICE and _TITLE_GAP.fullmatch(text, m.end, r.start)
            for r in reporting
        )
    }
    return unique([e for e in people if id(e) not in speaking_bodies])


# An office between a body and its speaker's name ('Foreign Ministry Spokeswoman Maria Zakharova').
_SPEAKER_OFFICE = 40
_TITLE_GAP = re.compile(r"(?:\s+[A-Z][\w'’.-]*){0,4}\s+")


def group_members(context: Context, group: Mention, sentence: Sentence) -> list[Entity]:
    """'the two leaders': the leaders, already named, of the countries this sentence or paragraph names."""
    if group.members:
        return list(group.members)
    written = context.text[group.start : group.end].lower()
    if _BARE_TWO.fullmatch(written):
        named_before = _group_before(context, sentence)
        if named_before is not None:
            # 'the second meeting between the two top diplomats. The two met in Finland': the same two
            return group_members(context, named_before, context.sentences[sentence.index - 1])
    leaders_only = any(w in written for w in ("leader", "president", "head", "premier", "prime"))
    # 'the two ministers' after two ministers and two presidents named: the ministers
    ministers_only = ("minister" in written or "diplomat" in written) and not leaders_only

    def fits(entity: Entity) -> bool:
        if _MOUTHPIECE.search(entity.title or ""):
            return False  # a spokesperson speaks for a side, and is none of 'the two sides'
        if leaders_only:
            leads = entity.rank in ("head_of_state", "head_of_government")
            return leads and _holds_office_named(written, entity)
        return not ministers_only or entity.rank == "minister" or "minister" in (entity.title or "").lower()

    resumed = _group_resumed(context, group, fits) if leaders_only or ministers_only else []
    if resumed:
        return resumed
    # people the sentence itself names first: 'Tshisekedi and Kagame met ... both sides' are theirs
    # not the source a sentence names ('According to Zakharova, the two sides will also look at ...')
    named_here = [
        m.entity
        for m in context.mentions_in(sentence.start, sentence.end)
        if m.kind == "person" and m.entity is not None and not absent(context, sentence, m)
    ]
    # 'the two leaders' are two already named, where 'their foreign ministers' may be named next
    named_by = sentence.end if "two" in written else len(context.text)
    earlier = [
        m.entity
        for m in context.mentions
        if m.kind == "person" and m.entity is not None and m.start < named_by
    ]
    candidates = [e for e in unique([*named_here, *earlier]) if fits(e)]
    for scope in (sentence.text, _paragraph_text(context, sentence)):
        codes = (
            _countries_named(context, sentence.start, sentence.end)
            if scope is sentence.text
            else _paragraph_countries(context, sentence)
        )
        chosen: dict[str, Entity] = {}
        for entity in candidates:
            if entity.country in codes and entity.country not in chosen:
                chosen[entity.country] = entity
        if len(chosen) >= 2:
            members = list(chosen.values())
            return _most_named(context, members, group) if "two" in written else members
    by_country: dict[str, Entity] = {}
    before = [
        m.entity
        for m in context.mentions
        if m.kind == "person"
        and m.entity is not None
        and m.start < group.start
        and not absent(context, context.sentence_at(m.start) or sentence, m)
    ]
    # where neither the sentence nor its paragraph names their states, the pair the story is about: those
    # named most often by then (the first named first among equals), of two states
    counts = {id(e): sum(1 for other in before if other is e) for e in before}
    ranked = sorted(unique(before), key=lambda e: -counts[id(e)])
    for entity in ranked:
        if entity.country and entity.country not in by_country and fits(entity):
            by_country[entity.country] = entity
        if len(by_country) == 2:
            return list(by_country.values())
    return []


def _most_named(context: Context, people: list[Entity], group: Mention) -> list[Entity]:
    """'The two leaders' among three named: the two the story has named most by then."""
    if len(people) <= 2:
        return people
    named = [id(m.entity) for m in context.mentions if m.entity is not None and m.start < group.start]
    ranked = sorted(people, key=lambda e: -named.count(id(e)))
    return [e for e in people if e in ranked[:2]]


_BARE_TWO = re.compile(r"(?:the|both)\s+two")


def _holds_office_named(written: str, entity: Entity) -> bool:
    """'the two Prime Ministers' after a prime minister, a president and another prime minister: the two
    heads of government, not the president; 'the two presidents': heads of state or holders of that title."""
    if "prime" in written or "premier" in written:
        return entity.rank == "head_of_government"
    if "president" in written:
        return entity.rank == "head_of_state" or "president" in (entity.title or "").lower()
    return True


_MOUTHPIECE = cue("mouthpiece")


def _group_resumed(context: Context, group: Mention, fits: Callable[[Entity], bool]) -> list[Entity]:
    """'The foreign ministers of Congo and Rwanda signed ... The two ministers were received': the
    members of the last group named before with its members, when they all fit."""
    named = [m for m in context.mentions if m.kind == "group" and m.members and m.end <= group.start]
    if named and all(fits(e) for e in named[-1].members):
        return list(named[-1].members)
    return []


def _group_before(context: Context, sentence: Sentence) -> Mention | None:
    """A group that the sentence before names with a noun ('the two top diplomats'), as 'the two' resumes."""
    if sentence.index == 0:
        return None
    previous = context.sentences[sentence.index - 1]
    named = [
        m
        for m in context.mentions_in(previous.start, previous.end)
        if m.kind == "group" and not _BARE_TWO.fullmatch(context.text[m.start : m.end].lower())
    ]
    return named[-1] if named else None


def _paragraph_text(context: Context, sentence: Sentence) -> str:
    return " ".join(s.text for s in context.sentences if s.paragraph == sentence.paragraph)


def _paragraph_countries(context: Context, sentence: Sentence) -> set[str]:
    same = [s for s in context.sentences if s.paragraph == sentence.paragraph]
    return _countries_named(context, same[0].start, same[-1].end)


def story_states(context: Context, end: int, count: int = 2) -> list[str]:
    """The states 'the two countries' (or 'the three countries') are: the `count` the story has named most
    often before `end` (by name, by a place of theirs or through a person of theirs), when no other is named
    as often as the last of them."""
    named: list[str] = []
    for mention in context.mentions_in(0, end):
        person = mention.entity if mention.kind == "person" else None
        code = mention.country or (person.country if person is not None else None)
        if code:
            named.append(code)
    counts = collections.Counter(named).most_common(count + 1)
    if len(counts) < count or (len(counts) > count and counts[count][1] == counts[count - 1][1]):
        return []
    return [code for code, _ in counts[:count]]


def _countries_named(context: Context, start: int, end: int) -> set[str]:
    """The states named between `start` and `end`, by name or place or through a person of theirs ('since
    Koizumi took office': Japan)."""
    codes: set[str] = set()
    for mention in context.mentions_in(start, end):
        if mention.country:
            codes.add(mention.country)
        elif mention.kind == "person" and mention.entity is not None and mention.entity.country:
            codes.add(mention.entity.country)
    return codes


def earlier_subject(context: Context, sentence: Sentence, clause_start: int) -> list[Entity]:
    """The person a subject 'he' or 'she' most likely is: the subject of the nearest earlier clause
    ('Tileuberdi invited Chung, and Chung accepted, saying he would travel'), else of the sentence before;
    in a participle phrase opening the sentence, the speaker after it ('Noting that he paid a state visit to
    Kazakhstan in June, Xi said')."""
    speaker = speaker_after_opening(context, sentence, clause_start)
    if speaker is not None:
        return [speaker]
    named = [
        m
        for m in context.mentions_in(sentence.start, clause_start)
        if m.kind == "person"
        and m.entity is not None
        and not OBJECT_BEFORE.search(context.text, max(sentence.start, m.start - 60), m.start)
    ]
    subjects = [
        m
        for m in named
        if m.start == sentence.start or _CLAUSE_OPENING.search(context.text, sentence.start, m.start)
    ]
    if subjects or named:
        chosen = (subjects or named)[-1 if subjects else 0].entity
        assert chosen is not None
        return [chosen]
    if sentence.index == 0:
        return []
    previous = context.sentences[sentence.index - 1]
    if _PRONOUN_OPENING.match(context.text, previous.start):
        # 'He met Lula today. He also visited the Congress', 'His first trip will take him to Central Asia. He
        # will visit Astana': the same one as the sentence before
        return earlier_subject(context, previous, previous.start)
    # 'the Secretary General said at the press conference with Minister Fidan. He also visited': not Fidan
    people = [
        m
        for m in context.mentions_in(previous.start, previous.end)
        if m.kind == "person"
        and m.entity
        and not _PREPOSITION_BEFORE.search(context.text, max(previous.start, m.start - 40), m.start)
    ]
    for index, mention in enumerate(people):
        if _SPEAKS_AFTER.match(context.text, mention.end) and index + 1 < len(people):
            continue  # 'Spokeswoman Hua Chunying said Xi would be in Kazakhstan. He will then travel': Xi
        assert mention.entity is not None
        return [mention.entity]
    return []


_PRONOUN_OPENING = re.compile(r"(?:He|She|His|Her)\b")
_JOINED_NAME = re.compile(r"\s+and\s+")
# What may stand before a subject opening its sentence: its titles.
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,6}")


def joint_subject_before(context: Context, sentence: Sentence) -> list[Entity]:
    """The people a sentence opening with 'They' stands for: those named together as the subject of the
    sentence before ('Xi and Tokayev held talks ... They also witnessed the signing of ...'), or the only two
    it names, the one acting on the other ('Starmer spoke to Erdogan. They also recalled their meeting')."""
    if sentence.index == 0:
        return []
    previous = context.sentences[sentence.index - 1]
    people = [m for m in context.mentions_in(previous.start, previous.end) if m.kind == "person" and m.entity]
    if len(people) < 2:
        return []
    if OBJECT_BEFORE.search(context.text, max(previous.start, people[0].start - 60), people[0].start):
        return []
    if len({id(m.entity) for m in people}) == 2 and _TITLES_ONLY.fullmatch(
        context.text, previous.start, people[0].start
    ):
        return list(dict.fromkeys(m.entity for m in people if m.entity is not None))
    joined = [people[0]]
    for mention in people[1:]:
        if not _JOINED_NAME.fullmatch(context.text, joined[-1].end, mention.start):
            break
        joined.append(mention)
    return [m.entity for m in joined if m.entity is not None] if len(joined) > 1 else []


_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b")
_NAMED_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){0,4}$")


def speaker_after_opening(context: Context, sentence: Sentence, position: int) -> Entity | None:
    """The speaker a sentence names after the participle phrase it opens with, when `position` lies in it."""
    if not _OPENING_PARTICIPLE.match(context.text, sentence.start):
        return None
    for mention in context.mentions_in(position, sentence.end):
        if (
            mention.kind == "person"
            and mention.entity is not None
            and _NAMED_AFTER_COMMA.search(context.text, max(position, mention.start - 60), mention.start)
            and _SPEAKS_AFTER.match(context.text, mention.end)
        ):
            return mention.entity
    return None


# The colon of a speaker's name heading a transcript's answer ('Baghaei: Foreign Minister Araghchi will ...')
_ANSWER_AFTER = re.compile(r":\s")
# ... or a verb of saying after a name
_SPEAKS_AFTER = re.compile(
    rf"\s+(?:said|says|stated|announced|told\s+(?:reporters|journalists))\b|{_ANSWER_AFTER.pattern}"
)


def heads_answer(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a name opening the sentence heads a transcript's answer ('Lin Jian: China welcomes ...')."""
    return (
        _ANSWER_AFTER.match(text, mention.end) is not None
        and _TITLES_ONLY.fullmatch(text, sentence.start, mention.start) is not None
    )


def people_nearby(context: Context, sentence: Sentence, *, own: bool = True) -> list[Entity]:
    """People a report names for a meeting it did not give names for: those of its own sentence ('Erdoğan
    and Berdimuhamedov attended a signing ceremony, following bilateral talks') unless `own` is false, else
    of the sentences after it."""
    people: list[Entity] = []
    first = sentence.index if own else sentence.index + 1
    for index, following in enumerate(
        context.sentences[first : sentence.index + 6], start=first - sentence.index
    ):
        for mention in context.mentions_in(following.start, following.end):
            if (
                mention.kind == "person"
                and mention.entity is not None
                and mention.entity.title
                and not mention.role
                and not absent(context, following, mention)
            ):
                people.append(mention.entity)
        if index == 0 and people:
            break
    return unique(people)[:4]


def absent(context: Context, sentence: Sentence, mention: Mention) -> bool:
    """'greetings from President X', 'the absence of X', 'a tribute to the late President X': named, but
    taking no part."""
    return bool(_ABSENT_PARTY.search(context.text, max(sentence.start, mention.start - 80), mention.start))


def countries_of(mentions: list[Mention], people: list[Entity]) -> list[str]:
    codes: list[str] = []
    for mention in mentions:
        metonymy = mention.kind == "place" and mention.capital
        if mention.country and (mention.kind == "country" or metonymy):
            codes.append(mention.country)
        elif (
            mention.kind == "organization" and mention.entity is not None and not mention.entity.international
        ):
            codes.extend(countries_named_in(mention.entity.name))  # 'UAE-Kazakhstan Joint Commission'
    for entity in people:
        if entity.country and not entity.international:
            codes.append(entity.country)
    return list(dict.fromkeys(codes))
