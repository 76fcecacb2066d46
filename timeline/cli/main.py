"""The ``timeline`` command: build, update, extract, times, timeml."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from timeline import __version__
from timeline.cli import progress, timeml, times
from timeline.cli.distributed import SCHEDULER_HELP, build_on_dask, scheduler_option
from timeline.cli.outputs import DEFAULT_FORMATS, FORMATS, render_outputs
from timeline.cli.tables import event_table
from timeline.documents import read_documents, seed_folder
from timeline.errors import TimelineError
from timeline.export import CoarseDates, IcsOptions, load, to_json, write_all_atomic
from timeline.export.labels import count_label
from timeline.extraction import extract
from timeline.merge import merge
from timeline.model import EVENT_KINDS, Document, Event, Timeline, is_country_code

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """Reports a usage mistake in one line, like every other user error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: error: {message} (see --help)\n")


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


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--published",
        type=_day,
        metavar="DATE",
        help="publication date for documents that state none (YYYY-MM-DD)",
    )


def _add_output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("timeline-out"),
        metavar="DIR",
        help="folder to write into (default: ./timeline-out)",
    )
    command.add_argument(
        "--format",
        action="append",
        choices=sorted(FORMATS),
        dest="formats",
        help=f"output format, repeatable (default: {', '.join(DEFAULT_FORMATS)})",
    )
    command.add_argument("--since", type=_day, metavar="DATE", help="keep events on or after DATE")
    command.add_argument("--until", type=_day, metavar="DATE", help="keep events on or before DATE")
    command.add_argument(
        "--country",
        type=_country,
        action="append",
        default=[],
        metavar="ISO3",
        help="keep events involving this country, e.g. KAZ (repeatable)",
    )
    command.add_argument(
        "--kind",
        choices=sorted(EVENT_KINDS),
        action="append",
        default=[],
        help="keep events of this kind (repeatable)",
    )
    command.add_argument(
        "--calendar-name", default="Timeline", metavar="NAME", help="the calendar's name in .ics clients"
    )
    command.add_argument(
        "--coarse-dates",
        choices=[policy.value for policy in CoarseDates],
        default=CoarseDates.SPAN.value,
        help="events dated to a month, season or year: span those days in the calendar, or leave them out",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors and warnings")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timeline",
        description="Turn diplomatic news into a dated, deduplicated timeline.",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    build_command = commands.add_parser(
        "build",
        help="build a timeline from articles (default: the bundled seed corpus)",
        description="Read articles, extract their events, merge duplicates and write the timeline "
        "as JSON, iCalendar and Markdown.",
    )
    build_command.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md), JSON Lines corpora, folders, or - for stdin "
        "(default: the bundled seed corpus)",
    )
    _add_reading_options(build_command)
    _add_output_options(build_command)
    build_command.add_argument(
        "--scheduler", type=scheduler_option, metavar="dask[:ADDRESS]", help=SCHEDULER_HELP
    )

    update_command = commands.add_parser(
        "update",
        help="merge new articles into an existing timeline JSON",
        description="Read an existing timeline.json, extract the events of new articles and merge them in; "
        "events already there keep their ids.",
    )
    update_command.add_argument("timeline_json", type=Path, metavar="TIMELINE.json")
    update_command.add_argument("paths", nargs="+", metavar="PATH", help="new articles, folders or corpora")
    _add_reading_options(update_command)
    _add_output_options(update_command)

    extract_command = commands.add_parser(
        "extract",
        help="print the events of each document, unmerged",
        description="Print the events each document reports, as JSON or as a table.",
    )
    extract_command.add_argument("paths", nargs="+", metavar="FILE")
    _add_reading_options(extract_command)
    extract_command.add_argument("--table", action="store_true", help="a readable table instead of JSON")

    times.add_parser(commands)
    timeml.add_parser(commands)
    return parser


def _extract_with_progress(documents: Sequence[Document], quiet: bool) -> list[Event]:
    events: list[Event] = []
    for document in progress.track(documents, "extracting", enabled=not quiet):
        events.extend(extract(document))
    return events


def _write(arguments: argparse.Namespace, timeline: Timeline, reports: int, read: str) -> int:
    """Filter and write `timeline`; `reports` counts the events before merging, `read` says what was read."""
    merged = len(timeline.events)
    timeline = timeline.filter(
        since=arguments.since, until=arguments.until, countries=arguments.country, kinds=arguments.kind
    )
    options = IcsOptions(
        calendar_name=arguments.calendar_name, coarse_dates=CoarseDates(arguments.coarse_dates)
    )
    outputs = render_outputs(timeline, arguments.formats or DEFAULT_FORMATS, arguments.output, options)
    write_all_atomic(outputs.files)
    if not arguments.quiet:
        kinds = Counter(event.kind for event in timeline.events)
        by_kind = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())) or "none"
        print(read)
        print(f"{count_label(len(timeline.events), 'event')} ({by_kind})")
        print(f"{max(reports - merged, 0)} duplicate reports merged")
        if merged > len(timeline.events):
            print(f"{count_label(merged - len(timeline.events), 'event')} left out by the filters")
        if outputs.calendar is not None:
            left_out = outputs.calendar
            print(
                f"{count_label(left_out.unknown_dates, 'event')} left out of the calendar for unknown dates"
                + (f", {left_out.coarse_dates} for dates coarser than a day" if left_out.coarse_dates else "")
            )
        for path in outputs.files:
            print(f"wrote {path}")
    elif outputs.calendar is not None and outputs.calendar.unknown_dates:
        unknown = count_label(outputs.calendar.unknown_dates, "event")
        print(f"{unknown} left out of the calendar for unknown dates", file=sys.stderr)
    return 0


def _outputs(arguments: argparse.Namespace) -> list[Path]:
    """Every file a build may write: a folder searched for articles may hold the last build's."""
    return [arguments.output / name for name in FORMATS.values()]


def _read(documents: int) -> str:
    return f"{count_label(documents, 'document')} read"


def _run_build(arguments: argparse.Namespace) -> int:
    paths = arguments.paths or [seed_folder()]
    if arguments.scheduler:
        built = build_on_dask(
            paths,
            published=arguments.published,
            scheduler=arguments.scheduler,
            quiet=arguments.quiet,
            skip=_outputs(arguments),
        )
        return _write(arguments, built.timeline, built.reports, _read(len(built.timeline.documents)))
    documents = read_documents(paths, published=arguments.published, skip=_outputs(arguments))
    reports = _extract_with_progress(documents, arguments.quiet)
    timeline = Timeline(events=merge(reports), documents=[document.ref for document in documents])
    return _write(arguments, timeline, len(reports), _read(len(documents)))


def _run_update(arguments: argparse.Namespace) -> int:
    existing = load(arguments.timeline_json)
    documents = read_documents(arguments.paths, published=arguments.published, skip=_outputs(arguments))
    known = {document.id for document in existing.documents}
    new_documents = [document for document in documents if document.id not in known]
    reports = _extract_with_progress(new_documents, arguments.quiet)
    timeline = existing.update(new_documents)
    read = f"{_read(len(documents))}, {len(new_documents)} new"
    return _write(arguments, timeline, len(existing.events) + len(reports), read)


def _run_extract(arguments: argparse.Namespace) -> int:
    documents = read_documents(arguments.paths, published=arguments.published)
    if arguments.table:
        for document in documents:
            print(event_table(document, extract(document)))
    else:
        events = [event for document in documents for event in extract(document)]
        sys.stdout.write(to_json(Timeline(events=events, documents=[d.ref for d in documents])))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_help()
        return 0
    runners = {"build": _run_build, "update": _run_update, "extract": _run_extract}
    try:
        if arguments.command in runners:
            return runners[arguments.command](arguments)
        status: int = arguments.run(arguments)
        return status
    except TimelineError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("timeline: interrupted; earlier outputs left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
