"""From the groups a rule captured to a TIMEX3 type, value and modifier.

One function per rule kind (see ``data/rules.toml``). Each returns a
`Normalized` with a short explanation for the mention's `rule`, or None when
the words do not make a valid time (a February 30, an hour shifted by "last").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

import attrs

from timeline.temporal import dates
from timeline.temporal.lexicon import Lexicon, lexicon, number_value
from timeline.temporal.tense import Direction, Tense, future_weight

Groups = Mapping[str, str]


@attrs.frozen(slots=True)
class Normalized:
    """What a matched expression means."""

    type: str
    value: str
    mod: str | None
    explanation: str


@attrs.define(slots=True)
class Context:
    """The reference date and, computed only when needed, the tense of the clause."""

    reference: dt.date | None
    tense_of: Callable[[str], Tense]
    anchor: str | None = None
    # the last date mentioned that names a day: "the following day" counts from it past a later month
    day_anchor: str | None = None
    # what "a year ago" compares in a report on results: the quarter it is about ("1989-Q3"), or the
    # year of the months it just named ("1989" after "for the nine months")
    quarter: str | None = None

    def tense(self, kind: str = "date") -> Tense:
        """The tense of the clause; `kind` ("weekday" or "date") picks the default when there is no cue."""
        return self.tense_of(kind)


_DIGITS = re.compile(r"\d+")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEARLESS_DAY_VALUE = re.compile(r"XXXX-(\d{2})-(\d{2})")
_YEAR_MONTH_OF_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-\d{2}")
_DIRECTION_TEXT = {
    Direction.PAST: "at or before the reference",
    Direction.FUTURE: "after the reference",
    Direction.NEAR: "nearest the reference",
}


def _ordinal(words: Lexicon, table: str, text: str) -> int | None:
    value = words.lookup(table, text)
    if isinstance(value, int):
        return value
    digits = _DIGITS.match(text)
    return int(digits.group()) if digits else None


def _day_number(words: Lexicon, text: str) -> int | None:
    return _ordinal(words, "ordinal", text)


def _year(groups: Groups, context: Context) -> tuple[int | None, str]:
    words = lexicon()
    if "year" in groups:
        year = _year_number(groups["year"])
        return year, ""
    if "short_year" in groups:
        two = int(groups["short_year"][1:])
        reference_year = context.reference.year if context.reference else 2000
        century = reference_year // 100 * 100
        candidates = (century - 100 + two, century + two, century + 100 + two)
        return min(candidates, key=lambda y: abs(y - reference_year)), ""
    if "year_shift" in groups:
        shift = words.lookup("shift", groups["year_shift"])
        if context.reference is None or not isinstance(shift, int):
            return None, ""
        return context.reference.year + shift, f", year {shift:+d} from the reference"
    return None, ""


def _year_number(text: str) -> int | None:
    """A year in digits or words: "1996", "nineteen ninety-six", "the year two thousand"."""
    if text.isdigit():
        return int(text)
    words = " ".join(text.lower().replace("-", " ").split()).removeprefix("the year ")
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").removeprefix(" and").strip()
        return 2000 + int(number_value(rest) or 0 if rest else 0)
    century_word, _, rest = words.partition(" ")
    century = lexicon().lookup("spoken_century", century_word)
    if not isinstance(century, int):
        return None
    if rest == "hundred":
        return century * 100
    rest = rest.removeprefix("oh ")
    within = number_value(rest)
    return None if within is None else century * 100 + int(within)


def calendar(groups: Groups, context: Context) -> Normalized | None:
    """A calendar date: absolute, year-less (resolved by tense) or named from the reference."""
    words = lexicon()
    mod = words.lookup("part", groups["part"]) if "part" in groups else None
    daypart = words.lookup("daypart", groups["daypart"]) if "daypart" in groups else None
    found = _calendar_value(groups, context, words)
    if found is None:
        return None
    value, explanation = found
    if daypart is not None and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        value = f"{value}T{daypart}"
    kind = "TIME" if "T" in value else "DATE"
    return Normalized(kind, value, mod, explanation)


def _calendar_value(groups: Groups, context: Context, words: Lexicon) -> tuple[str, str] | None:
    reference = context.reference
    if "decade" in groups:
        return _decade(groups["decade"], words, reference), "decade"
    if "century" in groups:
        number = _ordinal(words, "ordinal", groups["century"])
        return None if number is None else (f"{number - 1:02d}", "century")
    year, year_note = _year(groups, context)
    shift = words.lookup("shift", groups["shift"]) if "shift" in groups else None
    month = _month(groups, words)
    day = _day_number(words, groups["day"]) if "day" in groups else None
    if "year_end" in groups:
        month, day = 12, 31  # "since year-end": the closing day of a year
    if "day_number" in groups:
        day = int(groups["day_number"])
    weekday = words.lookup("weekday", groups["weekday"]) if "weekday" in groups else None
    if month is not None and day is not None:
        found = _month_day(
            year, month, day, weekday if isinstance(weekday, int) else None, context, year_note
        )
        if found is not None and "week_of" in groups and _DAY_VALUE.fullmatch(found[0]):
            return dates.week_value(dt.date.fromisoformat(found[0])), f"the week of a {found[1]}"
        return found
    if weekday is not None:
        return _weekday(weekday, shift, context)
    if month is not None:
        return _month_only(year, month, shift, context, year_note)
    if "season" in groups:
        season = words.lookup("season", groups["season"])
        if year is not None:
            return f"{year:04d}-{season}", "season of a year" + year_note
        if reference is None:
            return f"XXXX-{season}", "season, no reference"
        if shift is not None:
            return (
                f"{dates.season_year(reference, season, shift):04d}-{season}",
                f"season {shift:+d} from the reference",
            )
        return f"{reference.year:04d}-{season}", "season of the reference year"
    for name in ("quarter", "quarter_digit", "half"):
        if name in groups:
            number = words.lookup(name, groups[name])
            letter = "H" if name == "half" else "Q"
            if year is None and reference is not None and isinstance(number, int):
                months = 6 if letter == "H" else 3
                tense = context.tense()
                year = dates.period_year(reference, (number - 1) * months + 1, months, tense.direction)
                year_note = f" without a year, {tense.reason}: {year}"
            year_text = "XXXX" if year is None else f"{year:04d}"
            return f"{year_text}-{letter}{number}", f"{'half' if letter == 'H' else 'quarter'}" + year_note
    if day is not None:
        return _day_of_month(day, context)
    if year is not None:
        return f"{year:04d}", "year" + year_note
    return None


def _month(groups: Groups, words: Lexicon) -> int | None:
    if "month" in groups:
        value = words.lookup("month", groups["month"])
        return value if isinstance(value, int) else None
    if "month_number" in groups:
        return int(groups["month_number"])
    return None


def _decade(text: str, words: Lexicon, reference: dt.date | None) -> str:
    named = words.lookup("decade_word", text)
    digits = _DIGITS.search(text)
    if named is not None:
        return f"19{named}"  # decade words ("the nineties") name the twentieth century
    assert digits is not None  # the decade macro has digits unless it is a decade word
    if len(digits.group()) == 4:
        return digits.group()[:3]
    two = int(digits.group())
    reference_year = reference.year if reference else 2000
    century = reference_year // 100 * 100
    candidates = (century - 100 + two, century + two)
    year = min(
        (c for c in candidates if c <= reference_year + 10),
        key=lambda y: abs(y - reference_year),
        default=century + two,
    )
    return f"{year // 10:03d}"


def _month_day(
    year: int | None, month: int, day: int, weekday: int | None, context: Context, year_note: str
) -> tuple[str, str] | None:
    reference = context.reference
    explanation = "date" + year_note
    if year is None and weekday is None:
        year = _year_of_the_day_last_mentioned(month, context.anchor)
        if year is not None:
            explanation = f"date without a year, in the month of the day last mentioned ({context.anchor})"
    if year is None and reference is not None and weekday is not None:
        year = dates.year_of_weekday(reference, month, day, weekday)
        if year is not None:
            explanation = "date without a year, in the year it falls on the weekday named"
    if year is None:
        if reference is None:
            year_text = "XXXX"
            explanation = "date without a year, no reference"
        else:
            tense = context.tense()
            found = dates.year_near(reference, month, day, tense.direction, future_weight())
            if found is None:
                return None
            year_text = f"{found:04d}"
            explanation = f"date without a year, {tense.reason}: the one {_DIRECTION_TEXT[tense.direction]}"
    else:
        year_text = f"{year:04d}"
    try:
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    return f"{year_text}-{month:02d}-{day:02d}", explanation


def _year_of_the_day_last_mentioned(month: int, anchor: str | None) -> int | None:
    """The year of the last day mentioned when it falls in `month`: "8-12 February 2023 ... on 9
    February" goes on telling that February, not the one nearest the reference. A month alone is too
    loose a thread ("the August 1988 cease-fire ... the invasion of Kuwait on Aug. 2")."""
    if anchor is None:
        return None
    for value in anchor.split("/"):
        written = _YEAR_MONTH_OF_DAY_VALUE.match(value)
        if written is not None and int(written.group(2)) == month:
            return int(written.group(1))
    return None


def _weekday(weekday: object, shift: object, context: Context) -> tuple[str, str] | None:
    if not isinstance(weekday, int):
        return None
    reference = context.reference
    if reference is None:
        return f"XXXX-WXX-{weekday}", "weekday, no reference"
    if isinstance(shift, int):
        day = dates.shifted_weekday(reference, weekday, shift)
        return dates.day_value(day), f"weekday {shift:+d} week from the reference"
    tense = context.tense("weekday")
    day = dates.weekday_near(reference, weekday, tense.direction)
    return dates.day_value(day), f"weekday, {tense.reason}: the one {_DIRECTION_TEXT[tense.direction]}"


def _month_only(
    year: int | None, month: int, shift: object, context: Context, year_note: str
) -> tuple[str, str] | None:
    reference = context.reference
    if year is not None:
        return f"{year:04d}-{month:02d}", "month of a year" + year_note
    if reference is None:
        return f"XXXX-{month:02d}", "month without a year, no reference"
    if isinstance(shift, int):
        found = dates.month_shift_year(reference, month, shift)
        return f"{found:04d}-{month:02d}", f"month {shift:+d} from the reference"
    tense = context.tense()
    found_year = dates.year_near(reference, month, None, tense.direction, future_weight())
    if found_year is None:
        return None
    return (
        f"{found_year:04d}-{month:02d}",
        f"month without a year, {tense.reason}: the one {_DIRECTION_TEXT[tense.direction]}",
    )


def _day_of_month(day: int, context: Context) -> tuple[str, str] | None:
    reference = context.reference
    if reference is None:
        return (f"XXXX-XX-{day:02d}", "day of the month, no reference") if 1 <= day <= 31 else None
    tense = context.tense()
    found = dates.month_of_day(reference, day, tense.direction)
    if found is None:
        return None
    return dates.day_value(
        found
    ), f"day of the month, {tense.reason}: the one {_DIRECTION_TEXT[tense.direction]}"


def relative(groups: Groups, context: Context) -> Normalized | None:
    """A calendar unit named from the reference: last week, next month, the end of the year."""
    words = lexicon()
    unit = words.lookup("unit", groups.get("unit", ""))
    if not isinstance(unit, str):
        return None
    if unit != " ".join(groups["unit"].lower().split()):
        return None  # "the coming days" is no calendar unit but a vague stretch of time
    mod = words.lookup("part", groups["part"]) if "part" in groups else None
    if "shift_after" in groups:
        shift = words.lookup("shift_after", groups["shift_after"])  # "the week before last"
    else:
        shift = words.lookup("shift", groups.get("shift", "this"))
    if not isinstance(shift, int):
        return None
    shifted = dates.shifted_value(context.reference, unit, shift)
    if shifted is None:
        return None
    where = "the reference" if context.reference is not None else "an unknown reference"
    return Normalized("DATE", shifted, mod, f"{unit} {shift:+d} from {where}")


def anchored(groups: Groups, context: Context) -> Normalized | None:
    """A unit counted from the reference or from the last date mentioned.

    "two years ago" counts from the reference; "three days later", "the
    following year", "that day" from the last date the text mentioned. In a
    report on a quarter, "a year ago" is that quarter a year before.
    """
    words = lexicon()
    groups = _merged(groups, ("unit", "direction"))
    if "weekday" in groups:
        return _anchored_weekday(groups, context, words)
    if "day" in groups:
        return _day_of_the_last_month(groups, context)
    if "month" in groups:
        return _month_of_the_last_year(groups, context, words)
    daypart = words.lookup("anchored_daypart", groups.get("unit", ""))  # "the next morning": its day
    unit = daypart or words.lookup("unit", groups.get("unit", ""))
    if not isinstance(unit, str) or unit in ("hour", "minute", "second"):
        return None
    sign, counted_from = _anchor_direction(groups, words)
    counted = "count" in groups
    amount = number_value(groups["count"]) if counted else 1
    approximation = (
        words.lookup("approximation", groups["approximation"]) if "approximation" in groups else None
    )
    mod = approximation or (words.lookup("part", groups["part"]) if "part" in groups else None)
    if amount is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Normalized("DATE", value, mod, "an unspecified number of units away")
    if amount != int(amount):
        return None
    singular = words.lookup("unit", groups["unit"]) == " ".join(groups["unit"].lower().split())
    if not counted and daypart is None and not singular:
        return None  # "the weeks before" is no unit next to a date
    if unit in ("decade", "century"):
        unit, amount = "year", amount * (10 if unit == "decade" else 100)
    anchor_value = context.anchor
    if (
        unit == "day"
        and context.day_anchor
        and not _DAY_VALUE.match(anchor_value or "")
        and not (_YEARLESS_DAY_VALUE.match(anchor_value or ""))
    ):
        # "On September 22 ... signed, after a decision in June. The following day": the day, not June
        anchor_value = context.day_anchor
    yearless = _YEARLESS_DAY_VALUE.fullmatch(anchor_value or "")
    if yearless is not None and counted_from == "anchor" and (unit == "day" or (counted and unit == "week")):
        return _from_yearless_day(yearless, unit, sign * int(amount), mod)
    anchor = dates.parse_value(anchor_value) if anchor_value else None
    granularity = unit if unit in dates.GRANULARITIES else "week"
    period = anchor if anchor is not None and anchor[0] in ("quarter", "half") else None
    if context.quarter is not None and amount == 1 and sign != 0:
        period = dates.parse_value(context.quarter)  # "a year ago" in a report on a quarter's results
    if period is not None and unit == "year":
        base, explanation = period, f"the {period[0]} last mentioned ({dates.format_value(*period)})"
        granularity = period[0]
    elif counted_from == "anchor" and anchor is not None and not _coarser(anchor[0], unit, counted):
        base, explanation = anchor, f"the last date mentioned ({anchor_value})"
    elif context.reference is not None:
        base, explanation = ("day", context.reference), "the reference"
    else:
        return Normalized("DATE", dates.shifted_value(None, unit, 0) or "XXXX", mod, "no reference")
    if base is anchor and counted and (unit in ("day", "week", "month") or base[0] == "day"):
        # "a year earlier" after "the quarter ended Sept. 30": that day a year before
        granularity = dates.finer(base[0], granularity)
    elif dates.finer(base[0], granularity) != base[0]:
        if sign == 0 and base is anchor and base[0] in ("month", "year") and granularity in ("day", "month"):
            # "that day" after "in October 1998": a day of that month, which one untold
            untold = 2 if base[0] == "year" and granularity == "day" else 1
            value = dates.format_value(base[0], base[1]) + "-XX" * untold
            return Normalized("DATE", value, mod, f"an untold {granularity} of {explanation}")
        return None  # "the following day" after a year: no day to count from
    moved = dates.shift_day(base[1], unit, sign * int(amount))
    value = dates.format_value(granularity, moved)
    if unit == "weekend":
        value = dates.week_value(moved) + "-WE"
    return Normalized("DATE", value, mod, f"{unit} {sign * int(amount):+d} from {explanation}")


def _from_yearless_day(anchor: re.Match[str], unit: str, shift: int, mod: str | None) -> Normalized | None:
    """ "The following day" after "on 15 December" of an unknown year: 16 December, of that unknown year;
    none where the count crosses the end of February, whose length the year decides."""
    month, day = int(anchor.group(1)), int(anchor.group(2))
    found = set()
    for year in (2001, 2004):  # a common year and a leap year
        try:
            moved = dates.shift_day(dt.date(year, month, day), unit, shift)
        except ValueError:
            continue  # 29 February of a common year
        found.add(f"XXXX-{moved.month:02d}-{moved.day:02d}")
    if len(found) != 1:
        return None
    explanation = f"{unit} {shift:+d} from the last date mentioned ({anchor.group()}), its year unknown"
    return Normalized("DATE", found.pop(), mod, explanation)


def _coarser(granularity: str, unit: str, counted: bool) -> bool:
    """True when days or weeks are counted from a date that names none ("a day earlier" after
    "for 2025-2027"): the reference is a better base than the first day of that year."""
    return counted and (
        (unit == "day" and granularity != "day") or (unit == "week" and granularity not in ("day", "week"))
    )


def _anchored_weekday(groups: Groups, context: Context, words: Lexicon) -> Normalized | None:
    """ "the following Monday", "the previous Friday", "from Sunday to Wednesday": the weekday after or
    before the last day the text mentioned (without one, the reference)."""
    weekday = words.lookup("weekday", groups["weekday"])
    # the last day of a range ("from Sunday to Wednesday") is the first after the first day
    sign = 1 if "range_end" in groups else _anchor_direction(groups, words)[0]
    if not isinstance(weekday, int) or sign == 0:
        return None
    anchor = dates.parse_value(context.anchor) if context.anchor else None
    if anchor is not None and anchor[0] == "day":
        base, explanation = anchor[1], f"the last day mentioned ({context.anchor})"
    elif context.reference is not None:
        base, explanation = context.reference, "the reference"
    else:
        return Normalized("DATE", f"XXXX-WXX-{weekday}", None, "weekday, no reference")
    day = dates.shifted_weekday(base, weekday, sign)
    return Normalized("DATE", dates.day_value(day), None, f"weekday {sign:+d} from {explanation}")


def _day_of_the_last_month(groups: Groups, context: Context) -> Normalized | None:
    """ "25" in "April 24 and 25": that day of the month of the last day mentioned."""
    day = _day_number(lexicon(), groups["day"])
    if day is None:
        return None
    anchor = dates.parse_value(context.anchor) if context.anchor else None
    if anchor is None or anchor[0] != "day":
        found = _day_of_month(day, context)
        return Normalized("DATE", found[0], None, found[1]) if found is not None else None
    try:
        named = anchor[1].replace(day=day)
    except ValueError:
        return None
    return Normalized("DATE", dates.day_value(named), None, f"day {day} of the month of {context.anchor}")


def _month_of_the_last_year(groups: Groups, context: Context, words: Lexicon) -> Normalized | None:
    """ "May of that year": that month of the year of the last date mentioned."""
    month = _month(groups, words)
    if month is None:
        return None
    anchor = dates.parse_value(context.anchor) if context.anchor else None
    if anchor is not None and anchor[0] != "decade":  # a decade's first year is no year the text told
        year, explanation = anchor[1].year, f"month {month} of the year of {context.anchor}"
    elif context.reference is not None:
        year, explanation = context.reference.year, "no year before: the reference's"
    else:
        return Normalized("DATE", f"XXXX-{month:02d}", None, "no year before and no reference")
    return Normalized("DATE", f"{year:04d}-{month:02d}", None, explanation)


def beside(groups: Groups, context: Context) -> Normalized | None:
    """ "the day before last Tuesday", "the week after May 3": a day or week next to a named day."""
    words = lexicon()
    unit = words.lookup("unit", groups["unit"])
    sign = words.lookup("anchor_direction", groups["direction"])
    named = calendar({k: v for k, v in groups.items() if k not in ("unit", "direction")}, context)
    if named is None or unit not in ("day", "week") or not isinstance(sign, int):
        return None
    parsed = dates.parse_value(named.value)
    if parsed is None or parsed[0] != "day":
        return None
    moved = dates.shift_day(parsed[1], unit, sign)
    explanation = f"{unit} {sign:+d} from {named.explanation}"
    return Normalized("DATE", dates.format_value(unit, moved), None, explanation)


def _merged(groups: Groups, names: tuple[str, ...]) -> Groups:
    """Groups with the alternatives of a pattern ("unit2", "unit3") read as the first ("unit")."""
    merged = dict(groups)
    for name in names:
        for number in range(2, 8):
            if name not in merged and f"{name}{number}" in merged:
                merged[name] = merged[f"{name}{number}"]
    return merged


def _anchor_direction(groups: Groups, words: Lexicon) -> tuple[int, str]:
    if "direction" not in groups:
        return 0, "anchor"  # "that day", "the same year"
    found = words.lookup("direction", groups["direction"])
    if isinstance(found, list):
        return int(found[0]), str(found[1])
    found = words.lookup("anchor_direction", groups["direction"])
    if isinstance(found, int):
        return found, "anchor"
    found = words.lookup("year_ago_shift", groups["direction"])  # "the same period last year"
    return (int(found), "reference") if isinstance(found, int) else (0, "anchor")


def period(groups: Groups, context: Context) -> Normalized | None:
    """A reporting period of business news: "the quarter", "the latest period", "the full year"."""
    words = lexicon()
    unit = words.lookup("period_unit", groups.get("unit", "quarter"))
    reference = context.reference
    text = " ".join(groups.get("whole", "").lower().split())
    anchor = dates.parse_value(context.anchor) if context.anchor else None
    if unit == "year" and "ended" in groups:
        return Normalized("DURATION", "P1Y", None, "a year ending on a date")
    if unit == "weekend":
        if reference is None:
            return Normalized("DATE", "XXXX-WXX-WE", None, "weekend, no reference")
        tense = context.tense("weekday")
        saturday = dates.weekend_near(reference, tense.direction)
        return Normalized("DATE", dates.week_value(saturday) + "-WE", None, f"weekend, {tense.reason}")
    year = _year_number(groups["year"]) if "year" in groups else None
    if unit == "year":
        shift = -1 if any(word in text for word in ("latest", "most recent")) else 0
        if reference is None:
            return Normalized("DATE", "XXXX", None, "year of an unknown reference")
        return Normalized("DATE", f"{reference.year + shift:04d}", None, "reporting year")
    quarter = words.lookup("quarter", groups["quarter"]) if "quarter" in groups else None
    if year is not None:
        if quarter is None and context.quarter is not None and "-Q" in context.quarter:
            quarter = int(context.quarter[-1])  # the quarter the report is about
        if quarter is None and anchor is not None and anchor[0] == "quarter":
            quarter = (anchor[1].month - 1) // 3 + 1
        value = f"{year:04d}" if quarter is None else f"{year:04d}-Q{quarter}"
        return Normalized("DATE", value, None, "quarter of a year")
    named = any(word in text for word in ("latest", "most recent", "current", "this"))
    if not named and anchor is not None and anchor[0] == "quarter" and _recent(anchor[1], reference):
        return Normalized(
            "DATE", context.anchor or "", None, f"the quarter last mentioned ({context.anchor})"
        )
    if reference is None:
        return Normalized("DATE", "XXXX-QX", None, "quarter of an unknown reference")
    shift = 0 if any(word in text for word in ("current", "this")) else -1
    value = dates.shifted_value(reference, "quarter", shift) or "XXXX-QX"
    return Normalized(
        "DATE", value, None, "the last complete quarter before the reference" if shift else "current quarter"
    )


def _recent(day: dt.date, reference: dt.date | None) -> bool:
    """True when `day` is within a year before or after the reference (or there is no reference)."""
    return reference is None or abs((day - reference).days) <= 366


def holiday(groups: Groups, context: Context) -> Normalized | None:
    """A named holiday, in the year given, named ("last Thanksgiving") or nearest by tense."""
    words = lexicon()
    spec = words.lookup("holiday", groups.get("holiday", ""))
    if not isinstance(spec, dict):
        return None
    year = _year_number(groups["year"]) if "year" in groups else None
    if year is not None:
        found = dates.holiday_date(spec, year)
        return (
            None if found is None else Normalized("DATE", dates.day_value(found), None, "holiday of a year")
        )
    reference = context.reference
    if reference is None:
        if "day" in spec:
            return Normalized(
                "DATE", f"XXXX-{spec['month']:02d}-{spec['day']:02d}", None, "holiday, no reference"
            )
        return Normalized("DATE", "XXXX-XX-XX", None, "holiday, no reference")
    candidates = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := dates.holiday_date(spec, y))
    ]
    shift = words.lookup("shift", groups["shift"]) if "shift" in groups else None
    if isinstance(shift, int) and shift != 0:
        chosen = [d for d in candidates if (d < reference if shift < 0 else d > reference)]
        found = max(chosen) if shift < 0 else min(chosen)
        return Normalized("DATE", dates.day_value(found), None, f"holiday {shift:+d} from the reference")
    tense = context.tense()
    if tense.direction is Direction.PAST:
        found = max(d for d in candidates if d <= reference)
    elif tense.direction is Direction.FUTURE:
        found = min(d for d in candidates if d >= reference)
    else:
        found = min(candidates, key=lambda d: abs((d - reference).days))
    return Normalized(
        "DATE",
        dates.day_value(found),
        None,
        f"holiday, {tense.reason}: the one {_DIRECTION_TEXT[tense.direction]}",
    )


def _code(words: Lexicon, unit: str) -> tuple[str, bool, int]:
    code, is_time, multiplier = words.table("unit_code")[unit]
    return str(code), bool(is_time), int(multiplier)


def duration(groups: Groups, context: Context) -> Normalized | None:
    """An amount of time: three days -> P3D, five hours -> PT5H, several years -> PXY."""
    words = lexicon()
    unit = words.lookup("unit", groups.get("unit", ""))
    if not isinstance(unit, str):
        return None
    plural = words.lookup("unit", groups["unit"]) != " ".join(groups["unit"].lower().split())
    if plural and groups.get("count", "").lower() in ("a", "an"):
        return None  # "a years-old slump"
    code, is_time, multiplier = _code(words, unit)
    amount: int | float | None = number_value(groups["count"]) if "count" in groups else None
    if "count" not in groups and not plural:
        amount = 1  # a unit named once without a number is one of it: "a day-long meeting"
    number = "X" if amount is None else _number_text(amount * multiplier)
    value = f"PT{number}{code}" if is_time else f"P{number}{code}"
    if amount is not None and ("fraction" in groups or "half_after" in groups):
        value = _and_a_half(unit, amount * multiplier, code, is_time)
    mod = words.lookup("approximation", groups["approximation"]) if "approximation" in groups else None
    return Normalized("DURATION", value, mod, "amount of time")


# Half a unit in the next smaller one: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
_HALVES = {"year": ("6M", False), "month": ("15D", False), "day": ("12H", True), "hour": ("30M", True)}


def _and_a_half(unit: str, amount: float, code: str, is_time: bool) -> str:
    whole = _number_text(amount)
    if unit == "minute":
        return f"PT{whole}M30S"
    if unit in _HALVES:
        half, half_is_time = _HALVES[unit]
        if is_time:
            return f"PT{whole}{code}{half}"
        return f"P{whole}{code}T{half}" if half_is_time else f"P{whole}{code}{half}"
    return f"PT{_number_text(amount + 0.5)}{code}" if is_time else f"P{_number_text(amount + 0.5)}{code}"


def _number_text(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def day(groups: Groups, context: Context) -> Normalized | None:
    """A day named from the reference (yesterday, tomorrow), maybe with a part of the day."""
    words = lexicon()
    if "day_offset" in groups:
        table = "daypart_shift" if "daypart" in groups else "day_offset"
        offset = words.lookup(table, groups["day_offset"])
    else:
        offset = 0
    if not isinstance(offset, int):
        return None
    daypart = None
    if "daypart" in groups:
        daypart = words.lookup("daypart", groups["daypart"])
    if context.reference is None:
        base = "XXXX-XX-XX"
    else:
        base = dates.day_value(context.reference + dt.timedelta(days=offset))
    value = f"{base}T{daypart}" if daypart else base
    mod = words.lookup("part", groups["part"]) if "part" in groups else None
    return Normalized("TIME" if daypart else "DATE", value, mod, f"day {offset:+d} from the reference")


def clock(groups: Groups, context: Context) -> Normalized | None:
    """A time of day, on the reference day unless a day is named with it."""
    words = lexicon()
    if "noon" in groups:
        time_text = str(words.lookup("clock_word", groups["noon"]))
    else:
        if "clock" in groups:
            hour_text, minute_text = re.split(r"[:.]", groups["clock"])
        elif "zoned_clock" in groups:
            hour_text, minute_text = groups["zoned_clock"][:2], groups["zoned_clock"][2:]
        else:
            hour_text, minute_text = groups["hour"], groups.get("minute", "00")
        hour = int(hour_text)
        meridiem = groups.get("meridiem", "").lower()
        meridiem = str(words.lookup("clock_daypart", meridiem) or meridiem)  # "in the morning": a.m.
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        time_text = f"{hour:02d}:{minute_text}"
    named = _merged(groups, ("weekday", "month", "day"))
    date_groups = {k: v for k, v in named.items() if k in ("weekday", "month", "day", "year")}
    day_part: str
    explanation = "time of day"
    if "day_offset" in groups:
        offset = words.lookup("day_offset", groups["day_offset"])
        if context.reference is None or not isinstance(offset, int):
            day_part = "XXXX-XX-XX"
        else:
            day_part = dates.day_value(context.reference + dt.timedelta(days=offset))
    elif date_groups:
        found = calendar(date_groups, context)
        if found is None:
            return None
        day_part, explanation = found.value, f"time of day, {found.explanation}"
    elif context.anchor is not None and _DAY_VALUE.match(context.anchor):
        # "at 6 a.m." is on the day the text is telling about: the last day it mentioned
        day_part = context.anchor[:10]
        explanation = f"time of day on the last day mentioned ({context.anchor})"
    elif context.reference is not None:
        day_part = dates.day_value(context.reference)
        explanation = "time of day on the reference day"
    else:
        day_part = "XXXX-XX-XX"
    mod = words.lookup("approximation", groups["approximation"]) if "approximation" in groups else None
    return Normalized("TIME", f"{day_part}T{time_text}", mod, explanation)


def vague(groups: Groups, context: Context) -> Normalized | None:
    """PAST_REF, PRESENT_REF or FUTURE_REF."""
    words = lexicon()
    if "vague_period" in groups:
        unit = words.lookup("unit", groups.get("unit", ""))
        if not isinstance(unit, str) or unit == " ".join(groups["unit"].lower().split()):
            return None  # a single unit ("the past year") is a calendar unit, not a vague stretch
        if words.lookup("vague_period_reference", unit) is not None:
            value = words.lookup("vague_period", groups["vague_period"])
            return Normalized("DATE", str(value), None, "vague stretch of time")
        code, is_time, _multiplier = _code(words, unit)
        value = f"PTX{code}" if is_time else f"PX{code}"
        return Normalized("DURATION", value, None, "an unspecified number of units")
    if "someday" in groups:
        value = words.lookup("someday", groups["someday"])
    else:
        value = words.lookup("vague", groups.get("vague", ""))
    if not isinstance(value, str):
        return None
    return Normalized("DATE", value, None, "vague reference")


def recurring(groups: Groups, context: Context) -> Normalized | None:
    """A set: annually -> P1Y, every Monday -> XXXX-WXX-1, each spring -> XXXX-SP, every four years -> P4Y."""
    words = lexicon()
    if "set" in groups or "set2" in groups:
        found = (
            words.lookup("set", groups["set"])
            if "set" in groups
            else words.lookup("set_adverb", groups["set2"])
        )
        if not isinstance(found, list):
            return None
        return Normalized("SET", str(found[0]), None, "recurring time")
    if "weekday" in groups:
        daypart = words.lookup("recurring_daypart", groups["daypart"]) if "daypart" in groups else None
        value = f"XXXX-WXX-{words.lookup('weekday', groups['weekday'])}"
        return Normalized("SET", f"{value}T{daypart}" if daypart else value, None, "every weekday")
    if "month" in groups:
        return Normalized(
            "SET", f"XXXX-{words.lookup('month', groups['month']):02d}", None, "every month of that name"
        )
    if "season" in groups:
        season = words.lookup("season", groups["season"])
        return Normalized("SET", f"XXXX-{season}", None, "every season of that name")
    unit = words.lookup("unit", groups.get("unit", ""))
    if not isinstance(unit, str):
        return None
    code, is_time, multiplier = _code(words, unit)
    amount = number_value(groups["count"]) if "count" in groups else 1
    number = "X" if amount is None else _number_text(amount * multiplier)
    return Normalized(
        "SET", f"PT{number}{code}" if is_time else f"P{number}{code}", None, "recurring amount of time"
    )


def day_range(groups: Groups, context: Context) -> Normalized | None:
    """Days of one month or two: July 2-3, 2024 -> 2024-07-02/2024-07-03; Dec. 30 to Jan. 2, 2025.

    A year written after the last day is the year of the last day.
    """
    words = lexicon()
    last_day = _day_number(words, groups["day2"])
    last_month = words.lookup("month", groups["month2"]) if "month2" in groups else None
    first_groups = {k: v for k, v in groups.items() if k in ("month", "day")}
    year = _year_number(groups["year"]) if "year" in groups else None
    if year is not None:
        first_groups["year"] = str(year)
    first = calendar(first_groups, context)
    if first is None or last_day is None:
        return None
    if first.value.startswith("XXXX"):
        if last_month is None:
            # without a year the days are no interval a value can hold; their month holds them all
            explanation = f"days of one month, {first.explanation}: the month"
            return Normalized("DATE", first.value[:7], None, explanation)
        return first
    first_day = dt.date.fromisoformat(first.value)
    month = last_month if isinstance(last_month, int) else first_day.month
    try:
        last = dt.date(first_day.year, month, last_day)
        if last <= first_day and last_month is not None:
            last = dt.date(first_day.year + 1, month, last_day)
    except ValueError:
        return None
    if last <= first_day:
        return first
    if year is not None and last.year != first_day.year:
        first_day = first_day.replace(year=year - 1)  # "Dec. 30 to Jan. 2, 2025" starts in 2024
        last = last.replace(year=year)
    explanation = f"days of {'two months' if last_month is not None else 'one month'}, {first.explanation}"
    return Normalized("DATE", f"{dates.day_value(first_day)}/{dates.day_value(last)}", None, explanation)


NORMALIZERS: dict[str, Callable[[Groups, Context], Normalized | None]] = {
    "calendar": calendar,
    "relative": relative,
    "anchored": anchored,
    "period": period,
    "holiday": holiday,
    "duration": duration,
    "day": day,
    "clock": clock,
    "vague": vague,
    "set": recurring,
    "range": day_range,
    "beside": beside,
}
