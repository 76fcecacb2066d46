"""Reading articles: formats, metadata, the bundled seeds and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from timeline import Document, DocumentError, read_documents, seed_documents
from timeline.documents import seed_folder


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_document_takes_keywords_and_derives_a_stable_id_from_text() -> None:
    document = Document(text="Talks were held.", published=dt.date(2024, 5, 21), url="https://x.org/a")
    assert document.id == Document(text="Talks were held.").id
    assert document.id != Document(text="Other talks.").id
    assert document.published_from == "metadata"
    assert Document(text="x", id="given").id == "given"


def test_document_rejects_a_datetime_as_publication_date() -> None:
    with pytest.raises(TypeError):
        Document(text="x", published=dt.datetime(2024, 5, 21, 8, 50))  # type: ignore[arg-type]


def test_seeds_are_bundled_with_their_manifest_metadata() -> None:
    documents = {d.id: d for d in seed_documents()}
    assert len(documents) == 5
    xinhua = documents["004_1bac9c634b71daf2"]
    assert xinhua.published == dt.date(2024, 5, 21)
    assert xinhua.published_from == "metadata"
    assert xinhua.outlet == "Xinhua (via english.www.gov.cn)"
    assert xinhua.text.startswith("Kazakh President Tokayev meets with Chinese FM")
    assert (seed_folder() / "manifest.json").is_file()


def test_front_matter_gives_metadata_and_is_removed_from_the_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt",
        "---\npublished: 2024-07-03\nurl: https://example.org/a\n"
        'outlet: Kazinform\ntitle: "Xi in Astana"\n---\nXi arrived in Astana.\n',
    )
    (document,) = read_documents([path])
    assert document.text == "Xi arrived in Astana.\n"
    assert document.published == dt.date(2024, 7, 3)
    assert (document.url, document.outlet, document.title, document.id) == (
        "https://example.org/a",
        "Kazinform",
        "Xi in Astana",
        "a",
    )


def test_json_lines_corpus_gives_one_document_per_line(tmp_path: Path) -> None:
    lines = [{"text": "First.", "id": "one", "published": "2024-01-02"}, {"text": "Second."}]
    path = write(tmp_path / "c.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = read_documents([path])
    assert (first.id, first.published) == ("one", dt.date(2024, 1, 2))
    assert second.published is None and second.id.startswith("doc-")


def test_folder_is_read_recursively_in_a_stable_order_with_its_manifest(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "sub" / "a.txt", "A.")
    write(tmp_path / "notes.csv", "ignored")
    write(
        tmp_path / "manifest.json",
        json.dumps({"articles": [{"file": "b.txt", "outlet": "Daryo", "published": "2024-06-27"}]}),
    )
    documents = read_documents([tmp_path])
    assert [d.id for d in documents] == ["b", "a"]
    assert documents[0].outlet == "Daryo" and documents[0].published == dt.date(2024, 6, 27)


def test_file_named_alone_takes_its_metadata_from_its_folders_manifest(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "c.txt", "C.")
    manifest = {"articles": [{"file": "b.txt", "published": "2024-06-27"}]}
    write(tmp_path / "manifest.json", json.dumps(manifest))
    (b,) = read_documents([tmp_path / "b.txt"])
    (c,) = read_documents([tmp_path / "c.txt"])
    assert (b.published, b.published_from) == (dt.date(2024, 6, 27), "metadata")
    assert c.published is None


def test_default_publication_date_fills_only_missing_dates(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "---\npublished: 2020-01-01\n---\nA.")
    write(tmp_path / "b.txt", "B.")
    a, b = read_documents([tmp_path], published=dt.date(2024, 5, 1))
    assert a.published == dt.date(2020, 1, 1)
    assert (b.published, b.published_from) == (dt.date(2024, 5, 1), "default")


def test_stdin_text_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Talks in Astana.")))
    (document,) = read_documents(["-"])
    assert document.text == "Talks in Astana."


def test_the_same_document_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "A.")
    assert len(read_documents([path, path])) == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("bad.txt", b"\xff\xfe\xfa not utf-8", "not UTF-8 text"),
        ("bad.txt", "---\npublished: May 2024\n---\ntext", "is not a date like"),
        ("bad.txt", "---\npublished: 2024-02-30\n---\ntext", "is not a date like"),
        ("bad.txt", "---\nauthor: me\n---\ntext", "front matter line"),
        ("bad.txt", "---\nurl: not a url\n---\ntext", "is not an absolute URL"),
        ("bad.jsonl", '{"text": "ok"}\n{broken\n', "bad.jsonl:2: invalid JSON"),
        ("bad.jsonl", '{"body": "no text"}\n', 'with a "text" string'),
        ("bad.jsonl", '{"text": "x", "published": 2024}\n', "must be a string"),
        ("bad.jsonl", "\n\n", "no articles"),
        ("bad.jsonl", '{"text": "ok"}\n{"text": "  "}\n', r"bad.jsonl:2: no article text"),
        ("empty.txt", "", "no article text"),
        ("blank.txt", " \n\t\n", "no article text"),
        ("only-metadata.txt", "---\npublished: 2024-05-21\n---\n", "no article text"),
        ("unclosed.txt", "---\npublished: 2024-05-21\nTokayev met Xi.", "has no closing '---' line"),
        ("timeline.json", '{"schema_version": "1.0", "events": []}', "a .json file is not an article"),
        ("binary.txt", b"\x00\x00\x00\x01PK\x03\x04", "a binary file, not text"),
        ("binary.jsonl", b'{"text": "ok"}\n\x00\n', "a binary file, not text"),
    ],
)
def test_bad_input_names_the_file_and_the_problem(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(DocumentError, match=problem) as caught:
        read_documents([path])
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_text_opening_with_a_rule_that_is_not_front_matter_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\nTokayev met Xi on Monday.\n")
    assert read_documents([path])[0].text.startswith("---")


def test_binary_stdin_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02")))
    with pytest.raises(DocumentError, match="<stdin>: a binary file"):
        read_documents(["-"])


def test_one_path_may_be_given_without_a_list(tmp_path: Path) -> None:
    path = write(tmp_path / "articles" / "a.txt", "Tokayev met Xi on Monday.")
    assert read_documents(str(path.parent)) == read_documents([path.parent]) == read_documents(path)


def test_files_to_skip_are_left_out_of_folders_but_not_when_named(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", "Tokayev met Xi on Monday.")
    written = write(tmp_path / "out" / "timeline.md", "# Timeline\n\nTokayev meets Xi.")
    assert [d.id for d in read_documents([tmp_path], skip=[written])] == [article.stem]
    assert len(read_documents([tmp_path, written], skip=[written])) == 2


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file or directory"):
        read_documents([tmp_path / "nope.txt"])


def test_folder_without_articles_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "data.csv", "x")
    with pytest.raises(DocumentError, match="no articles"):
        read_documents([tmp_path])


def test_broken_manifest_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "manifest.json", "{not json")
    with pytest.raises(DocumentError, match=r"manifest\.json: invalid JSON"):
        read_documents([tmp_path])


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "A.")
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as a user who can read any file")
        with pytest.raises(DocumentError, match=str(path)):
            read_documents([path])
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_two_different_documents_with_one_id_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "x" / "a.txt", "A.")
    write(tmp_path / "y" / "a.txt", "Another A.")
    with pytest.raises(DocumentError, match="share the id 'a'"):
        read_documents([tmp_path])


def test_urls_are_made_absolute_uris_and_anything_else_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\nurl: https://kazinform.example/news/ästana talks\n---\nA.")
    (document,) = read_documents([path])
    assert document.url == "https://kazinform.example/news/%C3%A4stana%20talks"
    with pytest.raises(ValueError, match="not an absolute URL"):
        Document(text="x", url="https://example.org/a b")
