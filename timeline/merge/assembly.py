"""Model objects put together from values the model has already checked.

Merging builds one event (and a handful of attributions) per happening: at
a million reports, the model's constructors, which convert and validate
every field, are a large share of the work. Every value a merged event
holds comes from reports the model already accepted: its countries and
host country are codes of those reports, its `countries` and `related` are
passed already sorted and unique (what the converters would make of them),
and an attribution's field, value and documents are plain strings. So the
merger sets the fields directly; the result is the object the constructor
makes (same class, fields, equality, hash and repr), which the tests check
against the constructor on generated events.

`assembler(cls)` gives a function that takes every field of `cls` by name,
all required: a field added to the model, or a name misspelt, is an error
at the first call, not a silently missing value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

_T = TypeVar("_T")

_ASSEMBLERS: dict[type, Callable[..., Any]] = {}


def assembler(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of `cls` (a slotted attrs class) that sets the given fields without checks."""
    found = _ASSEMBLERS.get(cls)
    if found is None:
        found = _ASSEMBLERS[cls] = _made_assembler(cls)
    return cast("Callable[..., _T]", found)


def _made_assembler(cls: type) -> Callable[..., Any]:
    names = [field.name for field in attrs.fields(cls)]
    # A slot's descriptor sets the field even on a frozen class, at the cost of one C call.
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = [f"def assemble(*, {', '.join(names)}):", "    made = new(cls)"]
    for number, name in enumerate(names):
        namespace[f"set_{number}"] = getattr(cls, name).__set__
        lines.append(f"    set_{number}(made, {name})")
    lines.append("    return made")
    exec("\n".join(lines), namespace)
    made: Callable[..., Any] = namespace["assemble"]
    return made
