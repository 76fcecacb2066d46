"""TimeML (TempEval-3 ``.tml``) in and out: read a document and its creation time, write it with TIMEX3 tags.

A TimeML file is XML: a header (``DOCID``, ``DCT`` holding the document
creation time as a TIMEX3, maybe a ``TITLE``) and the article in ``TEXT``.
`read_timeml` keeps the header as written and the text without any markup;
`write_timeml` puts the header back and tags every time expression in the
text, so the output can be scored with the TempEval-3 toolkit.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path

import attrs

from timeline.errors import TimelineError
from timeline.temporal.mention import TimeMention

_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_DCT = re.compile(r"<DCT\b[^>]*>.*?</DCT\s*>", re.DOTALL)
_VALUE = re.compile(r"""\bvalue\s*=\s*["'](\d{4}-\d{2}-\d{2})""")


class TimeMLError(TimelineError):
    """A TimeML file that cannot be read: names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@attrs.frozen(slots=True, kw_only=True)
class TimeMLDocument:
    """A TimeML document: its name, creation date, plain text, and the markup around the text."""

    name: str
    dct: dt.date | None
    text: str
    head: str
    tail: str


def read_timeml(source: str | Path, *, name: str | None = None) -> TimeMLDocument:
    """The document in a TimeML file (a path) or TimeML markup (a string starting with ``<``)."""
    if isinstance(source, Path) or not source.lstrip().startswith("<"):
        path = Path(source)
        label = name or path.name
        try:
            markup = path.read_text("utf-8-sig")
        except OSError as error:
            raise TimeMLError(str(path), error.strerror or str(error)) from None
        except UnicodeDecodeError as error:
            raise TimeMLError(str(path), f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    else:
        markup, label = source, name or "<timeml>"
    try:
        ElementTree.fromstring(markup)
    except ElementTree.ParseError as error:
        raise TimeMLError(label, f"not well-formed XML ({error})") from None
    found = _TEXT.search(markup)
    if found is None:
        raise TimeMLError(label, "no <TEXT> element")
    text = html.unescape(_TAG.sub("", found.group(1)))
    return TimeMLDocument(
        name=label,
        dct=_creation_date(markup, label),
        text=text,
        head=markup[: found.start(1)],
        tail=markup[found.end(1) :],
    )


def _creation_date(markup: str, label: str) -> dt.date | None:
    dct = _DCT.search(markup)
    if dct is None:
        return None
    value = _VALUE.search(dct.group())
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.group(1))
    except ValueError:
        raise TimeMLError(label, f"the DCT {value.group(1)!r} is not a date") from None


def write_timeml(document: TimeMLDocument, mentions: Sequence[TimeMention]) -> str:
    """The document as TimeML with a TIMEX3 tag around every mention (ids t1, t2, ...)."""
    parts: list[str] = []
    position = 0
    for number, mention in enumerate(sorted(mentions, key=lambda m: m.start), 1):
        if mention.start < position or document.text[mention.start : mention.end] != mention.text:
            raise ValueError(f"mention {mention.text!r} at {mention.start} does not fit the document text")
        parts.append(_escape(document.text[position : mention.start]))
        parts.append(f"{_timex_open(number, mention)}{_escape(mention.text)}</TIMEX3>")
        position = mention.end
    parts.append(_escape(document.text[position:]))
    return document.head + "".join(parts) + document.tail


def _timex_open(number: int, mention: TimeMention) -> str:
    attributes = [f'tid="t{number}"', f'type="{mention.type}"', f'value="{_escape(mention.value)}"']
    if mention.mod:
        attributes.append(f'mod="{mention.mod}"')
    return f"<TIMEX3 {' '.join(attributes)}>"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
