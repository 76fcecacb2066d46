"""Dask stays optional: the core library never imports it."""

from __future__ import annotations

import subprocess
import sys


def test_importing_timeline_and_building_imports_no_dask() -> None:
    program = (
        "import sys, timeline\n"
        "timeline.build(timeline.seed_documents())\n"
        "import timeline.cli.main\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
