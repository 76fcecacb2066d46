"""The README's promises: its Python example runs and prints what it says."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_thirty_second_example_runs_and_prints_its_commented_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    example = re.search(r"## In 30 seconds, from Python\s+```python\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    code = example.group(1)
    promised = [line.removeprefix("# ") for line in code.splitlines() if line.startswith("# ")]
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    for line in promised:
        assert line in printed.getvalue()
    assert (tmp_path / "talks.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    command = 'pip install -e ".[test]" && python -m pytest'
    assert command in readme and command in ci
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
