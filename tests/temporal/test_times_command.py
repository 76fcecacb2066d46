"""The ``times`` command: each expression with its value, type, modifier and rule."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from timeline.cli import times as times_command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline")
    times_command.add_parser(parser.add_subparsers(dest="command"))
    return parser


TEXT = "Tokayev met Wang on Monday and will visit Beijing early next year."


def test_a_table_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert times_command.run(_parser().parse_args(["times", TEXT, "--reference", "2024-05-22"])) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["text", "type", "value", "mod", "rule"]
    assert lines[1].startswith("Monday") and "2024-05-20" in lines[1] and "past tense ('met')" in lines[1]
    assert "early next year" in lines[2] and "2025" in lines[2] and "START" in lines[2]


def test_json_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        times_command.run(_parser().parse_args(["times", TEXT, "--reference", "2024-05-22", "--json"])) == 0
    )
    records = json.loads(capsys.readouterr().out)
    assert [(r["text"], r["value"], r["mod"]) for r in records] == [
        ("Monday", "2024-05-20", None),
        ("early next year", "2025", "START"),
    ]
    assert TEXT[records[0]["start"] : records[0]["end"]] == "Monday"


def test_without_a_reference_values_stay_open(capsys: pytest.CaptureFixture[str]) -> None:
    times_command.run(_parser().parse_args(["times", "They met on Monday.", "--json"]))
    assert json.loads(capsys.readouterr().out)[0]["value"] == "XXXX-WXX-1"


def test_text_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Nothing happened."))
    times_command.run(_parser().parse_args(["times", "-"]))
    assert capsys.readouterr().out == "no time expressions\n"


def test_a_bad_reference_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["times", TEXT, "--reference", "21 May"])
    assert "not a date like 2024-05-21" in capsys.readouterr().err
