"""`TimeMention`: one time expression found in a text, normalized to TIMEX3."""

from __future__ import annotations

import attrs

from timeline.model import When


@attrs.frozen(slots=True, kw_only=True)
class TimeMention:
    """A time expression at ``text[start:end]`` with its TIMEX3 type, value and modifier.

    `when` is the model's `When` for DATE and TIME values, None for durations
    and sets; for a part of a day (``2024-05-26TEV``, "yesterday evening") it
    is the day, since a part of the day is no time of day. `rule` names the
    rule that matched and how the value was derived ("weekday, past tense
    ('met'): the one at or before the reference").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    when: When | None
    rule: str
