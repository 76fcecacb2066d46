"""Who is who: the name examples of the merge data file, and keys that ignore spelling."""

from __future__ import annotations

import pytest

from timeline.merge.names import name_examples, organization_key, person_key, person_name


@pytest.mark.parametrize("example", name_examples(), ids=lambda example: example["name"])
def test_every_name_example_resolves_to_its_person(example: dict[str, str]) -> None:
    assert person_name(example["name"]) == example["person"]


def test_spellings_of_one_person_share_a_key_and_other_people_do_not() -> None:
    assert person_key("Zou Jia-yi") == person_key("AIIB President Zou Jiayi") == person_key("Zou Jiayi")
    assert person_key("Tokaev") == person_key("President Tokayev")
    assert person_key("Tokayev") != person_key("Rahmon")


def test_a_first_name_that_is_also_a_title_is_kept() -> None:
    assert person_name("Minister Sultan Yevgulan") == "Sultan Yevgulan"


def test_an_organization_and_its_acronym_share_a_key() -> None:
    full = organization_key("Asian Infrastructure Investment Bank (AIIB)", None)
    assert full == organization_key("AIIB", None)
    assert full == organization_key("Asian Infrastructure Investment Bank", "AIIB")
    assert organization_key("Shanghai Cooperation Organisation", None) == organization_key("SCO", None)
    assert organization_key("Sunwah Group", None) != full
