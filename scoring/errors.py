"""The exception family of `scoring`.

Every error the engine raises on purpose derives from :class:`ScoringError`, and also
from the built-in that fits it, so callers may catch either. Messages say what is wrong,
where (file, line or row, and field), and what to do about it.
"""

from __future__ import annotations

import os

__all__ = [
    "ConfigError",
    "OutletTableError",
    "OutputError",
    "RecordError",
    "ScoringError",
]


class ScoringError(Exception):
    """Root of every error raised on purpose by `scoring`."""


class RecordError(ScoringError, ValueError):
    """A story record cannot be read, validated or written.

    Attributes:
        source: where the record came from (a path, ``<stdin>``, ``<frame>``), or None.
        location: where in the source (``line 12``, ``row 3``), or None.
        field: the record field at fault (``citations[0].url``), or None.
        reason: the bare reason, without the source prefix.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        location: str | None = None,
        field: str | None = None,
    ) -> None:
        self.source = source
        self.location = location
        self.field = field
        self.reason = reason
        super().__init__(self._compose())

    def _compose(self) -> str:
        where = ", ".join(p for p in (self.source, self.location) if p)
        what = f"field {self.field!r}: " if self.field else ""
        return f"{where}: {what}{self.reason}" if where else f"{what}{self.reason}"


class OutletTableError(ScoringError, ValueError):
    """An outlet table is malformed: bad rows, duplicate domains, unknown label values."""


class ConfigError(ScoringError, ValueError):
    """A scorer configuration is invalid; the message names the offending key."""


class OutputError(ScoringError, OSError):
    """A file could not be written (a full disk, no permission); the message names it.

    Attributes:
        path: the file that could not be written.
        errno: the system's error number, when there was one.
    """

    def __init__(self, path: str, reason: str, errno: int | None = None) -> None:
        super().__init__(
            f"{path}: cannot write ({reason}); free space or fix the permissions, then run again"
        )
        self.path = path
        self.errno = errno

    @classmethod
    def from_os(cls, path: str | os.PathLike[str], exc: OSError) -> OutputError:
        """The error for ``exc``, raised while writing ``path``.

        Example:
            >>> import errno
            >>> print(OutputError.from_os("out.jsonl", OSError(errno.ENOSPC, "No space left on device")))
            out.jsonl: cannot write (No space left on device); free space or fix the permissions, then run again
        """
        return cls(str(path), exc.strerror or str(exc), exc.errno)
