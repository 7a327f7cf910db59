"""Graded reliability in tables: the score column, its bands, and label-only rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.errors import OutletTableError
from scoring.outlets import load_table, validate_table
from scoring.outlets.model import BAND_DEFAULT_SCORES, Outlet, reliability_band

HEADER = (
    "id,name,domains,aliases,handles,slant,reliability,reliability_score,category,country,"
    "owner,basis,as_of"
)
ROW = (
    "{id},{id},{id}.example,,,center,{label},{score},mainstream,US,{id} owner,Test row.,2026-12-05"
)


def _row(outlet_id: str, label: str, score: str) -> str:
    return ROW.format(id=outlet_id, label=label, score=score)


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "t.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0.0, "low"),
        (0.3999, "low"),
        (0.40, "mixed"),
        (0.6999, "mixed"),
        (0.70, "high"),
        (1.0, "high"),
    ],
)
def test_bands_edges(score: float, band: str) -> None:
    assert reliability_band(score) == band


def test_band_defaults_lie_in_their_bands() -> None:
    assert {label: reliability_band(s) for label, s in BAND_DEFAULT_SCORES.items()} == {
        "high": "high",
        "mixed": "mixed",
        "low": "low",
    }


def test_score_column_is_read(tmp_path: Path) -> None:
    table = load_table(
        _write(tmp_path, HEADER, _row("wire", "high", "0.93"), _row("tab", "low", "0.31")),
        bundled=False,
    )
    assert [(o.id, o.reliability, o.reliability_score) for o in table] == [
        ("wire", "high", 0.93),
        ("tab", "low", 0.31),
    ]


@pytest.mark.parametrize(("label", "expected"), [("high", 0.85), ("mixed", 0.55), ("low", 0.2)])
def test_a_label_alone_stands_for_its_band_default(
    tmp_path: Path, label: str, expected: float
) -> None:
    # A table without the column at all, as users' tables often are.
    header = HEADER.replace(",reliability_score", "")
    line = _row("x", label, "").replace(f",{label},,", f",{label},")
    outlet = load_table(_write(tmp_path, header, line), bundled=False).get("x")
    assert outlet is not None
    assert (outlet.reliability, outlet.reliability_score) == (label, expected)


def test_a_score_alone_takes_its_band(tmp_path: Path) -> None:
    outlet = load_table(_write(tmp_path, HEADER, _row("x", "", "0.45")), bundled=False).get("x")
    assert outlet is not None
    assert (outlet.reliability, outlet.reliability_score) == ("mixed", 0.45)


def test_a_layer_label_replaces_the_bundled_score() -> None:
    table = load_table([{"id": "reuters", "reliability": "mixed"}])
    reuters = table.get("reuters")
    assert reuters is not None
    assert (reuters.reliability, reuters.reliability_score) == ("mixed", 0.55)
    assert reuters.source["reliability"] == "user"


def test_a_layer_score_replaces_both() -> None:
    table = load_table([{"id": "reuters", "reliability_score": "0.35"}])
    reuters = table.get("reuters")
    assert reuters is not None
    assert (reuters.reliability, reuters.reliability_score) == ("low", 0.35)


@pytest.mark.parametrize(
    ("label", "score", "message"),
    [
        ("high", "0.62", "0.62 lies in the 'mixed' band"),
        ("low", "0.40", "0.40 lies in the 'mixed' band"),
        ("mixed", "1.2", "'1.2' is not a number from 0 to 1"),
        ("mixed", "half", "'half' is not a number"),
    ],
)
def test_validate_reports_a_score_at_odds(
    tmp_path: Path, label: str, score: str, message: str
) -> None:
    path = _write(tmp_path, HEADER, _row("x", label, score))
    problems = [str(p) for p in validate_table(path)]
    assert len(problems) == 1
    assert problems[0].startswith("t.csv:2: reliability_score: " + message)
    with pytest.raises(OutletTableError, match=r"t\.csv:2: reliability_score: "):
        load_table(path, bundled=False)


def test_reliability_value_falls_back_to_the_label() -> None:
    plain = Outlet(id="x", name="X", domains=("x.org",), category="blog")
    assert plain.reliability_value is None
    assert (
        Outlet(
            id="y",
            name="Y",
            domains=("y.org",),
            category="blog",
            reliability="mixed",
            reliability_score=0.41,
        ).reliability_value
        == 0.41
    )


def test_lookup_jsonl_carries_the_score(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from scoring.cli import main

    assert main(["outlets", "lookup", "--format", "jsonl", "reuters.com", "nowhere.example"]) == 0
    found, unknown = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (found["outlet"], found["reliability"], found["reliability_score"]) == (
        "reuters",
        "high",
        0.96,
    )
    assert unknown["reliability_score"] is None
