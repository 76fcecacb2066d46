"""Stage 5: timelines written as JSON and other formats."""

from timeline.export.files import OutputError, write_all_atomic, write_atomic
from timeline.export.json_format import (
    SCHEMA_VERSION,
    TimelineFormatError,
    from_data,
    from_json,
    schema,
    to_data,
    to_json,
)

__all__ = [
    "SCHEMA_VERSION",
    "OutputError",
    "TimelineFormatError",
    "from_data",
    "from_json",
    "schema",
    "to_data",
    "to_json",
    "write_all_atomic",
    "write_atomic",
]
