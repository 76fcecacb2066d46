"""Reading saved web pages: the story's text without the page around it, and the page's own metadata."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline import DocumentError, extract, read_documents
from timeline.documents.html import read_page

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tokayev meets Wang Yi | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Tokayev meets Chinese FM Wang Yi">
<link rel="canonical" href="https://news.example/2024/05/tokayev-wang">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example"},
  {"@type": "NewsArticle", "headline": "Tokayev meets Wang", "datePublished": "2024-05-21T08:50:00+05:00"}]}
</script>
<script>var edition = "May 3, 1999";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> Monday, November 3</nav></header>
<main>
<article>
<header><h1>Tokayev meets Chinese FM Wang Yi</h1>
<p class="byline">By Staff &middot; <time datetime="2024-05-21T08:50">May 21, 2024</time></p></header>
<figure><img src="a.jpg" alt=""><figcaption>Photo taken on May 2, 2019</figcaption></figure>
<p>ASTANA, May 20 -- Kazakh President Kassym-Jomart Tokayev on Monday met here with Chinese
Foreign Minister Wang&nbsp;Yi.</p>
<p>The two sides discussed <b>trade</b> and transport.</p>
<aside>Read also: Putin visits Beijing</aside>
</article>
<section class="related"><article><h2>Xi meets Putin</h2><p>Xi met Putin on Tuesday.</p></article></section>
</main>
<footer>&copy; 2024 Example News</footer>
</body></html>
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_page_text_is_the_story_without_menus_captions_scripts_asides_or_teasers() -> None:
    text, _ = read_page(NEWS_PAGE)
    assert text == (
        "Tokayev meets Chinese FM Wang Yi\n\nBy Staff \u00b7 May 21, 2024\n\n"
        "ASTANA, May 20 -- Kazakh President Kassym-Jomart Tokayev on Monday met here with Chinese "
        "Foreign Minister Wang Yi.\n\nThe two sides discussed trade and transport.\n"
    )


def test_page_metadata_comes_from_linked_data_open_graph_and_the_canonical_link() -> None:
    _, metadata = read_page(NEWS_PAGE)
    assert metadata == {
        "published": "2024-05-21",
        "url": "https://news.example/2024/05/tokayev-wang",
        "outlet": "Example News",
        "title": "Tokayev meets Chinese FM Wang Yi",
    }


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2023-11-02T10:00:00Z">', "2023-11-02"),
        ('<meta name="citation_publication_date" content="2023/11/02">', "2023-11-02"),
        ('<meta name="DC.date.issued" content="2023-11-02">', "2023-11-02"),
        ('<meta itemprop="datePublished" content="2023-11-02">', "2023-11-02"),
    ],
)
def test_publication_date_is_read_from_each_common_meta_tag(head: str, published: str) -> None:
    _, metadata = read_page(f"<html><head>{head}</head><body><p>Talks were held.</p></body></html>")
    assert metadata["published"] == published


def test_a_page_date_that_is_no_date_is_left_out_not_guessed() -> None:
    _, metadata = read_page(
        '<html><head><meta property="article:published_time" content="yesterday">'
        '<meta property="og:url" content="/relative/path"></head><body><p>Talks.</p></body></html>'
    )
    assert "published" not in metadata and "url" not in metadata


def test_without_article_or_main_the_body_is_read_without_page_header_and_footer() -> None:
    text, metadata = read_page(
        "<html><head><title> Talks  in Astana </title></head><body><header>Menu</header>"
        "<div>First paragraph.<br>Second line.</div><ul><li>One</li><li>Two</li></ul>"
        "<footer>Contact</footer></body></html>"
    )
    assert text == "First paragraph.\n\nSecond line.\n\nOne\n\nTwo\n"
    assert metadata == {"title": "Talks in Astana"}


def test_a_web_page_file_becomes_a_dated_document_whose_events_are_placed_by_its_dateline(
    tmp_path: Path,
) -> None:
    (document,) = read_documents(write(tmp_path / "tokayev-wang.html", NEWS_PAGE))
    assert (document.id, document.published, document.published_from) == (
        "tokayev-wang",
        dt.date(2024, 5, 21),
        "metadata",
    )
    assert (document.outlet, document.url) == ("Example News", "https://news.example/2024/05/tokayev-wang")
    (event,) = extract(document)
    assert event.kind == "meeting"
    assert event.when.value == "2024-05-20"
    assert event.location is not None and event.location.name == "Astana"


def test_an_undated_page_takes_its_date_from_the_text_like_any_article(tmp_path: Path) -> None:
    page = "<html><body><article><p>ASTANA, May 20, 2024 -- Talks were held.</p></article></body></html>"
    (document,) = read_documents(write(tmp_path / "undated.htm", page))
    assert document.published == dt.date(2024, 5, 20)
    assert document.published_from is not None and document.published_from.startswith("text")


def test_a_manifest_outranks_what_the_page_declares(tmp_path: Path) -> None:
    write(tmp_path / "page.html", NEWS_PAGE)
    manifest = {"articles": [{"file": "page.html", "published": "2024-05-22", "outlet": "Wire"}]}
    write(tmp_path / "manifest.json", json.dumps(manifest))
    (document,) = read_documents(tmp_path)
    assert (document.published, document.outlet) == (dt.date(2024, 5, 22), "Wire")
    assert document.title == "Tokayev meets Chinese FM Wang Yi"


def test_a_page_in_its_declared_character_set_is_decoded(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1251"></head><body><p>Токаев провёл переговоры.</p></body></html>'
    )
    (document,) = read_documents(write(tmp_path / "ru.html", page.encode("windows-1251")))
    assert document.text == "Токаев провёл переговоры.\n"


def test_a_page_declaring_an_unknown_character_set_is_a_one_line_error(tmp_path: Path) -> None:
    path = write(tmp_path / "odd.html", b'<html><head><meta charset="klingon-8"></head><body>x</body></html>')
    with pytest.raises(
        DocumentError, match=r"odd\.html: the page declares an unknown character set 'klingon-8'"
    ):
        read_documents(path)


def test_a_page_with_no_text_is_a_one_line_error(tmp_path: Path) -> None:
    path = write(
        tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>"
    )
    with pytest.raises(DocumentError, match=r"empty\.html: no article text"):
        read_documents(path)


def test_a_web_page_on_standard_input_is_read_as_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(NEWS_PAGE.encode("utf-8"))))
    (document,) = read_documents("-")
    assert document.text.startswith("Tokayev meets Chinese FM Wang Yi\n\n")
    assert document.published == dt.date(2024, 5, 21)


@given(st.text())
@example("<![A:")
@example("<![0")
def test_any_markup_is_read_without_crashing(markup: str) -> None:
    text, metadata = read_page(markup)
    assert isinstance(text, str)
    assert set(metadata) <= {"published", "url", "outlet", "title"}
