"""Named exceptions. Each message says what went wrong and how to fix it."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """A document could not be read. Carries the file and the line or record."""

    def __init__(self, message: str, path: str = "", location: str = "") -> None:
        self.path = path
        self.location = location
        self.reason = message
        where = ":".join(part for part in (path, location) if part)
        super().__init__(f"{where}: {message}" if where else message)


class MissingDateError(InputError):
    """A document has no usable publication date (dateline never assumes "today")."""


class SettingsError(DatelineError):
    """An unknown setting, or a value of the wrong type."""


class StoreError(DatelineError):
    """The store cannot be opened or used."""


class NotFound(StoreError):
    """The requested record is not in the store."""


class StageError(DatelineError):
    """A pipeline stage is unknown, or its requirements are not met by earlier stages."""


class ModelNotInstalled(DatelineError):
    """A model package is missing. The message names the pip command that installs it."""


class GazetteerError(DatelineError):
    """The gazetteer index cannot be built, opened or extended (the message says how to fix it)."""


class QueryError(DatelineError):
    """A query parameter is malformed: a date, a bounding box, an unknown filter or order."""
