"""The package's exceptions. Library code raises these; only the CLI and HTTP edges turn them
into exit codes and messages."""

from __future__ import annotations


class NewsfuseError(Exception):
    """Base of every error newsfuse raises on purpose."""


class InputError(NewsfuseError):
    """An input could not be read; the message names the input and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NothingUsableError(NewsfuseError):
    """No article survived reading and cleaning."""


class StoreError(NewsfuseError):
    """The embedded store is missing, locked or corrupt."""


class StoryNotFoundError(StoreError):
    """The store has no story with that id."""


class OptionsError(NewsfuseError, ValueError):
    """An option is out of range; the message says what to use instead."""
