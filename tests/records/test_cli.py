"""The convert and check commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scoring.cli import main

from .conftest import EXAMPLES, SEED


def test_check_summarises_by_format_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES)]) == 0
    assert capsys.readouterr().out == (
        f"{EXAMPLES}: 17 stories read, 0 failed\n"
        "  csv        2\n"
        "  json       2\n"
        "  jsonl      4\n"
        "  markdown   7\n"
        "  parquet    2\n"
        f"ignored (not a record): {EXAMPLES / 'README.md'}\n"
    )


def test_check_lists_each_bad_record_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "a1"}\n{"id": "a2", "diversity_score": 2}\n{"id": "a3", "citations": [{}]}\n'
    )
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}: 1 stories read, 2 failed\n"
        "  jsonl      1\n"
        f"error: {path}, line 2: field 'diversity_score': must be between 0 and 1, got 2\n"
        f"error: {path}, line 3: field 'citations[0].name': is missing: every citation needs "
        "a name and a url (and 1 more problem in this record)\n"
    )


def test_check_of_a_missing_path_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "nope.jsonl")]) == 2
    assert (
        capsys.readouterr().err
        == f"scoring: error: {tmp_path / 'nope.jsonl'}: no such file or directory; check the path\n"
    )


def test_convert_writes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(EXAMPLES), str(out)]) == 0
    assert capsys.readouterr().out == (
        f"wrote 17 stories to {out} (read: csv 2, json 2, jsonl 4, markdown 7, parquet 2)\n"
    )
    assert (out / "markdown" / SEED.name).read_bytes() == SEED.read_bytes()
    assert len(list((out / "stories").glob("*.md"))) == 10


def test_convert_format_option_overrides_the_suffix(tmp_path: Path) -> None:
    assert main(["convert", str(SEED), str(tmp_path / "seed.out"), "--format", "jsonl"]) == 0
    assert (
        (tmp_path / "seed.out").read_bytes().startswith(b'{"id":"8bcaf6925afaeda812cc2d600462767b"')
    )


def test_convert_keep_going_skips_bad_records_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "a1"}\n{"id": ""}\n{"id": "a3"}\n')
    assert main(["convert", str(src), str(tmp_path / "o.jsonl"), "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert captured.out == f"wrote 2 stories to {tmp_path / 'o.jsonl'} (read: jsonl 2)\n"
    assert (
        captured.err
        == f"skipped: {src}, line 2: field 'id': must not be empty\n1 record(s) failed\n"
    )
    assert (tmp_path / "o.jsonl").read_bytes() == b'{"id":"a1"}\n{"id":"a3"}\n'


def test_convert_stops_at_the_first_bad_record_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "a1"}\n{"id": ""}\n')
    assert main(["convert", str(src), str(tmp_path / "o.jsonl")]) == 2
    assert (
        capsys.readouterr().err == f"scoring: error: {src}, line 2: field 'id': must not be empty\n"
    )
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.slow
def test_console_script_runs_the_quick_start(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("scoring")
    result = subprocess.run(
        [str(exe), "convert", str(EXAMPLES), str(tmp_path / "out")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote 17 stories to ")


def test_a_record_that_cannot_be_built_fails_alone_in_check_and_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a1.md").write_bytes(SEED.read_bytes())
    huge = SEED.read_text().replace("---\n", "---\nwire_ref: " + "7" * 4301 + "\n", 1)
    (tmp_path / "b2.md").write_text(huge)
    bad = f"{tmp_path / 'b2.md'}: field 'wire_ref': at line 2: an integer of 4,301 digits"
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path}: 1 stories read, 1 failed\n" in out
    assert f"error: {bad}" in out
    assert main(["score", str(tmp_path), "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 2  # the header and the one good story
    assert f"skipped: {bad}" in captured.err
    assert "Traceback" not in captured.err
