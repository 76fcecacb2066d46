"""Stage 4: reports of the same real-world event merged into one event."""

from timeline.merge.merging import merge, merge_with_ids

__all__ = ["merge", "merge_with_ids"]
