"""No catastrophic backtracking: a megabyte of degenerate text is searched in seconds."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from timeline.temporal import find_times

MEGABYTE = 1_000_000


def _repeat(unit: str) -> str:
    return (unit * (MEGABYTE // len(unit) + 1))[:MEGABYTE]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_repeat("7"), id="digits"),
        pytest.param(_repeat("1990 20 5 2024-"), id="digit groups"),
        pytest.param(_repeat("Word Capital Astana "), id="capitalized words"),
        pytest.param(_repeat(".,;:-'\"()!?"), id="punctuation"),
        pytest.param(_repeat("January February March April May June July "), id="month names"),
    ],
)
def test_a_megabyte_of_degenerate_text_takes_seconds(text: str) -> None:
    # processor time, not wall time: on a shared machine others' work must not fail the test
    started = time.process_time()
    find_times(text, dt.date(2024, 5, 21))
    assert time.process_time() - started < 10
