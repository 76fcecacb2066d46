"""Loading the gazetteer's JSON data files."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_data(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>`` file of this package."""
    text = resources.files("timeline.gazetteer").joinpath(f"data/{name}").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
