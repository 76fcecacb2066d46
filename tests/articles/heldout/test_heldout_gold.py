"""The held-out articles and their gold annotations are well formed and keep their coverage.

The held-out set measures whether extraction generalizes to actors, outlets and
phrasings that no rule was written for, so its annotations must be as sound as
those of the development sets: the same vocabularies, verbatim evidence, ISO
country codes and TIMEX3 dates. It must also keep covering what it was built to
cover (articles without metadata, cancellations, calls, ranges, announcements),
or its scores quietly stop measuring those cases.
"""

from __future__ import annotations

from tests.articles.test_gold_files import assert_keeps_common_cases

NAME = "heldout"

def test_the_set_keeps_covering_what_it_was_built_for() -> None:
    assert_keeps_common_cases(NAME, cancelled=2, planned=5, optional=10, ranges=1)
