"""Real rescoring runs in child processes, and what the system says about them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# The command line's contract (exit 2 and one line for a ScoringError), with a slow
# stand-in scorer so that a test can act while the run is under way.
CHILD = """
import sys
from batch.standin import StandIn
from scoring.batch import rescore
from scoring.errors import ScoringError
source, destination, engine, workers, delay = sys.argv[1:6]
try:
    rescore(source, destination, scorer=StandIn(delay=float(delay)), workers=int(workers),
            engine=engine, progress=None)
except ScoringError as exc:
    print(f"scoring: error: {exc}", file=sys.stderr)
    sys.exit(2)
"""


def start_run(
    source: Path,
    destination: Path,
    *,
    engine: str = "local",
    workers: int = 2,
    delay: float = 0.004,
    python_options: tuple[str, ...] = (),
) -> subprocess.Popen[bytes]:
    """A rescore in a child process, in its own process group (for cleaning up)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [
            sys.executable,
            *python_options,
            "-c",
            CHILD,
            str(source),
            str(destination),
            engine,
            str(workers),
            str(delay),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def wait_for(ready: Callable[[], bool], process: subprocess.Popen[bytes], seconds: float) -> None:
    """Wait until ``ready()``, failing if ``process`` ends first or time runs out."""
    deadline = time.monotonic() + seconds
    while not ready():
        assert process.poll() is None, process.communicate()[1].decode()
        assert time.monotonic() < deadline, f"not ready within {seconds} s"
        time.sleep(0.02)


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux ``/proc``), not counting their own."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except OSError:
            continue
        found.extend(int(child) for child in text.split())
    return found


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``."""
    seen: set[int] = set()
    todo = children(pid)
    while todo:
        child = todo.pop()
        if child not in seen:
            seen.add(child)
            todo.extend(children(child))
    return seen


def running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie (dead, waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
