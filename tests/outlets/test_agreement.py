"""Outlet-table agreement with a user's rating list, in an invented vocabulary."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from scoring.cli import main
from scoring.errors import OutletTableError
from scoring.metrics import EvaluationError
from scoring.outlets import TableLayer, compare_outlets, load_table, parse_column_map
from scoring.outlets.agreement import ERR_NO_KEY, ERR_NO_LABEL

BASE = """id,name,domains,slant,reliability,category
alpha,Alpha News,alpha-news.com,left,high,mainstream
beta,Beta Daily,beta.org,lean-left,mixed,mainstream
gamma,Gamma Post,gamma.net,center,high,mainstream
delta,Delta Mail,delta.co.uk,lean-right,mixed,tabloid
eps,Epsilon Wire Watch,eps.com,right,low,partisan
zeta,Zeta Agency,zeta.de,none,high,wire
"""
# The user's own layer moves one slant: disagreements must name it as the source.
MINE = "id,domains,slant\neps,eps.com,lean-right\n"
# A rating list in a vocabulary of its own: nautical sides and letter grades.
RATINGS = """Site,Lean,Grade
https://www.alpha-news.com/,Port,A
beta.org,Middle,B
gamma.net,Middle,A
delta.co.uk,Starboard,C
eps.com,Port,C
zeta.de,Middle,A
unknown.example,Middle,A
news.beta.org,Sideways,B
"""
COLUMNS = "domains=Site,slant=Lean,reliability=Grade"
VALUES = [
    "slant:Port=left,Port-ish=lean-left,Middle=center,Starboard-ish=lean-right,Starboard=right",
    "reliability:A=high,B=mixed,C=low",
]


@pytest.fixture
def tables(tmp_path: Path) -> tuple[Path, Path, Path]:
    base, mine, ratings = tmp_path / "base.csv", tmp_path / "mine.csv", tmp_path / "ratings.csv"
    base.write_text(BASE)
    mine.write_text(MINE)
    ratings.write_text(RATINGS)
    return base, mine, ratings


def _kappa(a: list[int], b: list[int]) -> float:
    labels = sorted(set(a) | set(b))
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    expected = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return (observed - expected) / (1 - expected)


def test_figures_match_hand_computation(tables: tuple[Path, Path, Path]) -> None:
    base, mine, ratings = tables
    table = load_table(TableLayer(base), TableLayer(mine), bundled=False)
    result = compare_outlets(ratings, column_map=parse_column_map(COLUMNS, VALUES), table=table)
    # Eight rows; unknown.example is not in the table; news.beta.org finds beta by parent.
    assert (result.n_rows, result.n_matched, result.coverage) == (8, 7, 7 / 8)
    assert result.unmatched == ("unknown.example",)
    assert result.unmapped == {"slant": {"Sideways": 1}}
    # Slant pairs: alpha, beta, gamma, delta, eps (zeta is 'none', news.beta.org unmapped).
    ours, theirs = [-2, -1, 0, 1, 1], [-2, 0, 0, 2, -2]
    assert result.slant_pairs == 5
    assert result.slant_exact == pytest.approx(2 / 5)
    assert result.slant_within_one == pytest.approx(4 / 5)
    assert result.slant_kappa == pytest.approx(_kappa(ours, theirs))
    # Reliability pairs: every matched row; only delta differs (mixed vs low).
    rel_ours = np.array([2, 1, 2, 1, 0, 2, 1], dtype=float)
    rel_theirs = np.array([2, 1, 2, 0, 0, 2, 1], dtype=float)
    assert result.reliability_pairs == 7
    assert result.reliability_exact == pytest.approx(6 / 7)
    ranks = pd.DataFrame({"o": rel_ours, "t": rel_theirs}).rank()
    assert result.reliability_spearman == pytest.approx(np.corrcoef(ranks["o"], ranks["t"])[0, 1])
    worst = result.disagreements
    assert worst["outlet"].tolist() == ["eps", "delta", "beta"]
    assert worst.iloc[0][["slant_steps", "slant_source", "reliability_source"]].tolist() == [
        -3.0,
        "mine",
        "base",
    ]


def test_numeric_reliability_is_compared_by_rank(tables: tuple[Path, Path, Path]) -> None:
    base, _, _ = tables
    rows = [
        {"Site": "alpha-news.com", "Score": "91"},
        {"Site": "beta.org", "Score": "55"},
        {"Site": "eps.com", "Score": "12"},
        {"Site": "delta.co.uk", "Score": "60"},
    ]
    table = load_table(TableLayer(base), bundled=False)
    result = compare_outlets(
        rows, column_map=parse_column_map("domains=Site,reliability=Score"), table=table
    )
    # Ours: high, mixed, low, mixed -> ranks 4, 2.5, 1, 2.5; theirs 4, 2, 1, 3.
    expected = np.corrcoef([4, 2.5, 1, 2.5], [4, 2, 1, 3])[0, 1]
    assert result.reliability_spearman == pytest.approx(expected)
    assert math.isnan(result.reliability_exact)
    assert result.slant_pairs == 0
    assert math.isnan(result.slant_kappa)


@pytest.mark.parametrize(
    ("rows", "columns", "error", "message"),
    [
        ([], "domains=Site", EvaluationError, "the rating list has no rows"),
        ([{"Outlet": "x", "Lean": "Port"}], "slant=Lean", OutletTableError, ERR_NO_KEY),
        ([{"Site": "a.com", "Note": "x"}], "domains=Site", OutletTableError, ERR_NO_LABEL),
    ],
)
def test_refuses_lists_it_cannot_compare(
    rows: list[dict[str, str]], columns: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message[:40]):
        compare_outlets(rows, column_map=parse_column_map(columns))


@pytest.mark.parametrize(
    ("columns", "values", "message"),
    [
        ("domains", [], "column pair 'domains' is not of the form OURS=THEIRS"),
        ("site=Site", [], "'site' is not one of our columns"),
        ("domains=Site", ["slant=left"], "value map 'slant=left' is not of the form"),
        ("domains=Site", ["slant:Port"], "value pair 'Port' is not of the form"),
    ],
)
def test_malformed_maps_say_what_to_write(columns: str, values: list[str], message: str) -> None:
    with pytest.raises(OutletTableError, match=message):
        parse_column_map(columns, values)


def test_cli_compare_json_and_table(
    tables: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, mine, ratings = tables
    common = ["outlets", "compare", str(ratings), "--no-bundled", "--table", str(base)]
    common += ["--table", str(mine), "--column-map", COLUMNS]
    for item in VALUES:
        common += ["--value-map", item]
    assert main([*common, "--format", "json", "--top", "2"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["coverage"] == 7 / 8
    assert out["slant"]["exact"] == pytest.approx(0.4)
    assert [d["outlet"] for d in out["disagreements"]] == ["eps", "delta"]
    assert out["unmapped"] == {"slant": {"Sideways": 1}}
    assert main(common) == 0
    text = capsys.readouterr().out
    assert "7/8 rows matched (87.5%)" in text
    assert "'Sideways' (1)" in text
    assert "not in the table: unknown.example" in text


def test_cli_bad_map_exits_2(
    tables: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, ratings = tables
    assert main(["outlets", "compare", str(ratings), "--column-map", "Site"]) == 2
    assert "is not of the form OURS=THEIRS" in capsys.readouterr().err
