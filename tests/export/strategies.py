"""Hypothesis strategies for hostile text: what breaks naive calendar, Markdown and HTML writers."""

from __future__ import annotations

import random

import attrs
from hypothesis import strategies as st

from tests.strategies import events
from timeline import Event, Meeting, Person, Place, Source, Status, Timeline, When

HOSTILE_PIECES = (
    "\n",
    "\r\n",
    "\r",
    "\t",
    ";",
    ",",
    "\\",
    "\\n",
    "\\,",
    ":",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "END:VCALENDAR",
    "UID:x",
    "|",
    "| --- |",
    "<script>",
    "</script>",
    "<b>",
    "&amp;",
    "&lt;",
    "`",
    "```",
    "*",
    "**",
    "_",
    "[",
    "]",
    "](",
    "(",
    ")",
    "![",
    "#",
    "# ",
    "- ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "=",
    "~~",
    "$",
    "%%",
    "%%{",
    "}%%",
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\u200b",
    "\u202e",
    "😀",
    "🇰🇿",
    "👨‍👩‍👧",
    "é",
    "e\u0301",
    "中文",
    "'",
    '"',
    " ",
)

hostile_text = st.one_of(
    st.lists(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=4), max_size=14).map("".join),
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from("x é😀;,\\\n"), min_size=200, max_size=400),
)
hostile_names = hostile_text.filter(lambda text: text.strip() != "")


@st.composite
def hostile_events(draw: st.DrawFn) -> Event:
    """Events of every kind with hostile text in the id, title, names, place and sources."""
    event: Event = draw(events)
    participants = tuple(attrs.evolve(p, name=draw(hostile_names)) for p in event.participants)
    sources = tuple(
        attrs.evolve(s, evidence=draw(hostile_text), outlet=draw(st.none() | hostile_text))
        for s in event.sources
    )
    location = None if event.location is None else attrs.evolve(event.location, name=draw(hostile_names))
    return attrs.evolve(
        event,
        id=draw(hostile_text),
        title=draw(hostile_text),
        participants=participants,
        sources=sources,
        location=location,
    )


def shuffled_hostile_timeline(count: int = 60, seed: int = 2024) -> Timeline:
    """A fixed (seeded) timeline of events whose texts are random mixtures of hostile pieces."""
    rng = random.Random(seed)
    values = [
        "2024-05-20",
        "2024-05",
        "2023",
        "2024-07-02/2024-07-05",
        "XXXX-02-09",
        "FUTURE_REF",
        "2024-W21",
        "2023-SU",
        "2024-Q2",
        "199",
    ]

    def text(size: int) -> str:
        return "".join(rng.choice(HOSTILE_PIECES) for _ in range(size))

    made = []
    for number in range(count):
        made.append(
            Meeting(
                id=f"ev-{number}-{text(3)}",
                title=text(rng.randint(0, 12)),
                when=When.from_timex(values[number % len(values)]),
                status=list(Status)[number % 3],
                participants=(Person(name="p" + text(4), title=text(3), country="KAZ"),),
                countries=("KAZ", "CHN"),
                location=Place(name="l" + text(4), country="CHN"),
                sources=(
                    Source(
                        document=f"doc-{number}",
                        evidence=text(rng.randint(0, 30)),
                        start=0,
                        end=10,
                        url=rng.choice([None, "https://example.org/a?b=(c)", "javascript:alert(1)"]),
                        outlet=text(3),
                    ),
                ),
            )
        )
    return Timeline(events=made)
