"""Writing files all or nothing, with the permissions a plain ``open()`` would give.

Every file the package writes (stories, rescored outputs, errors files, fitted configs,
reports) goes through :class:`AtomicFile`, so that:

1. a reader, or a rerun after a crash, sees the old file or the new one, never a mix:
   the data goes to a temporary file beside the target (``.NAME.XXXXXXXX.tmp``), is
   flushed to disk, then renamed over the target;
2. the file gets the mode ``open(path, "w")`` would give it: a new file is created with
   ``0o666``, which the kernel narrows by the process umask as for any new file; a file
   that replaces another takes that one's mode (``mkstemp`` alone gives ``0o600``, which
   would hide the output from a group that reads it);
3. a failure to write (a full disk, no permission) is an :class:`~scoring.errors.OutputError`
   naming the file, and leaves no temporary file behind.

It also holds the one check that a path stays inside a directory (:func:`path_inside`).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path
from types import TracebackType
from typing import IO

from scoring.errors import OutputError, ScoringError

__all__ = [
    "TEMPORARY_NAME",
    "AtomicFile",
    "atomic_write",
    "path_inside",
    "refuse_destination_inside",
]

#: Names of the temporary files :class:`AtomicFile` makes (8 random characters).
TEMPORARY_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
_CREATE = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 100


def _existing_mode(path: Path) -> int | None:
    """The permission bits of the file at ``path``, or None when there is none."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return None


def _temporary(path: Path) -> tuple[int, Path]:
    """A new temporary file beside ``path``, opened for writing, and its name.

    Created with ``0o666`` so the kernel applies the umask, as ``open(path, "w")`` does.
    """
    for _ in range(_ATTEMPTS):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, _CREATE, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


class AtomicFile:
    r"""A file that replaces ``path`` only once completely written.

    Write with :meth:`write` (or to :attr:`fh` directly), then :meth:`commit`; or use it
    as a context manager, which commits on success and aborts on an exception. An
    ``OSError`` from either becomes an :class:`~scoring.errors.OutputError` naming
    ``path``; :meth:`abort` removes the temporary file.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> with AtomicFile(p) as out:
        ...     out.write(b'{"id":"a1"}\n')
        >>> p.read_bytes()
        b'{"id":"a1"}\n'
    """

    def __init__(self, path: Path, *, make_parent: bool = True) -> None:
        self.path = path
        try:
            if make_parent:
                path.parent.mkdir(parents=True, exist_ok=True)
            mode = _existing_mode(path)
            fd, self.tmp = _temporary(path)
        except OSError as exc:
            raise OutputError.from_os(path, exc) from exc
        try:
            if mode is not None:  # replacing a file: keep its mode, as open() would
                os.fchmod(fd, mode)
            self.fh: IO[bytes] = os.fdopen(fd, "wb")
        except OSError as exc:
            os.close(fd)
            self.tmp.unlink(missing_ok=True)
            raise OutputError.from_os(path, exc) from exc

    def write(self, data: bytes) -> None:
        """Append ``data``."""
        try:
            self.fh.write(data)
        except OSError as exc:
            raise OutputError.from_os(self.path, exc) from exc

    def commit(self) -> None:
        """Flush to disk and rename over ``path``; on failure nothing is left behind."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError.from_os(self.path, exc) from exc

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
            raise OutputError.from_os(self.path, exc) from exc


def atomic_write(path: Path, data: bytes, *, make_parent: bool = True) -> None:
    """Write ``data`` to ``path`` all or nothing (see :class:`AtomicFile`).

    With ``make_parent`` false the folder must exist already (the caller made it, after
    checking where it leads).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
        >>> atomic_write(p, b"x"); p.read_bytes()
        b'x'
    """
    with AtomicFile(path, make_parent=make_parent) as out:
        out.write(data)


def path_inside(outer: str | os.PathLike[str], inner: str | os.PathLike[str]) -> bool:
    """Whether ``inner`` is ``outer`` or lies under it, once symbolic links are followed.

    Example:
        >>> path_inside("/srv/out", "/srv/out/2025/a.md"), path_inside("/srv/out", "/srv/outer")
        (True, False)
    """
    outer_real, inner_real = os.path.realpath(outer), os.path.realpath(inner)
    return inner_real == outer_real or inner_real.startswith(outer_real.rstrip(os.sep) + os.sep)


def refuse_destination_inside(source: Path, destination: Path) -> None:
    """Refuse to write into the directory being read.

    The output would be read as input (a second run would read it again).

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
    if source.is_dir() and path_inside(source, destination):
        raise ScoringError(
            f"{destination} is inside the source {source}; its output would be read as "
            "input: choose a destination outside it"
        )
