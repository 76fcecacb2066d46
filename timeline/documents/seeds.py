"""The bundled seed corpus: five articles on Kazakhstan–China relations."""

from __future__ import annotations

from pathlib import Path

from timeline.model import Document


def seed_folder() -> Path:
    """The folder holding the seed articles and their manifest.

    An installed package carries them as ``timeline/seeds``; a source
    checkout keeps them in the project's top-level ``seeds/``.
    """
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "seeds", package.parent / "seeds"):
        if (candidate / "manifest.json").is_file():
            return candidate
    raise FileNotFoundError("the bundled seed corpus is missing from this installation")


def seed_documents() -> list[Document]:
    """The seed articles with the metadata their manifest gives."""
    from timeline.documents.loading import read_documents

    return read_documents([seed_folder()])
