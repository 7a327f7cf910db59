"""One run per destination at a time: a lock file that names its holder.

Two runs writing the same destination would each remove the other's temporary files as
stale and interleave their outputs. So a run holds ``DEST/.scoring-lock`` (for a file
destination, ``.NAME.scoring-lock`` beside it) from before it touches anything until it
ends:

1. the file is opened (created if missing) and locked with ``flock``, which the system
   releases when the holder dies however it dies (``kill -9`` included), so a second run
   on this machine is refused at once while the first lives;
2. the file names its holder (pid, host, start time), for the refusal message, and for
   file systems where ``flock`` does not reach other machines: a lock naming another
   host is never taken over; one naming a process of this host that no longer exists
   (a run that was killed) is stale, and taken over;
3. the holder deletes the file when the run ends.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scoring.errors import OutputError, ScoringError

if sys.platform != "win32":
    import fcntl

__all__ = ["DestinationLockedError", "RunLock", "lock_path"]

_LOCK_SUFFIX = ".scoring-lock"


class DestinationLockedError(ScoringError):
    """Another run is writing the same destination."""


def lock_path(manifest: Path) -> Path:
    """The lock file of the destination whose manifest is ``manifest``.

    Example:
        >>> lock_path(Path("out/.scoring-manifest.sqlite")).as_posix()
        'out/.scoring-lock'
        >>> lock_path(Path("data/.out.jsonl.scoring-manifest.sqlite")).as_posix()
        'data/.out.jsonl.scoring-lock'
    """
    stem = manifest.name.removesuffix(".scoring-manifest.sqlite")
    return manifest.with_name(stem + _LOCK_SUFFIX)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    return True


def _stale(holder: dict[str, Any]) -> bool:
    pid = holder.get("pid")
    if holder.get("host") != socket.gethostname() or not isinstance(pid, int):
        return False
    return pid != os.getpid() and not _alive(pid)


class RunLock:
    """The lock on one destination, held from :meth:`acquire` to :meth:`release`.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / ".scoring-lock"
        >>> with RunLock(path, "out/"):
        ...     path.exists()
        True
        >>> path.exists()
        False
    """

    def __init__(self, path: Path, destination: str) -> None:
        self.path = path
        self.destination = destination
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise naming the run that holds it.

        Raises:
            DestinationLockedError: another live run holds it.
            OutputError: the lock file cannot be written (a full disk, no permission).
        """
        try:
            self._acquire()
        except OSError as exc:
            if isinstance(exc, OutputError):
                raise
            raise OutputError.from_os(self.path, exc) from exc

    def _acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if not self._flock(fd):
                    self._refuse(fd)
                # The holder we waited on may have deleted the file after we opened it:
                # then our lock is on a file nobody else will see; start again.
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
                holder = self._read(fd)
                if holder and not _stale(holder):
                    self._refuse(fd, holder)
                record = {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "started": datetime.now(UTC).isoformat(timespec="seconds"),
                }
                os.ftruncate(fd, 0)
                os.pwrite(fd, json.dumps(record).encode() + b"\n", 0)
                os.fsync(fd)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            return

    @staticmethod
    def _flock(fd: int) -> bool:
        if sys.platform == "win32":
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    @staticmethod
    def _read(fd: int) -> dict[str, Any]:
        raw = os.pread(fd, 4096, 0)
        try:
            holder = json.loads(raw)
        except ValueError:
            return {}  # empty or cut short: its holder died while writing it
        return holder if isinstance(holder, dict) else {}

    def _refuse(self, fd: int, holder: dict[str, Any] | None = None) -> None:
        if holder is None:
            holder = self._read(fd)
        who = (
            f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}, "
            f"started {holder.get('started', '?')}"
        )
        raise DestinationLockedError(
            f"{self.destination} is being written by another rescore ({who}); wait for "
            f"it to end, or delete {self.path} if that run is gone"
        )

    def release(self) -> None:
        """Delete the lock file and let go of it."""
        if self._fd is None:
            return
        # Deleted while still held, so nobody can take the lock on a file about to go.
        self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Released however the run ends: the lock must never outlive it.
        self.release()
