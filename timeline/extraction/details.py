"""What an event is called and what it is worth: instruments and amounts of agreements, names of
summits, labels of statements."""

from __future__ import annotations

import functools
import re

from timeline.extraction.context import Candidate
from timeline.extraction.lexicon import cue, load_data
from timeline.extraction.triggers import Trigger
from timeline.model import Amount

INSTRUMENT = cue("instrument")


AMOUNT = re.compile(
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


_QUOTED_NAME = re.compile(r"^[^,;.]{0,60}?['\"‘“][^'\"’”]{2,60}['\"’”]")


_NOUN_PHRASE_BEFORE = cue("name_words_before")


_CAPITALIZED_INSTRUMENT = cue("instrument_name")


def add_agreement_details(candidate: Candidate, clause: str, trigger: Trigger, text: str) -> None:
    word = text[trigger.start : trigger.end].lower()
    if word.startswith(("loan", "credit")):
        amount = None
        for match in AMOUNT.finditer(text, max(candidate.clause[0], trigger.start - 40), trigger.start):
            amount = match
        if amount is not None:
            candidate.amount = _amount(amount)
            candidate.instrument = f"{amount.group().strip()} {word}"
        else:
            candidate.instrument = word
        return
    offset = candidate.clause[0]
    named = [(m, _without_article(m.group(1))) for m in _CAPITALIZED_INSTRUMENT.finditer(clause)]
    # 'The Association Agreement' is named; 'The Agreement' opening a sentence is not
    named = [(m, name) for m, name in named if name.split()[0] not in ("The", "A")]
    # what is signed stands after the word of signing ('signed a joint statement and witnessed the signing
    # of more than 20 cooperation documents'), what was signed before it in the passive
    named_after = [pair for pair in named if offset + pair[0].start() >= trigger.end]
    nouns = list(INSTRUMENT.finditer(clause))
    nouns_after = [m for m in nouns if offset + m.start() >= trigger.end]
    if named_after or (named and not nouns_after):
        candidate.instrument = min(
            named_after or named, key=lambda pair: abs(offset + pair[0].start() - trigger.start)
        )[1]
    elif nouns:
        nearest_noun = min(nouns_after or nouns, key=lambda m: abs(offset + m.start() - trigger.start))
        start = nearest_noun.start()
        words = clause[max(0, start - 40) : start].split()[-2:]
        skipped = _FUNCTION_WORDS | _calendar_words()
        words = [w for w in words if w.isalpha() and w.lower() not in skipped and w not in skipped]
        candidate.instrument = " ".join([*words, nearest_noun.group()])
    for match in AMOUNT.finditer(clause):
        candidate.amount = _amount(match)
        break


def _without_article(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words and words[0] in ("The", "A") and len(words) > 2 else words)


_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "of", "on", "and", "to", "in", "for", "with", "signed", "sign", "signing", "inked",
        "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "than",
        "some", "also", "were", "was", "have", "has", "had", "be", "been", "issued", "released", "adopted",
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


def summit_name(text: str, trigger: Trigger, start: int, end: int) -> str | None:
    before = _NOUN_PHRASE_BEFORE.search(text, max(start, trigger.start - 80), trigger.start)
    head = before.group(1) if before is not None else ""
    name = head + text[trigger.start : trigger.end]
    rest = text[trigger.end : end]
    # 'session of the UN General Assembly': the event word may end with its 'of the'
    joined = re.search(r"\s(?:of|on)(?:\s+the)?$", name) is not None
    of_phrase = re.match(
        (r"\s+" if joined else r"\s+(?:of|on)\s+")
        + r"(?!(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
        r"February|March|April|May|June|July|August|September|October|November|December)\b)"
        # 'summit of China, Japan and South Korea': the phrase may list names, the last joined by 'and'
        r"[^,;.()]{2,80}?(?:(?:,\s+[A-Z][^,;.()]{1,40}?)*,?\s+and\s+[A-Z][^,;.()]{1,40}?)?"
        r"(?=\s+(?:in|on|at|will|is|was|marks|to|held|and\s+(?:was|were|is|are|will|has|had))\b|[,;.]|$)",
        rest,
    )
    if of_phrase is not None:
        name += of_phrase.group()
    quoted = _QUOTED_NAME.match(rest)
    if quoted is not None and (of_phrase is None or quoted.end() > len(of_phrase.group())):
        name = head + text[trigger.start : trigger.end] + quoted.group()
    name = " ".join(name.split()).strip(" ,")
    return name or None


def statement_label(text: str, trigger: Trigger, end: int) -> str:
    limit = min(end, trigger.end + 90)
    rest = text[trigger.start : limit]
    if limit < end and text[limit : limit + 1].isalnum():
        rest = rest.rsplit(" ", 1)[0]  # whole words only
    rest = re.split(r"[,;.]\s", rest)[0]
    words = rest.split()
    while len(words) > 1 and words[-1].lower() in _FUNCTION_WORDS | {"by", "under", "at", "from"}:
        words.pop()  # no dangling function word at the end of a cut label
    return " ".join(words)
