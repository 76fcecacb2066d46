"""Timelines as Markdown for documentation: a Mermaid diagram, then the chronology.

The document starts with a Mermaid ``timeline`` diagram (rendered by GitHub,
GitLab and MkDocs Material) so readers see the shape of the timeline first;
then every event is one list item, under a heading per year and per month,
with its date at its precision, title, status when it did not simply happen,
kind, place, participants and linked sources with their quoted evidence.
Events with an unknown date come last, under their own heading.

Every value from the data is escaped for CommonMark (`markdown_text`), so a
title with ``|``, ``*``, ``[``, ``<script>`` or a leading ``#`` renders as
text; inside the diagram the characters Mermaid's timeline grammar reads
(``:``, ``#``, ``;``, ``%%``, ``<``/``>``) are replaced (`mermaid_text`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

import attrs

from timeline.export.facts import EventFacts, SourceFacts, event_facts, event_title
from timeline.export.labels import caption, count_label, month_name, status_label, summary_label
from timeline.export.text import clean_text
from timeline.model import DocumentRef, Event, Status, Timeline

# Every ASCII character that CommonMark or GitHub (tables, strikethrough, math) may read as syntax
# in running text.  `-`, `.`, `=` and digits matter only at the start of a line: see below.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~&$])")
_LINE_START_SPECIAL = re.compile(r"^(\d+)([.)])|^([-=])")
_MERMAID_REPLACEMENTS = str.maketrans({":": "∶", ";": ",", "#": "＃", "<": "‹", ">": "›"})
_MERMAID_PERCENTS = re.compile(r"%{2,}")
_DIAGRAM_TEXT_LENGTH = 60


@attrs.frozen(slots=True, kw_only=True)
class MarkdownOptions:
    """How a timeline becomes a Markdown page.

    `title` is the page's heading and the diagram's title. `diagram` turns
    the Mermaid diagram on or off. The diagram names each event when the
    timeline has at most `diagram_limit` dated events; otherwise it shows
    how many events each year (or decade, or century) has, so that it stays
    readable.
    """

    title: str = "Timeline"
    diagram: bool = True
    diagram_limit: int = attrs.field(default=40, validator=attrs.validators.ge(1))


def markdown_text(text: str) -> str:
    """`text` on one line, escaped so that CommonMark renders it exactly as text."""
    escaped = _INLINE_SPECIAL.sub(r"\\\1", clean_text(text))
    return _LINE_START_SPECIAL.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def mermaid_text(text: str, limit: int = _DIAGRAM_TEXT_LENGTH) -> str:
    """`text` as the text of a Mermaid timeline item: one short line, nothing the grammar reads."""
    text = _MERMAID_PERCENTS.sub("%", clean_text(text).translate(_MERMAID_REPLACEMENTS))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def to_markdown(
    events_or_timeline: Timeline | Iterable[Event], options: MarkdownOptions | None = None
) -> str:
    """The Markdown page of a timeline (or of bare events)."""
    options = options or MarkdownOptions()
    timeline = Timeline.of(events_or_timeline)
    documents = timeline.documents_by_id
    dated = [event for event in timeline.events if event.when.start is not None]
    undated = [event for event in timeline.events if event.when.start is None]
    lines = [
        f"# {markdown_text(options.title) or markdown_text(caption('timeline'))}",
        "",
        markdown_text(summary_label(len(timeline.events), len(timeline.documents))),
        "",
    ]
    if options.diagram:
        lines += _diagram(dated, options) if dated else [markdown_text(caption("no_dated_events")), ""]
    lines += _chronology(dated, documents)
    if undated:
        lines += [f"## {markdown_text(caption('unknown_dates'))}", ""]
        lines += [line for event in undated for line in _item(event, documents)]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _month_of(event: Event) -> tuple[int, int] | None:
    """(year, month) when the event's days all lie in one month."""
    start, end = event.when.start, event.when.end
    if start is None or end is None or (start.year, start.month) != (end.year, end.month):
        return None
    return start.year, start.month


def _period(event: Event) -> str:
    month = _month_of(event)
    if month is not None:
        return f"{month_name(month[1])} {month[0]}"
    return event_facts(event).date


def _diagram(dated: list[Event], options: MarkdownOptions) -> list[str]:
    title = mermaid_text(options.title) or mermaid_text(caption("timeline"))
    lines = ["```mermaid", "timeline", f"    title {title}"]
    if len(dated) <= options.diagram_limit:
        lines += _diagram_of_events(dated)
    else:
        lines += _diagram_of_counts(dated, options.diagram_limit)
    return [*lines, "```", ""]


def _diagram_of_events(dated: list[Event]) -> list[str]:
    """A section per year; in each, a period per month (or coarser date) listing its events."""
    sections: dict[int, dict[str, list[str]]] = {}
    for event in dated:
        year = event.when.start.year if event.when.start is not None else 0
        text = mermaid_text(event_title(event))
        if event.status is not Status.HAPPENED:
            text = f"{text} ({mermaid_text(status_label(event.status.value))})"
        sections.setdefault(year, {}).setdefault(mermaid_text(_period(event)), []).append(text)
    lines: list[str] = []
    for year, periods in sections.items():
        lines.append(f"    section {year}")
        lines += [f"        {period} : {' : '.join(texts)}" for period, texts in periods.items()]
    return lines


def _diagram_of_counts(dated: list[Event], limit: int) -> list[str]:
    for width in (1, 10, 100, 1000):
        counts = Counter((event.when.start.year // width) if event.when.start else 0 for event in dated)
        if len(counts) <= limit:
            break
    lines = []
    for bucket, count in counts.items():
        first = bucket * width
        label = str(first) if width == 1 else f"{first}–{first + width - 1}"
        lines.append(f"        {label} : {mermaid_text(count_label(count, 'event'))}")
    return lines


def _chronology(dated: list[Event], documents: Mapping[str, DocumentRef]) -> list[str]:
    years: dict[int, tuple[list[Event], dict[int, list[Event]]]] = {}
    for event in dated:
        year = event.when.start.year if event.when.start is not None else 0
        whole_year, months = years.setdefault(year, ([], {}))
        within = _month_of(event)
        if within is None:
            whole_year.append(event)
        else:
            months.setdefault(within[1], []).append(event)
    lines: list[str] = []
    for year, (whole_year, months) in years.items():
        lines += [f"## {year}", ""]
        if whole_year:
            lines += [line for event in whole_year for line in _item(event, documents)]
            lines.append("")
        for month, events in sorted(months.items()):
            lines += [f"### {month_name(month)} {year}", ""]
            lines += [line for event in events for line in _item(event, documents)]
            lines.append("")
    return lines


def _item(event: Event, documents: Mapping[str, DocumentRef]) -> list[str]:
    facts = event_facts(event, documents)
    status = f" *({markdown_text(facts.status)})*" if facts.status else ""
    lines = [f"- **{markdown_text(facts.date)}** — {markdown_text(facts.title)}{status}"]
    lines.append("  - " + " · ".join(markdown_text(part) for part in (facts.kind, facts.place) if part))
    if facts.participants:
        names = "; ".join(markdown_text(name) for name in facts.participants)
        lines.append(f"  - {markdown_text(caption('participants'))}: {names}")
    lines += [f"  - {markdown_text(name)}: {markdown_text(text)}" for name, text in facts.details]
    lines += _sources(facts)
    return lines


def _sources(facts: EventFacts) -> list[str]:
    if not facts.sources:
        return []
    return [f"  - {markdown_text(caption('sources'))}:", *(f"    - {_source(s)}" for s in facts.sources)]


def _source(source: SourceFacts) -> str:
    outlet = markdown_text(source.outlet)
    said = f"[{outlet}]({source.url})" if source.url else outlet
    if source.published_label:
        said += ", " + markdown_text(caption("published", date=source.published_label))
    if source.evidence:
        said += f": “{markdown_text(source.evidence)}”"
    return said
