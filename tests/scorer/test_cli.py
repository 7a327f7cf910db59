"""``scoring score`` and ``scoring explain``: formats, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoring.cli import main
from scoring.scorer import Scorer

from .builders import SEED_PATH, load_seed

SEED = str(SEED_PATH)
SEED_ID = "8bcaf6925afaeda812cc2d600462767b"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    lines = [
        {
            "id": "wire",
            "citations": [
                {"name": "AP", "url": "https://apnews.com/article/belarus-prisoners-7f3c2a91"}
            ],
        },
        {"id": "none", "title": "Nothing cited"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_score_table(capsys: pytest.CaptureFixture[str], stories: Path) -> None:
    code, out, err = _run(capsys, "score", SEED, str(stories))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "diversity", "severity", "risk", "rules"]
    assert [line.split()[0] for line in lines[1:]] == [SEED_ID, "wire", "none"]
    assert lines[1].split()[1:3] == ["0.000", "critical"]


def test_score_jsonl_matches_the_library(
    capsys: pytest.CaptureFixture[str], scorer: Scorer
) -> None:
    code, out, _ = _run(capsys, "score", "--format", "jsonl", SEED)
    assert code == 0
    (line,) = out.splitlines()
    assert json.loads(line) == json.loads(json.dumps(scorer.score(load_seed()).to_dict()))


def test_score_json_is_one_list(capsys: pytest.CaptureFixture[str], stories: Path) -> None:
    code, out, _ = _run(capsys, "score", "--format", "json", str(stories))
    assert code == 0
    data = json.loads(out)
    assert [d["id"] for d in data] == ["wire", "none"]
    for record in data:
        for key in (
            "id",
            "diversity_score",
            "severity",
            "features",
            "contributions",
            "citations",
            "embeds",
            "provenance",
        ):
            assert key in record
    assert data[0]["citations"][0]["outlet"] == "ap"
    assert data[0]["citations"][0]["reliability_score"] == 0.96


def test_score_with_a_config(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = tmp_path / "strict.toml"
    config.write_text(
        '[severity]\ntiers = ["ok", "flag"]\nrules = []\n[severity.thresholds]\nflag = 0.01\n'
    )
    code, out, _ = _run(capsys, "score", "--config", str(config), "--format", "jsonl", SEED)
    assert code == 0
    assert json.loads(out)["severity"] == "flag"


def test_bad_record_stops_with_exit_2_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b", "citations": [{"name": "AP"}]}\n')
    code, _, err = _run(capsys, "score", str(path))
    assert code == 2
    assert err == (
        f"scoring: error: {path}, line 2: field 'citations[0].url': is missing: every "
        "citation needs a name and a url\n"
    )


def test_keep_going_reports_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b", "citations": [{"name": "AP"}]}\n{"id": "c"}\n')
    code, out, err = _run(capsys, "score", "--keep-going", "--format", "jsonl", str(path))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert err.splitlines() == [
        f"skipped: {path}, line 2: field 'citations[0].url': is missing: every citation needs a name and a url",
        "1 record(s) failed",
    ]


def test_bad_config_exits_2_naming_file_and_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[diversity.terms.independent_sources]\nweight = -1\n")
    code, out, err = _run(capsys, "score", "--config", str(config), SEED)
    assert (code, out) == (2, "")
    assert (
        err
        == f"scoring: error: {config}: diversity.terms.independent_sources.weight: must be >= 0, got -1\n"
    )


def test_missing_path_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "score", str(tmp_path / "absent.jsonl"))
    assert code == 2
    assert err.startswith("scoring: error: ")
    assert "absent.jsonl" in err
    assert err.count("\n") == 1


def test_explain(capsys: pytest.CaptureFixture[str], scorer: Scorer) -> None:
    code, out, _ = _run(capsys, "explain", SEED)
    assert code == 0
    seed = load_seed()
    assert out == scorer.score(seed).render(seed) + "\n"


def test_explain_by_id(capsys: pytest.CaptureFixture[str], stories: Path) -> None:
    code, out, _ = _run(capsys, "explain", "--id", "none", str(stories))
    assert code == 0
    assert out.startswith("none  Nothing cited\n")
    assert "\nwire" not in out


def test_explain_unknown_id_exits_2(capsys: pytest.CaptureFixture[str], stories: Path) -> None:
    code, out, err = _run(capsys, "explain", "--id", "nope", str(stories))
    assert (code, out) == (2, "")
    assert err == (
        f"scoring: error: {stories}: no story with id 'nope'; check the id, or leave out "
        "--id to explain every story\n"
    )


def test_explain_quotes_the_visible_text_of_an_html_body(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = Path(__file__).parents[1] / "features" / "data" / "html" / "live_blog.html"
    path = tmp_path / "live.jsonl"
    path.write_text(json.dumps({"id": "live", "body": page.read_text(encoding="utf-8")}) + "\n")
    code, out, _ = _run(capsys, "explain", str(path))
    assert code == 0
    embeds = out.split("\nembeds\n", 1)[1].split("\n\nprovenance", 1)[0].splitlines()
    assert embeds[0].startswith("  x @metoffice  chars ")
    assert (
        embeds[1]
        == "      Gusts of 96mph at Cairngorm Summit and 81mph at Tiree so far this mornin…"
    )
    assert embeds[2].startswith("  facebook @northernherald  chars ")
    assert embeds[3] == "      (no text on the page: a player or a placeholder)"
    assert "<" not in "\n".join(embeds)
