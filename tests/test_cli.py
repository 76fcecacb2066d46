"""The ``timeline`` command: the main job, its options and its errors."""

from __future__ import annotations

import glob
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
XINHUA = SEEDS / "004_1bac9c634b71daf2.txt"


def run(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        check=False,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"timeline {__version__}"
    help_text = run("--help").stdout
    for command in ("build", "update", "extract", "times", "timeml"):
        assert command in help_text


def test_build_without_arguments_writes_calendar_json_and_markdown_with_a_summary(tmp_path: Path) -> None:
    result = run("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "timeline-out"
    data = json.loads((out / "timeline.json").read_text("utf-8"))
    assert len(data["documents"]) == 5 and data["events"]
    assert (out / "timeline.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (out / "timeline.md").read_text("utf-8").startswith("# ")
    assert "5 documents read" in result.stdout
    assert "duplicate reports merged" in result.stdout
    assert "left out of the calendar for unknown dates" in result.stdout
    for name in ("timeline.json", "timeline.ics", "timeline.md"):
        assert f"wrote {Path('timeline-out') / name}" in result.stdout
    assert result.stderr == ""


def test_summary_counts_merged_reports_before_the_filters_and_says_what_they_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "-o", str(tmp_path / "all")]) == 0
    everything = capsys.readouterr().out
    assert main(["build", "-o", str(tmp_path / "some"), "--kind", "visit"]) == 0
    filtered = capsys.readouterr().out
    merged = next(line for line in everything.splitlines() if "duplicate reports merged" in line)
    assert merged in filtered.splitlines()
    total = int(everything.splitlines()[1].split()[0])
    kept = int(filtered.splitlines()[1].split()[0])
    assert 0 < kept < total
    assert f"{total - kept} events left out by the filters" in filtered
    assert "left out by the filters" not in everything


def test_summary_says_one_document_and_one_event_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping on Monday.")
    assert main(["build", str(article), "-o", str(tmp_path / "out"), "--published", "2024-05-21"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 document read"
    assert lines[1] == "1 event (1 meeting)"


def test_building_a_folder_again_does_not_read_the_last_build_as_an_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / XINHUA.name).write_bytes(XINHUA.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-q", "."]) == 0
    first = (tmp_path / "timeline-out" / "timeline.json").read_bytes()
    assert main(["build", "-q", "."]) == 0
    assert main(["update", "timeline-out/timeline.json", ".", "-q"]) == 0
    assert (tmp_path / "timeline-out" / "timeline.json").read_bytes() == first


def test_same_input_gives_byte_identical_outputs(tmp_path: Path) -> None:
    assert main(["build", "-q", "-o", str(tmp_path / "a")]) == 0
    assert main(["build", "-q", "-o", str(tmp_path / "b")]) == 0
    for name in ("timeline.json", "timeline.ics", "timeline.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_formats_and_filters_select_what_is_written(tmp_path: Path) -> None:
    assert (
        main(
            [
                "build",
                "-q",
                "-o",
                str(tmp_path),
                "--format",
                "json",
                "--format",
                "timelinejs",
                "--country",
                "tjk",
                "--kind",
                "visit",
            ]
        )
        == 0
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json", "timelinejs.json"]
    events = json.loads((tmp_path / "timeline.json").read_text("utf-8"))["events"]
    assert events and all(e["kind"] == "visit" and "TJK" in e["countries"] for e in events)


def test_since_and_until_keep_events_in_range(tmp_path: Path) -> None:
    assert (
        main(
            [
                "build",
                "-q",
                "-o",
                str(tmp_path),
                "--format",
                "json",
                "--since",
                "2024-01-01",
                "--until",
                "2024-12-31",
            ]
        )
        == 0
    )
    events = json.loads((tmp_path / "timeline.json").read_text("utf-8"))["events"]
    assert events
    assert all(e["when"]["end"] >= "2024-01-01" and e["when"]["start"] <= "2024-12-31" for e in events)


def test_stdin_article_with_published_date(tmp_path: Path) -> None:
    text = "Kazakh President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi in Astana on Monday."
    result = run(
        "build", "-", "--published", "2024-05-21", "--format", "json", "-o", str(tmp_path), stdin=text
    )
    assert result.returncode == 0, result.stderr
    (event,) = json.loads((tmp_path / "timeline.json").read_text("utf-8"))["events"]
    assert event["when"]["value"] == "2024-05-20"


def test_extract_prints_json_or_a_table() -> None:
    data = json.loads(run("extract", str(XINHUA)).stdout)
    assert any(e["kind"] == "meeting" and e["when"]["value"] == "2024-05-20" for e in data["events"])
    table = run("extract", "--table", str(XINHUA)).stdout
    assert table.startswith("004_1bac9c634b71daf2 (2024-05-21):")
    assert "2024-05-20" in table and "meeting" in table


def test_update_merges_new_articles_and_keeps_existing_ids(tmp_path: Path) -> None:
    first = tmp_path / "first"
    assert (
        main(
            [
                "build",
                "-q",
                "-o",
                str(first),
                "--format",
                "json",
                str(SEEDS / "000_6148c23e217e998c.txt"),
                str(SEEDS / "001_d2bb60c37b09c890.txt"),
            ]
        )
        == 0
    )
    before = json.loads((first / "timeline.json").read_text("utf-8"))
    assert (
        main(
            [
                "update",
                str(first / "timeline.json"),
                str(XINHUA),
                "-q",
                "-o",
                str(tmp_path / "second"),
                "--format",
                "json",
            ]
        )
        == 0
    )
    after = json.loads((tmp_path / "second" / "timeline.json").read_text("utf-8"))
    assert {e["id"] for e in before["events"]} <= {e["id"] for e in after["events"]}
    assert len(after["documents"]) == 3


def test_update_summary_says_how_many_of_the_documents_read_are_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "first"
    assert main(["build", "-q", "-o", str(saved), "--format", "json", str(XINHUA)]) == 0
    arguments = ["update", str(saved / "timeline.json"), str(XINHUA), str(SEEDS / "001_d2bb60c37b09c890.txt")]
    assert main([*arguments, "-o", str(tmp_path / "second"), "--format", "json"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2 documents read, 1 new"


def test_times_shows_values_and_the_rule_behind_them() -> None:
    result = run(
        "times", "Tokayev met Wang on Monday and will visit Beijing next month.", "--reference", "2024-05-21"
    )
    assert result.returncode == 0, result.stderr
    assert "2024-05-20" in result.stdout and "2024-06" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "{tmp}/missing.txt"], "missing.txt: no such file or directory"),
        (["build", "{tmp}/empty"], "no articles"),
        (["build", "--published", "yesterday"], "not a date like 2024-05-21"),
        (["build", "--country", "XYZ"], "not an ISO 3166-1 alpha-3 country code"),
        (["update", "{tmp}/broken.json", str(XINHUA)], "broken.json: not a timeline JSON"),
        (["update", "{tmp}/missing.json", str(XINHUA)], "missing.json"),
        (["times", "today", "--reference", "21 May"], "not a date like"),
    ],
)
def test_user_mistakes_are_one_line_errors_with_status_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "broken.json").write_text('{"schema_version": "1.0", "events": [{}]}')
    out = tmp_path / "out"
    result = (
        run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "-o", str(out))
        if args[0] != "times"
        else run(*args)
    )
    assert_user_error(result, message)
    assert not out.exists()


def test_unwritable_output_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_user_error(run("build", "-o", str(blocker / "out")), "cannot write here")


def test_output_folder_that_is_a_file_is_reported_as_such(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_user_error(run("build", "-o", str(blocker)), f"{blocker}: not a folder")
    assert blocker.read_text() == "not a folder"


def test_a_folder_in_the_way_of_one_output_stops_the_run_before_any_file_is_written(tmp_path: Path) -> None:
    (tmp_path / "timeline.md").mkdir()
    assert_user_error(
        run("build", "-o", str(tmp_path)), f"{tmp_path / 'timeline.md'}: a folder is in the way"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.md"]


def test_failed_run_leaves_previous_outputs_intact(tmp_path: Path) -> None:
    assert main(["build", "-q", "-o", str(tmp_path)]) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert main(["build", "-q", "-o", str(tmp_path), str(tmp_path / "missing.txt")]) == 2
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_main_returns_status_instead_of_exiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-q", "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""


def test_ctrl_c_during_a_build_leaves_previous_outputs_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "-q", "-o", str(tmp_path)]) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def interrupted(document: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys.modules["timeline.cli.main"], "extract", interrupted)
    assert main(["build", "-q", "-o", str(tmp_path)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_ctrl_c_while_files_are_written_replaces_none_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.export import write_all_atomic

    (tmp_path / "a.txt").write_bytes(b"old a")
    (tmp_path / "b.txt").write_bytes(b"old b")
    synced: list[int] = []

    def interrupt_at_the_second_file(fd: int) -> None:
        synced.append(fd)
        if len(synced) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupt_at_the_second_file)
    with pytest.raises(KeyboardInterrupt):
        write_all_atomic({tmp_path / "a.txt": b"new a" * 1000, tmp_path / "b.txt": b"new b" * 1000})
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"old a" and (tmp_path / "b.txt").read_bytes() == b"old b"


def test_progress_bar_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline.cli import progress

    items = list(range(50))
    assert list(progress.track(items, "extracting")) == items
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert list(progress.track(items, "extracting")) == items
    assert "extracting" in capsys.readouterr().err
    assert list(progress.track(items, "extracting", enabled=False)) == items
    assert capsys.readouterr().err == ""


TIMEML_ARTICLE = """<?xml version="1.0" ?>
<TimeML><DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-21" functionInDocument="CREATION_TIME">May 21</TIMEX3></DCT>
<TEXT>Tokayev met Wang Yi on Monday.</TEXT></TimeML>
"""


def _readme_shell_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## From the shell\s+```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_every_command_the_readme_shows_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    for folder, articles in (("articles", seeds[:2]), ("new-articles", seeds[2:3]), ("corpus", seeds[3:])):
        (tmp_path / folder).mkdir()
        for article in articles:
            (tmp_path / folder / article.name).write_bytes(article.read_bytes())
    (tmp_path / "corpus" / "talks.tml").write_text(TIMEML_ARTICLE, "utf-8")
    (tmp_path / "article.txt").write_bytes(XINHUA.read_bytes())
    lines = [json.dumps({"text": XINHUA.read_text("utf-8"), "id": "xinhua", "published": "2024-05-21"})]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    commands = _readme_shell_lines()
    assert len(commands) >= 6
    for command in commands:
        words = shlex.split(command, comments=True)
        assert words[0] == "timeline", command
        if "--scheduler" in words:
            continue  # the Dask build has its own tests, on a cluster started once for them
        arguments = [found for word in words[1:] for found in (sorted(glob.glob(word)) or [word])]
        assert main(arguments) == 0, f"{command}: {capsys.readouterr().err}"
        assert capsys.readouterr().err == "", command
    assert (tmp_path / "out" / "timeline.json").is_file() and (tmp_path / "tagged" / "talks.tml").is_file()


def test_timeml_never_writes_over_its_input(tmp_path: Path) -> None:
    article = tmp_path / "talks.tml"
    article.write_text(TIMEML_ARTICLE, "utf-8")
    assert_user_error(run("timeml", str(article), "-o", str(tmp_path)), "the output would replace this input")
    assert article.read_text("utf-8") == TIMEML_ARTICLE
