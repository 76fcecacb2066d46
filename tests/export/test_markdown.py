"""Markdown export: the Mermaid diagram, the chronology's order, and escaping of every value."""

from __future__ import annotations

import re

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.export.fixtures import hostile_timeline, sample_timeline
from tests.export.strategies import hostile_events, hostile_text, shuffled_hostile_timeline
from timeline import MarkdownOptions, Meeting, Status, Timeline, When, to_markdown
from timeline.export.facts import event_title
from timeline.export.markdown import markdown_text, mermaid_text
from timeline.export.text import clean_text

ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
NEVER_BARE = set("\\`*_{}[]<>#+!|~&$")

# The lexer of Mermaid's timeline grammar (timeline.jison), first matching rule wins as in jison.
MERMAID_RULES = [
    ("skip", re.compile(r"%%(?!\{)[^\n]*", re.I)),
    ("skip", re.compile(r"[^\}]%%[^\n]*", re.I)),
    ("newline", re.compile(r"\n+")),
    ("skip", re.compile(r"\s+")),
    ("skip", re.compile(r"#[^\n]*")),
    ("timeline", re.compile(r"timeline", re.I)),
    ("title", re.compile(r"title\s[^\n]+", re.I)),
    ("acc", re.compile(r"acc(?:Title|Descr)\s*[:{]", re.I)),
    ("section", re.compile(r"section\s[^:\n]+", re.I)),
    ("event", re.compile(r":\s(?:[^:\n]|:(?!\s))+")),
    ("period", re.compile(r"[^#:\n]+")),
    ("invalid", re.compile(r".", re.S)),
]


def mermaid_tokens(diagram: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(diagram):
        for name, rule in MERMAID_RULES:
            match = rule.match(diagram, position)
            if match:
                if name != "skip":
                    tokens.append((name, match.group()))
                position = match.end()
                break
    return tokens


def diagram_of(markdown: str) -> str:
    match = re.search(r"^```mermaid\n(.*?)^```$", markdown, re.S | re.M)
    assert match is not None, "no Mermaid block"
    return match.group(1)


def diagram_events(markdown: str) -> list[str]:
    """The event texts Mermaid reads from the diagram; fails on anything its lexer rejects."""
    diagram = diagram_of(markdown)
    assert "%%" not in diagram and not re.search(r"#\w+;", diagram)  # no directive, no entity code
    tokens = mermaid_tokens(diagram)
    assert tokens[0][0] == "timeline"
    assert all(kind != "invalid" for kind, _ in tokens), tokens
    lines = [line for line in diagram.splitlines()[1:] if line.strip()]
    assert len([kind for kind, _ in tokens if kind in ("title", "section", "period")]) == len(lines)
    title = next(text for kind, text in tokens if kind == "title")
    assert not set("#;") & set(title)  # older Mermaid releases end a title there
    return [text[2:].strip() for kind, text in tokens if kind == "event"]


def unescape_commonmark(text: str) -> str:
    """The text CommonMark shows for `text`, failing if any character would be read as syntax."""
    shown, position = [], 0
    while position < len(text):
        char = text[position]
        if char == "\\":
            assert position + 1 < len(text) and text[position + 1] in ASCII_PUNCTUATION, text
            shown.append(text[position + 1])
            position += 2
            continue
        assert char not in NEVER_BARE, (char, text)
        shown.append(char)
        position += 1
    return "".join(shown)


@settings(max_examples=300)
@given(hostile_text)
def test_markdown_text_renders_exactly_the_cleaned_text(text: str) -> None:
    escaped = markdown_text(text)
    assert unescape_commonmark(escaped) == clean_text(text)
    assert "\n" not in escaped
    assert not re.match(r"\d+[.)]|[-=]", escaped)  # cannot start a list item or a setext underline


@settings(max_examples=300)
@given(hostile_text)
def test_mermaid_text_is_one_event_to_the_mermaid_lexer(text: str) -> None:
    shown = mermaid_text(text) or "x"
    assert diagram_events(f"```mermaid\ntimeline\n    title t\n        May 2024 : {shown}\n```\n") == [shown]


def test_page_starts_with_the_diagram_then_years_months_and_unknown_dates_last() -> None:
    page = to_markdown(sample_timeline(), MarkdownOptions(title="Kazakhstan and China"))
    assert page.startswith("# Kazakhstan and China\n\n20 events from 6 documents.\n\n```mermaid\ntimeline\n")
    headings = re.findall(r"^(#{2,3}) (.+)$", page, re.M)
    assert headings[:4] == [("##", "1990"), ("##", "1992"), ("###", "January 1992"), ("##", "2001")]
    assert headings[-1] == ("##", "Date unknown")
    years = [int(text) for level, text in headings if level == "##" and text.isdigit()]
    assert years == sorted(years)
    unknown = page.split("## Date unknown", 1)[1]
    assert "**9 February, year unknown** — Tokayev meets Sunwah Group Chairman Cai Guanxian" in unknown
    assert (
        "**in the future** — Third Kazakhstan\\-China" not in unknown
    )  # `-` is only escaped at a line start
    assert "**in the future** — Third Kazakhstan-China interregional cooperation forum *(planned)*" in unknown


def test_each_event_is_one_item_with_date_kind_place_participants_and_linked_sources() -> None:
    page = to_markdown(sample_timeline())
    item = page.split("- **20 May 2024** — ", 1)[1].split("\n- ", 1)[0]
    assert item.splitlines() == [
        "Tokayev meets Chinese Foreign Minister Wang Yi",
        "  - Meeting · Astana, Kazakhstan",
        "  - Participants: Kassym-Jomart Tokayev (President, Kazakhstan); Wang Yi (Foreign Minister, China)",
        "  - Sources:",
        "    - [Xinhua (via english.www.gov.cn)](https://english.www.gov.cn/news/202405/21/"
        "content_WS664ea0adc6d0868f4e8e75c1.html), published 21 May 2024: “Kazakh President Kassym-Jomart "
        "Tokayev on Monday met here with Chinese Foreign Minister Wang Yi.”",
        "",
        "### June 2024",
    ]
    assert "- **5 July 2024** — Xi Jinping to visit Tajikistan *(planned)*" in page
    assert (
        "- **week 40 of 2024** — Planned visit of a Kazakh trade delegation to Urumqi *(cancelled)*" in page
    )
    assert "- **early 2011** — China lends \\$1.7 billion to Samruk-Kazyna" in page


def test_year_only_events_sit_under_the_year_before_its_months() -> None:
    page = to_markdown(sample_timeline())
    year_2023 = page.split("\n## 2023\n", 1)[1].split("\n## 2024\n", 1)[0]
    assert year_2023.index("**2023** — Xi and Tokayev") < year_2023.index("### May 2023")
    assert year_2023.index("**summer 2023**") < year_2023.index("### May 2023")


def test_the_diagram_names_every_dated_event_in_order() -> None:
    timeline = sample_timeline()
    dated = [event for event in timeline.events if event.when.start is not None]
    expected = [
        mermaid_text(event_title(event))
        + ("" if event.status is Status.HAPPENED else f" ({event.status.value})")
        for event in dated
    ]
    assert sorted(diagram_events(to_markdown(timeline))) == sorted(expected)
    assert "        July 2024 : China announces Xi's visits" in to_markdown(timeline)


def test_a_large_timeline_shows_counts_per_year_then_per_decade() -> None:
    events = [
        Meeting(id=f"ev-{n}", title="Talks", when=When.from_timex(f"{2000 + n % 5}-05-20")) for n in range(50)
    ]
    assert diagram_events(to_markdown(events, MarkdownOptions(diagram_limit=10))) == ["10 events"] * 5
    spread = [attrs.evolve(event, when=When.from_timex(f"{1900 + n * 3}")) for n, event in enumerate(events)]
    counts = diagram_events(to_markdown(spread, MarkdownOptions(diagram_limit=20)))
    assert len(counts) == 15  # decades from the 1900s to the 2040s
    assert sum(int(count.split()[0]) for count in counts) == len(spread)


def test_a_timeline_without_dated_events_says_so_instead_of_an_empty_diagram() -> None:
    page = to_markdown(Timeline(events=[Meeting(id="e", title="Talks")]))
    assert "```mermaid" not in page and "No event with a known date yet." in page


def test_hostile_pages_keep_their_shape() -> None:
    for timeline in (hostile_timeline(), shuffled_hostile_timeline()):
        page = to_markdown(timeline, MarkdownOptions(diagram_limit=100))
        items = [line for line in page.splitlines() if line.startswith("- ")]
        assert len(items) == len(timeline.events)
        assert all(re.match(r"^- \*\*[^*]+\*\* — ", line) for line in items)
        body = page.split("\n", 3)[3]  # after the heading and the summary line
        assert not re.search(r"^(?!#{1,3} |- |  - |    - |```|timeline|    |$)", body, re.M)
        dated = [event for event in timeline.events if event.when.start is not None]
        assert len(diagram_events(page)) == len(dated)


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_events(), max_size=4))
def test_hostile_events_give_one_item_each_and_a_readable_diagram(items: list) -> None:
    timeline = Timeline(events=items)
    page = to_markdown(timeline)
    assert len([line for line in page.splitlines() if line.startswith("- **")]) == len(items)
    if any(event.when.start is not None for event in items):
        assert len(diagram_events(page)) == len([e for e in items if e.when.start is not None])


def test_identical_input_gives_identical_text() -> None:
    timeline = sample_timeline()
    shuffled = Timeline(events=list(reversed(timeline.events)), documents=timeline.documents)
    assert to_markdown(timeline) == to_markdown(shuffled)
