"""The example exports in docs/examples/ are what the library makes today."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("examples_generate", EXAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_examples_are_up_to_date(tmp_path: Path) -> None:
    files = generator().example_files(tmp_path)
    suffixes = (".md", ".ics", ".json", ".timelinejs.json")
    assert {path.name for path in files} == {
        f"{name}{suffix}" for name in ("seeds", "sample") for suffix in suffixes
    }
    stale = [
        path.name
        for path, data in files.items()
        if not (EXAMPLES / path.name).is_file() or (EXAMPLES / path.name).read_bytes() != data
    ]
    assert not stale, f"docs/examples is out of date ({', '.join(stale)}): python docs/examples/generate.py"


def test_generating_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    module = generator()
    first = module.example_files(tmp_path)
    assert first == module.example_files(tmp_path)
