"""The wording of dates and the cleaning of text and links that every export shares."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.export.strategies import hostile_text
from tests.strategies import whens
from timeline import Agreement, When
from timeline.export.facts import event_facts
from timeline.export.labels import date_label, kind_label, label_examples
from timeline.export.text import clean_text, link_url
from timeline.model import EVENT_KINDS


@pytest.mark.parametrize("example", label_examples(), ids=lambda e: f"{e['value']}~{e['modifier']}")
def test_each_date_is_said_at_its_precision(example: dict[str, Any]) -> None:
    assert date_label(When.from_timex(example["value"], example["modifier"])) == example["label"]


@given(whens)
def test_every_date_has_a_one_line_label(when: When) -> None:
    label = date_label(when)
    assert label and label == clean_text(label)


def test_every_kind_has_a_label() -> None:
    assert {kind: kind_label(kind) for kind in EVENT_KINDS} == {
        "meeting": "Meeting",
        "visit": "Visit",
        "agreement": "Agreement",
        "summit": "Summit",
        "call": "Call",
        "statement": "Statement",
        "other": "Other",
    }


@given(hostile_text)
def test_clean_text_is_one_line_without_controls(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(ord(ch) < 32 or 127 <= ord(ch) < 160 or 0xD800 <= ord(ch) < 0xE000 for ch in cleaned)
    assert clean_text(cleaned) == cleaned


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://astanatimes.com/?p=112068", "https://astanatimes.com/?p=112068"),
        ("HTTPS://Example.ORG", "https://example.org/"),
        ("https://example.org/x_(y)?q=a b", None),
        ("https://example.org/x_(y)?q=ü", "https://example.org/x_%28y%29?q=%C3%BC"),
        ("https://example.org/a\\b#f#g", "https://example.org/a%5Cb#f%23g"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("https://example.org:8080/a", "https://example.org:8080/a"),
        ("javascript:alert(1)", None),
        ("mailto:press@example.org", None),
        ("https://user:secret@example.org/", None),
        ("https://example.org:99999/", None),
        ("https://exa_mple.org/", None),
        ("https://例子.org/", None),
        ("//example.org/a", None),
        ("https://example.org/\nBEGIN:VEVENT", None),
        ("", None),
        (None, None),
    ],
)
def test_links_are_plain_http_urls_or_nothing(url: str | None, link: str | None) -> None:
    assert link_url(url) == link


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp"))))
def test_any_link_is_free_of_characters_the_exports_read(path: str) -> None:
    link = link_url("https://example.org/" + path)
    assert link is not None and link.isascii()
    assert not set(link) & set(' "<>()\\`{}|^')


def test_parties_given_as_country_codes_are_said_by_name() -> None:
    signing = Agreement(
        id="ev-visas",
        title="Kazakhstan and China sign visa agreement",
        when=When.from_timex("2024-05-20"),
        parties=("KAZ", "CHN", "Sunwah Group"),
    )
    assert dict(event_facts(signing).details)["Parties"] == "Kazakhstan; China; Sunwah Group"
