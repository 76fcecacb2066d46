"""Stage 5: timelines written as JSON and other formats."""

from timeline.export.files import OutputError, write_all_atomic, write_atomic
from timeline.export.ics import CoarseDates, IcsExport, IcsOptions, export_ics, to_ics
from timeline.export.json_format import (
    SCHEMA_VERSION,
    TimelineFormatError,
    from_data,
    from_json,
    load,
    save,
    schema,
    to_data,
    to_json,
)
from timeline.export.markdown import MarkdownOptions, to_markdown
from timeline.export.timelinejs import TimelineJsOptions, timelinejs_data, to_timelinejs

__all__ = [
    "SCHEMA_VERSION",
    "CoarseDates",
    "IcsExport",
    "IcsOptions",
    "MarkdownOptions",
    "OutputError",
    "TimelineFormatError",
    "TimelineJsOptions",
    "export_ics",
    "from_data",
    "from_json",
    "load",
    "save",
    "schema",
    "timelinejs_data",
    "to_data",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_timelinejs",
    "write_all_atomic",
    "write_atomic",
]
