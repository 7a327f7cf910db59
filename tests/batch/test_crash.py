"""A run killed with SIGKILL part-way, then run again, gives the uninterrupted output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scoring.batch import rescore

from .conftest import many_lines, tree_bytes
from .standin import StandIn

TESTS = Path(__file__).resolve().parents[1]
SLOW = StandIn(delay=0.004)

_CHILD = """
import sys
from batch.standin import StandIn
from scoring.batch import rescore
rescore(sys.argv[1], sys.argv[2], scorer=StandIn(delay=0.004), workers=2,
        errors=sys.argv[3], changed_only=True)
"""


def _start(source: Path, destination: Path, errors: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(source), str(destination), str(errors)],
        env=env,
        start_new_session=True,  # its own process group: the kill takes its workers too
    )


def _kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 60
    while not ready():
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "no output appeared within a minute"
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def _temporaries(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_killed_markdown_run_finishes_on_rerun(labeled_tree: Path, tmp_path: Path) -> None:
    (labeled_tree / "bad.md").write_bytes(b"---\nid: [unclosed\n---\n")
    reference, errors_ref = tmp_path / "reference", tmp_path / "errors-ref.jsonl"
    rescore(labeled_tree, reference, scorer=StandIn(), workers=1, errors=errors_ref)
    destination, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    process = _start(labeled_tree, destination, errors)
    _kill_when(process, lambda: len(list(destination.rglob("*.md"))) >= 20)
    assert 20 <= len(list(destination.rglob("*.md"))) < 182
    # The same command again (the same scorer, so the same fingerprint).
    summary = rescore(
        labeled_tree, destination, scorer=SLOW, workers=2, errors=errors, changed_only=True
    )
    assert tree_bytes(destination) == tree_bytes(reference)
    assert errors.read_bytes() == errors_ref.read_bytes()
    assert summary.unchanged > 0  # results committed before the kill were reused
    assert summary.scored + summary.unchanged == 181
    assert _temporaries(destination) == []


@pytest.mark.slow
def test_killed_jsonl_run_never_leaves_half_a_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(1_500))
    reference = tmp_path / "reference.jsonl"
    rescore(source, reference, scorer=StandIn(), workers=1)
    destination, errors = tmp_path / "out" / "out.jsonl", tmp_path / "errors.jsonl"

    def started() -> bool:
        return any(p.stat().st_size > 0 for p in _temporaries(destination.parent))

    process = _start(source, destination, errors)
    destination.parent.mkdir()
    _kill_when(process, started)
    assert not destination.exists()
    rescore(source, destination, scorer=SLOW, workers=2, errors=errors, changed_only=True)
    assert destination.read_bytes() == reference.read_bytes()
    assert _temporaries(tmp_path) == []
