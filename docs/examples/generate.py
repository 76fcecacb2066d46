"""Write the example exports in this folder, made by the library itself.

Run from the project root whenever extraction, merging or an export changes:

    python docs/examples/generate.py

``seeds.*`` is the timeline of the bundled seed corpus, as ``timeline build``
makes it. ``sample.*`` is a hand-made timeline (``tests/export/fixtures.py``)
with every event kind, date precision and status, so the page shows every
feature of the exports. ``tests/export/test_examples.py`` fails when these
files are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline
from timeline.export import write_all_atomic

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEEDS_TITLE = "Kazakhstan–China relations in the seed corpus"
SAMPLE_TITLE = "Kazakhstan, China and Tajikistan (a hand-made sample)"


def _formats(name: str, title: str, chronology: timeline.Timeline, folder: Path) -> dict[Path, bytes]:
    return {
        folder / f"{name}.md": timeline.to_markdown(
            chronology, timeline.MarkdownOptions(title=title)
        ).encode(),
        folder / f"{name}.ics": timeline.to_ics(chronology, timeline.IcsOptions(calendar_name=title)),
        folder / f"{name}.json": timeline.to_json(chronology).encode(),
        folder / f"{name}.timelinejs.json": timeline.to_timelinejs(
            chronology, timeline.TimelineJsOptions(title=title)
        ).encode(),
    }


def example_files(folder: Path = HERE) -> dict[Path, bytes]:
    """Every example file, by the path it is written to in `folder`."""
    if str(ROOT) not in sys.path:  # the sample timeline lives with the tests
        sys.path.insert(0, str(ROOT))
    from tests.export.fixtures import sample_timeline

    seeds = timeline.build(timeline.seed_documents())
    return {
        **_formats("seeds", SEEDS_TITLE, seeds, folder),
        **_formats("sample", SAMPLE_TITLE, sample_timeline(), folder),
    }


def main() -> None:
    files = example_files()
    write_all_atomic(files)
    for path in files:
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
