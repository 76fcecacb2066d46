"""Stage 1: articles and what is known about them, read from files."""

from timeline.documents.loading import read_documents
from timeline.documents.seeds import seed_documents, seed_folder

__all__ = ["read_documents", "seed_documents", "seed_folder"]
