"""Text without sentence ends is cut into bounded pieces, so extraction stays linear."""

from __future__ import annotations

from timeline.extraction.sentences import LONGEST_SENTENCE, split_sentences


def test_a_line_without_sentence_ends_is_cut_at_spaces_into_bounded_pieces() -> None:
    text = "<p>Talks on <b>May 20</b></p> " * 2000
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_ordinary_sentences_are_not_cut() -> None:
    text = "Tokayev met Wang Yi on Monday. " + "The two sides discussed trade, energy and transport. " * 10
    sentences = split_sentences(text)
    assert len(sentences) == 11
    assert sentences[0].text == "Tokayev met Wang Yi on Monday."
