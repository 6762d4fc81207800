"""The one exception hierarchy of the atlas: every message names the bad value."""

from __future__ import annotations


class AtlasError(Exception):
    """Base class: anything the atlas refuses, with a message meant for a person."""


class DataError(AtlasError):
    """A data file (or a line in it) is not what it should be."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        option: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.option = option  # the input that settles it ('title', 'allow_truncated'): the
        # CLI names its flag, the app its field, so the library names neither

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def in_file(self, path: str) -> DataError:
        """The same error, said of a file (the parser knows lines, its caller the file)."""
        self.path = path
        return self


class ParseError(DataError):
    """A statement page or member list could not be read."""


class UnknownCountryError(DataError):
    """A country name that maps to no ISO 3166-1 code."""

    def __init__(
        self,
        name: str,
        suggestions: list[str] | None = None,
        *,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        self.name = name
        self.suggestions = suggestions or []
        hint = f" (did you mean {', '.join(self.suggestions)}?)" if self.suggestions else ""
        super().__init__(f"unknown country {name!r}{hint}", path=path, line=line)


class GeocodeError(AtlasError):
    """Places that could not be given a coordinate."""


class NominatimError(GeocodeError):
    """The online geocoder is misconfigured, or refused or failed to serve the run."""


class ConflictError(AtlasError):
    """A save would replace what is in the atlas, and replacing was not asked for."""


class DataProblemsError(AtlasError):
    """The data directory has damaged files: writing would lose what could not be read."""


class LockTimeoutError(AtlasError):
    """Another writer held the data directory's lock for longer than a writer waits."""


class SchemaError(AtlasError):
    """A table handed from one module to another lacks columns it must have."""

    def __init__(self, what: str, missing: list[str], present: list[str]) -> None:
        self.what = what
        self.missing = missing
        super().__init__(
            f"{what}: missing column(s) {', '.join(map(repr, missing))} "
            f"(it has {', '.join(map(repr, present)) or 'none'})"
        )
