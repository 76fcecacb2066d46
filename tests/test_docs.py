"""The documentation builds, strictly, with its API reference generated from the docstrings."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent


def test_documentation_builds_strictly_with_the_api_reference(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    reference = (tmp_path / "reference" / "index.html").read_text("utf-8")
    for name in ("find_times", "extract", "merge", "to_ics", "When"):
        assert name in reference
    assert (tmp_path / "examples" / "seeds" / "index.html").is_file()


def test_every_guide_page_is_in_the_navigation() -> None:
    navigation = (ROOT / "mkdocs.yml").read_text("utf-8")
    for page in sorted((ROOT / "docs" / "guide").glob("*.md")):
        assert f"guide/{page.name}" in navigation, page.name


def test_the_python_guide_runs_in_order_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guide = (ROOT / "docs" / "guide" / "python.md").read_text("utf-8")
    snippets = re.findall(r"```python\n(.*?)```", guide, re.DOTALL)
    assert len(snippets) >= 5
    (tmp_path / "articles").mkdir()
    (tmp_path / "new").mkdir()
    for article in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        shutil.copy(article, tmp_path / "articles" / article.name)
    for article in sorted((ROOT / "seeds").glob("*.txt"))[3:]:
        shutil.copy(article, tmp_path / "new" / article.name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        for snippet in snippets:
            exec(compile(snippet, "docs/guide/python.md", "exec"), namespace)
    assert "Monday DATE 2024-05-20" in printed.getvalue()
    built, updated = namespace["tl"], namespace["later"]
    assert isinstance(built, timeline.Timeline) and isinstance(updated, timeline.Timeline)
    assert len(built.documents) == 3 and len(updated.documents) == 5
    assert (tmp_path / "timeline.json").is_file()
