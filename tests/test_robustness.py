"""Any text into every public function: documented errors only, and time linear in the input."""

from __future__ import annotations

import contextlib
import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import TimelineError

# Text as the web delivers it: any Unicode, HTML, control characters, mixed scripts, long lines.
hostile_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=200),
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<script>alert(1)</script>",
                "&amp;",
                "ASTANA, May 20 --",
                "on Monday",
                "President Kassym-Jomart Tokayev",
                "met",
                "will visit",
                "Xi Jinping",
                "Feb. 9",
                "2024",
                "Пекин",
                "北京",
                "قازاقستان",
                "\u200b",
                "\r\n",
                "\t",
                "...",
                "--",
                "—",
                "(Reuters)",
                "$1.7 billion",
                "signed an agreement",
                "Updated: May 21, 2024 08:50",
                "the 1990s",
                "1,700km",
                "%",
                "Mr.",
            ]
        ),
        max_size=60,
    ).map(" ".join),
)
references = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(hostile_text, references)
def test_any_text_through_the_whole_pipeline_never_crashes(text: str, reference: dt.date | None) -> None:
    document = timeline.Document(text=text, published=reference)
    timeline.find_times(text, reference)
    timeline.detect_published(text)
    events = timeline.extract(document)
    built = timeline.build([document])
    assert timeline.from_json(timeline.to_json(built)) == built
    timeline.to_ics(built)
    timeline.to_markdown(built)
    timeline.to_timelinejs(built)
    for event in events:
        for source in event.sources:
            assert 0 <= source.start <= source.end <= len(text)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_reading_any_timeline_json_fails_only_with_a_documented_error(text: str) -> None:
    with contextlib.suppress(TimelineError):
        timeline.from_json(text)


# Pieces of article files, front matter and JSON Lines, to be combined in any order.
_FILE_PIECES = st.sampled_from(
    [
        "---\n",
        "published: 2024-05-21\n",
        "published: 2024-02-30\n",
        "id: x\n",
        "url: http://a b\n",
        "url: javascript:alert(1)\n",
        'title: "\n',
        "outlet:\n",
        '{"text": "Tokayev met Xi on Monday."}\n',
        '{"text": "a", "id": null, "published": "2024-05-21"}\n',
        '{"text": " "}\n',
        "[1]\n",
        "\r\n",
        "\ufeff",
        "\x00",
        "Tokayev met Xi on Monday.",
    ]
)
file_contents = st.one_of(
    st.binary(max_size=200),
    st.lists(_FILE_PIECES, max_size=8).map(lambda pieces: "".join(pieces).encode("utf-8")),
)


@settings(max_examples=200, suppress_health_check=list(HealthCheck), deadline=None)
@given(file_contents, st.sampled_from([".txt", ".md", ".jsonl"]))
def test_any_file_gives_documents_with_text_or_a_one_line_error_naming_it(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("articles") / f"article{suffix}"
    path.write_bytes(content)
    try:
        documents = timeline.read_documents(path)
    except timeline.DocumentError as error:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
        return
    assert documents and all(document.text.strip() and "\0" not in document.text for document in documents)


PATHOLOGICAL = {
    "digits": "1234567890" * 10,
    "capitalized words": "President Minister Kazakhstan Astana Beijing Chairman Group " * 2,
    "punctuation": ".,;:--–—()[]'\"!?/\\" * 4,
    "month names": "May June July Feb. Sept. March Monday 2024 " * 2,
    "markup without sentence ends": "<div class='x'><p>Talks on <b>May 20</b></p></div>&amp;&nbsp;",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_takes_time_roughly_linear_in_its_length(name: str) -> None:
    unit = PATHOLOGICAL[name]

    def seconds(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        started = time.perf_counter()
        timeline.extract(timeline.Document(text=text, published=dt.date(2024, 5, 21)))
        return time.perf_counter() - started

    small, large = seconds(25_000), seconds(200_000)
    # Generous bounds: 8x the text may take at most 40x the time, and never more than 30 s.
    assert large < 30, f"{name}: 200 kB took {large:.1f} s"
    assert large < 40 * max(small, 0.01), f"{name}: 25 kB {small:.2f} s, 200 kB {large:.2f} s"
