"""``timeline times TEXT --reference DATE``: the time expressions of a text, their values and why."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from timeline.temporal import TimeMention, find_times

_COLUMNS = ("text", "type", "value", "mod", "rule")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-21") from None


def add_parser(subparsers: Any) -> None:
    """Add the ``times`` command to an argparse sub-parser collection."""
    command = subparsers.add_parser(
        "times",
        help="show the time expressions of a text with their TIMEX3 values",
        description="Find every time expression in TEXT, normalize it against the reference date and "
        "show its TIMEX3 type, value and modifier with the rule that produced it.",
    )
    command.add_argument("text", metavar="TEXT", help="the text to read, or - for standard input")
    command.add_argument(
        "--reference",
        type=_day,
        metavar="DATE",
        help="the date the text was written (YYYY-MM-DD); without it, relative dates stay open (XXXX)",
    )
    command.add_argument("--json", action="store_true", help="print JSON instead of a table")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the time expressions of ``args.text``; returns the exit status."""
    text = sys.stdin.read() if args.text == "-" else args.text
    mentions = find_times(text, args.reference)
    if args.json:
        print(json.dumps([_record(mention) for mention in mentions], ensure_ascii=False, indent=2))
    else:
        print(table(mentions), end="")
    return 0


def _record(mention: TimeMention) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type,
        "value": mention.value,
        "mod": mention.mod,
        "rule": mention.rule,
    }


def table(mentions: list[TimeMention]) -> str:
    """The mentions as an aligned plain-text table, one row each."""
    if not mentions:
        return "no time expressions\n"
    rows = [_COLUMNS] + [(" ".join(m.text.split()), m.type, m.value, m.mod or "", m.rule) for m in mentions]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_COLUMNS) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
