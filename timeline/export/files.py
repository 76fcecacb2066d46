"""Writing output files so that an interrupted run never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from timeline.errors import TimelineError


class OutputError(TimelineError):
    """An output file or folder that cannot be written."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    write_all_atomic({Path(path): data})


def write_all_atomic(files: Mapping[Path, bytes]) -> None:
    """Write several files, replacing none of them until all are written.

    Each file goes to a temporary file in its own folder first; only when
    every one is complete are they renamed into place, so an error or a
    Ctrl-C part-way leaves the previous outputs as they were.
    """
    for path in files:
        if path.is_dir():  # found now, before any file is replaced, rather than at its rename
            raise OutputError(f"{path}: a folder is in the way of this file")
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            folder = path.parent if str(path.parent) else Path(".")
            if folder.exists() and not folder.is_dir():
                raise OutputError(f"{folder}: not a folder (a file of that name is in the way)")
            try:
                folder.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            except OSError as error:
                raise OutputError(f"{folder}: cannot write here ({error.strerror or error})") from None
            staged.append((temporary, path))
            # mkstemp makes the file private; outputs get the permissions any new file would get.
            os.fchmod(handle, 0o666 & ~_umask())
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, path in staged:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
    finally:
        for temporary, _path in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
