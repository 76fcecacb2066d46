"""Announcements: an official source telling of an event still to come is an event of its own.

'Foreign Ministry Spokesperson Mao Ning stated on July 1 that Xi will visit',
'Putin will travel to Mongolia on Tuesday, the Kremlin said Friday': the
statement is dated by its own time expression and made by a spokesperson,
a ministry or an institution. A leader who says he hopes to travel, or an
undated 'the Kremlin said', is attribution, not an announcement. An undated
announcement by a spokesperson right after a dated one from the same state
('Kremlin spokesman Dmitry Peskov told reporters ...') names who made it.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.context import Candidate, Context, clause_of, speech_verbs
from timeline.extraction.dating import back_if_ahead
from timeline.extraction.lexicon import TriggerRule, cue, fragment, load_data
from timeline.extraction.mentions import Entity, Mention, bare_state_body
from timeline.extraction.triggers import Trigger
from timeline.model import Precision, Status, When

_ANNOUNCEMENT = TriggerRule(
    kind="statement", pattern="", form="verb", needs=None, cameo=None, medium=None, label=None
)
# 'X will visit Y, the ministry said on Friday': the speaker and the speech verb after the event.
_AFTERWARDS = cue("speaker_after")
_PRESS_OFFICE = re.compile(r"\s+(press\s+(?:service|office))\b")
_TIME_BEFORE_THAT = re.compile(r"[^,;.]{0,40}?\s+that\b")
# 'The White House said on Saturday it cancelled': a day right after the verb is the speech's, 'that' or not
_OPENING_OF_TIME = re.compile(r"\s+(?:(?:on|late|early|earlier|later)\s+){0,2}")
_MOUTHPIECE = cue("mouthpiece")
_SOURCE_AFTER = cue("source_after")
# Statements of one state in the sentences right after a dated announcement belong to it.
_FOLLOW_UP_SENTENCES = 2


@functools.cache
def _official_words() -> re.Pattern[str]:
    words: list[str] = load_data("cues.json")["official_sources"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def announcements(context: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Statements announcing the planned events among `candidates` (statements already read get linked)."""
    by_sentence: dict[int, Candidate] = {}
    for candidate in candidates:
        if candidate.kind == "statement":
            by_sentence.setdefault(candidate.sentence.index, candidate)
    found: list[tuple[Candidate, bool]] = []
    for candidate in candidates:
        if candidate.status is Status.HAPPENED or candidate.kind == "statement":
            continue
        existing = by_sentence.get(candidate.sentence.index)
        if existing is not None:
            existing.related.append(candidate)
            continue
        made = _statement(context, candidate)
        if made is not None:
            by_sentence[candidate.sentence.index] = made[0]
            found.append(made)
    # a dated statement a body made in its own words ('..., Beijing announced on Friday')
    read = [
        c
        for c in candidates
        if c.kind == "statement"
        and c.date_source == "text"
        and c.people
        and all(e.kind == "organization" for e in c.people)
    ]
    return _with_follow_ups(context, found, read)


def _statement(context: Context, candidate: Candidate) -> tuple[Candidate, bool] | None:
    """The statement announcing `candidate`, and whether it is news even undated: made by a spokesperson
    or with a day of its own written right after its verb."""
    sentence = candidate.sentence
    speech = None
    if candidate.reported:
        for match in speech_verbs(context.text, sentence.start, candidate.clause[0] + 1):
            speech = match
    if speech is not None:
        speaker_span = (sentence.start, speech.start())
        # 'The Foreign Ministry said on Thursday that ...': a time between the verb and 'that' is the speech's
        own_time = _TIME_BEFORE_THAT.match(context.text, speech.end(), sentence.end)
        time_end = own_time.end() if own_time is not None else _time_right_after(context, speech.end())
        time_span = (sentence.start, time_end or speech.start())
        verb = (speech.start(), speech.end())
    else:
        after = _AFTERWARDS.search(context.text, candidate.clause[0], sentence.end)
        if after is None or after.start() < candidate.trigger.end:
            # '..., said the Uzbek president's press service', '..., according to a statement from the PMO'
            after = _SOURCE_AFTER.search(context.text, candidate.trigger.end, sentence.end)
        if after is None:
            return None
        speaker_span = after.span("speaker")
        time_span = (after.start("verb"), after.end("rest"))
        verb = after.span("verb")
    speakers = _speakers(context, _outside_relative_clauses(context, speaker_span)) or _bare_body(
        context, speaker_span, candidate
    )
    if not speakers or not _official(context, speakers[-1], speaker_span, candidate):
        return None
    speaker = speakers[-1]
    times = [
        t
        for t in context.times_in(*time_span)
        if t.when is not None
        and t.when.is_known
        and (
            speech is None
            or (t.start >= speech.end() and t.when.precision is Precision.DAY)
            or (t.start < speech.end() and not clause_of(sentence, t.start)[2])
        )
    ]
    statement = Candidate(
        kind="statement",
        trigger=Trigger(start=verb[0], end=verb[1], rule=_ANNOUNCEMENT),
        sentence=sentence,
        clause=(sentence.start, verb[1]),
        reported=False,
        people=[speaker],
        countries=[speaker.country] if speaker.country else [],
        # made, so not after the report ('**November 7** - Trump says no one will attend', told on the 21st)
        when=back_if_ahead(times[-1], context.published, times[-1].when)
        if times and times[-1].when is not None
        else When.unknown(),
        date_source="text" if times else "none",
        status=Status.HAPPENED,
        location=None,
        anaphoric=False,
        separate=False,
        cameo=None,
        label=f"announces {_plural(candidate.kind)}",
    )
    statement.related.append(candidate)
    mouthpiece = _MOUTHPIECE.search(speaker.title or "") or _mouthpiece_named(context, speaker, speaker_span)
    return statement, bool(mouthpiece) or _time_right_after(context, verb[1]) is not None


def _mouthpiece_named(context: Context, speaker: Entity, span: tuple[int, int]) -> bool:
    """'Chief Cabinet Secretary Katsunobu Kato said', 'said the Uzbek president's press service': the words
    naming the speaker, after the last comma before the verb ('Asked whether the prime minister ..., a
    spokesperson said' is not the prime minister's), name an office that speaks for a government."""
    start = max(span[0], context.text.rfind(",", span[0], span[1]) + 1)
    named = any(m.entity is speaker for m in context.mentions_in(start, span[1]))
    return named and _MOUTHPIECE.search(context.text, start, span[1]) is not None


def _time_right_after(context: Context, position: int) -> int | None:
    """The end of a time expression standing right after `position`, if one does."""
    opening = _OPENING_OF_TIME.match(context.text, position)
    start = opening.end() if opening is not None else position
    return next((t.end for t in context.times_in(start, start + 40) if t.start == start), None)


# 'Kenya's President William Ruto, who chairs the EAC, said': the clause describes the speaker
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")


def _outside_relative_clauses(context: Context, span: tuple[int, int]) -> list[Mention]:
    clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(context.text, *span)]
    return [
        m
        for m in context.mentions_in(*span)
        if not any(start <= m.start and m.end <= end for start, end in clauses)
    ]


def _speakers(context: Context, mentions: list[Mention]) -> list[Entity]:
    """People and bodies before the speech verb; an institution's seat speaks for it ('the Kremlin said')."""
    speakers: list[Entity] = []
    for mention in mentions:
        if mention.kind in ("person", "organization") and mention.entity is not None:
            speakers.append(mention.entity)
        elif mention.kind == "place" and mention.place is not None and not mention.capital:
            written = context.text[mention.start : mention.end]
            if written == mention.place.name:  # a city named as itself is a place, not a speaker
                continue
            office = _PRESS_OFFICE.match(context.text, mention.end)
            if office is not None:  # 'the Kremlin press service said': the seat's office, as written
                written += " " + " ".join(office.group(1).split())
            speakers.append(Entity(kind="organization", name=written, country=mention.country))
        elif mention.kind == "place" and mention.capital and mention.place is not None:
            speakers.append(Entity(kind="organization", name=mention.place.name, country=mention.country))
    return speakers


# 'the Foreign Ministry said', 'the Royal Court announced': a state's body named without its state, right
# before the verb of speech.
# ... or with its state after it ('the Ministry of Foreign Affairs of the Kyrgyz Republic also announced')
_BARE_BODY = re.compile(
    rf"(?P<body>{fragment('state_bodies')})(?P<state>\s+of\s+(?:the\s+)?[^,;]{{2,40}}?)?"
    r"\s*(?:(?:also|further|earlier|again)\s+)?$"
)


def _bare_body(context: Context, span: tuple[int, int], announced: Candidate) -> list[Entity]:
    """The body of the state named after it, else of the state the story is filed from, else of the first
    state the announced event names."""
    match = _BARE_BODY.search(context.text, max(span[0], span[1] - 90), span[1])
    if match is None:
        return []
    named = [m.country for m in context.mentions_in(*match.span("state")) if m.kind == "country"]
    if named and named[0] is not None:
        written = " ".join(context.text[match.start("body") : match.end("state")].split())
        return [Entity(kind="organization", name=written, country=named[0])]  # named as the story names it
    code = context.dateline.place.country if context.dateline is not None else None
    if code is None:
        states = [e.country for e in announced.people if e.country] or announced.countries
        code = states[0] if states else None
    return [bare_state_body(match.group("body"), code)] if code is not None else []


def _official(context: Context, speaker: Entity, span: tuple[int, int], announced: Candidate) -> bool:
    """A spokesperson, a ministry, a government or an institution, not a leader speaking of his own plans; an
    office holder announcing what others will do ('Prime Minister Holness is expected to pay an official visit
    to Ghana, Foreign Affairs Minister Kamina Johnson Smith said')."""
    if speaker.kind == "organization":
        return True
    if speaker.title and all(speaker is not e for e in announced.people):
        return True
    words = " ".join(filter(None, [speaker.title, context.text[span[0] : span[1]]]))
    return bool(_official_words().search(words))


def _with_follow_ups(
    context: Context, statements: list[tuple[Candidate, bool]], read: list[Candidate]
) -> list[Candidate]:
    """Dated announcements, each with the undated statements of its state that follow it (also those that
    follow a dated statement read from its own verb: '..., Beijing announced on Friday. Foreign ministry
    spokeswoman Hua Chunying said ...'); an undated one that follows none is kept when it is news of its own
    (made by a spokesperson, or with a day written right after its verb)."""
    kept: list[Candidate] = []
    for statement, news in statements:
        if statement.date_source == "text" or _formal(statement):
            kept.append(statement)
            continue
        previous = next(
            (
                s
                for s in sorted([*read, *kept], key=lambda s: -s.sentence.index)
                if 0 < statement.sentence.index - s.sentence.index <= _FOLLOW_UP_SENTENCES
                # a spokesperson whose state the story leaves to the reader speaks for the one before
                and (set(s.countries) & set(statement.countries) or not statement.countries)
            ),
            None,
        )
        if previous is not None:
            previous.people.extend(p for p in statement.people if p not in previous.people)
            previous.related.extend(statement.related)
        elif news:
            kept.append(statement)
    return kept


# 'the Royal Court announced that ...': an announcement made as such is the news even undated, where 'said'
# without a day is attribution.
_FORMAL_VERB = re.compile(r"(?i:announced|announces)")


def _formal(statement: Candidate) -> bool:
    offset = statement.sentence.start
    verb = statement.sentence.text[statement.trigger.start - offset : statement.trigger.end - offset]
    return _FORMAL_VERB.match(verb) is not None


def _plural(kind: str) -> str:
    return {"visit": "visits", "agreement": "agreements"}.get(kind, kind)
