"""Stage 2: time expressions found in text and normalized to TIMEX3."""

from timeline.temporal.finder import find_times
from timeline.temporal.mention import TimeMention
from timeline.temporal.published import PublishedDate, detect_published, find_published
from timeline.temporal.timeml import TimeMLDocument, TimeMLError, read_timeml, write_timeml

__all__ = [
    "PublishedDate",
    "TimeMLDocument",
    "TimeMLError",
    "TimeMention",
    "detect_published",
    "find_published",
    "find_times",
    "read_timeml",
    "write_timeml",
]
