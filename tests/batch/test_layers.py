"""`scoring rescore` with outlet layers: workers score with them.

A changed layer changes the fingerprint, so `--changed-only` rescores what it affects.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from scoring.cli import main
from scoring.records import read_stories
from scoring.scorer import Scorer, ScorerConfig

from .conftest import LABELED

# Wires and one tabloid re-rated by "our" desk: common citations in the labeled stories.
LAYER = "domains,reliability,basis\napnews.com,low,desk review\nnypost.com,high,desk review\n"


def _results(path: Path) -> dict[str, tuple[float, str]]:
    return {s.id: (s.diversity_score or 0.0, s.severity or "") for s in read_stories(path)}


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    """The labeled stories as one JSON Lines file."""
    path = tmp_path / "stories.jsonl"
    lines = [s.model_dump_json(exclude_unset=True) for s in read_stories(LABELED)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_workers_score_with_the_configs_layers(
    tmp_path: Path, jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "desk.csv").write_text(LAYER)
    (tmp_path / "scorer.toml").write_text('[[outlets.layers]]\npath = "desk.csv"\n')
    out = tmp_path / "out.jsonl"
    args = ["rescore", str(jsonl), "--out", str(out), "--progress", "none"]
    assert main([*args, "--config", str(tmp_path / "scorer.toml"), "--workers", "2"]) == 0
    layered = Scorer(ScorerConfig.from_toml_file(tmp_path / "scorer.toml"))
    stories = list(read_stories(jsonl))
    expected = {
        s.id: (layered.score(s).diversity_score, layered.score(s).severity) for s in stories
    }
    assert _results(out) == expected
    plain = Scorer()
    differ = [s.id for s in stories if plain.score(s).severity != expected[s.id][1]]
    assert differ, "the layer should change some severities in the labeled set"
    assert f"outlet table {layered.provenance.outlet_table_version}" in capsys.readouterr().out


def test_the_table_flag_reaches_the_workers(tmp_path: Path, jsonl: Path) -> None:
    (tmp_path / "desk.csv").write_text(LAYER)
    by_flag, by_config = tmp_path / "flag.jsonl", tmp_path / "config.jsonl"
    (tmp_path / "scorer.toml").write_text('[[outlets.layers]]\npath = "desk.csv"\n')
    common = ["--progress", "none", "--workers", "2"]
    assert (
        main(
            [
                "rescore",
                str(jsonl),
                "--out",
                str(by_flag),
                "--table",
                str(tmp_path / "desk.csv"),
                *common,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "rescore",
                str(jsonl),
                "--out",
                str(by_config),
                "--config",
                str(tmp_path / "scorer.toml"),
                *common,
            ]
        )
        == 0
    )
    assert _results(by_flag) == _results(by_config)


def test_changed_only_rescores_when_a_layer_changes(tmp_path: Path, jsonl: Path) -> None:
    desk = tmp_path / "desk.csv"
    desk.write_text(LAYER)
    out = tmp_path / "out.jsonl"
    args = ["rescore", str(jsonl), "--out", str(out), "--table", str(desk)]
    args += ["--changed-only", "--workers", "1", "--progress", "none"]
    assert main(args) == 0
    first = _results(out)
    # The desk changes its mind about the AP: the run must not reuse the old results.
    desk.write_text(LAYER.replace("apnews.com,low", "apnews.com,high"))
    assert main(args) == 0
    second = _results(out)
    expected_scorer = Scorer(
        ScorerConfig.from_toml_text(f'[[outlets.layers]]\npath = "{desk.as_posix()}"\n')
    )
    stories = list(read_stories(jsonl))
    assert second == {
        s.id: (expected_scorer.score(s).diversity_score, expected_scorer.score(s).severity)
        for s in stories
    }
    assert first != second
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(lines) == len(stories)
