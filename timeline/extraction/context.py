"""What the reading of one event word works with: the document's context and the candidate it reads.

A candidate is what one event word in one clause reports. Clauses are cut at
punctuation and conjunctions that open a new one; a clause reported by a
speech verb ('stated that ...') is marked, and a relative clause about a
subject ('X, whose country ..., met Y') is set apart from the clause it
interrupts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

import attrs

from timeline.extraction.dateline import Dateline
from timeline.extraction.lexicon import cue, fragment, title_modifiers, titles, trie_pattern
from timeline.extraction.mentions import Entity, Mention
from timeline.extraction.sentences import Sentence
from timeline.extraction.triggers import Trigger
from timeline.model import Amount, Place, Status, When
from timeline.temporal import TimeMention

# Participles that open a reduced relative clause about the noun before them ('the treaty, signed in 1973').
PARTICIPLE = fragment("participle")


# names, each perhaps after 'the', listed to the sentence's end ('Russia, Türkiye and the United Nations.')
_NAMES_ONLY = re.compile(
    r"\s*(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*)*[.!?]?\s*$"
)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\b")
_COMMA = re.compile(",")
_NAME_END = re.compile(r"\b[A-ZÀ-Þ][\w'’.-]*\Z")
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-ZÀ-Þ]")
_YEAR_NEXT = re.compile(r"\s*\d{4}\b")
# 'The summit, chaired by Kazakhstan, commences today': a participle phrase set off by commas, after which
# the main clause goes on
# (not closed by the comma inside a date: ', signed in New Delhi on December 12, 1996 by')
_PARTICIPLE_ASIDE = re.compile(rf",\s+{PARTICIPLE}[^,;.]{{0,100}}(?<![0-9]),[\"”]?", re.IGNORECASE)


def participle_aside_end(text: str, comma: int) -> int | None:
    """The end of a participle phrase set off by commas from the comma at `comma` (', chaired by
    Kazakhstan,'), or None."""
    match = _PARTICIPLE_ASIDE.match(text, comma)
    return match.end() if match else None


_GERUND_OPENING = cue("gerund_opening")


_CLAUSE_BREAK = cue("clause_break")


@functools.cache
def _joined_offices() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of an office ending the text before a dash and of one opening the text after it."""
    offices = trie_pattern(spelling for spelling in titles() if spelling[:1].isupper())
    modifiers = trie_pattern(title_modifiers())
    return (
        re.compile(rf"(?:{offices})\s*$"),
        re.compile(rf"\s*(?:(?:{modifiers})\s+)?(?:{offices})\b"),
    )


def _between_offices(text: str, dash: re.Match[str]) -> bool:
    """'Deputy Prime Minister – Minister of Foreign Affairs Murat Nurtleu': a dash joining the two offices of
    one person, not a break between clauses."""
    if dash.group().strip() not in ("–", "—", "--"):
        return False
    office_before, office_after = _joined_offices()
    return bool(
        office_before.search(text, max(0, dash.start() - 40), dash.start())
        and office_after.match(text, dash.end())
    )


_ARRIVAL = cue("arrival")


# Verbs of saying that also take a plain object ('announced an agreement', 'confirmed the trip'): they
# report a clause only with 'that' or a comma after them.
_OBJECT_VERB = cue("object_verb")
# ... or a clause with its subject named and a modal ('announced Trump would travel')
_NAMED_SUBJECT_WITH_MODAL = cue("named_subject_with_modal")
# 'confirmed on Monday that Xi would meet': the day of saying, then the reported clause
_DAY_THEN_THAT = cue("day_then_that")
_MEDIUM_THEN_THAT = cue("medium_then_that")


@attrs.define(slots=True, eq=False)
class Candidate:
    """What one event word reports, before merging with other reports of the same event."""

    kind: str
    trigger: Trigger
    sentence: Sentence
    clause: tuple[int, int]
    reported: bool
    people: list[Entity]
    countries: list[str]
    when: When
    date_source: str
    status: Status
    location: Place | None
    anaphoric: bool
    separate: bool
    cameo: str | None
    visitor: Entity | None = None
    # 'his first visit', 'the visit of X to Y': the words of the visit name its own visitor
    own_visitor: bool = False
    host_country: str | None = None
    visit_type: str | None = None
    instrument: str | None = None
    amount: Amount | None = None
    name: str | None = None
    medium: str | None = None
    label: str | None = None
    background: bool = False
    # 'his state visit to India in January 2024', 'the 2019 summit': a definite mention dated by words of its
    # own, not by those of another event told near it
    own_date: bool = False
    # 'held a series of bilateral meetings on 24 September': no event, but the day of those reported next
    frame: bool = False
    # 'talks with X': the word names its counterpart right after it
    with_counterpart: bool = False
    related: list[Candidate] = attrs.field(factory=list)
    split_key: str = ""
    # 'The previous round was held in Zagreb in October 2024': another occurrence of the story's meeting
    occurrence: bool = False
    # 'The state visit will conclude on 25 September': its day is the last of the stay reported before
    until: bool = False

    @property
    def word(self) -> str:
        """The event word as the sentence writes it."""
        offset = self.sentence.start
        return self.sentence.text[self.trigger.start - offset : self.trigger.end - offset]

    @property
    def words_before(self) -> str:
        """The sentence up to the event word."""
        return self.sentence.text[: self.trigger.start - self.sentence.start]

    @property
    def is_arrival(self) -> bool:
        """'arrived', 'landed': the first day of a stay."""
        return _ARRIVAL.search(self.word) is not None


@attrs.define(slots=True)
class Context:
    """Everything known about one document that the reading of a trigger needs."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    times: list[TimeMention]
    dateline: Dateline | None
    dateline_when: When | None
    published: dt.date | None
    trigger_starts: list[int] = attrs.field(factory=list)
    # the days a schedule or a digest heads its sections with ('Monday, 8 December 2025' on a line of its own)
    day_headings: list[TimeMention] = attrs.field(factory=list)
    # where the titles of other sections begin ('What comes next' after a timeline's last day)
    section_titles: list[int] = attrs.field(factory=list)
    # the body whose summit the document's title names ('NATO summit in The Hague - as it happened')
    title_body: Entity | None = None
    sentence_starts: list[int] = attrs.field(init=False)
    mention_starts: list[int] = attrs.field(init=False)
    time_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        self.mention_starts = [m.start for m in self.mentions]
        self.time_starts = [t.start for t in self.times]

    def sentence_at(self, position: int) -> Sentence | None:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if position < sentence.end else None

    def next_trigger(self, position: int, limit: int) -> int:
        """Where the next event word after `position` starts, or `limit` if none comes before it."""
        index = bisect.bisect_right(self.trigger_starts, position)
        return min(self.trigger_starts[index], limit) if index < len(self.trigger_starts) else limit

    def previous_trigger(self, position: int) -> int:
        """Where the last event word before `position` starts, or -1 if none does."""
        index = bisect.bisect_left(self.trigger_starts, position) - 1
        return self.trigger_starts[index] if index >= 0 else -1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.mention_starts, start)
        last = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def heading_day(self, position: int) -> TimeMention | None:
        """The day heading the section `position` stands in, if the text is divided by days."""
        before = [h for h in self.day_headings if h.end <= position]
        if not before or any(before[-1].end <= title <= position for title in self.section_titles):
            return None
        return before[-1]

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        first = bisect.bisect_left(self.time_starts, start)
        last = bisect.bisect_left(self.time_starts, end)
        return [t for t in self.times[first:last] if t.end <= end]


# ', and' after a list of names ('Kazakhstan, Tajikistan, and'): the list goes on, no clause begins
_LIST_AND = re.compile(r",\s+and\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?\Z")


@functools.lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Clauses of a sentence as (start, end, reported), offsets within the sentence.

    A clause reported by a speech verb ('stated that ...') is marked, so that
    the time and the speaker of the main clause are not given to it.
    """
    cuts: list[tuple[int, bool]] = [(0, False)]
    # 'Before meeting the President, Frieden held talks with Ruginiene': the opening phrase is an event of
    # its own, its object no party to the main clause's
    opening = _GERUND_OPENING.match(text)
    if opening is not None:
        cuts.append((opening.end(), False))
    for match in _CLAUSE_BREAK.finditer(text):
        if _NAMES_ONLY.match(text, match.end()) or _between_offices(text, match):
            continue  # 'met the foreign ministers of A, B and C – X, Y and Z': the names, not a new clause
        if _LIST_AND.match(match.group()) and _LIST_BEFORE.search(text, 0, match.start()):
            continue  # 'the heads of Armenia, Belarus, and Kyrgyzstan signed': the list's last name
        cuts.append((match.end(), False))
    for match in speech_verbs(text, 0, len(text)):
        # 'announced on Monday that the talks would take place on Wednesday': the day is the saying's; 'told
        # Zelenskiy in a phone call that': so is the call
        day = _DAY_THEN_THAT.match(text, match.end()) or _MEDIUM_THEN_THAT.match(text, match.end())
        cuts.append((day.start() + day.group().lower().rfind("that") if day else match.end(), True))
    # 'Anwar Ibrahim, whose country takes over the chairmanship next year, met Marcos': the main clause
    # resumes after the relative clause's closing comma, as reported as it was before
    resumed: list[tuple[int, int]] = []
    for match in _RELATIVE_OPEN.finditer(text):
        close = _relative_close(text, match.end())
        if close != -1:
            cuts.append((match.start() + 1, False))
            resumed.append((close + 1, match.start()))
    for match in _PARTICIPLE_ASIDE.finditer(text):
        if _NAMES_ONLY.match(text, match.end()):
            continue  # 'signed in Istanbul with the participation of Ukraine, Russia and the UN.': a list
        resumed.append((match.end(), match.start()))
    cuts.sort()
    for close, opener in resumed:
        before = [reported for start, reported in cuts if start <= opener]
        cuts.append((close, before[-1] if before else False))
    cuts = sorted(dict(cuts).items())
    clauses: list[tuple[int, int, bool]] = []
    for index, (start, reported) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        if end > start:
            clauses.append((start, end, reported))
    return tuple(clauses)


def _relative_close(text: str, start: int) -> int:
    """The comma closing a relative clause opened before `start`, or -1: not one inside a list of names ('who
    visited Fiji, Tonga and Samoa in May,') nor inside a date ('on May 20, 2024,')."""
    for comma in _COMMA.finditer(text, start):
        at = comma.start()
        in_list = _NAME_END.search(text, max(start, at - 40), at) and _NAME_NEXT.match(text, comma.end())
        in_date = at > 0 and text[at - 1].isdigit() and _YEAR_NEXT.match(text, comma.end())
        if not in_list and not in_date:
            return at
    return -1


def speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Verbs of saying in ``text[start:end]``; a capitalized one inside a sentence is part of a name
    ('the Organization of Turkic States held')."""
    return [
        match
        for match in cue("speech").finditer(text, start, end)
        if not (match.group()[:1].isupper() and match.start() > 0 and text[match.start() - 1] == " ")
        and not (
            _OBJECT_VERB.match(match.group())
            and not match.group().endswith(("that", ","))
            and not _NAMED_SUBJECT_WITH_MODAL.match(text, match.end())
            and not _DAY_THEN_THAT.match(text, match.end())
        )
    ]


def last_words(text: str, size: int) -> str:
    """The end of `text`, at most `size` characters, from a word's start: a cut through 'Sharif' leaves no
    word 'if' for a cue to find."""
    cut = max(0, len(text) - size)
    while 0 < cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
        cut += 1
    return text[cut:]


def clause_of(sentence: Sentence, position: int) -> tuple[int, int, bool]:
    """The clause of `sentence` around the document offset `position`, in document offsets."""
    offset = position - sentence.start
    for start, end, reported in _clauses(sentence.text):
        if start <= offset < end:
            return sentence.start + start, sentence.start + end, reported
    return sentence.start, sentence.end, False
