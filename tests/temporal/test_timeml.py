"""TimeML in and out, from Python and from the ``timeml`` command."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from timeline.cli import timeml as timeml_command
from timeline.temporal import TimeMLError, find_times, read_timeml, write_timeml

ARTICLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>test_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-21" functionInDocument="CREATION_TIME">May 21</TIMEX3></DCT>
<TITLE>Talks in Astana</TITLE>
<TEXT>
Kazakh President Tokayev on Monday met Wang Yi &amp; his delegation. The two sides will meet again
next month, three years after their first talks.
</TEXT>
</TimeML>
"""


def test_reading_keeps_the_creation_date_and_the_plain_text() -> None:
    document = read_timeml(ARTICLE, name="test.tml")
    assert document.dct == dt.date(2024, 5, 21)
    assert document.text.startswith("\nKazakh President Tokayev on Monday met Wang Yi & his delegation.")
    assert "<DOCID>test_0001</DOCID>" in document.head


def test_writing_tags_every_mention_and_reads_back_to_the_same_text() -> None:
    document = read_timeml(ARTICLE, name="test.tml")
    written = write_timeml(document, find_times(document.text, document.dct))
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-05-20">Monday</TIMEX3>' in written
    assert '<TIMEX3 tid="t2" type="DATE" value="2024-06">next month</TIMEX3>' in written
    assert '<TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>' in written
    assert "Wang Yi &amp; his" in written
    assert read_timeml(written).text == document.text


def test_tags_in_the_input_text_are_replaced(tmp_path: Path) -> None:
    tagged = ARTICLE.replace("on Monday", 'on <TIMEX3 tid="t9" type="DATE" value="X">Monday</TIMEX3>')
    document = read_timeml(tagged)
    assert "on Monday met" in document.text and "TIMEX3" not in document.text


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not well-formed XML"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT> element"),
        (
            '<TimeML><DCT><TIMEX3 value="2024-02-30"/></DCT><TEXT>x</TEXT></TimeML>',
            "the DCT .2024-02-30. is not",
        ),
    ],
)
def test_bad_files_are_reported_with_their_name(tmp_path: Path, markup: str, problem: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(markup, "utf-8")
    with pytest.raises(TimeMLError, match=f"bad.tml: {problem}"):
        read_timeml(path)


def _arguments(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="timeline")
    timeml_command.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["timeml", *argv])


def test_the_command_tags_files_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tml").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.tml").write_text(ARTICLE.replace("Monday", "Friday"), "utf-8")
    out = tmp_path / "out"
    assert timeml_command.run(_arguments(str(tmp_path / "in"), str(tmp_path / "b.tml"), "-o", str(out))) == 0
    assert "2 files, 6 time expressions" in capsys.readouterr().out
    assert 'value="2024-05-17">Friday</TIMEX3>' in (out / "b.tml").read_text("utf-8")
    assert read_timeml(out / "a.tml").dct == dt.date(2024, 5, 21)


def test_the_command_writes_nothing_when_an_input_is_missing(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(ARTICLE, "utf-8")
    out = tmp_path / "out"
    with pytest.raises(TimeMLError, match=r"missing\.tml: no such file or directory"):
        timeml_command.run(_arguments(str(tmp_path / "a.tml"), str(tmp_path / "missing.tml"), "-o", str(out)))
    assert not out.exists()
