"""How long a visit lasts: from its first day to the day its visitor goes home or moves on.

'Peña flew to Quito on Sunday ... Peña is due back in Asunción on Tuesday', 'arrived on Wednesday ... before
returning to Monrovia on Saturday', 'landed this morning ... is to leave for Tokyo tomorrow',
'stays in Malaysia until Thursday', 'is set to visit the naval base on Saturday before returning to Tokyo':
a visit dated by one day ends on the day a later sentence about its visitor has them leave, a few days on.
Only the time expressions after the visit's first report are looked at.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from timeline.extraction.context import Candidate, Context, clause_of
from timeline.extraction.dedupe import Group
from timeline.extraction.lexicon import cue
from timeline.extraction.mentions import Entity
from timeline.model import Precision, Status, When
from timeline.temporal import TimeMention

# A trip told as one day and a departure this many days later at most are one stay.
_LONGEST_TRIP = 7
# The words before a day that say the visitor leaves on it are this close to it.
_LEAVING_REACH = 70
_TOWARDS = re.compile(r"\b(?:for|to|in)\s+$")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[\"“]?\s*)?(?:He|She)\b")
# The stops of a tour are told in this many sentences after it at most.
_LEG_SENTENCES = 12
_FROM_BEFORE = cue("origin_before")
_BOUND = cue("bound")


_LEAVING_WORD = cue("leaving_word")
_DAY_WORD = cue("day_word")


def may_tell_leaving(text: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` has a word of leaving or staying and a day, so that it may end a
    stay ('Anwar is scheduled to return home on Tuesday', which reports no event of its own)."""
    leaving = _LEAVING_WORD.search(text, start, end)
    return leaving is not None and _DAY_WORD.search(text, start, end) is not None


def lengthen_stays(context: Context, groups: list[Group]) -> list[Group]:
    """Each visit dated by one day, spanned to the day its visitor is told to leave, with the later legs of
    the same stay ('Putin, who arrived on Sunday, ... will travel on to Beijing, where he will hold talks on
    Tuesday and attend a parade on Wednesday') taken into it."""
    taken: set[int] = set()
    for group in groups:
        lead = group.lead
        when = lead.when
        if (
            id(group) in taken
            or lead.kind != "visit"
            or lead.visitor is None
            or lead.status is Status.CANCELLED
            # 'flew in from Hanoi, where he had attended talks': an earlier stop; but 'the talks in Canberra,
            # where Marape had arrived on Sunday' begin the stay under way
            or (lead.background and not any(m.is_arrival for m in group.members))
            or when.precision is not Precision.DAY
            or when.is_range
            or when.start is None
        ):
            continue
        end = when.start
        if lead.status is Status.HAPPENED and any(m.is_arrival for m in group.members):
            for leg in groups:
                if id(leg) not in taken and _later_leg(group, leg):
                    taken.add(id(leg))
                    group.members.extend(leg.members)
                    if (
                        not leg.lead.when.is_known
                    ):  # 'will travel to Istanbul on Thursday' is a trip of its own day
                        end = max(end, _last_day_told(context, leg, when.start) or end)
        first = min(m.sentence.start for m in group.members)
        end = max(end, _leaving_day(context, lead.visitor, lead.host_country, first, when.start) or end)
        if end > when.start:
            lead.when = When.span(when.start, end)
    return [g for g in groups if id(g) not in taken]


def date_tour_stops(context: Context, groups: list[Group]) -> None:
    """'will travel to Ghana, Trinidad and Tobago, Argentina, Brazil and Namibia from July 2 to 9 ... In Accra
    on July 2 and 3, Mr. Modi will hold talks': each stop of a tour dated by the whole tour takes the days
    that the first sentence after it giving days for a place of its country gives there."""
    for group in groups:
        lead = group.lead
        if lead.kind != "visit" or not lead.split_key or not lead.host_country or not lead.when.is_range:
            continue
        days = _stop_days(context, lead)
        if days:
            lead.when = When.span(min(days), max(days)) if max(days) > min(days) else When.day(days[0])


def _stop_days(context: Context, stop: Candidate) -> list[dt.date]:
    tour_start, tour_end = stop.when.start, stop.when.end
    assert tour_start is not None and tour_end is not None
    first = stop.sentence.index + 1
    for sentence in context.sentences[first : first + _LEG_SENTENCES]:
        days: list[dt.date] = []
        for mention in context.mentions_in(sentence.start, sentence.end):
            if mention.kind not in ("place", "country") or mention.country != stop.host_country:
                continue
            if _FROM_BEFORE.search(context.text, max(sentence.start, mention.start - 10), mention.start):
                continue  # 'From Buenos Aires, he will travel to Asuncion on Thursday': a trip from there
            start, end, _ = clause_of(sentence, mention.start)
            days.extend(
                day
                for time in context.times_in(start, end)
                if (day := _one_day(time)) is not None
                and tour_start <= day <= tour_end
                # 'Xi stays in Malaysia until Thursday': the end of a stop whose first day is told elsewhere
                and not _BOUND.search(context.text, max(start, time.start - 40), time.start)
            )
        if days:
            return days
    return []


def _later_leg(stay: Group, other: Group) -> bool:
    """A planned trip of the stay's visitor within the same country, told after the stay began and undated
    or dated within the week ('will travel on to Beijing', 'will travel to Yamoussoukro on Friday')."""
    lead, leg = stay.lead, other.lead
    if other is stay or leg.kind != "visit" or leg.status is not Status.PLANNED:
        return False
    if leg.visitor is not lead.visitor or not lead.host_country or leg.host_country != lead.host_country:
        return False
    if min(m.trigger.start for m in other.members) < min(m.trigger.start for m in stay.members):
        return False
    start = lead.when.start
    assert start is not None
    if not leg.when.is_known:
        return True
    return leg.when.start is not None and start < leg.when.start <= start + dt.timedelta(days=_LONGEST_TRIP)


def _last_day_told(context: Context, leg: Group, first: dt.date) -> dt.date | None:
    """The last day the sentence of a leg gives its events ('hold talks on Tuesday and attend a parade on
    Wednesday'), within the week of the stay."""
    latest = first + dt.timedelta(days=_LONGEST_TRIP)
    days = [
        day
        for member in leg.members
        for time in context.times_in(member.trigger.start, member.sentence.end)
        if (day := _one_day(time)) is not None and first < day <= latest
    ]
    return max(days, default=None)


def _leaving_day(
    context: Context, visitor: Entity, host: str | None, after: int, first: dt.date
) -> dt.date | None:
    text = context.text
    latest = first + dt.timedelta(days=_LONGEST_TRIP)
    for time in context.times[bisect.bisect_left(context.time_starts, after) :]:
        day = _one_day(time)
        if day is None or not first < day <= latest:
            continue
        window = (max(0, time.start - _LEAVING_REACH), time.start)
        if (staying := cue("staying_until").search(text, *window)) is not None:
            if _about(context, visitor, time.start) and _stays_in_the_host(context, staying, host):
                return day
            continue
        leaving = cue("leaving_before").search(text, *window) or cue("leaving_after").match(text, time.end)
        if (
            leaving is not None
            and _about(context, visitor, time.start)
            and _leaves_the_host(context, leaving, host)
        ):
            return day
    return None


def _stays_in_the_host(context: Context, staying: re.Match[str], host: str | None) -> bool:
    """'Xi stays in Malaysia until Thursday' ends his stay in Malaysia, not the one in Vietnam before it."""
    return all(
        mention.country == host
        for mention in context.mentions_in(staying.start(), staying.end())
        if mention.kind in ("place", "country")
    )


def _leaves_the_host(context: Context, leaving: re.Match[str], host: str | None) -> bool:
    """'will leave Astana on Thursday' ends a stay in Kazakhstan, not one in Tajikistan after it; 'leaves
    for Tashkent', 'returning to Monrovia' name where the visitor goes next."""
    for mention in context.mentions_in(leaving.start(), leaving.end()):
        if mention.kind not in ("place", "country") or mention.country is None or mention.country == host:
            continue
        if not _TOWARDS.search(context.text, max(leaving.start(), mention.start - 6), mention.start):
            return False
    return True


def _one_day(time: TimeMention) -> dt.date | None:
    when = time.when
    if when is None or when.start is None or when.is_range:
        return None
    if when.precision not in (Precision.DAY, Precision.TIME):
        return None
    return when.start


def _about(context: Context, visitor: Entity, position: int) -> bool:
    """Whether the sentence at `position` names the visitor or opens with a pronoun standing for them."""
    sentence = context.sentence_at(position)
    if sentence is None:
        return False
    if _PRONOUN_SUBJECT.match(sentence.text):
        return True
    return any(m.entity is visitor for m in context.mentions_in(sentence.start, sentence.end))
