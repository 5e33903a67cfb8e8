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


class MissingExtraError(NewsfuseError, ImportError):
    """A feature needs an optional extra that is not installed; the message names the extra."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        super().__init__(
            f"{feature} needs the optional extra {extra!r} (module {module!r} is not installed): "
            f"pip install 'newsfuse[{extra}]' (or bash scripts/bootstrap.sh {extra})"
        )
        self.extra = extra


def require_extra(module: str, feature: str, extra: str) -> None:
    """Raise MissingExtraError unless ``module`` can be imported (checked without importing it)."""
    from importlib.util import find_spec

    try:
        found = find_spec(module) is not None
    except ValueError:  # the module is in sys.modules as None (blocked)
        found = False
    if not found:
        raise MissingExtraError(feature, extra, module)
