"""Who holds a summit and who attends it, from the sentences around the one that reports it.

- A summit reported without the body that holds it ('Southeast Asian leaders opened their annual
  summit') is held by the international body the next sentence names, else the one before.
- 'Blinken and Lavrov are both expected to attend.': people who attend, with nothing after the
  verb, attend the summit reported just before.
"""

from __future__ import annotations

from timeline.extraction.context import Context, clause_of
from timeline.extraction.dedupe import Group
from timeline.extraction.lexicon import cue
from timeline.extraction.mentions import Entity

_BARE_ATTENDANCE = cue("bare_attendance")
# A summit's attendees are named at most this many sentences after it.
_ATTENDANCE_SENTENCES = 2


def complete_summits(context: Context, groups: list[Group]) -> None:
    """Give summits the body that holds them and the people said to attend them."""
    summits = sorted((g for g in groups if g.lead.kind == "summit"), key=lambda g: g.members[0].trigger.start)
    for summit in summits:
        if not any(e.kind == "organization" for e in summit.lead.people):
            body = _neighbouring_body(context, summit.lead.sentence.index)
            if body is not None:
                summit.lead.people.append(body)
    if not summits:
        return
    for match in _BARE_ATTENDANCE.finditer(context.text, summits[0].members[0].trigger.start):
        sentence = context.sentence_at(match.start())
        if sentence is None:
            continue
        earlier = [
            s
            for s in summits
            if 0 <= sentence.index - s.members[0].sentence.index <= _ATTENDANCE_SENTENCES
            and s.members[0].trigger.start < match.start()
        ]
        if not earlier:
            continue
        clause_start = clause_of(sentence, match.start())[0]
        attendees = [
            m.entity
            for m in context.mentions_in(clause_start, match.start())
            if m.kind == "person" and m.entity is not None
        ]
        lead = earlier[-1].lead
        lead.people.extend(e for e in attendees if e not in lead.people)
        lead.countries = list(dict.fromkeys([*lead.countries, *(e.country for e in attendees if e.country)]))


def _neighbouring_body(context: Context, index: int) -> Entity | None:
    for neighbour in (index + 1, index - 1):
        if not 0 <= neighbour < len(context.sentences):
            continue
        sentence = context.sentences[neighbour]
        for mention in context.mentions_in(sentence.start, sentence.end):
            entity = mention.entity
            if mention.kind == "organization" and entity is not None and entity.international:
                return entity
    return None
