"""Blocking: which facts are worth comparing at all.

Every fact gets a few keys; only facts that share a key are compared, so
the work grows with the number of facts, not with its square. A key is
``(kind, actor, time bucket)``; the keys cover every pair of facts from
different documents that `same_happening` can accept:

- actors: the key of each person or organization; reports that name
  neither use the set of states; summits, whose reports name different
  guests, also meet every summit of their month; a milestone's label is
  part of its keys;
- time: every year a known date touches; for an undated report, the
  years around its publication date that the matching windows reach; a
  year-less ``XXXX-02-09`` or ``XXXX-11`` uses its month, which dates of
  a month or less also carry; `Other` milestones match across dates, so they have
  one bucket for all time.

Keys are a pure function of one fact: a distributed runner can shuffle
facts by key and compare each group apart from the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Hashable

from timeline.merge.facts import Fact
from timeline.merge.linking import PLANNED_HORIZON, is_vague, yearless

BlockKey = tuple[Hashable, ...]

# A date spanning more years than this (a decade, a century) only meets other dates as coarse.
_MAX_YEARS = 12
# Dates of a month or less also meet year-less dates (``XXXX-02-09``, ``XXXX-11``) of their month.
_MAX_MONTH_DAYS = 31


_STATES_ALSO = frozenset({"summit", "agreement", "other"})


def _actor_tokens(fact: Fact) -> Collection[str]:
    if fact.actors and fact.kind not in _STATES_ALSO:
        return fact.actors
    states = "cs:" + "+".join(sorted(fact.countries)) if fact.countries else None
    if fact.kind == "summit":
        # reports of one summit name different guests and word its name differently
        tokens = set(fact.actors)
        if fact.label:
            tokens.add("n:" + fact.label)
        if fact.place:
            tokens.add("l:" + fact.place)
        if states:
            tokens.add(states)
        return tokens
    if fact.kind in ("agreement", "other"):
        return set(fact.actors) | ({states} if states else set())
    if fact.actors:
        return fact.actors
    return (states,) if states else ()


def _years(first: dt.date, last: dt.date) -> list[Hashable]:
    if last.year - first.year > _MAX_YEARS:
        return ["coarse"]
    return list(range(first.year, last.year + 1))


def _time_buckets(fact: Fact) -> list[Hashable]:
    if fact.kind == "other":
        return ["always"]
    when = fact.when
    if when.start is not None and when.end is not None:
        return _years(when.start, when.end)
    month_day = yearless(when)
    if month_day is not None:
        return [f"m:{month_day[0]:02d}"]
    if is_vague(when) and fact.published is not None:
        return _years(fact.published - PLANNED_HORIZON, fact.published + PLANNED_HORIZON)
    return []


def _months(buckets: list[Hashable]) -> list[Hashable]:
    """Year buckets split into months, so that every summit of a year is not one block."""
    months: list[Hashable] = []
    for bucket in buckets:
        if isinstance(bucket, int):
            months.extend((bucket, month) for month in range(1, 13))
        else:
            months.append(bucket)
    return months


def _month_buckets(fact: Fact) -> list[Hashable]:
    when = fact.when
    if when.start is not None and when.end is not None and (when.end - when.start).days <= _MAX_MONTH_DAYS:
        spanned = sorted({(when.start.year, when.start.month), (when.end.year, when.end.month)})
        return list[Hashable](spanned)
    if is_vague(when) and fact.published is not None:
        first, last = fact.published - PLANNED_HORIZON, fact.published + PLANNED_HORIZON
        months: list[Hashable] = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months
    # a year-less date meets summits of its month through their names, places and guests only
    return _months([bucket for bucket in _time_buckets(fact) if isinstance(bucket, int)])


def _calendar_months(fact: Fact) -> list[str]:
    """The months of the year a short known date falls in, where year-less dates may meet it."""
    when = fact.when
    if when.start is None or when.end is None or (when.end - when.start).days > _MAX_MONTH_DAYS:
        return []
    return sorted({f"m:{when.start.month:02d}", f"m:{when.end.month:02d}"})


def blocking_keys(fact: Fact, year_less: Collection[BlockKey] | None = None) -> list[BlockKey]:
    """The blocks `fact` belongs to; two facts are compared only if they share one.

    A known date also meets year-less dates of its month; `year_less`, when
    given, holds the keys of the year-less facts of the corpus, and the
    month keys of known dates are kept only where one of them is (which
    spares a key per fact when year-less dates are few).
    """
    if fact.kind == "other":  # one milestone, one label: the label is part of every key
        return [(fact.kind, fact.label, token) for token in _actor_tokens(fact)]
    kind = fact.kind
    buckets = _time_buckets(fact)
    tokens = _actor_tokens(fact)
    keys: list[BlockKey] = [(kind, token, bucket) for token in tokens for bucket in buckets]
    if year_less is None or year_less:  # no year-less date in the corpus: no month keys to keep
        for month in _calendar_months(fact):
            keys.extend(
                key
                for key in ((kind, token, month) for token in tokens)
                if year_less is None or key in year_less
            )
    if kind == "summit":
        # reports of one summit name different guests and word its name differently
        keys.extend((fact.kind, "any summit", bucket) for bucket in _month_buckets(fact))
    return keys
