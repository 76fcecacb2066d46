"""Free text and links from the data made safe to place in any export.

Every export escapes in its own syntax; these helpers first take away what
no syntax can carry: control characters, line breaks inside a one-line
value, unpaired surrogates, and links that are not plain http(s) URLs.
"""

from __future__ import annotations

import functools
import re
import urllib.parse

# C0 and C1 controls and DEL; tabs and line breaks are whitespace and collapse to a space.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Most text is already clean: anything but single spaces between words sends it through the full path.
_NEEDS_CLEANING = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]|[^\S ]|  |^ | $")
_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*$")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters kept as they are in each URL part; everything else is percent-encoded.  Parentheses
# and backslashes are encoded because Markdown link destinations give them a meaning.
_PATH_SAFE = "/%:@!$&'*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


def clean_text(text: str) -> str:
    """`text` on one line: controls dropped, every run of whitespace (line breaks too) one space."""
    if not _NEEDS_CLEANING.search(text):
        return text
    text = _SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub("", text.replace("\r", " ").replace("\n", " "))
    return " ".join(text.split())


@functools.lru_cache(maxsize=65536)  # a timeline cites the same documents over and over
def link_url(url: str | None) -> str | None:
    """`url` as an absolute http(s) URL that every export can link to, or ``None``.

    Non-ASCII characters and characters that Markdown, HTML or iCalendar
    would read specially are percent-encoded. A URL with whitespace or
    control characters, without a plain ASCII host name, with a user name,
    a bad port or another scheme is not a link at all and comes back as
    ``None`` (exports then show it as text, if at all).
    """
    if url is None:
        return None
    url = url.strip()
    if not url or _UNSAFE.search(url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or parts.username is not None or parts.password:
        return None
    if not _HOST.match(host):
        return None
    netloc = host if port is None else f"{host}:{port}"

    def encode(part: str, safe: str) -> str:
        return urllib.parse.quote(_STRAY_PERCENT.sub("%25", part), safe=safe)

    return urllib.parse.urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            encode(parts.path, _PATH_SAFE) or "/",
            encode(parts.query, _QUERY_SAFE),
            encode(parts.fragment, _QUERY_SAFE),
        )
    )
