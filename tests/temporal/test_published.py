"""The document date read from an article's own text, and where it came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.documents import read_documents
from timeline.temporal import detect_published, find_published
from timeline.temporal.published import source_examples

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(("source", "text", "value"), source_examples())
def test_source_example(source: str, text: str, value: str) -> None:
    found = find_published(text)
    assert found is not None
    assert (found.source, found.when.value) == (source, value)
    assert text[found.start : found.end] == found.text


def test_updated_line_wins_over_the_filing_day_of_the_dateline() -> None:
    text = (SEEDS / "004_1bac9c634b71daf2.txt").read_text("utf-8")
    found = find_published(text)
    assert found is not None
    assert (found.when.value, found.source, found.text) == ("2024-05-21", "updated line", "May 21, 2024")


def test_a_dateline_without_a_year_takes_the_year_of_the_header_date_at_or_after_it() -> None:
    found = find_published("Leaders meet\nBy Aida Haidar | Jan. 1, 2025\n\nASTANA, Dec. 31 -- Leaders met.")
    assert found is not None and (found.when.value, found.source) == ("2024-12-31", "dateline")
    found = find_published("Leaders meet\nPosted 2025\n\nASTANA, Dec. 31 -- Leaders met.")
    assert found is not None and found.when.value == "2025-12-31"


def test_no_date_in_the_text_gives_none() -> None:
    assert detect_published("ASTANA – Kazakhstan is advancing new partnerships.") is None
    assert find_published("") is None


def test_loading_records_the_kind_of_line_the_date_came_from(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks\nUpdated: May 21, 2024 08:50 Xinhua\n\nASTANA, May 20 -- Talks.", "utf-8"
    )
    (tmp_path / "b.txt").write_text("BEIJING, June 24, 2024 (Reuters) – China said.", "utf-8")
    (tmp_path / "c.txt").write_text("ASTANA, May 20 -- A dateline alone has no year.", "utf-8")
    a, b, c = read_documents([tmp_path])
    assert (a.published, a.published_from) == (dt.date(2024, 5, 21), "text: updated line")
    assert (b.published, b.published_from) == (dt.date(2024, 6, 24), "text: dateline")
    assert (c.published, c.published_from) == (None, None)


def test_a_year_named_in_the_story_does_not_complete_the_dateline() -> None:
    text = (
        "ASTANA, July 3 – The presidents signed a joint statement.\n\n"
        "The two sides agreed to mark 2025 as the Year of Chinese Tourism in Kazakhstan."
    )
    found = find_published(text)
    assert found is not None and found.when.value == "XXXX-07-03"
    assert detect_published("The two sides agreed to mark 2025 as the Year of Tourism.") is None


def test_a_place_and_date_line_under_a_header_is_the_publication_date() -> None:
    text = (
        "Norway and Poland hold political consultations in Oslo\n\n"
        "Press release | Ministry of Foreign Affairs\nOslo, 6 February 2025\n\n"
        "The minister today held consultations with his Polish counterpart."
    )
    found = find_published(text)
    assert found is not None
    assert (found.when.value, found.source, found.text) == (
        "2025-02-06",
        "place and date line",
        "6 February 2025",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Updated: 22:06\nBEIJING, July 5 (Reuters) - China said on Monday.", "XXXX-07-05"),
        ("Published 22:06 GMT\nThe ministers met.", None),
    ],
)
def test_a_time_of_day_alone_on_a_date_line_names_no_day(text: str, value: str | None) -> None:
    found = detect_published(text)
    assert (found and found.value) == value
