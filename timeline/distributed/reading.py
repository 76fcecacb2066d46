"""Which files a distributed build reads: paths, folders and globs, split into pieces of work.

`read_documents` reads each piece, so a file is parsed, and a bad one
reported, exactly as on one machine. A folder is split into its files
unless it holds a ``manifest.json``, whose metadata only a whole-folder
read applies; such a folder is one piece of work.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from timeline.documents import read_documents
from timeline.documents.loading import ARTICLE_SUFFIXES, CORPUS_SUFFIXES, MANIFEST
from timeline.errors import DocumentError

_GLOB_CHARACTERS = frozenset("*?[")


def work_items(paths: Iterable[str | Path]) -> list[str]:
    """The files (and manifest folders) behind `paths`, in the order `read_documents` reads them.

    Raises `DocumentError` for a path that does not exist, a pattern that
    matches nothing, a folder without articles, or standard input (which
    workers cannot read).
    """
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
            items.extend(work_items(matches))
        elif location.is_dir():
            items.extend(_folder_items(location))
        elif location.exists():
            items.append(text)
        else:
            raise DocumentError(text, "no such file or directory")
    return items


def _folder_items(folder: Path) -> list[str]:
    files = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    if any(path.name == MANIFEST for path in files):
        return [str(folder)]
    articles = [str(path) for path in files if path.suffix.lower() in ARTICLE_SUFFIXES | CORPUS_SUFFIXES]
    if not articles:
        read_documents([folder])  # raises the error a single machine gives for this folder
    return articles
