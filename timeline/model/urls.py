"""URLs as RFC 3986 absolute URIs, so every export can carry them verbatim."""

from __future__ import annotations

import re
from urllib.parse import quote

_ABSOLUTE_URI = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+"
    r"(?:#(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$"
)
# Characters RFC 3986 allows as they are outside the host; everything else (spaces, non-ASCII,
# brackets, which only an IPv6 host may hold) is percent-encoded.
_KEEP = "-._~:/?@!$&'()*+,;=%"


def is_absolute_uri(url: str) -> bool:
    """True for an absolute URI such as ``https://example.org/a?b=c``."""
    return _ABSOLUTE_URI.match(url) is not None


def normalize_url(url: str) -> str:
    """`url` with spaces and non-ASCII characters percent-encoded (an IRI made a URI)."""
    address, hash_sign, fragment = url.strip().partition("#")
    encoded = quote(address, safe=_KEEP) + hash_sign + quote(fragment, safe=_KEEP)
    return re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", encoded)


def check_url(_instance: object, _attribute: object, url: str | None) -> None:
    """attrs validator: ``None`` or an absolute URI."""
    if url is not None and not is_absolute_uri(url):
        raise ValueError(f"not an absolute URL: {url!r}")
