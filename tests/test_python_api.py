"""The public API used from code: wrong kinds of values say what to pass instead; results read well."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline


def test_find_times_with_an_iso_string_reference_says_to_pass_a_date() -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        timeline.find_times("They met on Monday.", "2024-05-21")  # type: ignore[arg-type]


def test_find_times_still_takes_a_datetime_as_its_day() -> None:
    [monday] = timeline.find_times("They met on Monday.", dt.datetime(2024, 5, 21, 8, 50))
    assert monday.value == "2024-05-20"


@pytest.mark.parametrize("documents", ["Tokayev met Xi.", ["Tokayev met Xi."]])
def test_build_with_article_text_says_to_wrap_it_in_a_document(documents: object) -> None:
    with pytest.raises(TypeError, match=r"timeline\.Document\(text=\.\.\.\)"):
        timeline.build(documents)  # type: ignore[arg-type]


def test_update_with_article_text_says_to_wrap_it_in_a_document() -> None:
    with pytest.raises(TypeError, match="Document"):
        timeline.Timeline().update(["Tokayev met Xi."])  # type: ignore[list-item]


def test_a_timeline_shows_its_size_not_every_field() -> None:
    built = timeline.build(timeline.seed_documents())
    assert repr(built) == f"<Timeline: {len(built)} events from 5 documents>"


def test_a_timeline_saved_and_loaded_from_the_top_level_is_the_same(tmp_path: Path) -> None:
    built = timeline.build(timeline.seed_documents())
    timeline.save(built, tmp_path / "timeline.json")
    assert timeline.load(tmp_path / "timeline.json") == built
