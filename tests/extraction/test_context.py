"""The windows of words that cues read before an event word start at a word, never inside one."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.extraction.test_extract import kinds_and_dates
from timeline.extraction.context import last_words


@given(st.text(alphabet="ab ,.", max_size=60), st.integers(min_value=0, max_value=70))
def test_the_last_words_are_an_end_of_the_text_no_longer_than_asked_and_open_at_a_word(
    text: str, size: int
) -> None:
    words = last_words(text, size)
    assert text.endswith(words)
    assert len(words) <= size
    start = len(text) - len(words)
    assert not (0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum())


def test_a_name_cut_by_the_window_leaves_no_word_for_a_cue() -> None:
    # 'Sharif' cut to 'if' read as a condition once dropped the summit
    text = (
        "President Ilham Aliyev met with Prime Minister of Pakistan Shehbaz Sharif on the sidelines of the "
        "17th Summit of the Economic Cooperation Organization (ECO) in Khankendi on July 4."
    )
    assert ("summit", "2025-07-04") in kinds_and_dates(text, dt.date(2025, 7, 4))
