"""From an event word to a candidate event: its clause, participants, date, status and place.

A candidate is what one event word in one clause reports. Several
candidates may report the same event (a lead and a later paragraph); the
`dedupe` module merges those.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

import attrs

from timeline.extraction.dateline import Dateline
from timeline.extraction.lexicon import cue, load_data
from timeline.extraction.mentions import Entity, Mention, countries_named_in
from timeline.extraction.sentences import Sentence
from timeline.extraction.triggers import Trigger
from timeline.model import Amount, Place, Precision, Status, When
from timeline.temporal import TimeMention

# Participles that open a reduced relative clause about the noun before them ('the treaty, signed in 1973').
_PARTICIPLE = (
    r"(?:signed|held|adopted|launched|established|founded|concluded|ratified|approved|set up|built|"
    r"convened|organi[sz]ed|hosted|chaired)\s+(?:in|on|at|by|during|last|earlier)\b"
)
_PARTICIPLE_START = re.compile(rf"(?<=,)\s+{_PARTICIPLE}", re.IGNORECASE)
_NAMES_ONLY = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*(?:\s*,\s*|\s+and\s+|\s+)?)+[.!?]?\s*$")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\b")
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whose)\b[^,]*,\s*$")
_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|whose|which)\b")
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s|\s--\s|,\s+(?:while|whereas|but|although|though|which|where|when|following|adding|noting|"
    r"saying|stressing|during which|after which|as well as|discussing|focusing|covering|aimed at|including|"
    r"and\s+(?:said|noted|added|stressed))\b"
    r"|,\s+and(?=\s+(?:is|are|was|were|will|would|has|have|had)\b)"
    r"|\s(?=(?:in|at|during|on|after) which\b)"
    rf"|,(?=\s+{_PARTICIPLE})"
)
_INSTRUMENT = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|contracts?|accords?|protocols?|"
    r"declarations?|road ?maps?|pacts?|charters?|conventions?|documents|deals?(?!\s+with)|"
    r"joint statements?|communiqu[eé]s?|plans?|programmes?|programs?|"
    r"(?-i:Statement))\b",
    re.IGNORECASE,
)
_LENDING = re.compile(
    r"\b(?:provided|provides|provide|extended|extends|extend|granted|grants|grant|approved|approves|approve|"
    r"allocated|allocates|allocate|issued|issues|offered|offers|disbursed|lent|lends|lend|signed|agreed)\b",
    re.IGNORECASE,
)
_COPULA_AFTER = re.compile(r"^,?\s+(?:is|was|are|were)\s+(?:the|a|an|one of|also|not)\b", re.IGNORECASE)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_DEFINITE_INSTRUMENT_SUBJECT = re.compile(
    r"^\s*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|"
    r"deals?|documents?|contracts?|loans?|accords?|declarations?)\s+"
    r"(?:was|were|has been|have been|had been)\s+$",
    re.IGNORECASE,
)
_ANNOUNCED_INSTRUMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|ceasefire|truce)\b",
    re.IGNORECASE,
)
# Verbs of saying that also take a plain object ('announced an agreement', 'confirmed the trip'): they
# report a clause only with 'that' or a comma after them.
_OBJECT_VERB = re.compile(
    r"(?:announced|announces|confirmed|confirms|reported|reports|revealed|disclosed|highlighted|mentioned|"
    r"recalled|recalls|stressed|stresses|emphasi[sz]ed|underlined|underscored)\b",
    re.IGNORECASE,
)
_MULTILATERAL_BEFORE = re.compile(
    r"(?:\bministerial|\bmultilateral|\bleaders['’]|\bsummit-level)\s+$", re.IGNORECASE
)
_LEADERS = (
    r"(?:heads?\s+of\s+(?:state|government)s?|leaders|presidents|prime\s+ministers|premiers|foreign\s+ministers|"
    r"ministers|council\s+of\s+(?:foreign\s+)?ministers)"
)
_MULTILATERAL_OF = re.compile(rf"\s+of\s+(?:the\s+)?(?:[\w'’.+-]+\s+){{0,4}}?{_LEADERS}\b", re.IGNORECASE)
_ENDS_WITH_OF = re.compile(r"\bof(?:\s+the)?$", re.IGNORECASE)
_BODY_MEMBERS_BEFORE = re.compile(
    rf"\s+(?:[\w-]+\s+)?{_LEADERS}\s+(?:(?:will|would|are|were|to|also)\s+){{0,2}}"
)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SEVERAL_LEADERS = re.compile(
    rf"\b(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}"
    rf"(?:{_LEADERS}|countries|nations|states|republics)\b"
)
_PARTICIPLE_PHRASE = re.compile(r",\s+[a-z]+ing\b[^,;]*$")
# How far after a definite mention its own date and place are written ('the summit ... there on Saturday').
_NEAR = 90
_UMBRELLA = re.compile(
    r"(?:\b(?:series|number|round|string|flurry)\s+of|\b(?:several|multiple|many|numerous))\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WITH_SOMEONE = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?[A-Z]")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|first|second|next|last)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# 'The meeting follows the session of the commission held in November 2023': an earlier event of its own.
_EARLIER_EVENT = re.compile(
    r"\b(?:follows|followed|builds?\s+on|built\s+on|comes?\s+after|came\s+after|precedes|preceded|"
    r"replaces|replaced)\s+(?:up\s+on\s+)?"
    r"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# 'met the region's leaders together', 'met the five leaders in a Russia–Central Asia format'
_LEADERS_TOGETHER = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?{_LEADERS}\s+(?:together|jointly|in\s+(?:a|the)\s+.{{0,30}}format)\b"
)
_DEFINITE_FUTURE = re.compile(
    r"\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:next|upcoming|forthcoming|coming|planned|scheduled)\b",
    re.IGNORECASE,
)
_NAMED_BODY = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’.+-]*|\d+\+\d)")
# How far after a visit word its host is named ('pay official visits to meet with Kazakh President X').
_HOST_REACH = 120
_OF_AFTER = re.compile(r"^\s+of\b")
# A verb used as a participle after its noun ('the decision, announced Wednesday by'): an agent after it
# and no auxiliary before it ('the visit was announced by' is a statement).
_AGENT_AFTER = re.compile(r"(?:\s+[\w,]+){0,3}?\s+by\b")
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_GERUND_BEFORE = re.compile(r"\b(?:of|for|in|besides|by|without|while|at|on)\s+$", re.IGNORECASE)
_DETERMINER_AFTER = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|these|those|some|all|every|our)\b", re.IGNORECASE
)
_COMPANY = re.compile(
    r"\b(?:Corp\.?|Corporation|Inc\.?|Co\.?|Ltd\.?|PLC|plc|LLC|AG|SA|Group|Holdings?|Company|Association|Bank)$"
)
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
_NEW_DATE = re.compile(
    r"\b(?:postponed|delayed|put off|pushed back|deferred)\s+(?:\w+\s+){0,2}?(?:to|until|till)\s+(?:the\s+)?"
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|next|later|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    re.IGNORECASE,
)
_SCHEDULED_RELATIVE = re.compile(
    r".{0,12}?\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:scheduled|set|planned|slated|due|expected)\s+(?:for|on|in|to)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\s+(?:said|says|told\s+reporters|reported|reports|announced|stated|added|noted|confirmed)\b"
    r"(?:\s+(?:on\s+)?[\w-]+){0,2}\s*(?:[.;,]|$)"
)
_ATTRIBUTION_BEFORE = re.compile(r",\s*(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}$")
_SIGNED_LOAN = re.compile(r"\s+(?:[\w$€£¥.,-]+\s+){0,5}?(?:loans?|credit lines?)\b", re.IGNORECASE)
_AMOUNT = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥)\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>trillion|billion|million|bn|mn|m|b)?\b"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s*(?P<scale2>trillion|billion|million|bn|mn)?\s+"
    r"(?P<cur2>dollars|yuan|euros|tenge|rubles|roubles|yen|pounds)\b",
    re.IGNORECASE,
)
_CURRENCIES = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "dollars": "USD", "yuan": "CNY",
    "euros": "EUR", "tenge": "KZT", "rubles": "RUB", "roubles": "RUB", "yen": "JPY", "pounds": "GBP",
}  # fmt: skip
_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}
_CITY_OF = r"(?:(?:\w+[ -]){0,2}(?:city|capital|town|village|resort|port|region)\s+of\s+)?"
_LOCATIVE = re.compile(rf"\b(?:in|at|inside)\s+(?:the\s+)?{_CITY_OF}$", re.IGNORECASE)
_DESTINATION = re.compile(rf"\b(?:in|at|inside|to|into)\s+(?:the\s+)?{_CITY_OF}$", re.IGNORECASE)
_PLACE_LIST_JOIN = re.compile(rf"^\s*(?:,|and|,\s*and)?\s*(?:(?:in|at)\s+(?:the\s+)?{_CITY_OF})?$")
_TIME_PREPOSITION = re.compile(r"\b(?:in|on|at|during)\s+(?:the\s+)?$")
_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|remains?|seems?)\b)", re.IGNORECASE
)
_WHERE_BEFORE = re.compile(r",\s*where\s*$", re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|also|later|second)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(
    r"(?:^\s*|,\s+|\b(?:and|which|where|when|after|before|as|while|since|until|because|once|that)\s+)"
    r"(?:He|She|he|she)\b"
)
_SUBORDINATE_BEFORE = re.compile(
    r"(?:(?:after|during|following|before) which|,\s*(?:following|before|after|when|once))\s*$",
    re.IGNORECASE,
)
# What precedes the subject of a clause: the sentence start, or a comma or 'and' that opens a new clause.
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*(?:and\s+|but\s+)?|\band\s+|\bbut\s+)(?:the\s+)?$")
_PRONOUN_START = re.compile(r"^(?:He|She)\b")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:His|His|his|her|Her)\s+(?:[\w-]+\s+){0,2}$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|to|by|from|of|for|and|between|on|about)\s+(?:the\s+)?$", re.IGNORECASE
)
# A preposition, then perhaps a country and an office, right before a name: the name is not a subject.
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|by|from|of|for|between|on|about)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}$"
)
_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:\w+[- ]){0,3})$")
# 'a visit to Kazakhstan by X' names the visitor; 'the visit was announced by X' does not.
_BY_AFTER = re.compile(r"^\s+(?:(?!(?:was|were|is|are|been|being)\b)\w+\s+){0,2}?by\b", re.IGNORECASE)
_PURPOSE_MEET = re.compile(r"\bto\s+$", re.IGNORECASE)
_MULTI_DAY = re.compile(r"\b(two|three|four|five|six|seven|2|3|4|5|6|7)[- ]day\b", re.IGNORECASE)
_ENDED = re.compile(
    r"\b(?:concluded|concludes|ended|ends|closed|closes|wrapped up|wraps up)\b", re.IGNORECASE
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_QUOTED_NAME = re.compile(r"^[^,;.]{0,60}?['\"‘“][^'\"’”]{2,60}['\"’”]")
_NOUN_PHRASE_BEFORE = re.compile(
    r"((?:(?:[A-Z][\w'’\-]*|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|annual|upcoming)\s+){1,6})$"
)
_CAPITALIZED_INSTRUMENT = re.compile(
    r"((?:[A-Z][\w'’\-]*\s+(?:(?:on|of|for|and|between|in)\s+(?:the\s+)?)?){0,8}"
    r"(?:Agreement|Memorandum|Treaty|Accord|Protocol|Declaration|Roadmap|Road Map|Pact|Charter|Convention|"
    r"Contract|Deal|Plan|Programme|Program|Statement|Communiqu[eé]))"
)
_FUTURE_DAYS = 0


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
    host_country: str | None = None
    visit_type: str | None = None
    instrument: str | None = None
    amount: Amount | None = None
    name: str | None = None
    medium: str | None = None
    label: str | None = None
    background: bool = False
    # 'held a series of bilateral meetings on 24 September': no event, but the day of those reported next
    frame: bool = False
    # 'talks with X': the word names its counterpart right after it
    with_counterpart: bool = False
    related: list[Candidate] = attrs.field(factory=list)
    split_key: str = ""


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

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.mention_starts, start)
        last = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        first = bisect.bisect_left(self.time_starts, start)
        last = bisect.bisect_left(self.time_starts, end)
        return [t for t in self.times[first:last] if t.end <= end]


@functools.lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Clauses of a sentence as (start, end, reported), offsets within the sentence.

    A clause reported by a speech verb ('stated that ...') is marked, so that
    the time and the speaker of the main clause are not given to it.
    """
    cuts: list[tuple[int, bool]] = [(0, False)]
    for match in _CLAUSE_BREAK.finditer(text):
        if _NAMES_ONLY.match(text, match.end()):
            continue  # 'met the foreign ministers of A, B and C – X, Y and Z': the names, not a new clause
        cuts.append((match.end(), False))
    for match in speech_verbs(text, 0, len(text)):
        cuts.append((match.end(), True))
    # 'Anwar Ibrahim, whose country takes over the chairmanship next year, met Marcos': the main clause
    # resumes after the relative clause's closing comma, as reported as it was before
    resumed: list[tuple[int, int]] = []
    for match in _RELATIVE_OPEN.finditer(text):
        close = text.find(",", match.end())
        if close != -1:
            cuts.append((match.start() + 1, False))
            resumed.append((close + 1, match.start()))
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


def speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Verbs of saying in ``text[start:end]``; a capitalized one inside a sentence is part of a name
    ('the Organization of Turkic States held')."""
    return [
        match
        for match in cue("speech").finditer(text, start, end)
        if not (match.group()[:1].isupper() and match.start() > 0 and text[match.start() - 1] == " ")
        and not (_OBJECT_VERB.match(match.group()) and not match.group().endswith(("that", ",")))
    ]


def clause_of(sentence: Sentence, position: int) -> tuple[int, int, bool]:
    """The clause of `sentence` around the document offset `position`, in document offsets."""
    offset = position - sentence.start
    for start, end, reported in _clauses(sentence.text):
        if start <= offset < end:
            return sentence.start + start, sentence.start + end, reported
    return sentence.start, sentence.end, False


def read_trigger(context: Context, trigger: Trigger) -> list[Candidate]:
    """The candidate events one event word reports (none, one, or one per place or host)."""
    sentence = context.sentence_at(trigger.start)
    if sentence is None:
        return []
    text = context.text
    clause_start, clause_end, reported = clause_of(sentence, trigger.start)
    clause = text[clause_start:clause_end]
    before = text[clause_start : trigger.start]
    after = text[trigger.end : clause_end]
    rule = trigger.rule
    word = text[trigger.start : trigger.end]
    if rule.kind == "meeting" and _multilateral(context, trigger, before, clause_start, clause_end):
        rule = attrs.evolve(rule, kind="summit")
        trigger = attrs.evolve(trigger, rule=rule)
    if rule.kind == "statement" and _ANNOUNCED_INSTRUMENT.match(text, trigger.end, sentence.end):
        # 'India and China announced an agreement on patrolling': what is announced is the agreement
        rule = attrs.evolve(rule, kind="agreement", needs=None)
        trigger = attrs.evolve(trigger, rule=rule)

    # 'frequently meet', 'high-level visits': a habit of the words around the event word, not of the clause
    if cue("habitual").search(text, max(clause_start, trigger.start - 40), min(clause_end, trigger.end + 40)):
        return []
    if cue("hypothetical").search(before[-32:]) or _topic(before):
        return []
    negated = bool(cue("negation").search(before[-24:]))
    if cue("not_held").match(after):
        return []
    mentions = context.mentions_in(clause_start, clause_end)
    if _PARTICIPLE_START.match(text, clause_start):
        # 'the SCO, founded in 2001': the noun the participle describes stands right before it
        head = context.mentions_in(max(sentence.start, clause_start - 60), clause_start)
        mentions = [*head[-1:], *mentions]
    # 'Conference on Interaction and Confidence-Building Measures in Asia' is a body, not a meeting.
    if any(m.kind == "organization" and m.start <= trigger.start and trigger.end <= m.end for m in mentions):
        return []
    if not _needs_met(rule.needs, context, trigger, mentions, clause, after):
        return []
    if rule.kind == "meeting" and _is_purpose_of_visit(context, trigger, before):
        return []
    if word == "Congress" and not _DETERMINER_BEFORE.search(before[-30:]):
        return []  # 'mandated by Congress': the legislature, not a party congress
    if word.lower() == "meeting" and _GERUND_BEFORE.search(before[-20:]) and _DETERMINER_AFTER.match(after):
        nearby = context.mentions_in(trigger.end, min(clause_end, trigger.end + 40))
        if not any(m.kind in ("person", "group") for m in nearby):
            return []  # 'capable of meeting a variety of contingencies': the verb, with a thing met
    if rule.needs == "instrument" and _SIGNED_LOAN.match(after):
        return []  # 'signed a $500 million loan agreement': the loan is the event, reported by its own word

    # 'the visit', 'his visit': a word that is a verb too is used as a noun after a determiner
    noun = rule.form == "noun" or bool(_DETERMINER_BEFORE.search(before[-30:]))
    anaphoric = (
        noun and bool(cue("anaphora").search(before[-60:])) and not _EARLIER_EVENT.search(before)
    ) or _described(rule.form, before, after)
    plural_generic = (
        rule.form == "noun"
        and word.lower().endswith("s")
        and word.lower() not in ("talks", "negotiations", "consultations")
    )
    status = _status(clause, before, after, negated, _governing_verb(text, sentence, clause_start, before))
    if status is None or (negated and rule.kind in ("agreement", "statement", "other")):
        return []  # 'not by memoranda signed': a document not signed is no event, called off or not

    people = _people(context, mentions, sentence, trigger)
    if rule.kind in ("meeting", "call"):
        # 'met on the sidelines of the SCO meeting': those named after the next event word are its own
        following = context.next_trigger(trigger.end, clause_end)
        # ... and so are those right before it ('the SCO meeting')
        boundary = following - 2 if following < clause_end else following
        early = {id(m.entity) for m in mentions if m.end < boundary}
        late = {id(m.entity) for m in mentions if m.end >= boundary} - early
        people = [e for e in people if id(e) not in late]
    resumed = _relative_head(context, sentence, clause_start)
    if resumed is not None and resumed not in people:
        people = [resumed, *people]  # 'Milei, who has clashed with Lula, travelled to ...': Milei travelled
    if _THEIR.search(text, max(sentence.start, trigger.start - 30), trigger.end) and not any(
        e.kind == "person" for e in people
    ):
        # 'The two governments said the next session of their commission ...': theirs
        groups = [m for m in context.mentions_in(sentence.start, trigger.start) if m.kind == "group"]
        if groups:
            people = _unique([*_group_members(context, groups[-1], sentence), *people])
    if (
        _PRONOUN_START.match(text, clause_start)
        or _SUBJECT_PRONOUN.search(before)
        or _POSSESSIVE_PRONOUN.search(before[-30:])
    ):
        # 'where he was to attend the summit of the Dialogue': he takes part too
        people = _unique([*_earlier_subject(context, sentence, clause_start), *people])
    countries = _countries(mentions, people)
    # 'Kishida on Friday cancelled a planned trip': Friday is when it was called off, not when it was due
    called_off = max(
        (m.start() for m in cue("cancelled").finditer(text, sentence.start, trigger.start)), default=None
    )
    # a definite mention is dated only by words near it ('the summit ... there on Saturday')
    dated_span = (
        (max(clause_start, trigger.start - 40), min(clause_end, trigger.end + _NEAR))
        if anaphoric
        else (clause_start, clause_end)
    )
    when, date_source = _date(
        context,
        trigger,
        sentence,
        dated_span,
        reported or anaphoric,
        rule.kind,
        status is not Status.HAPPENED,
        called_off if called_off is not None else sentence.start,
    )
    umbrella = plural_generic and _UMBRELLA.search(before[-40:]) and not _WITH_SOMEONE.match(after)
    if umbrella and date_source != "text":
        return []  # 'held a series of bilateral meetings': the sentences after report each of them
    if plural_generic and date_source == "none" and not _WITH_SOMEONE.match(after):
        return []  # 'barred from top-level meetings': meetings in general, not one that took place
    if rule.kind == "meeting" and not people and not anaphoric:
        people = _people_nearby(context, sentence)
    if not people and not countries and not anaphoric and rule.kind != "agreement":
        return []
    if rule.kind != "agreement" and people and all(is_company(e) for e in people) and not countries:
        return []  # 'Control Data Corp. met a test', 'a meeting of Williams shareholders': business
    if (
        status is Status.HAPPENED
        and context.published is not None
        and when.start is not None
        and when.start > context.published
    ):
        status = Status.PLANNED
    if rule.kind != "visit" and status is Status.HAPPENED and when.value == "FUTURE_REF":
        status = Status.PLANNED
    background = bool(cue("background").search(clause))

    candidate = Candidate(
        kind=rule.kind,
        trigger=trigger,
        sentence=sentence,
        clause=(clause_start, clause_end),
        reported=reported,
        people=people,
        countries=countries,
        when=when,
        date_source=date_source,
        status=status,
        location=None,
        anaphoric=anaphoric,
        separate=bool(_SEPARATE.search(before[-40:])),
        cameo=rule.cameo,
        medium=rule.medium,
        label=rule.label,
        background=background,
        frame=bool(umbrella),
        with_counterpart=bool(_WITH_SOMEONE.match(after)),
    )
    # a definite mention is placed only by words right after it ('the meeting, held at Qasr Al Shati')
    places_end = min(clause_end, trigger.end + _NEAR) if anaphoric else clause_end
    places = _places(context, trigger, trigger.start if anaphoric else clause_start, places_end, rule.kind)
    if rule.kind == "visit":
        return _visits(context, candidate, mentions, places, before, after)
    candidate.location = places[0] if places else _here(context, sentence, (clause_start, clause_end))
    if rule.kind == "agreement":
        _agreement_details(candidate, clause, trigger, text)
    elif rule.kind == "summit":
        if rule.form == "noun":
            candidate.name = _summit_name(text, trigger, clause_start, clause_end)
        else:  # 'NATO foreign ministers will meet', 'the five presidents sat down with': named by who meets
            bodies = [e for e in candidate.people if e.kind == "organization" and e.international]
            candidate.name = f"{bodies[0].acronym or bodies[0].name} meeting" if bodies else None
    elif rule.kind == "statement":
        participle = _AGENT_AFTER.match(text, trigger.end, sentence.end) and not _AUXILIARY_BEFORE.search(
            before
        )
        if participle or not any(e.kind in ("person", "organization") for e in people):
            return []  # 'a reward announced by the Attorney General': a detail, not an announcement
        candidate.label = _statement_label(text, trigger, clause_end)
        # the speaker is named right before the verb ('..., Australia's foreign ministry announced')
        subject_start = max(clause_start, text.rfind(",", clause_start, trigger.start) + 1)
        speakers = _people(
            context,
            [m for m in mentions if subject_start <= m.start < trigger.start],
            sentence,
            trigger,
            speakers=True,
        ) or _people(
            context, [m for m in mentions if m.start < trigger.start], sentence, trigger, speakers=True
        )
        if speakers:
            candidate.people = speakers
    elif rule.kind == "other" and rule.label == "accession":
        body = _acceded_body(context, mentions, trigger)
        if body is None or status is not Status.HAPPENED:
            return []  # 'Ukraine would not join NATO', 'plans to join': no accession took place
        candidate.people = [body]
        candidate.countries = [c for c in countries if c != body.country] or countries
        candidate.label = f"accession to the {body.acronym or body.name}"
    elif rule.kind == "other" and rule.label == "founding":
        organizations = [m.entity for m in mentions if m.kind == "organization" and m.entity is not None]
        candidate.people = organizations[:1]
        if not organizations:
            return []
        candidate.label = f"founding of the {organizations[0].acronym or organizations[0].name}"
    if rule.kind in ("meeting", "summit") and len(places) > 1:
        return _per_place(context, candidate, places)
    if rule.kind == "meeting":
        return _per_counterpart(context, candidate, mentions)
    return [candidate]


def _per_place(context: Context, candidate: Candidate, places: list[Place]) -> list[Candidate]:
    """'met twice in Xi'an and Beijing', 'in Astana in October 2022 and in Cholpon-Ata in June 2023'."""
    start, end = candidate.clause
    positions = [
        next((m.start for m in context.mentions_in(start, end) if m.place == place), start)
        for place in places
    ]
    split: list[Candidate] = []
    for index, place in enumerate(places):
        following = positions[index + 1] if index + 1 < len(places) else end
        own = [t for t in context.times_in(positions[index], following) if _usable(t)]
        own = [t for t in own if t.when is not None and t.when.is_known]
        when = own[0].when if own and own[0].when is not None else candidate.when
        split.append(attrs.evolve(candidate, location=place, split_key=place.name, when=when))
    return split


_JOINT = re.compile(
    r"\b(?:trilateral|joint|jointly|together|quadrilateral|multilateral|group)\b", re.IGNORECASE
)


def _per_counterpart(context: Context, candidate: Candidate, mentions: list[Mention]) -> list[Candidate]:
    """'held bilateral meetings with A, B and C': one meeting with each of them."""
    trigger = candidate.trigger
    present = {id(e) for e in candidate.people}
    mentions = [
        m for m in mentions if m.kind == "person" and m.entity is not None and id(m.entity) in present
    ]
    # the subject, not someone named after 'with' ('Putin held talks with Xi and met Modi and Ramaphosa')
    before = [
        m
        for m in mentions
        if m.end <= trigger.start and not _OBJECT_BEFORE.search(context.text, max(0, m.start - 60), m.start)
    ]
    # counterparts up to the next event word: 'talks with Xi and met Modi and Ramaphosa' has one
    following = context.next_trigger(trigger.end, candidate.clause[1])
    after = [m.entity for m in mentions if trigger.end <= m.start < following and m.entity is not None]
    later = {id(m.entity) for m in mentions if m.start >= following} - {id(e) for e in after}
    between = re.match(r"\s*(?:\w+\s+){0,3}?between\b", context.text[trigger.end : trigger.end + 40])
    anchor: Entity | None = None
    counterparts: list[Entity] = []
    if between is not None and after:
        anchor, counterparts = after[0], _unique(after[1:])
    elif before:
        anchor, counterparts = before[-1].entity, _unique(after)
    if anchor is None:
        return [candidate]
    counterparts = [c for c in counterparts if c is not anchor]
    if counterparts:
        candidate.people = [e for e in candidate.people if id(e) not in later or e is anchor]
    last = max((m.end for m in mentions if m.start >= trigger.end), default=trigger.end)
    if len(counterparts) < 2 or _JOINT.search(
        context.text, max(candidate.clause[0], trigger.start - 40), last
    ):
        return [candidate]
    split: list[Candidate] = []
    for counterpart in counterparts:
        people = [anchor, counterpart, *([counterpart.affiliation] if counterpart.affiliation else [])]
        countries = list(dict.fromkeys(c for c in (anchor.country, counterpart.country) if c))
        split.append(attrs.evolve(candidate, people=people, countries=countries, split_key=counterpart.name))
    return split


def _needs_met(
    needs: str | None, context: Context, trigger: Trigger, mentions: list[Mention], clause: str, after: str
) -> bool:
    if needs is None:
        return True
    if needs == "person_after":
        following = [m for m in mentions if m.start >= trigger.end and m.kind in ("person", "group")]
        return bool(following) and following[0].start - trigger.end <= 110
    if needs == "place_after":
        following = [m for m in mentions if m.start >= trigger.end and m.kind in ("place", "country")]
        return (bool(following) and following[0].start - trigger.end <= 45) or bool(
            _HERE.match(after.strip())
        )
    if needs == "instrument":  # 'the treaty, signed in 1973': the instrument may stand just before the clause
        return bool(_INSTRUMENT.search(clause)) or bool(
            _INSTRUMENT.search(context.text, max(0, trigger.start - 80), trigger.start)
        )
    if needs == "lending":
        return bool(_LENDING.search(clause)) or bool(
            _AMOUNT.search(context.text, max(0, trigger.start - 30), trigger.start)
        )
    if needs == "organization":
        return any(m.kind == "organization" for m in mentions)
    if needs == "organization_after":  # 'joined the bank', 'acceded to the WTO'
        return any(m.kind == "organization" and 0 <= m.start - trigger.end <= 15 for m in mentions)
    if needs == "body":  # 'session of the Joint Intergovernmental Commission', not 'of the new council'
        return bool(_NAMED_BODY.match(after))
    if needs == "actor":
        return any(m.kind in ("person", "organization", "group", "country", "place") for m in mentions)
    return True


def _multilateral(context: Context, trigger: Trigger, before: str, start: int, end: int) -> bool:
    """A meeting of a multilateral body or of several leaders is a summit ('a meeting of the CIS Council of
    Foreign Ministers', 'the C5+1 ministerial meeting', 'the five Central Asian presidents sat down with')."""
    text = context.text
    if _MULTILATERAL_BEFORE.search(before[-30:]) or _MULTILATERAL_OF.match(text, trigger.end, end):
        return True
    for mention in context.mentions_in(max(start, trigger.start - 60), trigger.start):
        entity = mention.entity
        if mention.kind != "organization" or entity is None or not entity.international:
            continue
        if trigger.start - mention.end <= 2 or _BODY_MEMBERS_BEFORE.fullmatch(
            text, mention.end, trigger.start
        ):
            return True  # 'the SCO meeting', 'NATO foreign ministers will meet'
    of_body = _OF_BODY.match(text, trigger.end, end)
    # 'session of the UN General Assembly': the word itself may end with 'of the'
    body_start = of_body.end() if of_body is not None else trigger.end
    if of_body is not None or _ENDS_WITH_OF.search(text, trigger.start, trigger.end):
        for mention in context.mentions_in(body_start, min(end, body_start + 60)):
            if mention.start > body_start + 1:
                break
            if mention.kind == "organization" and mention.entity is not None and mention.entity.international:
                return True
    # the leaders must be the event's own ('met the five leaders'), not those of the next event in the clause
    window_end = context.next_trigger(trigger.end, min(end, trigger.end + 60))
    window_start = max(start, trigger.start - 60)
    return bool(
        _SEVERAL_LEADERS.search(text, window_start, window_end)
        or _LEADERS_TOGETHER.match(text, trigger.end, window_end)
    )


def _topic(before: str) -> bool:
    """The event word names what was discussed or planned, unless that is a definite event to come."""
    window = before[-70:]
    matches = list(cue("topic").finditer(window))
    return bool(matches) and not _DEFINITE_FUTURE.match(window, matches[-1].end())


def _described(form: str, before: str, after: str) -> bool:
    """An event already reported, now described: 'The ADB loan is the second tranche', 'is the largest
    gathering', 'The agreement was signed in Tashkent by ...'."""
    if form == "noun":
        return bool(_COPULA_AFTER.match(after) or _COPULA_BEFORE.search(before))
    return bool(_DEFINITE_INSTRUMENT_SUBJECT.search(before))


def _is_purpose_of_visit(context: Context, trigger: Trigger, before: str) -> bool:
    """'pay official visits to meet with X': the meeting is what the visit is for, not another event."""
    if not _PURPOSE_MEET.search(before):
        return False
    return bool(re.search(r"\bvisit", before, re.IGNORECASE))


def _governing_verb(text: str, sentence: Sentence, clause_start: int, before: str) -> str:
    """The words before the participle phrase an event word stands in: in 'Kishida had been scheduled to
    visit Kazakhstan, holding talks ... and attending the summit', the talks and the summit are as
    planned as the visit."""
    participle = _PARTICIPLE_PHRASE.search(before)
    if participle is None:
        return ""
    head_end = clause_start + participle.start()
    return text[max(sentence.start, head_end - 70) : head_end]


def _status(clause: str, before: str, after: str, negated: bool, governing: str = "") -> Status | None:
    if cue("cancelled").search(clause):
        return Status.CANCELLED
    planned = (
        bool(cue("planned").search(before[-70:]))
        or bool(cue("planned").search(after[:40]))
        or bool(cue("planned").search(governing))
    )
    postponed = cue("postponed").search(before[-40:]) or cue("postponed").search(after[:40])
    if postponed:  # 'the talks were postponed', not 'a long-delayed code of conduct' further on
        # the occurrence that was due is called off, unless the new date is given ('postponed to May 5')
        return Status.PLANNED if _NEW_DATE.search(clause) else Status.CANCELLED
    if negated:
        return Status.CANCELLED if planned else None
    return Status.PLANNED if planned else Status.HAPPENED


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: list[Entity] = []
    for entity in entities:
        if all(entity is not other for other in seen):
            seen.append(entity)
    return seen


def _relative_head(context: Context, sentence: Sentence, clause_start: int) -> Entity | None:
    """The person a clause resumes with after a relative clause about them ('X, who ..., met Y')."""
    opener = _RELATIVE_BEFORE.search(context.text, sentence.start, clause_start)
    if opener is None:
        return None
    named = [
        m.entity
        for m in context.mentions_in(sentence.start, opener.start())
        if m.kind in ("person", "organization") and m.entity is not None
    ]
    return named[-1] if named else None


def is_company(entity: Entity) -> bool:
    """A business by the head of its name ('Control Data Corp.', 'Sunwah Group')."""
    return entity.kind == "organization" and not entity.international and bool(_COMPANY.search(entity.name))


def _acceded_body(context: Context, mentions: list[Mention], trigger: Trigger) -> Entity | None:
    """The body a state joins: named in the clause, else the international body the story is about."""
    named = [m.entity for m in mentions if m.kind == "organization" and m.entity is not None]
    if named:
        return named[0]
    earlier = [
        m.entity
        for m in context.mentions_in(0, trigger.start)
        if m.kind == "organization" and m.entity is not None and m.entity.international
    ]
    return max(earlier, key=earlier.count) if earlier else None


def _people(
    context: Context, mentions: list[Mention], sentence: Sentence, trigger: Trigger, *, speakers: bool = False
) -> list[Entity]:
    people: list[Entity] = []
    text = context.text
    for mention in mentions:
        if mention.kind in ("person", "group") and cue("absent_party").search(
            text, max(sentence.start, mention.start - 80), mention.start
        ):
            continue  # 'greetings from President X', 'the absence of X': not taking part
        if (
            not speakers
            and _ATTRIBUTION.match(text, mention.end)
            and _ATTRIBUTION_BEFORE.search(text, sentence.start, mention.start)
        ):
            continue  # '..., the Turkish presidency said': who reports the event, not who takes part
        if mention.kind in ("person", "organization") and mention.entity is not None:
            people.append(mention.entity)
            if mention.entity.affiliation is not None:
                people.append(mention.entity.affiliation)
        elif mention.kind == "group":
            people.extend(_group_members(context, mention, sentence))
    return _unique(people)


def _group_members(context: Context, group: Mention, sentence: Sentence) -> list[Entity]:
    """'the two leaders': the leaders, already named, of the countries this sentence or paragraph names."""
    written = context.text[group.start : group.end].lower()
    leaders_only = any(w in written for w in ("leader", "president", "head", "premier", "prime"))
    earlier = [m.entity for m in context.mentions if m.kind == "person" and m.entity is not None]
    candidates = [
        e for e in _unique(earlier) if not leaders_only or e.rank in ("head_of_state", "head_of_government")
    ]
    for scope in (sentence.text, _paragraph_text(context, sentence)):
        codes = (
            {m.country for m in context.mentions_in(sentence.start, sentence.end) if m.country}
            if scope is sentence.text
            else _paragraph_countries(context, sentence)
        )
        chosen: dict[str, Entity] = {}
        for entity in candidates:
            if entity.country in codes and entity.country not in chosen:
                chosen[entity.country] = entity
        if len(chosen) >= 2:
            return list(chosen.values())
    by_country: dict[str, Entity] = {}
    before = [
        m.entity
        for m in context.mentions
        if m.kind == "person" and m.entity is not None and m.start < group.start
    ]
    for entity in reversed(before):
        if (
            entity.country
            and entity.country not in by_country
            and (not leaders_only or entity.rank in ("head_of_state", "head_of_government"))
        ):
            by_country[entity.country] = entity
        if len(by_country) == 2:
            return list(by_country.values())
    return []


def _paragraph_text(context: Context, sentence: Sentence) -> str:
    return " ".join(s.text for s in context.sentences if s.paragraph == sentence.paragraph)


def _paragraph_countries(context: Context, sentence: Sentence) -> set[str]:
    same = [s for s in context.sentences if s.paragraph == sentence.paragraph]
    return {m.country for m in context.mentions_in(same[0].start, same[-1].end) if m.country}


def _earlier_subject(context: Context, sentence: Sentence, clause_start: int) -> list[Entity]:
    """The person a subject 'he' or 'she' most likely is: the subject of the nearest earlier clause
    ('Tileuberdi invited Chung, and Chung accepted, saying he would travel'), else of the sentence before."""
    named = [
        m
        for m in context.mentions_in(sentence.start, clause_start)
        if m.kind == "person"
        and m.entity is not None
        and not _OBJECT_BEFORE.search(context.text, max(sentence.start, m.start - 60), m.start)
    ]
    subjects = [
        m
        for m in named
        if m.start == sentence.start or _CLAUSE_OPENING.search(context.text, sentence.start, m.start)
    ]
    if subjects or named:
        chosen = (subjects or named)[-1 if subjects else 0].entity
        assert chosen is not None
        return [chosen]
    if sentence.index == 0:
        return []
    previous = context.sentences[sentence.index - 1]
    for mention in context.mentions_in(previous.start, previous.end):
        if mention.kind != "person" or mention.entity is None:
            continue
        if _PREPOSITION_BEFORE.search(context.text, max(previous.start, mention.start - 20), mention.start):
            continue
        return [mention.entity]
    return []


def _people_nearby(context: Context, sentence: Sentence) -> list[Entity]:
    """People a report names in the sentences after a meeting it did not give names for."""
    people: list[Entity] = []
    for following in context.sentences[sentence.index + 1 : sentence.index + 6]:
        for mention in context.mentions_in(following.start, following.end):
            if (
                mention.kind == "person"
                and mention.entity is not None
                and mention.entity.title
                and not mention.role
            ):
                people.append(mention.entity)
    return _unique(people)[:4]


def _countries(mentions: list[Mention], people: list[Entity]) -> list[str]:
    codes: list[str] = []
    for mention in mentions:
        metonymy = mention.kind == "place" and mention.capital
        if mention.country and (mention.kind == "country" or metonymy):
            codes.append(mention.country)
        elif (
            mention.kind == "organization" and mention.entity is not None and not mention.entity.international
        ):
            codes.extend(countries_named_in(mention.entity.name))  # 'UAE-Kazakhstan Joint Commission'
    for entity in people:
        if entity.country and not entity.international:
            codes.append(entity.country)
    return list(dict.fromkeys(codes))


def _usable(time: TimeMention) -> bool:
    return time.type in ("DATE", "TIME") and time.when is not None


_VALIDITY = re.compile(
    r"\b(?:for|until|till|through|by)\s+(?:the\s+)?(?:period\s+)?(?:\d{4}\s*[–—-]\s*)?$", re.IGNORECASE
)
# 'since 2022', 'until 2035', 'since Eritrea's independence in 1993': bounds of a period, not event days.
_BOUND = re.compile(r"\b(?:since|until|till)\b[^,;.]{0,40}$", re.IGNORECASE)
# ', when' right after a time: the clause happened at that time ('in April 2022, when he met Putin').
_WHEN_AFTER_TIME = re.compile(r",?\s*when\s*$", re.IGNORECASE)
_PAST_DIRECTION = re.compile(r"past|at or before")


def _date(
    context: Context,
    trigger: Trigger,
    sentence: Sentence,
    clause: tuple[int, int],
    reported: bool,
    kind: str,
    planned: bool,
    earliest: int,
) -> tuple[When, str]:
    """The time expression governing the event: same clause, then same sentence; else unknown.

    Times before `earliest` (the verb that called the event off) are not the event's.
    """
    text = context.text
    in_clause = [
        t
        for t in context.times_in(*clause)
        if _usable(t) and not _is_bound(text, t, trigger) and t.start >= earliest
    ]
    if kind == "agreement":  # 'a programme for 2025-2027' dates what is agreed, not the signing
        in_clause = [t for t in in_clause if not _VALIDITY.search(text, max(0, t.start - 20), t.start)]
    chosen = _nearest_known(in_clause, trigger)
    if chosen is None:
        chosen = _time_before_when(context, sentence, clause) or _scheduled_after(context, sentence, clause)
    subordinate = clause[0] > sentence.start and _SUBORDINATE_BEFORE.search(
        text, max(sentence.start, clause[0] - 25), clause[0]
    )
    if chosen is None and not reported and not subordinate:
        others = [
            t
            for t in context.times_in(sentence.start, sentence.end)
            if _usable(t)
            and not clause_of(sentence, t.start)[2]
            and _may_govern(context, t, trigger)
            and not _is_bound(text, t, trigger)
            and t.start >= earliest
            and not _RELATIVE_CLAUSE.match(text, clause_of(sentence, t.start)[0])
        ]
        if kind == "agreement":
            others = [t for t in others if not _VALIDITY.search(text, max(0, t.start - 20), t.start)]
        chosen = _nearest_known(others, trigger)
    if chosen is None:
        vague = [t for t in in_clause if t.when is not None and not t.when.is_known]
        if vague:
            nearest = min(vague, key=lambda t: abs(t.start - trigger.start))
            assert nearest.when is not None
            return nearest.when, "vague"
        return When.unknown(), "none"
    assert chosen.when is not None
    if cue("same_day").fullmatch(chosen.text):
        return When.unknown(), "same_day"
    when = _ahead_if_planned(chosen, context.published) if planned else chosen.when
    if kind in ("visit", "summit"):
        when = _day_pair(context, chosen, when, planned) or _multi_day_span(context, when, clause)
    return when, "text"


_DAY_PAIR_JOIN = re.compile(r"\s*(?:to|through|till|until|and|-|–|—)\s*(?:on\s+)?", re.IGNORECASE)
# A visit or a summit written as two days lasts at most this long.
_LONGEST_STAY = 14


def _day_pair(context: Context, chosen: TimeMention, when: When, planned: bool) -> When | None:
    """'from Friday to Saturday', 'on Sunday and Monday': the days a visit or summit lasts."""
    if when.precision is not Precision.DAY or when.start is None:
        return None
    times = context.times
    index = next((i for i, t in enumerate(times) if t is chosen), None)
    if index is None:
        return None
    for first, second in ((index, index + 1), (index - 1, index)):
        if first < 0 or second >= len(times):
            continue
        gap = context.text[times[first].end : times[second].start]
        if not _DAY_PAIR_JOIN.fullmatch(gap):
            continue
        days = [times[first], times[second]]
        dated = [
            _ahead_if_planned(t, context.published) if planned else t.when for t in days if t.when is not None
        ]
        if len(dated) != 2 or any(d.precision is not Precision.DAY or d.start is None for d in dated):
            continue
        start, end = dated[0].start, dated[1].start
        assert start is not None and end is not None
        if start < end and (end - start).days <= _LONGEST_STAY:
            return When.span(start, end)
    return None


def _is_bound(text: str, time: TimeMention, trigger: Trigger) -> bool:
    """A time in a 'since' or 'until' phrase, unless the phrase is the event's ('since his visit in May')."""
    match = _BOUND.search(text, max(0, time.start - 48), time.start)
    return match is not None and not match.start() <= trigger.start < time.start


def _time_before_when(context: Context, sentence: Sentence, clause: tuple[int, int]) -> TimeMention | None:
    """The time a ', when' clause hangs on, if it directly precedes it."""
    if clause[0] <= sentence.start:
        return None
    match = _WHEN_AFTER_TIME.search(context.text, max(sentence.start, clause[0] - 12), clause[0])
    if match is None:
        return None
    before = [t for t in context.times_in(sentence.start, match.start()) if _usable(t)]
    if before and match.start() - before[-1].end <= 1 and _is_date(before[-1]):
        return before[-1]
    return None


def _scheduled_after(context: Context, sentence: Sentence, clause: tuple[int, int]) -> TimeMention | None:
    """'his state visit to Germany, which had been scheduled for early July': the relative clause dates it."""
    if clause[1] >= sentence.end:
        return None
    following = clause_of(sentence, clause[1])
    if not _SCHEDULED_RELATIVE.match(context.text, max(sentence.start, clause[1] - 12), following[1]):
        return None
    times = [t for t in context.times_in(following[0], following[1]) if _is_date(t)]
    return times[0] if times else None


def _ahead_if_planned(time: TimeMention, published: dt.date | None) -> When:
    """A weekday or year-less date of an event still to come that the tense around it put in the past
    ('was then to pay a visit on Sunday', 'will travel on Tuesday, the Kremlin said Friday'), moved ahead."""
    when = time.when
    assert when is not None
    if (
        published is None
        or when.start is None
        or when.start >= published
        or not _PAST_DIRECTION.search(time.rule)
    ):
        return when
    if time.rule.startswith(("weekday", "part of a weekday")) and when.precision is Precision.DAY:
        return When.day(when.start + dt.timedelta(days=7))
    if time.rule.startswith("month day") and when.precision is Precision.DAY:
        try:
            return When.day(when.start.replace(year=when.start.year + 1))
        except ValueError:
            return when
    return when


_RELATIVE = re.compile(
    rf",\s+(?:which|who|whose|where|that|while|but|whereas|including|when)\b"
    rf"|\s(?:in|at|during|on|after) which\b|,\s+{_PARTICIPLE}",
    re.IGNORECASE,
)


def _may_govern(context: Context, time: TimeMention, trigger: Trigger) -> bool:
    """A time before the event word, or after it but not inside a relative clause."""
    if time.start < trigger.start:
        return True
    return _RELATIVE.search(context.text, trigger.end, time.start) is None


def _is_date(time: TimeMention) -> bool:
    """A calendar date, possibly without its year ('XXXX-02-09'), not a vague or weekless one."""
    when = time.when
    if when is None or when.precision is Precision.UNKNOWN:
        return False
    if not when.is_known and not when.value.startswith("XXXX-"):
        return False
    return not when.value.startswith("XXXX-XX") and "WXX" not in when.value


def _nearest_known(times: list[TimeMention], trigger: Trigger) -> TimeMention | None:
    known = [t for t in times if _is_date(t)]
    if not known:
        return None
    return min(known, key=lambda t: abs(t.start - trigger.start) + (0 if t.start < trigger.start else 5))


def _multi_day_span(context: Context, when: When, clause: tuple[int, int]) -> When:
    """A 'two-day' visit or summit dated by one day covers those days (up to that day if it ended then)."""
    if when.start is None or when.start != when.end or when.is_range:
        return when
    match = _MULTI_DAY.search(context.text, clause[0], clause[1])
    if match is None:
        return when
    days = _NUMBERS.get(match.group(1).lower()) or int(match.group(1))
    if _ENDED.search(context.text, clause[0], clause[1]):
        return When.span(when.start - dt.timedelta(days=days - 1), when.start)
    return When.span(when.start, when.start + dt.timedelta(days=days - 1))


def _places(context: Context, trigger: Trigger, start: int, end: int, kind: str) -> list[Place]:
    """Places the clause puts the event in ('in Urumqi', 'at the Akorda', 'in Xi'an and Beijing')."""
    text = context.text
    places: list[Place] = []
    previous_end = -1
    for mention in context.mentions_in(start, end):
        if mention.place is None:
            continue
        if mention.kind == "country" and mention.place.name[:1].islower():
            continue
        before = _DESTINATION if kind == "visit" else _LOCATIVE
        locative = before.search(text, max(start, mention.start - 40), mention.start)
        gap = text[previous_end : mention.start] if previous_end >= 0 else ""
        if (
            places
            and gap.strip() == ","
            and mention.kind == "country"
            and mention.country == places[-1].country
        ):
            continue  # 'Cholpon-Ata, Kyrgyzstan': the city's country, not a second place
        if places:
            # further places only in a list with the first ('in Xi'an and Beijing', 'in Astana in October 2022
            # and in Cholpon-Ata in June 2023'), not 'in Laos on Wednesday, with the civil war in Myanmar'
            if _PLACE_LIST_JOIN.match(_without_times(context, previous_end, mention.start)):
                places.append(mention.place)
                previous_end = mention.end
            continue
        if locative:
            places.append(mention.place)
            previous_end = mention.end
    unique: list[Place] = []
    for place in places:
        if place not in unique:
            unique.append(place)
    return unique


def _without_times(context: Context, start: int, end: int) -> str:
    """``text[start:end]`` without its time expressions and the prepositions that introduce them."""
    text = context.text
    pieces: list[str] = []
    position = start
    for time in context.times_in(start, end):
        pieces.append(_TIME_PREPOSITION.sub("", text[position : time.start]))
        position = time.end
    pieces.append(text[position:end])
    return "".join(pieces)


def _here(context: Context, sentence: Sentence, clause: tuple[int, int]) -> Place | None:
    """'here' is the dateline's city; 'there' and ', where' the place named just before."""
    text = context.text
    if context.dateline is not None and _HERE.search(text, *clause):
        return context.dateline.place
    there = _THERE.search(text, *clause)
    where = _WHERE_BEFORE.search(text, max(sentence.start, clause[0] - 8), clause[0])
    if there is None and where is None:
        return None
    end = there.start() if there is not None else clause[0]
    scope = context.sentences[max(0, sentence.index - 1)].start
    named = [m.place for m in context.mentions_in(scope, end) if m.place is not None and m.kind == "place"]
    return named[-1] if named else None


def _visits(
    context: Context,
    candidate: Candidate,
    mentions: list[Mention],
    places: list[Place],
    before: str,
    after: str,
) -> list[Candidate]:
    """One visit per host: the visitor comes first ('Xi's visit', 'X will visit'), the hosts after."""
    trigger = candidate.trigger
    people_before = [m for m in mentions if m.end <= trigger.start and m.kind in ("person", "group")]
    people_after = [
        m for m in mentions if m.start >= trigger.end and m.kind == "person" and m.entity is not None
    ]
    visitor: Entity | None = None
    by_match = _BY_AFTER.match(after) or _OF_AFTER.match(after)  # 'a visit by X', 'the visit of X to Y'
    if by_match is not None:
        later = [m for m in people_after if m.start >= trigger.end + by_match.end()]
        if later:
            visitor = later[0].entity
            people_after = [m for m in people_after if m is not later[0]]
    if visitor is None and people_before:
        last = people_before[-1]
        if last.kind == "group":
            members = _group_members(context, last, candidate.sentence)
            visitor = members[0] if members else None
        else:
            visitor = last.entity
    if visitor is None:
        # the subject a pronoun or a relative clause stands for ('who is on a working visit')
        after_ids = {id(m.entity) for m in people_after}
        visitor = next((e for e in candidate.people if e.kind == "person" and id(e) not in after_ids), None)
    if visitor is not None and visitor.kind != "person":
        visitor = None  # a ministry or a company does not travel ('the Service', 'Gazprom')
    if visitor is None and not candidate.anaphoric:
        return []  # 'travel to Pakistan', 'when visiting Kenya': nobody in particular travels
    attending = context.text[trigger.start : trigger.end].lower().startswith("attend")
    if attending and (visitor is None or visitor.country is None):
        return []  # attending something is a visit only for someone known to come from elsewhere
    hosts: list[str] = []
    host_places: dict[str, Place] = {}
    for mention in context.mentions_in(trigger.end, min(candidate.clause[1], trigger.end + _HOST_REACH)):
        if mention.kind in ("country", "place") and mention.country and mention.place is not None:
            if mention.kind == "country" and not mention.place.name[:1].isupper():
                continue
            if visitor is not None and mention.country == visitor.country:
                continue
            hosts.append(mention.country)
            host_places.setdefault(mention.country, _host_place(mention))
        elif (
            mention.kind == "person"
            and mention.entity is not None
            and mention.entity.country
            and (visitor is None or mention.entity.country != visitor.country)
        ):
            hosts.append(mention.entity.country)
    for place in places:
        if place.country and (visitor is None or place.country != visitor.country):
            hosts.append(place.country)
            host_places.setdefault(place.country, place)
    if not hosts and visitor is not None and trigger.rule.form == "verb":
        # 'Kazakhstan was the first country Zou visited': the host is named before the verb.
        for mention in mentions:
            if (
                mention.end <= trigger.start
                and mention.kind == "country"
                and mention.country != visitor.country
            ):
                hosts.append(mention.country or "")
                break
    hosts = list(dict.fromkeys(hosts))
    candidate.visitor = visitor
    candidate.visit_type = _visit_type(before + " " + after[:20])
    if not hosts:
        if trigger.rule.needs == "place_after" and (not places or attending):
            return []  # 'attended the parade in Moscow' at home, 'flew to Washington' from the same country
        candidate.location = places[0] if places else None
        return [candidate] if visitor is not None else []
    if (
        len(hosts) > 1
        and candidate.trigger.start < len(context.text)
        and not context.text[trigger.start : trigger.end].lower().endswith("s")
        and " and " not in after
    ):
        hosts = hosts[:1]
    visits: list[Candidate] = []
    for code in hosts:
        host_people = [m.entity for m in people_after if m.entity is not None and m.entity.country == code]
        people = _unique([*([visitor] if visitor is not None else []), *host_people])
        countries = list(dict.fromkeys([*([visitor.country] if visitor and visitor.country else []), code]))
        location = host_places.get(code) or _country_place(code)
        visits.append(
            attrs.evolve(
                candidate,
                people=people,
                countries=countries,
                host_country=code,
                location=location,
                split_key=code if len(hosts) > 1 else "",
            )
        )
    return visits


def _host_place(mention: Mention) -> Place:
    assert mention.place is not None
    if mention.kind == "country":
        return _country_place(mention.place.country or "") or mention.place
    return mention.place


def _country_place(code: str) -> Place | None:
    from timeline.model import country_name

    try:
        return Place(name=country_name(code), country=code)
    except ValueError:
        return None


def _visit_type(text: str) -> str | None:
    match = re.search(
        r"\b(state|official|working|private|friendly|first)\s+(?:foreign\s+)?(?:visits?|trip|tour)\b",
        text,
        re.IGNORECASE,
    )
    return match.group(1).lower() if match else None


def _agreement_details(candidate: Candidate, clause: str, trigger: Trigger, text: str) -> None:
    word = text[trigger.start : trigger.end].lower()
    if word.startswith(("loan", "credit")):
        amount = None
        for match in _AMOUNT.finditer(text, max(candidate.clause[0], trigger.start - 40), trigger.start):
            amount = match
        if amount is not None:
            candidate.amount = _amount(amount)
            candidate.instrument = f"{amount.group().strip()} {word}"
        else:
            candidate.instrument = word
        return
    offset = candidate.clause[0]
    named = [m for m in _CAPITALIZED_INSTRUMENT.finditer(clause) if m.group(1).split()[0] not in ("The", "A")]
    if named:
        nearest = min(named, key=lambda m: abs(offset + m.start() - trigger.start))
        candidate.instrument = nearest.group(1).strip()
    else:
        nouns = list(_INSTRUMENT.finditer(clause))
        if nouns:
            nearest_noun = min(nouns, key=lambda m: abs(offset + m.start() - trigger.start))
            start = nearest_noun.start()
            words = clause[max(0, start - 40) : start].split()[-2:]
            skipped = _FUNCTION_WORDS | _calendar_words()
            words = [w for w in words if w.isalpha() and w.lower() not in skipped and w not in skipped]
            candidate.instrument = " ".join([*words, nearest_noun.group()])
    for match in _AMOUNT.finditer(clause):
        candidate.amount = _amount(match)
        break


_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "of", "on", "and", "to", "in", "for", "with", "signed", "sign", "signing", "inked",
        "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "than",
        "some", "also", "were", "was", "have", "has", "had", "be", "been",
    }
)  # fmt: skip


@functools.cache
def _calendar_words() -> frozenset[str]:
    return frozenset(load_data("calendar_words.json")["words"])


def _amount(match: re.Match[str]) -> Amount:
    number = match.group("num") or match.group("num2") or "0"
    scale = (match.group("scale") or match.group("scale2") or "").lower()
    currency = (match.group("cur") or match.group("cur2") or "$").lower()
    value = float(number.replace(",", "")) * _SCALES.get(scale, 1.0)
    return Amount(value=value, currency=_CURRENCIES.get(currency, "USD"), text=match.group().strip())


def _summit_name(text: str, trigger: Trigger, start: int, end: int) -> str | None:
    before = _NOUN_PHRASE_BEFORE.search(text, max(start, trigger.start - 80), trigger.start)
    head = before.group(1) if before is not None else ""
    name = head + text[trigger.start : trigger.end]
    rest = text[trigger.end : end]
    of_phrase = re.match(
        r"\s+(?:of|on)\s+(?!(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
        r"February|March|April|May|June|July|August|September|October|November|December)\b)"
        r"[^,;.()]{2,80}?(?=\s+(?:in|on|at|will|is|was|marks|to|held)\b|[,;.]|$)",
        rest,
    )
    if of_phrase is not None:
        name += of_phrase.group()
    quoted = _QUOTED_NAME.match(rest)
    if quoted is not None and (of_phrase is None or quoted.end() > len(of_phrase.group())):
        name = head + text[trigger.start : trigger.end] + quoted.group()
    name = " ".join(name.split()).strip(" ,")
    return name or None


def _statement_label(text: str, trigger: Trigger, end: int) -> str:
    limit = min(end, trigger.end + 90)
    rest = text[trigger.start : limit]
    if limit < end and text[limit : limit + 1].isalnum():
        rest = rest.rsplit(" ", 1)[0]  # whole words only
    rest = re.split(r"[,;.]\s", rest)[0]
    return " ".join(rest.split())
