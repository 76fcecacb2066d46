"""Sentences with their character offsets in the document's text."""

from __future__ import annotations

import functools
import re

import attrs

from timeline.extraction.lexicon import load_data


@attrs.frozen(slots=True, kw_only=True)
class Sentence:
    """A sentence: `text` is ``document.text[start:end]``; `paragraph` counts lines from 0."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


# A candidate end: terminal punctuation, closing quotes or brackets, then space and a likely start; or a
# full stop glued to the next sentence's capitalized first word, as text copied from web pages often has
# ('... Ilham Aliyev.Later that day').
_BOUNDARY = re.compile(
    r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[A-Z0-9À-Þ])|(?<=[a-z]{2})\.(?=[A-Z][a-z]+\s)"""
)
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


@functools.cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("abbreviations.json")
    return (
        frozenset(data["before_names"]),
        frozenset(data["before_numbers"]),
        frozenset(data["initialisms"]),
    )


def _ends_sentence(line: str, dot: int, after: int) -> bool:
    """Whether the punctuation ending at `dot` in `line` closes a sentence."""
    if line[dot] != ".":
        return True
    word_match = _WORD_BEFORE.search(line, max(0, dot - 24), dot)
    if word_match is None:
        return True
    word = word_match.group(1)
    names, numbers, initialisms = _abbreviations()
    following = line[after:].lstrip()[:1]
    if word in names or (len(word) == 1 and word.isupper()):
        return False
    if _DOTTED_INITIALS.fullmatch(word) and word not in initialisms:
        return False  # 'Vice President J.D. Vance', 'K.P. Sharma Oli': a name's initials
    if word in numbers:
        return not following.isdigit()
    return word not in initialisms and word.rstrip(".") not in initialisms


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, paragraph by paragraph; every line ends a sentence."""
    sentences: list[Sentence] = []
    for paragraph, line_match in enumerate(_LINE.finditer(text)):
        line = line_match.group()
        offset = line_match.start()
        begin = 0
        for boundary in _BOUNDARY.finditer(line):
            dot = boundary.start()
            if not _ends_sentence(line, dot, boundary.end()):
                continue
            _add(sentences, text, offset + begin, offset + boundary.end(), paragraph)
            begin = boundary.end()
        _add(sentences, text, offset + begin, offset + len(line), paragraph)
    return sentences


# News sentences stay far below this; text without sentence ends (a list, markup, a run of words)
# is cut into pieces of at most this length, which keeps the work per sentence, and so in all,
# linear in the length of the text.
LONGEST_SENTENCE = 1500


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > LONGEST_SENTENCE:
        space = text.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
        cut = space if space > start else start + LONGEST_SENTENCE
        _add(sentences, text, start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        sentences.append(
            Sentence(start=start, end=end, text=text[start:end], paragraph=paragraph, index=len(sentences))
        )
