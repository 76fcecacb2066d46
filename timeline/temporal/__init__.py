"""Stage 2: time expressions found in text and normalized to TIMEX3."""

from timeline.temporal.published import detect_published

__all__ = ["detect_published"]
