"""`When`: the date of an event at the precision the text supports, as TIMEX3.

A `When` is built from a TIMEX3 value (``2024-05-20``, ``2024-W21``,
``2023-SU``, ``XXXX-02-09``, ``FUTURE_REF``, a range ``2024-07-02/2024-07-03``)
and renders back to exactly that value. `start` and `end` are the inclusive
calendar days the value covers, or ``None`` where the value does not pin them
down (a year-less date, a vague reference).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Any

import attrs

from timeline.errors import TimelineError


class Precision(enum.Enum):
    """How finely a date is known, from a time of day to not at all."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """0 for the finest precision, growing as it coarsens."""
        return _PRECISION_ORDER.index(self)


_PRECISION_ORDER = list(Precision)

MODIFIERS = frozenset(
    {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
        "START",
        "MID",
        "END",
        "APPROX",
    }
)

REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


class InvalidTimexError(TimelineError, ValueError):
    """A string that is not a TIMEX3 date value this library understands."""


_DATE_VALUE = re.compile(
    r"""^(?:
        (?P<century>\d{2}|XX)
      | (?P<decade>\d{3}|XXX)
      | (?P<year>\d{4}|XXXX)
        (?:-(?:
            W(?P<week>\d{2}|XX)(?:-(?P<weekpart>WE|[1-7]|X))?
          | (?P<season>SP|SU|FA|WI)
          | Q(?P<quarter>[1-4X])
          | H(?P<half>[12X])
          | (?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX)
                (?:T(?P<time>\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT))?)?
        ))?
    )$""",
    re.VERBOSE,
)

# Placeholders only (``XXXX-XX-XX``, ``XXXX-WXX``): not even the granularity is informative.
_NOTHING_KNOWN = re.compile(r"^[XWQHT-]+$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _is_known(part: str | None) -> bool:
    return part is not None and "X" not in part


@attrs.frozen(slots=True)
class _Parsed:
    precision: Precision
    start: dt.date | None
    end: dt.date | None


def _parse_point(value: str) -> _Parsed:
    """Precision and covered days of one TIMEX3 date value (not a range)."""
    if value in REFERENCES:
        return _Parsed(Precision.UNKNOWN, None, None)
    match = _DATE_VALUE.match(value)
    if match is not None and _NOTHING_KNOWN.match(value):
        return _Parsed(Precision.UNKNOWN, None, None)
    match = _DATE_VALUE.match(value)
    if match is None:
        raise InvalidTimexError(f"not a TIMEX3 date value: {value!r}")
    parts = match.groupdict()
    try:
        return _covered_days(parts)
    except ValueError as error:  # a month 13 or a February 30
        raise InvalidTimexError(f"impossible date in TIMEX3 value {value!r}: {error}") from None


def _covered_days(parts: dict[str, str | None]) -> _Parsed:
    if parts["century"] is not None:
        century = parts["century"]
        if not _is_known(century):
            return _Parsed(Precision.CENTURY, None, None)
        first = int(century or 0) * 100
        return _Parsed(Precision.CENTURY, dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31))
    if parts["decade"] is not None:
        decade = parts["decade"]
        if not _is_known(decade):
            return _Parsed(Precision.DECADE, None, None)
        first = int(decade or 0) * 10
        return _Parsed(Precision.DECADE, dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31))

    year_text = parts["year"]
    year = int(year_text) if year_text is not None and _is_known(year_text) else None
    if year == 0:
        raise ValueError("year 0 does not exist")

    if parts["week"] is not None:
        return _week_days(year, parts["week"], parts["weekpart"])
    if parts["season"] is not None:
        if year is None:
            return _Parsed(Precision.SEASON, None, None)
        first_month, last_month = _SEASON_MONTHS[parts["season"]]
        last_year = year + 1 if last_month < first_month else year
        return _Parsed(Precision.SEASON, dt.date(year, first_month, 1), _month_end(last_year, last_month))
    if parts["quarter"] is not None:
        quarter = parts["quarter"]
        if year is None or not _is_known(quarter):
            return _Parsed(Precision.QUARTER, None, None)
        first_month = 3 * (int(quarter) - 1) + 1
        return _Parsed(Precision.QUARTER, dt.date(year, first_month, 1), _month_end(year, first_month + 2))
    if parts["half"] is not None:
        half = parts["half"]
        if year is None or not _is_known(half):
            return _Parsed(Precision.HALF, None, None)
        first_month = 1 if half == "1" else 7
        return _Parsed(Precision.HALF, dt.date(year, first_month, 1), _month_end(year, first_month + 5))
    if parts["month"] is not None:
        month_text, day_text = parts["month"], parts["day"]
        if day_text is not None:
            precision = Precision.TIME if parts["time"] is not None else Precision.DAY
            if _is_known(month_text) and _is_known(day_text):
                # validates a partial date too: XXXX-02-30 is as impossible as 2024-02-30
                day = dt.date(year or 2000, int(month_text or 0), int(day_text or 0))
                if year is not None:
                    return _Parsed(precision, day, day)
            return _Parsed(precision, None, None)
        if year is None or not _is_known(month_text):
            if _is_known(month_text):
                dt.date(2000, int(month_text or 0), 1)
            return _Parsed(Precision.MONTH, None, None)
        month = int(month_text or 0)
        return _Parsed(Precision.MONTH, dt.date(year, month, 1), _month_end(year, month))
    if year is None:
        return _Parsed(Precision.YEAR, None, None)
    return _Parsed(Precision.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31))


def _week_days(year: int | None, week_text: str, part: str | None) -> _Parsed:
    precision = Precision.DAY if part is not None and part not in ("WE", "X") else Precision.WEEK
    if year is None or not _is_known(week_text):
        return _Parsed(precision, None, None)
    monday = dt.date.fromisocalendar(year, int(week_text), 1)
    if part == "WE":
        return _Parsed(Precision.WEEK, monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
    if precision is Precision.DAY:
        day = monday + dt.timedelta(days=int(part or 1) - 1)
        return _Parsed(Precision.DAY, day, day)
    return _Parsed(Precision.WEEK, monday, monday + dt.timedelta(days=6))


def _check_modifier(_instance: object, _attribute: object, modifier: str | None) -> None:
    if modifier is not None and modifier not in MODIFIERS:
        raise InvalidTimexError(f"not a TIMEX3 modifier: {modifier!r}")


@attrs.frozen(slots=True)
class When:
    """A date at its precision, equivalent to a TIMEX3 ``value`` plus ``mod``.

    Build one with :meth:`from_timex` (or :meth:`day`, :meth:`span`,
    :meth:`unknown`); the derived fields are computed from the value, so two
    `When` with the same value and modifier are equal.
    """

    value: str
    start: dt.date | None
    end: dt.date | None
    precision: Precision
    modifier: str | None = attrs.field(default=None, validator=_check_modifier)

    @classmethod
    def from_timex(cls, value: str, modifier: str | None = None) -> When:
        """Parse a TIMEX3 date value; a range is two values joined by ``/``."""
        if not isinstance(value, str):
            raise InvalidTimexError(f"a TIMEX3 value is a string, not {type(value).__name__}")
        first, slash, last = value.partition("/")
        if not slash:
            parsed = _parse_point(value)
            return cls(value, parsed.start, parsed.end, parsed.precision, modifier)
        begin, finish = _parse_point(first), _parse_point(last)
        if begin.start is None or finish.end is None:
            raise InvalidTimexError(f"a range needs two known dates: {value!r}")
        if finish.end < begin.start:
            raise InvalidTimexError(f"a range that ends before it starts: {value!r}")
        precision = max(begin.precision, finish.precision, key=lambda p: p.rank)
        return cls(value, begin.start, finish.end, precision, modifier)

    @classmethod
    def from_text(cls, text: str) -> When:
        """Parse what ``str(when)`` gives: the value, then the modifier in parentheses."""
        value, _, rest = text.partition(" (")
        return cls.from_timex(value, rest.removesuffix(")") or None)

    @classmethod
    def day(cls, day: dt.date) -> When:
        """One calendar day."""
        return cls.from_timex(day.isoformat())

    @classmethod
    def span(cls, first: dt.date, last: dt.date) -> When:
        """Consecutive days from `first` to `last` inclusive (one day if equal)."""
        if first == last:
            return cls.day(first)
        return cls.from_timex(f"{first.isoformat()}/{last.isoformat()}")

    @classmethod
    def unknown(cls) -> When:
        """No date at all: sorts last and contradicts nothing."""
        return cls("XXXX-XX-XX", None, None, Precision.UNKNOWN, None)

    @property
    def is_known(self) -> bool:
        """True when the covered days are known."""
        return self.start is not None and self.end is not None

    @property
    def is_range(self) -> bool:
        """True for a span written as two values (``A/B``)."""
        return "/" in self.value

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """Chronological order; unknown dates last, ties broken by the value."""
        if self.start is None or self.end is None:
            return (1, dt.date.max, dt.date.max, self.precision.rank, self.value, self.modifier or "")
        return (0, self.start, self.end, self.precision.rank, self.value, self.modifier or "")

    def __lt__(self, other: When) -> bool:
        if not isinstance(other, When):
            return NotImplemented
        return self.sort_key < other.sort_key

    def overlaps(self, other: When) -> bool:
        """True when both dates are known and share at least one day."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: When) -> bool:
        """True when both dates are known and every day of `other` is in `self`."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start <= other.start and other.end <= self.end

    def compatible(self, other: When) -> bool:
        """True unless the two dates contradict each other.

        Known dates are compatible when they overlap; a year-less date
        (``XXXX-02-09``) is compatible with any date on that month and day;
        an unknown date or a vague reference contradicts nothing.
        """
        if self.is_known and other.is_known:
            return self.overlaps(other)
        return _partial_agrees(self, other) and _partial_agrees(other, self)

    def with_modifier(self, modifier: str | None) -> When:
        """The same value with another TIMEX3 modifier."""
        return When.from_timex(self.value, modifier)

    def __str__(self) -> str:
        return f"{self.value} ({self.modifier})" if self.modifier else self.value


_PARTIAL_MONTH_DAY = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?")


def _partial_agrees(partial: When, other: When) -> bool:
    """Whether a year-less month(-day) value fits `other`'s known days."""
    match = _PARTIAL_MONTH_DAY.match(partial.value)
    if match is None or other.start is None or other.end is None:
        return True
    month = int(match.group(1))
    day = int(match.group(2)) if match.group(2) else None
    if (other.end - other.start).days >= 366:
        return True
    current = other.start
    while current <= other.end:
        if current.month == month and (day is None or current.day == day):
            return True
        current += dt.timedelta(days=1)
    return False
