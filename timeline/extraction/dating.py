"""When an event took place: the time expression that governs its event word.

Same clause first, then the sentence (not from reported speech, relative
clauses, 'since' and 'until' bounds or validity periods); a ', when' clause
hangs on the time before it; two days joined by 'to' or 'and' are a stay;
the weekday of an event still to come lies ahead whatever the tense around it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from timeline.extraction.context import Context, clause_of, last_words, participle_aside_end, speech_verbs
from timeline.extraction.lexicon import cue, fragment
from timeline.extraction.sentences import Sentence
from timeline.extraction.triggers import Trigger
from timeline.model import Precision, When
from timeline.temporal import TimeMention
from timeline.temporal.finder import heads_a_line

_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|whose|which)\b")
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:who|whose|which)\s*$")


def _relative_clause_at(text: str, start: int, *, that: bool = False) -> bool:
    """A clause that is a relative clause, whether or not its pronoun was taken as the break before it;
    with `that`, one opened by 'that' too ('a tour that will also take him to Qatar')."""
    return bool(
        _RELATIVE_CLAUSE.match(text, start)
        or _RELATIVE_WORD_BEFORE.search(text, max(0, start - 8), start)
        or (that and _THAT_CLAUSE.match(text, start))
    )


_THAT_CLAUSE = re.compile(r"\s*that\b")


_SCHEDULED_RELATIVE = cue("scheduled_relative")
_PLACE_LEFT_WHERE = cue("place_left_where")
# 'held talks with Zelensky, who arrived in Rome on Wednesday': the arrival's day, not the talks'
_PERSON_RELATIVE_BETWEEN = cue("person_relative_between")


_SUBORDINATE_BEFORE = cue("subordinate_before")


_MULTI_DAY = cue("multi_day")


_ENDED = cue("ended")
_WHICH_BEFORE = re.compile(r",\s+which$")


# How many a word counts in a span of days or months told before an event ("a day after", "two weeks after").
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def usable_time(time: TimeMention) -> bool:
    return time.type in ("DATE", "TIME") and time.when is not None


_VALIDITY = cue("validity")


def _bounds_validity(text: str, time: TimeMention) -> bool:
    """'a programme for 2025-2027', 'valid until 2035': the period an agreement runs over, not its signing;
    a day written as a document's name is its signing ('covered by the Feb. 23 accord')."""
    if _VALIDITY.search(text, max(0, time.start - 20), time.start) is None:
        return False
    return not (
        time.when is not None
        and time.when.precision is Precision.DAY
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, time.start - 12), time.start) is not None
    )


# 'since 2022', 'until 2035', 'since Eritrea's independence in 1993': bounds of a period, not event days.
_BOUND = cue("bound")


# ', when' right after a time: the clause happened at that time ('in April 2022, when he met Putin').
# ', when the two leaders signed', ', during which the two countries signed': the clause hangs on the time
_WHEN_AFTER_TIME = re.compile(r",?\s*(?:when|(?:during|at|in)\s+which)\s*$", re.IGNORECASE)


_PAST_DIRECTION = re.compile(r"past|at or before")


def event_date(
    context: Context,
    trigger: Trigger,
    sentence: Sentence,
    clause: tuple[int, int],
    reported: bool,
    kind: str,
    planned: bool,
    earliest: int,
    *,
    prior: bool = False,
) -> tuple[When, str]:
    """The time expression governing the event: same clause, then same sentence; else unknown.

    The source is 'until' when the day is the last of a visit or summit whose first day is not given ('the
    state visit will conclude on 25 September').

    Times before `earliest` (the verb that called the event off) are not the event's.
    """
    text = context.text
    in_clause = [
        t
        for t in context.times_in(*clause)
        if usable_time(t)
        and not (planned and _in_dateline(context, t))
        and not _is_bound(text, t, trigger)
        and t.start >= earliest
        and _may_date(context, t, trigger, kind)
        and not (kind != "statement" and _time_of_saying(context, t))
        and not (kind != "statement" and _time_of_closing_speaker(context, t, trigger))
        and not _opens_next_clause(context, t, trigger)
        and not (kind != "visit" and _PERSON_RELATIVE_BETWEEN.search(text, trigger.end, t.start))
    ]
    if kind == "agreement":  # 'a programme for 2025-2027' dates what is agreed, not the signing
        in_clause = [t for t in in_clause if not _bounds_validity(text, t)]
    dateline = context.dateline
    if dateline is not None and any(t.start < dateline.end for t in in_clause):
        # 'Sofia, November 10 (BTA) - A meeting ..., planned for November 18', 'Madrid, Jun 11 (EFE).- The
        # summit, which was scheduled to take place in Huelva on June 26-27': the dateline's day is the
        # report's when the clause, or the relative clause after it, gives the event a date of its own
        own = [t for t in in_clause if t.start >= dateline.end]
        if any(t.when is not None and t.when.is_known for t in own) or _scheduled_after(
            context, sentence, clause, trigger
        ):
            in_clause = own
    # 'Türkiye, which became a NATO Ally in 1952, last hosted a NATO Summit in Istanbul in June 2004': a
    # time in a relative clause closed before the event word is the clause's own
    outside_asides = [t for t in in_clause if not _in_closed_relative_aside(context, sentence, t, trigger)]
    if any(_is_date(t) for t in outside_asides):
        in_clause = outside_asides
    if _opens_reduced_relative(text, trigger):
        own_phrase = [t for t in in_clause if t.start > trigger.start and _is_date(t)]
        in_clause = own_phrase or in_clause
    # '19:40 - Trump to meet al-Sharaa on Wednesday': a live blog entry's clock time is when it was written
    entry_times = [t for t in in_clause if _CLOCK_ALONE in t.rule and heads_a_line(text, t.start)]
    if entry_times and len(entry_times) < len(in_clause):
        in_clause = [t for t in in_clause if t not in entry_times]
    chosen = _own_day_after(context, in_clause, trigger, _nearest_known(text, in_clause, trigger))
    scheduled = _scheduled_after(context, sentence, clause, trigger)
    if chosen is None:
        chosen = time_before_when(context, sentence, clause) or scheduled
    elif (
        scheduled is not None and chosen.end <= trigger.start and _may_date(context, scheduled, trigger, kind)
    ):
        # 'visited Ankara on Wednesday for talks on the NATO Summit, which Türkiye will host on 7 and 8
        # July': the relative clause after the event word is its own, the earlier time its clause's verb's
        # (not a period it names: 'which China hosts as the organization's chair for 2024–2025')
        chosen = scheduled
    subordinate = clause[0] > sentence.start and _SUBORDINATE_BEFORE.search(
        text, max(sentence.start, clause[0] - 25), clause[0]
    )
    # 'later this year' with no year to count from still dates the clause: no other clause's time does
    own_vague = any(
        t.when is not None and not t.when.is_known and "WXX" not in t.when.value
        for t in in_clause
        if t.start > trigger.end
    )
    if (chosen is None or chosen.end <= trigger.start) and (
        later := _later_in_clause(context, sentence, clause, chosen)
    ) is not None:
        return later, "text"
    if chosen is None and not reported and not subordinate and not own_vague:
        # 'returned yesterday from Kananaskis, where he attended the G7 summit': before the return
        after_leaving = _PLACE_LEFT_WHERE.search(text, sentence.start, clause[0]) is not None
        others = [
            t
            for t in context.times_in(sentence.start, sentence.end)
            if usable_time(t)
            and not (planned and _in_dateline(context, t))
            and not clause_of(sentence, t.start)[2]
            and _may_govern(context, t, trigger)
            and not _is_bound(text, t, trigger)
            and _may_date(context, t, trigger, kind)
            and t.start >= earliest
            and not _relative_clause_at(text, clause_of(sentence, t.start)[0])
            and not (after_leaving and t.start < clause[0])
            and not (kind != "statement" and _time_of_closing_speaker(context, t, trigger))
            and not _opens_next_clause(context, t, trigger)
            # 'arrived on Tuesday on a tour that will also take him to Qatar': a past day of another clause
            # does not date what is still to come
            and not (planned and _relative_clause_at(text, clause[0], that=True) and _not_ahead(context, t))
        ]
        if kind == "agreement":
            others = [t for t in others if not _bounds_validity(text, t)]
        # 'pledged on Tuesday to finalise the agreements this year, as the two leaders met': of the other
        # clauses' times, a day dates the event before a coarser time nearer to it
        days = [t for t in others if t.when is not None and t.when.precision is Precision.DAY]
        chosen = _nearest_known(text, days or others, trigger)
    if chosen is None:
        chosen = _list_item_time(context, sentence)
    if chosen is None or _CLOCK_ALONE in chosen.rule:
        # 'Tuesday, 9 December 2025 / 10.30 a.m. The Federal Chancellor will receive ...': a schedule's
        # section is of the day heading it
        chosen = context.heading_day(sentence.start) or chosen
    if chosen is None and _THAT_OCCASION.match(text, sentence.start):
        return When.unknown(), "same_day"  # 'On that occasion Meloni also had a bilateral meeting'
    if chosen is None and (period := _period_later(context, sentence)) is not None:
        when = _counted_from_last_date(context, sentence, period, sentence.start)
        return (when, "text") if when is not None else (When.unknown(), "none")
    if chosen is None and _DAYS_LATER.match(text, sentence.start):
        return When.unknown(), "days_later"  # 'Days later he attended the SCO summit in Samarkand'
    if chosen is None and kind != "visit" and _DURING_THAT_VISIT.match(text, sentence.start):
        return When.unknown(), "during_visit"  # 'During the visit, His Royal Highness also held talks'
    if chosen is None:
        # 'discuss upcoming contacts by phone': a word inside the event's own words does not date it
        vague = [
            t
            for t in in_clause
            if t.when is not None and not t.when.is_known and not trigger.start <= t.start < trigger.end
        ]
        if vague:
            nearest = min(vague, key=lambda t: abs(t.start - trigger.start))
            assert nearest.when is not None
            if "WXX" in nearest.when.value:  # 'on Tuesday' with no date to count from names no day
                return When.unknown(), "none"
            return nearest.when, "vague"
        return When.unknown(), "none"
    assert chosen.when is not None
    if cue("same_day").fullmatch(chosen.text):
        return When.unknown(), "same_day"
    if chosen.start == sentence.start and cue("previous_day").fullmatch(chosen.text):
        return chosen.when, "day_before_last_told"
    if chosen.start == sentence.start and cue("next_day").fullmatch(chosen.text):
        return chosen.when, "day_after_last_told"
    # 'had been scheduled to visit Dhaka in late April, but the trip was postponed': a plan told after the
    # fact, whose month is reckoned back from the story ('had been due to meet him on Thursday' may be ahead)
    month_of_past_plan = (
        planned
        and chosen.when.precision is not Precision.DAY
        and _PAST_PLAN.search(text, clause[0], trigger.start) is not None
    )
    when = (
        ahead_if_planned(chosen, context.published)
        if planned and not month_of_past_plan
        else _narrative_year(context, chosen, sentence)
    )
    when = _item_year(context, chosen, sentence, when)
    if prior and not planned:
        when = back_if_ahead(chosen, context.published, when)
    if not planned and kind != "statement" and _PAST_VERB.match(context.text, trigger.start):
        when = back_if_past(chosen, when, context.published)
    when = _next_or_previous_day(context, chosen, when, clause)
    when = _days_apart(context, chosen, when, trigger)
    when = _months_apart(context, chosen, when, trigger)
    when = _coming_end(context, chosen, when)
    if kind in ("visit", "summit"):
        when = (
            _day_pair(context, chosen, when, planned)
            or _stay_until(context, chosen, when, sentence)
            or multi_day_span(context, when, clause, sentence)
        )
        when = _under_way_until(context, chosen, when)
        when = _opened_then_ended(context, chosen, when, sentence)
        if _stay_ends_on(context, chosen, when):
            return when, "until"
    return _whole_day(when), "text"


# An earlier event told after a future lies this many days before the report at most.
_PRIOR_REACH = 183


def back_if_ahead(chosen: TimeMention, published: dt.date | None, when: When) -> When:
    """'It will be his second trip abroad this year, after a tour of France in May' (told in June): a
    year-less month or day the future of the main clause put ahead is the last one, when that is recent."""
    if (
        published is None
        or when.start is None
        or when.end is None
        or when.start <= published
        or not chosen.rule.startswith(_YEARLESS_RULES)
        or when.precision not in (Precision.MONTH, Precision.DAY)
    ):
        return when
    try:
        start = when.start.replace(year=when.start.year - 1)
        end = when.end.replace(year=when.end.year - 1)
    except ValueError:
        return when
    if end > published or (published - start).days > _PRIOR_REACH:
        return when
    return When.from_timex(f"{start.year:04d}{when.value[4:]}", when.modifier)


# 'Sept. 14, 2022 — Xi makes ...': a paragraph of a timeline opens with its date and a dash; the date may be
# set in bold or italics ('**May 21** - Ramaphosa meets ...').
_ITEM_DASH = re.compile(r"[*_]*\s*(?:—|–|-{1,2})\s")
_ITEM_MARKUP = "*_ \t"
# A timeline entry is told in this many sentences at most.
_ITEM_SENTENCES = 4


def in_past_entry(context: Context, sentence: Sentence) -> bool:
    """A sentence of a timeline entry dated before the report ('March 27 - Rubio visits Georgetown. The two
    governments sign a memorandum'), whose present tense tells the past."""
    item = _list_item_time(context, sentence)
    published = context.published
    when = item.when if item is not None else None
    return when is not None and when.end is not None and (published is None or when.end <= published)


# The reason the temporal tagger gives for a time of day written without a day: it is on the reference day.
_CLOCK_ALONE = "time of day on the reference day"


# A day right after the event's words is theirs within this many characters ('a two-day trip to New Delhi on
# Aug. 18-19').
_OWN_DAY_REACH = 60


def _own_day_after(
    context: Context, times: list[TimeMention], trigger: Trigger, nearest: TimeMention | None
) -> TimeMention | None:
    """'paved the way for the visit this month with a two-day trip to New Delhi on Aug. 18-19', 'to visit
    Kazakhstan on Friday and Saturday, attending the first summit ... in Astana on Saturday': a day written
    after the event word, before any other event word, dates it rather than a time of the verb before it."""
    if nearest is None or nearest.start >= trigger.start or nearest.when is None:
        return nearest
    limit = context.next_trigger(trigger.end, trigger.end + _OWN_DAY_REACH)
    days = [
        t
        for t in times
        if trigger.end <= t.start < limit
        and t.when is not None
        and t.when.is_known
        and t.when.precision is Precision.DAY
        # 'with a meeting of senior officials, ahead of the ministerial session on Friday': the later one's
        and not _LATER_EVENT_BEFORE.search(context.text, trigger.end, t.start)
    ]
    return days[0] if days else nearest


def _list_item_time(context: Context, sentence: Sentence) -> TimeMention | None:
    """'Sept. 14, 2022 — Xi makes Nur-Sultan the first stop of his trip. He and Tokayev hold talks': what a
    timeline entry tells without a date of its own happened on the date the entry opens with."""
    first = sentence.index
    while first > 0 and context.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    if first == 0 or sentence.index - first >= _ITEM_SENTENCES:
        return None
    item = _item_opening(context, context.sentences[first])
    if item is None:
        return None
    # a live blog's '13:50 —' entries are all of the day the blog covers, which dates them already
    if not usable_time(item) or not _is_date(item) or item.when is None:
        return None
    return None if item.when.precision is Precision.TIME else item


def _item_opening(context: Context, opening: Sentence) -> TimeMention | None:
    """The date a timeline entry opens with, if the sentence opens one."""
    text = context.text
    times = context.times_in(opening.start, min(opening.end, opening.start + 40))
    if (
        not times
        or text[opening.start : times[0].start].strip(_ITEM_MARKUP)
        or not _ITEM_DASH.match(text, times[0].end)
    ):
        return None
    return times[0]


def _item_year(context: Context, chosen: TimeMention, sentence: Sentence, when: When) -> When:
    """'February 5, 2025 — ...', then 'May 21 — ...', 'September — ...': a timeline's entries are in order, so
    a year-less entry is in the year of the last entry that wrote one, or a later year where the months turn
    back, whatever the tense of its present-tense telling."""
    # the entry's first sentence, which opens with its date ('May 21 - Xi arrives. The two sign ...')
    while sentence.index > 0 and context.sentences[sentence.index - 1].paragraph == sentence.paragraph:
        sentence = context.sentences[sentence.index - 1]
    if (
        when.start is None
        or when.precision not in (Precision.MONTH, Precision.DAY)
        or not chosen.rule.startswith((*_YEARLESS_RULES, "days of one month"))
        or _YEAR_WRITTEN.search(chosen.text)
        or sentence.index == 0
        or _item_opening(context, sentence) is not chosen
    ):
        return when
    openings = [
        item
        for before in context.sentences[: sentence.index]
        if before.index == 0 or context.sentences[before.index - 1].paragraph != before.paragraph
        for item in [_item_opening(context, before)]
        if item is not None and item.when is not None and item.when.start is not None
    ]
    written = [i for i, item in enumerate(openings) if _YEAR_WRITTEN.search(item.text)]
    if not written:
        return when
    year = openings[written[-1]].when.start.year  # type: ignore[union-attr]
    month = openings[written[-1]].when.start.month  # type: ignore[union-attr]
    for item in [*openings[written[-1] + 1 :], chosen]:
        assert item.when is not None and item.when.start is not None
        if item.when.start.month < month:
            year += 1
        month = item.when.start.month
    assert when.end is not None
    try:
        first = when.start.replace(year=year)
        last = when.end.replace(year=year + when.end.year - when.start.year)
    except ValueError:
        return when
    if when.precision is Precision.MONTH:
        return When.from_timex(f"{first.year:04d}-{first.month:02d}", None)
    return When.span(first, last) if when.is_range else When.day(first)


# 'said on Monday that ...', and without the 'that': 'said on Monday he would meet ...'
_THAT_AFTER = re.compile(
    r"\s*,?\s*(?:that\b|(?:he|she|they|we|it)\s+(?:would|will|had|has|have|was|were|is|are|planned|plans)\b)"
)
# A verb of saying stands this close before the time it was said at.
_SAYING_REACH = 30


def _in_dateline(context: Context, time: TimeMention) -> bool:
    """'DUSHANBE, 01.06.2022 - Rahmon will pay a two-day visit': the dateline's day is the report's, and no
    plan's."""
    dateline = context.dateline
    return dateline is not None and dateline.start <= time.start < dateline.end


def _time_of_saying(context: Context, time: TimeMention) -> bool:
    """'told reporters on Monday that the premier's visit will take place later this year': Monday is when it
    was said, not when the visit is."""
    if time.when is None or time.when.precision is not Precision.DAY:
        return False  # 'said earlier this week that': a vaguer time of saying is left to the clause
    if not _THAT_AFTER.match(context.text, time.end):
        return False
    return bool(speech_verbs(context.text, max(0, time.start - _SAYING_REACH), time.start))


_SPEAKER_AFTER = cue("speaker_after")
# Nothing but punctuation after a time until the sentence ends.
_SENTENCE_ENDS = re.compile(r"[\s.;:!\"'”’)]*")


_TIME_OPENS_CLAUSE = cue("time_opens_clause")


def _opens_next_clause(context: Context, time: TimeMention, trigger: Trigger) -> bool:
    """'They also witnessed the signing of 30 documents, and later this evening they are due to ...': a time
    right after ', and' opens the next clause and dates nothing before it."""
    if time.start < trigger.end:
        return False
    return _TIME_OPENS_CLAUSE.search(context.text, trigger.end, time.start) is not None


def _time_of_closing_speaker(context: Context, time: TimeMention, trigger: Trigger) -> bool:
    """'Xi will ... pay state visits to Kazakhstan and Tajikistan, Beijing announced on Friday': the day of
    the speaker who closes the sentence after a comma is when it was said, not when the visits are."""
    sentence = context.sentence_at(time.start)
    if sentence is None or time.start < trigger.end or time.when is None:
        return False
    if not _SENTENCE_ENDS.fullmatch(context.text, time.end, sentence.end):
        return False
    return any(
        found.start("rest") <= time.start and time.end <= found.end("rest")
        for found in _SPEAKER_AFTER.finditer(context.text, trigger.end, sentence.end)
    )


def _whole_day(when: When) -> When:
    """An event is dated to its day: a clock time ('13:20 - ... received', 'on Tuesday morning') tells when
    it was reported or roughly when in the day, not another day."""
    if when.precision is Precision.TIME and when.start is not None and when.start == when.end:
        return When.day(when.start)
    return when


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_YEARLESS_RULES = ("month:", "month day", "part of a period: month without a year")


def _narrative_year(context: Context, chosen: TimeMention, sentence: Sentence) -> When:
    """'The thaw began in March 2023 ... Kishida went to Seoul in May': a month or day without a year, told in
    the past right after an earlier year was written (in the same or the previous sentence of the paragraph),
    is in that year, not in the publication's."""
    when = chosen.when
    assert when is not None
    if (
        when.start is None
        or not chosen.rule.startswith(_YEARLESS_RULES)
        or not _PAST_DIRECTION.search(chosen.rule)
    ):
        return when
    scope = context.sentences[max(0, sentence.index - 1)].start
    anchors = [
        t
        for t in context.times_in(scope, chosen.start)
        if t.when is not None
        and t.when.start is not None
        and _YEAR_WRITTEN.search(t.text)
        # 'his seventh visit since 2015. He visited India in January': a bound of a period sets no year
        and not _BOUND.search(context.text, max(0, t.start - _BOUND_REACH), t.start)
    ]
    if not anchors or _PARAGRAPH_BREAK.search(context.text, anchors[-1].end, chosen.start):
        return when
    anchor = anchors[-1].when
    assert anchor is not None and anchor.start is not None
    if anchor.start.year >= when.start.year:
        return when
    if anchor.precision is not Precision.YEAR and anchor.start.month > when.start.month:
        return when
    try:
        moved = when.start.replace(year=anchor.start.year)
    except ValueError:
        return when
    if when.precision is Precision.DAY:
        return When.day(moved)
    if when.precision is Precision.MONTH:
        return When.from_timex(f"{moved.year:04d}-{moved.month:02d}", None)
    return when


def _coming_end(context: Context, chosen: TimeMention, when: When) -> When:
    """'The Prime Minister is on a three-day visit that ends on Wednesday' (told on Tuesday): the end of an
    event under way is the coming weekday, whatever the time expression alone would make of it."""
    published = context.published
    if (
        published is None
        or when.precision is not Precision.DAY
        or when.start is None
        or when.start >= published
        or not chosen.rule.startswith("weekday")
        or not cue("ends_ahead").search(context.text, max(0, chosen.start - 30), chosen.start)
    ):
        return when
    return When.day(when.start + dt.timedelta(days=7))


def _stay_ends_on(context: Context, chosen: TimeMention, when: When) -> bool:
    """'The state visit will conclude on 25 September': the day is the last of a stay begun before."""
    return (
        when.precision is Precision.DAY
        and not when.is_range
        and _STAY_UNTIL.search(context.text, max(0, chosen.start - 30), chosen.start) is not None
    )


def _under_way_until(context: Context, chosen: TimeMention, when: When) -> When:
    """'Xi is on a state visit to Kazakhstan that runs through Wednesday', 'the forum, which runs until
    Wednesday' (told on Monday): an event under way on the day of the report lasts from then to that day."""
    published = context.published
    if (
        published is None
        or when.precision is not Precision.DAY
        or when.start is None
        or when.is_range
        or not published < when.start <= published + dt.timedelta(days=_LONGEST_STAY)
        or not cue("ends_ahead").search(context.text, max(0, chosen.start - 30), chosen.start)
    ):
        return when
    return When.span(published, when.start)


def _next_or_previous_day(context: Context, chosen: TimeMention, when: When, clause: tuple[int, int]) -> When:
    """'the day after her oath on July 16': July 17; 'the day before the summit on Friday': Thursday."""
    if when.precision is not Precision.DAY or when.start is None:
        return when
    window = (max(clause[0], chosen.start - 60), chosen.start)
    for name, days in (("day_after", 1), ("day_before", -1)):
        if cue(name).search(context.text, *window):
            return When.day(when.start + dt.timedelta(days=days))
    return when


_DAYS_APART = cue("days_apart_between")
_EVE = cue("eve_between")


def _days_apart(context: Context, chosen: TimeMention, when: When, trigger: Trigger) -> When:
    """'held talks on Tuesday, a day after he landed in Port Moresby': the landing was on Monday; 'met on
    August 30, on the eve of the summit': the summit was on August 31."""
    if when.precision is not Precision.DAY or when.start is None or chosen.end > trigger.start:
        return when
    if _EVE.fullmatch(context.text, chosen.end, trigger.start):
        return When.day(when.start + dt.timedelta(days=1))
    match = _DAYS_APART.fullmatch(context.text, chosen.end, trigger.start)
    if match is None:
        return when
    days = COUNT_WORDS.get(match.group(1).lower(), 1)
    sign = -1 if match.group(2).lower() == "after" else 1
    return When.day(when.start + dt.timedelta(days=sign * days))


_MONTHS_APART = cue("months_apart_before")


def _months_apart(context: Context, chosen: TimeMention, when: When, trigger: Trigger) -> When:
    """'travelled there in June 2018 for a summit in Qingdao, two months after an informal summit with Xi':
    the earlier summit was in April."""
    if when.precision is not Precision.MONTH or when.start is None or chosen.end > trigger.start:
        return when
    match = _MONTHS_APART.search(context.text, chosen.end, trigger.start)
    if match is None or match.end() != trigger.start:
        return when
    months = COUNT_WORDS.get(match.group(1).lower(), 1)
    sign = -1 if match.group(2).lower() == "after" else 1
    return shifted(when, sign * months, "M") or when


_DAYS_IN_UNIT = {"D": 1, "W": 7}


def shifted(when: When, count: int, unit: str) -> When | None:
    """`when` moved by `count` TIMEX3 units (Y, M, W, D), at the precision both support: a month moved by
    months or years is a month (so is a day moved by years: 'a year later' is no exact day), a day by weeks a
    day; a month moved by days, or a year by months, names no one period."""
    start = when.start
    if start is None or when.is_range:
        return None
    if unit == "Y" and when.precision is Precision.YEAR:
        return When.from_timex(f"{start.year + count:04d}", None)
    if unit == "Y":
        unit, count = "M", 12 * count
    if unit == "M" and when.precision in (Precision.MONTH, Precision.DAY):
        index = start.year * 12 + start.month - 1 + count
        return When.from_timex(f"{index // 12:04d}-{index % 12 + 1:02d}", None)
    if unit in _DAYS_IN_UNIT and when.precision is Precision.DAY:
        return When.day(start + dt.timedelta(days=count * _DAYS_IN_UNIT[unit]))
    return None


_LATER_AFTER_PERIOD = cue("later_after_period")
_PERIOD_OPENING_BEFORE = cue("period_opening_before")
_COUNTED_PERIOD = re.compile(r"P(\d+)([DWMY])")


def _later_in_clause(
    context: Context, sentence: Sentence, clause: tuple[int, int], chosen: TimeMention | None
) -> When | None:
    """'received the five leaders in Berlin in September 2023 and travelled to Astana a year later': an
    amount of time and 'later' in the event's own clause, after the time told before the event word, count
    from the last date told before it (September 2024)."""
    for time in context.times_in(max(clause[0], chosen.end if chosen is not None else 0), clause[1]):
        counted = _COUNTED_PERIOD.fullmatch(time.value) if time.type == "DURATION" else None
        if counted is not None and _LATER_AFTER_PERIOD.match(context.text, time.end):
            return _counted_from_last_date(
                context, sentence, (int(counted.group(1)), counted.group(2)), time.start
            )
    return None


def _period_later(context: Context, sentence: Sentence) -> tuple[int, str] | None:
    """'Five months later, Tokayev was in Beijing', 'Two months after that': how long after the date told
    before it the sentence's events took place, as a count of TIMEX3 units."""
    times = context.times_in(sentence.start, sentence.end)
    if not times or times[0].type != "DURATION":
        return None
    opening = times[0]
    counted = _COUNTED_PERIOD.fullmatch(opening.value)
    if (
        counted is None
        or not _PERIOD_OPENING_BEFORE.fullmatch(context.text, sentence.start, opening.start)
        or not _LATER_AFTER_PERIOD.match(context.text, opening.end)
    ):
        return None
    return int(counted.group(1)), counted.group(2)


# 'Five months later' counts from a date told at most this many sentences before it.
_PERIOD_REACH = 3


def _counted_from_last_date(
    context: Context, sentence: Sentence, period: tuple[int, str], end: int
) -> When | None:
    """'His first foreign trip, to Moscow in April 2019 ... Five months later, Tokayev was in Beijing': the
    last date told before `end`, moved by the amount of time (September 2019)."""
    first = context.sentences[max(0, sentence.index - _PERIOD_REACH)].start
    told = [
        t.when
        for t in context.times_in(first, end)
        if t.type == "DATE" and t.when is not None and t.when.is_known and not _in_dateline(context, t)
    ]
    return shifted(told[-1], *period) if told else None


_DAY_PAIR_JOIN = cue("day_pair_join")
_PLANNED = cue("planned")


# A visit or a summit written as two days lasts at most this long.
_LONGEST_STAY = 14


def _day_pair(context: Context, chosen: TimeMention, when: When, planned: bool) -> When | None:
    """'from Friday to Saturday', 'on Sunday and Monday': the days a visit or summit lasts."""
    if when.precision is not Precision.DAY or when.start is None:
        return None
    times = context.times
    index = next((i for i, t in enumerate(times) if t is chosen), None)
    if index is None:
        return None
    for first, second in ((index, index + 1), (index - 1, index)):
        if first < 0 or second >= len(times):
            continue
        gap = context.text[times[first].end : times[second].start]
        if not _DAY_PAIR_JOIN.fullmatch(gap):
            continue
        days = [times[first], times[second]]
        # 'arrived on Monday and will leave on Thursday': the day of leaving is ahead even after an arrival
        ahead = [planned, planned or bool(_PLANNED.search(gap))]
        dated = [
            ahead_if_planned(t, context.published) if is_ahead else t.when
            for t, is_ahead in zip(days, ahead, strict=True)
            if t.when is not None
        ]
        if len(dated) != 2 or any(d.precision is not Precision.DAY or d.start is None for d in dated):
            continue
        start, end = dated[0].start, dated[1].start
        assert start is not None and end is not None
        if end <= start and days[1].rule.startswith("weekday"):
            end += dt.timedelta(days=7)  # 'is on a visit from Sunday to Wednesday' (told on Tuesday)
        if start < end and (end - start).days <= _LONGEST_STAY:
            return When.span(start, end)
    return None


_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
_ATTRIBUTIVE_BEFORE = cue("attributive_year_before")
_ATTRIBUTIVE_AFTER = cue("attributive_year_after")
_TARGET_BEFORE = cue("target_before")
_OTHER_EPISODE_BEFORE = cue("other_episode_before")
_PAST_PLAN = cue("past_plan")
_LAST_TRIP = cue("last_trip")
_OTHER_EPISODE_AFTER = cue("other_episode_after")
_HORIZON = cue("horizon")
# The noun a year written before it modifies ends within this many characters.
_NOUN_PHRASE = 40
# 'the partnership concluded in ': a participle right after a noun dates that noun, not the event before
_NOUN_PARTICIPLE_BEFORE = re.compile(rf"(?<=[a-z])\s+{fragment('participle')}\s+$")


# 'On that occasion', 'On the same occasion' opening a sentence: the day of the event told before
_THAT_OCCASION = cue("that_occasion")
# 'Days later' opening a sentence: the month of the day written in the sentence before
_DAYS_LATER = cue("days_later")
# 'During the visit,' opening a sentence: of the visit told before
_DURING_THAT_VISIT = cue("during_that_visit")
_PARTICIPLE_AT = re.compile(fragment("participle"), re.IGNORECASE)
# a lower-case noun right before the participle, not an adverb or a subject pronoun or auxiliary
_NOUN_BEFORE = re.compile(r"\b[a-z][a-z'’-]*(?<!ly)\s+$")
_NOT_A_NOUN_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|it|they|he|she|we|who|which|that|and|or)\s+$",
    re.IGNORECASE,
)


_CLOSED_RELATIVE_ASIDE = cue("closed_relative_aside")


def _in_closed_relative_aside(
    context: Context, sentence: Sentence, time: TimeMention, trigger: Trigger
) -> bool:
    """A time in a relative clause set off by commas ('Türkiye, which became a NATO Ally in 1952,') that
    closes before the event word."""
    if time.end > trigger.start or "," not in context.text[time.end : trigger.start]:
        return False
    return _CLOSED_RELATIVE_ASIDE.search(context.text, sentence.start, time.start) is not None


def _opens_reduced_relative(text: str, trigger: Trigger) -> bool:
    """'handed over at the end of 1999 under treaties signed by Carter and Torrijos in 1977': a participle
    right after its noun opens a clause about that noun, dated by its own time, not by the one before."""
    if _PARTICIPLE_AT.match(text, trigger.start) is None:
        return False
    before = last_words(text[: trigger.start], 30)
    return _NOUN_BEFORE.search(before) is not None and _NOT_A_NOUN_BEFORE.search(before) is None


# An event noun set after or before another event by its verb: what follows is the other event
_CAME_AFTER = cue("came_after")


def _may_date(context: Context, time: TimeMention, trigger: Trigger, kind: str) -> bool:
    """Not a year that names another thing ('agreed to start talks on upgrading their 2004 free trade
    agreement': a document, which the year still dates when it is the event), nor a target year ahead
    ('discussed a plan to raise trade to $150 billion by 2030'), nor the span a deal runs over ('deals worth
    $35 billion over the next decade')."""
    text = context.text
    horizon = _HORIZON.search(text, max(0, time.start - 12), time.end)
    if horizon is not None and horizon.end() > time.start:
        return False
    if _inside_name(context, time) or _LONE_MONTH_ABBREVIATION.fullmatch(time.text):
        return False  # 'Director General Yu Jun.': a month in a name, or cut short alone, is no time
    if (
        trigger.end < time.start
        and "," in text[trigger.end : time.start]
        and _NOUN_PARTICIPLE_BEFORE.search(text, max(0, time.start - 40), time.start)
    ):
        return False  # "a joint declaration, a document that updates the partnership concluded in 2009"
    if _scheduled_for_later_event(context, time, trigger):
        return False
    if trigger.end < time.start and _CAME_AFTER.match(text, trigger.end, time.start):
        return False  # 'The meeting came about a month after Lee visited Tokyo on Aug. 23': the visit's day
    if trigger.end < time.start and _GERUND_PHRASE_BETWEEN.search(text, trigger.end, time.start):
        return False  # 'will also meet Kim before returning home on Sept 26': the day of the return
    if time.end <= trigger.start and _LATER_EVENT_BEFORE.search(
        text, max(time.end, trigger.start - 80), trigger.start
    ):
        return False  # 'met on Monday ahead of the summit': Monday is the meeting's day, not the summit's
    last_trip = _LAST_TRIP.search(text, max(trigger.end, time.start - 30), time.start)
    if last_trip is not None and not last_trip.start() <= trigger.start < time.start:
        return False  # 'Xi is on a state visit to South Korea ...; he last came in July 2014': that trip's
    if not _YEAR_ONLY.fullmatch(time.text):
        # 'as part of a trip including a Nov. 11 event in Paris': a day written before a noun names that noun
        if _names_the_noun_after(text, time, trigger):
            return False
        # 'will hold their summer meeting in Tórshavn on 16 June': a season written before the event noun
        # names which of a series it is, not when it is held
        return not (
            time.when is not None
            and time.when.precision is Precision.SEASON
            and _ATTRIBUTIVE_BEFORE.search(text, max(0, time.start - 12), time.start) is not None
            and _ATTRIBUTIVE_AFTER.match(text, time.end) is not None
        )
    if _OTHER_EPISODE_BEFORE.search(text, max(0, time.start - 40), time.start) or (
        _ATTRIBUTIVE_BEFORE.search(text, max(0, time.start - 12), time.start)
        and _OTHER_EPISODE_AFTER.match(text, time.end)
    ):
        return False  # 'After the war of 1971, Gandhi and Bhutto sign the Simla Agreement': a war's year
    in_range = _RANGE_AFTER_YEAR.match(text, time.end) or _RANGE_BEFORE_YEAR.search(
        text, max(0, time.start - 8), time.start
    )
    if kind != "agreement" and in_range:
        return False  # 'met in Tashkent to review the roadmap for 2025–2026': a period, not a meeting's year
    if _NAME_BEFORE_YEAR.search(text, max(0, time.start - 30), time.start):
        return False  # 'Abu Dhabi Sustainability Week 2025', 'Expo 2020': the year is part of a name
    if kind != "agreement" and _names_the_noun_after(text, time, trigger):
        return False
    published = context.published
    return not (
        published is not None
        and int(time.text) > published.year
        and _TARGET_BEFORE.search(text, max(0, time.start - 20), time.start)
    )


_LATER_EVENT_BEFORE = cue("later_event_before")
_GERUND_PHRASE_BETWEEN = cue("gerund_phrase_between")


def _names_the_noun_after(text: str, time: TimeMention, trigger: Trigger) -> bool:
    """A time between a determiner and a lower-case word ('their 2004 free trade agreement', 'a Nov. 11
    event') names the thing written after it, which is the event only when its word stands there."""
    # the determiner may open the time expression itself ('guest of honour of the 14 July parade')
    opening = time.text.split(" ", 1)[0] + " "
    return (
        (
            _ATTRIBUTIVE_BEFORE.search(text, max(0, time.start - 12), time.start) is not None
            or _ATTRIBUTIVE_BEFORE.fullmatch(opening) is not None
        )
        and _ATTRIBUTIVE_AFTER.match(text, time.end) is not None
        and not time.end < trigger.start <= time.end + _NOUN_PHRASE
    )


_SCHEDULED_FOR_BEFORE = cue("scheduled_for_before")
_MOVED_UNTIL = cue("moved_until")
# how far before a time the words scheduling it may start
_SCHEDULING_REACH = 30


def _scheduled_for_later_event(context: Context, time: TimeMention, trigger: Trigger) -> bool:
    """'During the telephone talk the sides stressed the upcoming forum in Aktau scheduled for September 30':
    the day another event word between the event and the time is scheduled for is that event's."""
    later = bisect.bisect_right(context.trigger_starts, trigger.start)
    if later >= len(context.trigger_starts) or context.trigger_starts[later] >= time.start:
        return False
    start = max(context.trigger_starts[later], time.start - _SCHEDULING_REACH)
    return _SCHEDULED_FOR_BEFORE.search(context.text, start, time.start) is not None


# A capitalized word right before a year, or joined to it ('EXPO-2017'), not a word that opens a phrase of
# time ('In 2025', 'Since 2019').
_NAME_BEFORE_YEAR = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|On|At|By|Since|Until|Till|From|For|Of|And|Or|The|Early|Late|Mid|Until|Before|After|"
    r"During|Through|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter)\b)[A-Z][\w'’-]*(?:\s+|(?<=[A-Za-z])-)$"
)


# News writes a month short only with its day or year ('Jun. 5'); alone it is a name ('Yu Jun').
_LONE_MONTH_ABBREVIATION = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")


_RANGE_AFTER_YEAR = re.compile(r"\s*[–—-]\s*(?:1[89]|20)?\d\d\b")
_RANGE_BEFORE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\s*[–—-]\s*$")


def _inside_name(context: Context, time: TimeMention) -> bool:
    """'Director General Yu Jun.', 'Theresa May': a month in a person's name is no time."""
    index = bisect.bisect_right(context.mention_starts, time.start) - 1
    if index < 0:
        return False
    mention = context.mentions[index]
    return mention.kind in ("person", "organization") and mention.end >= time.end


# A 'since' clause runs this far before the time it holds.
_BOUND_REACH = 100


def _is_bound(text: str, time: TimeMention, trigger: Trigger) -> bool:
    """A time in a 'since' or 'until' phrase, unless the phrase is the event's ('since his visit in May') or
    the new date of a postponement ('postponed until mid-April')."""
    if _MOVED_UNTIL.search(text, max(0, time.start - _BOUND_REACH), time.start):
        return False
    match = _BOUND.search(text, max(0, time.start - _BOUND_REACH), time.start)
    return match is not None and not match.start() <= trigger.start < time.start


def time_before_when(context: Context, sentence: Sentence, clause: tuple[int, int]) -> TimeMention | None:
    """The time a ', when' clause hangs on, if it ends the clause before."""
    if clause[0] <= sentence.start:
        return None
    match = _WHEN_AFTER_TIME.search(context.text, max(sentence.start, clause[0] - 16), clause[0])
    if match is None:
        return None
    before = [t for t in context.times_in(sentence.start, match.start()) if usable_time(t)]
    # 'visited Tokyo on Aug. 23 for his first bilateral trip to Japan as president, when the two leaders
    # issued a joint press statement': the phrase after the day still tells that day's event
    if not before or not _is_date(before[-1]):
        return None
    gap = match.start() - before[-1].end
    if gap <= 1 or (
        _WHEN.match(match.group())
        and gap <= _WHEN_REACH
        and not _ANOTHER_EVENT_AFTER.search(context.text, before[-1].end, match.start())
    ):
        return before[-1]
    return None


# How far before ', when' the day it hangs on may end, unless the words between move on to another event
# ('returned on Saturday after his working visit, when'); 'during which' after a trip's words is of its days.
_WHEN = re.compile(r",?\s*when\b", re.IGNORECASE)
_WHEN_REACH = 60
_ANOTHER_EVENT_AFTER = re.compile(r"\b(?:after|before|following|since|until|ahead\s+of)\b", re.IGNORECASE)


def _scheduled_after(
    context: Context, sentence: Sentence, clause: tuple[int, int], trigger: Trigger
) -> TimeMention | None:
    """'his state visit to Germany, which had been scheduled for early July': the relative clause dates it,
    unless another event word stands between ('held consultations on the next session, which ...')."""
    if clause[1] >= sentence.end or context.next_trigger(trigger.end, clause[1]) < clause[1]:
        return None
    following = clause_of(sentence, clause[1])
    if not _SCHEDULED_RELATIVE.match(context.text, max(sentence.start, clause[1] - 12), following[1]):
        return None
    times = [t for t in context.times_in(following[0], following[1]) if _is_date(t)]
    return times[0] if times else None


# A month or season written without its year, whose year the tagger chose.
_YEARLESS_PERIOD = re.compile(
    r"^(?:season: season of the reference year|(?:month|part of a period): month without)"
)


def ahead_if_planned(time: TimeMention, published: dt.date | None) -> When:
    """A weekday or year-less date of an event still to come that the tense around it put in the past
    ('was then to pay a visit on Sunday', 'will travel on Tuesday, the Kremlin said Friday', 'a visit in
    October, the presidency said'), or a year-less month or season already over ('expects the next round
    in the spring', told in December), moved ahead."""
    when = time.when
    assert when is not None
    if published is None or when.start is None or when.start >= published:
        return when
    if _YEARLESS_PERIOD.search(time.rule) and when.end is not None and when.end < published:
        # 'talks in the spring' told in December, 'a summit in October' told in April: the next one
        return When.from_timex(f"{when.start.year + 1:04d}{when.value[4:]}", when.modifier)
    if not _PAST_DIRECTION.search(time.rule):
        return when
    if time.rule.startswith(("weekday", "part of a weekday")) and when.precision is Precision.DAY:
        return When.day(when.start + dt.timedelta(days=7))
    if time.rule.startswith("month day") and when.precision is Precision.DAY:
        try:
            return When.day(when.start.replace(year=when.start.year + 1))
        except ValueError:
            return when
    if time.rule.startswith("month:") and when.precision is Precision.MONTH:
        # 'is expected to pay a return visit in October, the presidency said' (in August)
        return When.from_timex(f"{when.start.year + 1:04d}-{when.start.month:02d}", None)
    return when


# An event word in the past tense ('who arrived in the Kingdom on Tuesday, will be received on Thursday').
_PAST_VERB = re.compile(r"(?i:[a-z]+ed|met|held|flew|went|came|made|paid|spoke|took|led)\b")


def back_if_past(time: TimeMention, when: When, published: dt.date | None) -> When:
    """A weekday of an event told in the past that the future tense around it put ahead, moved back; so is a
    month without a year not yet begun ('met twice, in Beijing in May', told in April: last May)."""
    if published is None or when.start is None or when.start <= published:
        return when
    if when.precision is Precision.MONTH and time.rule.startswith(_YEARLESS_RULES):
        return When.from_timex(f"{when.start.year - 1:04d}{when.value[4:]}", when.modifier)
    if when.precision is not Precision.DAY or not time.rule.startswith("weekday"):
        return when
    if "after the reference" not in time.rule:
        return when
    return When.day(when.start - dt.timedelta(days=7))


_RELATIVE = cue("relative_clause_between")


def _may_govern(context: Context, time: TimeMention, trigger: Trigger) -> bool:
    """A time before the event word, or after it but not inside a relative clause (a participle phrase
    closed before it is none: 'The summit, chaired by Kazakhstan, commences today')."""
    if time.start < trigger.start:
        return True
    position = trigger.end
    while (relative := _RELATIVE.search(context.text, position, time.start)) is not None:
        aside_end = participle_aside_end(context.text, relative.start())
        if aside_end is None or aside_end > time.start:
            return False
        position = aside_end
    return True


def _is_date(time: TimeMention) -> bool:
    """A calendar date, possibly without its year ('XXXX-02-09'), not a vague or weekless one."""
    when = time.when
    if when is None or when.precision is Precision.UNKNOWN:
        return False
    if not when.is_known and not when.value.startswith("XXXX-"):
        return False
    return not when.value.startswith("XXXX-XX") and "WXX" not in when.value


# Between a time and a later event word: the time belongs to the verb before the conjunction
# ('arrived on Monday and held talks on Tuesday', 'travels on Thursday, and he will meet ... on Friday').
_CONJUNCT_BETWEEN = cue("conjunct_between")
# ... and a time before 'and later' is the earlier verb's even with no time after the event word
_SEQUEL_BETWEEN = cue("sequel_between")


def _nearest_known(text: str, times: list[TimeMention], trigger: Trigger) -> TimeMention | None:
    known = [t for t in times if _is_date(t)]
    if not known:
        return None
    after = [t for t in times if t.start > trigger.start]

    def distance(t: TimeMention) -> int:
        if t.start > trigger.start:
            return t.start - trigger.start + 5
        if after and _CONJUNCT_BETWEEN.search(text, t.end, trigger.start):
            return len(text)
        if _SEQUEL_BETWEEN.search(text, t.end, trigger.start):
            return len(text)  # 'visited Kyiv in January 2024, and later travelled to Chisinau': after it
        return trigger.start - t.start

    nearest = min(known, key=distance)
    if distance(nearest) == len(text):
        # 'last convened in 2019 and is expected to meet later this year' (no year to count from): the
        # earlier verb's date is not this one's, even when this one's own time names no year
        return None
    return nearest


_STAY_UNTIL = cue("stay_until")


def _stay_until(context: Context, chosen: TimeMention, when: When, sentence: Sentence) -> When | None:
    """'arrived on Monday for a state visit that lasts until Wednesday': the day the stay ends, written later
    in the sentence, closes it (a weekday end falls after the first day)."""
    if when.precision is not Precision.DAY or when.start is None:
        return None
    for time in context.times_in(chosen.end, sentence.end):
        if time.when is None or time.when.precision is not Precision.DAY or time.when.start is None:
            continue
        if not _STAY_UNTIL.search(context.text, max(chosen.end, time.start - 30), time.start):
            continue
        end = time.when.start
        if end <= when.start and time.rule.startswith("weekday"):
            end += dt.timedelta(days=7)
        if when.start < end and (end - when.start).days <= _LONGEST_STAY:
            return When.span(when.start, end)
        return None
    return None


def _not_ahead(context: Context, time: TimeMention) -> bool:
    """The time is a day no later than the story's publication day."""
    when = time.when
    return (
        context.published is not None
        and when is not None
        and when.precision is Precision.DAY
        and when.end is not None
        and when.end <= context.published
    )


_THEN_ENDED = cue("then_ended")
# The longest gathering or stay an opening and closing day in one sentence are read as
_OPENED_ENDED_DAYS = 10


def _opened_then_ended(context: Context, chosen: TimeMention, when: When, sentence: Sentence) -> When:
    """'The summit opened in Khankendi on July 3 and concluded today': from the first day to the last."""
    if when.start is None or when.is_range or when.precision is not Precision.DAY:
        return when
    verb = _THEN_ENDED.match(context.text, chosen.end, sentence.end)
    if verb is None:
        return when
    last = next(
        (t for t in context.times_in(verb.end(), sentence.end) if t.start == verb.end()),
        None,
    )
    if (
        last is None
        or last.when is None
        or last.when.precision is not Precision.DAY
        or last.when.start is None
    ):
        return when
    days = (last.when.start - when.start).days
    return When.span(when.start, last.when.start) if 0 < days <= _OPENED_ENDED_DAYS else when


def multi_day_span(context: Context, when: When, clause: tuple[int, int], sentence: Sentence) -> When:
    """A 'two-day' visit or summit dated by one day covers those days (up to that day if it ended then); the
    number may stand in the sentence's other clause ('Majaliwa, who arrived in Kampala on Monday, is on a
    three-day official visit'), when it is the only one there."""
    if when.start is None or when.start != when.end or when.is_range:
        return when
    match = _MULTI_DAY.search(context.text, clause[0], clause[1])
    own = clause
    if match is None:
        spans = list(_MULTI_DAY.finditer(context.text, sentence.start, sentence.end))
        match = spans[0] if len(spans) == 1 else None
        # 'as the two-day gathering drew to a close': the clause of the number says whether it ended
        own = clause_of(sentence, match.start())[:2] if match is not None else clause
        if match is not None and any(
            t.when is not None and t.when.precision is Precision.DAY for t in context.times_in(*own)
        ):
            # 'arrived on Thursday for a three-day visit and is expected to leave for Tashkent on Sunday': the
            # days are those of the stay that clause dates, not of the next trip
            return when
    if match is None:
        return when
    days = COUNT_WORDS.get(match.group(1).lower()) or int(match.group(1))
    # 'Modi's three-day state visit, which ended on Sunday': the relative clause right after it says so
    verb = _ENDED.search(context.text, clause[1], sentence.end) if clause[1] < sentence.end else None
    ended_after = (
        verb is not None
        and not context.text[clause[1] : verb.start()].strip()
        and _WHICH_BEFORE.search(context.text, max(0, clause[1] - 8), clause[1]) is not None
    )
    if _ENDED.search(context.text, clause[0], clause[1]) or _ENDED.search(context.text, *own) or ended_after:
        return When.span(when.start - dt.timedelta(days=days - 1), when.start)
    return When.span(when.start, when.start + dt.timedelta(days=days - 1))
