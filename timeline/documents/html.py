"""Saved web pages: the story's text and the metadata the page declares.

A news page carries its publication date, canonical URL, outlet and headline
in standard metadata (schema.org JSON-LD, Open Graph, ``article:`` and
Dublin Core ``<meta>`` tags), and its story in paragraphs inside an
``<article>`` (or ``<main>``) element among menus, teasers and footers.
The text keeps one paragraph per block so that a dateline opens the first
one, as it does in a plain-text article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

# The story's container, most specific first.
_CONTAINERS = ("article", "main")
# Content that is never the story: code, forms, navigation, asides, captions.
_NEVER_TEXT = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "figure",
        "figcaption",
        "footer",
    }
)
# A page header outside the story holds the site's menus; inside it, the headline and byline.
_PAGE_HEADER = "header"
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "br",
        "hr",
        "address",
    }
)
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
)
# <meta> names (property, name or itemprop, lower-cased) for each field, most trusted first.
_META_FIELDS: dict[str, tuple[str, ...]] = {
    "published": (
        "article:published_time",
        "datepublished",
        "og:published_time",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "dc.date",
        "citation_publication_date",
        "date",
    ),
    "url": ("og:url",),
    "outlet": ("og:site_name", "application-name"),
    "title": ("og:title", "twitter:title"),
}
_DAY = re.compile(r"\s*(\d{4})[-/](\d{2})[-/](\d{2})(?![\d])")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_DOCUMENT_START = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether `text` is a web page rather than article text."""
    return _DOCUMENT_START.match(text) is not None


def declared_charset(data: bytes) -> str | None:
    """The character set a page declares in its head, if any."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return None if match is None else match.group(1).decode("ascii")


def read_page(markup: str) -> tuple[str, dict[str, str]]:
    """The story's text and the page's metadata (``published``, ``url``, ``outlet``, ``title``).

    Metadata a page does not declare, or declares in a form that is not a
    date or an absolute URL, is left out rather than guessed.
    """
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    return parser.story(), parser.metadata()


class _PageParser(HTMLParser):
    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A broken '<![...' section ('<![A:') is skipped instead of stopping the page with an error."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return i + 3

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._open: list[str] = []
        self._containers_of_block: list[tuple[tuple[str, int], ...]] = []
        self._blocks: list[str] = []
        self._line: list[str] = []
        self._containers_seen: dict[str, int] = {}
        self._current_containers: list[tuple[str, int]] = []
        self._meta: dict[str, str] = {}
        self._linked_url: str | None = None
        self._json_ld: list[str] = []
        self._in_json_ld = False
        self._in_title = False
        self._title: list[str] = []
        self._headline: list[str] = []
        self._in_headline = False
        self._time_published: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._linked_url = self._linked_url or attributes.get("href")
        elif (
            tag == "time"
            and self._time_published is None
            and ("pubdate" in attributes or attributes.get("itemprop", "").lower() == "datepublished")
        ):
            self._time_published = attributes.get("datetime") or None
        if tag in _VOID:
            if tag in _BLOCKS:
                self._end_line()
            return
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        if tag == "title":
            self._in_title = True
        if tag == "h1" and not self._headline:
            self._in_headline = True
        if tag in _BLOCKS:
            self._end_line()
        self._open.append(tag)
        if tag in _CONTAINERS:
            number = self._containers_seen.get(tag, 0)
            self._containers_seen[tag] = number + 1
            self._current_containers.append((tag, number))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._open:
            return
        if tag in _BLOCKS:
            self._end_line()
        while self._open:
            closed = self._open.pop()
            if closed in _CONTAINERS and self._current_containers:
                self._current_containers.pop()
            if closed == tag:
                break
        if tag == "script":
            self._in_json_ld = False
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_headline = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self._json_ld.append(data)
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._in_headline:
            self._headline.append(data)
        if self._hidden():
            return
        self._line.append(data)

    def _hidden(self) -> bool:
        if any(tag in _NEVER_TEXT for tag in self._open):
            return True
        return _PAGE_HEADER in self._open and not self._current_containers

    def _end_line(self) -> None:
        line = _SPACE.sub(" ", "".join(self._line)).strip()
        self._line = []
        if line:
            self._blocks.append(line)
            self._containers_of_block.append(tuple(self._current_containers))

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        content = attributes.get("content", "").strip()
        if key and content and key not in self._meta:
            self._meta[key] = content

    def story(self) -> str:
        self._end_line()
        chosen = self._story_container()
        blocks = [
            block
            for block, containers in zip(self._blocks, self._containers_of_block, strict=True)
            if chosen is None or chosen in containers
        ]
        return "\n\n".join(blocks) + ("\n" if blocks else "")

    def _story_container(self) -> tuple[str, int] | None:
        """The container holding the most text: a page lists teasers of other stories in containers too."""
        for kind in _CONTAINERS:
            sizes: dict[tuple[str, int], int] = {}
            for block, containers in zip(self._blocks, self._containers_of_block, strict=True):
                for container in containers:
                    if container[0] == kind:
                        sizes[container] = sizes.get(container, 0) + len(block)
            if sizes:
                return max(sorted(sizes), key=lambda container: sizes[container])
        return None

    def metadata(self) -> dict[str, str]:
        linked = _linked_data(self._json_ld)
        found: dict[str, str] = {}
        published = [linked.get("datePublished"), *(self._meta.get(key) for key in _META_FIELDS["published"])]
        published.append(self._time_published)
        day = next((day for day in map(_day, published) if day is not None), None)
        if day is not None:
            found["published"] = day.isoformat()
        urls = [self._linked_url, *(self._meta.get(key) for key in _META_FIELDS["url"]), linked.get("url")]
        url = next((url.strip() for url in urls if url and re.match(r"https?://\S+$", url.strip())), None)
        if url is not None:
            found["url"] = url
        outlets = [*(self._meta.get(key) for key in _META_FIELDS["outlet"]), linked.get("publisher")]
        titles = [
            *(self._meta.get(key) for key in _META_FIELDS["title"]),
            linked.get("headline"),
            "".join(self._headline),
            "".join(self._title),
        ]
        for field, candidates in (("outlet", outlets), ("title", titles)):
            value = next(
                (_SPACE.sub(" ", text).strip() for text in candidates if text and text.strip()), None
            )
            if value is not None:
                found[field] = value
        return found


def _day(value: str | None) -> dt.date | None:
    match = None if value is None else _DAY.match(value)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}
)


def _linked_data(scripts: list[str]) -> dict[str, str]:
    """The first news article's fields in the page's schema.org JSON-LD."""
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _items(data):
            types = item.get("@type")
            names = {str(name).lower() for name in (types if isinstance(types, list) else [types])}
            if names & _ARTICLE_TYPES:
                return _article_fields(item)
    return {}


def _items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for element in data:
            yield from _items(element)
    elif isinstance(data, dict):
        yield data
        yield from _items(data.get("@graph"))


def _article_fields(item: dict[str, Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key in ("datePublished", "headline", "url"):
        if isinstance(item.get(key), str):
            fields[key] = item[key]
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        fields["publisher"] = publisher["name"]
    return fields
