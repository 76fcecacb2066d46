"""Every export passes the validators that real clients' parsers run (../shared/tools).

check-ics parses with ical.js (Thunderbird), libical (Evolution), icalendar and
vobject and applies RFC 5545 rules; check-markdown renders CommonMark;
check-json validates against a JSON Schema. The files are the seeds'
timeline, the hand-made sample and fixed hostile timelines, written once and
checked in as few tool runs as possible.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import timeline
from tests.export.fixtures import hostile_timeline, sample_timeline
from tests.export.strategies import shuffled_hostile_timeline
from timeline import CoarseDates, IcsOptions, MarkdownOptions

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".." / "shared" / "tools"
TIMELINE_SCHEMA = ROOT / "timeline" / "schema" / "timeline.schema.json"
TIMELINEJS_SCHEMA = Path(__file__).parent / "timelinejs.schema.json"
SETUP_FAILED = 3


def run_tool(name: str, *arguments: Path | str) -> subprocess.CompletedProcess[str]:
    if not (TOOLS / name).is_file():
        pytest.skip(
            f"the export validators are not installed next to the project (no ../shared/tools/{name})"
        )
    result = subprocess.run(
        [str(TOOLS / name), *map(str, arguments)], capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode == SETUP_FAILED:
        pytest.fail(f"{name} could not set up its parsers:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    timelines = {
        "seeds": timeline.build(timeline.seed_documents()),
        "sample": sample_timeline(),
        "hostile": hostile_timeline(),
        "shuffled": shuffled_hostile_timeline(),
    }
    files = {}
    for name, chronology in timelines.items():
        files[folder / f"{name}.ics"] = timeline.to_ics(
            chronology, IcsOptions(calendar_name=f"{name}; a, b\n")
        )
        files[folder / f"{name}.md"] = timeline.to_markdown(chronology).encode()
        files[folder / f"{name}-counts.md"] = timeline.to_markdown(
            chronology, MarkdownOptions(diagram_limit=2)
        ).encode()
        files[folder / f"{name}.json"] = timeline.to_json(chronology).encode()
        files[folder / f"{name}.timelinejs.json"] = timeline.to_timelinejs(chronology).encode()
    files[folder / "sample-days-only.ics"] = timeline.to_ics(
        timelines["sample"], IcsOptions(coarse_dates=CoarseDates.LEAVE_OUT)
    )
    files[folder / "empty.ics"] = timeline.to_ics([])
    timeline.export.write_all_atomic(files)
    return folder


def test_every_calendar_passes_check_ics(outputs: Path) -> None:
    result = run_tool("check-ics", "-q", *sorted(outputs.glob("*.ics")))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_markdown_page_passes_check_markdown(outputs: Path) -> None:
    result = run_tool("check-markdown", *sorted(outputs.glob("*.md")))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["seeds", "hostile", "shuffled"])
def test_timeline_json_passes_check_json(outputs: Path, name: str) -> None:
    result = run_tool("check-json", outputs / f"{name}.json", TIMELINE_SCHEMA)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_timelinejs_json_passes_check_json(outputs: Path, name: str) -> None:
    result = run_tool("check-json", outputs / f"{name}.timelinejs.json", TIMELINEJS_SCHEMA)
    assert result.returncode == 0, result.stdout + result.stderr
