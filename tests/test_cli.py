"""The ``timeline`` command: the main job, its options and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True,
                          cwd=cwd, check=False)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"timeline {__version__}"
    assert "build" in run("--help").stdout


def test_build_without_arguments_builds_the_seeds_into_timeline_out(tmp_path: Path) -> None:
    result = run("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "timeline-out" / "timeline.json").read_text("utf-8"))
    assert len(data["documents"]) == 5
    assert "5 documents read" in result.stdout


def test_missing_input_is_one_line_and_exit_status_2(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "missing.txt: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", "--published", "yesterday", "-o", str(tmp_path))
    assert result.returncode == 2
    assert "not a date like 2024-05-21" in result.stderr


def test_unwritable_output_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("build", "-o", str(blocker / "out"))
    assert result.returncode == 2
    assert "cannot write here" in result.stderr and "Traceback" not in result.stderr


def test_main_returns_status_instead_of_exiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-q", "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "timeline.json").is_file()
