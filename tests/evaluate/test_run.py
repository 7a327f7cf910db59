"""Stories and labels in: evaluate, compare, sensitivity, and the commands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import scoring
from scoring.cli import main
from scoring.evaluate import (
    EvaluationError,
    compare_configs,
    evaluate,
    load_story_set,
    select_split,
    sensitivity,
)
from scoring.records import Citation, Story, write_stories
from scoring.scorer import Scorer, ScorerConfig

LABELED = Path(__file__).parents[2] / "data" / "labeled"

RT_POSTS = "\n\n".join(
    f"Footage shows the crowd. pic.twitter.com/Ab{i}Cd — RT (@RT_com) September 11, 2025"
    for i in range(4)
)
STORIES = [
    Story(
        id="seed",
        title="Officials deny report as videos spread",
        citations=(
            Citation(
                name="The Gateway Pundit",
                url="https://www.thegatewaypundit.com/2025/09/officials-deny-report/",
            ),
        ),
        body=f"The claim spread quickly online.\n\n{RT_POSTS}\n\nOfficials denied it.",
    ),
    Story(
        id="balanced",
        title="Congress passes stopgap bill",
        citations=(
            Citation(name="AP", url="https://apnews.com/article/congress-stopgap-bill-4d1c"),
            Citation(
                name="Reuters", url="https://www.reuters.com/world/us/stopgap-bill-2025-11-14/"
            ),
            Citation(
                name="The New York Times",
                url="https://www.nytimes.com/2025/11/14/us/politics/stopgap.html",
            ),
            Citation(
                name="The Wall Street Journal", url="https://www.wsj.com/politics/stopgap-bill-8a1b"
            ),
            Citation(name="Fox News", url="https://www.foxnews.com/politics/stopgap-bill-passes"),
        ),
        body="The House voted late Friday to keep the government funded.",
    ),
    Story(
        id="wire-copy",
        title="Quake strikes off coast",
        citations=(
            Citation(name="AP", url="https://apnews.com/article/quake-coast-77aa"),
            Citation(
                name="Detroit Free Press",
                url="https://www.freep.com/story/news/world/2025/03/02/quake-coast/",
            ),
        ),
        body="TOKYO (AP) — A strong earthquake struck off the coast on Sunday.",
    ),
    Story(id="empty", title="No sources"),
]
LABELS = pd.DataFrame(
    {
        "diversity_score": [0.0, 0.9, 0.1, 0.0],
        "severity": ["critical", "normal", "normal", "high"],
        "split": ["train", "test", "test", "test"],
        "desk": ["politics", "politics", "world", "world"],
    },
    index=pd.Index(["seed", "balanced", "wire-copy", "empty"], name="id"),
)


def test_evaluate_scores_each_story_as_the_scorer_does() -> None:
    ev = evaluate(STORIES, LABELS, by=["desk"], n_resamples=0)
    scorer = Scorer()
    for story in STORIES:
        result = scorer.score(story)
        row = ev.predictions.loc[story.id]
        assert row["diversity_score"] == pytest.approx(result.diversity_score)
        assert row["severity"] == result.severity
    errors = ev.predictions["diversity_score"] - LABELS["diversity_score"]
    assert ev.diversity["mae"].value == pytest.approx(errors.abs().mean())
    assert set(ev.by_group.index.get_level_values("grouping")) == {
        "slant_mix",
        "category",
        "embeds",
        "desk",
    }
    assert ev.by_group.loc[("embeds", "embeds"), "n"] == 1  # the seed's RT posts
    assert ev.by_group.loc[("desk", "world"), "n"] == 2
    assert "explanation" in ev.worst.columns
    assert ev.worst["explanation"].str.contains("severity").all()


def test_entry_is_reached_from_the_package_root() -> None:
    # scoring.evaluate is the subpackage, loaded on first use; its entry is evaluate().
    assert scoring.evaluate.evaluate(STORIES, LABELS, n_resamples=0).n == 4
    assert "evaluate" not in scoring.__all__


def test_unmatched_ids_are_counted_and_no_overlap_refused() -> None:
    labels = pd.concat([LABELS, pd.DataFrame({"diversity_score": [0.5]}, index=["ghost"])])
    ev = evaluate(STORIES[:3], labels, n_resamples=0)
    assert (ev.n, ev.n_unlabeled, ev.n_unscored) == (3, 0, 2)
    with pytest.raises(EvaluationError, match="no story id matches a label"):
        evaluate(STORIES, LABELS.rename(index=lambda i: f"x-{i}"), n_resamples=0)


def test_select_split() -> None:
    assert select_split(LABELS, "test").index.tolist() == ["balanced", "wire-copy", "empty"]
    assert select_split(LABELS, "test", exclude=True).index.tolist() == ["seed"]
    with pytest.raises(EvaluationError, match="no column 'fold' to select the split by"):
        select_split(LABELS, "test", column="fold")


def test_compare_same_config_is_no_difference() -> None:
    result = compare_configs(STORIES, LABELS, None, ScorerConfig(), n_resamples=50)
    assert all(d.delta == 0 for d in result.differences.values())


def test_sensitivity_matches_rescoring_by_hand() -> None:
    story_set = load_story_set(STORIES)
    frame = sensitivity(story_set, LABELS, steps=(0.5,))
    config = ScorerConfig()
    assert len(frame) == len(config.diversity.terms) + len(config.risk.terms)
    # Independently: raise the weight of reliability_footing by half and re-score.
    data = config.model_dump(mode="json")
    data["diversity"]["terms"]["reliability_footing"]["weight"] *= 1.5
    moved = Scorer(ScorerConfig.model_validate(data))
    gold = LABELS["diversity_score"].to_numpy()

    def mae(scorer: Scorer) -> float:
        pred = np.array([scorer.score(s).diversity_score for s in STORIES])
        return float(np.abs(pred - gold).mean())

    row = frame.set_index("weight").loc["diversity.reliability_footing"]
    assert row["delta_mae"] == pytest.approx(mae(moved) - mae(Scorer()))
    assert row["before"] == pytest.approx(0.2)
    assert row["after"] == pytest.approx(0.3 / 1.1)
    # Moving a diversity weight never touches severity.
    assert row["delta_accuracy"] == 0


@pytest.fixture
def story_files(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "stories"
    folder.mkdir()
    write_stories(STORIES, folder)
    labels = tmp_path / "labels.csv"
    LABELS.to_csv(labels)
    return folder, labels


def test_cli_evaluate_json_split_and_report(
    story_files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, labels = story_files
    argv = ["evaluate", str(folder), "--labels", str(labels), "--split", "test"]
    assert main([*argv, "--format", "json", "--resamples", "20", "--by", "desk"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 3
    assert set(out["diversity"]) >= {"spearman", "kendall", "mae", "rmse"}
    assert set(out["severity"]) >= {"accuracy", "macro_f1", "quadratic_kappa", "confusion"}
    assert "world" in out["by_group"]["desk"]
    report = tmp_path / "report"
    assert main([*argv, "--resamples", "20", "--report", str(report)]) == 0
    captured = capsys.readouterr()
    assert "3 labeled stories" in captured.out
    assert (report / "report.html").exists()
    assert (report / "report.md").exists()
    assert "report:" in captured.err


def test_cli_evaluate_compare_names_which_config_is_which(
    story_files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, labels = story_files
    other = tmp_path / "other.toml"
    other.write_text("[severity.thresholds]\nelevated = 0.1\nhigh = 0.2\ncritical = 0.3\n")
    argv = ["evaluate", str(folder), "--labels", str(labels), "--resamples", "20"]
    assert main([*argv, "--compare", str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = lines.index("a: the default config")
    assert lines[start + 1] == f"b: {other}"
    assert lines[start + 2].startswith("delta is b - a")
    assert lines[start + 3].split() == ["a", "b", "delta", "low", "high", "b_better"]


def test_cli_evaluate_bad_config_exits_2(
    story_files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, labels = story_files
    bad = tmp_path / "bad.toml"
    bad.write_text("[diversity.terms.slant_entropy]\nweight = -1\n")
    assert main(["evaluate", str(folder), "--labels", str(labels), "--config", str(bad)]) == 2
    assert "weight" in capsys.readouterr().err


def test_cli_fit_that_is_not_better_writes_nothing_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # On the labeled set's training split the fitted thresholds lose quadratic kappa out
    # of sample, and other metrics get worse with it.
    out = tmp_path / "fitted.toml"
    argv = [
        "fit",
        str(LABELED / "stories"),
        "--labels",
        str(LABELED / "labels.csv"),
        "--out",
        str(out),
    ]
    assert main(argv) == 1
    printed = capsys.readouterr().out
    assert not out.exists()
    assert (
        "verdict: NOT BETTER. The fitted severity thresholds do worse than the start on " in printed
    )
    assert re.search(r"[1-4] of 4 metrics are worse out of sample\.", printed)
    assert printed.splitlines()[-1] == (
        f"not written: {out}; pass --force to write the fitted config anyway"
    )
    # The terms are explained in words.
    assert "stories for diversity: those with a gold diversity_score that the gate (" in printed
    assert re.search(r"ridge alpha [\d.]+: the cross-validation chose .* pull toward the", printed)
    assert main([*argv, "--force"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (f"wrote {out} (--force: it is not better)")
    config = ScorerConfig.from_toml_file(out)
    weights = [t.weight for t in config.diversity.terms.values()]
    assert min(weights) >= 0
    assert sum(weights) == pytest.approx(1.0, abs=1e-4)


@pytest.fixture(scope="module")
def misnamed_labels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The labeled set's labels with three ids written as the story file names, a usual slip."""
    labels = pd.read_csv(LABELED / "labels.csv", dtype={"id": str})
    test_rows = labels.index[labels["split"] == "test"][:3]
    stems = {p.stem.split("_", 1)[1]: p.stem for p in (LABELED / "stories").glob("*.md")}
    wrong = [stems[str(labels.at[i, "id"])[:16]] for i in test_rows]
    labels.loc[test_rows, "id"] = wrong
    path = tmp_path_factory.mktemp("labels") / "labels.csv"
    labels.to_csv(path, index=False)
    return path, wrong


def test_labels_matching_no_story_are_counted_and_named(
    misnamed_labels: tuple[Path, list[str]],
) -> None:
    path, wrong = misnamed_labels
    test = select_split(path, "test")
    ev = evaluate(LABELED / "stories", test, n_resamples=0)
    stories = len(list((LABELED / "stories").glob("*.md")))
    assert ev.n == len(test) - 3
    assert ev.unscored_ids == tuple(wrong)
    assert ev.n_unlabeled == stories - ev.n
    line = ev.matching()
    assert line.startswith(f"{ev.n} labels matched a story; 3 labels found no story (e.g. ")
    assert all(repr(w) in line for w in wrong)
    out = ev.to_dict()
    assert (out["n_unscored"], out["unscored_examples"]) == (3, wrong)


def test_cli_evaluate_says_how_ids_matched(
    misnamed_labels: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, wrong = misnamed_labels
    labels = pd.read_csv(path)
    n_test = int((labels["split"] == "test").sum()) - 3
    argv = ["evaluate", str(LABELED / "stories"), "--labels", str(path), "--resamples", "0"]
    assert main([*argv, "--split", "test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "split 'test': stories of the other splits count as having no label"
    assert lines[1] == f"{n_test} labeled stories"
    assert lines[2].startswith(f"ids: {n_test} labels matched a story; 3 labels found no story")
    assert wrong[0] in lines[2]
    assert main([*argv, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["unscored_examples"] == wrong
    note = f"scoring: note: {len(labels) - 3} labels matched a story; 3 labels found no story"
    assert note in captured.err


def test_no_overlap_names_ids_of_both_sides() -> None:
    labels = LABELS.rename(index=lambda i: f"x-{i}")
    with pytest.raises(
        EvaluationError, match=r"4 stories, e\.g\. 'seed', 'balanced'; 4 labels, e\.g\. 'x-seed'"
    ):
        evaluate(STORIES, labels, n_resamples=0)
