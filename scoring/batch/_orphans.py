"""Worker processes that end by themselves when the process that started them dies.

A parent killed with ``kill -9`` cannot stop its workers; left alone they would wait on
their task queue forever, and keep the multiprocessing resource tracker (which exits
once every process holding its pipe is gone) alive with them. So each worker:

1. asks Linux to send it ``SIGKILL`` when its parent dies (``PR_SET_PDEATHSIG``), where
   that exists and where the caller knows the thread that started the worker lives as
   long as the parent does (the signal follows the creating thread, not the process);
2. runs a watchdog thread everywhere, which ends the process once its parent process is
   no longer the one that started it (it was re-parented), within ``_POLL`` seconds.

A worker holds no output of its own (the parent writes everything), so ending it at once
loses nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
import time
from typing import Any

__all__ = ["guard_worker", "guarded_initializer"]

_PR_SET_PDEATHSIG = 1
_SIGKILL = 9
_POLL = 0.5
_guarded = False


def _death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, _SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog still covers it


def _watch(parent: int) -> None:
    while True:
        time.sleep(_POLL)
        if os.getppid() != parent:
            os._exit(1)


def guard_worker(parent: int) -> None:
    """Make this process end when ``parent`` (the pid that started it) dies.

    Does nothing when this process is ``parent`` itself (a run without extra processes),
    and guards a process once however often it is called.
    """
    global _guarded
    if _guarded or os.getpid() == parent:
        return
    _guarded = True
    _death_signal()
    if os.getppid() != parent:  # it already died while this process started
        os._exit(1)
    threading.Thread(
        target=_watch, args=(parent,), name="scoring-orphan-watch", daemon=True
    ).start()


def guarded_initializer(parent: int, initializer: Any, initargs: tuple[Any, ...]) -> None:
    """A process pool's initializer: guard the worker, then run ``initializer``."""
    guard_worker(parent)
    if initializer is not None:
        initializer(*initargs)
