"""Who holds a summit and who attends it, from the sentences around the one that reports it.

- A summit reported without the body that holds it ('Southeast Asian leaders opened their annual
  summit') is held by the international body the next sentence names, else the one before.
- 'Blinken and Lavrov are both expected to attend.': people who attend, with nothing after the
  verb, attend the summit reported just before.
- 'the NATO Summit in The Hague ... next year's Summit in Ankara': a capitalized summit word alone is of
  the series the story named with its body.
- 'Allied leaders are meeting in The Hague for a summit' under the title 'NATO summit in The Hague': a
  summit no sentence around it gives a body is held by the body whose summit the title names.
- 'The previous gathering in 2021 took place online': another occurrence of the story's summit is held
  by the body that holds it.
- 'The first China-Central Asia Summit', 'the Spain-Portugal summit': the states a summit's name joins by
  dashes take part in it.
"""

from __future__ import annotations

import re

from timeline.extraction.context import Context, clause_of, last_words
from timeline.extraction.dedupe import Group
from timeline.extraction.lexicon import cue
from timeline.extraction.mentions import Entity
from timeline.extraction.participants import story_body
from timeline.gazetteer import find_country, find_place, leaders_councils
from timeline.model import Place

_BARE_ATTENDANCE = cue("bare_attendance")
# A summit's attendees are named at most this many sentences after it.
_ATTENDANCE_SENTENCES = 2


def complete_summits(context: Context, groups: list[Group]) -> None:
    """Give summits the body that holds them, the states their names join and the people said to attend."""
    summits = sorted((g for g in groups if g.lead.kind == "summit"), key=lambda g: g.members[0].trigger.start)
    for summit in summits:
        if summit.lead.name:
            named = [c for c in _states_joined(summit.lead.name) if c not in summit.lead.countries]
            summit.lead.countries = [*summit.lead.countries, *named]
            summit.lead.location = _city_named(summit.lead.name) or summit.lead.location
        # 'a planned trilateral summit with U.S. President Donald Trump': a meeting of leaders, of no body
        with_leader = _SUMMIT_WITH.match(context.text, summit.lead.trigger.end) is not None
        if not with_leader and not any(e.kind == "organization" for e in summit.lead.people):
            body = (
                _series_named_before(context, summit)
                or _body_of_the_story_summit(summit, summits)
                or _neighbouring_body(context, summit.lead.sentence.index)
                or _format_named(context, summit)
                or context.title_body
                or story_body(context, least=_STORY_BODY_MENTIONS)
            )
            if body is not None:
                summit.lead.people.append(body)
        summit.lead.people = [_council_of_leaders(context, summit, e) for e in summit.lead.people]
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


_LEADERS_AFTER_BODY = cue("leaders_after_body")
_LEADERS_BEFORE_BODY = cue("leaders_before_body")
# 'the heads of state or government of the ' is the longest way of writing the leaders before a body.
_LEADERS_BEFORE_REACH = 50


def _council_of_leaders(context: Context, summit: Group, entity: Entity) -> Entity:
    """'EU leaders met in Brussels': a summit of a body's leaders, where they form a body of their own, is
    held by that body (the European Council)."""
    council = leaders_councils().get(entity.name) if entity.kind == "organization" else None
    if council is None:
        return entity
    sentence = summit.lead.sentence
    for mention in context.mentions_in(sentence.start, sentence.end):
        if mention.entity is not entity:
            continue
        before = last_words(context.text[sentence.start : mention.start], _LEADERS_BEFORE_REACH)
        if _LEADERS_AFTER_BODY.match(context.text, mention.end) or _LEADERS_BEFORE_BODY.search(before):
            return Entity(kind="organization", name=council, international=True, known=True)
    return entity


# A body's name right before the summit word ('the NATO Summit', 'the SCO Tianjin Summit').
_BODY_SUMMIT_AFTER = cue("summit_after_body")


def _series_named_before(context: Context, summit: Group) -> Entity | None:
    """'the NATO Summit in The Hague in June ... next year's Summit in Ankara': a capitalized summit word
    inside a sentence, with no body of its own, is of the series the story named before with its body."""
    trigger = summit.lead.trigger
    if (
        not context.text[trigger.start : trigger.end].startswith("Summit")
        or trigger.start == summit.lead.sentence.start
    ):
        return None
    for mention in reversed(context.mentions_in(0, trigger.start)):
        entity = mention.entity
        if (
            mention.kind == "organization"
            and entity is not None
            and entity.international
            and _BODY_SUMMIT_AFTER.match(context.text, mention.end)
        ):
            return entity
    return None


def _body_of_the_story_summit(summit: Group, summits: list[Group]) -> Entity | None:
    """'The previous gathering in 2021 took place online': another occurrence of the summit told before is
    held by the body that holds that one."""
    if not summit.lead.occurrence:
        return None
    start = summit.members[0].trigger.start
    for other in reversed(
        [s for s in summits if s.members[0].trigger.start < start and not s.lead.occurrence]
    ):
        bodies = [e for e in other.lead.people if e.kind == "organization" and e.international]
        if bodies:
            return bodies[0]
    return None


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


_SUMMIT_WITH = cue("summit_with")


# A body named this many times is what a story about summits is about ('The 2026 summit will be held in
# Doral' in a story about the G20).
_STORY_BODY_MENTIONS = 3


# Words that may stand in a summit's proper name without a capital ('Central Asia plus Japan Summit').
_NAME_JOINERS = frozenset({"of", "the", "and", "plus", "for", "on", "+", "-", "–", "—"})
_ORDINAL = re.compile(
    r"(?i:the|an?|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|next|upcoming|annual|regular|ordinary|extraordinary)$"
)


def _format_named(context: Context, summit: Group) -> Entity | None:
    """'the Consultative Meeting of the Heads of State of Central Asia': a summit the story names with
    capitals (not at the start of a sentence) is a standing format, which takes part in it as a body."""
    lead = summit.lead
    word = context.text[lead.trigger.start : lead.trigger.end]
    if not lead.name or not word[:1].isupper() or lead.trigger.start == lead.sentence.start:
        return None
    words = lead.name.split()
    while words and _ORDINAL.match(words[0]):
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return None
    return Entity(kind="organization", name=" ".join(words), international=True)


_CITY_BEFORE_SUMMIT = re.compile(r"(?P<city>(?:[A-Z][\w'’-]+\s+){1,3})(?i:summit)\b")


def _city_named(name: str) -> Place | None:
    """'the SCO Tianjin Summit', 'the Astana Summit': the city named right before the word hosts it."""
    match = _CITY_BEFORE_SUMMIT.search(name)
    if match is None:
        return None
    words = match.group("city").split()
    for count in range(len(words), 0, -1):
        place = find_place(" ".join(words[-count:]))
        if place is not None and place.country is not None and find_country(place.name) is None:
            return Place(name=place.name, country=place.country)
    return None


_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")
# A state's name in a summit's name has at most this many words ('South Korea', 'United Arab Emirates').
_NAME_WORDS = 3


def _states_joined(name: str) -> list[str]:
    """The states a name joins by dashes: the words before a dash end one, the words after it start one."""
    parts = _DASH.split(name)
    if len(parts) < 2:
        return []
    states: list[str] = []
    for index, part in enumerate(parts):
        words = part.split()
        sides = []
        if index < len(parts) - 1:
            sides.append([words[-n:] for n in range(1, min(_NAME_WORDS, len(words)) + 1)])
        if index > 0:
            sides.append([words[:n] for n in range(1, min(_NAME_WORDS, len(words)) + 1)])
        for candidates in sides:
            for chosen in candidates:
                code = find_country(" ".join(chosen))
                if code is not None:
                    states.append(code)
                    break
    return list(dict.fromkeys(states))
