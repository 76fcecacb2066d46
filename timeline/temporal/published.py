"""The publication date of an article, read from its own text."""

from __future__ import annotations

from timeline.model import When


def detect_published(text: str) -> When | None:
    """The document date the text states (dateline, ``Updated:`` line), or None."""
    return None
