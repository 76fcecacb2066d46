"""Read articles from files, folders, JSON Lines corpora and standard input.

Formats:

* a ``.txt`` (or ``.md``) article, optionally opening with a front-matter
  block between ``---`` lines holding ``published``, ``url``, ``outlet``,
  ``title`` and ``id``;
* a saved web page (``.html``, ``.htm``): the story's paragraphs, with the
  publication date, URL, outlet and headline the page declares;
* a ``.jsonl`` corpus, one JSON object per line with at least ``"text"``;
* a folder of these, searched recursively; a ``manifest.json`` in a folder
  (``{"articles": [{"file", "outlet", "url", "published", ...}]}``) supplies
  metadata for the files it names, read with their folder or one by one;
* ``-`` for standard input (JSON Lines when it starts with ``{``, a web page
  when it starts with ``<!DOCTYPE html>`` or ``<html>``).

The publication date comes from metadata when given, else from the text
(`timeline.temporal.find_published`), else it stays unknown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from timeline.documents.html import declared_charset, looks_like_html, read_page
from timeline.errors import DocumentError
from timeline.model import Document
from timeline.model.urls import is_absolute_uri, normalize_url
from timeline.temporal import find_published

PAGE_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt", ".md"}) | PAGE_SUFFIXES
CORPUS_SUFFIXES = frozenset({".jsonl"})
METADATA_KEYS = frozenset({"id", "published", "url", "outlet", "title"})
MANIFEST = "manifest.json"

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# An opening ``---`` followed by a metadata line: front matter, even when its closing line is missing.
_FRONT_MATTER_START = re.compile(
    rf"\A\ufeff?---[ \t]*\r?\n[ \t]*(?:{'|'.join(sorted(METADATA_KEYS))})[ \t]*:", re.IGNORECASE
)


def read_documents(
    paths: str | Path | Iterable[str | Path],
    *,
    published: dt.date | None = None,
    skip: Iterable[str | Path] = (),
) -> list[Document]:
    """Every document found at `paths` (one path or several), in a stable order.

    `published` is the date given to documents that have none in their
    metadata or text. Folders are searched without the files in `skip`
    (such as the ``timeline.md`` a build writes, which is not an article).
    Raises `DocumentError` naming the file and the problem.
    """
    documents: list[Document] = []
    seen: dict[str, Document] = {}
    skipped = frozenset(Path(file).resolve() for file in skip)
    for path in [paths] if isinstance(paths, str | Path) else paths:
        for document in _read_path(str(path), published, skipped):
            earlier = seen.get(document.id)
            if earlier is None:
                seen[document.id] = document
                documents.append(document)
            elif earlier.text != document.text:
                raise DocumentError(str(path), f"two different documents share the id {document.id!r}")
    return documents


def _read_path(path: str, published: dt.date | None, skipped: frozenset[Path]) -> Iterator[Document]:
    if path == "-":
        yield from _read_stream("<stdin>", _read_stdin(), published)
        return
    location = Path(path)
    if location.is_dir():
        yield from _read_folder(location, published, skipped)
    elif location.exists():
        manifest = _read_manifest(location.parent / MANIFEST)
        yield from _read_file(location, manifest.get(location.name, {}), published)
    else:
        raise DocumentError(path, "no such file or directory")


def _read_stdin() -> str:
    return _decode("<stdin>", sys.stdin.buffer.read())


def _read_stream(name: str, text: str, published: dt.date | None) -> Iterator[Document]:
    if text.lstrip().startswith("{"):
        yield from _parse_jsonl(name, text, published)
    elif looks_like_html(text):
        yield _parse_page(name, text, {}, published, default_id=None)
    else:
        yield _parse_article(name, text, {}, published, default_id=None)


def _read_folder(folder: Path, published: dt.date | None, skipped: frozenset[Path]) -> Iterator[Document]:
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES | CORPUS_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.resolve() not in skipped
    )
    if not files:
        raise DocumentError(str(folder), "no articles (.txt, .md, .html or .jsonl files) in this folder")
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for file in files:
        directory = file.parent
        if directory not in manifests:
            manifests[directory] = _read_manifest(directory / MANIFEST)
        yield from _read_file(file, manifests[directory].get(file.name, {}), published)


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    data = _load_json(path)
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, list):
        raise DocumentError(str(path), 'a manifest is {"articles": [{"file": ..., ...}]}')
    entries: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(articles, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise DocumentError(str(path), f"article {number} has no 'file' name")
        entries[entry["file"]] = {k: v for k, v in entry.items() if k in METADATA_KEYS}
    return entries


def _load_json(path: Path) -> Any:
    text = _read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(str(path), f"invalid JSON: {error}") from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(str(path), error.strerror or str(error)) from None
    charset = declared_charset(data) if path.suffix.lower() in PAGE_SUFFIXES else None
    return _decode(str(path), data, charset or "utf-8")


def _decode(name: str, data: bytes, charset: str = "utf-8") -> str:
    codec = "utf-8-sig" if charset.lower().replace("_", "-") in {"utf-8", "utf8"} else charset
    try:
        text = data.decode(codec)
    except LookupError:
        raise DocumentError(name, f"the page declares an unknown character set {charset!r}") from None
    except UnicodeDecodeError as error:
        problem = f"not {charset.upper()} text ({error.reason} at byte {error.start})"
        raise DocumentError(name, problem) from None
    # NUL never occurs in text, and binary files that happen to be valid UTF-8 are full of it.
    if "\0" in text:
        raise DocumentError(name, f"a binary file, not text (NUL byte at character {text.index(chr(0))})")
    return text


def _read_file(path: Path, metadata: Mapping[str, Any], published: dt.date | None) -> Iterator[Document]:
    if path.suffix.lower() == ".json":
        # Most often a timeline written before, given to `build` instead of `update`.
        raise DocumentError(
            str(path),
            "a .json file is not an article (articles are .txt or .md, corpora .jsonl with one JSON "
            "object per line; a timeline JSON takes new articles through update)",
        )
    text = _read_text(path)
    if path.suffix.lower() in CORPUS_SUFFIXES:
        yield from _parse_jsonl(str(path), text, published)
    elif path.suffix.lower() in PAGE_SUFFIXES:
        yield _parse_page(str(path), text, metadata, published, default_id=path.stem)
    else:
        yield _parse_article(str(path), text, metadata, published, default_id=path.stem)


def _parse_jsonl(name: str, text: str, published: dt.date | None) -> Iterator[Document]:
    found = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DocumentError(where, f"invalid JSON: {error.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DocumentError(where, 'each line must be a JSON object with a "text" string')
        metadata = {k: v for k, v in record.items() if k in METADATA_KEYS}
        found = True
        yield _make_document(where, record["text"], metadata, published, default_id=None)
    if not found:
        raise DocumentError(name, "no articles in this JSON Lines file")


def _parse_article(
    name: str, text: str, metadata: Mapping[str, Any], published: dt.date | None, *, default_id: str | None
) -> Document:
    merged = dict(metadata)
    match = _FRONT_MATTER.match(text)
    if match is not None:
        merged.update(_parse_front_matter(name, match.group(1)))
        text = text[match.end() :]
    elif _FRONT_MATTER_START.match(text):
        raise DocumentError(name, "front matter opened with '---' on line 1 has no closing '---' line")
    return _make_document(name, text, merged, published, default_id=default_id)


def _parse_page(
    name: str, markup: str, metadata: Mapping[str, Any], published: dt.date | None, *, default_id: str | None
) -> Document:
    text, declared = read_page(markup)
    # What the user states (a manifest) outranks what the page declares.
    return _make_document(name, text, {**declared, **metadata}, published, default_id=default_id)


def _parse_front_matter(name: str, block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or key not in METADATA_KEYS:
            raise DocumentError(
                name, f"front matter line {line.strip()!r} is not one of {', '.join(sorted(METADATA_KEYS))}"
            )
        fields[key] = value.strip().strip("\"'")
    return fields


def _make_document(
    name: str, text: str, metadata: Mapping[str, Any], published: dt.date | None, *, default_id: str | None
) -> Document:
    if not text.strip():
        raise DocumentError(name, "no article text (empty or only white space)")
    for key, value in metadata.items():
        if value is not None and not isinstance(value, str):
            raise DocumentError(name, f"metadata {key!r} must be a string, not {json.dumps(value)}")
    day = _parse_day(name, metadata.get("published"))
    source = "metadata" if day is not None else None
    if day is None:
        detected = find_published(text)
        when = None if detected is None else detected.when
        if detected is not None and when is not None and when.start is not None and when.start == when.end:
            day, source = when.start, f"text: {detected.source}"
    if day is None and published is not None:
        day, source = published, "default"
    url = metadata.get("url") or None
    if url is not None:
        url = normalize_url(url)
        if not is_absolute_uri(url):
            raise DocumentError(name, f"url {metadata['url']!r} is not an absolute URL")
    document_id = metadata.get("id") or default_id
    fields: dict[str, Any] = {
        "text": text,
        "published": day,
        "published_from": source,
        "url": url,
        "outlet": metadata.get("outlet") or None,
        "title": metadata.get("title") or None,
    }
    if document_id:
        fields["id"] = document_id
    return Document(**fields)


def _parse_day(name: str, value: str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DocumentError(name, f"published date {value!r} is not a date like 2024-05-21") from None
