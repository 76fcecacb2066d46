"""Stage 2: time expressions found in text and normalized to TIMEX3."""

from timeline.temporal.finder import find_times
from timeline.temporal.mention import TimeMention
from timeline.temporal.published import PublishedDate, detect_published, find_published

__all__ = ["PublishedDate", "TimeMention", "detect_published", "find_published", "find_times"]
