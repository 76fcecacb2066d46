"""Calendar arithmetic for normalization: shifting units, finding weekdays, seasons, TIMEX3 values."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from timeline.temporal.tense import Direction

# First month of each season; winter belongs to the year of its December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shifted_value(reference: dt.date | None, unit: str, shift: int) -> str | None:
    """The TIMEX3 value of the `unit` containing the reference, moved `shift` units.

    None for units that have no calendar value (hours, minutes, seconds).
    """
    if reference is None:
        return _unknown(unit)
    try:
        if unit == "day":
            return day_value(reference + dt.timedelta(days=shift))
        if unit in ("week", "fortnight"):
            return week_value(reference + dt.timedelta(weeks=shift * (2 if unit == "fortnight" else 1)))
        if unit == "weekend":
            return week_value(reference + dt.timedelta(weeks=shift)) + "-WE"
        if unit in _MONTHS_IN:
            return format_value(unit, add_months(reference, shift * _MONTHS_IN[unit]))
        if unit == "millennium":
            return f"{reference.year // 1000 + shift:01d}"
    except (ValueError, OverflowError):
        return None
    return None


def _unknown(unit: str) -> str | None:
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "fortnight": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit)


def weekday_near(reference: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The `weekday` (1 = Monday) at or before the reference, at or after it, or the nearest of the two."""
    back = (reference.isoweekday() - weekday) % 7
    ahead = (weekday - reference.isoweekday()) % 7
    if direction is Direction.FUTURE:
        return reference + dt.timedelta(days=ahead)
    ahead = ahead or 7
    if direction is Direction.PAST or (direction is Direction.NEAR and back <= ahead):
        return reference - dt.timedelta(days=back)
    return reference + dt.timedelta(days=ahead)


def shifted_weekday(reference: dt.date, weekday: int, shift: int) -> dt.date:
    """ "last Friday" (-1): the one before the reference; "next" (+1): after it; "this" (0): in its week."""
    if shift < 0:
        back = (reference.isoweekday() - weekday) % 7 or 7
        return reference - dt.timedelta(days=back + 7 * (-shift - 1))
    if shift > 0:
        ahead = (weekday - reference.isoweekday()) % 7 or 7
        return reference + dt.timedelta(days=ahead + 7 * (shift - 1))
    return reference + dt.timedelta(days=weekday - reference.isoweekday())


# A past-tense verb often reports a date just ahead ("gave no reason for the Jan. 14 deadline"),
# and news is dated a little after what it reports: a date a few weeks after the reference still
# fits a past tense, a date a few days before it still fits a future.
_PAST_REACH = dt.timedelta(days=21)
_FUTURE_REACH = dt.timedelta(days=3)


@functools.lru_cache(maxsize=4096)
def year_near(
    reference: dt.date, month: int, day: int | None, direction: Direction, future_weight: float = 1.0
) -> int | None:
    """The year of the `month` (and `day`) at or before the reference, at or after it, or the nearest."""
    candidates: list[tuple[dt.date, dt.date, int]] = []  # first day, last day, year
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            if day is None:
                first = dt.date(year, month, 1)
                last = dt.date(year, month, calendar.monthrange(year, month)[1])
            else:
                first = last = dt.date(year, month, day)
        except ValueError:  # February 29 in a common year
            continue
        candidates.append((first, last, year))
    if not candidates:
        return None
    if direction is Direction.PAST:
        past = [c for c in candidates if c[0] <= reference + _PAST_REACH]
        return max(past)[2] if past else None
    if direction is Direction.FUTURE:
        future = [c for c in candidates if c[1] >= reference - _FUTURE_REACH]
        return min(future)[2] if future else None

    def distance(candidate: tuple[dt.date, dt.date, int]) -> float:
        """Days from the reference to the middle of the candidate, future ones weighted."""
        first, last, _ = candidate
        if first <= reference <= last:
            return 0
        middle = first + (last - first) / 2
        if middle > reference:
            return (middle - reference).days * future_weight
        return (reference - middle).days

    return min(candidates, key=lambda c: (distance(c), c[0] > reference))[2]


def period_year(reference: dt.date, first_month: int, months: int, direction: Direction) -> int:
    """The year of a quarter or half named without one ("the fourth quarter"), by the tense.

    Past: the latest that has begun by the reference (in January, last year's fourth quarter);
    future: next year's if this year's ended half a year before (in October, "will ... in the first
    quarter"; results of a quarter just ended are reported in the future tense); otherwise the
    reference's year.
    """
    year = reference.year
    if direction is Direction.PAST and dt.date(year, first_month, 1) > reference:
        return year - 1
    if direction is Direction.FUTURE and add_months(dt.date(year, first_month, 1), months + 6) <= reference:
        return year + 1
    return year


@functools.lru_cache(maxsize=4096)
def month_of_day(reference: dt.date, day: int, direction: Direction) -> dt.date | None:
    """ "the 14th": that day of the reference's month, or of the month before / after per the direction."""
    candidates: list[dt.date] = []
    for months in (-1, 0, 1):
        moved = add_months(reference.replace(day=1), months)
        try:
            candidates.append(moved.replace(day=day))
        except ValueError:
            continue
    if direction is Direction.FUTURE:
        later = [c for c in candidates if c >= reference]
        return min(later) if later else None
    if direction is Direction.PAST:
        earlier = [c for c in candidates if c <= reference]
        return max(earlier) if earlier else None
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference)) if candidates else None


def season_year(reference: dt.date, season: str, shift: int) -> int:
    """The year of `season` named from the reference: "last fall" -1, "next spring" +1, "this summer" 0."""
    if shift == 0:
        return reference.year
    current = _season_index(reference)
    target = _SEASON_ORDER.index(season)
    # seasons counted from the winter of year 0: index = 4 * year + position
    winter_year = reference.year if reference.month == 12 else reference.year - 1
    position = _SEASON_ORDER.index(current)
    now = 4 * winter_year + position
    if shift < 0:
        back = (position - target) % 4 or 4
        index = now - back - 4 * (-shift - 1)
    else:
        ahead = (target - position) % 4 or 4
        index = now + ahead + 4 * (shift - 1)
    year, position = divmod(index, 4)
    # winter is named by the year of its December; the other seasons by the next year
    return year if _SEASON_ORDER[position] == "WI" else year + 1


def _season_index(reference: dt.date) -> str:
    month = reference.month
    if month in (12, 1, 2):
        return "WI"
    if month <= 5:
        return "SP"
    if month <= 8:
        return "SU"
    return "FA"


def month_shift_year(reference: dt.date, month: int, shift: int) -> int:
    """The year of `month` named from the reference: "last May" (-1), "next May" (+1), "this May" (0)."""
    if shift < 0:
        year = reference.year if month < reference.month else reference.year - 1
        return year + shift + 1
    if shift > 0:
        year = reference.year if month > reference.month else reference.year + 1
        return year + shift - 1
    return reference.year


GRANULARITIES = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
_VALUE_FORMS = (
    ("day", re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")),
    ("week", re.compile(r"(\d{4})-W(\d{2})")),
    ("month", re.compile(r"(\d{4})-(\d{2})")),
    ("quarter", re.compile(r"(\d{4})-Q([1-4])")),
    ("half", re.compile(r"(\d{4})-H([12])")),
    ("year", re.compile(r"(\d{4})")),
    ("decade", re.compile(r"(\d{3})")),
)


def parse_value(value: str) -> tuple[str, dt.date] | None:
    """The granularity and first day of a TIMEX3 date value (None for other values)."""
    for granularity, form in _VALUE_FORMS:
        match = form.fullmatch(value)
        if match is None:
            continue
        numbers = [int(group) for group in match.groups()]
        try:
            if granularity == "day":
                return granularity, dt.date(numbers[0], numbers[1], numbers[2])
            if granularity == "week":
                return granularity, dt.date.fromisocalendar(numbers[0], numbers[1], 1)
            if granularity == "month":
                return granularity, dt.date(numbers[0], numbers[1], 1)
            if granularity == "quarter":
                return granularity, dt.date(numbers[0], 3 * numbers[1] - 2, 1)
            if granularity == "half":
                return granularity, dt.date(numbers[0], 6 * numbers[1] - 5, 1)
            if granularity == "year":
                return granularity, dt.date(numbers[0], 1, 1)
            return granularity, dt.date(numbers[0] * 10, 1, 1)
        except ValueError:
            return None
    return None


def format_value(granularity: str, day: dt.date) -> str:
    """The TIMEX3 value of the `granularity` unit containing `day`."""
    if granularity == "day":
        return day_value(day)
    if granularity == "week":
        return week_value(day)
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def shift_day(day: dt.date, unit: str, amount: int) -> dt.date:
    """`day` moved by `amount` units (days, weeks, months, quarters, years, ...)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    return add_months(day, amount * _MONTHS_IN.get(unit, 12))


def finer(first: str, second: str) -> str:
    """The finer of two granularities."""
    return min(first, second, key=_granularity_rank)


def _granularity_rank(granularity: str) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar)."""
    golden = year % 19
    century, years = divmod(year, 100)
    leap_skip, leap_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_skip - moon + 15) % 30
    quarter, rest = divmod(years, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - rest) % 7
    offset = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * offset + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(spec: dict[str, int], year: int) -> dt.date | None:
    """The day of a holiday described in the lexicon, in `year`."""
    try:
        if "easter" in spec:
            return easter(year) + dt.timedelta(days=spec["easter"])
        month = spec["month"]
        if "day" in spec:
            return dt.date(year, month, spec["day"])
        weekday = spec["weekday"]
        if "on_or_after" in spec:
            first = dt.date(year, month, spec["on_or_after"])
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7)
        nth = spec["nth"]
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    except (KeyError, ValueError):
        return None


def weekend_near(reference: dt.date, direction: Direction) -> dt.date:
    """The Saturday of the weekend at or before the reference (past) or at or after it."""
    saturday = reference + dt.timedelta(days=6 - reference.isoweekday())
    if reference.isoweekday() >= 6 or direction is Direction.FUTURE:
        return saturday
    return saturday - dt.timedelta(weeks=1)


def year_of_weekday(reference: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year near the reference in which `month`/`day` falls on `weekday` ("Saturday, April 25")."""
    for year in sorted(range(reference.year - 3, reference.year + 4), key=lambda y: abs(y - reference.year)):
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None
