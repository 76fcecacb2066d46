"""The exceptions the library raises on purpose; everything else is a bug."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error this library reports about its input."""


class DocumentError(TimelineError):
    """A document that cannot be read: names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
