"""Stage 3: typed diplomatic events read from one document."""

from timeline.extraction.extract import extract

__all__ = ["extract"]
