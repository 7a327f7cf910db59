"""``scoring outlets lookup`` and ``scoring outlets validate``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scoring.cli import main

HERE = Path(__file__).parent
FIXTURE = str(HERE / "fixture_outlets.csv")
KEYS = {
    "input",
    "domain",
    "outlet",
    "slant",
    "reliability",
    "category",
    "country",
    "owner",
    "reason",
    "source",
}


def _lookup(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    code = main(
        ["outlets", "lookup", "--no-bundled", "--table", FIXTURE, "--format", "jsonl", *argv]
    )
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_lookup_jsonl_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    out = _lookup(
        capsys, "https://twitter.com/RT_com/status/1", "bbc.com", "bit.ly/x", "javascript:x"
    )
    assert all(set(record) >= KEYS for record in out)
    assert [(r["input"], r["outlet"], r["slant"], r["reason"]) for r in out] == [
        ("https://twitter.com/RT_com/status/1", "rt", "right", "resolved"),
        ("bbc.com", "bbc", "center", "resolved"),
        ("bit.ly/x", None, None, "shortener"),
        ("javascript:x", None, None, "unparseable"),
    ]
    assert out[0]["source"]["slant"] == "fixture_outlets"  # type: ignore[index]
    assert (out[0]["owner"], out[0]["country"], out[0]["domain"]) == (
        "Government of Russia",
        "RU",
        "twitter.com",
    )


def test_lookup_takes_handles_as_its_help_says(capsys: pytest.CaptureFixture[str]) -> None:
    out = _lookup(capsys, "@RT_com", "telegram:rt_russian", "@someone_unknown")
    assert [(r["input"], r["outlet"], r["reason"]) for r in out] == [
        ("@RT_com", "rt", "resolved"),
        ("telegram:rt_russian", "rt", "resolved"),
        ("@someone_unknown", None, "unrated"),
    ]


def test_lookup_reads_stdin_with_optional_names(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("https://news.yahoo.com/x.html\tReuters\n\nabcnews.go.com/x\n")
    )
    out = _lookup(capsys)
    assert [(r["outlet"], r["reason"]) for r in out] == [
        ("reuters", "resolved"),
        ("abc-news", "resolved"),
    ]


def test_lookup_dash_mixes_arguments_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("cnn.com\n"))
    out = _lookup(capsys, "rt.com", "-")
    assert [r["outlet"] for r in out] == ["rt", "cnn"]


def test_lookup_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["outlets", "lookup", "--no-bundled", "--table", FIXTURE, "rt.com", "nowhere-news.com"]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "input",
        "outlet",
        "slant",
        "reliability",
        "category",
        "country",
        "reason",
    ]
    assert lines[1].split() == [
        "rt.com",
        "rt",
        "right",
        "low",
        "state-affiliated",
        "RU",
        "resolved",
    ]
    assert lines[2].split() == ["nowhere-news.com", "-", "-", "-", "-", "-", "unrated"]


def test_lookup_with_a_column_mapped_user_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("Site,Bias\nhttps://www.rt.com,Right-Center\n", encoding="utf-8")
    cmap = tmp_path / "map.toml"
    cmap.write_text(
        '[columns]\nSite = "domains"\nBias = "slant"\n[values.slant]\n"Right-Center" = "lean-right"\n',
        encoding="utf-8",
    )
    code = main(
        [
            "outlets",
            "lookup",
            "--no-bundled",
            "--org-table",
            FIXTURE,
            "--table",
            str(ratings),
            "--column-map",
            str(cmap),
            "--format",
            "jsonl",
            "rt.com",
        ]
    )
    # The column map applies to every layer given; the fixture's columns are already ours.
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["slant"], record["source"]["slant"], record["source"]["reliability"]) == (
        "lean-right",
        "ratings",
        "fixture_outlets",
    )


def test_validate_clean_table_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outlets", "validate", FIXTURE]) == 0
    rows = Path(FIXTURE).read_text(encoding="utf-8").strip().count("\n")
    assert (
        capsys.readouterr().out
        == f"fixture_outlets.csv: {rows} rows, {rows} outlets, no problems\n"
    )


def test_validate_a_rating_export_gives_one_header_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "ratings.csv"
    export.write_text(
        "Source,Domain,Bias,Reliability\n"
        "CNN,cnn.com,Left-Center,Mixed\n"
        "Fox News,foxnews.com,Right,Mixed\n"
        "Reuters,reuters.com,Center,High\n",
        encoding="utf-8",
    )
    assert main(["outlets", "validate", str(export)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "ratings.csv:1: header: missing column(s) id, name, domains, slant, reliability, "
        "category, country, owner, basis, as_of; unknown column(s) Source, Domain, Bias, "
        "Reliability; rename the columns, or map them onto ours with a column map"
    )
    assert "is empty" not in captured.out
    assert "3 rows not checked" in captured.err


def test_validate_reports_rows_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,name,domains,aliases,handles,slant,reliability,category,country,owner,basis,as_of\n"
        "a,A,a.com,,,leftish,high,mainstream,US,A,Basis.,2026-11-28\n"
        "b,B,a.com,,,left,high,mainstream,USA,B,Basis.,2026-11-28\n",
        encoding="utf-8",
    )
    assert main(["outlets", "validate", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "bad.csv:2: slant: 'leftish' is not one of left, lean-left, center, lean-right, right, none",
        "bad.csv:3: domains: 'a.com' is also in row 2 of bad.csv; keep each domain in one row",
        "bad.csv:3: country: 'USA' is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
    ]
    assert "3 problem(s) in 1 table(s)" in captured.err


def test_validate_missing_file_is_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["outlets", "validate", str(tmp_path / "none.csv")]) == 2
    assert "none.csv: cannot read the table" in capsys.readouterr().err
