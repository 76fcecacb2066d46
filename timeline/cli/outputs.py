"""The files `timeline build` writes, one per format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import attrs

from timeline.export import IcsExport, IcsOptions, export_ics, to_json, to_markdown, to_timelinejs
from timeline.model import Timeline

FORMATS = {
    "json": "timeline.json",
    "ics": "timeline.ics",
    "md": "timeline.md",
    "timelinejs": "timelinejs.json",
}
DEFAULT_FORMATS = ("json", "ics", "md")


@attrs.frozen(slots=True, kw_only=True)
class Outputs:
    """The rendered files, by path, and the calendar's account of what it left out."""

    files: dict[Path, bytes]
    calendar: IcsExport | None


def render_outputs(
    timeline: Timeline, formats: Iterable[str], folder: Path, ics_options: IcsOptions
) -> Outputs:
    """Render `timeline` in each of `formats`, without writing anything yet."""
    files: dict[Path, bytes] = {}
    calendar = None
    for name in dict.fromkeys(formats):
        path = folder / FORMATS[name]
        if name == "json":
            files[path] = to_json(timeline).encode("utf-8")
        elif name == "ics":
            calendar = export_ics(timeline, ics_options)
            files[path] = calendar.data
        elif name == "md":
            files[path] = to_markdown(timeline).encode("utf-8")
        else:
            files[path] = to_timelinejs(timeline).encode("utf-8")
    return Outputs(files=files, calendar=calendar)
