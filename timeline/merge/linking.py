"""Whether two documents' accounts describe the same real-world happening.

`same_happening` decides for one pair of facts and looks at nothing else,
so the answer never depends on which other reports are in the corpus or
in which order they come. The rules, kind by kind:

- Dates must not contradict each other. A report without a date is tied
  to its publication date: a planned event happens after the announcement
  (within `PLANNED_HORIZON`), a reported one shortly before the report
  (within `RECENT_WINDOW`). Two undated reports with no publication date
  only match inside one document.
- Meetings, calls, visits and statements need the same actors: two shared
  people or organizations, or, when both reports give a date (or both
  name the country a visit goes to), one when the other report names no
  one else (``Tokayev`` and ``Tokayev met Wang Yi``). Tokayev meeting Cai and
  Tokayev meeting Zou on one day share only Tokayev, so they stay apart.
- Places must not differ (a visit goes to its host country), except that
  a meeting's venue and city do not contradict each other when both
  reports give the day (``at the Akorda``, ``in Astana``); summit names,
  agreement instruments and amounts must not differ (`labels_agree`). Statements match on the same day
  only: a spokesperson speaks every day.
- `Other` milestones (the establishment of relations) happen once: the
  same label and states match whatever the dates say, and the differing
  dates stay visible as a conflict.
- Within one document: two events read from the same sentence were told
  apart by the extractor and stay apart unless they are identical; an
  event that happened and one still to come are two events; a second
  mention names the same actors.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from rapidfuzz import fuzz

from timeline.merge.facts import Fact, place_key
from timeline.merge.names import is_person_key
from timeline.model import Precision, Status, When
from timeline.temporal.lexicon import numbers_in

# An announcement's vague "soon" or "will visit" is matched to a happening at most this long after it.
PLANNED_HORIZON = dt.timedelta(days=92)
# An undated mention of something that happened refers to at most this long before the report.
RECENT_WINDOW = dt.timedelta(days=31)
# A summit runs over several days, and each outlet dates it by the session it reports.
SUMMIT_DAYS_APART = dt.timedelta(days=1)

# Spellings of one unknown person's name (`Zou Jiayi`, `Zou Jia-yi`) score above this.
_SAME_NAME = 90.0
# One word spelled two ways ("Organisation", "Organization") scores above this.
_SAME_WORD = 85.0
_SAME_AMOUNT = 0.01

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?")

# A tuple, not a set: membership by identity spares hashing an enum member, which is done in Python.
_DAY_OR_FINER = tuple(precision for precision in Precision if precision.rank <= Precision.DAY.rank)

# Kinds whose reports name a venue or its city interchangeably; a visit or summit is where it is.
_VENUE_BLIND = frozenset({"meeting", "call", "statement", "agreement"})
# Within one article, what happened is never what is still to come or what was called off.
_HAPPENED_AND_NOT = (
    frozenset({Status.PLANNED, Status.HAPPENED}),
    frozenset({Status.CANCELLED, Status.HAPPENED}),
)
_MEETING_LIKE = frozenset({"meeting", "call", "visit", "statement"})


def is_country_name(place: str) -> bool:
    """True when a place name is the name of a country."""
    return place_key(place).startswith("|")


def yearless(when: When) -> tuple[int, int | None] | None:
    """Month and day of a date written without a year (``XXXX-02-09``), else None."""
    if when.start is not None and when.end is not None:  # known: spare the pattern
        return None
    match = _YEARLESS.match(when.value)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def is_vague(when: When) -> bool:
    """True for a date that pins down no day at all (unknown, ``FUTURE_REF``, ``XXXX-WXX``)."""
    return not when.is_known and yearless(when) is None


def same_happening(a: Fact, b: Fact) -> bool:
    """Whether facts `a` and `b` report the same real-world event."""
    if a.kind != b.kind:
        return False
    same_document = a.doc == b.doc and a.doc != ""
    if same_document and a.sentences & b.sentences:
        return a.account == b.account
    if same_document and {a.status, b.status} in _HAPPENED_AND_NOT:
        return False  # one article tells of one thing that happened and another that did not (yet)
    # every test is pure: the quickest that most often fails comes first
    return (
        _details_agree(a, b)
        and (_places_agree(a.place, b.place) or (a.kind in _VENUE_BLIND and _same_day(a.when, b.when)))
        and (a.kind == "other" or _dates_agree(a, b, same_document))
        and _actors_agree(a, b)
    )


def _same_day(a: When, b: When) -> bool:
    """Both dates name days (a venue and its city then do not tell two events apart)."""
    return (
        a.start is not None
        and a.end is not None
        and b.start is not None
        and b.end is not None
        and a.precision in _DAY_OR_FINER
        and b.precision in _DAY_OR_FINER
    )


def _places_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    city_a, _, country_a = a.partition("|")
    city_b, _, country_b = b.partition("|")
    if city_a and city_b:
        return False
    # a city and a country agree unless the city is known to lie elsewhere
    return not country_a or not country_b or country_a == country_b


def _details_agree(a: Fact, b: Fact) -> bool:
    if a.kind == "other":
        return a.label == b.label
    if a.kind == "statement" and not _same_day(a.when, b.when):
        return False  # a spokesperson speaks every day: only the day tells two statements apart
    if (
        a.label is not None
        and b.label is not None
        and not labels_agree(a.label, b.label)
        and not (a.kind == "summit" and _same_body(a, b))
    ):
        return False
    if a.amount is not None and b.amount is not None:
        (value_a, currency_a), (value_b, currency_b) = a.amount, b.amount
        if currency_a != currency_b or abs(value_a - value_b) > _SAME_AMOUNT * max(value_a, value_b):
            return False
    return True


def _same_body(a: Fact, b: Fact) -> bool:
    """Two reports of a summit of one body ('the 24th meeting of the SCO Council of Heads of State', 'the SCO
    summit'): outlets word its name their own ways, and only two different numbers tell sessions apart."""
    assert a.label is not None and b.label is not None
    numbers_a, numbers_b = _label_parts(a.label)[0], _label_parts(b.label)[0]
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False
    return any(not is_person_key(key) for key in a.actors & b.actors)


@functools.lru_cache(maxsize=65536)
def labels_agree(a: str, b: str) -> bool:
    """Whether two names of a summit or an instrument can name the same thing.

    Every word of the shorter must be in the longer, up to spelling
    (``Organisation``, ``Organization``): ``framework agreement`` and
    ``Partnership Framework Agreement`` agree, ``Aral Science Council``
    and ``Ural Science Council`` do not, nor the 14th and the 15th summit.
    """
    if a == b:
        return True
    (numbers_a, words_a), (numbers_b, words_b) = _label_parts(a), _label_parts(b)
    if numbers_a != numbers_b:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    return all(any(_same_word(word, other) for other in longer) for word in shorter)


# A large corpus compares far more pairs of labels than any cache of pairs holds, but its labels
# are made of few words: each label is split once, and each pair of words compared once.
@functools.lru_cache(maxsize=65536)
def _label_parts(label: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The numbers in a label (in digits or ordinal words: the second summit is not the first), and its
    words."""
    return numbers_in(label), tuple(label.split())


@functools.lru_cache(maxsize=262144)
def _same_word(word: str, other: str) -> bool:
    """`other` is `word`, or a spelling of it (for words of five letters or more)."""
    return word == other or (len(word) >= 5 and fuzz.ratio(word, other) >= _SAME_WORD)


def _matched(a: frozenset[str], b: frozenset[str]) -> tuple[int, set[str], set[str]]:
    """How many actors two reports share, and the ones each names alone."""
    shared = a & b
    only_a, only_b = set(a - shared), set(b - shared)
    count = len(shared)
    if count and only_a and only_b:
        # an unknown name spelled two ways ("Zhang Xiao", "Zhang Xiaw") is still one person
        for key in sorted(only_a):
            if not is_person_key(key):
                continue
            twin = next(
                (
                    other
                    for other in sorted(only_b)
                    if is_person_key(other) and fuzz.ratio(key, other) >= _SAME_NAME
                ),
                None,
            )
            if twin is not None:
                count += 1
                only_a.discard(key)
                only_b.discard(twin)
    return count, only_a, only_b


def _actors_agree(a: Fact, b: Fact) -> bool:
    if a.kind == "summit":
        return _summit_identified(a, b)
    if not a.actors or not b.actors:
        return _states_agree(a, b)
    if a.actors == b.actors:  # the common case: every test below then passes but that of the states
        return not (
            a.kind in ("other", "agreement") and a.countries and b.countries and a.countries != b.countries
        )
    count, only_a, only_b = _matched(a.actors, b.actors)
    if count == 0:
        return False
    if a.kind in ("other", "agreement") and a.countries and b.countries and a.countries != b.countries:
        return False
    if a.kind not in _MEETING_LIKE or a.kind == "statement" or count >= 2:
        return True
    placed = a.kind == "visit" and a.place is not None and b.place is not None
    if a.doc == b.doc or not ((a.when.is_known and b.when.is_known) or placed):
        # a second mention in one article names the same people (the extractor resolved them);
        # without dates (or, for a visit, the country) on both sides, one shared name is too little
        return not only_a and not only_b
    # one shared actor on one day: the same happening if one report names no one else
    return not only_a or not only_b


def _states_agree(a: Fact, b: Fact) -> bool:
    """Reports that name no people or organizations: match on the states involved."""
    if a.kind in _MEETING_LIKE and (a.actors or b.actors):
        return False
    return bool(a.countries) and a.countries == b.countries


def _summit_identified(a: Fact, b: Fact) -> bool:
    """Summits are known by name and venue; their guest lists differ from report to report."""
    if a.label is not None and b.label is not None:
        return True  # the names already agree
    if a.place is not None and a.place == b.place:
        return True
    return bool(a.actors & b.actors) or (bool(a.countries) and a.countries == b.countries)


def _dates_agree(a: Fact, b: Fact, same_document: bool) -> bool:
    first, second = a.when, b.when
    start_a, end_a, start_b, end_b = first.start, first.end, second.start, second.end
    if start_a is not None and end_a is not None and start_b is not None and end_b is not None:
        # both known: they overlap (`When.overlaps`), or are summit sessions a day apart
        return (start_a <= end_b and start_b <= end_a) or (
            a.kind == "summit" and _next_to(first, second, SUMMIT_DAYS_APART)
        )
    vague_a, vague_b = is_vague(first), is_vague(second)
    if vague_a and vague_b:
        return _undated_pair_agrees(a, b, same_document)
    if vague_a or vague_b:
        undated, dated = (a, b) if vague_a else (b, a)
        if dated.when.is_known:
            return _undated_fits(undated, dated.when)
        return same_document
    month_day_a, month_day_b = yearless(first), yearless(second)
    if month_day_a is not None and month_day_b is not None:
        return month_day_a[0] == month_day_b[0] and (
            month_day_a[1] is None or month_day_b[1] is None or month_day_a[1] == month_day_b[1]
        )
    return first.compatible(second)


def _next_to(a: When, b: When, gap: dt.timedelta) -> bool:
    """Whether the days `a` and `b` cover are at most `gap` apart."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end + gap and b.start <= a.end + gap


def _undated_fits(undated: Fact, when: When) -> bool:
    """Whether a report without a date can be about a happening on `when`.

    The days `when` covers must reach into the window after the
    announcement (planned) or before the report (happened, cancelled).
    """
    days = _fitting_days(undated)
    if days is None or when.start is None or when.end is None:
        return False
    return when.end >= days[0] and when.start <= days[1]


def _fitting_days(undated: Fact) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date must reach into to fit a report without one (None: no day)."""
    published = undated.published
    if published is None:
        return None
    if undated.status is Status.PLANNED:
        return published, published + PLANNED_HORIZON
    return published - RECENT_WINDOW, published


def _undated_pair_agrees(a: Fact, b: Fact, same_document: bool) -> bool:
    if same_document:
        return a.status is b.status
    if a.published is None or b.published is None:
        return False
    if a.status is b.status:
        return abs(a.published - b.published) <= RECENT_WINDOW
    if a.status is Status.PLANNED or b.status is Status.PLANNED:
        planned, later = (a, b) if a.status is Status.PLANNED else (b, a)
        assert later.published is not None and planned.published is not None
        return planned.published <= later.published <= planned.published + PLANNED_HORIZON
    return abs(a.published - b.published) <= RECENT_WINDOW


# How a link that involves a vague fact is ranked: (0 if the other fact is precise, else 1; days
# between the vague fact's publication and the other's date, or publication; then the two units).
VagueLink = tuple[int, int, int, int]

# The distance given to a link whose days cannot be compared (no publication date): taken last.
_FAR = 10**6


def is_precise(fact: Fact) -> bool:
    """Whether a fact's date names its day (a milestone is known by its label and counts as precise).

    Precise facts are clustered first; a vague one (a month, a year, ``XXXX-02-09``, no date at
    all) then joins at most one cluster of them, so that it cannot chain two happenings into one.
    """
    if fact.kind == "other":
        return True
    when = fact.when
    return when.start is not None and when.precision in _DAY_OR_FINER


def _days_from(published: dt.date | None, when: When) -> int:
    if published is None or when.start is None or when.end is None:
        return _FAR
    if published < when.start:
        return (when.start - published).days
    if published > when.end:
        return (published - when.end).days
    return 0


def vague_link(a: Fact, b: Fact) -> VagueLink | None:
    """How the link between two facts of one happening ranks; None when both are precise.

    News dates a vague mention from the day it is written ("on February 9", "this year"), so a
    vague fact joins the precise fact nearest its publication first; links between two vague facts
    come after every link to a precise one. Ties go to the smaller units, which come first in
    `merge`'s order: the choice depends only on the reports.
    """
    precise_a, precise_b = is_precise(a), is_precise(b)
    if precise_a and precise_b:
        return None
    if precise_a or precise_b:
        vague, other = (b, a) if precise_a else (a, b)
        return (0, _days_from(vague.published, other.when), vague.unit, other.unit)
    first, second = (a, b) if a.unit <= b.unit else (b, a)
    if a.published is None or b.published is None:
        return (1, _FAR, first.unit, second.unit)
    return (1, abs((a.published - b.published).days), first.unit, second.unit)


def links_in_block(
    facts: Sequence[Fact], *, across_documents: bool = False, known: Sequence[int] | None = None
) -> tuple[list[tuple[int, int]], list[VagueLink]]:
    """Pairs that report the same happening: precise ones as a spanning forest, and vague links.

    The first list holds pairs of precise facts (by position in `facts`):
    facts whose known dates cannot overlap are never compared (they are
    swept in date order), and pairs already connected through earlier
    links are skipped; the connected groups are the same as if every pair
    had been compared. The second holds every `vague_link` of a vague fact
    not already connected to the other fact, ranked; whether it is taken
    depends on the other links (`Clusters.attach`). With
    `across_documents`, facts of one document are not compared (the
    document's own reports were merged before). `known` can name, for
    each fact, a group already found (facts with equal numbers are not
    compared).
    """
    parent = list(range(len(facts)))
    if known is not None:
        first: dict[int, int] = {}
        for i, group in enumerate(known):
            parent[i] = first.setdefault(group, i)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: list[tuple[int, int]] = []

    def consider(i: int, j: int) -> None:
        root_i, root_j = root(i), root(j)
        if root_i == root_j or (across_documents and facts[i].doc == facts[j].doc):
            return
        if same_happening(facts[i], facts[j]):
            parent[max(root_i, root_j)] = min(root_i, root_j)
            links.append((min(i, j), max(i, j)))

    precise = [is_precise(fact) for fact in facts]
    dated = sorted(
        (i for i, fact in enumerate(facts) if precise[i] and fact.kind != "other"),
        key=lambda i: (facts[i].when.start, facts[i].when.end, i),
    )
    for position, i in enumerate(dated):
        end = facts[i].when.end
        assert end is not None
        for j in dated[position + 1 :]:
            start = facts[j].when.start
            assert start is not None
            if start > end:
                break
            consider(i, j)
    milestones = [i for i, fact in enumerate(facts) if precise[i] and fact.kind == "other"]
    for position, i in enumerate(milestones):
        for j in milestones[position + 1 :]:
            consider(i, j)

    if all(precise):
        return links, []
    # the vague links join nothing here: every fact's root is now final
    roots = [root(i) for i in range(len(facts))]
    # Across documents, an undated fact fits only days just before (or, announced, after) its
    # publication: in a large block, the precise facts it may match are found by their start.
    starts = [when.start for when in (facts[i].when for i in dated) if when.start is not None]
    longest = max(
        (
            when.end - when.start
            for when in (facts[i].when for i in dated)
            if when.start is not None and when.end is not None
        ),
        default=dt.timedelta(0),
    )
    vague: list[VagueLink] = []
    for i, fact in enumerate(facts):
        if precise[i]:
            continue
        start, end = fact.when.start, fact.when.end
        others: Sequence[int] = range(len(facts))
        if across_documents and is_vague(fact.when):
            days = _fitting_days(fact)
            near: Sequence[int] = ()
            if days is not None:
                near = dated[bisect_left(starts, days[0] - longest) : bisect_right(starts, days[1])]
            others = [*near, *milestones, *(j for j in range(i + 1, len(facts)) if not precise[j])]
        for j in others:
            other = facts[j]
            if j == i or (j < i and not precise[j]):
                continue  # each pair of vague facts once
            if across_documents and fact.doc == other.doc:
                continue
            if start is not None and end is not None and other.kind != "other":
                other_start, other_end = other.when.start, other.when.end
                if (
                    other_start is not None
                    and other_end is not None
                    and (other_start > end or other_end < start)
                ):
                    continue  # known dates that cannot overlap
            if roots[i] != roots[j] and same_happening(fact, other):
                ranked = vague_link(fact, other)
                assert ranked is not None
                vague.append(ranked)
    return links, vague
