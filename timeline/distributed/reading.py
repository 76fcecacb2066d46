"""Which files a distributed build reads: paths, folders and globs, split into pieces of work.

`read_documents` reads each piece, so a file is parsed, and a bad one
reported, exactly as on one machine. A folder is split into its files
unless it holds a ``manifest.json``, whose metadata only a whole-folder
read applies; such a folder is one piece of work. Files given to `skip`
(such as the last build's ``timeline.md`` in the folder being read) are
left out of folders, as `read_documents` leaves them out.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from timeline.documents import read_documents
from timeline.documents.loading import ARTICLE_SUFFIXES, CORPUS_SUFFIXES, MANIFEST
from timeline.errors import DocumentError

_GLOB_CHARACTERS = frozenset("*?[")


def work_items(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> list[str]:
    """The files (and manifest folders) behind `paths`, in the order `read_documents` reads them
    with the same `skip`.

    Raises `DocumentError` for a path that does not exist, a pattern that
    matches nothing, a folder without articles, or standard input (which
    workers cannot read).
    """
    skipped = frozenset(Path(file).resolve() for file in skip)
    return _items(paths, skipped)


def _items(paths: Iterable[str | Path], skipped: frozenset[Path]) -> list[str]:
    items: list[str] = []
    for path in paths:
        text = str(path)
        if text == "-":
            raise DocumentError("-", "standard input cannot be read on a cluster; give files or folders")
        location = Path(text)
        if not location.exists() and _GLOB_CHARACTERS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise DocumentError(text, "no files match this pattern")
            items.extend(_items(matches, skipped))
        elif location.is_dir():
            items.extend(_folder_items(location, skipped))
        elif location.exists():
            items.append(text)
        else:
            raise DocumentError(text, "no such file or directory")
    return items


def _folder_items(folder: Path, skipped: frozenset[Path]) -> list[str]:
    files = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.resolve() not in skipped
    )
    if any(path.name == MANIFEST for path in files):
        return [str(folder)]
    articles = [str(path) for path in files if path.suffix.lower() in ARTICLE_SUFFIXES | CORPUS_SUFFIXES]
    if not articles:
        read_documents([folder], skip=skipped)  # raises the error a single machine gives for this folder
    return articles
