"""Outlet layers in the scorer's configuration and in every scoring command.

The stories cite real outlets of the bundled table; the layer re-rates one of them
(The Hill, rated high by the bundled table, rated low by "our" desk) and rates a local
paper the bundled table does not know.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scoring.cli import main
from scoring.errors import ConfigError, OutletTableError
from scoring.outlets import bundled_table
from scoring.records import Story, read_stories
from scoring.scorer import LayerConfig, Scorer, ScorerConfig

LABELED = Path(__file__).resolve().parents[2] / "data" / "labeled"

STORIES = [
    {
        "id": "hill-post",
        "title": "Senate passes the stopgap bill",
        "created_at": "2025-09-12T10:00:00",
        "citations": [
            {"name": "The Hill", "url": "https://thehill.com/homenews/senate/5001-stopgap/"},
            {"name": "New York Post", "url": "https://nypost.com/2025/09/12/us-news/stopgap/"},
        ],
    },
    {
        "id": "gazette",
        "title": "Mill closure hits Riverbend",
        "created_at": "2025-09-13T08:30:00",
        "citations": [
            {"name": "Riverbend Gazette", "url": "https://www.riverbendgazette.com/news/mill"},
            {"name": "AP", "url": "https://apnews.com/article/mill-closure-3a1f"},
        ],
    },
    {
        "id": "wires",
        "title": "Quake off Hokkaido",
        "citations": [
            {"name": "Reuters", "url": "https://www.reuters.com/world/asia-pacific/quake/"},
            {"name": "BBC", "url": "https://www.bbc.com/news/articles/quake"},
        ],
    },
]

RATINGS = """\
domains,name,reliability,category,slant,basis,as_of
thehill.com,,low,,,Our desk's review of corrections in 2025,2025-09-01
riverbendgazette.com,Riverbend Gazette,high,mainstream,center,Local daily; our stringers vouch,2025-09-01
"""


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder with the stories, the rating list, and a config naming it relatively."""
    (tmp_path / "stories.jsonl").write_text("".join(json.dumps(s) + "\n" for s in STORIES))
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "desk.csv").write_text(RATINGS)
    (tmp_path / "scorer.toml").write_text(
        '[[outlets.layers]]\npath = "lists/desk.csv"\nlevel = "organisation"\nname = "our-desk"\n'
    )
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- the configuration ----------------------------------------------------------------


def test_no_layers_is_the_bundled_table() -> None:
    assert ScorerConfig().outlets.layers == ()
    assert Scorer().resolver.table is bundled_table()
    assert "[outlets" not in ScorerConfig().to_toml()


def test_relative_paths_are_read_from_the_config_files_folder(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(work / "lists")  # anywhere but the config's folder
    config = ScorerConfig.from_toml_file(work / "scorer.toml")
    (layer,) = config.outlets.layers
    assert Path(layer.path) == work / "lists" / "desk.csv"
    assert (layer.level, layer.name, layer.column_map) == ("organisation", "our-desk", None)


def test_layers_round_trip_through_toml_and_leave_the_config_hash(work: Path) -> None:
    config = ScorerConfig.from_toml_file(work / "scorer.toml")
    again = ScorerConfig.from_toml_text(config.to_toml())
    assert again == config
    # The hash is of the scoring rules; the table version says which labels were used.
    assert config.config_hash == ScorerConfig().config_hash


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[[outlets.layers]]\nlevel = 'user'\n", "outlets.layers[0].path: is required"),
        (
            "[[outlets.layers]]\npath = 'a.csv'\nlevel = 'team'\n",
            "outlets.layers[0].level: must be one of 'organisation' or 'user', got 'team'",
        ),
        (
            "[[outlets.layers]]\npath = 'a.csv'\nfile = 'b.csv'\n",
            "outlets.layers[0].file: unknown key; allowed: path, level, name, column_map",
        ),
        ("[outlets]\ntables = []\n", "outlets.tables: unknown key; allowed: layers"),
    ],
)
def test_bad_layer_config_names_the_key(toml: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        ScorerConfig.from_toml_text(toml)
    assert str(caught.value) == message


def test_a_missing_layer_file_fails_naming_it(tmp_path: Path) -> None:
    (tmp_path / "scorer.toml").write_text('[[outlets.layers]]\npath = "gone.csv"\n')
    config = ScorerConfig.from_toml_file(tmp_path / "scorer.toml")
    with pytest.raises(OutletTableError, match=r"gone\.csv: cannot read the table"):
        Scorer(config)


# --- the scorer -----------------------------------------------------------------------


def test_the_layer_changes_labels_scores_and_provenance(work: Path) -> None:
    stories = list(read_stories(work / "stories.jsonl"))
    plain = Scorer()
    layered = Scorer(ScorerConfig.from_toml_file(work / "scorer.toml"))
    before = {s.id: plain.score(s) for s in stories}
    after = {s.id: layered.score(s) for s in stories}

    hill = after["hill-post"].citations[0]
    assert (hill.outlet, hill.reliability) == ("the-hill", "low")
    assert hill.source["reliability"] == "our-desk"
    assert hill.source["slant"] == "bundled"
    assert before["hill-post"].citations[0].reliability == "high"
    # Rated low and not corroborated by a high source: the story gets riskier.
    assert after["hill-post"].risk_score > before["hill-post"].risk_score
    assert [r.name for r in after["hill-post"].rules] == ["low-uncorroborated"]
    assert after["hill-post"].severity == "high" != before["hill-post"].severity

    # The unknown local paper becomes a rated outlet, so the story is no longer mostly unknown.
    gazette = after["gazette"].citations[0]
    assert (gazette.outlet, gazette.reliability) == ("riverbendgazette-com", "high")
    assert before["gazette"].citations[0].outlet is None
    assert "mostly-unknown" in {r.name for r in before["gazette"].rules}
    assert "mostly-unknown" not in {r.name for r in after["gazette"].rules}

    # A story the layer does not touch scores the same, under another table version.
    assert after["wires"].severity == before["wires"].severity
    assert after["wires"].diversity_score == before["wires"].diversity_score
    p, q = before["wires"].provenance, after["wires"].provenance
    assert p.config_hash == q.config_hash
    assert p.outlet_table_version != q.outlet_table_version


def test_a_layered_scorer_pickles_whole_and_scores_the_same(work: Path) -> None:
    """Worker processes receive the scorer pickled, its layered table with it.

    Labels and their sources arrive intact, without re-reading the layer files.
    """
    import pickle

    stories = list(read_stories(work / "stories.jsonl"))
    layered = Scorer(ScorerConfig.from_toml_file(work / "scorer.toml"))
    (work / "lists" / "desk.csv").unlink()
    copy = pickle.loads(pickle.dumps(layered))

    assert copy.provenance == layered.provenance
    assert copy.resolver is not layered.resolver
    assert [copy.score(s).to_dict() for s in stories] == [
        layered.score(s).to_dict() for s in stories
    ]
    assert copy.resolver.table.get("the-hill") == layered.resolver.table.get("the-hill")
    assert copy.score(stories[0]).citations[0].source["reliability"] == "our-desk"


def test_the_default_scorer_pickles_as_a_reference_to_the_bundled_table(seed: Story) -> None:
    import pickle

    from scoring.outlets import OutletTable, default_resolver

    data = pickle.dumps(Scorer())
    copy = pickle.loads(data)
    # The bundled table is read from package data on arrival, not sent as a copy is.
    same_outlets = OutletTable.from_outlets(bundled_table(), version="copy")
    assert len(data) < 20_000 < len(pickle.dumps(Scorer(outlets=same_outlets)))
    assert copy.resolver is default_resolver()
    assert copy.score(seed).to_dict() == Scorer().score(seed).to_dict()


def test_changing_a_layers_content_changes_the_version(work: Path) -> None:
    config = ScorerConfig.from_toml_file(work / "scorer.toml")
    first = Scorer(config).provenance.outlet_table_version
    assert Scorer(config).provenance.outlet_table_version == first
    (work / "lists" / "desk.csv").write_text(RATINGS.replace(",low,", ",mixed,"))
    assert Scorer(config).provenance.outlet_table_version != first


# --- every command --------------------------------------------------------------------


def test_score_with_config_layers_equals_score_with_table_flags(
    capsys: pytest.CaptureFixture[str], work: Path
) -> None:
    stories = str(work / "stories.jsonl")
    _, plain, _ = _run(capsys, "score", "--format", "jsonl", stories)
    code, by_config, err = _run(
        capsys, "score", "--format", "jsonl", stories, "--config", str(work / "scorer.toml")
    )
    assert (code, err) == (0, "")
    desk = str(work / "lists" / "desk.csv")
    _, by_flag, _ = _run(capsys, "score", "--format", "jsonl", stories, "--org-table", desk)
    plain_rows = {r["id"]: r for r in map(json.loads, plain.splitlines())}
    config_rows = {r["id"]: r for r in map(json.loads, by_config.splitlines())}
    flag_rows = {r["id"]: r for r in map(json.loads, by_flag.splitlines())}
    assert plain_rows["hill-post"]["severity"] == "elevated"
    assert config_rows["hill-post"]["severity"] == "high"
    # Same table content, so the same version; only the layer's name differs.
    assert {i: r["severity"] for i, r in flag_rows.items()} == {
        i: r["severity"] for i, r in config_rows.items()
    }
    assert flag_rows["hill-post"]["provenance"] != plain_rows["hill-post"]["provenance"]
    assert flag_rows["hill-post"]["citations"][0]["source"]["reliability"] == "desk"
    assert config_rows["hill-post"]["citations"][0]["source"]["reliability"] == "our-desk"


def test_table_flag_wins_over_the_configs_organisation_layer(
    capsys: pytest.CaptureFixture[str], work: Path
) -> None:
    override = work / "override.csv"
    override.write_text("domains,reliability\nthehill.com,high\n")
    code, out, _ = _run(
        capsys,
        "score",
        "--format",
        "jsonl",
        str(work / "stories.jsonl"),
        "--config",
        str(work / "scorer.toml"),
        "--table",
        str(override),
    )
    assert code == 0
    hill = json.loads(out.splitlines()[0])["citations"][0]
    assert (hill["reliability"], hill["source"]["reliability"]) == ("high", "override")


def test_explain_names_the_layer_each_label_came_from(
    capsys: pytest.CaptureFixture[str], work: Path
) -> None:
    stories = str(work / "stories.jsonl")
    config = str(work / "scorer.toml")
    code, out, _ = _run(capsys, "explain", stories, "--id", "hill-post", "--config", config)
    assert code == 0
    lines = out.splitlines()
    hill = next(line for line in lines if "thehill.com" in line)
    assert hill.endswith("(origin nexstar media group; reliability from our-desk)")
    post = next(line for line in lines if "nypost.com" in line)
    assert post.endswith("(origin news corp)")
    code, out, _ = _run(capsys, "explain", stories, "--id", "gazette", "--config", config)
    gazette = next(line for line in out.splitlines() if "riverbendgazette.com" in line)
    assert "slant, reliability, category from our-desk" in gazette
    _, plain, _ = _run(capsys, "explain", stories, "--id", "hill-post")
    assert "from our-desk" not in plain
    assert plain.splitlines()[-1] != lines[-1]  # the provenance line names another table


def test_check_loads_and_lists_the_layers(capsys: pytest.CaptureFixture[str], work: Path) -> None:
    stories = str(work / "stories.jsonl")
    code, out, _ = _run(capsys, "check", stories, "--config", str(work / "scorer.toml"))
    assert code == 0
    version = Scorer(
        ScorerConfig.from_toml_file(work / "scorer.toml")
    ).provenance.outlet_table_version
    assert f"outlet table {version}: {len(bundled_table()) + 1} outlets" in out
    assert "organisation our-desk" in " ".join(out.split())
    code, out, _ = _run(capsys, "check", stories)
    assert code == 0
    assert "outlet table" not in out


def test_check_fails_on_a_broken_layer(capsys: pytest.CaptureFixture[str], work: Path) -> None:
    bad = work / "bad.csv"
    bad.write_text("domains,reliability\nthehill.com,shaky\n")
    code, _, err = _run(capsys, "check", str(work / "stories.jsonl"), "--table", str(bad))
    assert code == 2
    assert "bad.csv:2: reliability: 'shaky' is not one of" in err


def test_evaluate_scores_with_the_layers(capsys: pytest.CaptureFixture[str], work: Path) -> None:
    labels = work / "labels.csv"
    labels.write_text(
        "id,diversity_score,severity,split\n"
        "hill-post,0.45,high,train\ngazette,0.55,normal,train\nwires,0.55,normal,train\n"
    )
    stories = str(work / "stories.jsonl")
    common = [stories, "--labels", str(labels), "--format", "json", "--resamples", "0"]
    _, plain, _ = _run(capsys, "evaluate", *common)
    code, layered, _ = _run(capsys, "evaluate", *common, "--config", str(work / "scorer.toml"))
    assert code == 0
    assert json.loads(layered)["severity"]["accuracy"]["value"] == 1.0
    assert json.loads(plain)["severity"]["accuracy"]["value"] < 1.0


def test_fit_learns_from_the_layered_features_and_keeps_the_layers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    wires_low = tmp_path / "wires_low.csv"
    wires_low.write_text("domains,reliability\napnews.com,low\nreuters.com,low\n")
    common = [
        str(LABELED / "stories"),
        "--labels",
        str(LABELED / "labels.csv"),
        "--folds",
        "2",
        "--force",  # written whether or not it beats the start: the features are the point
    ]
    assert _run(capsys, "fit", *common, "--out", str(tmp_path / "plain.toml"))[0] == 0
    code, _, _ = _run(
        capsys, "fit", *common, "--out", str(tmp_path / "layered.toml"), "--table", str(wires_low)
    )
    assert code == 0
    plain = ScorerConfig.from_toml_file(tmp_path / "plain.toml")
    layered = ScorerConfig.from_toml_file(tmp_path / "layered.toml")
    # Wires rated low change the features the weights are fitted on.
    assert plain.diversity.terms != layered.diversity.terms
    # The fitted config carries the layers, so it alone determines the next run.
    (layer,) = layered.outlets.layers
    assert (Path(layer.path), layer.level) == (wires_low, "user")
    assert plain.outlets.layers == ()


def test_evaluate_compare_extracts_again_for_other_layers(
    capsys: pytest.CaptureFixture[str], work: Path
) -> None:
    labels = work / "labels.csv"
    labels.write_text("id,severity\nhill-post,high\ngazette,normal\nwires,normal\n")
    code, out, _ = _run(
        capsys,
        "evaluate",
        str(work / "stories.jsonl"),
        "--labels",
        str(labels),
        "--format",
        "json",
        "--resamples",
        "20",
        "--compare",
        str(work / "scorer.toml"),
    )
    assert code == 0
    accuracy = json.loads(out)["comparison"]["accuracy"]
    assert (accuracy["a"], accuracy["b"]) == (pytest.approx(1 / 3), 1.0)


def test_a_story_set_is_extracted_again_for_a_config_with_other_layers(work: Path) -> None:
    import pandas as pd

    from scoring.evaluate import compare_configs, load_story_set

    labels = pd.DataFrame(
        {"severity": ["high", "normal", "normal"]}, index=["hill-post", "gazette", "wires"]
    )
    layered = ScorerConfig.from_toml_file(work / "scorer.toml")
    plain_set = load_story_set(work / "stories.jsonl")
    again = load_story_set(plain_set, Scorer(layered).resolver)
    assert again is not plain_set
    assert not again.features.equals(plain_set.features)
    assert load_story_set(again, Scorer(layered).resolver) is again
    from_set = compare_configs(plain_set, labels, None, layered, n_resamples=20)
    from_path = compare_configs(work / "stories.jsonl", labels, None, layered, n_resamples=20)
    assert from_set.to_dict() == from_path.to_dict()
    assert from_set.to_dict()["accuracy"]["b"] == 1.0


def test_with_layers_appends_after_the_configs_own(work: Path) -> None:
    config = ScorerConfig.from_toml_file(work / "scorer.toml")
    extra = LayerConfig(path=str(work / "x.csv"))
    assert [layer.path for layer in config.with_layers(extra).outlets.layers] == [
        str(work / "lists" / "desk.csv"),
        str(work / "x.csv"),
    ]
    assert config.with_layers() is config


# --- a numeric layer ----------------------------------------------------------------------


def test_a_numeric_layer_reorders_severities_the_way_its_scores_say(tmp_path: Path) -> None:
    """A user's trust list separates two outlets the bundled table rates alike.

    Two stories are alike but for one outlet; a 0-100 trust list that rates one outlet
    far below the other makes its story the riskier.
    """

    def story(story_id: str, url: str) -> dict[str, object]:
        return {
            "id": story_id,
            "citations": [
                {"name": "Outlet", "url": url},
                {"name": "New York Post", "url": "https://nypost.com/2025/09/12/us-news/bill/"},
            ],
        }

    path = tmp_path / "stories.jsonl"
    lines = [
        story("cites-the-hill", "https://thehill.com/homenews/senate/5001-bill/"),
        story("cites-axios", "https://www.axios.com/2025/09/12/senate-bill"),
    ]
    path.write_text("".join(json.dumps(s) + "\n" for s in lines))
    (tmp_path / "trust.json").write_text(
        '{"thehill.com": {"Trust": 92}, "axios.com": {"Trust": 18}}'
    )
    (tmp_path / "trust.toml").write_text(
        '[columns]\nTrust = "reliability_score"\n\n[scale]\nreliability_score = [0, 100]\n'
    )
    (tmp_path / "scorer.toml").write_text(
        '[[outlets.layers]]\npath = "trust.json"\ncolumn_map = "trust.toml"\n'
    )
    config = ScorerConfig.from_toml_file(tmp_path / "scorer.toml")
    stories = list(read_stories(path))
    plain, layered = Scorer(), Scorer(config)
    ladder = {tier: i for i, tier in enumerate(config.severity.tiers)}

    def ranks(scorer: Scorer) -> dict[str, int]:
        return {s.id: ladder[scorer.score(s).severity] for s in stories}

    assert ranks(plain)["cites-the-hill"] == ranks(plain)["cites-axios"]
    after = ranks(layered)
    assert after["cites-axios"] > after["cites-the-hill"]
    axios = layered.score(stories[1]).citations[0]
    assert (axios.outlet, axios.reliability, axios.source["reliability"]) == (
        "axios",
        "low",
        "trust",
    )
