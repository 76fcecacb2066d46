"""Numbers and ordinals read from the lexicon, for stages that count sessions and summits."""

from __future__ import annotations

import pytest

from timeline.temporal.lexicon import number_value, numbers_in, ordinal_value


@pytest.mark.parametrize(
    ("text", "value"),
    [("second", 2), ("Twenty-fourth", 24), ("24th", 24), ("1st", 1), ("summit", None), ("24", None)],
)
def test_an_ordinal_in_words_or_digits_means_its_number(text: str, value: int | None) -> None:
    assert ordinal_value(text) == value


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("the second G20 summit", (2, 20)),
        ("24th meeting of the Council", (24,)),
        ("twenty-first session, 2024", (21, 2024)),
        ("a secondary school", ()),
        ("Central Asia summit", ()),
    ],
)
def test_a_label_names_its_numbers_in_order(text: str, numbers: tuple[int, ...]) -> None:
    assert numbers_in(text) == numbers


@pytest.mark.parametrize(("text", "value"), [("twenty-four", 24), ("1,700", 1700), ("several", None)])
def test_a_numeral_means_its_number(text: str, value: int | None) -> None:
    assert number_value(text) == value
