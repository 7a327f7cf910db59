"""The Scorer's surface: apply, frames, results as data and text, provenance, threads, processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import scoring
from scoring.errors import RecordError
from scoring.features import FEATURE_NAMES, features_frame
from scoring.outlets import Outlet, OutletTable, Resolver, bundled_table
from scoring.records import Citation, Story, read_stories
from scoring.scorer import Scorer, ScorerConfig

from .builders import BALANCED, SEED_PATH, rising_stories, story

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples" / "stories.jsonl"


def corpus() -> list[Story]:
    return [*rising_stories(), *read_stories(EXAMPLES), Story(id="empty")]


# --- construction --------------------------------------------------------------------


def test_package_exports() -> None:
    assert scoring.Scorer is Scorer
    assert scoring.ScorerConfig is ScorerConfig
    assert {"Scorer", "ScorerConfig", "ScoreResult"} <= set(scoring.__all__)


def test_scorer_is_immutable(scorer: Scorer) -> None:
    with pytest.raises(AttributeError, match="a Scorer is immutable; build a new one"):
        scorer._config = ScorerConfig()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"config": "scorer.toml"},
            "config must be a ScorerConfig (load a file with ScorerConfig.from_toml_file), not str",
        ),
        ({"outlets": ["bbc.com"]}, "outlets must be a Resolver or an OutletTable, not list"),
    ],
)
def test_constructor_refuses_wrong_types(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)) as caught:
        Scorer(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_outlets_as_a_table() -> None:
    """A user table: the one outlet it knows is rated, everything else is unknown."""
    table = OutletTable.from_outlets(
        [
            Outlet(
                id="daily",
                name="The Daily",
                domains=("thedailyledger.com",),
                category="mainstream",
                reliability="low",
            )
        ],
        version="t1",
    )
    for outlets in (table, Resolver(table)):
        scorer = Scorer(outlets=outlets)
        s = Story(id="u", citations=(Citation(name="Daily", url="https://thedailyledger.com/a"),))
        result = scorer.score(s)
        assert result.citations[0].outlet == "daily"
        assert result.citations[0].reliability == "low"
        assert result.provenance.outlet_table_version == "t1"


# --- results ---------------------------------------------------------------------------


def test_provenance(scorer: Scorer, seed: Story) -> None:
    p = scorer.score(seed).provenance
    assert p.engine_version == scoring.__version__
    assert p.config_hash == ScorerConfig().config_hash
    assert p.outlet_table_version == bundled_table().version
    other = Scorer(
        ScorerConfig.from_toml_text(
            "[severity.thresholds]\nelevated = 0.2\nhigh = 0.4\ncritical = 0.6"
        )
    )
    assert other.score(seed).provenance.config_hash != p.config_hash


def test_to_dict_is_json_ready_with_the_documented_keys(scorer: Scorer, seed: Story) -> None:
    data = scorer.score(seed).to_dict()
    assert list(data) == [
        "id",
        "diversity_score",
        "severity",
        "features",
        "contributions",
        "explanation",
        "citations",
        "embeds",
        "provenance",
    ]
    assert list(data["features"]) == list(FEATURE_NAMES)
    assert set(data["contributions"]) == {"diversity", "risk"}
    assert {"url", "domain", "outlet", "slant", "reliability", "category"} <= set(
        data["citations"][0]
    )
    assert {"platform", "account", "start", "end"} <= set(data["embeds"][0])
    # Graded reliability per citation and per embed (the outlet behind the account).
    assert data["citations"][0]["reliability_score"] == 0.06
    assert {(e["outlet"], e["reliability"], e["reliability_score"]) for e in data["embeds"]} == {
        ("rt", "low", 0.08)
    }
    assert data["provenance"]["engine_version"] == scoring.__version__
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_nan_features_become_null(scorer: Scorer) -> None:
    """A story without citations has no slant mean and no time span: NaN, written null."""
    result = scorer.score(Story(id="empty"))
    data = result.to_dict()
    assert data["features"]["slant_mean"] is None
    assert data["features"]["time_span_hours"] is None
    json.dumps(data, allow_nan=False)


def test_render_names_every_part(scorer: Scorer, seed: Story) -> None:
    text = scorer.score(seed).render(seed)
    lines = text.splitlines()
    assert lines[0].startswith(f"{seed.id}  A WIN FOR DIPLOMACY")
    assert (
        lines[1] == "diversity  0.000  zeroed: independent_sources <= 1 (independent_sources = 1)"
    )
    assert lines[2].startswith("severity   critical  (risk 0.697 gives critical")
    for heading in ("rules fired", "diversity terms", "risk terms", "citations", "embeds"):
        assert heading in lines
    assert (
        "  state-media-embeds -> at least high: state_media_share > 0 (state_media_share = 0.5); social_embed_ratio >= 0.3 (social_embed_ratio = 0.366)"
        in lines
    )
    assert (
        "  1. thegatewaypundit.com  gateway-pundit right low 0.06 partisan  (origin tgp communications)"
        in lines
    )
    # The graded footing, and what the reliability terms added to the risk.
    assert (
        "reliability  footing 0.07 (mean over origins of each origin's best score), weakest 0.06"
        in lines
    )
    (moved,) = [line for line in lines if line.startswith("  moved the risk by ")]
    assert moved.startswith("  moved the risk by +0.382 of 0.697: reliability_footing +0.242, ")
    # Each embedded post shows the outlet behind it, with its graded reliability.
    embeds = [line for line in lines if line.startswith("  x @rt_com  chars ")]
    assert len(embeds) == 4
    assert all(line.endswith("  outlet rt low 0.08, embedded") for line in embeds)
    assert any("Lukashenko met Trump\u2019s envoy" in line for line in lines)
    assert lines[-1].startswith(f"provenance  engine {scoring.__version__}  config ")


def test_apply_fills_only_the_two_fields(scorer: Scorer, seed: Story) -> None:
    scored = scorer.apply(seed)
    result = scorer.score(seed)
    assert (scored.diversity_score, scored.severity) == (result.diversity_score, result.severity)
    assert scored.model_dump(exclude={"diversity_score", "severity"}) == seed.model_dump(
        exclude={"diversity_score", "severity"}
    )
    assert seed.severity == "normal"  # the original is untouched


# --- frames ------------------------------------------------------------------------------


def test_score_frame_of_features_matches_score(scorer: Scorer) -> None:
    stories = corpus()
    frame = scorer.score_frame(features_frame(stories, scorer.resolver))
    assert list(frame.index) == [s.id for s in stories]
    assert list(frame.columns) == [
        "diversity_score",
        "severity",
        "risk_score",
        "risk_tier",
        "rules",
    ]
    for s in stories:
        result = scorer.score(s)
        row = frame.loc[s.id]
        assert row["diversity_score"] == result.diversity_score
        assert row["severity"] == result.severity
        assert row["risk_score"] == result.risk_score
        assert row["rules"] == ",".join(r.name for r in result.rules)
    assert frame.attrs["provenance"]["outlet_table_version"] is None


def test_score_frame_of_stories(scorer: Scorer) -> None:
    frame = pd.DataFrame(
        [
            {
                "id": "b",
                "citations": [
                    {"name": n, "url": u}
                    for n, u in ((c.name, c.url) for c in story("b", *BALANCED).citations)
                ],
            },
            {"id": "e", "title": "Nothing cited"},
        ]
    )
    out = scorer.score_frame(read_stories(frame))
    assert list(out.index) == ["b", "e"]
    assert list(out["severity"]) == ["normal", "elevated"]
    assert out["severity"].cat.ordered
    assert list(out["severity"].cat.categories) == list(scorer.config.severity.tiers)
    assert out["severity"].max() == "elevated"
    assert out.attrs["provenance"]["outlet_table_version"] == scorer.resolver.table.version


def test_score_frame_of_neither(scorer: Scorer) -> None:
    with pytest.raises(RecordError, match=r"^<frame>: neither a frame of stories") as caught:
        scorer.score_frame(pd.DataFrame({"headline": ["x"]}))
    message = str(caught.value)
    assert message.startswith(
        "<frame>: neither a frame of stories (no 'id' column) nor of features (missing 'independent_effective_sources', "
    )
    assert message.endswith("pass stories with an 'id' column, or the output of features_frame")


def test_score_frame_empty(scorer: Scorer) -> None:
    out = scorer.score_frame(features_frame([], scorer.resolver))
    assert len(out) == 0
    assert list(out.columns) == ["diversity_score", "severity", "risk_score", "risk_tier", "rules"]


# --- determinism ------------------------------------------------------------------------


def _dump(results: list[dict[str, object]]) -> str:
    return json.dumps(results, ensure_ascii=False, allow_nan=False)


def test_eight_threads_agree_with_one(scorer: Scorer) -> None:
    stories = corpus() * 3
    alone = _dump([scorer.score(s).to_dict() for s in stories])
    start = threading.Barrier(8)

    def run(offset: int) -> str:
        start.wait()
        # Each thread walks the stories from a different place, so they overlap in time.
        order = stories[offset:] + stories[:offset]
        results = {id(s): scorer.score(s).to_dict() for s in order}
        return _dump([results[id(s)] for s in stories])

    with ThreadPoolExecutor(max_workers=8) as pool:
        outputs = list(pool.map(run, range(0, 8 * 3, 3)))
    assert outputs == [alone] * 8


@pytest.mark.slow
def test_same_json_in_other_processes(scorer: Scorer) -> None:
    """Two fresh interpreters with different hash seeds print exactly what we compute here."""
    paths = [str(SEED_PATH), str(EXAMPLES)]
    here = [
        json.dumps(scorer.score(s).to_dict(), ensure_ascii=False, allow_nan=False)
        for path in paths
        for s in read_stories(path)
    ]
    code = "import sys; from scoring.cli import main; raise SystemExit(main(sys.argv[1:]))"
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(
            [sys.executable, "-c", code, "score", "--format", "jsonl", *paths],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=True,
            timeout=120,
        )
        outputs.append(done.stdout.splitlines())
    assert outputs[0] == outputs[1] == here
