"""Events of one document: sentences, mentions and times, then one event per report."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

import attrs

from timeline.extraction.announcements import announcements
from timeline.extraction.build import event_id, to_event
from timeline.extraction.context import Candidate, Context
from timeline.extraction.dateline import Dateline, find_dateline
from timeline.extraction.dating import COUNT_WORDS, multi_day_span, shifted
from timeline.extraction.dedupe import Group, merge_mentions
from timeline.extraction.lexicon import cue
from timeline.extraction.mentions import Entity, Mention, find_mentions
from timeline.extraction.participants import is_company, unique
from timeline.extraction.placing import (
    GATHERING_EVE_DAYS,
    days_from_setting,
    events_referred_to,
    most_reported,
    opening_summit,
    opens_with_event_reference,
    place_events,
    place_in_visit_cities,
)
from timeline.extraction.reading import PERSON_AFTER_REACH, STATE_RANKS, UNRESOLVED_WEEKDAY, read_trigger
from timeline.extraction.sentences import Sentence, split_sentences
from timeline.extraction.stays import date_tour_stops, lengthen_stays, may_tell_leaving
from timeline.extraction.summits import complete_summits
from timeline.extraction.triggers import Trigger, find_triggers
from timeline.extraction.voice import speaking_state
from timeline.gazetteer import find_places
from timeline.model import Document, Event, Place, Precision, Status, When, country_name
from timeline.temporal import TimeMention, find_times

# An event dated this close to the dateline is part of the day's story and happened where it was filed.
_SAME_STORY_DAYS = 10


def extract(document: Document) -> list[Event]:
    """Every diplomatic event `document` reports, one per event, in the order first reported.

    Raises TypeError when `document` is not a Document (plain text must be wrapped first).
    """
    if not isinstance(document, Document):
        hint = ": wrap article text in timeline.Document(text=...)" if isinstance(document, str) else ""
        raise TypeError(f"expected a Document, got a {type(document).__name__}{hint}")
    text = document.text
    if not text.strip():
        return []
    triggers = [t for t in find_triggers(text) if not _inside_title(text, t)]
    if not triggers:
        return []
    context = _context(document, triggers)
    candidates: list[Candidate] = []
    for trigger in triggers:
        candidates.extend(read_trigger(context, trigger))
    candidates.extend(announcements(context, candidates))
    candidates = _occurrences_with_parties(candidates)
    candidates.sort(key=lambda c: (c.trigger.start, c.split_key))
    _same_day(context, candidates)
    _neighbouring_day(context, candidates)
    _days_later(context, candidates)
    _counted_from_the_subject(context, candidates)
    _during_the_visit(candidates)
    candidates = _framed(candidates)
    groups = _without_headline_repeats(context, merge_mentions(candidates))
    _relate(groups)
    _parties_from_context(context, groups)
    _called_off_with_the_trip(context, groups)
    groups = lengthen_stays(context, groups)
    date_tour_stops(context, groups)
    # an event needs a state or a body of states; a loan between two companies is business news
    groups = [g for g in groups if g.lead.countries or any(not is_company(e) for e in g.lead.people)]
    sessions = [g for g in groups if _body_alone(g)]
    for group in sessions:
        group.lead.kind = "summit"
        body = group.lead.people[0]
        group.lead.name = group.lead.name or f"{body.acronym or body.name} meeting"
    # 'concluded negotiations on the agreement at a summit in Montevideo': the bodies' talks are that summit
    groups = [g for g in groups if not (g in sessions and _told_summit(g, groups, sessions))]
    complete_summits(context, groups)
    _dated_by_the_setting(groups)
    place_events(context, groups)
    _apply_dateline(context, groups)
    _apply_story_setting(context, groups)
    place_in_visit_cities(groups)
    ids = {id(group): event_id(group, document) for group in groups}
    related: dict[int, set[str]] = {id(group): set() for group in groups}
    for group in groups:
        for other in groups:
            if other is not group and any(m in group.lead.related for m in other.members):
                related[id(group)].add(ids[id(other)])
                related[id(other)].add(ids[id(group)])
    return [to_event(group, document, tuple(sorted(related[id(group)]))) for group in groups]


_OFFICE_BODY_BEFORE = cue("office_body_before")
_OFFICE_OF_GATHERING_BEFORE = cue("office_of_gathering_before")
_HOLDER_AFTER = cue("holder_after")
_HOLDER_BEFORE = cue("holder_before")


def _inside_title(text: str, trigger: Trigger) -> bool:
    """'Chairman of the ... Consultative Conference Wang Huning', 'Wang Huning, Chairman of the ...
    Consultative Conference': a capitalized gathering word ending the body of an office right before or after
    its holder's name is part of the title, not a gathering; so is one right after the office of its chair
    ('the chair of the forum')."""
    if trigger.rule.kind != "summit":
        return False
    if _OFFICE_OF_GATHERING_BEFORE.search(text, max(0, trigger.start - 40), trigger.start):
        return True  # 'Mark Brown, the chair of the forum,': an office
    if not text[trigger.start : trigger.start + 1].isupper():
        return False
    office = _OFFICE_BODY_BEFORE.search(text, max(0, trigger.start - 120), trigger.start)
    return office is not None and (
        _HOLDER_AFTER.match(text, trigger.end) is not None
        or _HOLDER_BEFORE.search(text, max(0, office.start() - 60), office.start()) is not None
    )


# A headline stands alone on the first line, without a full stop, a blank line after it.
_HEADLINE_END = re.compile(r"[^.!?\s]\s*\n\s*\n")
# ... or is a whole first line of words without a full stop, as headlines copied from web pages are.
_TITLE_LINE = re.compile(r"[^\n]*[^.!?:\s](?=[ \t]*\n)")


def _without_headline_repeats(context: Context, groups: list[Group]) -> list[Group]:
    """'Vanuatu, Solomon Islands sign maritime boundary treaty' over a story that tells the signing: a
    headline event that names no one, or only people the story's own report names, is the event of its kind
    the story reports next, not another one. A digest's subheading heads only the story below it."""
    sections = _headline_sections(context)
    if not sections:
        return groups
    kept: list[Group] = []
    for group in groups:
        lead = group.lead
        section = sections.get(lead.sentence.index)
        if section is None or any(m.sentence.index not in sections for m in group.members):
            kept.append(group)
            continue
        # 'Fidan tours the Gulf' over 'Fidan will visit Qatar on March 3': the headline's
        # present tense tells the story's event, whose status and date the story gives
        persons = {id(e) for e in lead.people if e.kind == "person"}
        told_later = any(
            other is not group
            and (other.lead.kind == lead.kind or _body_meeting_told(lead, other))
            and any(
                m.sentence.index not in sections and section[0] <= m.sentence.index < section[1]
                for m in other.members
            )
            and set(lead.countries) <= set(other.lead.countries)
            and (not persons or persons & {id(e) for e in other.lead.people})
            and (lead.location is None or other.lead.location in (None, lead.location))
            and lead.when.compatible(other.lead.when)
            for other in groups
        )
        if not told_later:
            kept.append(group)
    return kept


def _body_meeting_told(headline: Candidate, story: Group) -> bool:
    """'NB8 ministers to gather in Reykjavík' over 'Foreign ministers of the Nordic-Baltic Eight will meet':
    a headline's gathering of a body is the session of that body on its own the story tells, which is a
    meeting until the story is read whole (then a summit)."""
    return (
        headline.kind == "summit"
        and headline.status is story.lead.status
        and _body_alone(story)
        and {id(e) for e in headline.people} <= {id(e) for e in story.lead.people}
    )


def _headline_sections(context: Context) -> dict[int, tuple[int, int]]:
    """The headlines of the story by sentence index, each with the sentences it heads (from, up to): the
    first line's heads the whole story (and so does its repeat, as pages print it twice), a subheading
    standing on a line of its own (a blank one after it) the sentences up to the next one."""
    sentences = context.sentences
    if not sentences:
        return {}
    text = context.text
    first = sentences[0]
    title = _TITLE_LINE.match(text, first.start)
    opened = bool(
        _HEADLINE_END.match(text, max(first.start, first.end - 1))
        or (title is not None and title.end() == first.end)
    )
    subheadings = [
        s.index
        for s in sentences[1:]
        if s.text != first.text
        and not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip(" \t")
        and _HEADLINE_END.match(text, max(s.start, s.end - 1))
    ]
    sections: dict[int, tuple[int, int]] = {}
    if opened:
        sections.update({s.index: (0, len(sentences)) for s in sentences if s.text == first.text})
    for heading, following in itertools.pairwise([*subheadings, len(sentences)]):
        sections[heading] = (heading + 1, following)
    return sections


def _occurrences_with_parties(candidates: list[Candidate]) -> list[Candidate]:
    """'The previous round of the strategic dialogue was held in Zagreb in October 2024': an earlier or later
    occurrence of the story's meeting is between the states of that meeting (the nearest one reported before
    it, else after it), and is a meeting if that one is; without such a meeting it names nobody."""
    # not 'the meeting' told again, nor 'separate bilateral talks' on its margins
    meetings = [
        c
        for c in candidates
        if not c.occurrence
        and not (c.anaphoric and not c.people)
        and not c.separate
        and c.kind in ("meeting", "summit")
        and c.countries
    ]
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.occurrence and candidate.kind == "call":
            # 'Their previous telephone conversation took place on 25 August': between the callers before
            calls = [
                c
                for c in candidates
                if c.kind == "call" and not c.occurrence and c.trigger.start < candidate.trigger.start
            ]
            if calls:
                candidate.people = unique([*candidate.people, *calls[-1].people])
                candidate.countries = list(dict.fromkeys([*candidate.countries, *calls[-1].countries]))
        elif candidate.occurrence and not any(e.kind == "person" for e in candidate.people):
            before = [m for m in meetings if m.trigger.start < candidate.trigger.start]
            # 'Before the trilateral session, Fidan held separate bilateral talks ... the next trilateral
            # meeting': an occurrence of the story's meeting of its own kind, not of the talks on its margins
            alike = [m for m in before if m.kind == candidate.kind]
            story = (alike or before)[-1] if before else (meetings[0] if meetings else None)
            if story is None:
                if not candidate.people and not candidate.countries:
                    continue
            else:
                candidate.countries = list(dict.fromkeys([*candidate.countries, *story.countries]))
                candidate.kind = story.kind
                if candidate.trigger.rule.form == "verb":
                    # 'They agreed to meet again': those who met, where 'the next round' names only states
                    candidate.people = unique([*candidate.people, *story.people])
        kept.append(candidate)
    return kept


def _told_summit(session: Group, groups: list[Group], sessions: list[Group]) -> bool:
    """A summit reported by its own word in the sentence of a body's session, on a compatible day."""
    sentence = session.members[0].sentence.index
    return any(
        other.lead.kind == "summit"
        and other not in sessions
        and any(m.sentence.index == sentence for m in other.members)
        and other.lead.when.compatible(session.lead.when)
        for other in groups
    )


def _body_alone(group: Group) -> bool:
    """'the Council of Europe's ministerial session', 'the bloc's Council of Ministers met': a body of many
    states meeting on its own holds a session of that body (a summit), not talks between parties."""
    lead = group.lead
    return (
        lead.kind == "meeting"
        and bool(lead.people)
        and all(e.kind == "organization" for e in lead.people)
        and any(e.international for e in lead.people)
    )


def _context(document: Document, triggers: list[Trigger]) -> Context:
    text = document.text
    sentences = split_sentences(text)
    dateline = find_dateline(text)
    # An article without a publication date is dated by its dateline when that gives the year. Else its
    # relative dates count from the first day it writes with its year near the top (a photo caption's 'on
    # December 14, 2015'), which is no publication date: events after it may have happened.
    published = document.published or _dateline_day(text, dateline)
    headings = [s for s in sentences if _DAY_HEADING.fullmatch(s.text)]
    times = _times(text, published or _opening_day(text), sentences, triggers, dateline, headings)
    mentions = find_mentions(
        text,
        published.year if published is not None else None,
        speaking_state(document.url, document.outlet),
    )
    if dateline is not None:
        # the dateline's city and agency ('BELFAST, Northern Ireland (AP)_') take part in nothing, nor does
        # the agency named again ('BelTA learned from the press service')
        agency = set(_AGENCY_IN_BRACKETS.findall(text, dateline.start, dateline.end))
        mentions = [
            m
            for m in mentions
            if not dateline.start <= m.start < dateline.end and text[m.start : m.end] not in agency
        ]
        if dateline.place.country is not None:
            _home_country(text, mentions, dateline.place.country)
            mentions = _venues_in_the_state(text, mentions, dateline.place.country)
    day_headings = _day_headings(headings, times)
    return Context(
        text=text,
        sentences=sentences,
        mentions=mentions,
        times=times,
        dateline=dateline,
        dateline_when=_dateline_when(dateline, times),
        published=published,
        trigger_starts=_reporting_trigger_starts(sentences, triggers, mentions),
        day_headings=day_headings,
        section_titles=[s.start for s in sentences if _is_section_title(text, s)] if day_headings else [],
        title_body=_summit_body_in_title(document.title, mentions),
    )


# a body's name right before the summit word ('NATO summit in The Hague', 'SCO Tianjin Summit')
_SUMMIT_AFTER_BODY = cue("summit_after_body")


def _summit_body_in_title(title: str | None, mentions: list[Mention]) -> Entity | None:
    """The international body whose summit the document's title names, as the story's mentions hold it."""
    if not title or _SUMMIT_AFTER_BODY.search(title) is None:
        return None
    for mention in find_mentions(title):
        entity = mention.entity
        if (
            mention.kind == "organization"
            and entity is not None
            and entity.international
            and _SUMMIT_AFTER_BODY.match(title, mention.end)
        ):
            same = (m.entity for m in mentions if m.entity is not None and m.entity.name == entity.name)
            return next(same, entity)
    return None


def _reporting_trigger_starts(
    sentences: list[Sentence], triggers: list[Trigger], mentions: list[Mention]
) -> list[int]:
    """Where the event words that may report an event start. A verb of hosting with no guest named after it
    in its sentence ('the summit, which Kazakhstan will host in Astana') reports nothing of its own, so it
    does not end the clause of the event word before it."""
    starts = [m.start for m in mentions]
    sentence_ends = [s.end for s in sentences]
    reporting = []
    for trigger in triggers:
        if trigger.rule.needs == "person_after":
            index = bisect.bisect_right(sentence_ends, trigger.start)
            sentence_end = sentence_ends[index] if index < len(sentence_ends) else trigger.end
            reach = min(sentence_end, trigger.end + PERSON_AFTER_REACH)
            following = mentions[bisect.bisect_left(starts, trigger.end) : bisect.bisect_left(starts, reach)]
            if not any(m.kind in ("person", "group") for m in following):
                continue
        reporting.append(trigger.start)
    return reporting


# A line that is a day, as a schedule or a digest heads its sections: 'Monday, 8 December 2025',
# '**Tuesday 9 December**', 'March 4:', or a day and a title, as a timeline heads its entries:
# '27 August 2025 - Three leaders, one message' (whether it names a day is the temporal tagger's to say).
# ... also a heading of several days ('22-24 August 2023 - The big expansion')
_DAY_HEADING = re.compile(
    r"[*_#\s]*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2})?\s+[A-Z][a-z]+\.?"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2})?)"
    r"(?:,?\s+\d{4})?[*_:\s]*(?:[-–—:][ \t]+[^\n.!?]{1,80}[^\n.!?:,;])?[*_\s]*"
)


def _is_section_title(text: str, sentence: Sentence) -> bool:
    """A short line of words alone, without a stop or a number: the title of a section ('What comes next')."""
    return (
        len(sentence.text) <= _TITLE_CHARS
        and not sentence.text.endswith((".", "!", "?", ":", '"', "”"))
        and not any(c.isdigit() for c in sentence.text)
        and (sentence.start == 0 or text[sentence.start - 1] == "\n")
        and text.startswith("\n", sentence.end)
    )


_TITLE_CHARS = 60


def _day_headings(headings: list[Sentence], times: list[TimeMention]) -> list[TimeMention]:
    """The days heading the sections of a text divided by days: two lines or more, each a day."""
    days = []
    for heading in headings:
        within = [t for t in times if heading.start <= t.start and t.end <= heading.end]
        if len(within) == 1 and within[0].when is not None and within[0].when.precision is Precision.DAY:
            days.append(within[0])
    return days if len({day.value for day in days}) >= 2 else []


def _home_country(text: str, mentions: list[Mention], country: str) -> None:
    """A leader or minister named with an office but no country ('President William Ruto' in a story filed
    from Nairobi) holds it in the country the story is filed from, as the home press writes, unless the
    story first has them arrive there ('the Amir Sheikh Meshal arrived in Cairo on Monday')."""
    arrived: set[int] = set()
    for mention in mentions:
        entity = mention.entity
        if entity is None or id(entity) in arrived or entity.country is not None:
            continue
        if _arrives_next(text, mention.end):
            arrived.add(id(entity))
            continue
        if (
            entity.kind == "person"
            and not entity.known
            and entity.affiliation is None
            and entity.rank in STATE_RANKS
        ):
            entity.country = _state_gone_to(text, mentions, mention, country) or country


# 'flies to Tbilisi on Wednesday for talks with ... Foreign Minister Maka Botchorishvili': the words right
# before a place that make it where the sentence goes or is
_DESTINATION = cue("destination")
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s)")
# Words before an official that make them someone met there: 'for talks with', 'to meet', 'received by'
_COUNTERPART_BEFORE = re.compile(r"\b(?:with|meet|meets|meeting|met|by)\b")


def _state_gone_to(text: str, mentions: list[Mention], named: Mention, home: str) -> str | None:
    """The state of another place the sentence goes to or is in before an official it names as met there
    ('flies to Tbilisi on Wednesday for talks with ... Foreign Minister Maka Botchorishvili'): the official is
    the host's, not of the state the story is filed from."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, named.start - 300), named.start)]
    start = ends[-1] if ends else max(0, named.start - 300)
    places = [
        m
        for m in mentions
        if m.kind in ("place", "country")
        and start <= m.start
        and m.end <= named.start
        and m.country is not None
        and _DESTINATION.search(text, max(0, m.start - 40), m.start)
    ]
    if not places or places[-1].country == home:
        return None
    # '... to Ghana next month, Foreign Affairs Minister Kamina Johnson Smith said': the speaker is not met
    between = text[places[-1].end : named.start]
    return places[-1].country if "," not in between and _COUNTERPART_BEFORE.search(between) else None


_AGENCY_IN_BRACKETS = re.compile(r"\(([^()\n]{2,40})\)")


def _venues_in_the_state(text: str, mentions: list[Mention], country: str) -> list[Mention]:
    """'MINSK, 26 June (BelTA) - Lukashenko met Tokayev at the Palace of Independence': a building named
    alike in several capitals is the one in the state the story is filed from."""
    chosen: list[Mention] = []
    for mention in mentions:
        if mention.kind == "place":
            here = [p for p in find_places(text[mention.start : mention.end]) if p.country == country]
            if here and mention.country != country:
                place = Place(name=here[0].name, country=country)
                mention = attrs.evolve(mention, country=country, place=place)
        chosen.append(mention)
    return chosen


_ARRIVAL = cue("arrival")
_CLAUSE_STOP = re.compile(r"[.;]")
# 'X arrived in', 'X, who arrived on Sunday,', 'X has arrived': the verb stands this close after the name
_ARRIVAL_REACH = 50


def _arrives_next(text: str, end: int) -> bool:
    """A verb of arrival follows the name ending at `end`, before its sentence or clause ends."""
    stop = _CLAUSE_STOP.search(text, end, end + _ARRIVAL_REACH)
    return _ARRIVAL.search(text, end, stop.start() if stop else end + _ARRIVAL_REACH) is not None


def _dateline_day(text: str, dateline: Dateline | None) -> dt.date | None:
    if dateline is None or dateline.date_start is None or dateline.date_end is None:
        return None
    for time in find_times(text[dateline.date_start : dateline.date_end]):
        when = time.when
        if when is not None and when.precision is Precision.DAY and when.start is not None:
            return when.start
    return None


# How far into an undated text a day written with its year still tells when the story was written.
_OPENING_CHARS = 600


_YEARLESS_MONTH = re.compile(r"XXXX-\d\d")


def _opening_day(text: str) -> dt.date | None:
    for time in find_times(text[:_OPENING_CHARS]):
        when = time.when
        if when is not None and when.precision is Precision.DAY and when.start is not None:
            return when.start
        if _YEARLESS_MONTH.match(time.value):
            # 'will visit from November 11-12 ... established ties on July 12, 1995': a story that writes
            # its own days without a year before one with it tells of the later one as background
            return None
    return None


_ENTRY_OPENING = re.compile(
    r"[*_ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,4}\b)[^\n]{0,30}?[*_]*[ \t]*(?:—|–|-{1,2})[ \t]"
)
_ENTRY_REACH = 40
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _times(
    text: str,
    published: dt.date | None,
    sentences: list[Sentence],
    triggers: list[Trigger],
    dateline: Dateline | None,
    headings: list[Sentence],
) -> list[TimeMention]:
    """Time expressions of the sentences that report events (and of the dateline and the day headings), not of
    the whole text.

    Only those can date an event; tagging the rest would cost most of the time on long articles.
    """
    wanted: list[tuple[int, int]] = []
    starts = [s.start for s in sentences]
    for trigger in triggers:
        index = bisect.bisect_right(starts, trigger.start) - 1
        if index >= 0:
            sentence = sentences[index]
            wanted.append((sentence.start, sentence.end))
        if index >= 1:
            # 'The earthquake of February 2023 changed the tone. X flew to Adana on February 27': a year
            # written in the sentence before gives its year to a year-less day
            previous = sentences[index - 1]
            if _YEAR_WRITTEN.search(text, previous.start, previous.end):
                wanted.append((previous.start, previous.end))
            if _COUNTED_OPENING.match(sentence.text):
                # 'On September 22 ... signed a roadmap. ... The following day, Tokayev received Yu': the day
                # counted from is told in the sentences before, perhaps in the paragraph before
                earlier = sentences[max(0, index - _COUNTED_REACH)]
                wanted.append((earlier.start, sentence.start))
    if dateline is not None:
        wanted.append((dateline.start, dateline.end))
    wanted.extend((heading.start, heading.end) for heading in headings)
    for sentence in sentences:
        if may_tell_leaving(text, sentence.start, sentence.end):
            wanted.append((sentence.start, sentence.end))
        # 'March 1, 2025 - ...': a timeline entry's date gives the year of the year-less entries after it
        if _ENTRY_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + _ENTRY_REACH)):
            wanted.append((sentence.start, min(sentence.end, sentence.start + _ENTRY_REACH)))
    spans: list[list[int]] = []
    for start, end in sorted(wanted):
        if spans and start <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    times = _found(text, spans, published)
    if published is None and dateline is not None:
        times = _this_month_of_the_dateline(times, dateline)
        times = _weekdays_counted_from_the_lead(text, spans, times, dateline, sentences)
    return _counted_from_the_day_before(text, times)


def _found(text: str, spans: list[list[int]], reference: dt.date | None) -> list[TimeMention]:
    times: list[TimeMention] = []
    for start, end in spans:
        for time in find_times(text[start:end], reference):
            times.append(attrs.evolve(time, start=time.start + start, end=time.end + start))
    return times


_COUNTED_OPENING = cue("counted_opening")
# 'The following day' counts from a day told at most this many sentences before.
_COUNTED_REACH = 3


# 'a week later', 'two days earlier': an amount of time counted from the day told before ('two days before the
# summit' is counted from the summit)
_LATER = re.compile(r"\s+(later|afterwards|earlier)\b(?!\s+than\b)", re.IGNORECASE)
_AMOUNT = re.compile(r"P(\d+)([DW])")
# How far back (characters) the day an amount is counted from may be written
_COUNTED_REACH = 400


def _counted_from_the_day_before(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """'Talks began in Muscat on April 12. A second round followed a week later': an amount of days or weeks
    right before 'later' or 'earlier' is a day, counted from the last time written before it if that is one
    day ('in early February ... two days later' names no day)."""
    counted: list[TimeMention] = []
    last: TimeMention | None = None  # the last time written so far that names a date
    for time in times:
        amount = _AMOUNT.fullmatch(time.value) if time.type == "DURATION" else None
        direction = _LATER.match(text, time.end) if amount is not None else None
        near = last is not None and time.start - last.end <= _COUNTED_REACH
        day = _single_day(last) if direction is not None and near else None
        if amount is None or direction is None or day is None or last is None:
            counted.append(time)
        else:
            days = int(amount.group(1)) * (7 if amount.group(2) == "W" else 1)
            sign = -1 if direction.group(1).lower() == "earlier" else 1
            day += dt.timedelta(days=sign * days)
            counted.append(
                attrs.evolve(
                    time,
                    end=direction.end(),
                    text=text[time.start : direction.end()],
                    type="DATE",
                    value=day.isoformat(),
                    when=When.day(day),
                    rule=f"{time.rule}, counted from {last.text!r}",
                )
            )
        if time.when is not None:
            last = time
    return counted


def _single_day(time: TimeMention | None) -> dt.date | None:
    when = time.when if time is not None else None
    if when is None or when.precision is not Precision.DAY or when.is_range or when.modifier is not None:
        return None
    return when.start


_THIS_MONTH = "month +0"


def _this_month_of_the_dateline(times: list[TimeMention], dateline: Dateline) -> list[TimeMention]:
    """'later this month' in a story datelined 'MOSCOW, Oct. 3' with no year anywhere is XXXX-10.

    The temporal tagger needs a full reference date; a dateline without its year still gives the month.
    """
    written = [t for t in times if dateline.start <= t.start < dateline.end and t.when is not None]
    month = next(
        (t.value[5:7] for t in written if t.value.startswith("XXXX-") and t.value[5:7].isdigit()), None
    )
    if month is None:
        return times
    value = f"XXXX-{month}"
    return [
        attrs.evolve(t, value=value, when=When.from_timex(value, t.mod))
        if t.value == "XXXX-XX" and _THIS_MONTH in t.rule
        else t
        for t in times
    ]


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
_DAY_WITH_YEAR = re.compile(r"\d{4}(?=-\d\d-\d\d)")
# Years searched for one whose calendar puts the dateline's day on the lead's weekday: any will do, since the
# story's weekdays are only counted from that day and the year itself stays unknown
_CALENDAR_YEARS = range(2001, 2029)


def _weekdays_counted_from_the_lead(
    text: str,
    spans: list[list[int]],
    times: list[TimeMention],
    dateline: Dateline,
    sentences: list[Sentence],
) -> list[TimeMention]:
    """'ALMATY, Nov 6 (Xinhua) -- Chen wrapped up a visit on Thursday ... On Monday, Chen met Bektenov': a
    wire story's lead tells of its dateline's day, so the lead's weekday is that day's and the story's other
    weekdays are counted from it (Monday is XXXX-11-03). A lead that looks ahead ('will meet on Friday')
    tells nothing of the dateline's weekday."""
    day = next(
        (
            match
            for time in times
            if dateline.start <= time.start < dateline.end
            and (match := _YEARLESS_DAY.fullmatch(time.value)) is not None
        ),
        None,
    )
    lead_end = next((sentence.end for sentence in sentences if sentence.end > dateline.end), None)
    lead = next(
        (
            time
            for time in times
            if lead_end is not None
            and dateline.end <= time.start < lead_end
            and UNRESOLVED_WEEKDAY.fullmatch(time.value)
        ),
        None,
    )
    if day is None or lead is None:
        return times
    reference = _day_on_weekday(int(day.group(1)), int(day.group(2)), int(lead.value[-1]))
    if reference is None:
        return times
    counted = {(time.start, time.end): time for time in _found(text, spans, reference)}
    lead_counted = counted.get((lead.start, lead.end))
    # the rule names the tense that placed the weekday: 'weekday, future ('will'): the one after ...'
    if lead_counted is None or lead_counted.value != reference.isoformat() or "future" in lead_counted.rule:
        return times
    return [_counted_without_year(counted.get((time.start, time.end)), time) for time in times]


def _day_on_weekday(month: int, day: int, weekday: int) -> dt.date | None:
    for year in _CALENDAR_YEARS:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            return candidate
    return None


def _counted_without_year(counted: TimeMention | None, time: TimeMention) -> TimeMention:
    if (
        counted is None
        or counted.when is None
        or not UNRESOLVED_WEEKDAY.fullmatch(time.value)
        or _DAY_WITH_YEAR.match(counted.when.value) is None
    ):
        return time
    # 'Monday evening' is XXXX-09-08TEV as a time expression, and its day XXXX-09-08 dates an event
    day = _DAY_WITH_YEAR.sub("XXXX", counted.when.value, count=1)
    return attrs.evolve(
        counted,
        value=_DAY_WITH_YEAR.sub("XXXX", counted.value, count=1),
        when=When.from_timex(day, counted.when.modifier),
        rule=f"{counted.rule}; the dateline's day is the lead's weekday",
    )


def _dateline_when(dateline: Dateline | None, times: list[TimeMention]) -> When | None:
    if dateline is None or dateline.date_start is None or dateline.date_end is None:
        return None
    for time in times:
        if time.start < dateline.date_end and dateline.date_start < time.end:
            when = time.when
            # 'MOSCOW, October 2. /TASS/.': a day without its year still dates the present-day report
            if when is not None and (when.start is not None or when.precision is Precision.DAY):
                return when
            return None
    return None


# The events a 'series of meetings on 24 September' announces are reported in the next sentences.
_FRAMED_SENTENCES = 2


def _framed(candidates: list[Candidate]) -> list[Candidate]:
    """Undated events right after 'held a series of bilateral meetings on 24 September' took place that day;
    the series itself is not an event."""
    frames = [c for c in candidates if c.frame]
    for frame in frames:
        for candidate in candidates:
            distance = candidate.sentence.index - frame.sentence.index
            if (
                not candidate.frame
                and candidate.kind == frame.kind
                and 0 < distance <= _FRAMED_SENTENCES
                and candidate.date_source == "none"
            ):
                candidate.when, candidate.date_source = frame.when, "text"
    return [c for c in candidates if not c.frame]


def _same_day(context: Context, candidates: list[Candidate]) -> None:
    """'On the same day', 'later in the day': the last single day written before it ('who arrived on
    Wednesday evening, held talks the same night'; 'was sworn in on Saturday. Boric ... met Paz the same
    day'), else the day of the latest event dated before (or the dateline's). A sentence of background ('They
    last met in Moscow on 9 May') gives no day to 'earlier in the day' after it."""
    background = {c.sentence.index for c in candidates if c.background}
    for index, candidate in enumerate(candidates):
        if candidate.date_source != "same_day":
            continue
        earlier = [
            c.when
            for c in candidates[:index]
            if c.date_source == "text"
            and c.when.precision is Precision.DAY
            and not c.when.is_range  # 'on an official visit on Nov. 19-22' names no one day
            and c.sentence.index < candidate.sentence.index
            and c.sentence.index not in background
        ]
        day = _day_written_before(context, candidate, background) or (
            earlier[-1] if earlier else context.dateline_when
        )
        if day is not None and candidate.kind in ("visit", "summit"):
            # 'who arrived in the country earlier in the day on a two-day state visit': both days
            day = multi_day_span(context, day, candidate.clause, candidate.sentence)
        candidate.when, candidate.date_source = (day, "text") if day is not None else (When.unknown(), "none")


# 'A few days later' stays within this many days of the day it counts from.
_FEW_DAYS = 7


# how the dating of a sentence opening 'The day before' or 'The next day' counts from the day last told
_DAY_FROM_LAST_TOLD = {"day_before_last_told": -1, "day_after_last_told": 1}


def _neighbouring_day(context: Context, candidates: list[Candidate]) -> None:
    """'... received the delegation on Wednesday. The guests arrived on Monday. Following the talks, they
    signed ... The day before, the delegation held talks': a sentence opening with the day before or after
    counts from the day last told, which may be that of an event told after the last date written (the
    signing, on the day of the talks), where the temporal layer counts from the last date written (Monday)."""
    background = {c.sentence.index for c in candidates if c.background}
    for index, candidate in enumerate(candidates):
        if candidate.date_source not in _DAY_FROM_LAST_TOLD:
            continue
        step = _DAY_FROM_LAST_TOLD[candidate.date_source]
        candidate.date_source = "text"
        day: dt.date | None = None
        told_by = 0  # where the day was last told: by an event dated to it, or by a sentence referring back
        for earlier in candidates[:index]:
            if earlier.sentence.index >= candidate.sentence.index or earlier.sentence.index in background:
                continue
            when = earlier.when
            if earlier.date_source == "text" and when.precision is Precision.DAY and not when.is_range:
                day, told_by = when.start, earlier.sentence.end
            elif day is not None and opens_with_event_reference(earlier.sentence.text):
                told_by = earlier.sentence.end
        written = [
            t.start
            for t in context.times_in(0, candidate.sentence.start)
            if t.when is not None and t.when.precision is Precision.DAY and not t.when.is_range
        ]
        if day is None or (written and told_by <= written[-1]):
            continue
        candidate.when = When.day(day + dt.timedelta(days=step))


def _days_later(context: Context, candidates: list[Candidate]) -> None:
    """'Xi visited Astana on September 14, 2022. Days later he attended the SCO summit': the month of the
    last day written in the sentence before, when a few days after it are still in that month. The day itself
    is not told, and after a month ('in September 2022 ... Days later') the next month is as likely."""
    for candidate in candidates:
        if candidate.date_source != "days_later":
            continue
        index = candidate.sentence.index
        previous = context.sentences[max(0, index - 1)]
        written = [t.when for t in context.times if previous.start <= t.start and t.end <= previous.end]
        last = written[-1] if written and index > 0 else None
        one_day = last is not None and last.precision is Precision.DAY and not last.is_range
        day = last.start if last is not None and one_day else None
        if day is None or (day + dt.timedelta(days=_FEW_DAYS)).month != day.month:
            candidate.when, candidate.date_source = When.unknown(), "none"
            continue
        candidate.when, candidate.date_source = When.from_timex(f"{day.year:04d}-{day.month:02d}"), "text"


_COUNTED_FROM_SUBJECT = cue("counted_from_subject")
_SUBJECT_KINDS = ("call", "visit", "meeting", "summit")


def _counted_from_the_subject(context: Context, candidates: list[Candidate]) -> None:
    """'The call came a day after the new Japanese leader spoke by phone with Trump': the undated event after
    'after' was a day before the call told before (the last one of its kind dated to a day, or its first day);
    months or years before it give the month."""
    for index, candidate in enumerate(candidates):
        sentence = candidate.sentence
        if candidate.date_source != "none":
            continue
        match = _COUNTED_FROM_SUBJECT.match(context.text, sentence.start, sentence.end)
        if match is None or candidate.trigger.start < match.end():
            continue
        kind = next(k for k in _SUBJECT_KINDS if match.group(k))
        told = [
            c.when
            for c in candidates[:index]
            if c.kind == kind
            and c.date_source == "text"
            and c.sentence.index < sentence.index
            and c.when.precision is Precision.DAY
        ]
        day = told[-1].start if told else None  # a trip of several days came after the other on its first
        if day is None:
            continue
        count = COUNT_WORDS[match.group("count").lower()]
        # 'The trip comes a month after Erdogan hosted the emir': that month, no day
        candidate.when = shifted(When.day(day), -count, match.group("unit")[0].upper()) or When.unknown()
        candidate.date_source = "text"


def _during_the_visit(candidates: list[Candidate]) -> None:
    """'flew to Canberra in August 2024. During that trip, Prabowo and Marles signed': the month or year of
    the visit told before; its day may be only the first of the visit ('visited Tehran on April 17. During
    the visit, His Royal Highness also held talks'), so then no day, nor the dateline's."""
    for index, candidate in enumerate(candidates):
        if candidate.date_source != "during_visit":
            continue
        # the visit of someone taking part, told as happened or planned alike ('During his visit, Sikorski
        # also met': not Støre's visit to Warsaw planned in between)
        visits = [
            c
            for c in candidates[:index]
            if c.kind == "visit"
            and c.sentence.index < candidate.sentence.index
            and c.status is candidate.status
            and any(e in candidate.people for e in c.people if e.kind == "person")
        ]
        when = visits[-1].when if visits else When.unknown()
        if when.is_known and when.precision not in (Precision.DAY, Precision.TIME):
            candidate.when, candidate.date_source = when, "context"


def _dated_by_the_setting(groups: list[Group]) -> None:
    """'On the sidelines of the summit, Díaz-Canel held a bilateral meeting with Maduro': an undated meeting
    or signing set at an event reported with its one day (or month, or year) took place then. A visit's one
    day may be only its first, so it dates nothing done during the visit, nor does a gathering of several
    days. 'On the eve of the conference' is the day before its first day, of a visit too; 'the day after the
    summit' the day after its last, which a visit's one day may not be."""
    ordered = sorted(groups, key=lambda g: g.members[0].trigger.start)
    for group in ordered:
        lead = group.lead
        if lead.when.is_known or lead.kind not in ("meeting", "agreement"):
            continue
        step = days_from_setting(lead.sentence)
        settings = [g for g in events_referred_to(group, ordered) if g.lead.kind != "visit" or step < 0]
        setting = most_reported(settings)
        when = setting.lead.when if setting is not None else When.unknown()
        if step and when.precision is Precision.DAY and when.start is not None and when.end is not None:
            when = When.day((when.start if step < 0 else when.end) + dt.timedelta(days=step))
        if when.is_known and not when.is_range:
            lead.when, lead.date_source = when, "context"


def _day_written_before(context: Context, candidate: Candidate, background: set[int]) -> When | None:
    """The last time expression naming one whole day written before the 'same day' phrase of `candidate`, in
    its sentence or the ones before, skipping sentences of background and, for what happened, days still
    ahead of the story ('the forum will close on Friday. ... Earlier in the day, he held talks')."""
    sentence = candidate.sentence
    published = context.published if candidate.status is Status.HAPPENED else None
    phrase = _SAME_DAY_PHRASE.search(context.text, sentence.start, sentence.end)
    if phrase is None:
        return None
    before = [t for t in context.times if sentence.start <= t.start and t.end <= phrase.start()]
    for index in range(sentence.index, max(-1, sentence.index - _SAME_DAY_REACH - 1), -1):
        if index in background and index < sentence.index:
            continue
        if index < sentence.index:
            previous = context.sentences[index]
            before = find_times(context.text[previous.start : previous.end], context.published)
        opening = context.sentences[index].start
        for time in reversed(before):
            when = time.when
            if _SAME_DAY_PHRASE.fullmatch(time.text):
                return None  # an earlier 'On the same day' repeats a day its own event tells
            if index < sentence.index and _RELATIVE_CLAUSE_BEFORE.search(
                context.text, opening, opening + time.start
            ):
                # 'received Araghchi, who arrived on Sunday evening.' told before: the guest's day, not the
                # story's (within the sentence, 'who arrived on Wednesday and was received that day' is)
                continue
            if (
                when is not None
                and when.precision in (Precision.DAY, Precision.TIME)
                and when.start is not None
                and when.start == when.end
                and (published is None or when.start <= published)
            ):
                return When.day(when.start)
    return None


# A relative clause open right before a time: the time is of what the clause tells of its noun.
_RELATIVE_CLAUSE_BEFORE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$", re.IGNORECASE)
# 'On the same day' looks this many sentences back for the day it repeats.
_SAME_DAY_REACH = 6


_SAME_DAY_PHRASE = cue("same_day")


# 'will meet', 'is likely to hold': a plan told as standing at the time of the report
_STANDING_PLAN = cue("standing_plan")
# Events of a trip are within this many days of the trip that was called off.
_TRIP_DAYS = 7


def _called_off_with_the_trip(context: Context, groups: list[Group]) -> None:
    """What a traveller was to do on a trip that was called off is called off too ('Kishida cancelled his
    trip to Central Asia ... he was to attend the summit ... He was then to pay a visit to Uzbekistan')."""
    trips = [
        g for g in groups if g.lead.kind == "visit" and g.lead.status is Status.CANCELLED and g.lead.visitor
    ]
    for trip in trips:
        traveller = trip.lead.visitor
        first = min(m.sentence.index for m in trip.members)
        for group in groups:
            lead = group.lead
            if group is trip or lead.status is not Status.PLANNED or lead.sentence.index < first:
                continue
            if traveller not in lead.people and lead.visitor is not traveller:
                continue
            if cue("still_on").search(lead.sentence.text) or not _near_in_time(trip.lead.when, lead.when):
                continue
            if _STANDING_PLAN.search(context.text, lead.clause[0], lead.trigger.start):
                continue  # 'Bush and Hu will meet at the General Assembly': a plan told as still standing
            lead.status = Status.CANCELLED


def _near_in_time(trip: When, when: When) -> bool:
    if trip.start is None or trip.end is None or when.start is None:
        return True
    return (
        (trip.start - dt.timedelta(days=_TRIP_DAYS))
        <= when.start
        <= (trip.end + dt.timedelta(days=_TRIP_DAYS))
    )


# How many sentences back the parties of an agreement that names none may be named.
_PARTY_SENTENCES = 2


def _parties_from_context(context: Context, groups: list[Group]) -> None:
    """'The legal backbone of today's ties is the EPCA, signed in Astana in 2015': an agreement that names
    no party is between the states and bodies the sentences before it are about, or those of the event the
    sentence before reports ('the two sides exchanged eight agreements. The FTA is expected to be signed')."""
    for group in groups:
        lead = group.lead
        if lead.kind != "agreement" or lead.countries or any(not is_company(e) for e in lead.people):
            continue
        if lead.date_source != "text":
            continue  # an undated document without parties is talk of documents in general
        for index in range(lead.sentence.index - 1, max(-1, lead.sentence.index - 1 - _PARTY_SENTENCES), -1):
            reported = [
                g.lead
                for g in groups
                if g is not group
                and g.lead.kind != "statement"  # who announced a document is no party to it
                and g.lead.countries
                and any(m.sentence.index == index for m in g.members)
            ]
            if reported:
                lead.countries = list(reported[-1].countries)
                lead.people = list(dict.fromkeys([*lead.people, *reported[-1].people]))
                break
            sentence = context.sentences[index]
            mentions = context.mentions_in(sentence.start, sentence.end)
            countries = [
                m.country
                for m in mentions
                if m.country and (m.kind == "country" or (m.kind == "place" and m.capital))
            ]
            bodies = [
                m.entity
                for m in mentions
                if m.kind == "organization" and m.entity is not None and m.entity.international
            ]
            if countries or bodies:
                lead.countries = list(dict.fromkeys(countries))
                lead.people = list(dict.fromkeys([*lead.people, *bodies]))
                break


def _relate(groups: list[Group]) -> None:
    """An agreement reported at a meeting or visit is linked to it and, if undated, takes its day."""
    hosts = [g for g in groups if g.lead.kind in ("meeting", "visit", "summit")]
    for group in groups:
        lead = group.lead
        if lead.kind != "agreement":
            continue
        host = _host_event(hosts, group)
        if host is None or (lead.when.is_known and not lead.when.compatible(host.lead.when)):
            continue  # 'the treaty, signed in 1973' was not signed at today's meeting
        lead.related.append(host.members[0])
        # a document is signed on one day, not over the days of a visit
        if (
            lead.date_source == "none"
            and host.lead.date_source in ("text", "dateline")
            and not host.lead.when.is_range
        ):
            lead.when, lead.date_source = host.lead.when, "context"
        if lead.location is None:
            lead.location = host.lead.location
        if not [e for e in lead.people if e.kind == "person"] or lead.people == host.lead.people[:1]:
            lead.people = list(dict.fromkeys([*lead.people, *host.lead.people]))
        lead.countries = list(dict.fromkeys([*lead.countries, *host.lead.countries]))


def _host_event(hosts: list[Group], agreement: Group) -> Group | None:
    """The meeting or visit in the same sentence as the agreement, or reported just before it, as planned as
    the signing."""
    sentence = agreement.lead.sentence.index
    best: Group | None = None
    for host in hosts:
        indexes = [m.sentence.index for m in host.members]
        if sentence in indexes:
            return host
        earlier = [i for i in indexes if sentence - 2 <= i < sentence]
        # documents are signed at talks rather than at a visit as a whole, and at the visit reported first
        # rather than at one told after it ('his first trip to Tajikistan since June 2022')
        if (
            earlier
            and agreement.lead.date_source == "none"
            # a signing told as done was not at the next meeting the sentence before plans
            and (host.lead.status is Status.PLANNED) == (agreement.lead.status is Status.PLANNED)
            and (best is None or (best.lead.kind != "meeting" and host.lead.kind == "meeting"))
        ):
            best = host
    return best


def _apply_dateline(context: Context, groups: list[Group]) -> None:
    """A present-day report happened on the dateline's day and where the story was filed, and a meeting
    planned for the story's next days with no place of its own is held there."""
    if context.dateline is None:
        return
    anchor = context.dateline_when
    for group in groups:
        lead = group.lead
        if lead.background:
            continue
        if lead.date_source == "none" and anchor is not None and lead.status is Status.HAPPENED:
            lead.when, lead.date_source = anchor, "dateline"
            if lead.kind == "visit" and _ARRIVAL.search(context.text, *lead.clause):
                # 'upon his arrival in the UAE on a two-day official visit': the dateline's day is the first
                lead.when = multi_day_span(context, anchor, lead.clause, lead.sentence)
        if lead.kind in ("call", "other"):
            continue  # a call joins two places; a milestone is not where a story about it is filed
        if lead.kind == "statement" and _foreign_speaker(lead, context.dateline.place):
            continue  # 'KUALA LUMPUR - A State Department spokesperson said': said in Washington, or anywhere
        same_story = _same_story(context, lead.when)
        of_the_story = lead.status is Status.HAPPENED or _days_of_the_story(context, lead)
        if lead.location is None and same_story and of_the_story:
            # 'XI'AN — ... He is scheduled to meet Mirziyoyev on Thursday': a plan for the next days too
            lead.location = context.dateline.place
        place = context.dateline.place
        if (
            lead.kind == "visit"
            and lead.host_country == place.country
            and lead.status is Status.HAPPENED
            and same_story
            and (lead.location is None or lead.location.name == country_name(place.country or ""))
        ):
            lead.location = place  # a visit reported from a city of the host country took place there


def _apply_story_setting(context: Context, groups: list[Group]) -> None:
    """A story without a dateline that opens on a gathering in a city ('NATO summit in The Hague - as it
    happened') is told from there: a meeting, summit or signing of the gathering's days with no place of its
    own ('Erdogan met Trump after the morning session') took place there, as under a dateline."""
    opening = opening_summit(groups)
    if context.dateline is not None or opening is None or not _same_story(context, opening.lead.when):
        return
    days = _gathering_days(opening.lead.when)
    story_day = _story_day(context)
    # an undated report is of the gathering's days only while the story tells the gathering as under way
    under_way = opening.lead.status is Status.HAPPENED and (
        days is None or (story_day is not None and days[0] <= story_day <= days[1])
    )
    for group in groups:
        lead = group.lead
        start, end = lead.when.start, lead.when.end
        if start is None or end is None:
            of_the_gathering = under_way
        else:
            of_the_gathering = (
                _same_story(context, lead.when) if days is None else days[0] <= start <= end <= days[1]
            )
        if (
            lead.location is None
            and lead.kind in ("meeting", "summit", "agreement")
            and not lead.background
            and of_the_gathering
            and (lead.status is Status.HAPPENED or _days_of_the_story(context, lead))
        ):
            lead.location = opening.lead.location


# A gathering told by one day is told by its first ('opened on Saturday'), and may last this many days more.
_GATHERING_DAYS = 2


def _gathering_days(gathering: When) -> tuple[dt.date, dt.date] | None:
    """The days a gathering dated `gathering` may take, with the eve of its first."""
    if gathering.start is None or gathering.end is None:
        return None
    last = gathering.end if gathering.is_range else gathering.start + dt.timedelta(days=_GATHERING_DAYS)
    return gathering.start - dt.timedelta(days=GATHERING_EVE_DAYS), last


def _foreign_speaker(statement: Candidate, place: Place) -> bool:
    """A statement made by people or bodies of states, none of them the state the story is filed from."""
    countries = {e.country for e in statement.people}
    return None not in countries and place.country not in countries


# A plan this many days from the dateline's day at most is of the days the story is filed about.
_DAYS_OF_THE_STORY = 3


def _days_of_the_story(context: Context, lead: Candidate) -> bool:
    """A meeting, summit or signing planned for a day within the days the story is filed about."""
    day = _story_day(context)
    start, end = lead.when.start, lead.when.end
    return (
        lead.kind in ("meeting", "summit", "agreement")
        and lead.when.precision in (Precision.DAY, Precision.TIME)
        and day is not None
        and start is not None
        and end is not None
        and abs((start - day).days) <= _DAYS_OF_THE_STORY
        and abs((end - day).days) <= _DAYS_OF_THE_STORY
    )


def _story_day(context: Context) -> dt.date | None:
    """The day the story is filed about: its dateline's, else its publication's."""
    return context.dateline_when.start if context.dateline_when is not None else context.published


def _same_story(context: Context, when: When) -> bool:
    if when.start is None or when.end is None:
        return True
    day = _story_day(context)
    if day is None:
        return False
    return abs((when.start - day).days) <= _SAME_STORY_DAYS or abs((when.end - day).days) <= _SAME_STORY_DAYS
