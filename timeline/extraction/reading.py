"""From an event word to a candidate event: its clause, participants, date, status and place.

A candidate is what one event word in one clause reports. Several
candidates may report the same event (a lead and a later paragraph); the
`dedupe` module merges those. The date comes from `dating`, the participants
from `participants`, instruments and names from `details`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import attrs

from timeline.extraction.context import (
    PARTICIPLE,
    Candidate,
    Context,
    clause_of,
    last_words,
    participle_aside_end,
)
from timeline.extraction.dating import (
    ahead_if_planned,
    back_if_past,
    event_date,
    in_past_entry,
    time_before_when,
    usable_time,
)
from timeline.extraction.details import (
    AMOUNT,
    INSTRUMENT,
    add_agreement_details,
    statement_label,
    summit_name,
)
from timeline.extraction.lexicon import cue, load_data, titles
from timeline.extraction.mentions import Entity, Mention, only_honorifics
from timeline.extraction.participants import (
    OBJECT_BEFORE,
    absent,
    acceded_body,
    countries_of,
    earlier_subject,
    group_members,
    heads_answer,
    is_company,
    joint_subject_before,
    people_in,
    people_nearby,
    relative_head,
    speaker_after_opening,
    story_states,
    unique,
)
from timeline.extraction.sentences import Sentence
from timeline.extraction.triggers import Trigger
from timeline.gazetteer import region_countries
from timeline.model import Place, Precision, Status, When, country_name
from timeline.temporal import TimeMention
from timeline.temporal.lexicon import number_value

# the ranks of those who act for a state
STATE_RANKS = frozenset({"head_of_state", "head_of_government", "minister"})
# The last words of a name that names a gathering, not a body
_GATHERING_NAME_ENDS = ("summit", "meeting")
# what may follow the gathering word of a name in its mention: its remit and acronym ('High-Level Meeting
# (RAN)', 'Belt and Road Forum for International Cooperation', 'Boao Forum for Asia')
_ACRONYM_AFTER_NAME = re.compile(r"(?:\s+(?:for|on)(?:\s+[A-Z][\w'’-]*)+)?(?:\s*\([A-Z][\w-]*\))?")
_PARTICIPLE_START = re.compile(rf"(?<=,)\s+{PARTICIPLE}", re.IGNORECASE)
# 'the last one', 'The first was held' stand for a gathering named at most this far before, in the sentence or
# the one before it
_GATHERING_NOUN = cue("gathering_noun")
_GATHERING_REACH = 250
_MULTILATERAL_GATHERING = cue("multilateral_gathering_noun")


_COPULA_AFTER = re.compile(r"^,?\s+(?:is|was|are|were)\s+(?:the|a|an|one of|also|not)\b", re.IGNORECASE)


_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


_ENDS_WITH_OF = re.compile(r"\bof(?:\s+the)?$", re.IGNORECASE)


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


_PARTICIPLE_PHRASE = re.compile(r",\s+[a-z]+ing\b[^,;]*$")
_COORDINATED_VERB = re.compile(r"\s+and\s+$")
# 'is scheduled to hold talks and to co-chair the third meeting': the second infinitive is planned too
_COORDINATED_INFINITIVE = re.compile(
    r"\s+and\s+to\s+[a-z-]+\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
)


# How far after a definite mention its own date and place are written ('the summit ... there on Saturday').
_NEAR = 90
# How far before an event word the date of its own phrase stands ('the 2019 summit')
_PHRASE_BEFORE = 15
_PHRASE_BREAK = re.compile(r"[,;:()]")
# 'The ADB loan is the second tranche of a programme approved in 2023': the date is the predicate noun's
_PREDICATE_NOUN = cue("predicate_noun")


def _dated_by_own_words(context: Context, trigger: Trigger, when: When) -> bool:
    """The date `when` is written in the event word's phrase ('the 2019 summit') or after it with no other
    event word between ('his state visit to India in January 2024', 'the next Council will be held on 19
    December'), not after another event ('During the visit, ... Xi's state visit in December') or in what
    the mention is said to be ('The loan is the second tranche of a programme approved in 2023')."""
    text = context.text
    sentence = context.sentence_at(trigger.start)
    if sentence is not None:
        # 'It is a repeat of 2022, when he also made Jakarta his first bilateral visit': the clause's own time
        anchor = time_before_when(context, sentence, clause_of(sentence, trigger.start)[:2])
        if anchor is not None and anchor.when == when:
            return True
    for time in context.times_in(trigger.start - _PHRASE_BEFORE, trigger.end + _NEAR):
        if time.when != when:
            continue
        if time.end <= trigger.start:
            if not _PHRASE_BREAK.search(text[time.end : trigger.start]):
                return True
        elif context.next_trigger(trigger.end, time.start) == time.start and not _PREDICATE_NOUN.search(
            text, trigger.end, time.start
        ):
            return True
    return False


# 'bilateral meetings of the head of state with ...': whose meetings they are, before those met
_OWNER = r"of\s+(?:[a-z][\w-]*\s+){1,5}"
# 'meetings with Mishustin', 'bilateral meetings of the head of state with Mishustin'
_WITH_NAME = re.compile(rf"\s+(?:{_OWNER})?(?:with|between)\s+(?:the\s+)?[A-Z]")
_OWNER_BEFORE_WITH = re.compile(rf"\s+{_OWNER}with\b")


# The value of a weekday that no known date resolves
UNRESOLVED_WEEKDAY = re.compile(r"XXXX-WXX-\d")


def _weekday_named(context: Context, start: int, end: int) -> bool:
    """'made phone calls to African leaders Monday' in a story of unknown date: the weekday, which no date
    resolves, still names one day on which the event took place."""
    return any(UNRESOLVED_WEEKDAY.fullmatch(t.value) for t in context.times_in(start, end))


def _with_someone(after: str) -> bool:
    """'with Tokayev', 'with the leaders of Kyrgyzstan': someone named is met."""
    return bool(_WITH_NAME.match(after) or cue("leaders_of_states").match(after))


_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:The|This|Their|Its)\s+)?(?:[\w-]+\s+){0,3}")
_REPORTED_SUBJECT = re.compile(
    r"\b(?:that|say|says|said)\s+(?:(?:the|this|their|its)\s+)?(?:(?!of\s)[\w-]+\s+){0,3}$"
)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|first|second|next|last)\s+(?:[\w-]+\s+){0,2}$",
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


_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)


_TIME_PREPOSITION = re.compile(r"\b(?:in|on|at|during)\s+(?:the\s+)?$")


_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
_LOCAL_VENUE = cue("local_venue")


_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|remains?|seems?)\b)", re.IGNORECASE
)


_WHERE_BEFORE = re.compile(r",\s*where\s*$", re.IGNORECASE)


# 'when he came to Beijing': a subject pronoun right before the verb, perhaps past an adverb or auxiliary
_PRONOUN_RIGHT_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+)?\Z")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^\s*|,\s+|\b(?:and|which|where|when|after|before|as|while|since|until|because|once|that)\s+)"
    r"(?:He|She|he|she)\b"
)


_PRONOUN_START = re.compile(r"^(?:He|She)\b")
_PRONOUN_IN_TRIGGER = re.compile(r"\b(?:him|her)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_THEY_START = re.compile(r"They\b")
# 'arrived on Thursday for a three-day visit and is expected to leave for Tashkent': the same subject
_SUBJECTLESS_START = re.compile(
    r"\s*(?:and\s+)?(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|scheduled|set)\s+to\b"
)
# 'met Nazarbayev, and held talks with Mamin': a verb joined by ', and' without a subject of its own has
# the subject of the clause before
_JOINED_BEFORE = re.compile(r",\s+and\s*\Z")
_VERB_WITHOUT_SUBJECT = re.compile(r"\s*(?!(?:he|she|they|we|it|the)\b)[a-z]")
# 'flew to Dhaka for consultations with Uddin - the first such visit since the uprising - and called on Yunus'
_DASH_BEFORE = re.compile(r"\s(?:[—–]|--?)\s*\Z")
_AND_VERB_WITHOUT_SUBJECT = re.compile(r"\s*and\s+(?!(?:he|she|they|we|it|the)\b)[a-z]")


# A gerund after one of these words has the sentence's subject for its own ('before travelling to').
_SUBJECTS_GERUND = re.compile(r"\b(?:before|after|while|then)\s+\Z")
_GERUND = re.compile(r"\w+ing\b")
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")


# What may stand before the name a sentence opens with: a state and an office in capitals.
_SUBJECT_TITLE = re.compile(r"(?:(?:The|the)\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}")


def _shares_subject_before(text: str, sentence: Sentence, clause_start: int) -> bool:
    """Whether the clause is a verb joined to the one before by ', and' (or by 'and' after an aside between
    dashes), without a subject of its own."""
    if _DASH_BEFORE.search(text, sentence.start, clause_start) is not None:
        return _AND_VERB_WITHOUT_SUBJECT.match(text, clause_start) is not None
    return (
        _JOINED_BEFORE.search(text, sentence.start, clause_start) is not None
        and _VERB_WITHOUT_SUBJECT.match(text, clause_start) is not None
    )


def _sentence_subject(context: Context, sentence: Sentence) -> Entity | None:
    """The person a sentence opens with, or the one a 'He' or 'She' opening it stands for."""
    # the state of an office written before the name ('Japanese Foreign Minister Takeshi Iwaya') opens nothing
    opening = [m for m in context.mentions_in(sentence.start, sentence.end) if m.kind != "country"][:1]
    if (
        opening
        and opening[0].kind == "person"
        and not heads_answer(context.text, sentence, opening[0])
        and _SUBJECT_TITLE.fullmatch(context.text, sentence.start, opening[0].start)
    ):
        return opening[0].entity
    if _PRONOUN_SUBJECT.match(context.text, sentence.start):
        subject = earlier_subject(context, sentence, sentence.start)
        return subject[0] if subject else None
    return None


_ITS = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}$")


def _last_body_before(context: Context, sentence: Sentence, end: int) -> list[Entity]:
    """The international body named last before `end` in the sentence or the one before it, not one named as
    an occasion ('proposed CICA at the U.N. General Assembly in October 1992': CICA)."""
    opening = context.sentences[max(0, sentence.index - 1)].start
    bodies = [
        m.entity
        for m in context.mentions_in(opening, end)
        if m.kind == "organization"
        and m.entity is not None
        and m.entity.international
        and not _OCCASION_BEFORE.search(context.text, max(0, m.start - 30), m.start)
    ]
    return bodies[-1:]


_OCCASION_BEFORE = cue("occasion_before")


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:His|His|his|her|Her)\s+(?:[\w-]+\s+){0,2}$")


# 'a visit to Kazakhstan by X' names the visitor; 'the visit was announced by X' does not.
_BY_AFTER = re.compile(r"^\s+(?:(?!(?:was|were|is|are|been|being)\b)\w+\s+){0,2}?by\b", re.IGNORECASE)


_PLAN_RELATIVE_AFTER = cue("plan_relative_after")


_SCHEDULED_RELATIVE = cue("scheduled_relative")


_VISITING_GUESTS = cue("visiting_guests")
_OFFICIALS_SUBJECT = cue("officials_subject")


_GUEST_AFTER = re.compile(r"\s+(?:the\s+)?visiting\b", re.IGNORECASE)


_WELCOME = re.compile(r"(?:welcom|greet)", re.IGNORECASE)
_PURPOSE_MEET = re.compile(r"\bto\s+$", re.IGNORECASE)
# a relative clause describing what the verb took ('an agreement that will allow ...')
_OBJECT_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|to)\b", re.IGNORECASE)


def read_trigger(context: Context, trigger: Trigger) -> list[Candidate]:
    """The candidate events one event word reports (none, one, or one per place or host)."""
    sentence = context.sentence_at(trigger.start)
    if sentence is None or sentence.text.rstrip(" \"'”’)").endswith("?"):
        return []  # 'Could you share more information on President Xi's trip?': a question reports nothing
    text = context.text
    clause_start, clause_end, reported = clause_of(sentence, trigger.start)
    if _describes_event_before(context, trigger, sentence):
        return []
    if trigger.rule.kind == "statement":
        # 'X will meet in Reykjavik on 22 May, Iceland's foreign ministry announced': the words before the
        # speaker are what was announced, and their plan and day are not the announcement's
        clause_start = max(clause_start, _speaker_after_report(text, sentence, trigger))
    clause = text[clause_start:clause_end]
    before = text[clause_start : trigger.start]
    after = text[trigger.end : clause_end]
    rule = trigger.rule
    word = text[trigger.start : trigger.end]
    if rule.kind == "visit" and rule.needs == "person_after" and _VISITING_GUESTS.match(after):
        # 'will host the five leaders in Tokyo next month': guests told by their group make no one's visit,
        # but a gathering with the host
        rule = attrs.evolve(rule, kind="meeting")
        trigger = attrs.evolve(trigger, rule=rule)
    if rule.kind == "meeting" and _multilateral(context, trigger, before, clause_start, clause_end):
        rule = attrs.evolve(rule, kind="summit")
        trigger = attrs.evolve(trigger, rule=rule)
    elif rule.kind == "summit" and _bilateral_summit(context, trigger, before, clause_start, clause_end):
        rule = attrs.evolve(rule, kind="meeting")
        trigger = attrs.evolve(trigger, rule=rule)
    if rule.kind == "meeting" and rule.cameo == "043" and _place_host(context, trigger, clause_start):
        rule = attrs.evolve(rule, kind="visit")
        trigger = attrs.evolve(trigger, rule=rule)
    if (
        rule.kind == "statement"
        and text.endswith(", ", 0, trigger.start)
        and _INVERTED_SPEAKER.match(text, trigger.end)
    ):
        # 'Trump will pay a State visit to Vietnam, announced the Ministry of Foreign Affairs on November 6':
        # the speaker follows the verb, and the statement is read with what it announces
        return []
    if rule.kind == "statement" and cue("announced_instrument").match(text, trigger.end, sentence.end):
        # 'India and China announced an agreement on patrolling': what is announced is the agreement
        rule = attrs.evolve(rule, kind="agreement", needs=None)
        trigger = attrs.evolve(trigger, rule=rule)

    # 'frequently meet', 'high-level visits': a habit of the words around the event word, not of the clause
    # ... but 'held regular high-level meetings since 2008, and the last one, in Madrid': the habit is the
    # series', the occurrence one event of it
    if rule.needs != "gathering_before" and cue("habitual").search(
        text, max(clause_start, trigger.start - 40), min(clause_end, trigger.end + 40)
    ):
        return []
    # 'The summit was proposed by Lee during his meeting with Tokayev': the frame of a proposal took place
    framing = bool(_DURING_BEFORE.search(last_words(before, 40)))
    if (
        (cue("hypothetical").search(last_words(before, 32)) and not framing)
        or cue("open_question").search(before)
        or (_topic(before, after) and not _PLAN_RELATIVE_AFTER.match(text, trigger.end, sentence.end))
    ):
        return []
    if cue("conditional_before").search(text, max(sentence.start, trigger.start - 140), trigger.start):
        return []  # 'said that if tensions eased, the two sides would sign': a possibility
    if cue("unconfirmed_report").search(text, max(sentence.start, trigger.start - 160), trigger.start):
        return []  # 'Some Kazakh media reported that President Tokayev will pay a state visit': unconfirmed
    negated = bool(cue("negation").search(last_words(before, 32)))
    # 'Milei skipped the Mercosur summit in Asunción in July 2024': the summit took place without him
    absent_subject = (
        negated
        and rule.kind == "summit"
        and rule.form == "noun"
        and bool(cue("absence").search(last_words(before, 60)))
        and any(
            m.kind == "organization"
            for m in context.mentions_in(max(clause_start, trigger.start - 40), trigger.start)
        )
    )
    if absent_subject:
        negated = False
    if rule.form == "noun" and cue("possible_after").match(after):
        return []  # 'a summit of the two presidents could follow the joint commission': a possibility
    if _WELCOME.match(word) and cue("greeting_on_arrival").match(text[trigger.end : sentence.end]):
        return []  # 'welcomed the presidents as they arrived at the palace for the summit': a welcome
    if cue("not_held").match(after) or cue("not_held_after_relative").match(text, trigger.end, sentence.end):
        return []  # 'A meeting with Meredov, which the delegation had requested, did not take place'
    if cue("none_before").search(last_words(before, 30)) and cue("none_arranged_after").match(after):
        return []  # 'no meeting with Nigerian officials is planned'
    mentions = context.mentions_in(clause_start, clause_end)
    participle_after = _PARTICIPLE_START.match(text, clause_end) if rule.form == "noun" else None
    if participle_after is not None:
        # 'The summit, held in Samarkand with the participation of Costa and von der Leyen': the participle
        # phrase right after the noun tells who took part
        phrase_end = clause_of(sentence, participle_after.end())[1]
        taking_part = cue("taking_part").search(text, participle_after.end(), phrase_end)
        if taking_part is not None:
            list_end = text.find(",", taking_part.end(), phrase_end)
            mentions = [
                *mentions,
                *context.mentions_in(taking_part.end(), phrase_end if list_end < 0 else list_end),
            ]
    elif _PARTICIPLE_START.match(text, clause_start):
        # 'the SCO, founded in 2001': the noun the participle describes stands right before it
        head = context.mentions_in(max(sentence.start, clause_start - 60), clause_start)
        mentions = [*head[-1:], *mentions]
    else:
        relative = cue("relative_subject").search(text, max(sentence.start, clause_start - 12), trigger.start)
        if relative is not None:
            # 'the Bi-National Commission, which last met in Cape Town': the name before the comma met
            # ('The Gambian minister, who arrived': the person, not the adjective inside the role)
            head = [
                m
                for m in context.mentions_in(max(sentence.start, relative.start() - 80), relative.start())
                if m.kind in ("person", "organization", "group")
            ]
            # ... and 'Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting', 'Mr. Rafael Grossi,
            # Director General of the IAEA, who': the person before the office set off by commas
            holder = next(
                (
                    m
                    for m in reversed(head)
                    if m.kind == "person" and _office_in_apposition(text[m.end : relative.start()])
                ),
                None,
            )
            if holder is None and head and relative.start() - head[-1].end <= 1:
                holder = head[-1]
            if holder is not None:
                mentions = [holder, *(m for m in mentions if m.start >= relative.end())]
    # 'Conference on Interaction and Confidence-Building Measures in Asia' is a body, not a meeting; a name
    # that ends in 'Summit' or 'Meeting' ('the second China-Central Asia Summit', 'the 13th High-Level
    # Meeting (RAN)') names the meeting itself, and so does a body that is a gathering someone attends
    # ('attended the U.N. General Assembly'), or a forum someone comes to ('came to Beijing for the third Belt
    # and Road Forum'; not 'Leaders of the Pacific Islands Forum endorsed') or that opens or is held.
    names_gathering = word.lower().startswith(_GATHERING_NAME_ENDS) or rule.needs == "attended_before"
    for m in mentions:
        if m.kind != "organization" or not m.start <= trigger.start < trigger.end <= m.end:
            continue
        forum_attended = (
            word.lower().startswith(("forum", "conference"))
            and not m.role
            and bool(
                cue("gathering_body_before").search(
                    last_words(text[max(sentence.start, m.start - 40) : m.start], 40)
                )
                # 'The World Economic Forum opened in Davos'
                or cue("gathering_held_after").match(text, m.end)
            )
        )
        if not (
            (names_gathering or forum_attended) and _ACRONYM_AFTER_NAME.fullmatch(text, trigger.end, m.end)
        ):
            return []
    # 'The previous round of the dialogue was held in Zagreb in October 2024', 'its next session in Banjul':
    # another occurrence of the story's recurring meeting, whose parties the story gives
    needs_met = _needs_met(rule.needs, context, trigger, mentions, clause, after)
    window = last_words(before, 40)
    occurrence = (
        rule.form == "noun"
        and rule.kind in ("meeting", "summit", "call")
        and bool(
            (rule.needs == "gathering_before" and needs_met)
            # 'the previous round of political consultations', 'The next European Council'
            or any(cue("other_occurrence").search(words) for words in (window, window + word + " "))
            or cue("ordinal_round").search(last_words(before, 20) + word)
        )
    ) or (
        # 'They agreed to meet again in Washington': another meeting of those who met before
        rule.form == "verb"
        and rule.kind == "meeting"
        and cue("again_after").match(text, trigger.end) is not None
    )
    if rule.needs == "gathering_before" and needs_met:
        # 'The first was held two years ago' after 'the second China-Central Asia Summit': of its kind
        rule = attrs.evolve(rule, kind=_elided_gathering_kind(context, trigger))
        trigger = attrs.evolve(trigger, rule=rule)
    if not needs_met and not occurrence:
        return []
    if rule.kind == "meeting" and _is_purpose_of_visit(context, trigger, before):
        return []
    if word == "Congress" and not _DETERMINER_BEFORE.search(last_words(before, 30)):
        return []  # 'mandated by Congress': the legislature, not a party congress
    if (
        word.lower() == "meeting"
        and _GERUND_BEFORE.search(last_words(before, 20))
        and _DETERMINER_AFTER.match(after)
    ):
        nearby = context.mentions_in(trigger.end, min(clause_end, trigger.end + 40))
        if not any(m.kind in ("person", "group") for m in nearby):
            return []  # 'capable of meeting a variety of contingencies': the verb, with a thing met
    if rule.needs == "instrument" and cue("signed_loan").match(after):
        return []  # 'signed a $500 million loan agreement': the loan is the event, reported by its own word

    # 'the visit', 'his visit': a word that is a verb too is used as a noun after a determiner
    noun = rule.form == "noun" or bool(_DETERMINER_BEFORE.search(last_words(before, 30)))
    anaphoric = (
        not occurrence
        and not _of_named_body(mentions, trigger, after)
        # 'The last visit by a Lebanese foreign minister to Muscat took place in 2019': someone else's
        and not (
            rule.kind == "visit" and cue("generic_visitor").match(after) and cue("held_after").match(after)
        )
        # ... nor one the relative clause after it defines ('the visit that Oli was scheduled to undertake')
        and not (rule.kind == "visit" and _visitor_in_relative_clause(context, trigger, clause_end))
        and (
            (
                noun
                and bool(cue("anaphora").search(last_words(before, 60)))
                and not cue("support_verb_before").search(last_words(before, 60))
                and not cue("earlier_event").search(before)
                # 'witnessed the signing of more than 30 documents': what is signed is new, so is the signing
                and not cue("new_object_after").match(text, trigger.end, clause_end)
                # ... also inside the event words ('witnessed the exchange of seven memorandums')
                and not cue("new_object_after").search(word + " ")
            )
            or _described(rule.form, before, after)
        )
    )
    plural_generic = (
        rule.form == "noun"
        and word.lower().endswith("s")
        and word.lower() not in ("talks", "negotiations", "consultations")
    )
    # 'held a videoconference on Monday to prepare the next summit': 'next' is the summit's, not the call's
    following = context.next_trigger(trigger.end, clause_end)
    own_after = text[trigger.end : following]
    if following < clause_end:
        own_after = _NEXT_EVENT_PHRASE.sub("", own_after)
    if rule.form == "verb" and not _FUTURE_BEFORE.search(last_words(before, 40)):
        # 'signed an agreement that will allow Nepal to export power': the future is the document's
        own_after = _OBJECT_RELATIVE.split(own_after, maxsplit=1)[0]
    governing = _governing_verb(text, sentence, clause_start, before)
    # 'It will be his second trip this year, after a tour of France in May': the tour is not what 'will' plans
    prior = cue("prior_event_before").search(last_words(before, 40)) if noun else None
    own_before = last_words(before, 40)[prior.start() :] if prior is not None else before
    if rule.form == "verb" and _PAST_FORM.match(word) and not _AUXILIARY_BEFORE.search(before):
        # 'announced that they will build a partnership and signed a joint statement': no modal governs a
        # verb in the past tense, so the plan words before the last 'and' are another verb's
        own_before = _LAST_CONJUNCTION.split(own_before)[-1][-_PAST_VERB_REACH:]
        governing = ""
    # 'agreed to hold the next meeting in the second half of the year, during the state visit of X': the
    # visit frames the event before it in the clause, and is as planned and as dated as that event
    if framing:
        own_before = before
    own_before = _without_earlier_event_phrase(context, trigger, clause_start, own_before)
    if rule.needs == "place_right_after":
        own_after = word + own_after  # 'Putin is also expected in Astana': the plan is in the event word
    # 'has been postponed, the ministry announced': what is called off is what a statement tells of
    told = rule.kind == "statement"
    status = _status(
        clause,
        own_before,
        own_after,
        negated,
        governing,
        called_off=not told and _owned_word(context, trigger, clause_start, clause_end, _CANCELLED),
        put_off=not told and _owned_word(context, trigger, clause_start, clause_end, _POSTPONED),
    )
    if status is Status.PLANNED and cue("called_off_later").match(text[trigger.end : sentence.end]):
        status = Status.CANCELLED  # 'had been scheduled to travel ..., but the trip was called off'
    if (
        status is Status.HAPPENED
        and _scheduled_present(context, trigger, clause_end)
        and not in_past_entry(context, sentence)
    ):
        status = Status.PLANNED  # 'Kallas travels to Bishkek on Friday': a trip in the week's schedule
    if status is Status.HAPPENED and rule.form == "verb" and cue("planned").search(word):
        status = Status.PLANNED  # 'would also see Foreign Minister Takeshi Iwaya': a modal in the word
    if status is Status.HAPPENED and _heading_infinitive(context, trigger, sentence):
        status = Status.PLANNED  # 'Nordic prime ministers to meet in Tórshavn': a heading's 'to' is ahead
    own_words = last_words(before.rsplit(",", 1)[-1], 25)  # the speaker's clause, not the event it reports
    if rule.kind == "statement" and status is Status.PLANNED and not cue("planned").search(own_words):
        status = Status.HAPPENED  # 'X will travel to Moscow, the Kremlin announced': the announcement is made
    subject_of_plan = status is Status.HAPPENED and _noun_subject_plan(context, trigger, sentence)
    if subject_of_plan:
        status = Status.PLANNED  # 'The summit between A and B will take place in Praia in July'
    if status is Status.HAPPENED and noun and _planned_by_relative_after(context, trigger, sentence):
        status = Status.PLANNED  # 'the meeting of the Council, which will be held in Baku in the autumn'
    if (
        status is Status.HAPPENED
        and noun
        and cue("opening_time_phrase").match(text[sentence.start : trigger.start])
        and cue("planned").search(_main_clause_after(text, trigger.end, sentence.end))
    ):
        status = Status.PLANNED  # 'Following the talks, the sides will sign a joint communique'
    if (
        status is Status.HAPPENED
        and cue("listed_infinitive").search(text, clause_start, trigger.end)
        and cue("planned").search(text, sentence.start, trigger.start)
    ):
        status = Status.PLANNED  # 'is scheduled to meet X, hold talks with Y, and attend the SCO meeting'
    if (
        status is Status.HAPPENED
        and rule.form == "verb"
        and word.split()[0].lower().endswith("ing")
        and cue("sequel_before").search(text, max(clause_start, trigger.start - 12), trigger.start)
        and cue("planned").search(text, sentence.start, trigger.start)
    ):
        status = Status.PLANNED  # 'was scheduled to visit Astana on Friday, before traveling to Tashkent'
    if (
        status is Status.HAPPENED
        and noun
        and cue("planned_after").match(text[trigger.end : context.next_trigger(trigger.end, sentence.end)])
    ):
        status = Status.PLANNED  # "the president's meetings with the premier and his deputy are planned"
    if status in (Status.PLANNED, Status.HAPPENED) and _noun_subject_outcome(context, trigger, sentence):
        status = Status.CANCELLED  # 'A meeting of the commission, planned for Tuesday, has been postponed'
    if status is None or (negated and rule.kind in ("agreement", "statement", "other")):
        return []  # 'not by memoranda signed': a document not signed is no event, called off or not

    people = people_in(context, mentions, sentence, trigger)
    if absent_subject:
        away = {id(m.entity) for m in mentions if m.kind == "person" and m.end <= trigger.start}
        people = [e for e in people if id(e) not in away]
    if rule.kind in ("meeting", "call"):
        # 'met on the sidelines of the SCO meeting': those named after the next event word are its own
        following = context.next_trigger(trigger.end, clause_end)
        guest_named = following < clause_end and text[following : following + 9].lower() == "visiting "
        if _GUEST_AFTER.match(text, trigger.end, clause_end) or (
            guest_named and _GUEST_VISITING.search(text, max(0, following - 24), following)
        ):
            # 'received visiting Chinese Foreign Minister Wang Yi', 'talks between A and visiting
            # President B': the guest is met, the visit is theirs too
            following = context.next_trigger(following + 1, clause_end)
        # ... and so are those right before it ('the SCO meeting')
        boundary = following - 2 if following < clause_end else following
        early = {id(m.entity) for m in mentions if m.end < boundary}
        # ... with the body a council belongs to ('on the margins of the OECD Ministerial Council Meeting')
        late = {
            id(entity)
            for m in mentions
            if m.end >= boundary and m.entity is not None
            for entity in (m.entity, m.entity.affiliation)
            if entity is not None
        } - early
        people = [e for e in people if id(e) not in late]
        # 'paid a courtesy call on Michal and met members of the committee': Michal is the call's
        previous = context.previous_trigger(trigger.start)
        if previous >= clause_start and cue("joined_verb").search(before):
            subject = {id(m.entity) for m in mentions if m.end <= previous}
            objects = {id(m.entity) for m in mentions if previous < m.start < trigger.start} - subject
            people = [e for e in people if id(e) not in objects]
        conjunct = _subject_conjunct(context, previous, trigger) if previous >= clause_start else None
        if conjunct is not None:
            # 'Tajani held a meeting with Fidan, and the Minister of Defence, Guido Crosetto, met his Turkish
            # counterpart': the verb's own subject after ', and' takes part, not the conjunct's before it
            later = {id(m.entity) for m in mentions if m.start >= conjunct}
            earlier = {id(m.entity) for m in mentions if m.end <= conjunct} - later
            people = [e for e in people if id(e) not in earlier]
    if noun and rule.kind in ("meeting", "summit"):
        host = _host_named_later(context, trigger, sentence)
        if host is not None:
            people = unique([*people, host])
    if (
        noun
        and rule.kind == "summit"
        and _WHERE_BEFORE.search(text, max(clause_start, clause_end - 8), clause_end)
    ):
        # 'a summit in Kazakhstan in June, where Xi and the leaders of the region signed a treaty'
        people = unique([*people, *_attendees_where(context, sentence, clause_end)])
    held_by = _HELD_BY.match(text, trigger.end, clause_end) if noun else None
    if held_by is not None:
        # 'the two ministers recalled the talks held by President Tebboune and President Faye': theirs
        hosts = {id(m.entity) for m in mentions if m.start >= held_by.end()}
        if hosts:
            people = [
                e
                for e in people
                if id(e) in hosts or (e.affiliation is not None and id(e.affiliation) in hosts)
            ]
    resumed = relative_head(context, sentence, clause_start)
    if resumed is not None and resumed not in people:
        people = [resumed, *people]  # 'Milei, who has clashed with Lula, travelled to ...': Milei travelled
    if _THEIR.search(text, max(sentence.start, trigger.start - 30), trigger.end) and not any(
        e.kind == "person" for e in people
    ):
        # 'The two governments said the next session of their commission ...': theirs
        groups = [m for m in context.mentions_in(sentence.start, trigger.start) if m.kind == "group"]
        if groups:
            people = unique([*group_members(context, groups[-1], sentence), *people])
    if rule.kind == "summit" and _ITS.search(last_words(before, 40)) and not people:
        # 'had proposed the Conference on Interaction and Confidence Building Measures in Asia (CICA) ...;
        # its first summit was held in Almaty in June 2002': the body named last before holds it
        people = _last_body_before(context, sentence, trigger.start)
    if (
        _PRONOUN_START.match(text, clause_start)
        or _SUBJECTLESS_START.match(text, clause_start)
        or _shares_subject_before(text, sentence, clause_start)
        or _SUBJECT_PRONOUN.search(before)
        or cue("pronoun_after_opening").match(before)
        or _POSSESSIVE_PRONOUN.search(last_words(before, 30))
    ):
        # 'where he was to attend the summit of the Dialogue': he takes part too
        people = unique([*earlier_subject(context, sentence, clause_start), *people])
    elif _PRONOUN_IN_TRIGGER.search(text, trigger.start, trigger.end):
        # "Wang's tour of Africa, which will also take him to Chad": the one whose trip it is
        owners = [
            m.entity
            for m in context.mentions_in(sentence.start, clause_start)
            if m.kind == "person" and m.entity is not None and _POSSESSIVE_AFTER.match(text, m.end)
        ]
        people = unique([*(owners[-1:] or earlier_subject(context, sentence, clause_start)), *people])
    elif _THEY_START.match(text, sentence.start) and not any(e.kind == "person" for e in people):
        people = unique([*joint_subject_before(context, sentence), *people])
    if rule.kind == "summit" and noun and cue("attending_before").search(text, sentence.start, trigger.start):
        # 'Iwaya landed in Tashkent to attend the “Central Asia – Japan” ministerial meeting': he is
        # one of its participants
        attendee = _sentence_subject(context, sentence)
        if attendee is not None:
            people = unique([attendee, *people])
    countries = countries_of(mentions, people)
    if len(countries) < 2 and cue("state_pair_reference").search(text, sentence.start, clause_end):
        # 'The two countries settled the dispute with the Treaty of Peace and Friendship signed in the
        # Vatican': the story's two states as well as the place's
        countries = list(dict.fromkeys([*story_states(context, trigger.start), *countries]))
    if len(countries) < 2 and any(
        e.kind == "organization" and e.country is None and cue("bilateral_body").search(e.name)
        for e in people
    ):
        # 'The commission will meet in Accra' after 'Ghana and Burkina Faso agreed to revive their Joint
        # Commission': a body of two states that its name does not give is the story's two
        countries = list(dict.fromkeys([*story_states(context, trigger.start), *countries]))
    several = cue("states_count_reference").search(text, sentence.start, clause_end)
    count = int(number_value(several.group(1)) or 0) if several is not None else 0
    if len(countries) < count:
        # 'the first trilateral meeting of transport officials of the three countries': the story's three
        countries = list(dict.fromkeys([*story_states(context, trigger.start, count), *countries]))
    if rule.kind == "summit":
        # 'the leaders of the five Central Asian countries', 'the China-Central Asia Summit': the states of
        # the region take part
        named = _NOUN_PHRASE_BEFORE.search(text, max(sentence.start, trigger.start - 60), trigger.start)
        name = named.group() if named is not None else ""
        countries = list(dict.fromkeys([*countries, *region_countries(clause), *region_countries(name)]))
    # 'the third meeting of the dialogue' (the India–Central Asia one): the region's states take part
    for attendee_body in people:
        if attendee_body.kind == "organization":
            countries = list(dict.fromkeys([*countries, *region_countries(attendee_body.name)]))
    # 'Kishida on Friday cancelled a planned trip', 'on August 8 ... decided to postpone his attendance at the
    # summit': the day is when it was called off, not when it was due
    called_off = max(
        (
            m.start()
            for words in (_CANCELLED, _POSTPONED)
            for m in words.finditer(text, sentence.start, trigger.start)
        ),
        default=None,
    )
    # 'The summit, held under the motto "...", opened on July 3': the clause goes on past a participle aside
    aside_end = participle_aside_end(text, clause_end - 1) if clause_end > clause_start else None
    dated_end = (
        clause_of(sentence, aside_end)[1]
        if aside_end is not None and aside_end < sentence.end
        else clause_end
    )
    # a definite mention is dated only by words near it ('the summit ... there on Saturday')
    dated_span = (
        (
            max(clause_start, trigger.start - 40),
            min(dated_end, trigger.end + _NEAR + (dated_end - clause_end)),
        )
        if anaphoric and not subject_of_plan and not framing
        else (clause_start, dated_end)
    )
    when, date_source = event_date(
        context,
        trigger,
        sentence,
        dated_span,
        reported or anaphoric,
        rule.kind,
        status is not Status.HAPPENED,
        called_off if called_off is not None else sentence.start,
        prior=prior is not None,
    )
    until = date_source == "until"
    if until:
        date_source = "text"
    if (
        rule.kind == "visit"
        and date_source == "none"
        and status is Status.HAPPENED
        and context.published is not None
        and cue("under_way").search(text, max(clause_start, trigger.start - 30), trigger.end)
    ):
        # 'Trump is in Saudi Arabia on the first leg of a Gulf tour': under way on the day of the report
        when, date_source = When.day(context.published), "text"
    if framing and rule.kind == "visit" and when.precision is Precision.DAY and not when.is_range:
        # 'On June 17, during Xi's state visit to Astana, he and Tokayev signed a treaty': the day is the
        # signing's; the visit lasts longer
        when, date_source = When.unknown(), "none"
    if (
        rule.kind == "summit"
        and rule.form == "noun"
        and when.precision is Precision.DAY
        and not until
        and (cue("trip_purpose").search(before) or cue("attendance_purpose").search(before))
    ):
        # 'arrived in Kazakhstan on Monday for a summit with the leaders ...': Monday is the arrival's (a
        # month, 'travelled to Xi'an in May for a summit', is both's)
        when, date_source = When.unknown(), "none"
    if (
        rule.kind == "summit"
        and status is Status.HAPPENED
        and date_source == "none"
        and cue("attendance_purpose").search(before)
    ):
        status = Status.PLANNED  # 'landed in Bishkek on Sunday to attend the summit': it is still ahead
    if occurrence and date_source != "text":
        if not needs_met:
            return []
        occurrence = False  # 'the next session' without a date of its own: the story's own meeting
    umbrella = plural_generic and cue("umbrella").search(last_words(before, 40)) and not _with_someone(after)
    if umbrella and date_source != "text":
        return []  # 'held a series of bilateral meetings': the sentences after report each of them
    if (
        plural_generic
        and date_source == "none"
        and not _with_someone(after)
        and not _weekday_named(context, clause_start, clause_end)
    ):
        return []  # 'barred from top-level meetings': meetings in general, not one that took place
    if rule.kind == "meeting" and not people and not anaphoric and not occurrence:
        # 'Zelenskiy said Ukrainian and U.S. officials would meet': the speaker is none of those who meet
        people = people_nearby(
            context, sentence, own=not _parties_by_their_states(context, clause_start, trigger.start)
        )
    if not people and not countries and not anaphoric and not occurrence and rule.kind != "agreement":
        venue = _placed_dated_summit(context, rule.kind, trigger, clause_end, date_source)
        if venue is None or venue.country is None:
            return []
        countries = [venue.country]  # 'the international summit in Sharm el-Sheikh on October 13': its host
    if rule.kind != "agreement" and people and all(is_company(e) for e in people) and not countries:
        return []  # 'Control Data Corp. met a test', 'a meeting of Williams shareholders': business
    if (
        status is Status.HAPPENED
        and context.published is not None
        and when.start is not None
        and when.start > context.published
    ):
        status = Status.PLANNED
    if status is Status.PLANNED and _told_as_past(context, when, clause_start, clause_end):
        status = Status.HAPPENED  # 'I will begin with the visit of the Amir to Damascus last Thursday'
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
        separate=bool(cue("separate").search(last_words(before, 40))),
        cameo=rule.cameo,
        medium=rule.medium,
        label=rule.label,
        background=background,
        own_date=anaphoric and date_source == "text" and _dated_by_own_words(context, trigger, when),
        frame=bool(umbrella),
        with_counterpart=bool(_with_someone(after)),
        occurrence=occurrence,
        until=until,
    )
    # a definite mention is placed only by words right after it ('the meeting, held at Qasr Al Shati')
    places_end = min(clause_end, trigger.end + _NEAR) if anaphoric else clause_end
    if clause_end < sentence.end and _SCHEDULED_RELATIVE.match(text, max(sentence.start, clause_end - 12)):
        places_end = clause_of(sentence, clause_end)[1]  # 'the meeting of the Council, held in Tashkent'
    places_start = trigger.start if anaphoric else clause_start
    own_places: list[Place] = []
    if places_start < context.previous_trigger(trigger.start):
        # 'arrived in Johannesburg, and on the same day held talks with Ramaphosa in Pretoria': a place the
        # clause names after an earlier event word before this one is the earlier event's
        own_places = _places(context, trigger, trigger.start, places_end, rule.kind)
    places = own_places or _places(context, trigger, places_start, places_end, rule.kind)
    if rule.kind == "visit":
        visits = _visits(context, candidate, mentions, places, before, after)
        return [*visits, *_trip_before(context, trigger, before, clause_end, visits)]
    candidate.location = places[0] if places else _here(context, sentence, (clause_start, clause_end))
    if candidate.location is None and rule.kind in ("meeting", "summit"):
        candidate.location = _unknown_place_after(context, trigger, clause_end) or _hosting_place(
            context, trigger, sentence, (clause_start, clause_end)
        )
        if rule.kind == "summit" and not people and not countries and candidate.location is not None:
            # 'the next summit, which the Kingdom of Bahrain will host next year': its host takes part
            candidate.countries = [c for c in [candidate.location.country] if c]
    if (
        candidate.location is None
        and rule.kind == "summit"
        and context.dateline is not None
        and _LOCAL_VENUE.search(text, clause_start, clause_end)
    ):
        # 'The BRICS Summit, to be held on July 6 and 7 at the Museum of Modern Art' under a Rio dateline: a
        # summit's hall named without its city is in the host city the story is filed from
        candidate.location = context.dateline.place
    if rule.kind == "agreement":
        add_agreement_details(candidate, clause, trigger, text)
    elif rule.kind == "summit":
        if rule.form == "noun":
            candidate.name = summit_name(text, trigger, clause_start, clause_end)
        else:  # 'NATO foreign ministers will meet', 'the five presidents sat down with': named by who meets
            bodies = [e for e in candidate.people if e.kind == "organization" and e.international]
            candidate.name = f"{bodies[0].acronym or bodies[0].name} meeting" if bodies else None
    elif rule.kind == "statement":
        participle = _AGENT_AFTER.match(text, trigger.end, sentence.end) and not _AUXILIARY_BEFORE.search(
            before
        )
        if participle or not any(e.kind in ("person", "organization") for e in people):
            return []  # 'a reward announced by the Attorney General': a detail, not an announcement
        candidate.label = statement_label(text, trigger, clause_end)
        # the speaker is named right before the verb ('..., Australia's foreign ministry announced')
        subject_start = max(clause_start, text.rfind(",", clause_start, trigger.start) + 1)
        speaking = [m for m in mentions if subject_start <= m.start < trigger.start]
        speakers = (
            people_in(context, speaking, sentence, trigger, speakers=True)
            or _seat_speaking(speaking)
            or people_in(
                context, [m for m in mentions if m.start < trigger.start], sentence, trigger, speakers=True
            )
        )
        if speakers:
            candidate.people = speakers
    elif rule.kind == "other" and rule.label == "accession":
        body = acceded_body(context, mentions, trigger)
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
    if rule.kind == "agreement" and date_source == "text":
        return _per_instrument(context, candidate)
    if rule.kind in ("meeting", "call"):
        return _per_counterpart(context, candidate, mentions)
    return [candidate]


def _per_place(context: Context, candidate: Candidate, places: list[Place]) -> list[Candidate]:
    """'met twice in Xi'an and Beijing', 'in Astana in October 2022 and in Cholpon-Ata in June 2023'."""
    start, end = candidate.clause
    spans = [
        next(((m.start, m.end) for m in context.mentions_in(start, end) if m.place == place), (start, start))
        for place in places
    ]
    # 'in Tórshavn, in the Faroe Islands': the place after the comma holds the one before, no second place
    inner = [
        index
        for index in range(1, len(places))
        if not _CONTAINING_PLACE_BETWEEN.fullmatch(context.text, spans[index - 1][1], spans[index][0])
    ]
    places = [places[0], *(places[i] for i in inner)]
    positions = [spans[0][0], *(spans[i][0] for i in inner)]
    if len(places) == 1:
        return [attrs.evolve(candidate, location=places[0])]
    split: list[Candidate] = []
    for index, place in enumerate(places):
        following = positions[index + 1] if index + 1 < len(places) else end
        own = [t for t in context.times_in(positions[index], following) if usable_time(t)]
        own = [t for t in own if t.when is not None and t.when.is_known]
        when = own[0].when if own and own[0].when is not None else candidate.when
        if own and candidate.status is Status.HAPPENED:
            when = back_if_past(own[0], when, context.published)  # 'met in Beijing in May', told in April
        split.append(attrs.evolve(candidate, location=place, split_key=place.name, when=when))
    return split


_CONTAINING_PLACE_BETWEEN = cue("containing_place_between")
_EARLIER_CONJUNCT = cue("earlier_conjunct_between")
_NEXT_DATED_INSTRUMENT = cue("next_dated_instrument")


def _per_instrument(context: Context, candidate: Candidate) -> list[Candidate]:
    """'signed the Treaty on Strategic Partnership in 2004 and the Treaty on Allied Relations in November
    2005': each document listed with its own date is its own signing."""
    text = context.text
    trigger = candidate.trigger
    start, end = candidate.clause
    times = [t for t in context.times_in(trigger.end, end) if usable_time(t) and t.when is not None]
    if len(times) < 2 or times[0].when != candidate.when:
        return [candidate]
    listed = [times[0]]
    for time in times[1:]:
        if time.when is None or not time.when.is_known:
            break
        if not _NEXT_DATED_INSTRUMENT.match(text[listed[-1].end : time.start]):
            break
        listed.append(time)
    if len(listed) < 2:
        return [candidate]
    split = [candidate]
    for previous, time in itertools.pairwise(listed):
        assert time.when is not None
        own = attrs.evolve(candidate, clause=(previous.end, time.start), when=time.when, split_key=time.text)
        own.instrument = None
        add_agreement_details(own, text[previous.end : time.start], trigger, text)
        own.clause = (start, end)
        split.append(own)
    return split


_OWN_FIRST_BEFORE = cue("own_first_before")
_SINCE_AFTER_TRIP = cue("since_after_trip")


def _trip_before(
    context: Context, trigger: Trigger, before: str, clause_end: int, visits: list[Candidate]
) -> list[Candidate]:
    """'his first trip to Tajikistan since June 2022': the same traveller made the trip before then."""
    if len(visits) != 1 or not _OWN_FIRST_BEFORE.search(last_words(before, 40)):
        return []
    times = [t for t in context.times_in(trigger.end, clause_end) if usable_time(t)]
    if not times or times[0].when is None or not times[0].when.is_known:
        return []
    if not _SINCE_AFTER_TRIP.match(context.text[trigger.end : times[0].start]):
        return []
    visit = visits[0]
    return [
        attrs.evolve(
            visit,
            when=times[0].when,
            date_source="text",
            status=Status.HAPPENED,
            anaphoric=False,
            background=True,
            split_key=times[0].text,
        )
    ]


def _per_counterpart(context: Context, candidate: Candidate, mentions: list[Mention]) -> list[Candidate]:
    """'held bilateral meetings with A, B and C', '... with the leaders of A, B and C': one meeting with each
    of them."""
    trigger = candidate.trigger
    in_clause = mentions
    present = {id(e) for e in candidate.people}
    # 'met the foreign ministers of Hungary and Oman': each holder the group stands for, where it stands
    members = [
        Mention(start=m.start, end=m.end, kind="person", entity=member)
        for m in mentions
        if m.kind == "group"
        for member in m.members
    ]
    mentions = sorted(
        (
            m
            for m in [*mentions, *members]
            if m.kind == "person" and m.entity is not None and id(m.entity) in present
        ),
        key=lambda m: m.start,
    )
    # the subject, not someone named after 'with' ('Putin held talks with Xi and met Modi and Ramaphosa')
    before = [
        m
        for m in mentions
        if m.end <= trigger.start
        and not OBJECT_BEFORE.search(context.text, max(candidate.sentence.start, m.start - 60), m.start)
    ]
    # counterparts up to the next event word: 'talks with Xi and met Modi and Ramaphosa' has one
    following = context.next_trigger(trigger.end, candidate.clause[1])
    after = [m.entity for m in mentions if trigger.end <= m.start < following and m.entity is not None]
    later = {id(m.entity) for m in mentions if m.start >= following} - {id(e) for e in after}
    between = re.match(r"\s*(?:\w+\s+){0,3}?between\b", context.text[trigger.end : trigger.end + 40])
    # 'bilateral meetings of the head of state with Mishustin, Matviyenko and Volodin': the one whose
    # meetings they are, then those met
    owner = _OWNER_BEFORE_WITH.match(context.text, trigger.end)
    owners = [
        m.entity for m in mentions if owner is not None and trigger.end <= m.start < owner.end() and m.entity
    ]
    anchor: Entity | None = None
    counterparts: list[Entity] = []
    if between is not None and after:
        anchor, counterparts = after[0], unique(after[1:])
    elif owners:
        anchor, counterparts = owners[0], unique([e for e in after if e is not owners[0]])
    elif before:
        anchor, counterparts = before[-1].entity, unique(after)
    elif _SUBJECT_PRONOUN.search(context.text[candidate.clause[0] : trigger.start]):
        # 'He met Kazakhstan's President Tokayev and Kyrgyzstan's Japarov on Sunday': the one 'he' stands for
        subject = earlier_subject(context, candidate.sentence, candidate.clause[0])
        if subject and subject[0] not in after:
            anchor, counterparts = subject[0], unique(after)
    if anchor is None:
        # "with Lula's chief foreign policy adviser": the owner is not met
        met = unique(
            [
                m.entity
                for m in mentions
                if trigger.end <= m.start < following
                and m.entity is not None
                and not context.text.startswith(("'s", "’s"), m.end)
            ]
        )
        if len(met) >= 2 and _AND_WITH.search(context.text, trigger.end, following):
            # 'the Secretary-General met with the Prime Minister of Japan, ..., and with the President of
            # Indonesia': one meeting with each, whoever the subject is
            return [
                attrs.evolve(
                    candidate, people=[e], countries=[e.country] if e.country else [], split_key=e.name
                )
                for e in met
            ]
        return [candidate]
    counterparts = [c for c in counterparts if c is not anchor]
    subjects = unique([m.entity for m in before if m.start >= candidate.clause[0] and m.entity is not None])
    if _PRONOUN_JOINED.match(context.text, candidate.clause[0]):
        # 'He and Palestinian leader Yasser Arafat meet separately Monday with Albright': 'he' is one too
        subjects = unique([*earlier_subject(context, candidate.sentence, candidate.clause[0])[:1], *subjects])
    if (
        len(counterparts) == 1
        and len(subjects) >= 2
        and counterparts[0] not in subjects
        and cue("one_by_one").search(context.text, candidate.clause[0], candidate.clause[1])
    ):
        # 'Premier Li Qiang and Zhao Leji will meet with Mirziyoyev separately': a meeting with each
        (counterpart,) = counterparts
        return [
            attrs.evolve(
                candidate,
                people=[subject, counterpart],
                countries=list(dict.fromkeys(c for c in (subject.country, counterpart.country) if c)),
                split_key=subject.name,
            )
            for subject in subjects
        ]
    if not counterparts and anchor.country:
        states = _states_led(context, in_clause, trigger.end, following) or _counterparts_by_state(
            context, in_clause, trigger.end, following
        )
        if len(states) >= 2 and not cue("joint").search(context.text, candidate.clause[0], following):
            return [
                attrs.evolve(candidate, people=[anchor], countries=[anchor.country, state], split_key=state)
                for state in states
                if state != anchor.country
            ]
    # 'met Viktor Orban ... as well as the leaders of Chile, Indonesia and Thailand': and each of those
    led = []
    end = candidate.sentence.end  # 'as well as' opens a clause of its own
    if counterparts and anchor.country and not cue("joint").search(context.text, candidate.clause[0], end):
        named = {anchor.country, *(c.country for c in counterparts)}
        led = [
            attrs.evolve(candidate, people=[anchor], countries=[anchor.country, state], split_key=state)
            for state in _states_led(context, context.mentions_in(trigger.end, end), trigger.end, end)
            if state not in named
        ]
    if counterparts:
        candidate.people = [e for e in candidate.people if id(e) not in later or e is anchor]
    last = max((m.end for m in mentions if m.start >= trigger.end), default=trigger.end)
    if len(counterparts) < 2 or cue("joint").search(
        context.text, max(candidate.clause[0], trigger.start - 40), last
    ):
        return [candidate, *led]
    times = _time_of_each(context, candidate, counterparts, mentions)
    settings = _respective_settings(context, candidate, len(counterparts))
    split: list[Candidate] = []
    for index, (counterpart, when) in enumerate(zip(counterparts, times, strict=True)):
        people = [anchor, counterpart, *([counterpart.affiliation] if counterpart.affiliation else [])]
        countries = list(dict.fromkeys(c for c in (anchor.country, counterpart.country) if c))
        own = attrs.evolve(candidate, people=people, countries=countries, split_key=counterpart.name)
        if when is not None:
            own.when, own.date_source = when, "text"
        if settings:
            own.location, own.when, own.date_source = settings[index][0], settings[index][1], "text"
        split.append(own)
    return [*split, *led]


# The precisions of the times that may date each one met in turn.
_TIMES_OF_EACH = (Precision.DAY, Precision.WEEK, Precision.MONTH)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PRONOUN_JOINED = re.compile(r"\s*(?:He|She)\s+and\s+")


def _respective_settings(context: Context, candidate: Candidate, count: int) -> list[tuple[Place, When]]:
    """'He will visit Astana on 2-3 February and Tashkent on 4-5 February, where he will be received by
    Tokayev and Mirziyoyev respectively': each one met in turn, in the place and on the days told in turn."""
    sentence, trigger = candidate.sentence, candidate.trigger
    if not _RESPECTIVELY.search(context.text, trigger.end, sentence.end):
        return []
    places = [
        m
        for m in context.mentions_in(sentence.start, trigger.start)
        if m.kind == "place" and m.place is not None
    ]
    if len(places) != count:
        return []
    settings: list[tuple[Place, When]] = []
    for index, mention in enumerate(places):
        until = places[index + 1].start if index + 1 < len(places) else trigger.start
        times = [t for t in context.times_in(mention.end, until) if usable_time(t) and t.when is not None]
        if not times or mention.place is None:
            return []
        settings.append((mention.place, _in_tense_of(context, candidate, times[0])))
    return settings


def _time_of_each(
    context: Context, candidate: Candidate, counterparts: list[Entity], mentions: list[Mention]
) -> list[When | None]:
    """'held talks Wednesday with Mark Brown and on Tuesday with Sitiveni Rabuka', 'met Brown on Wednesday
    and Rabuka on Tuesday', 'meetings with Blair 10 days ago and Clinton last week': one time for each of
    those met, in turn, when the times and those met alternate."""
    none: list[When | None] = [None] * len(counterparts)
    trigger = candidate.trigger
    times = [
        t
        for t in context.times_in(trigger.end, candidate.clause[1])
        if usable_time(t) and t.when is not None and t.when.precision in _TIMES_OF_EACH
    ]
    if len(times) != len(counterparts) or len({t.value for t in times}) < 2:
        return none
    firsts = [
        next((m for m in mentions if m.entity is counterpart and m.start >= trigger.end), None)
        for counterpart in counterparts
    ]
    met = [m for m in firsts if m is not None]
    if len(met) != len(counterparts):
        return none
    for index, time in enumerate(times):
        # each time lies past the one met before the one it goes with, and before the one met after it
        if index > 0 and time.start < met[index - 1].end:
            return none
        if index + 1 < len(met) and time.start > met[index + 1].start:
            return none
    return [_in_tense_of(context, candidate, t) for t in times]


def _in_tense_of(context: Context, candidate: Candidate, time: TimeMention) -> When:
    """A time told for one of several events split from `candidate`, read in the tense of that event, not of
    a clause after it ('and on Tuesday with Rabuka, whom he told Japan would provide patrol boats')."""
    if candidate.status is Status.HAPPENED and time.when is not None:
        return back_if_past(time, time.when, context.published)
    return ahead_if_planned(time, context.published)


def _fellow_travellers(
    context: Context, people_before: list[Mention], visitor: Entity | None, host: str
) -> list[Entity]:
    """'European Council President António Costa and European Commission President Ursula von der Leyen will
    travel to Uzbekistan': those joined to the visitor as subjects travel too, unless they are of the host
    state ('Tokayev and Xi signed ... during Xi's state visit to Kazakhstan')."""
    at = next((i for i, m in enumerate(people_before) if visitor is not None and m.entity is visitor), None)
    fellows: list[Entity] = []
    while visitor is not None and at is not None and at > 0:
        before, after = people_before[at - 1], people_before[at]
        if (
            before.kind != "person"
            or before.entity is None
            or before.entity.country == host
            or not _SUBJECTS_JOINED.fullmatch(context.text, before.end, after.start)
        ):
            break
        fellows.insert(0, before.entity)
        at -= 1
    return fellows


# ' and European Commission President ': a conjunction, and the next one's office in capitals
_SUBJECTS_JOINED = cue("subjects_joined")


def _speaker_after_report(text: str, sentence: Sentence, trigger: Trigger) -> int:
    """Where the speaker opens when a statement's verb closes the sentence after the report it makes
    ('..., the ministry announced on Friday'); else the sentence's start."""
    comma = text.rfind(",", sentence.start, trigger.start)
    speaker = _AFTERWARDS.match(text, comma, sentence.end) if comma != -1 else None
    if (
        speaker is None
        or speaker.start("verb") != trigger.start
        or text[speaker.end() : sentence.end].strip(" .\"'”’)")
    ):
        return sentence.start
    return comma + 1


_AFTERWARDS = cue("speaker_after")
_AND_WITH = cue("and_with")
# ', announced the Ministry of Foreign Affairs': the speaker named after the verb
_INVERTED_SPEAKER = re.compile(r"\s+(?:the\s+)?[A-Z]")
_THE_COUNTRY = re.compile(
    r"\s*(?:the|that)\s+(?:country|kingdom|republic|island\s+nation|nation)\b(?!\s*['’]s)"
)
# How many sentences back 'the country' of 'visit the country' may have been named.
_COUNTRY_REACH = 3


def _country_named_before(context: Context, candidate: Candidate, visitor: Entity) -> list[str]:
    """'Tokyo announced that Putin would visit the country on 15 December': the state named last before the
    words, other than the visitor's own."""
    first = context.sentences[max(0, candidate.sentence.index - _COUNTRY_REACH)].start
    for mention in reversed(context.mentions_in(first, candidate.trigger.start)):
        state = mention.kind == "country" or (mention.kind == "place" and mention.capital)
        if state and mention.country and mention.country != visitor.country:
            return [mention.country]
    return []


_LEADERS_OF_STATES = cue("leaders_of_states")
_STATE_LIST_JOIN = cue("state_list_join")


def _states_led(context: Context, mentions: list[Mention], start: int, end: int) -> list[str]:
    """The states listed right after 'with the leaders of' ('the leaders of Kyrgyzstan, Tajikistan and
    Uzbekistan'), whose leaders are met one by one."""
    listed = [m for m in mentions if m.kind == "country" and m.country and start <= m.start < end]
    # 'met Hungarian Prime Minister Viktor Orban ... as well as the leaders of Chile, ...': the list starts
    # after the words
    listed = list(
        itertools.dropwhile(
            lambda m: not _LEADERS_OF_STATES.search(context.text, max(start, m.start - 40), m.start), listed
        )
    )
    if not listed:
        return []
    states = [listed[0]]
    for mention in listed[1:]:
        if not _STATE_LIST_JOIN.match(context.text[states[-1].end : mention.start]):
            break
        states.append(mention)
    return list(dict.fromkeys(m.country for m in states if m.country))


def _counterparts_by_state(context: Context, mentions: list[Mention], start: int, end: int) -> list[str]:
    """The states of a list of unnamed counterparts ('his Russian, Kazakh and Turkmen counterparts'), met one
    by one."""
    listed = [m for m in mentions if m.kind == "country" and m.country and start <= m.start < end]
    for first in range(len(listed)):
        run = [listed[first]]
        for mention in listed[first + 1 :]:
            if not _STATE_LIST_JOIN.match(context.text[run[-1].end : mention.start]):
                break
            run.append(mention)
        if len(run) >= 2 and _COUNTERPARTS_AFTER.match(context.text, run[-1].end):
            return list(dict.fromkeys(m.country for m in run if m.country))
    return []


_COUNTERPARTS_AFTER = re.compile(r"\s+counterparts\b")


# How far before a participle after a comma ('..., signed in Xi'an') the document's name may begin.
_NAMED_INSTRUMENT_REACH = 240
_PARTICIPLE_COMMA = re.compile(r",\s*$")


_ATTEND_WORD = re.compile(r"attend", re.IGNORECASE)
_OPENING_THE = re.compile(r"\s+(?:the\s+)?")


def _host_ceremony(context: Context, trigger: Trigger, mentions: list[Mention]) -> bool:
    """'attended Mr. Modi's swearing-in ceremony': attending what a leader holds is a trip to their state."""
    if not _ATTEND_WORD.match(context.text, trigger.start):
        return False
    opening = _OPENING_THE.match(context.text, trigger.end)
    start = opening.end() if opening is not None else trigger.end
    return any(
        m.kind == "person"
        and m.entity is not None
        and m.entity.country
        and m.start <= start + 4  # ('Mr. ' stands before the name)
        and m.start >= trigger.end
        and _POSSESSIVE_AFTER.match(context.text, m.end)
        for m in mentions
    )


# How far after a verb that takes a person ('received', 'will host') that person may be named
PERSON_AFTER_REACH = 110
# Between a verb and the person it takes, only the words of an office ('Japanese Foreign Minister')
_TITLE_ONLY = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and))*\s+")
_TITLE_REACH = 60


def _gathering_before(context: Context, trigger: Trigger) -> str | None:
    """The last gathering noun in the sentence or the one before, within reach of `trigger`, if any."""
    sentence = context.sentence_at(trigger.start)
    if sentence is None:
        return None
    previous = context.sentences[sentence.index - 1] if sentence.index else sentence
    start = max(previous.start, trigger.start - _GATHERING_REACH)
    nouns = _GATHERING_NOUN.findall(context.text, start, trigger.start)
    return nouns[-1].lower() if nouns else None


def _elided_gathering_kind(context: Context, trigger: Trigger) -> str:
    """A summit after 'the second China-Central Asia Summit', else a meeting."""
    noun = _gathering_before(context, trigger) or ""
    return "summit" if _MULTILATERAL_GATHERING.search(noun) else "meeting"


def _place_host(context: Context, trigger: Trigger, clause_start: int) -> Mention | None:
    """'Riyadh hosted Trump in May 2017', 'Saudi Arabia received Xi': the place or state, not a person,
    that hosts the guest, whose visit there it is."""
    before = context.mentions_in(clause_start, trigger.start)
    if not before or any(m.kind not in ("place", "country") or m.country is None for m in before):
        return None
    # 'the Saudi capital' holds the state's adjective: the city is the host
    return ([m for m in before if m.kind == "place"] or before)[-1]


_SETTLED_INSTRUMENT_AFTER = cue("settled_instrument_after")
_SETTLED_INSTRUMENT_BEFORE = cue("settled_instrument_before")


def _needs_met(
    needs: str | None, context: Context, trigger: Trigger, mentions: list[Mention], clause: str, after: str
) -> bool:
    if needs is None:
        return True
    if needs == "person_after":
        following = [m for m in mentions if m.start >= trigger.end and m.kind in ("person", "group")]
        if _VISITING_GUESTS.match(after):
            return True  # 'received the visiting ministers jointly'
        return bool(following) and following[0].start - trigger.end <= PERSON_AFTER_REACH
    if needs == "person_right_after":  # 'would also see Japanese Foreign Minister Takeshi Iwaya'
        return any(
            m.kind == "person"
            and 0 <= m.start - trigger.end <= _TITLE_REACH
            and _TITLE_ONLY.fullmatch(context.text, trigger.end, m.start) is not None
            for m in mentions
        )
    if needs == "leader_right_after":  # 'spoke to Ukrainian President Volodymyr Zelenskyy': a call
        return (
            any(
                m.kind == "person"
                and m.entity is not None
                and m.entity.rank in STATE_RANKS
                and 0 <= m.start - trigger.end <= 45
                for m in mentions
            )
            and not any(m.kind == "place" and m.start >= trigger.end for m in mentions)
            and not _told_together(context, trigger)
        )
    if needs == "place_after":
        following = [
            m
            for m in mentions
            if m.start >= trigger.end
            and m.kind in ("place", "country")
            and not _TOPIC_BEFORE.search(context.text, max(trigger.end, m.start - 20), m.start)
        ]
        return (
            (bool(following) and following[0].start - trigger.end <= 45)
            or bool(_HERE.match(after.strip()))
            or _host_ceremony(context, trigger, mentions)
        )
    if (
        needs == "trip_destination"
    ):  # 'chose Bratislava for his first foreign trip', 'on her first trip abroad'
        return _chosen_destination(context, trigger, mentions) is not None or context.dateline is not None
    if needs == "story_place":  # 'Attaf, who arrived on Wednesday evening': where the story is filed from
        following = [
            m
            for m in mentions
            if m.start >= trigger.end
            and m.kind in ("place", "country")
            and not _FROM_BEFORE.search(context.text, max(trigger.end, m.start - 6), m.start)
        ]
        nearby_place = bool(following) and following[0].start - trigger.end <= 45
        return context.dateline is not None and not nearby_place  # 'flew in on Thursday from Hanoi' too
    if needs == "attended_before":  # 'attended the U.N. General Assembly', not 'the General Assembly adopted'
        attended = cue("attended_before").search(context.text, max(0, trigger.start - 60), trigger.start)
        return attended is not None and _dated_clause(context, trigger)
    if needs == "officials_before":  # 'ECOWAS foreign ministers gathered in Abuja', not 'protesters gathered'
        sentence = context.sentence_at(trigger.start)
        opening = clause_of(sentence, trigger.start)[0] if sentence is not None else trigger.start
        return _OFFICIALS_SUBJECT.search(context.text, opening, trigger.start) is not None
    if needs == "gathering_before":  # 'held regular high-level meetings since 2008, and the last one'
        return _gathering_before(context, trigger) is not None
    if needs == "place_right_after":  # 'is in Hanoi for talks', 'was in the Kyrgyz capital'
        following = [m for m in mentions if m.start >= trigger.end and m.kind in ("place", "country")]
        return (bool(following) and following[0].start - trigger.end <= 5) or bool(_HERE.match(after.strip()))
    if needs == "instrument":  # 'the treaty, signed in 1973': the instrument may stand just before the clause
        # ... or before its long name ('the Agreement between the Government of ... on mutual visa exemption,
        # signed in Xi'an on 17 May 2023')
        sentence = context.sentence_at(trigger.start)
        after_comma = _PARTICIPLE_COMMA.search(context.text, max(0, trigger.start - 4), trigger.start)
        reach = _NAMED_INSTRUMENT_REACH if after_comma else 80
        start = max(sentence.start if sentence is not None else 0, trigger.start - reach)
        return bool(INSTRUMENT.search(clause)) or bool(INSTRUMENT.search(context.text, start, trigger.start))
    if needs == "settled_instrument":  # 'reached an agreement', 'the ceasefire agreement, reached in Doha'
        return bool(
            _SETTLED_INSTRUMENT_AFTER.match(after)
            or _SETTLED_INSTRUMENT_BEFORE.search(context.text, max(0, trigger.start - 60), trigger.start)
        )
    if needs == "lending":
        return bool(cue("lending").search(clause)) or bool(
            AMOUNT.search(context.text, max(0, trigger.start - 30), trigger.start)
        )
    if needs == "organization":
        return any(m.kind == "organization" for m in mentions) or _named_gathering(context, trigger)
    if needs == "organization_after":  # 'joined the bank', 'acceded to the WTO'
        return any(m.kind == "organization" and 0 <= m.start - trigger.end <= 15 for m in mentions)
    if needs == "body":  # 'session of the Joint Intergovernmental Commission', not 'of the new council'
        return bool(_NAMED_BODY.match(after))
    if needs in ("actor", "adopters"):
        acting = any(m.kind in ("person", "organization", "group", "country", "place") for m in mentions)
        # 'the then foreign ministers of the three countries adopted the Trabzon Declaration'
        return acting or (needs == "adopters" and cue("collective_actor").search(clause) is not None)
    return True


def _office_in_apposition(words: str) -> bool:
    """Whether `words` are an office set off by a comma after a name (', Prime Minister of Japan', ', the
    Kazakh president')."""
    apposition = _APPOSITION.fullmatch(words)
    if apposition is None:
        return False
    office = apposition.group("office").split(" of ")[0].split()
    return any(" ".join(office[first:]) in titles() for first in range(len(office)))


_APPOSITION = re.compile(r",\s+(?:the\s+)?(?P<office>[^,;()]{2,80}?)(?:\s*\([^()]{1,12}\))?\s*")


def _parties_by_their_states(context: Context, start: int, end: int) -> bool:
    """Whether the words before a meeting name two states or more as its parties, by the people they send
    ('Ukrainian and U.S. officials would meet')."""
    states = [m for m in context.mentions_in(start, end) if m.kind == "country"]
    return len({m.country for m in states}) >= 2 and bool(
        _STATES_PEOPLE.match(context.text, states[-1].end, end)
    )


_STATES_PEOPLE = cue("states_people_after")


def _told_together(context: Context, trigger: Trigger) -> bool:
    """Whether the sentence of a talk says the two were together ('spoke with Wang Yi face to face', 'on the
    sidelines'), up to and with the next event word: what follows it tells that event ('spoke with Lutnick on
    Friday, and they agreed to meet in Paris on Wednesday, on the margins of the OECD meeting')."""
    sentence = context.sentence_at(trigger.start)
    if sentence is None:
        return False
    together = cue("together")
    next_event = context.next_trigger(trigger.end, sentence.end)
    return (
        together.search(context.text, sentence.start, next_event) is not None
        or together.match(context.text, next_event, sentence.end) is not None
    )


def _dated_clause(context: Context, trigger: Trigger) -> bool:
    """A known date in the clause: a body that meets every year names one of its sessions only so."""
    sentence = context.sentence_at(trigger.start)
    if sentence is None:
        return False
    start, end, _ = clause_of(sentence, trigger.start)
    return any(t.when is not None and t.when.is_known for t in context.times_in(start, end))


# A capitalized word right before 'Conference', ending the gathering's own name ('the Ukraine Recovery
# Conference'); a determiner or pronoun opening a sentence names none. ('the National Congress' is a
# legislature.)
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)[A-Z][\w'’.-]*\s+$"
)


def _named_gathering(context: Context, trigger: Trigger) -> bool:
    """Whether the event noun ends a conference's capitalized name: a gathering of its own, whoever convenes
    it."""
    return context.text.startswith("Conference", trigger.start) and bool(
        _NAME_WORD_BEFORE.search(context.text, max(0, trigger.start - 40), trigger.start)
    )


def _main_clause_after(text: str, start: int, end: int) -> str:
    """The words after the first comma after `start`: the main clause after an opening phrase."""
    comma = text.find(",", start, end)
    return text[comma:end] if comma >= 0 else ""


# The words of a noun phrase right before an event noun, from its article ('the Central Asia-China ').
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an)\s+[^,;.:]*$", re.IGNORECASE)


def _multilateral(context: Context, trigger: Trigger, before: str, start: int, end: int) -> bool:
    """A meeting of a multilateral body or of several leaders is a summit ('a meeting of the CIS Council of
    Foreign Ministers', 'the C5+1 ministerial meeting', 'the five Central Asian presidents sat down with')."""
    text = context.text
    if cue("bilateral").search(text, max(start, trigger.start - 40), min(end, trigger.end + 40)):
        return False  # 'a ministerial meeting of the bilateral Border Commission'
    if cue("credentials").search(text, trigger.start, trigger.end):
        return False  # 'accepted credentials from the ambassadors of seven states': one ceremony, one meeting
    if cue("one_counterpart").search(text, trigger.end, end):
        return False  # 'The ministerial session, to be co-chaired by Gedion and his Djiboutian counterpart'
    if cue("multilateral_before").search(last_words(before, 30)):
        return True
    if cue("bare_officials_before").search(before):
        return True  # 'Foreign ministers met over dinner': officials of many states
    sentence = context.sentence_at(trigger.start)
    # (the name may hold a dash that ends the clause: 'the “Central Asia – Japan” ministerial meeting')
    named = _NOUN_PHRASE_BEFORE.search(
        text, max(sentence.start if sentence else 0, trigger.start - 60), trigger.start
    )
    if trigger.rule.form == "noun" and named is not None and region_countries(named.group()):
        return True  # 'the “Central Asia – Japan” ministerial meeting': a region's states meet
    format_of = cue("format_of").match(text, trigger.end, end)
    if trigger.rule.form == "noun" and format_of is not None and region_countries(format_of.group()):
        return True  # "the foreign ministers' meeting of the China–Central Asia format"
    if _body_meets_alone(context, trigger, start):
        return True
    if cue("multilateral_of").match(text, trigger.end, end) and not cue("own_officials_of").match(
        text, trigger.end, end
    ):
        return True
    for mention in context.mentions_in(max(start, trigger.start - 60), trigger.start):
        entity = mention.entity
        if mention.kind != "organization" or entity is None or not entity.international:
            continue
        if trigger.start - mention.end <= 2 or cue("body_members_before").fullmatch(
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
            entity = mention.entity
            # 'the fifth meeting of the India–Central Asia Dialogue': a region's states meet in it too
            if (
                mention.kind == "organization"
                and entity is not None
                and (entity.international or region_countries(entity.name))
            ):
                return True
    # the leaders must be the event's own ('met the five leaders'), not those of the next event in the clause
    window_end = context.next_trigger(trigger.end, min(end, trigger.end + 60))
    window_start = max(start, trigger.start - 60)
    return bool(
        cue("several_leaders").search(text, window_start, window_end)
        or cue("leaders_together").match(text, trigger.end, window_end)
        or cue("leaders_of_several").search(text, max(start, trigger.start - _LIST_REACH), trigger.start)
        # 'hosted his counterparts from France, Germany, Italy and Spain': the guests of several states
        or cue("several_counterparts_after").match(text, trigger.end, min(end, trigger.end + _LIST_REACH))
        or _leaders_of_region(text, max(start, trigger.start - _LIST_REACH), trigger.start)
        or _hosts_a_list_of_guests(context, trigger, context.next_trigger(trigger.end, end))
    )


# How many guests hosted at once, named in one list, meet together rather than each with the host.
_GUESTS_TOGETHER = 3


def _hosts_a_list_of_guests(context: Context, trigger: Trigger, end: int) -> bool:
    """'hosted European Commission President Ursula von der Leyen, European Council President Antonio Costa
    and the EU's foreign policy chief Kaja Kallas': guests hosted in one list meet together."""
    text = context.text
    if not cue("hosting_word").fullmatch(text, trigger.start, trigger.end):
        return False
    guests = [m for m in context.mentions_in(trigger.end, end) if m.kind == "person"]
    listed = 0
    position = trigger.end
    for guest in guests:
        joined = listed == 0 and _TITLE_ONLY.fullmatch(text, position, guest.start)
        if not (joined or cue("guest_list_join").fullmatch(text, position, guest.start)):
            break
        listed += 1
        position = guest.end
    return listed >= _GUESTS_TOGETHER


def _leaders_of_region(text: str, start: int, end: int) -> bool:
    """'The foreign ministers of the Central Asian countries will arrive ... for consultations': the states
    of a region meet."""
    found = cue("leaders_of_region").search(text, start, end)
    return found is not None and len(region_countries(found.group())) > 2


# How far before a verb of meeting the list of the states whose ministers meet may begin.
_LIST_REACH = 120


_PAST_DEICTIC = cue("past_deictic")


def _told_as_past(context: Context, when: When, start: int, end: int) -> bool:
    """The event's date is written as past ('last Thursday', 'two days ago') and lies before the report."""
    published = context.published
    if published is None or when.end is None or when.end >= published:
        return False
    return any(
        t.when == when and _PAST_DEICTIC.search(t.text) is not None for t in context.times_in(start, end)
    )


# The words before a subject that opens its sentence ('The', 'On Tuesday, the').
_SUBJECT_OPENING = re.compile(r"\W*(?:[A-Z][a-z]+ [A-Z][a-z]+, )?(?:the |The )?")
# 'met in Brussels today', 'met on Tuesday.': a verb of meeting with no one met after it
_NO_COUNTERPART_AFTER = cue("no_counterpart_after")


def _body_meets_alone(context: Context, trigger: Trigger, start: int) -> bool:
    """'The Foreign Affairs Council, chaired by Kaja Kallas, met in Brussels today': a body of states that is
    the subject of a meeting verb with no counterpart holds a session of its own (its chair stays a
    participant)."""
    if trigger.rule.form != "verb" or not _NO_COUNTERPART_AFTER.match(context.text, trigger.end):
        return False
    sentence = context.sentence_at(trigger.start)
    opening = sentence.start if sentence is not None else start
    mentions = [m for m in context.mentions_in(min(start, opening), trigger.start) if m.kind != "place"]
    return bool(
        mentions
        and _SUBJECT_OPENING.fullmatch(context.text, opening, mentions[0].start)
        and mentions[0].kind == "organization"
        and mentions[0].entity is not None
        and mentions[0].entity.international
    )


def _bilateral_summit(context: Context, trigger: Trigger, before: str, start: int, end: int) -> bool:
    """A summit of two leaders is their meeting ('held a summit with Prime Minister Fumio Kishida', 'the
    bilateral summit', 'the two leaders agreed to hold the next Annual Summit'), not a gathering of a body."""
    text = context.text
    if not text[trigger.start : trigger.end].lower().startswith("summit"):
        return False
    if cue("multilateral_before").search(last_words(before, 30)):
        return False  # 'met for the first trilateral summit with President Joe Biden'
    if cue("their_summit").search(last_words(before, 60)) and _two_states_of_people(
        context, start, trigger.start
    ):
        return True  # 'Lee and Ishiba held their last summit in Busan'
    mentions = context.mentions_in(start, end)
    several = cue("several_leaders").search(text, start, end) is not None
    if cue("summit_with").match(text, trigger.end, end) and not several:
        # 'for an SCO summit in Qingdao, two months after an informal summit with Xi in Wuhan': a body named
        # before the comma is another summit's
        own_start = max(start, text.rfind(",", start, trigger.start) + 1)
        if not any(
            m.kind == "organization" and m.entity is not None and m.entity.international
            for m in context.mentions_in(own_start, min(end, trigger.end + 40))
        ):
            return True
    if any(m.kind == "organization" and m.entity is not None and m.entity.international for m in mentions):
        return False
    if several:
        return False
    if cue("bilateral").search(text, max(start, trigger.start - 40), trigger.end):
        return True  # 'the bilateral summit', 'the next Intergovernmental Summit'
    if _two_states_before(context, trigger.start):
        return True  # 'the next Portugal-Cape Verde summit', 'the China-Japan-Korea summit' is not
    return bool(cue("regular_summit").search(last_words(before, 20))) and any(
        m.kind == "group" for m in mentions
    )


def _two_states_of_people(context: Context, start: int, end: int) -> bool:
    """The people named between `start` and `end` are of exactly two states, and no body is named."""
    mentions = context.mentions_in(start, end)
    if any(m.kind == "organization" for m in mentions):
        return False
    states = {m.entity.country for m in mentions if m.kind == "person" and m.entity is not None}
    return len(states) == 2 and None not in states


# 'Italy-Türkiye Intergovernmental Summit', 'Japan-Philippines leaders' summit': words describing the summit
_SUMMIT_WORDS_BETWEEN = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+|\s?")


def _two_states_before(context: Context, position: int) -> bool:
    """'Portugal-Cape Verde summit', 'the fourth Italy-Türkiye Intergovernmental Summit': exactly two states
    joined by a hyphen right before the event word, or two words of it."""
    text = context.text
    window = context.mentions_in(max(0, position - 90), position)
    if len(window) < 2 or not _SUMMIT_WORDS_BETWEEN.fullmatch(text, window[-1].end, position):
        return False
    first, second = window[-2], window[-1]
    if any(m.kind != "country" or m.country is None for m in (first, second)):
        return False
    if first.country == second.country:
        return False
    if text[first.end : second.start] not in ("-", "–"):
        return False
    return not (len(window) > 2 and window[-3].kind == "country" and window[-3].end + 1 >= first.start)


def _noun_subject_plan(context: Context, trigger: Trigger, sentence: Sentence) -> bool:
    """'The summit between Prime Minister A and Prime Minister B will take place in Praia in July', 'Officials
    say detailed negotiations on the deal will start in the coming weeks': an event noun opening the sentence
    (or a reported clause) whose own verb, after the words describing it, puts it in the future."""
    text = context.text
    if trigger.rule.form != "noun":
        return False
    # ... or opening the clause a speech verb reports ('He noted that the second meeting of the Council would
    # be held in Belgrade later this year')
    if not _SENTENCE_SUBJECT.fullmatch(text, sentence.start, trigger.start) and not _REPORTED_SUBJECT.search(
        text, max(sentence.start, trigger.start - 60), trigger.start
    ):
        return False
    return bool(cue("plan_after").match(text[trigger.end : context.next_trigger(trigger.end, sentence.end)]))


def _noun_subject_outcome(context: Context, trigger: Trigger, sentence: Sentence) -> bool:
    """'A ministerial meeting of the commission, planned for Tuesday in Ipiales, has been postponed until
    early next year': the occurrence that was due is called off (unless a new date is given)."""
    text = context.text
    if trigger.rule.form != "noun" and not _DETERMINER_BEFORE.search(text, sentence.start, trigger.start):
        return False
    limit = context.next_trigger(trigger.end, sentence.end)
    outcome = cue("called_off_after").match(text[trigger.end : limit])
    if outcome is None:
        return False
    verb_end = trigger.end + outcome.end()
    return not any(
        time.when is not None
        and time.when.precision.rank <= Precision.MONTH.rank
        and cue("new_date_before").match(text[verb_end : time.start])
        for time in context.times_in(verb_end, limit)
    )


def _subject_conjunct(context: Context, previous: int, trigger: Trigger) -> int | None:
    """Where a verb's conjunct with a subject of its own starts: after the last ', and' between the event
    word before and the verb, when a person is named between the two."""
    if trigger.rule.form != "verb":
        return None
    conjuncts = list(cue("subject_conjunct").finditer(context.text, previous, trigger.start))
    if not conjuncts:
        return None
    start = conjuncts[-1].end()
    named = any(m.kind == "person" for m in context.mentions_in(start, trigger.start))
    return start if named else None


def _describes_event_before(context: Context, trigger: Trigger, sentence: Sentence) -> bool:
    """The event noun heads a phrase set off after another event word, which it describes ('the annual
    Korea-Central Asia Cooperation Forum, a foreign ministers' meeting launched in 2007'): no event of its
    own."""
    previous = context.previous_trigger(trigger.start)
    return (
        trigger.rule.form == "noun"
        and previous >= sentence.start
        and cue("describing_apposition").fullmatch(context.text, previous, trigger.start) is not None
        and cue("apposition_end").match(context.text, trigger.end) is not None
    )


def _topic(before: str, after: str) -> bool:
    """The event word names what was discussed or planned, unless that is a definite event to come: 'the
    next summit', 'the NATO Summit in Ankara next year' (one with its own place and time), 'the summit, which
    will be held in Astana next month'."""
    window = last_words(before, 70)
    matches = list(cue("topic").finditer(window))
    return (
        bool(matches)
        # 'a dense schedule of contacts this year, capped by Xi's state visit': the topic's noun phrase ended
        and "," not in window[matches[-1].end() :]
        and not cue("definite_future").match(window, matches[-1].end())
        and not cue("placed_and_timed").match(after)
    )


def _placed_dated_summit(
    context: Context, kind: str, trigger: Trigger, clause_end: int, date_source: str
) -> Place | None:
    """The town a dated gathering's own words place it in ('the international summit in Sharm el-Sheikh on
    October 13'): such a gathering took place, whoever the story names at it."""
    if kind != "summit" or date_source != "text":
        return None
    return next(
        (
            m.place
            for m in context.mentions_in(trigger.end, min(clause_end, trigger.end + _NEAR))
            if m.kind == "place" and _LOCATIVE_RIGHT_BEFORE.fullmatch(context.text, trigger.end, m.start)
        ),
        None,
    )


_SEAT_BEFORE = cue("seat_before")
_LOCATIVE_RIGHT_BEFORE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")


def _described(form: str, before: str, after: str) -> bool:
    """An event already reported, now described: 'The ADB loan is the second tranche', 'is the largest
    gathering', 'The agreement was signed in Tashkent by ...'."""
    if form == "noun":
        return bool(_COPULA_AFTER.match(after) or _COPULA_BEFORE.search(before))
    return bool(cue("instrument_subject").search(before))


def _of_named_body(mentions: list[Mention], trigger: Trigger, after: str) -> bool:
    """'the meeting of the Supreme Interstate Council', 'the summit of the Organization of Turkic States':
    the body names which meeting it is, so it need not be the one reported before."""
    of_body = _OF_BODY.match(after)
    return of_body is not None and any(
        m.kind == "organization" and m.start == trigger.end + of_body.end() for m in mentions
    )


def _is_purpose_of_visit(context: Context, trigger: Trigger, before: str) -> bool:
    """'pay official visits to meet with X': the meeting is what the visit is for, not another event."""
    if not _PURPOSE_MEET.search(before):
        return False
    return bool(re.search(r"\bvisit", before, re.IGNORECASE))


def _governing_verb(text: str, sentence: Sentence, clause_start: int, before: str) -> str:
    """The words before the participle phrase an event word stands in: in 'Kishida had been scheduled to
    visit Kazakhstan, holding talks ... and attending the summit', the talks and the summit are as
    planned as the visit; so is a verb joined to the one before ('had been due to meet X on Thursday and
    sign an agreement')."""
    participle = (
        _PARTICIPLE_PHRASE.search(before)
        or _COORDINATED_VERB.search(before)
        or _COORDINATED_INFINITIVE.search(before)
    )
    if participle is None:
        return ""
    head_end = clause_start + participle.start()
    return last_words(text[sentence.start : head_end], 70)


# The words that open the noun phrase of the next event word ('... to prepare the next summit').
_HELD_BY = cue("held_by")
_DETERMINED_PHRASE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


_HOSTED_BY_LATER = cue("hosted_by_later")


def _host_named_later(context: Context, trigger: Trigger, sentence: Sentence) -> Entity | None:
    """'The first summit was held virtually in 2022, and was hosted by Modi': its host takes part."""
    found = _HOSTED_BY_LATER.search(context.text, trigger.end, sentence.end)
    if found is None or context.next_trigger(trigger.end, found.start()) < found.start():
        return None  # another event word comes first: the host is that event's
    named = context.mentions_in(found.end(), sentence.end)[:1]
    if not named or named[0].kind != "person":
        return None
    return named[0].entity if _SUBJECT_TITLE.fullmatch(context.text, found.end(), named[0].start) else None


def _without_earlier_event_phrase(
    context: Context, trigger: Trigger, clause_start: int, own_before: str
) -> str:
    """'discussed the upcoming Russian-Arab summit in a telephone conversation on Thursday': the words
    before another event word of the clause are that event's ('upcoming' plans the summit, not the call)."""
    earlier = context.previous_trigger(trigger.start)
    offset = trigger.start - len(own_before)
    if earlier < max(clause_start, offset):
        return own_before
    phrase = _DETERMINED_PHRASE.search(context.text, max(offset, earlier - 60), earlier)
    if phrase is None:
        return own_before
    return context.text[offset : phrase.start()] + context.text[earlier : trigger.start]


_NEXT_EVENT_PHRASE = re.compile(r"\b(?:the|a|an|its|their|his|her)\b[^,.;]*$", re.IGNORECASE)


_DURING_BEFORE = re.compile(
    r"\bduring\s+(?:the|his|her|their|its|a|an|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


# A verb in the past tense ('signed', 'met', 'held') and the words that make it a participle instead.
_PAST_FORM = re.compile(r"(?:[a-z]+ed|met|held|paid|spoke|took|flew|went|made|came|sent|gave)\b")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:have|has|had|having|be|been|being|is|are|was|were|to|will|would|shall|should)\s+(?:[a-z]+ly\s+)?$"
)
_LAST_CONJUNCTION = re.compile(r"\b(?:and|but)\s+(?=(?:[a-z]+ly\s+)?$)")


_AHEAD_OF_NEXT = re.compile(r"\b(?:ahead\s+of|in\s+preparation\s+for|preparations?\s+for)\b", re.IGNORECASE)


_NEXT_VERB_FUTURE = re.compile(
    r"\b(?:and|but)\s+(?=(?:(?:he|she|they|(?-i:[A-Z][\w'’-]+))\s+){0,3}"
    r"(?:(?:will|would|shall)\s+(?!be\s+(?:held|signed)\b)"
    r"|(?:is|are)\s+(?:also\s+)?(?:expected|due|set|scheduled|slated)\s+to\s+(?!be\b)))"
)


# A past verb without an auxiliary is governed by no plan word further back than this ('would train under
# the Defence Cooperation Agreement signed in Canberra last August': signed, not planned).
_PAST_VERB_REACH = 30
# A word of plan this far before the event word in its clause governs it ('will on Saturday depart Abuja
# for Castries, Saint Lucia, on an official visit').
_PLAN_REACH = 110


# 'expected to review the joint statement adopted during Xi's state visit', 'would train under the agreement
# signed in Canberra': a past participle and its preposition start what the plan word before does not govern
_PARTICIPLE_PREPOSITION = cue("participle_preposition")


def _after_participle(before: str) -> str:
    ends = [m.end() for m in _PARTICIPLE_PREPOSITION.finditer(before)]
    return before[ends[-1] :] if ends else before


_CANCELLED = cue("cancelled")
_POSTPONED = cue("postponed")
_CALLED_OFF_OBJECT = cue("called_off_object")


def _owned_word(
    context: Context, trigger: Trigger, clause_start: int, clause_end: int, words: re.Pattern[str]
) -> bool:
    """A word of calling off or putting off in the clause is this event word's, unless it is another's: one
    that stands between them ('Following consultations ..., the visit has been cancelled': the visit was) or
    one it takes as object ('met on Thursday, where they decided to cancel the visit': the meeting took
    place), or one before a time clause the event word is in ('The postponement comes weeks after X
    visited'). It reaches across the words of its object ('decided to postpone his attendance at the
    Dialogue Summit')."""
    text = context.text
    for match in words.finditer(text, clause_start, clause_end):
        if match.start() >= trigger.end:
            if context.next_trigger(trigger.end, match.start()) < match.start():
                continue
            if _EARLIER_CLAUSE.search(text, trigger.end, match.start()):
                continue  # 'was signed in Brussels in October 2016, after a standoff delayed the ceremony'
            following = context.next_trigger(match.end(), clause_end)
            if following < clause_end and _CALLED_OFF_OBJECT.fullmatch(text, match.end(), following):
                continue
        elif context.next_trigger(match.end(), trigger.start) < trigger.start:
            continue
        elif _TIME_CONJUNCTION.search(text, match.end(), trigger.start):
            continue  # 'The postponement comes just weeks after Kosherbayev visited Beijing': the visit was
        return True
    return False


_TIME_CONJUNCTION = re.compile(r"\b(?:after|before|since)\b", re.IGNORECASE)
# After the event word, a word of putting off inside a clause of what came first is not its own; 'met in May
# before the summit was postponed' and 'was to resume after the holiday but was postponed' tell what became
# of the plan.
_EARLIER_CLAUSE = re.compile(r"\bafter\b(?:(?!\bbut\b)[^,;])*$", re.IGNORECASE)


def _planned_by_relative_after(context: Context, trigger: Trigger, sentence: Sentence) -> bool:
    """'the meeting of the Council, which will be held in Baku in the autumn', but not 'talks on the
    preparations for the NATO Summit, which Türkiye will host': the clause is the nearer event's."""
    match = _PLAN_RELATIVE_AFTER.match(context.text, trigger.end, sentence.end)
    if match is None:
        return False
    comma = match.group().find(",")
    head_end = match.end() if comma < 0 else match.start() + comma
    return not _event_word_between(context, trigger.end, head_end)


# A heading ends without the punctuation that closes a sentence, on a line of its own.
_CLOSING_PUNCTUATION = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_INFINITIVE_BEFORE = cue("infinitive_before")


def _heading_infinitive(context: Context, trigger: Trigger, sentence: Sentence) -> bool:
    """An event verb right after 'to' in a heading ('Nordic prime ministers to meet in Tórshavn'), which news
    writes for what is still to come."""
    text = context.text
    return (
        _INFINITIVE_BEFORE.search(text, sentence.start, trigger.start) is not None
        and _CLOSING_PUNCTUATION.search(sentence.text) is None
        and text.startswith("\n", sentence.end)
    )


def _status(
    clause: str,
    before: str,
    after: str,
    negated: bool,
    governing: str = "",
    called_off: bool = False,
    put_off: bool = False,
) -> Status | None:
    if called_off:
        return Status.CANCELLED
    # 'arrived on Monday and will leave on Thursday', 'for a three-day visit and is expected to leave on
    # Sunday': a future joined after the event is the next verb's
    own_after = _NEXT_VERB_FUTURE.split(after[:60], maxsplit=1)[0][:40]
    # 'opened with a meeting of senior officials, ahead of the ministerial session': what is ahead is the
    # session, not the meeting before it
    own_after = _AHEAD_OF_NEXT.split(own_after, maxsplit=1)[0]
    planned = (
        bool(cue("planned").search(_after_participle(before[-_PLAN_REACH:])))
        or bool(cue("planned").search(own_after))
        or bool(cue("planned").search(governing))
    )
    if put_off:  # 'the talks were postponed', not 'a long-delayed code of conduct' further on
        # the occurrence that was due is called off, unless the new date is given ('postponed to May 5')
        return Status.PLANNED if cue("new_date").search(clause) else Status.CANCELLED
    if negated:
        return Status.CANCELLED if planned else None
    return Status.PLANNED if planned else Status.HAPPENED


# Between a city and the summit it names, at most two words that are neither a verb nor a small word ('the
# Sharm El-Sheikh peace summit', 'the Washington NATO summit'; not 'Astana hosted the summit').
_NAMING_GAP = re.compile(
    r"(?:\s+(?!(?:the|a|an|and|or|to|of|in|at|on|for|with|will|would|has|have|had|is|was|were|are)\b)"
    r"[\w'’.-]+(?<!ed)){0,2}\s+"
)


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
        if _EXCLUDED_PLACE.search(text, max(start, mention.start - 20), mention.start):
            continue  # 'a South Korean city other than Seoul': not where it took place
        if _SEAT_BEFORE.search(text, max(start, mention.start - 40), mention.start):
            continue  # 'the New Development Bank, headquartered in Shanghai': the bank's seat
        if _COMPOUND_AFTER.match(text, mention.end):
            continue  # 'took part in the Russia–Central Asia summit': a name, not where it was held
        if _event_word_between(context, trigger.end, mention.start):
            break  # 'The summit follows a ministerial meeting in Suva': the place of the nearer event
        if mention.end <= trigger.start and _EARLIER_CONJUNCT.search(text, mention.end, trigger.start):
            continue  # 'will host in Johannesburg in November, and the BRICS summit': the earlier conjunct's
        if cue("elided_occurrence").search(text, max(start, mention.start - 40), mention.start):
            break  # 'the second summit, after the first in Xi'an': the place of the earlier one
        before = cue("destination") if kind == "visit" else cue("locative")
        # 'at the NATO Washington summit', 'the Madrid summit': a city naming the summit is where it is held
        naming = (
            kind == "summit"
            and mention.kind == "place"
            and mention.end < trigger.start
            and _NAMING_GAP.fullmatch(text, mention.end, trigger.start) is not None
        )
        locative = naming or before.search(text, max(start, mention.start - 40), mention.start) is not None
        if locative and cue("topic_place").search(text, max(start, mention.start - 60), mention.start):
            locative = False  # 'reviewed the latest developments in Lebanon': what was discussed
        gap = text[previous_end : mention.start] if previous_end >= 0 else ""
        if (
            places
            and gap.strip() == ","
            and mention.kind == "country"
            and mention.country == places[-1].country
        ):
            continue  # 'Cholpon-Ata, Kyrgyzstan': the city's country, not a second place
        if places and _speaks(text, mention.end):
            break  # 'will hold talks in Moscow, Beijing said on Friday': the speaker, no second place
        if places:
            # further places only in a list with the first ('in Xi'an and Beijing', 'in Astana in October 2022
            # and in Cholpon-Ata in June 2023'), not 'in Laos on Wednesday, with the civil war in Myanmar'
            if cue("place_list_join").match(_without_times(context, previous_end, mention.start)):
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


_SPACE = re.compile(r"\s+")
_COMPOUND_AFTER = cue("compound_after")


def _speaks(text: str, end: int) -> bool:
    """Whether a verb of saying follows the name ending at `end` ('Beijing said')."""
    space = _SPACE.match(text, end)
    return space is not None and cue("speech").match(text, space.end()) is not None


def _event_word_between(context: Context, start: int, end: int) -> bool:
    starts = context.trigger_starts
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


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


_UNKNOWN_PLACE_AFTER = cue("unknown_place_after")


@functools.cache
def _not_place_words() -> frozenset[str]:
    titles = load_data("titles.json")
    return frozenset(
        [*titles["untitled_names"]["not_person_words"], *load_data("calendar_words.json")["words"]]
    )


def _unknown_place_after(context: Context, trigger: Trigger, clause_end: int) -> Place | None:
    """'We, the Foreign Ministers of ..., met today in Tromsø': a capitalized name right after a verb of
    meeting and 'in' is the town it was held in, known to the gazetteer or not."""
    after = _past_named_body(context, trigger.end, clause_end)
    match = _UNKNOWN_PLACE_AFTER.match(context.text[after:clause_end])
    if match is None:
        return None
    start, end = after + match.start("name"), after + match.end("name")
    if any(m.start < end and start < m.end for m in context.mentions_in(max(0, start - 40), end + 40)):
        return None  # a person, body or state, not a town
    if any(word in _not_place_words() for word in match.group("name").replace("-", " ").split()):
        return None  # 'met in Parliament', 'in January'
    return Place(name=match.group("name"))


_BODY_NAME_JOINER = cue("body_name_joiner")


def _past_named_body(context: Context, position: int, clause_end: int) -> int:
    """Where the words after a gathering word go on past the body it is of: 'the 17th Summit of the Economic
    Cooperation Organization (ECO) in Khankendi' goes on at ' in Khankendi'."""
    start = position
    for mention in context.mentions_in(position, clause_end):
        if mention.kind != "organization" or not _BODY_NAME_JOINER.fullmatch(
            context.text, position, mention.start
        ):
            break
        position = mention.end
    if position > start and context.text.startswith(")", position):
        position += 1  # the acronym's closing parenthesis
    return position


_HOST_BEFORE = cue("host_before")
_HOST_RELATIVE = cue("host_relative")
_HOST_VERB_AFTER = cue("host_verb_after")
# How far from a clause's end the 'which' opening a relative clause after it may stand (the clause may end
# before it or take it in)
_RELATIVE_OPENING_REACH = len(", which ")


def _hosting_place(
    context: Context, trigger: Trigger, sentence: Sentence, clause: tuple[int, int]
) -> Place | None:
    """The state or city hosting a gathering: 'India will host the BRICS summit next year', 'Beijing hosted
    a ministerial meeting', 'the summit of the Turkic states, which Uzbekistan will host in November'."""
    text = context.text
    for mention in reversed(context.mentions_in(clause[0], trigger.start)):
        if mention.place is not None and _HOST_BEFORE.fullmatch(text, mention.end, trigger.start):
            return _host_place(mention)
    window = (
        max(trigger.end, clause[1] - _RELATIVE_OPENING_REACH),
        min(sentence.end, clause[1] + _RELATIVE_OPENING_REACH),
    )
    opening = _HOST_RELATIVE.search(text, *window)
    if opening is None:
        return None
    host = next(iter(context.mentions_in(opening.end(), sentence.end)), None)
    if host is None or host.place is None or host.start != opening.end():
        return None
    return _host_place(host) if _HOST_VERB_AFTER.match(text, host.end) else None


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
    # 'would be in Kazakhstan from July 2 to 4, where he will attend': a state too, when named as a place
    named = [
        _host_place(m)
        for m in context.mentions_in(scope, end)
        if m.place is not None and (m.kind == "place" or (m.kind == "country" and _named_as_place(text, m)))
    ]
    return named[-1] if named else None


_IN_OR_TO = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")


def _named_as_place(text: str, mention: Mention) -> bool:
    return _IN_OR_TO.search(text, max(0, mention.start - 8), mention.start) is not None


_GUEST_VISITING = cue("guest_visiting")
_HOSTING_GUEST = cue("hosting_guest")
_FUTURE_HOSTING = re.compile(r"\b(?:to|will)\s+$")
# The guest's name starts this close after 'to host' (past an office and a nationality).
_GUEST_REACH = 50
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}$")
_PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
# the capitalized words of an office and a nationality between 'visiting' and the name
_TITLE_WORDS = re.compile(r"(?:\s+[A-Z][\w'.-]*){0,6}\s+")


# 'Berdimuhamedov made his first state visit': a verb or two, no preposition, between a name and 'his'
_VERB_BEFORE_POSSESSIVE = re.compile(
    r"\s+(?:(?!(?:on|in|at|during|for|with|to|from|after|before|about|of|and|or)\b)[a-z]+\s+){1,2}"
)


def _possessor_right_before(context: Context, possessive: int, people_before: list[Mention]) -> Entity | None:
    """The person named right before the verb that takes 'his' or 'her' ('When Serdar Berdimuhamedov made his
    first state visit to China'): the owner of the visit, not the subject of a sentence before."""
    named = [m for m in people_before if m.kind == "person" and m.entity is not None and m.end <= possessive]
    if not named or not _VERB_BEFORE_POSSESSIVE.fullmatch(context.text, named[-1].end, possessive):
        return None
    return named[-1].entity


def _attendees_where(context: Context, sentence: Sentence, start: int) -> list[Entity]:
    """'a summit in Kazakhstan in June, where Xi and the leaders of the region signed a treaty': those the
    clause after 'where' names, but not after a preposition, attended the summit."""
    end = clause_of(sentence, start)[1]
    return [
        m.entity
        for m in context.mentions_in(start, end)
        if m.kind == "person"
        and m.entity is not None
        and not OBJECT_BEFORE.search(context.text, max(start, m.start - 60), m.start)
    ]


# A phrase opening the sentence before its subject ('During his visit to Kenya, the Nigerian president ...').
_OPENING_PHRASE = re.compile(
    r"\s*(?:During|On|In|At|Throughout|After|Before|Ahead\s+of|Following|Upon)\b[^,;.]{0,80},\s*"
)


def _subject_after_opening(context: Context, sentence: Sentence, possessive: int) -> Entity | None:
    """The subject named right after the phrase the sentence opens with, when 'his' or 'her' stands in that
    phrase: 'During his visit to Kenya, Nigerian President Tinubu held talks' is Tinubu's visit."""
    opening = _OPENING_PHRASE.match(context.text, sentence.start, sentence.end)
    if opening is None or not possessive < opening.end():
        return None
    named = [m for m in context.mentions_in(opening.end(), sentence.end) if m.kind != "country"][:1]
    if not named or named[0].kind != "person":
        return None
    return named[0].entity if _SUBJECT_TITLE.fullmatch(context.text, opening.end(), named[0].start) else None


_OBJECT_PRONOUN = re.compile(r"(?:her|Her)\s+to\b")


def _possessor_in_clause(context: Context, clause_start: int, pronoun: int) -> list[Entity]:
    """'It will be Xi's second trip abroad ..., and his first visit to Kazakhstan': 'his' is the person whose
    name a possessive gave before it in the clause, or the one the clause opens with ('Sept. 11, 2019 —
    Tokayev, on his first state visit to China')."""
    if _OBJECT_PRONOUN.match(context.text, pronoun):
        return []  # 'Lula invited her to visit Brazil': she visits
    mentions = [m for m in context.mentions_in(clause_start, pronoun) if m.kind == "person" and m.entity]
    opening = context.text[clause_start : mentions[0].start].strip() if mentions else None
    if opening is not None and (not opening or only_honorifics(opening)):
        # ('Mrs. Meloni, for her part, visited Algiers ... on her first bilateral trip')
        return [mentions[0].entity] if mentions[0].entity is not None else []
    owners = [
        m.entity
        for m in mentions
        if m.entity is not None
        # ... or who does the verb after it ('after Dissanayake chose New Delhi for his first foreign trip')
        and (_POSSESSIVE_AFTER.match(context.text, m.end) or _subject_verb_after().match(context.text, m.end))
        # ('made a trip to Lee's hometown region in what is likely his last foreign visit': Lee is no subject)
        and not OBJECT_BEFORE.search(context.text, max(clause_start, m.start - 60), m.start)
    ]
    return owners[-1:]


@functools.cache
def _subject_verb_after() -> re.Pattern[str]:
    """A verb right after a name that makes the name its subject ('Dissanayake chose')."""
    verbs = load_data("titles.json")["untitled_names"]["verbs_after"]
    return re.compile(rf"\s+(?:{'|'.join(sorted({re.escape(v) for v in verbs}))})\b")


def _away_from_home(
    context: Context,
    candidate: Candidate,
    visitor: Entity | None,
    people_before: list[Mention],
    places: list[Place],
) -> Entity | None:
    """'Lamola held talks with Namibian President Nandi-Ndaitwah in Windhoek, the second day of a visit': the
    person named last before a visit is not its visitor when the visit is in their own country; the first
    person named before it who comes from elsewhere is."""
    if visitor is None or visitor.country is None:
        return visitor
    sentence = candidate.sentence
    named_before = context.mentions_in(sentence.start, candidate.trigger.start)
    where = {p.country for p in places if p.country} | {
        m.country for m in named_before if m.kind == "place" and m.country
    }
    if visitor.country not in where:
        return visitor
    elsewhere = [
        m.entity
        for m in people_before
        if m.kind == "person" and m.entity is not None and m.entity.country and m.entity.country not in where
    ]
    return elsewhere[0] if elsewhere else visitor


_INVITED_BY = cue("invited_by")
# How far after 'at the invitation of' the inviter is named, past an office ('Chinese President')
_INVITER_REACH = 60
_APPOSITIVE_POSSESSOR = re.compile(r"['’]s\s+[^,;]*,\s*")
_COMMA_BETWEEN = re.compile(r",\s*")


def _visitor_in_relative_clause(context: Context, trigger: Trigger, clause_end: int) -> Mention | None:
    """'The official visit to India that then prime minister KP Sharma Oli was scheduled to undertake', 'the
    visit Oli made to India': the person a relative clause after a visit noun tells of making it."""
    made = next(
        (
            m
            for m in context.mentions_in(trigger.end, clause_end)
            if m.kind == "person" and m.entity is not None
        ),
        None,
    )
    if (
        made is None
        or not cue("relative_visitor_before").match(context.text[trigger.end : made.start])
        or not cue("relative_visitor_verb_after").match(context.text[made.end : clause_end])
    ):
        return None
    return made


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
    # 'handed Khamenei a letter from King Salman, the most senior Saudi visit': the sender stays home
    people_before = [
        m
        for m in mentions
        if m.end <= trigger.start
        and m.kind in ("person", "group")
        and not absent(context, candidate.sentence, m)
    ]
    people_after = [
        m for m in mentions if m.start >= trigger.end and m.kind == "person" and m.entity is not None
    ]
    visitor: Entity | None = None
    hosting_state: str | None = None
    host_place = _place_host(context, trigger, candidate.clause[0]) if trigger.rule.cameo == "043" else None
    if host_place is not None:
        if not people_after or people_after[0].start - trigger.end > _GUEST_REACH:
            return []
        visitor = people_after[0].entity
        hosting_state = host_place.country
        if visitor is None or hosting_state is None or visitor.country == hosting_state:
            return []
        place = host_place.place or _country_place(hosting_state)
        places = [place] if place is not None else places
        people_after = []
    elif _HOSTING_GUEST.fullmatch(context.text, trigger.start, trigger.end):
        # 'Tokayev is due to host French President Emmanuel Macron in Astana': the guest named right after
        # visits the host's state
        if not _FUTURE_HOSTING.search(context.text, max(0, trigger.start - 8), trigger.start):
            return []
        host = people_before[-1].entity if people_before else None
        if not people_after or people_after[0].start - trigger.end > _GUEST_REACH or host is None:
            return []
        visitor = people_after[0].entity
        hosting_state = host.country
        if visitor is None or not hosting_state or visitor.country == hosting_state:
            return []
        people_after = []
    by_match = _BY_AFTER.match(after) or _OF_AFTER.match(after)  # 'a visit by X', 'the visit of X to Y'
    if by_match is not None:
        later = [m for m in people_after if m.start >= trigger.end + by_match.end()]
        if later:
            visitor = later[0].entity
            candidate.own_visitor = True
            people_after = [m for m in people_after if m is not later[0]]
    made = _visitor_in_relative_clause(context, trigger, candidate.clause[1]) if visitor is None else None
    if made is not None:
        visitor = made.entity
        candidate.own_visitor = True
        people_after = [m for m in people_after if m is not made]
    possessive = _POSSESSIVE_PRONOUN.search(context.text, max(0, trigger.start - 30), trigger.start)
    if visitor is None and possessive is not None:
        visitor = _subject_after_opening(context, candidate.sentence, possessive.start())
    if visitor is None and possessive is not None and candidate.people:
        visitor = _possessor_right_before(context, possessive.start(), people_before)
    if visitor is None and possessive is not None and candidate.people:
        # 'met Guyana's President Irfaan Ali on her first trip abroad': hers, the subject's, not Ali's
        subject = _possessor_in_clause(context, candidate.clause[0], possessive.start()) or earlier_subject(
            context, candidate.sentence, candidate.clause[0]
        )
        if not subject and trigger.rule.needs == "trip_destination":
            subject = earlier_subject(context, candidate.sentence, trigger.start)
        visitor = subject[0] if subject else None
    if (
        visitor is None
        and people_before
        and _GERUND.match(context.text, trigger.start)
        and _SUBJECTS_GERUND.search(context.text, max(0, trigger.start - 10), trigger.start)
    ):
        # 'She is to meet Prime Minister Chinh on Wednesday before travelling on to Bangkok': the subject
        # travels, not the person met
        visitor = _sentence_subject(context, candidate.sentence)
    if (
        visitor is None
        and people_after
        and context.text[trigger.start : trigger.end].lower() == "visiting"
        and _TITLE_WORDS.fullmatch(context.text, trigger.end, people_after[0].start)
        and _GUEST_VISITING.search(context.text, max(0, trigger.start - 24), trigger.start)
    ):
        # 'received visiting Tanzanian Prime Minister Kassim Majaliwa': the guest named right after visits
        visitor = people_after[0].entity
        people_after = people_after[1:]
        # ... the country of the one who receives them
        hosts_before = [
            m.entity.country
            for m in people_before
            if m.entity is not None
            and m.entity.country
            and visitor is not None
            and m.entity.country != visitor.country
        ]
        if hosts_before and not places:
            places = [p for p in [_country_place(hosts_before[-1])] if p is not None]
    if (
        visitor is None
        and context.text[trigger.start : trigger.end].lower() == "visiting"
        and _GUEST_VISITING.search(context.text, max(0, trigger.start - 24), trigger.start)
    ):
        return []  # 'received the visiting ministers jointly': the guests visit, not the host
    previous = context.previous_trigger(trigger.start)
    subjects = [m for m in people_before if candidate.clause[0] <= m.start and m.end <= previous]
    if visitor is None and subjects and cue("joined_verb").search(context.text, previous, trigger.start):
        # 'is scheduled to meet Speaker Sahiba Gafarova and visit the Sangachal terminal': the one who meets
        # visits, not the one met
        visitor = subjects[-1].entity
    pronoun = _PRONOUN_RIGHT_BEFORE.search(context.text, candidate.clause[0], trigger.start)
    if visitor is None and pronoun is not None:
        # 'Japarov raised it with Xi when he came to Beijing': the subject 'he' stands for, not the last named
        subject = earlier_subject(context, candidate.sentence, pronoun.start())
        visitor = subject[0] if subject else None
    if visitor is None and people_before:
        last = _head_of_appositive(context, people_before, trigger.start)
        if last.kind == "group":
            members = group_members(context, last, candidate.sentence)
            visitor = members[0] if members else None
        else:
            visitor = _away_from_home(context, candidate, last.entity, people_before, places)
    if visitor is None:
        # 'Noting that he paid a state visit to Kazakhstan in June, Xi said': the speaker after the phrase
        visitor = speaker_after_opening(context, candidate.sentence, trigger.start)
    if visitor is None:
        # the subject a pronoun or a relative clause stands for ('who is on a working visit')
        after_ids = {id(m.entity) for m in people_after}
        visitor = next((e for e in candidate.people if e.kind == "person" and id(e) not in after_ids), None)
    if _POSSESSIVE_PRONOUN.search(last_words(before, 30)) or _POSSESSIVE_NAME.search(last_words(before, 30)):
        candidate.own_visitor = True
    if visitor is not None and visitor.kind != "person":
        visitor = None  # a ministry or a company does not travel ('the Service', 'Gazprom')
    phrase = cue("visit_phrase").search(before) if visitor is None else None
    if phrase is not None:
        visitor = _traveller_around_phrase(context, candidate, candidate.clause[0] + phrase.start())
    # 'The last visit of a Kazakh Senate speaker to China took place in 2019': someone of a state made it
    generic = _generic_visitor_state(context, trigger, visitor, after)
    if generic is not None:
        # '... took place in 2023, when the then Prime Minister Alikhan Smailov held talks': the one of that
        # state the sentence names after the visit made it
        visitor = next(
            (
                m.entity
                for m in context.mentions_in(trigger.end, candidate.sentence.end)
                if m.kind == "person"
                and m.entity is not None
                and m.entity.country == generic
                and m.entity.title
            ),
            None,
        )
    if visitor is None and not candidate.anaphoric and generic is None:
        return []  # 'travel to Pakistan', 'when visiting Kenya': nobody in particular travels
    attending = context.text[trigger.start : trigger.end].lower().startswith("attend")
    if attending and (visitor is None or visitor.country is None):
        return []  # attending something is a visit only for someone known to come from elsewhere
    if attending and _PASSIVE_BY.match(after):
        return []  # 'the summit was attended by the presidents of Congo and Chad': guests of one event
    home = visitor.country if visitor is not None else generic
    if home is None and visitor is not None:
        # 'Denmark's King Frederik and Queen Mary arrived': the state of a fellow traveller joined to them
        home = next(
            (f.country for f in _fellow_travellers(context, people_before, visitor, "") if f.country), None
        )
    hosts: list[str] = []
    host_places: dict[str, Place] = {}
    host_ends: dict[str, int] = {}
    host_starts: dict[str, int] = {}
    reach = min(candidate.clause[1], trigger.end + _HOST_REACH)
    following = context.next_trigger(trigger.end, reach)
    # 'went to Seoul, reviving ... visits, and in August joined Biden': no hosts; 'a visit he followed with a
    # trip to Beijing': the places after the next trip word are that trip's
    if _SEPARATE_PHRASE.search(context.text, trigger.end, following) or _TRIP_WORD.match(
        context.text, following
    ):
        reach = following
    for mention in context.mentions_in(trigger.end, reach):
        if mention.kind in ("country", "place") and mention.country and mention.place is not None:
            if mention.kind == "country" and not mention.place.name[:1].isupper():
                continue
            if _EXCLUDED_PLACE.search(context.text, max(trigger.end, mention.start - 20), mention.start):
                continue
            if _TOPIC_BEFORE.search(context.text, max(trigger.end, mention.start - 20), mention.start):
                continue  # 'attended the peace summit on Gaza': what the summit was about
            if mention.country == home:
                continue
            hosts.append(mention.country)
            host_places.setdefault(mention.country, _host_place(mention))
            host_ends.setdefault(mention.country, mention.end)
            host_starts.setdefault(mention.country, mention.start)
        elif (
            mention.kind == "person"
            and mention.entity is not None
            and mention.entity.country
            and (visitor is None or mention.entity.country != visitor.country)
        ):
            hosts.append(mention.entity.country)
    for place in places:
        if place.country and (home is None or place.country != home):
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
    if hosting_state is not None:
        hosts = [hosting_state]
        host_places = {hosting_state: host_places[hosting_state]} if hosting_state in host_places else {}
    chosen = (
        _chosen_destination(context, trigger, mentions) if trigger.rule.needs == "trip_destination" else None
    )
    if chosen is not None and chosen.country and (visitor is None or visitor.country != chosen.country):
        hosts, host_places = [chosen.country], {chosen.country: _host_place(chosen)}
    elif trigger.rule.needs in ("story_place", "trip_destination"):
        hosts, host_places = [], {}
        filed_from = context.dateline.place if context.dateline is not None else None
        if trigger.rule.needs == "trip_destination" and visitor is not None and visitor.country:
            # 'the two presidents met in Tegucigalpa, when Arévalo made his first trip abroad': where the
            # sentence has them meet, abroad for the traveller
            abroad = [
                m.place
                for m in context.mentions_in(candidate.sentence.start, trigger.start)
                if m.kind == "place" and m.place is not None and m.country not in (None, visitor.country)
            ]
            filed_from = abroad[-1] if abroad else filed_from
        if (
            filed_from is not None
            and filed_from.country
            and visitor is not None
            and visitor.country not in (None, filed_from.country)
        ):
            hosts, host_places = [filed_from.country], {filed_from.country: filed_from}
    if not hosts and visitor is not None and _THE_COUNTRY.match(after):
        hosts = _country_named_before(context, candidate, visitor)
    if not hosts and visitor is not None:
        hosts = _inviter_state(context, candidate.sentence, visitor)
    hosts = list(dict.fromkeys(hosts))
    candidate.visitor = visitor
    candidate.visit_type = _visit_type(before + " " + after[:20])
    if not hosts:
        if trigger.rule.needs in ("story_place", "trip_destination"):
            return []  # an arrival at home, or of someone whose state is not known
        if trigger.rule.needs == "place_after" and (not places or attending):
            return []  # 'attended the parade in Moscow' at home, 'flew to Washington' from the same country
        if (
            places
            and visitor is not None
            and visitor.country
            and all(p.country == visitor.country for p in places)
        ):
            return []  # 'is expected to land in Sydney tonight': a trip home is no visit
        candidate.location = places[0] if places else None
        # 'The state visit will conclude on 25 September': a visit named again tells more of the one before
        return [candidate] if visitor is not None or candidate.anaphoric else []
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
        fellows = _fellow_travellers(context, people_before, visitor, code)
        # 'Xi Jinping and Vladimir Putin both visited Astana': leaders of two states make two trips, unless
        # they travel together ('the first joint visit of the Weimar Triangle leaders') or for one body
        apart = [
            f
            for f in fellows
            if visitor is not None
            and f.country
            and visitor.country  # 'King Frederik and Queen Mary': a state not known is no other state
            and f.country != visitor.country
            and f.affiliation is None
            and visitor.affiliation is None
            and not cue("joint").search(candidate.sentence.text)
        ]
        fellows = [f for f in fellows if f not in apart]
        people = unique([*fellows, *([visitor] if visitor is not None else []), *host_people])
        countries = list(dict.fromkeys([*([home] if home else []), code]))
        location = host_places.get(code) or _country_place(code)
        visit = attrs.evolve(
            candidate,
            people=people,
            countries=countries,
            host_country=code,
            location=location,
            split_key=code if len(hosts) > 1 else "",
        )
        if len(hosts) > 1 and code in host_ends:
            own = _day_after_destination(context, candidate, host_ends[code]) or _day_before_destination(
                context, candidate, trigger.end, host_starts[code]
            )
            # 'arrived in Kazakhstan on Thursday for a three-day visit': that day opens the stay already dated
            if own is not None and not (candidate.when.is_range and own.start == candidate.when.start):
                visit.when, visit.date_source = own, "text"
                if _after_publication(context, own) and visit.status is Status.HAPPENED:
                    visit.status = Status.PLANNED  # 'arrived in A on Thursday and leaves for B on Sunday'
        if len(hosts) > 1 and visit.when is candidate.when and _tour_start_day(context, candidate):
            # 'will travel to Panama, El Salvador, Costa Rica and Guatemala on a trip that begins Saturday':
            # the day the tour begins is no leg's of it
            visit.when, visit.date_source = When.unknown(), "none"

        visits.append(visit)
        for fellow in apart:
            if fellow.country == code:
                continue
            visits.append(
                attrs.evolve(
                    visit,
                    people=unique([fellow, *host_people]),
                    countries=list(dict.fromkeys([fellow.country or "", code])),
                    visitor=fellow,
                    split_key=f"{visit.split_key}/{fellow.name}",
                )
            )
    return visits


_TOUR_START = cue("tour_start")
# The words saying a day is when a trip begins stand this close before it
_TOUR_START_REACH = 30


def _tour_start_day(context: Context, visit: Candidate) -> bool:
    """The visit is dated by a single day written as the day its trip begins ('on a trip that begins
    Saturday', 'starting on Monday')."""
    when = visit.when
    if when.precision is not Precision.DAY or when.is_range:
        return False
    sentence = visit.sentence
    return any(
        t.when == when
        and _TOUR_START.search(context.text, max(sentence.start, t.start - _TOUR_START_REACH), t.start)
        for t in context.times_in(sentence.start, sentence.end)
    )


def _inviter_state(context: Context, sentence: Sentence, visitor: Entity) -> list[str]:
    """'At the invitation of President Xi Jinping, Gustavo Petro will pay a state visit': a visit that names
    no destination goes to the state of the one who invited."""
    invitation = _INVITED_BY.search(sentence.text)
    if invitation is None:
        return []
    start = sentence.start + invitation.end()
    for mention in context.mentions_in(start, min(sentence.end, start + _INVITER_REACH)):
        code = mention.entity.country if mention.entity is not None else mention.country
        if mention.kind in ("person", "country") and code:
            return [code] if code != visitor.country else []
    return []


def _head_of_appositive(context: Context, people_before: list[Mention], end: int) -> Mention:
    """The person named last before `end`, unless that name is the possessor in an appositive about the
    one before ("Massad Boulos, Trump's senior adviser for Africa, visited"): then the one before."""
    last = people_before[-1]
    if len(people_before) < 2 or not _APPOSITIVE_POSSESSOR.match(context.text, last.end, end):
        return last
    head = people_before[-2]
    if _COMMA_BETWEEN.fullmatch(context.text, head.end, last.start):
        return head
    return last


def _traveller_around_phrase(context: Context, candidate: Candidate, start: int) -> Entity | None:
    """'Tokayev, on his first state visit to China as president, ...': the name right before the phrase;
    'On a state visit to Kazakhstan, Xi Jinping proposed ...': the subject right after it."""
    sentence = candidate.sentence
    end = context.text.find(",", candidate.trigger.end, sentence.end)
    if end == -1:
        return None
    people = [m for m in context.mentions_in(sentence.start, sentence.end) if m.kind == "person" and m.entity]
    before = [m for m in people if m.end <= start]
    if before and not context.text[before[-1].end : start].strip(" ,"):
        return before[-1].entity
    after = [m for m in people if m.start >= end]
    if after and not context.text[end : after[0].start].strip(" ,"):
        return after[0].entity
    return None


def _generic_visitor_state(
    context: Context, trigger: Trigger, visitor: Entity | None, after: str
) -> str | None:
    """The state of an unnamed visitor ('a visit of a Kazakh Senate speaker to China') of a visit said to
    have taken place, else None."""
    found = cue("generic_visitor").match(after)
    if visitor is not None or found is None or not cue("held_after").match(after):
        return None
    start = trigger.end + found.end()
    adjective = next(iter(context.mentions_in(start, start + 30)), None)
    if adjective is None or adjective.start != start or adjective.kind != "country":
        return None
    return adjective.country


def _seat_speaking(subject: list[Mention]) -> list[Entity]:
    """'..., Beijing announced on Friday': a capital right before the verb speaks for its government."""
    seats = [m for m in subject if m.kind == "place" and m.capital and m.place is not None]
    if not seats or seats[-1] is not subject[-1] or seats[-1].place is None:
        return []
    return [Entity(kind="organization", name=seats[-1].place.name, country=seats[-1].country)]


_SCHEDULED_PRESENT = cue("scheduled_present")


def _after_publication(context: Context, when: When) -> bool:
    return context.published is not None and when.start is not None and when.start > context.published


def _scheduled_present(context: Context, trigger: Trigger, clause_end: int) -> bool:
    """A trip in the present simple with a weekday after it ('travels to Bishkek on Friday') is on the
    schedule: the weekday is the coming one."""
    if not _SCHEDULED_PRESENT.fullmatch(context.text, trigger.start, trigger.end):
        return False
    if _INFINITIVE_BEFORE.search(context.text, max(0, trigger.start - 4), trigger.start):
        return False  # 'travelled to Astana to meet Tokayev on Monday': the trip's purpose, not a schedule
    # ('travels on Thursday to Abu Dhabi': the weekday may stand inside the event word)
    return any(t.rule.startswith("weekday") for t in context.times_in(trigger.start, clause_end))


# A destination's own day is written this close after it ('to Bishkek on Friday and to Dushanbe on Saturday').
_DESTINATION_DAY_REACH = 16


def _day_after_destination(context: Context, candidate: Candidate, end: int) -> When | None:
    """'travels to Bishkek on Friday and to Dushanbe on Saturday': each stop of a trip on the day written
    right after it."""
    reach = min(candidate.clause[1], end + _DESTINATION_DAY_REACH)
    for time in context.times_in(end, reach):
        if usable_time(time) and time.when is not None and time.when.is_known:
            if candidate.status is Status.PLANNED:
                return ahead_if_planned(time, context.published)
            return time.when
    return None


_DAY_THEN_DESTINATION = re.compile(r"\s+to\s+(?:the\s+)?$")


def _day_before_destination(
    context: Context, candidate: Candidate, start: int, destination: int
) -> When | None:
    """'will travel on Wednesday to Banjul ..., and on Thursday to Dakar': a later stop of a trip on the day
    written right before it."""
    for time in context.times_in(start, destination):
        if (
            _DAY_THEN_DESTINATION.fullmatch(context.text, time.end, destination)
            and usable_time(time)
            and time.when is not None
            and time.when.is_known
        ):
            if candidate.status is Status.PLANNED:
                return ahead_if_planned(time, context.published)
            return time.when
    return None


def _chosen_destination(context: Context, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """'chose Bratislava for his first foreign trip', 'made Jakarta his first bilateral visit': the place a
    verb of choosing names before the trip; 'His first trip abroad as president was to New Delhi': the place
    the trip is said to have gone to."""
    for mention in mentions:
        if (
            mention.start >= trigger.end
            and mention.kind in ("place", "country")
            and mention.place is not None
            and _DESTINATION_AFTER.search(context.text[trigger.end : mention.start])
        ):
            return mention
    for mention in reversed(mentions):
        if mention.end > trigger.start or mention.kind not in ("place", "country") or mention.place is None:
            continue
        if cue("chosen_destination").search(context.text, max(0, mention.start - 20), mention.start):
            return mention
    return None


_DESTINATION_AFTER = cue("destination_after")
_EXCLUDED_PLACE = cue("excluded_place")
_TOPIC_BEFORE = cue("topic_before")
_TRIP_WORD = re.compile(r"(?:trip|tour|journey|visit|travel)", re.IGNORECASE)
_FROM_BEFORE = cue("origin_before")
_SEPARATE_PHRASE = re.compile(r",\s|\band\b")


def _host_place(mention: Mention) -> Place:
    assert mention.place is not None
    if mention.kind == "country":
        return _country_place(mention.place.country or "") or mention.place
    return mention.place


def _country_place(code: str) -> Place | None:
    try:
        return Place(name=country_name(code), country=code)
    except ValueError:
        return None


def _visit_type(text: str) -> str | None:
    match = cue("visit_type").search(text)
    return match.group(1).lower() if match else None
