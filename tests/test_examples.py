"""The runnable scripts in examples/ run and do what their docstrings say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_calendar_from_folder_writes_a_calendar(tmp_path: Path) -> None:
    output = run_example("calendar_from_folder.py", cwd=tmp_path)
    calendar = (tmp_path / "timeline.ics").read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n")
    assert calendar.count(b"BEGIN:VEVENT") >= 1
    assert "events written to timeline.ics" in output


def test_merge_new_article_turns_the_announced_visit_into_a_happened_one(tmp_path: Path) -> None:
    output = run_example("merge_new_article.py", cwd=tmp_path)
    assert "updated:" in output
    data = json.loads((tmp_path / "timeline.json").read_text("utf-8"))
    visits = [
        e
        for e in data["events"]
        if e["kind"] == "visit"
        and "KAZ" in e["countries"]
        and any(p["name"] == "Xi Jinping" for p in e["participants"])
    ]
    happened = [v for v in visits if v["status"] == "happened"]
    assert happened and len(happened[0]["sources"]) >= 2


def test_filter_country_keeps_only_that_country(tmp_path: Path) -> None:
    run_example("filter_country.py", "TJK", cwd=tmp_path)
    data = json.loads((tmp_path / "tjk.json").read_text("utf-8"))
    assert data["events"]
    assert all("TJK" in event["countries"] for event in data["events"])


def test_markdown_for_docs_writes_a_page_with_a_diagram(tmp_path: Path) -> None:
    run_example("markdown_for_docs.py", "page.md", cwd=tmp_path)
    page = (tmp_path / "page.md").read_text("utf-8")
    assert page.startswith("# Kazakhstan–China relations")
    assert "```mermaid" in page
