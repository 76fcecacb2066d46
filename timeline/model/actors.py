"""Who takes part in events and where they happen."""

from __future__ import annotations

import attrs

from timeline.model.countries import check_country_code


def _check_name(_instance: object, _attribute: object, name: str) -> None:
    if not name.strip():
        raise ValueError("a name cannot be empty")


@attrs.frozen(slots=True, kw_only=True)
class Person:
    """A person as named in the news, with the office they hold there."""

    name: str = attrs.field(validator=_check_name)
    title: str | None = None
    country: str | None = attrs.field(default=None, validator=check_country_code)

    @property
    def type(self) -> str:
        return "person"


@attrs.frozen(slots=True, kw_only=True)
class Organization:
    """A body that acts in events: a bank, a bloc, a company, a ministry.

    `country` is the state it belongs to; ``None`` with `international` set
    means an international organization such as the SCO or the UN.
    """

    name: str = attrs.field(validator=_check_name)
    acronym: str | None = None
    country: str | None = attrs.field(default=None, validator=check_country_code)
    international: bool = False

    @property
    def type(self) -> str:
        return "organization"

    @property
    def title(self) -> None:
        """Organizations hold no office; present so all participants read alike."""
        return None


Participant = Person | Organization


@attrs.frozen(slots=True, kw_only=True)
class Place:
    """A city, venue or country where an event happens."""

    name: str = attrs.field(validator=_check_name)
    country: str | None = attrs.field(default=None, validator=check_country_code)
