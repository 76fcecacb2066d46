"""The ``timeline`` command."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline import __version__
from timeline.documents import read_documents, seed_folder
from timeline.errors import TimelineError
from timeline.export import to_json, write_all_atomic
from timeline.model import EVENT_KINDS, Timeline, is_country_code
from timeline.pipeline import build

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130

Exporter = Callable[[Timeline], bytes]


def _json_bytes(timeline: Timeline) -> bytes:
    return to_json(timeline).encode("utf-8")


FORMATS: dict[str, tuple[str, Exporter]] = {
    "json": ("timeline.json", _json_bytes),
}
DEFAULT_FORMATS = ("json",)


class UsageError(TimelineError):
    """A command-line argument that cannot be used."""


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-21") from None


def _country(text: str) -> str:
    code = text.upper()
    if not is_country_code(code):
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 3166-1 alpha-3 country code")
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn diplomatic news into a dated, deduplicated timeline.",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build_command = commands.add_parser(
        "build",
        help="build a timeline from articles (default: the bundled seed corpus)",
        description="Read articles, extract their events, merge duplicates and write the timeline.",
    )
    build_command.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md), JSON Lines corpora, folders, or - for stdin",
    )
    build_command.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("timeline-out"),
        metavar="DIR",
        help="folder to write into (default: ./timeline-out)",
    )
    build_command.add_argument(
        "--format",
        action="append",
        choices=sorted(FORMATS),
        metavar="FORMAT",
        help="output format, repeatable (default: every format)",
    )
    build_command.add_argument(
        "--published",
        type=_day,
        metavar="DATE",
        help="publication date for documents that state none (YYYY-MM-DD)",
    )
    build_command.add_argument("--since", type=_day, metavar="DATE", help="keep events on or after DATE")
    build_command.add_argument("--until", type=_day, metavar="DATE", help="keep events on or before DATE")
    build_command.add_argument(
        "--country",
        type=_country,
        action="append",
        default=[],
        metavar="ISO3",
        help="keep events involving this country (repeatable)",
    )
    build_command.add_argument(
        "--kind",
        choices=sorted(EVENT_KINDS),
        action="append",
        default=[],
        help="keep events of this kind (repeatable)",
    )
    build_command.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    return parser


def _run_build(arguments: argparse.Namespace) -> int:
    paths = arguments.paths or [seed_folder()]
    documents = read_documents(paths, published=arguments.published)
    timeline = build(documents)
    timeline = timeline.filter(
        since=arguments.since, until=arguments.until, countries=arguments.country, kinds=arguments.kind
    )
    formats = arguments.format or list(DEFAULT_FORMATS)
    outputs = {arguments.output / FORMATS[name][0]: FORMATS[name][1](timeline) for name in formats}
    write_all_atomic(outputs)
    if not arguments.quiet:
        print(f"{len(documents)} documents read, {len(timeline.events)} events")
        for path in outputs:
            print(f"wrote {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_help()
        return 0
    try:
        return _run_build(arguments)
    except TimelineError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("timeline: interrupted; earlier outputs left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
