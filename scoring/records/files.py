"""Writing files all or nothing, with the permissions a plain ``open()`` would give.

Every file the package writes (stories, rescored outputs, errors files, fitted configs,
reports) goes through :class:`AtomicFile`, so that:

1. a reader, or a rerun after a crash, sees the old file or the new one, never a mix:
   the data goes to a temporary file beside the target (``.NAME.XXXXXXXX.tmp``), is
   flushed to disk, then renamed over the target;
2. the file gets the mode ``open(path, "w")`` would give it: the mode of the file it
   replaces, else ``0o666`` less the process umask (``mkstemp`` alone gives ``0o600``,
   which would hide the output from a group that reads it);
3. a failure to write (a full disk, no permission) is an :class:`~scoring.errors.OutputError`
   naming the file, and leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from scoring.errors import OutputError, ScoringError

__all__ = [
    "TEMPORARY_NAME",
    "AtomicFile",
    "atomic_write",
    "file_mode",
    "refuse_destination_inside",
]

#: Names of the temporary files :class:`AtomicFile` makes (``mkstemp``'s 8 characters).
TEMPORARY_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def _umask() -> int:
    # /proc tells without changing anything; os.umask() can only be read by setting it,
    # which another thread creating a file at that moment would see.
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def file_mode(path: Path) -> int:
    """The permissions ``open(path, "w")`` would leave ``path`` with: those of the file
    it replaces, else ``0o666`` less the umask.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
        >>> _ = p.write_text("x"); p.chmod(0o640)
        >>> oct(file_mode(p))
        '0o640'
    """
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _failed(path: Path, exc: OSError) -> OutputError:
    return OutputError(str(path), exc.strerror or str(exc), exc.errno)


class AtomicFile:
    """A file that replaces ``path`` only once completely written.

    Write with :meth:`write` (or to :attr:`fh` directly), then :meth:`commit`; or use it
    as a context manager, which commits on success and aborts on an exception. An
    ``OSError`` from either becomes an :class:`~scoring.errors.OutputError` naming
    ``path``; :meth:`abort` removes the temporary file.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> with AtomicFile(p) as out:
        ...     out.write(b'{"id":"a1"}\\n')
        >>> p.read_bytes()
        b'{"id":"a1"}\\n'
    """

    def __init__(self, path: Path, *, make_parent: bool = True) -> None:
        self.path = path
        try:
            if make_parent:
                path.parent.mkdir(parents=True, exist_ok=True)
            mode = file_mode(path)
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise _failed(path, exc) from exc
        self.tmp = Path(name)
        try:
            os.fchmod(fd, mode)
            self.fh: IO[bytes] = os.fdopen(fd, "wb")
        except OSError as exc:
            os.close(fd)
            self.tmp.unlink(missing_ok=True)
            raise _failed(path, exc) from exc

    def write(self, data: bytes) -> None:
        """Append ``data``."""
        try:
            self.fh.write(data)
        except OSError as exc:
            raise _failed(self.path, exc) from exc

    def commit(self) -> None:
        """Flush to disk and rename over ``path``; on failure nothing is left behind."""
        try:
            if self.fh.closed:  # a writer that took the temporary path (Parquet) closed it
                fd = os.open(self.tmp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            else:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.abort()
            raise _failed(self.path, exc) from exc

    def abort(self) -> None:
        """Drop what was written; ``path`` stays as it was."""
        with contextlib.suppress(OSError):  # a full disk refuses the last flush too
            self.fh.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            self.commit()
            return
        self.abort()
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise _failed(self.path, exc) from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing (see :class:`AtomicFile`).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
        >>> atomic_write(p, b"x"); p.read_bytes()
        b'x'
    """
    with AtomicFile(path) as out:
        out.write(data)


def _contains(outer: Path, inner: Path) -> bool:
    outer_real, inner_real = os.path.realpath(outer), os.path.realpath(inner)
    return inner_real == outer_real or inner_real.startswith(outer_real + os.sep)


def refuse_destination_inside(source: Path, destination: Path) -> None:
    """Refuse to write into the directory being read: the output would be read as input
    (a second run would read it again).

    Raises:
        ScoringError: ``source`` is a directory and ``destination`` is it or lies inside it.

    Example:
        >>> import tempfile, pathlib
        >>> src = pathlib.Path(tempfile.mkdtemp())
        >>> refuse_destination_inside(src, src.parent / "elsewhere")
        >>> refuse_destination_inside(src, src / "out")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        scoring.errors.ScoringError: .../out is inside the source ...; its output would be read as input: choose a destination outside it
    """
    if source.is_dir() and _contains(source, destination):
        raise ScoringError(
            f"{destination} is inside the source {source}; its output would be read as "
            "input: choose a destination outside it"
        )
