"""Runs as real processes: one writer per destination, and no process outliving a killed run."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scoring.batch import rescore
from scoring.batch._lock import DestinationLockedError, RunLock

from .conftest import many_lines, tree_bytes
from .processes import descendants, running, start_run, wait_for
from .standin import StandIn

pytestmark = pytest.mark.slow


@pytest.fixture
def cleanup() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test started; their groups are killed whatever the test's outcome."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()  # reaps it and closes its pipes


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- one run per destination ------------------------------------------------------


def test_a_second_run_into_the_same_destination_is_refused(
    labeled_tree: Path, tmp_path: Path, cleanup: list[subprocess.Popen[bytes]]
) -> None:
    reference = tmp_path / "reference"
    rescore(labeled_tree, reference, scorer=StandIn(), workers=1)
    destination = tmp_path / "out"
    first = start_run(labeled_tree, destination, delay=0.01)
    cleanup.append(first)
    wait_for(lambda: len(list(destination.rglob("*.md"))) >= 5, first, 60)
    second = start_run(labeled_tree, destination)
    cleanup.append(second)
    _, err = second.communicate(timeout=60)
    assert second.returncode == 2
    lines = err.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"scoring: error: {destination} is being written by another ")
    assert f"(pid {first.pid} on {socket.gethostname()}, started " in lines[0]
    assert first.wait(timeout=120) == 0
    assert tree_bytes(destination) == tree_bytes(reference)
    assert not (destination / ".scoring-lock").exists()


def test_a_stale_lock_of_a_dead_run_is_taken_over(labeled_tree: Path, tmp_path: Path) -> None:
    destination = tmp_path / "out"
    destination.mkdir()
    lock = destination / ".scoring-lock"
    holder = {"pid": _dead_pid(), "host": socket.gethostname(), "started": "2025-09-12T01:00:00"}
    lock.write_text(json.dumps(holder))
    (destination / ".a.md.k3j5x_9q.tmp").write_bytes(b"half a record")  # the dead run's
    summary = rescore(labeled_tree, destination, scorer=StandIn(), workers=1)
    assert summary.scored == 181
    assert not lock.exists()
    assert list(destination.glob(".*.tmp")) == []


@pytest.mark.parametrize(
    ("holder", "who"),
    [
        (
            {"pid": 4242, "host": "batch-07.example", "started": "2025-09-12T01:00:00"},
            "pid 4242 on batch-07.example",
        ),
        (
            {"pid": os.getppid(), "host": socket.gethostname(), "started": "x"},
            f"pid {os.getppid()} on",
        ),
    ],
    ids=["other-host", "live-process"],
)
def test_a_lock_of_another_host_or_a_live_process_is_respected(
    holder: dict[str, object], who: str, tmp_path: Path
) -> None:
    lock = tmp_path / ".out.jsonl.scoring-lock"
    lock.write_text(json.dumps(holder))
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(3))
    with pytest.raises(
        DestinationLockedError, match=f"is being written by another rescore \\({who}"
    ):
        rescore(source, tmp_path / "out.jsonl", scorer=StandIn(), workers=1)
    assert json.loads(lock.read_text()) == holder
    assert not (tmp_path / "out.jsonl").exists()


def test_the_lock_is_held_against_this_process_too(tmp_path: Path) -> None:
    path = tmp_path / ".scoring-lock"
    with (
        RunLock(path, "out/"),
        pytest.raises(
            DestinationLockedError,
            match=f"out/ is being written by another rescore \\(pid {os.getpid()}",
        ),
    ):
        RunLock(path, "out/").acquire()
    with RunLock(path, "out/"):
        assert json.loads(path.read_text())["pid"] == os.getpid()


# --- no process outlives a killed run ---------------------------------------------


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_killing_the_parent_ends_every_process_of_the_run(
    engine: str, tmp_path: Path, cleanup: list[subprocess.Popen[bytes]]
) -> None:
    if engine == "dask":
        pytest.importorskip("distributed")
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(20_000))
    run = start_run(source, tmp_path / "out.jsonl", engine=engine, workers=2, delay=0.01)
    cleanup.append(run)
    # Under way: its workers are scoring (the output's temporary file exists and the
    # workers have started).
    wait_for(lambda: len(descendants(run.pid)) >= 3, run, 90)
    time.sleep(2.0)
    started = descendants(run.pid)
    assert len(started) >= 3  # two workers and the resource tracker (or Dask's)
    os.kill(run.pid, signal.SIGKILL)  # the parent alone, as the OOM killer would
    run.wait()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in started if running(pid)] == []
