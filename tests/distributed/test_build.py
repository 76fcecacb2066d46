# Dask's collections are untyped.
# mypy: disable-error-code="no-untyped-call"
"""The timeline built on Dask is byte for byte the one `timeline.build` gives on one machine."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from tests.distributed.corpus import generate
from tests.merge.reports import report
from tests.merge.test_properties import reports_of_a_small_world
from timeline.cli.distributed import build_on_dask, scheduler_address, scheduler_option
from timeline.distributed import build_distributed, merge_distributed, run_build
from timeline.distributed.reading import work_items
from timeline.errors import DocumentError, TimelineError
from timeline.model import Document, Event

CORPUS = generate(300)


def write_corpus(folder: Path, documents: tuple[Document, ...]) -> list[Path]:
    """The documents as three JSON Lines files and a folder of articles with front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    third = len(documents) // 3
    paths = []
    for number, chunk in enumerate((documents[:third], documents[third : 2 * third])):
        path = folder / f"wire-{number}.jsonl"
        lines = [
            json.dumps({"id": d.id, "text": d.text, "published": str(d.published), "outlet": d.outlet})
            for d in chunk
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    articles = folder / "articles"
    articles.mkdir(exist_ok=True)
    for document in documents[2 * third :]:
        front = f"---\npublished: {document.published}\noutlet: {document.outlet}\n---\n"
        (articles / f"{document.id}.txt").write_text(front + document.text, encoding="utf-8")
    return [*paths, articles]


def test_wire_stories_on_two_worker_processes_give_the_single_machine_timeline(client: Any) -> None:
    documents = list(CORPUS.documents)
    expected = timeline.build(documents)
    reports = sum(len(timeline.extract(document)) for document in documents)
    assert len(expected.events) < reports  # the corpus does hold duplicates

    built = run_build(db.from_sequence(documents, npartitions=6))

    assert timeline.to_json(built.timeline) == timeline.to_json(expected)
    assert built.reports == reports


def test_files_and_globs_read_in_partitions_give_what_one_machine_reads(client: Any, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", CORPUS.documents[:150])
    expected = timeline.build(timeline.read_documents(paths))

    built = build_distributed([tmp_path / "corpus" / "*.jsonl", paths[-1]], partitions=4)

    assert timeline.to_json(built) == timeline.to_json(expected)


def test_a_bad_file_is_reported_from_the_workers_as_on_one_machine(client: Any, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, CORPUS.documents[:12])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "Xi met Tokayev."}\n{"text": 5}\n', encoding="utf-8")
    with pytest.raises(DocumentError) as on_one_machine:
        timeline.read_documents([*paths, broken])

    with pytest.raises(DocumentError) as on_workers:
        build_distributed([*paths, broken], partitions=2)

    assert str(on_workers.value) == str(on_one_machine.value)


def test_the_command_line_build_on_a_running_scheduler_gives_the_same_timeline(
    cluster: Any, tmp_path: Path
) -> None:
    paths = write_corpus(tmp_path, CORPUS.documents[:60])
    documents = timeline.read_documents(paths)
    expected = timeline.build(documents)

    built = build_on_dask(paths, scheduler=f"dask:{cluster.scheduler_address}", quiet=True)

    assert timeline.to_json(built.timeline) == timeline.to_json(expected)
    assert built.reports == sum(len(timeline.extract(document)) for document in documents)


def test_timeline_build_with_a_scheduler_writes_the_files_one_machine_writes(
    cluster: Any, tmp_path: Path
) -> None:
    from timeline.cli import main

    assert main(["build", "-q", "-o", str(tmp_path / "here")]) == 0
    assert (
        main(
            ["build", "-q", "-o", str(tmp_path / "dask"), "--scheduler", f"dask:{cluster.scheduler_address}"]
        )
        == 0
    )
    for name in ("timeline.json", "timeline.ics", "timeline.md"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "here" / name).read_bytes()


def test_the_command_line_build_starts_worker_processes_of_its_own_by_default() -> None:
    seeds = timeline.documents.seed_folder()
    expected = timeline.build(timeline.read_documents([seeds]))

    built = build_on_dask([seeds], scheduler="dask", quiet=True, workers=1)

    assert timeline.to_json(built.timeline) == timeline.to_json(expected)


def test_the_scheduler_option_takes_dask_or_dask_with_an_address() -> None:
    assert scheduler_address("dask") is None
    assert scheduler_address("dask:tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    for wrong in ("spark", "dask:", "daskk:tcp://x"):
        with pytest.raises(TimelineError, match="not 'dask' or 'dask:ADDRESS'"):
            scheduler_address(wrong)
    assert scheduler_option("dask:localhost:8786") == "dask:localhost:8786"


@pytest.mark.usefixtures("synchronous")
def test_a_document_read_twice_is_kept_once_and_two_texts_under_one_id_are_an_error(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, CORPUS.documents[:30])
    twice = [*paths, paths[0]]
    expected = timeline.build(timeline.read_documents(twice))
    assert timeline.to_json(build_distributed(twice, partitions=4)) == timeline.to_json(expected)

    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": CORPUS.documents[0].id, "text": "Another text."}) + "\n")
    with pytest.raises(DocumentError, match="two different documents share the id"):
        build_distributed([*paths, other], partitions=4)


@pytest.mark.usefixtures("synchronous")
def test_a_document_twice_in_a_bag_is_merged_with_itself_as_build_merges_it() -> None:
    documents = list(CORPUS.documents[:40])
    repeated = [*documents, documents[3], documents[17]]
    expected = timeline.build(repeated)

    built = build_distributed(db.from_sequence(repeated, npartitions=4))

    assert timeline.to_json(built) == timeline.to_json(expected)


def test_folders_are_split_into_their_files_and_bad_paths_are_named(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", CORPUS.documents[:9])
    articles = sorted(str(path) for path in paths[-1].iterdir())
    assert work_items([tmp_path / "corpus" / "*.jsonl", paths[-1]]) == [*map(str, paths[:2]), *articles]
    assert work_items([timeline.documents.seed_folder()]) == [str(timeline.documents.seed_folder())]
    for wrong, problem in (
        ("-", "standard input cannot be read on a cluster"),
        (str(tmp_path / "*.txt"), "no files match this pattern"),
        (str(tmp_path / "missing.jsonl"), "no such file or directory"),
    ):
        with pytest.raises(DocumentError, match=problem):
            work_items([wrong])


@pytest.mark.usefixtures("synchronous")
def test_building_a_folder_again_with_a_scheduler_does_not_read_the_last_build(
    cluster: Any, tmp_path: Path
) -> None:
    from timeline.cli import main

    (tmp_path / "articles").mkdir()
    for article in timeline.documents.seed_folder().glob("*.txt"):  # a plain folder: listed file by file
        shutil.copy(article, tmp_path / "articles")
    folder = str(tmp_path / "articles")
    command = ["build", "-q", "-o", folder, "--scheduler", f"dask:{cluster.scheduler_address}", folder]
    assert main(command) == 0
    first = (tmp_path / "articles" / "timeline.json").read_bytes()
    assert main(command) == 0
    assert (tmp_path / "articles" / "timeline.json").read_bytes() == first


def test_a_folder_is_read_without_the_last_builds_outputs_as_on_one_machine(tmp_path: Path) -> None:
    from timeline.cli import main

    plain = tmp_path / "plain"
    write_corpus(plain, CORPUS.documents[:9])
    with_manifest = tmp_path / "with-manifest"  # read whole, on a worker, because of its manifest
    shutil.copytree(timeline.documents.seed_folder(), with_manifest)
    for folder, outputs in ((plain, plain / "timeline-out"), (with_manifest, with_manifest)):
        assert main(["build", "-q", "-o", str(outputs), str(folder)]) == 0
        written = [outputs / name for name in ("timeline.json", "timeline.ics", "timeline.md")]
        assert all(path.is_file() for path in written)
        expected = timeline.build(timeline.read_documents([folder], skip=written))
        assert not set(map(str, written)) & set(work_items([folder], skip=written))
        built = build_distributed([folder], skip=written, partitions=3)
        assert timeline.to_json(built) == timeline.to_json(expected)
        assert built.documents == expected.documents


@pytest.mark.usefixtures("synchronous")
def test_no_documents_give_an_empty_timeline() -> None:
    assert build_distributed(db.from_sequence([], npartitions=1)) == timeline.Timeline()
    assert build_distributed([]) == timeline.Timeline()


@pytest.mark.usefixtures("synchronous")
def test_a_group_joined_only_when_its_merged_event_is_compared_again_is_joined_on_dask_too() -> None:
    # The unnamed summit merges with the named one in Astana; only the merged event carries the name
    # that the report from Bishkek shares, so the merge's settling step joins the three.
    day = dt.date(2024, 7, 4)

    def summit(doc: str, leader: str, country: str, place: str | None, name: str | None) -> Event:
        return report(
            "summit",
            f"ev-{doc}",
            doc=f"doc-{doc}",
            when=day.isoformat(),
            published=day,
            people=(leader,),
            countries=(country,),
            place=place,
            name=name,
        )

    reports = [
        summit("a", "Xi Jinping", "CHN", "Astana", "SCO summit"),
        summit("b", "Xi Jinping", "CHN", None, None),
        summit("c", "Vladimir Putin", "RUS", "Bishkek", "SCO summit"),
    ]
    merged = merge_distributed(db.from_sequence(reports, npartitions=3))
    assert timeline.to_json(merged) == timeline.to_json(timeline.merge(reports))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(reports_of_a_small_world(), st.integers(1, 4))
def test_any_reports_in_any_partitions_merge_as_on_one_machine(reports: list[Event], partitions: int) -> None:
    import dask

    with dask.config.set(scheduler="sync"):
        merged = merge_distributed(db.from_sequence(reports, npartitions=partitions))
    assert timeline.to_json(merged) == timeline.to_json(timeline.merge(reports))


@SETTINGS
@given(reports_of_a_small_world(), st.integers(0, 9))
def test_merged_events_and_new_reports_merge_as_on_one_machine(reports: list[Event], split: int) -> None:
    import dask

    events = [*timeline.merge(reports[:split]), *reports[split:]]
    with dask.config.set(scheduler="sync"):
        merged = merge_distributed(db.from_sequence(events, npartitions=2))
    assert timeline.to_json(merged) == timeline.to_json(timeline.merge(events))
