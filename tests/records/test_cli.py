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
    captured = capsys.readouterr()
    others = [EXAMPLES / f"stories.{suffix}" for suffix in ("csv", "json", "jsonl", "parquet")]
    assert captured.out == (
        f"{EXAMPLES}: 7 stories read, 0 failed\n"
        "  markdown   7\n"
        + "".join(f"ignored (not a record): {p}\n" for p in [EXAMPLES / "README.md", *others])
    )
    assert captured.err == (
        "scoring: notice: skipped 1 Markdown file(s) that are not story records (a README, "
        f"or no front matter): {EXAMPLES / 'README.md'}\n"
        "scoring: notice: did not read 4 file(s) of another format beside the Markdown "
        f"records: {', '.join(map(str, others))}; to read them, pass --from naming their format\n"
    )


@pytest.mark.parametrize(
    ("fmt", "count"), [("markdown", 7), ("jsonl", 4), ("json", 2), ("csv", 2), ("parquet", 2)]
)
def test_check_from_reads_the_files_of_one_format(
    fmt: str, count: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(EXAMPLES), "--from", fmt]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{EXAMPLES}: {count} stories read, 0 failed\n  {fmt:<10} {count}\n")


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
    assert capsys.readouterr().out == f"wrote 7 stories to {out} (read: markdown 7)\n"
    assert (out / "markdown" / SEED.name).read_bytes() == SEED.read_bytes()
    assert not (out / "stories").exists()  # the JSON Lines, CSV... beside them are not read


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
    assert result.stdout.startswith("wrote 7 stories to ")


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


LABELED = EXAMPLES.parent / "labeled"


def test_a_labeled_set_reads_its_stories_only_and_says_what_it_passed_over(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The rubric once stopped the run, and the label files were read as 362 more stories.
    assert main(["check", str(LABELED)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{LABELED}: 181 stories read, 0 failed\n  markdown   181\n")
    assert captured.err.splitlines() == [
        "scoring: notice: skipped 2 Markdown file(s) that are not story records (a README, or "
        f"no front matter): {LABELED / 'README.md'}, {LABELED / 'RUBRIC.md'}",
        "scoring: notice: did not read 2 file(s) of another format beside the Markdown "
        f"records: {LABELED / 'labels.csv'}, {LABELED / 'labels.jsonl'}; to read them, pass "
        "--from naming their format",
    ]


def test_score_and_explain_report_duplicate_ids_and_keep_going(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    (tmp_path / "c.md").write_text(SEED.read_text().replace("citations:", "citations: 5\nx:", 1))
    notice = (
        "scoring: notice: story id '8bcaf6925afaeda812cc2d600462767b' was read 2 times; each "
        "story needs an id of its own\n"
    )
    assert main(["score", str(tmp_path), "--keep-going", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 2
    assert notice in captured.err
    assert f"skipped: {tmp_path / 'c.md'}: field 'citations'" in captured.err
    assert main(["explain", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"scoring: error: {tmp_path / 'c.md'}")
    assert main(["explain", str(tmp_path), "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("8bcaf6925afaeda812cc2d600462767b") >= 2
    assert notice in captured.err
    assert "1 record(s) failed" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["check", "{md}", "--max-record-bytes", "100"],
            "the file is larger than the limit of 100 bytes; split it or raise --max-record-bytes",
        ),
        (
            ["convert", "{md}", "{out}", "--max-record-bytes", "0"],
            "--max-record-bytes must be a positive number of bytes, not 0",
        ),
        (["check", "{txt}"], "or pass --from (one of markdown, json, jsonl, parquet, csv)"),
    ],
)
def test_messages_name_the_flags_on_the_command_line(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_bytes(SEED.read_bytes())
    paths = {"md": str(SEED), "out": str(tmp_path / "o.jsonl"), "txt": str(tmp_path / "story.txt")}
    main([arg.format(**paths) for arg in argv])
    captured = capsys.readouterr()
    assert message in captured.out + captured.err
    assert "max_record_bytes" not in captured.out + captured.err
    assert "format=" not in captured.out + captured.err
