"""The command-line interface."""

from timeline.cli.main import main

__all__ = ["main"]
