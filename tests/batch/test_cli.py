"""`scoring rescore`: the real Scorer, exit codes, summary and errors file."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from scoring.cli import main
from scoring.records import read_stories
from scoring.scorer import Scorer, ScorerConfig

from .conftest import EXAMPLES


def test_rescore_uses_the_real_scorer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["rescore", str(EXAMPLES / "markdown"), "--out", str(tmp_path / "out"), "--workers", "2"]
    )
    assert code == 0
    scorer = Scorer()
    for story in read_stories(tmp_path / "out"):
        result = scorer.score(story)
        assert (story.diversity_score, story.severity) == (result.diversity_score, result.severity)
    out = capsys.readouterr().out
    assert out.startswith("7 stories in ")
    assert f"config {scorer.provenance.config_hash}, outlet table " in out


def test_config_file_changes_the_fingerprint(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(ScorerConfig().to_toml())
    source = EXAMPLES / "stories.jsonl"
    assert main(["rescore", str(source), "--out", str(tmp_path / "a.jsonl"), "--workers", "1"]) == 0
    args = ["rescore", str(source), "--out", str(tmp_path / "a.jsonl"), "--workers", "1"]
    assert main([*args, "--config", str(config), "--changed-only", "--progress", "none"]) == 0
    lines = [orjson.loads(line) for line in (tmp_path / "a.jsonl").read_bytes().splitlines()]
    expected = [Scorer().score(s) for s in read_stories(source)]
    assert [(d["diversity_score"], d["severity"]) for d in lines] == [
        (r.diversity_score, r.severity) for r in expected
    ]


def test_failed_records_exit_1_and_max_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    shutil.copyfile(EXAMPLES / "stories.jsonl", source)
    with source.open("ab") as fh:
        fh.write(b'{"id": ""}\n{"title": "no id"}\n')
    errors = tmp_path / "errors.jsonl"
    args = ["rescore", str(source), "--out", str(tmp_path / "out.jsonl"), "--workers", "1"]
    assert main([*args, "--errors", str(errors), "--progress", "log"]) == 1
    assert [orjson.loads(line)["position"] for line in errors.read_bytes().splitlines()] == [
        "line 5",
        "line 6",
    ]
    capsys.readouterr()
    assert main([*args, "--max-errors", "1"]) == 2
    err = capsys.readouterr().err
    assert "scoring: error: stopped after 1 record failed (max_errors=1)" in err
    assert main(["rescore", str(source)]) == 2
    assert "give --out DEST, or --in-place" in capsys.readouterr().err
