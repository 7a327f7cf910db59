"""Every file the engine writes: the mode plain open() gives, and never inside its own source."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from scoring.batch import rescore
from scoring.cli import main
from scoring.records import read_stories, write_stories

from .conftest import EXAMPLES, LABELED, many_lines
from .standin import StandIn


@pytest.fixture(params=[0o022, 0o027], ids=["umask-022", "umask-027"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    mask: int = request.param
    old = os.umask(mask)
    try:
        yield mask
    finally:
        os.umask(old)


def _modes(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): stat.S_IMODE(p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _written_with(root: Path, mode: int) -> None:
    modes = _modes(root)
    assert modes, "nothing was written"
    assert {name: m for name, m in modes.items() if m != mode} == {}


def test_write_stories_gives_the_mode_of_open(umask: int, tmp_path: Path) -> None:
    stories = list(read_stories(EXAMPLES / "stories.jsonl"))
    out = tmp_path / "out"
    for name in ("s.jsonl", "s.json", "s.csv", "s.parquet", "markdown"):
        write_stories(stories, out / name)
    write_stories(stories[:1], out / "one.md")
    _written_with(out, 0o666 & ~umask)


def test_convert_and_rescore_give_the_mode_of_open(umask: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(EXAMPLES / "markdown"), str(out / "converted.parquet")]) == 0
    assert main(["convert", str(EXAMPLES / "stories.jsonl"), str(out / "converted")]) == 0
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(20) + b"{not json\n")
    rescore(source, out / "r.jsonl", scorer=StandIn(), workers=1, errors=out / "errors.jsonl")
    rescore(EXAMPLES / "markdown", out / "tree", scorer=StandIn(), workers=2)
    rescore(out / "converted.parquet", out / "r.parquet", scorer=StandIn(), workers=1)
    _written_with(out, 0o666 & ~umask)


def test_a_replaced_file_keeps_its_own_mode(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(EXAMPLES / "markdown", tree)
    for path in tree.glob("*.md"):
        path.chmod(0o600)
    summary = rescore(tree, None, scorer=StandIn(), workers=1, in_place=True)
    assert summary.changed_tier > 0  # files were rewritten, not left alone
    assert {m for name, m in _modes(tree).items() if name.endswith(".md")} == {0o600}


def test_reports_and_fitted_configs_give_the_mode_of_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("matplotlib")
    from scoring.evaluate.evaluation import evaluate_predictions
    from scoring.evaluate.report import write_report

    frame = pd.DataFrame(
        {
            "gold_diversity": [0.0, 0.5, 0.9, 0.3],
            "gold_severity": ["critical", "normal", "normal", "elevated"],
            "diversity_score": [0.1, 0.4, 0.8, 0.3],
            "severity": ["high", "normal", "normal", "elevated"],
        },
        index=pd.Index(["s1", "s2", "s3", "s4"], name="id"),
    )
    out = tmp_path / "out"
    old = os.umask(0o027)
    try:
        write_report(evaluate_predictions(frame, n_resamples=0), out / "report")
        code = main(
            [
                "fit",
                str(LABELED),
                "--labels",
                str(LABELED.parent / "labels.csv"),
                "--out",
                str(out / "fitted.toml"),
                "--folds",
                "2",
                "--force",
            ]
        )
    finally:
        os.umask(old)
    assert code == 0
    capsys.readouterr()
    assert (out / "fitted.toml").exists()
    _written_with(out, 0o640)


@pytest.mark.parametrize("inside", ["converted", "converted/all.jsonl", "."])
def test_convert_refuses_a_destination_inside_its_source(
    inside: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stories"
    shutil.copytree(EXAMPLES / "markdown", source)
    before = sorted(p.name for p in source.rglob("*"))
    destination = source / inside
    assert main(["convert", str(source), str(destination)]) == 2
    assert capsys.readouterr().err == (
        f"scoring: error: {destination} is inside the source {source}; its output would be "
        "read as input: choose a destination outside it\n"
    )
    assert sorted(p.name for p in source.rglob("*")) == before
    # Beside the source, the same stories come out, as many as went in.
    assert main(["convert", str(source), str(tmp_path / "converted")]) == 0
    assert len(list(read_stories(tmp_path / "converted"))) == len(list(read_stories(source)))
