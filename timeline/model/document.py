"""Articles and what is known about them."""

from __future__ import annotations

import datetime as dt
import hashlib

import attrs

from timeline.model.urls import check_url


def _check_day(_instance: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise TypeError(f"{attribute.name} must be a datetime.date or None, not {value!r}")


def text_id(text: str) -> str:
    """A document id derived from its text: the same article always gets the same id."""
    return "doc-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@attrs.frozen(slots=True, kw_only=True)
class DocumentRef:
    """What a timeline keeps of a document: everything but its text."""

    id: str
    published: dt.date | None = attrs.field(default=None, validator=_check_day)
    published_from: str | None = None
    url: str | None = attrs.field(default=None, validator=check_url)
    outlet: str | None = None
    title: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Document:
    """An article: its text plus what is known about it.

    `published` is the publication date, or ``None`` when it is unknown.
    `published_from` says where that date came from (``metadata``, or the
    kind of line in the text it was read from); `id` defaults to a hash of
    the text.
    """

    text: str
    published: dt.date | None = attrs.field(default=None, validator=_check_day)
    id: str = attrs.field()
    url: str | None = attrs.field(default=None, validator=check_url)
    outlet: str | None = None
    title: str | None = None
    published_from: str | None = attrs.field()

    @id.default
    def _id_from_text(self) -> str:
        return text_id(self.text)

    @published_from.default
    def _given_date_is_metadata(self) -> str | None:
        return "metadata" if self.published is not None else None

    @property
    def ref(self) -> DocumentRef:
        """This document without its text."""
        return DocumentRef(
            id=self.id,
            published=self.published,
            published_from=self.published_from,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
        )
