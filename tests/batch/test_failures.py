"""When things go wrong: an odd record, a full disk, a stopped run, an unreachable cluster."""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from scoring.batch import rescore
from scoring.cli import main
from scoring.errors import ScoringError
from scoring.records import MAX_RECORD_BYTES, Story, read_stories

from .conftest import EXAMPLES, many_lines, tree_bytes
from .processes import TESTS
from .standin import StandIn


def _huge_integer_record(labeled_tree: Path) -> Path:
    """A real record whose front matter holds an integer of 5,000 digits.

    Python refuses to convert more than 4,300 digits to text.
    """
    first = sorted(labeled_tree.rglob("*.md"))[0]
    text = first.read_text(encoding="utf-8")
    bad = first.with_name("huge-int.md")
    bad.write_text(text.replace("---\n", "---\nword_count: " + "9" * 5000 + "\n", 1))
    return bad


def _story_id(path: Path) -> str:
    story = next(iter(read_stories(path)))
    return story.id


def test_an_unexpected_error_in_one_record_is_reported_and_the_run_goes_on(
    labeled_tree: Path, tmp_path: Path
) -> None:
    bad = _huge_integer_record(labeled_tree)
    unscorable = sorted(labeled_tree.rglob("*.md"))[50]
    destination, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    scorer = StandIn(fail_id=_story_id(unscorable))
    summary = rescore(labeled_tree, destination, scorer=scorer, workers=2, errors=errors)
    failures = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    assert sorted((f["source"], f["position"]) for f in failures) == sorted(
        [(str(bad), None), (str(unscorable), None)]
    )
    reasons = {f["source"]: f["reason"] for f in failures}
    assert "digits" in reasons[str(bad)]
    assert reasons[str(unscorable)] == (
        "the scorer failed on this story (ValueError: no outlet table row for this story)"
    )
    assert (summary.scored, summary.failed) == (180, 2)
    # Every record is in the output: 180 rescored, the odd ones copied through as they were.
    assert len(list(destination.rglob("*.md"))) == 182
    for path in (bad, unscorable):
        relative = path.relative_to(labeled_tree)
        assert (destination / relative).read_bytes() == path.read_bytes()


def test_the_reason_of_an_unexpected_error_names_its_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import scoring.batch._worker as worker
    from scoring.batch._scorer import fingerprint
    from scoring.batch._worker import (
        MarkdownTask,
        WorkerSetup,
        close_worker,
        init_worker,
        run_chunk,
    )
    from scoring.records.markdown import patch_markdown

    paths = sorted((EXAMPLES / "markdown").glob("*.md"))[:3]
    raw = [p.read_bytes() for p in paths]
    huge = raw[0].replace(b"---\n", b"---\nword_count: " + b"7" * 4400 + b"\n", 1)
    ids = [_story_id(p) for p in paths]

    def buggy(story: Story, *, diversity_score: float, severity: str) -> str | None:
        if story.id == ids[2]:  # a bug of ours or a library's, hit by one record
            raise ValueError("injected: cannot patch")
        return patch_markdown(story, diversity_score=diversity_score, severity=severity)

    monkeypatch.setattr(worker, "patch_markdown", buggy)
    scorer = StandIn(fail_id=ids[1])
    init_worker(WorkerSetup(scorer, fingerprint(scorer), None, False, MAX_RECORD_BYTES))
    try:
        items = [(str(p), p.name, data) for p, data in zip(paths, raw, strict=True)]
        [result] = run_chunk(MarkdownTask(0, [*items[:1], ("b.md", "b.md", huge), *items[1:]]))
    finally:
        close_worker()
    reasons = [outcome.reason for outcome in result.outcomes]
    assert reasons[0] is None
    assert reasons[1] is not None
    assert "digits" in reasons[1]
    assert reasons[2] == (
        "the scorer failed on this story (ValueError: no outlet table row for this story)"
    )
    assert reasons[3] == "could not be processed (ValueError: injected: cannot patch)"
    assert [data is None for _, _, data in result.output] == [False, True, True, True]


def test_a_scorer_that_does_not_pickle_is_refused_before_any_work(tmp_path: Path) -> None:
    class Local(StandIn):  # defined in a function: no process can import it
        pass

    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(3))
    with pytest.raises(ScoringError, match="the scorer Local cannot be sent to worker processes"):
        rescore(source, tmp_path / "out.jsonl", scorer=Local(), workers=2)
    assert not (tmp_path / "out.jsonl").exists()
    # One worker needs no pickling: the same scorer runs in this process.
    assert rescore(source, tmp_path / "out.jsonl", scorer=Local(), workers=1).scored == 3


def test_a_record_removed_during_the_run_costs_only_itself(
    labeled_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scoring.batch._plan as plan

    gone = sorted(labeled_tree.rglob("*.md"))[100]
    read = plan._read_record

    def removed_after_the_walk(path: Path, limit: int) -> bytes | str:
        if path == gone:
            path.unlink()  # as an editor or a clean-up job might, mid-run
        return read(path, limit)

    monkeypatch.setattr(plan, "_read_record", removed_after_the_walk)
    destination = tmp_path / "out"
    summary = rescore(labeled_tree, destination, scorer=StandIn(), workers=2)
    assert (summary.scored, summary.failed) == (180, 1)
    [failure] = summary.failures
    assert (failure.source, failure.position) == (str(gone), None)
    assert failure.reason.startswith("could not be read (FileNotFoundError: ")
    assert len(list(destination.rglob("*.md"))) == 180


class _DiskFull:
    """``os.fsync`` that finds the disk full after ``allowed`` temporary outputs.

    Counted are temporary output files under ``root``; other files (the lock) flush as
    ever.
    """

    def __init__(self, root: Path, allowed: int) -> None:
        self.root = str(root) + os.sep
        self.allowed = allowed
        self.real: Callable[[int], None] = os.fsync

    def __call__(self, fd: int) -> None:
        name = os.readlink(f"/proc/self/fd/{fd}")
        if name.startswith(self.root) and name.endswith(".tmp"):
            if self.allowed <= 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self.allowed -= 1
        self.real(fd)


@pytest.mark.parametrize("kind", ["markdown", "jsonl"])
def test_a_full_disk_is_one_line_and_a_rerun_finishes_the_job(
    kind: str,
    labeled_tree: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if kind == "markdown":
        source, reference, destination = labeled_tree, tmp_path / "ref", tmp_path / "out"
    else:
        source = tmp_path / "in.jsonl"
        source.write_bytes(many_lines(3_000))
        reference, destination = tmp_path / "ref.jsonl", tmp_path / "out" / "out.jsonl"
    args = ["rescore", str(source), "--out", str(destination), "--workers", "2"]
    assert main([*args[:3], str(reference), "--workers", "1", "--progress", "none"]) == 0
    capsys.readouterr()
    # Markdown: the disk fills after 40 records; JSON Lines: when the file is complete.
    full = _DiskFull(tmp_path / "out", allowed=40 if kind == "markdown" else 0)
    monkeypatch.setattr(os, "fsync", full)
    assert main([*args, "--progress", "none", "--changed-only"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"scoring: error: {destination}")
    assert err[0].endswith(
        ": cannot write (No space left on device); free space or fix the permissions, "
        "then run again"
    )
    if kind == "markdown":
        assert 0 < len(list(destination.rglob("*.md"))) < 181  # what was written stays
    else:
        assert not destination.exists()
    leftovers = [p for p in destination.parent.rglob("*") if p.name.endswith((".tmp", "-lock"))]
    assert leftovers == []
    monkeypatch.undo()
    assert main([*args, "--progress", "none", "--changed-only"]) == 0
    assert "unchanged" in capsys.readouterr().out
    if kind == "markdown":
        assert tree_bytes(destination) == tree_bytes(reference)
    else:
        assert destination.read_bytes() == reference.read_bytes()


def test_max_errors_without_an_errors_file_prints_each_failure_and_counts_what_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(446) + b'{"id": ""}\n' + many_lines(3) + b"{not json\n")
    destination = tmp_path / "out.jsonl"
    args = ["rescore", str(source), "--out", str(destination), "--workers", "1"]
    assert main([*args, "--max-errors", "2", "--progress", "none"]) == 2
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert err[0] == f"failed: {source}, line 447: field 'id': must not be empty"
    assert err[1].startswith(f"failed: {source}, line 451: ")
    assert err[2] == (
        "scoring: error: stopped after 2 records failed (max_errors=2); fix the source or "
        "the config, and run again"
    )
    assert "errors file" not in captured.err
    assert ": 0 scored, 0 unchanged, 0 changed tier, 2 failed" in captured.out
    assert "449 more stories were scored but not written" in captured.out
    assert not destination.exists()


def test_max_record_bytes_bounds_each_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(5))
    sizes = [len(line) for line in source.read_bytes().splitlines()]
    limit = sorted(sizes)[-2]  # every line fits but the longest
    args = ["rescore", str(source), "--out", str(tmp_path / "out.jsonl"), "--workers", "1"]
    assert main([*args, "--max-record-bytes", str(limit), "--progress", "none"]) == 1
    err = capsys.readouterr().err.splitlines()
    longest = sizes.index(max(sizes)) + 1
    assert err == [
        f"failed: {source}, line {longest}: the line is longer than the limit of "
        f"{limit:,} bytes; split the record or raise max_record_bytes"
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    code = main(
        [
            "rescore",
            str(EXAMPLES / "stories.jsonl"),
            "--out",
            str(tmp_path / "out.jsonl"),
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--connect-timeout",
            "1",
            "--progress",
            "none",
        ]
    )
    assert code == 2
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(
        f"scoring: error: cannot reach the Dask scheduler at {address} within 1 s ("
    )
    assert err[0].endswith(
        "check the address and that the scheduler runs, or raise --connect-timeout"
    )
    assert not (tmp_path / "out.jsonl").exists()


def test_a_local_cluster_that_cannot_start_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    distributed = pytest.importorskip("distributed")

    def no_loopback(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")

    monkeypatch.setattr(distributed, "LocalCluster", no_loopback)
    source = EXAMPLES / "stories.jsonl"
    args = ["rescore", str(source), "--out", str(tmp_path / "o.jsonl"), "--engine", "dask"]
    assert main([*args, "--progress", "none"]) == 2
    assert capsys.readouterr().err == (
        "scoring: error: cannot start a local Dask cluster within 10 s (OSError: [Errno 99] "
        "Cannot assign requested address); check that this machine can listen on "
        "127.0.0.1, or use --engine local\n"
    )


_UNDER_WARNINGS = """
import sys
from batch.standin import StandIn
from scoring.batch import rescore
for workers in (1, 2):
    rescore(sys.argv[1], sys.argv[2], scorer=StandIn(), workers=workers, changed_only=True,
            errors=sys.argv[3])
"""


@pytest.mark.slow
def test_a_rescore_leaves_nothing_open(labeled_tree: Path, tmp_path: Path) -> None:
    """Every connection and file is closed when the run ends, not when collected.

    Under Python 3.13 an unclosed SQLite connection is a ResourceWarning.
    """
    (labeled_tree / "bad.md").write_bytes(b"---\nid: [unclosed\n---\n")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "dev",
            "-W",
            "error::ResourceWarning",
            "-c",
            _UNDER_WARNINGS,
            str(labeled_tree),
            str(tmp_path / "out"),
            str(tmp_path / "errors.jsonl"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert len(list((tmp_path / "out").rglob("*.md"))) == 182


class _NotANumber(StandIn):
    """A third-party scorer that gives NaN for one story (a division by zero it hides)."""

    def score(self, story: Story) -> Any:
        result = StandIn().score(story)
        if story.id == self.fail_id:
            return type(result)(float("nan"), result.severity)
        return result


def test_a_score_that_is_not_a_number_from_0_to_1_costs_its_record(tmp_path: Path) -> None:
    source, errors = tmp_path / "in.jsonl", tmp_path / "errors.jsonl"
    source.write_bytes(many_lines(4))
    second = orjson.loads(source.read_bytes().splitlines()[1])["id"]
    summary = rescore(
        source,
        tmp_path / "out.jsonl",
        scorer=_NotANumber(fail_id=second),
        workers=1,
        errors=errors,
    )
    assert (summary.scored, summary.failed) == (3, 1)
    assert sum(summary.histogram) == 3
    [reported] = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    assert (reported["position"], reported["reason"]) == (
        "line 2",
        "field 'diversity_score': the scorer gave diversity_score nan, not a number from 0 to 1",
    )
    out = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert out[1] == source.read_bytes().splitlines()[1]
