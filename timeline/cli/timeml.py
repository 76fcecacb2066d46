"""``timeline timeml INPUT... -o OUTDIR``: tag TimeML (TempEval-3 ``.tml``) files with TIMEX3."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from timeline.export import write_all_atomic
from timeline.temporal import TimeMLError, find_times, read_timeml, write_timeml

SUFFIX = ".tml"


def add_parser(subparsers: Any) -> None:
    """Add the ``timeml`` command to an argparse sub-parser collection."""
    command = subparsers.add_parser(
        "timeml",
        help="tag TimeML / TempEval-3 .tml files with TIMEX3",
        description="Read TimeML files (with their document creation time), find the time expressions "
        "of their text and write each file to OUTDIR with TIMEX3 tags.",
    )
    command.add_argument("inputs", nargs="+", metavar="INPUT", help=".tml files or folders of them")
    command.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTDIR", help="folder to write into"
    )
    command.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    command.set_defaults(run=run)


def _files(inputs: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file() and not p.name.startswith("."))
            if not found:
                raise TimeMLError(str(path), f"no {SUFFIX} files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise TimeMLError(str(path), "no such file or directory")
    return files


def run(args: argparse.Namespace) -> int:
    """Tag every input file and write the results at once (nothing is written if one fails)."""
    outputs: dict[Path, bytes] = {}
    total = 0
    for path in _files(args.inputs):
        document = read_timeml(path)
        mentions = find_times(document.text, document.dct)
        total += len(mentions)
        target = args.output / path.name
        if target.resolve() == path.resolve():
            raise TimeMLError(str(path), "the output would replace this input; give -o another folder")
        if target in outputs:
            raise TimeMLError(str(path), f"two inputs are named {path.name}")
        outputs[target] = write_timeml(document, mentions).encode("utf-8")
    write_all_atomic(outputs)
    if not args.quiet:
        print(f"{len(outputs)} files, {total} time expressions, written to {args.output}")
    return 0
