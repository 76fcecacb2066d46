"""Where events without a place of their own happened, from the events reported around them.

- A trip takes its traveller where it goes: 'Lavrov will travel to Astana to take part in a
  meeting of the CIS Council', 'Ruto travelled to Addis Ababa for the African Union summit'.
  The other way round, a visit to a country takes the city where the visitor met someone on it
  ('travelled to Russia in April 2022, when he met Putin in Moscow').
- A sentence that opens by naming an event already reported happened where it did: 'At the
  summit, ...', 'On the sidelines, ...', 'Following the ceremony, ...', 'During the visit, ...'.
  So does an event 'on the sidelines of' a gathering the sentence goes on to place ('met X on the
  sidelines of the ECO summit in Khankendi').
- An event during the days of a summit or a visit reported in the same story, with one of its
  participants, took place there (a meeting on the very day of a summit, at the summit; a meeting of
  the visitor on the day of the visit, where the visit was).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.context import Candidate, Context
from timeline.extraction.dedupe import Group
from timeline.extraction.lexicon import cue, load_data
from timeline.extraction.sentences import Sentence
from timeline.model import Place, Precision, Status, When, country_name

_TRIP_LENGTH = dt.timedelta(days=14)


@functools.cache
def _reference() -> re.Pattern[str]:
    data = load_data("cues.json")["event_reference"]
    return re.compile(r"^\W*(?:" + "|".join(data) + r")", re.IGNORECASE)


@functools.cache
def _reference_kinds() -> dict[str, list[str]]:
    """The kinds of event a noun may refer back to ('Ahead of the ceremony': a meeting or a signing)."""
    kinds: dict[str, list[str]] = load_data("cues.json")["event_reference_kinds"]
    return kinds


def opens_with_event_reference(sentence: str) -> bool:
    """Whether `sentence` opens by naming an event already reported ('Following the talks, ...')."""
    return _reference().match(sentence) is not None


_TOUR = re.compile(r"\btour\b")
_SIDELINES = cue("sidelines_reference")
_GATHERING_SETTING = cue("gathering_setting")
_EVE_REFERENCE = cue("eve_reference")
_ARRIVAL = cue("arrival")
_STAY_UNDER_WAY = cue("stay_under_way")
# How far before a visit's word the words telling the stay as under way begin ('is on an official visit')
_STAY_WORDS_REACH = 40


def place_events(context: Context, groups: list[Group]) -> None:
    """Give a place to events that have none from the events around them, in the order reported."""
    ordered = sorted(groups, key=lambda g: g.members[0].trigger.start)
    for group in ordered:
        if group.lead.kind == "visit":
            _city_of_own_reports(group)
    for group in ordered:
        lead = group.lead
        if lead.kind == "call":
            # a call joins the callers' places: 'After the talks in Chisinau, Sybiha held a video call with'
            # or 'In a phone call, he pledged investment in the US' name where one caller was, or the topic
            lead.location = None
            continue
        if lead.location is None:
            lead.location = _trip_destination(group, ordered) or _referred_place(group, ordered)
        elif _is_country_level(lead.location):
            # 'to meet at the APEC leaders' meeting, which Korea will host in Gyeongju': that state's city
            referred = _referred_place(group, ordered)
            if referred is not None and referred.country == lead.location.country:
                lead.location = referred
        if lead.location is None and lead.kind in ("meeting", "summit", "agreement"):
            lead.location = _containing_place(context, group, ordered) or _joined_verb_place(
                context, group, ordered
            )
        if lead.kind == "visit":
            _visit_city(group, ordered)
    for group in ordered:
        group.lead.location = _city_told_alongside(group, ordered) or group.lead.location
    place_in_visit_cities(groups)


def place_in_visit_cities(groups: list[Group]) -> None:
    """Events placed only in the host country of a visit they belong to, placed in the visit's city (again
    once the dateline has placed the visits: 'ASTANA (AP) — Xi arrived in Kazakhstan ... Hours later, the two
    leaders held talks')."""
    ordered = sorted(groups, key=lambda g: g.members[0].trigger.start)
    for group in ordered:
        _city_of_the_visit(group, ordered)


def _is_country_level(place: Place | None) -> bool:
    if place is None or place.country is None:
        return False
    try:
        return place.name == country_name(place.country)
    except ValueError:
        return False


def _city_of_own_reports(visit: Group) -> None:
    """'a state visit to Vietnam ... arrived in Hanoi': the visit took place in the city (a tour
    goes through several places and stays in the country)."""
    lead = visit.lead
    if not _is_country_level(lead.location):
        return
    if any(_TOUR.search(m.trigger.rule.pattern) for m in visit.members):
        return
    if any(m.separate for m in visit.members[1:]):
        return  # 'The delegation will also visit Milan': the trip goes to more than one city
    if any(_later_leg(m.when, lead.when) for m in visit.members[1:]):
        return  # 'a visit to India from March 2 to 4 ... On March 4, he will travel to Mumbai': so does this
    assert lead.location is not None
    for member in visit.members:
        place = member.location
        if place is not None and place.country == lead.location.country and not _is_country_level(place):
            lead.location = place
            return


def _city_told_alongside(group: Group, ordered: list[Group]) -> Place | None:
    """'On March 3, the two Prime Ministers will hold talks in New Delhi, and Carney will call on Murmu': an
    event placed only in a country took place in the city of another event the same sentence tells on the
    same day in that country, with one of its participants."""
    lead = group.lead
    if (
        lead.kind == "visit"
        or not _is_country_level(lead.location)
        or lead.when.precision is not Precision.DAY
    ):
        return None
    assert lead.location is not None
    people = {id(e) for e in lead.people}
    for other in ordered:
        told = other.lead
        if (
            other is not group
            and told.kind != "visit"
            and told.location is not None
            and told.location.country == lead.location.country
            and not _is_country_level(told.location)
            and told.sentence is lead.sentence
            and told.when == lead.when
            and people & {id(e) for e in told.people}
        ):
            return told.location
    return None


def _later_leg(leg: When, visit: When) -> bool:
    """Whether a report of the visit dated `leg` moves on after the visit's first day."""
    return (
        visit.is_range
        and leg.precision is Precision.DAY
        and leg.start is not None
        and visit.start is not None
        and leg.start > visit.start
    )


def _city_of_the_visit(group: Group, ordered: list[Group]) -> None:
    """An event placed only in the host country of a visit it belongs to happened in the visit's city."""
    lead = group.lead
    if lead.kind == "visit" or not _is_country_level(lead.location):
        return
    assert lead.location is not None
    for visit in ordered:
        place = visit.lead.location
        if (
            visit.lead.kind == "visit"
            and visit.lead.status is lead.status  # not a leg still to come of a visit under way
            and place is not None
            and place.country == lead.location.country
            and not _is_country_level(place)
            and visit.lead.visitor in lead.people
            and (
                not lead.when.is_known or not visit.lead.when.is_known or visit.lead.when.contains(lead.when)
            )
        ):
            lead.location = place
            return


_JOINED_VERB = cue("joined_verb")


def _joined_verb_place(context: Context, group: Group, ordered: list[Group]) -> Place | None:
    """'held talks today and signed several agreements in Astana': the second verb of the same subject
    names the place of both."""
    lead = group.lead
    for other in ordered:
        later = other.lead
        if (
            other is not group
            and later.location is not None
            and later.sentence is lead.sentence
            and later.trigger.start > lead.trigger.end
            and later.status is lead.status
            and any(person in lead.people for person in later.people)
            and _JOINED_VERB.search(context.text, lead.trigger.end, later.trigger.start)
        ):
            return later.location
    return None


def _same_sentence(a: Group, b: Group) -> bool:
    return bool({m.sentence.index for m in a.members} & {m.sentence.index for m in b.members})


def _trip_destination(group: Group, ordered: list[Group]) -> Place | None:
    lead = group.lead
    for visit in ordered:
        if visit is group or visit.lead.kind != "visit" or visit.lead.location is None:
            continue
        if visit.lead.status is not lead.status or not _same_sentence(visit, group):
            continue
        starts = [m.trigger.start for m in visit.members if m.sentence is lead.sentence]
        traveller = visit.lead.visitor
        if (
            starts
            and starts[0] < lead.trigger.start
            and (traveller in lead.people or not lead.people)
            and _during_trip(lead.when, visit.lead.when)
        ):
            # 'On the eve of the visit, Tokayev met the Chinese ambassador': the traveller is not there yet
            return visit.lead.location if days_from_setting(lead.sentence) == 0 else None
    return None


def _during_trip(when: When, trip: When) -> bool:
    """Whether an event on `when` may fall within a trip on `trip`: 'Kamikawa, who visited Fiji in May, held
    talks on Wednesday' met elsewhere. A trip known by one day is known by its first, so the event may come
    up to a fortnight after it ('arrived on Monday ... met Xi on Tuesday')."""
    if not when.is_known or not trip.is_known or when.start is None or trip.start is None:
        return True
    if trip.precision is Precision.DAY and not trip.is_range:
        return trip.start <= when.start <= trip.start + _TRIP_LENGTH
    return when.overlaps(trip)


def _referred_place(group: Group, ordered: list[Group]) -> Place | None:
    setting = most_reported([g for g in events_referred_to(group, ordered) if g.lead.location is not None])
    return setting.lead.location if setting is not None else None


def most_reported(settings: list[Group]) -> Group | None:
    """Of the events a sentence may name as its setting, in the order reported, the one reported most often,
    and of those the last: 'on the sidelines' of the story's summit, not of the first one, held in 1997."""
    if not settings:
        return None
    return max(enumerate(settings), key=lambda indexed: (len(indexed[1].members), indexed[0]))[1]


def _setting(sentence: Sentence) -> re.Match[str] | None:
    return (
        _reference().match(sentence.text)
        or _SIDELINES.search(sentence.text)
        or _GATHERING_SETTING.search(sentence.text)
        or _EVE_REFERENCE.search(sentence.text)
    )


def days_from_setting(sentence: Sentence) -> int:
    """How many days the events of `sentence` lie from the event it names as their setting: -1 'on the eve of
    the summit' or 'the day before the talks', 1 'the day after the ceremony', else 0 (during it)."""
    match = _setting(sentence)
    if match is None or match.re is not _EVE_REFERENCE:
        return 0
    return 1 if match.group("step") == "after" else -1


def events_referred_to(group: Group, ordered: list[Group]) -> list[Group]:
    """The events reported that the sentence of `group` names as its setting, in the order reported: 'At the
    summit, ...' opening the sentence, 'met X on the sidelines of the summit', 'agreed to meet at the APEC
    leaders' meeting' or 'on the eve of the conference' anywhere in it."""
    sentence = group.lead.sentence
    match = _setting(sentence)
    if match is None:
        return []
    noun = match.groupdict().get("noun") or match.groupdict().get("side") or ""
    kinds = _reference_kinds().get(noun.lower(), ["summit"])
    if match.re is _GATHERING_SETTING:
        kinds = ["summit", "meeting"]  # 'at the APEC leaders' meeting': whichever its name makes it
    when = group.lead.when
    # 'met X on the sidelines of the 17th Summit of the ECO in Khankendi': the gathering told right there
    named_at = sentence.start + match.start("noun") if match.groupdict().get("noun") else None

    def named_there(g: Group, *, by_its_own_words: bool = False) -> bool:
        return named_at is not None and any(
            m.trigger.start <= named_at < m.trigger.end and not (by_its_own_words and m.anaphoric)
            for m in g.members
        )

    referred = [
        g
        for g in ordered
        if g is not group
        and g.lead.kind in kinds
        and (
            not when.is_known or when.compatible(g.lead.when)
        )  # 'after the accession was completed on Saturday'
        and (min(m.sentence.index for m in g.members) < sentence.index or named_there(g))
        # a meeting still to come is on the sidelines of a summit to come, not of one held years ago
        and (g.lead.status is Status.PLANNED) == (group.lead.status is Status.PLANNED)
        # an earlier event told in the background is no setting of the story's own ('Negotiators had closed
        # the talks on July 2 ... On the margins of the ceremony')
        and (group.lead.background or not g.lead.background)
    ]
    # 'met Xi only once, on the sidelines of the APEC summit in Lima': that one, whatever else was told before
    # ('On the sidelines of the meeting' names none by its own words)
    return [g for g in referred if named_there(g, by_its_own_words=True)] or referred


def _containing_place(context: Context, group: Group, ordered: list[Group]) -> Place | None:
    """The place of a summit or visit reported in the same story during whose days the event takes
    place, with one of its participants (or, for a summit, on its very days)."""
    when = group.lead.when
    if not when.is_known:
        return _undated_during_visit(context, group, ordered)
    people = {id(e) for e in group.lead.people}
    for container in ordered:
        lead = container.lead
        if container is group or lead.kind not in ("summit", "visit") or lead.location is None:
            continue
        # a visit told by its week or month ('traveled to Beijing last week') holds its visitor's days in it
        spans_days = lead.when.is_range or (
            lead.kind == "visit" and lead.when.precision in (Precision.WEEK, Precision.MONTH)
        )
        within = spans_days and lead.when.contains(when)
        same_day = lead.when == when and group.lead.kind == "meeting"
        if _on_undated_visit_of_the_story(context, container, group):
            # 'Putin is continuing his visit to Tashkent. On Monday, he is scheduled to hold negotiations'
            return lead.location
        if not within and not same_day:
            # 'Putin, who arrived in Beijing on Tuesday, is set to hold talks with Xi on Wednesday'
            if _days_after_arrival(container, group) and id(lead.visitor) in people:
                return lead.location
            if (
                group.lead.kind == "meeting"
                and _on_the_eve(lead.when, when)
                and people & {id(e) for e in lead.people}
                and container is opening_summit(ordered)
            ):
                # 'Xi held separate talks on Thursday with Kyrgyz President Sadyr Japarov' before the summit
                # in Xi'an opened on Friday: its host and guests meet where they have gathered
                return lead.location
            continue
        if lead.kind == "summit":
            return lead.location
        # 'arrived in Riyadh on Wednesday ... would meet the Crown Prince later in the day': the visit's city
        visitor = lead.visitor
        shares_someone = bool(people & {id(e) for e in lead.people})
        if (within and shares_someone) or (visitor is not None and id(visitor) in people):
            return lead.location
    return None


# A visitor's meeting this many days after the arrival told without the end of the stay is on that trip.
_STAY_DAYS = 3
# Leaders gathering for a summit meet one another this many days before it opens.
GATHERING_EVE_DAYS = 2


# The sentences that open a story: its headline and its lead.
_OPENING_SENTENCES = 2


def opening_summit(groups: list[Group]) -> Group | None:
    """The summit a story opens on, placed in a city ('NATO summit in The Hague - as it happened'): the
    gathering the story is told from."""
    summits = [g for g in groups if g.lead.kind == "summit"]
    if not summits:
        return None
    first = min(summits, key=lambda g: g.members[0].trigger.start)
    place = first.lead.location
    told_first = first.members[0].sentence.index < _OPENING_SENTENCES
    return first if told_first and place is not None and not _is_country_level(place) else None


def _on_the_eve(summit: When, when: When) -> bool:
    """Whether a day falls in the days right before a summit opens."""
    if summit.start is None or when.start is None or when.end != when.start:
        return False
    return 0 < (summit.start - when.start).days <= GATHERING_EVE_DAYS


def _days_after_arrival(visit: Group, group: Group) -> bool:
    """Whether a meeting is dated in the days right after a visit told only by its day of arrival, or by a
    day on which it is under way ('is in Hanoi for talks' ... 'is scheduled to meet X on Wednesday')."""
    arrival, when = visit.lead.when, group.lead.when
    if arrival.is_range or arrival.start is None or when.start is None or when.end != when.start:
        return False
    if not any(
        _ARRIVAL.search(m.sentence.text, *_trigger_span(m)) or _told_under_way(m) for m in visit.members
    ):
        return False
    return 0 < (when.start - arrival.start).days <= _STAY_DAYS


def _told_under_way(visit: Candidate) -> bool:
    start, end = _trigger_span(visit)
    return _STAY_UNDER_WAY.search(visit.sentence.text, max(0, start - _STAY_WORDS_REACH), end) is not None


def _on_undated_visit_of_the_story(context: Context, visit: Group, group: Group) -> bool:
    """Whether an event of the visitor, dated in the days of the story, belongs to a visit the story tells
    without a date, as under way."""
    lead, when, published = visit.lead, group.lead.when, context.published
    return (
        lead.kind == "visit"
        and not lead.when.is_known
        and not lead.background
        and lead.status is Status.HAPPENED
        and lead.visitor is not None
        and lead.visitor in group.lead.people
        and published is not None
        and when.start is not None
        and 0 <= (when.start - published).days <= _STAY_DAYS
    )


def _trigger_span(candidate: Candidate) -> tuple[int, int]:
    offset = candidate.sentence.start
    return candidate.trigger.start - offset, candidate.trigger.end - offset


def _undated_during_visit(context: Context, group: Group, ordered: list[Group]) -> Place | None:
    """'During the visit, Marcos also met ...': an undated event of the visitor, reported after the
    visit of the same story and as happened as it, took place where the visit did (of a trip to several
    states, the visit to the state of the host); so does one still to come on a visit under way ('Kacou
    Adom, who arrived yesterday, is also expected to call on ...')."""
    lead = group.lead
    first = min(m.sentence.index for m in group.members)
    visits = [
        visit.lead
        for visit in ordered
        if visit is not group
        and visit.lead.kind == "visit"
        and visit.lead.location is not None
        and visit.lead.visitor is not None
        and visit.lead.visitor in lead.people
        and (visit.lead.status is lead.status or _under_way(context, visit.lead, lead))
        and not visit.lead.background
        and not lead.background
        and min(m.sentence.index for m in visit.members) <= first
    ]
    # 'will visit Kazakhstan and Uzbekistan ... will hold talks with the presidents of Kazakhstan and
    # Uzbekistan': the talks with each host are on the visit to that host's state
    hosting = [visit for visit in visits if visit.host_country in lead.countries]
    chosen = hosting or visits
    return chosen[0].location if chosen else None


def _under_way(context: Context, visit: Candidate, event: Candidate) -> bool:
    """Whether an event still to come belongs to a visit begun in the days before the story."""
    if visit.status is not Status.HAPPENED or event.status is not Status.PLANNED:
        return False
    begun, published = visit.when.start, context.published
    if not visit.when.is_known:
        return True
    return begun is not None and published is not None and 0 <= (published - begun).days <= _STAY_DAYS


def _visit_city(visit: Group, ordered: list[Group]) -> None:
    """A visit placed in a country is placed in the city where its visitor met someone there."""
    lead = visit.lead
    if lead.location is None or lead.host_country is None or lead.visitor is None:
        return
    try:
        country = country_name(lead.host_country)
    except ValueError:
        return
    if lead.location.name != country:
        return
    for other in ordered:
        place = other.lead.location
        if (
            other is not visit
            and other.lead.kind in ("meeting", "summit")
            and _same_sentence(visit, other)
            and lead.visitor in other.lead.people
            and place is not None
            and place.country == lead.host_country
            and place.name != country
        ):
            lead.location = place
            return
