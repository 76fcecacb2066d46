"""One event per report within a document: later mentions of an event enrich the first one.

A lead that names several meetings at once ('talks on Feb. 9 between A and
B and C') is split when a later paragraph reports one of them as a
'separate meeting'.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from timeline.extraction.context import Candidate, last_words
from timeline.extraction.lexicon import cue
from timeline.extraction.mentions import STANDING_BODY_NOUN, Entity
from timeline.gazetteer import name_key
from timeline.model import Place, Precision, Status, When, country_name
from timeline.temporal.lexicon import ordinal_pattern, ordinal_value


@attrs.define(slots=True, eq=False)
class Group:
    """The candidates that report one event; `lead` carries the merged facts."""

    lead: Candidate
    members: list[Candidate]


def merge_mentions(candidates: list[Candidate]) -> list[Group]:
    """Candidates grouped into events, in the order each event is first reported."""
    groups: list[Group] = []
    for candidate in candidates:
        ending = next((g for g in reversed(groups) if _ends_later(g.lead, candidate)), None)
        if candidate.anaphoric and ending is not None:
            # 'The state visit will conclude on 25 September': the last day of the visit begun before
            assert ending.lead.when.start is not None and candidate.when.end is not None
            ending.lead.when = When.span(ending.lead.when.start, candidate.when.end)
            ending.members.append(candidate)
            continue
        if candidate.anaphoric:
            earlier = _last_told(groups, candidate) if candidate.until else _referent(groups, candidate)
            if earlier is not None and _other_ordinal(earlier, candidate):
                # 'the first summit in Berlin' after 'the second summit': another of the series, of its states
                candidate.anaphoric = False
                candidate.countries = candidate.countries or list(earlier.lead.countries)
            elif earlier is not None and _planned_after_it(earlier.lead, candidate):
                candidate.anaphoric = False
            elif (
                earlier is not None
                and not _new_counterpart(earlier, candidate)
                and not _elsewhere(earlier, candidate)
                and not _long_apart(earlier.lead, candidate)
                and not _split_apart(earlier.lead, candidate)
            ):
                # 'the summit' refers back; its clause's facts may be another's, except where it was held
                earlier.members.append(candidate)
                lead = earlier.lead
                if lead.location is None and candidate.date_source in ("text", "none"):
                    lead.location = candidate.location
                if lead.date_source == "none" and candidate.date_source == "text":
                    lead.when, lead.date_source = candidate.when, "text"  # 'the summit ... on Saturday'
                elif candidate.until:
                    lead.when = _until(lead.when, candidate.when)  # 'The visit will conclude on 25 September'
                elif candidate.own_date and _refines(lead.when, candidate.when):
                    lead.when = candidate.when  # 'in April for the first summit ... the summit on April 3-4'
                elif lead.kind in ("visit", "summit") and candidate.date_source == "text":
                    # 'at a summit ... on Saturday', then 'the two-day summit, which opened on Saturday'
                    lead.when = _day_and_stay(lead.when, candidate.when)
                continue
        if candidate.anaphoric and candidate.kind == "meeting" and not candidate.people:
            _parties_of_the_visit(groups, candidate)
        if candidate.kind == "meeting" and candidate.with_counterpart:
            _visitor_of_the_trip(groups, candidate)
        call = _call_told(groups, candidate)
        if call is not None:
            call.members.append(candidate)
            continue
        target = next((g for g in reversed(groups) if _same_event(g.lead, candidate)), None)
        if target is None:
            if (
                candidate.anaphoric
                and (not candidate.people or (candidate.kind == "visit" and not candidate.visitor))
                and not _named_dated_document(candidate)
                and not _placed_dated_gathering(candidate)
            ):
                continue  # 'the visit' with nothing before it to refer to, and no one named who travels
            groups.append(
                Group(lead=attrs.evolve(candidate, people=list(candidate.people)), members=[candidate])
            )
            continue
        if candidate.separate and _split_off(target, candidate):
            groups.append(_split_group(target, candidate))
            continue
        _absorb(target, candidate)
    return groups


def _planned_after_it(lead: Candidate, candidate: Candidate) -> bool:
    """'held talks in Muscat on Saturday ... agreed to continue the talks next Saturday': a plan with a day of
    its own after the day of an event that took place is another occurrence. Not so for a trip, which may
    still go on ('The Senate speaker will conclude his visit in Shanghai on Friday')."""
    return (
        lead.kind != "visit"
        and lead.status is Status.HAPPENED
        and candidate.status is Status.PLANNED
        and candidate.date_source == "text"
        and lead.when.end is not None
        and candidate.when.start is not None
        and candidate.when.start > lead.when.end
    )


def _parties_of_the_visit(groups: list[Group], candidate: Candidate) -> None:
    """'Tokayev will pay a state visit to Russia on November 11-12 ... During the talks, which will take place
    in the Kremlin on November 12, ...': talks dated within a visit told before, with no meeting to refer
    to, are the visitor's talks with the hosts."""
    if candidate.date_source != "text" or not candidate.when.is_known:
        return
    visit = next(
        (
            g
            for g in reversed(groups)
            if g.lead.kind == "visit" and g.lead.when.is_range and g.lead.when.contains(candidate.when)
        ),
        None,
    )
    if visit is not None:
        candidate.people = list(visit.lead.people)
        candidate.countries = list(visit.lead.countries)


def _visitor_of_the_trip(groups: list[Group], candidate: Candidate) -> None:
    """'He flew to Ouagadougou, where talks with Captain Ibrahim Traoré were held on Monday': talks with a
    host and no one else named are those of the visitor then in the host's state."""
    people = [e for e in candidate.people if e.kind == "person"]
    if len(people) != 1 or people[0].country is None:
        return
    host = people[0].country
    visit = next(
        (
            g.lead
            for g in reversed(groups)
            if g.lead.kind == "visit"
            and g.lead.host_country == host
            and g.lead.visitor is not None
            and g.lead.visitor.country not in (None, host)
            and g.lead.status is candidate.status
            and _during_stay(g.lead.when, candidate.when)
        ),
        None,
    )
    if visit is not None and visit.visitor is not None:
        candidate.people = [visit.visitor, *candidate.people]
        candidate.countries = list(dict.fromkeys([*visit.countries, *candidate.countries]))


def _during_stay(stay: When, day: When) -> bool:
    """`day` falls within the stay, or within the days after an arrival dated by one day."""
    if not stay.is_known or not day.is_known or stay.start is None or day.start is None:
        return False
    if stay.is_range:
        return stay.contains(day)
    return dt.timedelta(0) <= day.start - stay.start <= dt.timedelta(days=_STAY_DAYS)


def _split_apart(lead: Candidate, candidate: Candidate) -> bool:
    """'made his first phone calls to African leaders, speaking with A and B': one event word read as an event
    with each of several counterparts; the second is no mention of the first."""
    return lead.trigger == candidate.trigger and lead.split_key != candidate.split_key


def _call_told(groups: list[Group], candidate: Candidate) -> Group | None:
    """'Erdogan held telephone talks with Tokayev ... During negotiations with Tokayev, he noted': talks that
    no date of their own sets apart, between people the story has speaking by phone, are that call."""
    if candidate.kind != "meeting" or candidate.date_source == "text":
        return None
    theirs = _people(candidate)
    if not theirs or not _TALKING.fullmatch(candidate.word):
        return None
    return next(
        (
            g
            for g in reversed(groups)
            if g.lead.kind == "call" and g.lead.status is candidate.status and theirs <= _people(g.lead)
        ),
        None,
    )


def _named_dated_document(candidate: Candidate) -> bool:
    """'The Association Agreement was signed in Brussels on 20 November 1995': a document named and dated,
    with no signing told before, is a signing of its own."""
    name = candidate.instrument or ""
    return (
        candidate.kind == "agreement"
        and len(name.split()) > 1
        and name[:1].isupper()
        and candidate.date_source == "text"
    )


def _placed_dated_gathering(candidate: Candidate) -> bool:
    """'The trilateral summit was scheduled to be held in Tokyo on 19 and 20 December': a gathering dated and
    placed by the text, with none told before, is a gathering of its own."""
    return (
        candidate.kind in ("summit", "meeting")
        and candidate.date_source == "text"
        and (candidate.location is not None or len(candidate.countries) > 1)
    )


def _referent(groups: list[Group], candidate: Candidate) -> Group | None:
    """The event a definite mention refers to: the latest of its kind sharing an actor, else the latest."""
    same_kind = [g for g in reversed(groups) if g.lead.kind == candidate.kind]
    if candidate.kind == "meeting":
        # 'The first summit was held in Xi'an in May 2023. At that meeting, ...': a meeting word names the
        # summit told in the sentence before when no meeting was told there
        previous = candidate.sentence.index - 1
        summit = next((g for g in reversed(groups) if g.lead.kind == "summit"), None)
        if (
            summit is not None
            and _last_sentence(summit) == previous
            and summit.lead.status is candidate.status
            and (not same_kind or _last_sentence(same_kind[0]) < previous)
            # 'will hold their bilateral talks on 18 February' the day before the summit: other talks
            and (candidate.date_source != "text" or summit.lead.when.compatible(candidate.when))
        ):
            return summit
    actors = _actors(candidate)
    shared = next((g for g in same_kind if actors & _actors(g.lead)), None)
    return shared or (same_kind[0] if same_kind else None)


def _last_sentence(group: Group) -> int:
    return max(m.sentence.index for m in group.members)


def _last_told(groups: list[Group], candidate: Candidate) -> Group | None:
    """'The state visit will conclude on 25 September': the stay of its kind last told of."""
    same_kind = [g for g in groups if g.lead.kind == candidate.kind]
    return max(same_kind, key=lambda g: max(m.trigger.start for m in g.members), default=None)


_ATTENDANCE_BEFORE = cue("attendance_before")
# words for talks that do not say the talkers were in one room
_TALKING = cue("talking")
_ENDS_AFTER = re.compile(
    r"\s+(?:will\s+|is\s+(?:due\s+|set\s+)?to\s+)?(?:conclude[sd]?|end(?:s|ed)?|close[sd]?|wrap(?:s|ped)?\s+up)\b",
    re.IGNORECASE,
)
# A visit or summit lasts at most this many days.
_LONGEST_SPAN = 14


def _ends_later(lead: Candidate, candidate: Candidate) -> bool:
    """'The state visit will conclude on 25 September' after a visit that began on 23 September."""
    if lead.kind not in ("visit", "summit") or candidate.kind != lead.kind:
        return False
    if candidate.date_source != "text" or lead.date_source != "text":
        return False
    first, last = lead.when.start, candidate.when.end
    if (
        first is None
        or last is None
        or lead.when.end is None
        or candidate.when.precision is not Precision.DAY
    ):
        return False
    if not lead.when.end < last or (last - first).days > _LONGEST_SPAN:
        return False
    sentence = candidate.sentence
    return _ENDS_AFTER.match(sentence.text, candidate.trigger.end - sentence.start) is not None


def _elsewhere(group: Group, candidate: Candidate) -> bool:
    """'his meeting with Xi in Astana in June' after their talks in Tianjin on Sunday: a definite mention
    placed and dated by its own words where and when the event before was not is another event."""
    lead = group.lead
    if not _places_differ(lead, candidate) or candidate.date_source != "text":
        return False
    if candidate.when.is_known and lead.when.is_known:
        return not lead.when.compatible(candidate.when)
    # 'in June' after 'on Aug. 31' in a story that gives no year: the same year, another month
    mine, theirs = lead.when.value, candidate.when.value
    return (
        mine[:4] == theirs[:4] == "XXXX"
        and mine[5:7].isdigit()
        and theirs[5:7].isdigit()
        and mine[5:7] != theirs[5:7]
    )


def _long_apart(lead: Candidate, candidate: Candidate) -> bool:
    """'his state visit to India in January 2024' after the state visit to India planned for February 2026:
    a definite mention dated by its own words further from the event before than any stay lasts is another
    event."""
    if not candidate.own_date or not candidate.when.is_known or not lead.when.is_known:
        return False
    first, second = sorted((lead.when, candidate.when), key=lambda when: when.start or dt.date.min)
    if first.end is None or second.start is None:
        return False
    return (second.start - first.end).days > _LONGEST_SPAN


_ORDINAL_BEFORE = re.compile(
    rf"\b({ordinal_pattern()})\b(?![\w-])(?:\s+[\w'’-]+){{0,4}}\s+\Z",
    re.IGNORECASE,
)


def _ordinal(candidate: Candidate) -> int | None:
    found = _ORDINAL_BEFORE.search(last_words(candidate.words_before, 50))
    return ordinal_value(found.group(1)) if found is not None else None


def _other_ordinal(group: Group, candidate: Candidate) -> bool:
    """'the first summit in Berlin' after 'the second Germany-Central Asia summit': numbered apart, another
    occurrence of the same series."""
    mine, theirs = _ordinal(group.lead), _ordinal(candidate)
    return mine is not None and theirs is not None and mine != theirs


def _new_counterpart(group: Group, candidate: Candidate) -> bool:
    """'His talks with Mirziyoyev' after talks with Tokayev: a possessive naming other people is another
    meeting; 'When Berdimuhamedov made his first state visit to China in January 2023' after Meredov's trip
    to Brussels last week: a visit its words give to someone else is another visit."""
    lead = group.lead
    if candidate.kind == "visit":
        return (
            candidate.own_visitor
            and lead.visitor is not None
            and candidate.visitor is not None
            and lead.visitor is not candidate.visitor
        )
    if candidate.kind not in ("meeting", "call"):
        return False
    if _ATTENDANCE_BEFORE.search(candidate.words_before):
        return False  # 'Cai Qi and Wang Yi were present at the meeting': more people at the same meeting
    mine, theirs = _people(group.lead), _people(candidate)
    if not mine or not theirs:
        return False
    with_someone_new = candidate.with_counterpart and bool(theirs - mine)
    return with_someone_new or not mine & theirs


def _people(candidate: Candidate) -> set[int]:
    return {id(e) for e in candidate.people if e.kind == "person"}


def _between(one: Candidate, other: Candidate) -> tuple[int, int]:
    """The span of the sentence between the words of two reports of it."""
    first, second = sorted((one.trigger, other.trigger), key=lambda t: t.start)
    offset = one.sentence.start
    return first.end - offset, max(first.end, second.start) - offset


# 'hold talks ... and then chair the meeting of': a second thing done, not the first told again
_JOINED = re.compile(r"\band\b")
_HOSTED_SETTING = cue("hosted_setting")


def _hosted_setting(one: Candidate, other: Candidate) -> bool:
    """The later of two reports in a sentence is 'at talks hosted by X' right after the first."""
    start, end = _between(one, other)
    text = one.sentence.text
    setting = _HOSTED_SETTING.search(text, start, min(len(text), end + _SETTING_REACH))
    return setting is not None and setting.start() <= end < setting.end()


# 'at talks hosted by' after the event word: enough room for the few words after the noun
_SETTING_REACH = 40


def _bodies(candidate: Candidate) -> set[int]:
    """The standing bodies (commissions, committees, councils) a meeting is a session of."""
    return {id(e) for e in candidate.people if e.kind == "organization" and STANDING_BODY_NOUN.search(e.name)}


def _international_bodies(candidate: Candidate) -> set[int]:
    return {id(e) for e in candidate.people if e.kind == "organization" and e.international}


def _actors(candidate: Candidate) -> set[int]:
    return {id(e) for e in candidate.people}


# A document named only by its kind ('signed the pact'), which may refer back to one named before.
_GENERIC_INSTRUMENT = re.compile(r"(?:pact|deal|accord|agreement|treaty|document)", re.IGNORECASE)


def _same_gathering_name(lead: Candidate, other: Candidate) -> bool:
    """Two reports of a gathering no one is named at are of one gathering when named alike, or when one
    sentence tells it by a verb and by its name on one day ('The foreign ministers ... met in Almaty on
    Saturday for the sixth China–Central Asia Foreign Ministers' Meeting')."""
    if lead.name == other.name:
        return True
    return (
        other.sentence is lead.sentence
        and not (lead.name and other.name)
        and lead.when.is_known
        and lead.when == other.when
    )


def _named_apart(attended: Candidate, named: Candidate) -> bool:
    """'Leaders gathered for a forum marking ten years of the Belt and Road Initiative', then 'the Third Belt
    and Road Forum for International Cooperation, which runs until Wednesday': a gathering told by who came,
    then by the name of the body that holds it alone, placed there or nowhere, is one gathering."""
    return (
        bool(attended.people)
        and not _international_bodies(attended)
        and bool(named.people)
        and _actors(named) == _international_bodies(named)
        and attended.location is not None
        and named.location in (None, attended.location)
    )


def _same_event(lead: Candidate, other: Candidate) -> bool:
    if lead.kind != other.kind:
        return False
    if _arrival_and_stay(lead, other) or _planned_visit_named_again(lead, other):
        return True
    if lead.status is not other.status and {lead.status, other.status} != {Status.PLANNED, Status.CANCELLED}:
        return False
    if not lead.when.compatible(other.when) or _yearless_months_differ(lead.when, other.when):
        return False
    if _outside_part(lead.when, other.when) or _outside_part(other.when, lead.when):
        return False  # 'they met earlier this month in Astana' is not the talks of August 22
    if _told_before(lead, other) or _told_before(other, lead):
        return False  # "It was his first visit to China in seven years. He last travelled there in June 2018"
    if (
        lead.when.is_known
        and other.when.is_known
        and lead.when.precision == other.when.precision
        and lead.when.value != other.when.value
        and not (lead.when.contains(other.when) or other.when.contains(lead.when))
    ):
        return False
    if lead.split_key and other.split_key and lead.split_key != other.split_key:
        return False
    if _places_differ(lead, other):
        return False
    if (
        other.sentence is lead.sentence
        and not other.anaphoric
        and (
            lead.kind in ("agreement", "other", "statement")
            or ((other.split_key or lead.split_key) and other.split_key != lead.split_key)
        )
    ):
        return False
    if lead.kind == "visit":
        if lead.visitor is not None and other.visitor is not None and lead.visitor is not other.visitor:
            return False
        if lead.host_country and other.host_country and lead.host_country != other.host_country:
            return False
        return lead.visitor is not None and (other.visitor is lead.visitor or other.anaphoric)
    if (
        lead.kind == "agreement"
        and bool(_actors(lead)) != bool(_actors(other))
        and lead.countries
        and set(lead.countries) == set(other.countries)
        and not _indefinite(lead)
        and not _indefinite(other)
        and (_same_instrument(lead, other) or _GENERIC_INSTRUMENT.fullmatch(other.instrument or ""))
    ):
        # 'The Philippines and Japan on Monday signed the RAA', then 'Teodoro and Kamikawa signed the pact':
        # the states' signing is their ministers'
        return True
    if lead.kind == "agreement" and not _same_instrument(lead, other):
        return False
    if (
        lead.kind == "agreement"
        and lead.date_source == "text"
        and other.date_source != "text"
        and _indefinite(other)
    ):
        return False  # 'the two sides signed an arrangement' after a treaty signed in 2024: another document
    if (
        lead.kind == "meeting"
        and other.sentence is lead.sentence
        and not other.anaphoric
        and _bodies(lead) != _bodies(other)
        and _JOINED.search(other.sentence.text, *_between(lead, other))
    ):
        # 'will hold talks and then co-chair the sixth meeting of the High-Level Strategic Cooperation
        # Council': a session of a standing body is another meeting than its chairs' talks
        return False
    if (
        lead.kind == "meeting"
        and other.sentence is not lead.sentence
        and not _bodies(lead)
        and _bodies(other)
        and _ordinal(other) is not None
    ):
        # 'Following the talks in expanded format, the two presidents chaired the sixth meeting of the
        # Supreme Interstate Council': a numbered session of a standing body told apart is its own meeting
        # (not 'talks with his counterpart, the first meeting of the council's political committee')
        return False
    if lead.kind == "call" and lead.occurrence != other.occurrence:
        return False  # 'Their previous telephone conversation took place on 25 August': another call
    mine, theirs = _actors(lead), _actors(other)
    if other.anaphoric:
        if other.with_counterpart and _people(other) - _people(lead):
            return False  # 'His talks with Mirziyoyev' after his talks with Tokayev
        return not theirs or bool(mine & theirs)
    if lead.occurrence and other.occurrence and not mine and not theirs:
        return bool(set(lead.countries) & set(other.countries))  # 'the previous round of consultations'
    if (
        lead.kind == "meeting"
        and bool(mine) != bool(theirs)
        and len(lead.countries) >= 2
        and set(lead.countries) == set(other.countries)
        and not lead.anaphoric
        and not other.anaphoric
        and not lead.occurrence
        and not other.occurrence
        and set(lead.countries) <= {e.country for e in [*lead.people, *other.people] if e.kind == "person"}
    ):
        # "Monday's Uzbek-Korean talks went well" and "the two presidents held talks":
        # the states' talks are their leaders'
        return True
    if not mine or not theirs:
        if lead.kind in ("other", "summit") and not mine and not theirs:
            return bool(set(lead.countries) & set(other.countries)) and (
                lead.label == other.label if lead.kind == "other" else _same_gathering_name(lead, other)
            )
        return False
    if lead.kind == "meeting" and other.sentence is lead.sentence and _hosted_setting(lead, other):
        # 'met in Doha on March 18, at talks hosted by the Emir': the host's talks are that meeting
        return True
    if lead.kind == "summit" and (_named_apart(lead, other) or _named_apart(other, lead)):
        return True
    if not mine & theirs:
        return False
    if other.sentence is lead.sentence and not (mine <= theirs or theirs <= mine):
        return False  # 'paid a courtesy call on Michal and met members of the committee': two meetings
    if (
        lead.kind == "summit"
        and lead.when.is_known
        and other.when.is_known
        and _international_bodies(lead) & _international_bodies(other)
    ):
        # 'to attend the annual summit of the SCO in Astana', then 'will attend the SCO heads of state council
        # meeting on July 3 and 4': one gathering of the body, whoever each report names at it
        return True
    people_mine, people_theirs = _people(lead), _people(other)
    if other.separate and people_theirs - people_mine:
        return False  # 'had a separate conversation with X': another meeting than the one before
    return people_mine <= people_theirs or people_theirs <= people_mine


# A visit reported as under way this many days after an arrival is the trip that arrival began.
_STAY_DAYS = 4


def _told_before(undated: Candidate, earlier: Candidate) -> bool:
    """A trip or meeting told with 'last' and its date ('He last travelled there in June 2018', 'The ministers
    last met in Budapest in June 2024') is an earlier one than the undated one the story is about."""
    return (
        undated.kind in ("visit", "meeting")
        and not undated.when.is_known
        and not undated.background
        and earlier.background
        and earlier.when.is_known
        and (_LAST_TRIP if undated.kind == "visit" else _LAST_MEETING).search(earlier.sentence.text)
        is not None
    )


_LAST_TRIP = cue("last_trip")
_LAST_MEETING = cue("last_meeting")


# The third of a period a TIMEX3 modifier names ('early August': its first ten days or so)
_PART_INDEX = {"START": 0, "MID": 1, "END": 2}


def _outside_part(part: When, day: When) -> bool:
    """A day outside the part of a period its modifier names: 'earlier this month' (the month's start) is not
    the 22nd."""
    index = _PART_INDEX.get(part.modifier or "")
    if index is None or part.start is None or part.end is None or day.start is None:
        return False
    if day.precision is not Precision.DAY:
        return False
    third = ((part.end - part.start).days + 1) / 3
    offset = (day.start - part.start).days
    return not index * third <= offset < (index + 1) * third


def _yearless_months_differ(one: When, other: When) -> bool:
    """'Dec 16' and 'in February this year' in a story without its year: two months, so two events."""
    months = [_yearless_month(when) for when in (one, other)]
    return None not in months and months[0] != months[1]


def _yearless_month(when: When) -> str | None:
    value = when.value if not when.is_range else ""
    month = value[5:7]
    return month if value.startswith("XXXX-") and month.isdigit() else None


def _arrival_and_stay(lead: Candidate, other: Candidate) -> bool:
    """'arrived in Ankara on Monday' and 'who is on an official visit to Türkiye' told of Wednesday: one trip,
    begun on the day of the arrival."""
    if lead.kind != "visit" or lead.visitor is None or lead.visitor is not other.visitor:
        return False
    if lead.status is not Status.HAPPENED:
        return False
    if other.status is not Status.HAPPENED and not (
        lead.is_arrival and other.status is Status.PLANNED and other.host_country is None
    ):
        return False  # 'arrived in Bishkek this morning', then 'On Friday, he will visit the residence'
    if lead.background or other.background:
        return False
    if lead.host_country and other.host_country and lead.host_country != other.host_country:
        return False
    arrivals = [c for c in (lead, other) if c.is_arrival]
    if len(arrivals) != 1:
        return False
    arrival = arrivals[0]
    stay = other if arrival is lead else lead
    first, during = arrival.when.start, stay.when.start
    if first is None or during is None or arrival.when.precision is not Precision.DAY:
        return False
    return 0 < (during - first).days <= _STAY_DAYS


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|his|her|their|its)|['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _planned_visit_named_again(lead: Candidate, other: Candidate) -> bool:
    """'Bektenov will pay an official visit to China from April 12 to 15' and then 'Could you share more
    details about the Kazakh Prime Minister's visit?': a visit named again without tense or date is the
    planned one."""
    if lead.kind != "visit" or lead.status is not Status.PLANNED or not lead.when.is_known:
        return False
    if other.kind != "visit" or other.status is not Status.HAPPENED or other.date_source != "none":
        return False
    if other.background or lead.visitor is None or other.visitor is not lead.visitor:
        return False
    if lead.host_country and other.host_country and lead.host_country != other.host_country:
        return False
    return other.trigger.rule.form == "noun" or (
        other.word.lower() in ("visit", "visits") and bool(_NOUN_BEFORE.search(other.words_before))
    )


def _places_differ(lead: Candidate, other: Candidate) -> bool:
    if lead.location is None or other.location is None or lead.location.name == other.location.name:
        return False
    if lead.location.country == other.location.country and (
        _whole_country(lead.location) or _whole_country(other.location)
    ):
        return False  # 'its first summit in 2015 in Uzbekistan' and 'its first meeting in Samarkand'
    return not (lead.kind == "visit" and lead.location.country == other.location.country)


def _whole_country(place: Place) -> bool:
    return place.country is not None and place.name == country_name(place.country)


_INDEFINITE_OBJECT = re.compile(r"\s+(?:an?|another)\s", re.IGNORECASE)


def _indefinite(candidate: Candidate) -> bool:
    """'signed an arrangement': the word's object is introduced, not referred back to."""
    sentence = candidate.sentence
    return _INDEFINITE_OBJECT.match(sentence.text, candidate.trigger.end - sentence.start) is not None


def _same_instrument(lead: Candidate, other: Candidate) -> bool:
    if lead.amount is not None and other.amount is not None and lead.amount.value != other.amount.value:
        return False
    if lead.instrument and other.instrument:
        words = {name_key(w) for w in lead.instrument.split()} & {
            name_key(w) for w in other.instrument.split()
        }
        return bool(words - {"the", "a", "of", "and"})
    return True


def _split_off(group: Group, candidate: Candidate) -> bool:
    """Whether a 'separate' report names only part of a lead that named more people ('The delegation will also
    visit Milan' is the same trip to Italy, its host no longer named)."""
    host = candidate.host_country
    if candidate.kind == "visit" and host and host == group.lead.host_country:
        return False
    return len(_people(group.lead)) > len(_people(candidate)) and _people(candidate) <= _people(group.lead)


def _split_group(group: Group, candidate: Candidate) -> Group:
    others = list(group.members[1:])
    kept: set[int] = set()
    for member in others:
        kept |= _actors(member)
    if not others and group.lead.people:
        kept.add(id(group.lead.people[0]))
    removed = _actors(candidate) - kept
    group.lead.people = [e for e in group.lead.people if id(e) not in removed]
    lead = attrs.evolve(
        candidate,
        people=list(candidate.people),
        when=candidate.when if candidate.date_source != "none" else group.lead.when,
        date_source=candidate.date_source if candidate.date_source != "none" else group.lead.date_source,
        location=candidate.location or group.lead.location,
    )
    return Group(lead=lead, members=[candidate])


def _absorb(group: Group, candidate: Candidate) -> None:
    lead = group.lead
    group.members.append(candidate)
    lead.people = _merged_people(lead.people, candidate.people)
    lead.countries = list(dict.fromkeys([*lead.countries, *candidate.countries]))
    if _finer(candidate, lead) or (_arrival_and_stay(candidate, lead) and candidate.is_arrival):
        lead.when, lead.date_source = candidate.when, candidate.date_source
    elif candidate.until:
        lead.when = _until(lead.when, candidate.when)
    elif _later_day_of_the_trip(lead, candidate):
        # 'arrived in Bishkek this morning', then 'On Friday, he will visit the residence': the stay runs on
        assert lead.when.start is not None and candidate.when.end is not None
        lead.when = When.span(lead.when.start, candidate.when.end)
    elif lead.kind in ("visit", "summit") and candidate.date_source == "text":
        lead.when = _day_and_stay(lead.when, candidate.when)
    if lead.location is None:
        lead.location = candidate.location
    if lead.kind == "visit":
        lead.host_country = lead.host_country or candidate.host_country
        lead.visit_type = lead.visit_type or candidate.visit_type
    lead.instrument = lead.instrument or candidate.instrument
    lead.amount = lead.amount or candidate.amount
    lead.name = lead.name or candidate.name
    if candidate.status is Status.CANCELLED:
        lead.status = Status.CANCELLED
    if _richer(candidate, lead):
        lead.sentence, lead.trigger, lead.clause = candidate.sentence, candidate.trigger, candidate.clause


def _later_day_of_the_trip(lead: Candidate, candidate: Candidate) -> bool:
    """A day of the trip after the arrival that opened it, told on its own."""
    return (
        lead.is_arrival
        and _arrival_and_stay(lead, candidate)
        and not candidate.when.is_range
        and lead.when.end is not None
        and candidate.when.end is not None
        and candidate.when.end > lead.when.end
    )


def _refines(coarse: When, fine: When) -> bool:
    """`fine` is known more precisely than `coarse` and lies within it ('in April', then 'on April 3-4')."""
    return fine.precision.rank < coarse.precision.rank and coarse.contains(fine)


def _day_and_stay(day: When, stay: When) -> When:
    """'arrived on Monday' and 'is on a state visit that runs through Wednesday': the stay, from the day
    of the arrival to its end."""
    if (
        day.precision is not Precision.DAY
        or day.is_range
        or day.start is None
        or not stay.is_range
        or stay.precision is not Precision.DAY
        or stay.start is None
        or stay.end is None
        or not stay.start - dt.timedelta(days=_STAY_DAYS) <= day.start <= stay.end
    ):
        return day
    return When.span(min(day.start, stay.start), stay.end)


def _until(stay: When, last: When) -> When:
    """A stay begun on a day reported before, ending on `last`; a stay of days told to end earlier than
    reckoned ('opened the main session of a two-day summit on Monday ... The summit ends later Monday') keeps
    its length and ends then."""
    if stay.precision is not Precision.DAY or stay.start is None or last.start is None:
        return stay
    if stay.is_range and stay.end is not None and stay.start <= last.start < stay.end:
        return When.span(stay.start - (stay.end - last.start), last.start)
    if not stay.start < last.start <= stay.start + dt.timedelta(days=_LONGEST_STAY):
        return stay
    return When.span(stay.start, last.start)


# A visit or a summit lasts at most this many days.
_LONGEST_STAY = 14


def _merged_people(first: list[Entity], second: list[Entity]) -> list[Entity]:
    merged = list(first)
    for entity in second:
        if all(entity is not other for other in merged):
            merged.append(entity)
    return merged


def _finer(candidate: Candidate, lead: Candidate) -> bool:
    if candidate.date_source not in ("text", "vague"):
        return False
    if lead.date_source not in ("text",):
        return candidate.date_source == "text" or lead.date_source == "none"
    return candidate.when.precision.rank < lead.when.precision.rank


def _richer(candidate: Candidate, lead: Candidate) -> bool:
    """Whether a report gives more of the event than the one chosen as evidence (a headline loses)."""
    evidence_words = len(lead.sentence.text.split())
    return evidence_words < 12 and len(candidate.sentence.text.split()) >= 12 and lead.sentence.index < 2
