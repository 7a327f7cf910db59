"""Files written so that a crash never leaves half a record, and paths that stay put."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath

__all__ = ["atomic_write", "file_mode", "safe_relative_path"]

_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")
_MAX_COMPONENT = 200


def file_mode(path: Path) -> int:
    """The permissions a file written to ``path`` should get: those of the file it
    replaces, else what the umask gives a new file (a temporary file would be 0600).

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
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing: a temporary file, fsync, then rename.

    A reader (or a rerun after a crash) sees the old file or the new one, never a mix.
    The file keeps the permissions of the one it replaces (see :func:`file_mode`).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
        >>> atomic_write(p, b"x"); p.read_bytes()
        b'x'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = file_mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _safe_component(part: str) -> str:
    cleaned = _UNSAFE_CHARS.sub("_", unicodedata.normalize("NFC", part)).strip()
    if cleaned in {"", ".", ".."}:
        cleaned = cleaned.replace(".", "_") or "_"
    return cleaned[:_MAX_COMPONENT]


def safe_relative_path(name: str) -> PurePosixPath:
    """A relative path built from ``name`` that cannot leave the folder it is joined to.

    ``..`` components, absolute roots, drive letters, backslashes and control characters
    are neutralised rather than followed.

    Example:
        >>> str(safe_relative_path("../../etc/passwd"))
        '__/__/etc/passwd'
        >>> str(safe_relative_path("/abs/x\\n.md"))
        'abs/x_.md'
    """
    parts = [p for p in re.split(r"[/\\]+", name) if p]
    if not parts:
        return PurePosixPath("_")
    return PurePosixPath(*(_safe_component(p) for p in parts))
