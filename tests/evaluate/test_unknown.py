"""The curation loop: rank what the table does not rate, write it as a layer, add it back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from scoring.cli import main
from scoring.evaluate.unknown import LAYER_COLUMNS, unknown_sources, write_layer
from scoring.outlets import validate_table
from scoring.outlets.rows import EVIDENCE_COLUMNS
from scoring.records import Citation, Story

LABELED = Path(__file__).resolve().parents[2] / "data" / "labeled"

POST = (
    "Residents gathered outside the mill on Friday.\n\n"
    "The mill is closing and nobody told us. Shameful.\n"
    "— Riverbend Watch (@RiverbendWatch) September 12, 2025\n\n"
    "The company did not respond to requests for comment."
)


def _stories() -> list[Story]:
    gazette = "https://www.riverbendgazette.com/news/"
    return [
        Story(
            id="mill-1",
            created_at="2025-09-12T09:00:00",
            body=POST,
            citations=(
                Citation(name="Riverbend Gazette", url=gazette + "mill-closure?utm_source=x"),
                Citation(name="Riverbend Gazette", url=gazette + "mill-jobs"),
                Citation(name="AP", url="https://apnews.com/article/mill-3a1f"),
            ),
        ),
        Story(
            id="mill-2",
            created_at="2025-09-20T09:00:00",
            citations=(
                Citation(
                    name="The Gazette",
                    url=gazette + "mill-sale",
                    published_at="2025-09-19T18:30:00",
                ),
                Citation(name="Reuters", url="https://www.reuters.com/business/mill/"),
                Citation(name="Short link", url="https://bit.ly/3xYz"),
                Citation(name="County", url="https://www.michigan.gov/leo/news/mill-closure"),
            ),
        ),
        Story(
            id="council",
            created_at="2025-09-15T09:00:00",
            citations=(
                Citation(name="Jo Park", url="https://x.com/joparkcouncil/status/1966"),
                Citation(name="AP", url="https://apnews.com/article/council-77b"),
            ),
        ),
    ]


def test_nothing_read_is_nothing_unknown() -> None:
    assert unknown_sources([]) == []
    assert write_layer([]).splitlines() == [",".join((*LAYER_COLUMNS, *EVIDENCE_COLUMNS))]


def test_rated_outlets_leave_nothing_unknown() -> None:
    story = Story(id="w", citations=(Citation(name="AP", url="https://apnews.com/article/x"),))
    assert unknown_sources([story]) == []


def test_ranks_by_stories_with_the_evidence() -> None:
    found = unknown_sources(_stories())
    assert [(u.key, u.kind, u.stories, u.mentions) for u in found] == [
        ("riverbendgazette.com", "domain", 2, 3),
        ("x:joparkcouncil", "account", 1, 1),
        ("x:riverbendwatch", "account", 1, 1),
    ]
    gazette, jo, watch = found
    assert gazette.examples == (
        "https://www.riverbendgazette.com/news/mill-closure?utm_source=x",
        "https://www.riverbendgazette.com/news/mill-jobs",
        "https://www.riverbendgazette.com/news/mill-sale",
    )
    assert gazette.example_stories == ("mill-1", "mill-2")
    # The citation's own date wins over the story's.
    assert (gazette.first_seen, gazette.last_seen) == ("2025-09-12", "2025-09-19")
    assert gazette.names == ("Riverbend Gazette", "The Gazette")
    assert gazette.beside == (("ap", 1), ("reuters", 1))
    assert (jo.examples, jo.beside) == (("https://x.com/joparkcouncil/status/1966",), (("ap", 1),))
    # An embedded post has no URL to show, only the story.
    assert (watch.examples, watch.example_stories, watch.first_seen) == (
        (),
        ("mill-1",),
        "2025-09-12",
    )


def test_write_layer_fills_keys_and_evidence_and_leaves_labels_empty() -> None:
    rows = list(csv.DictReader(io.StringIO(write_layer(unknown_sources(_stories())))))
    assert [(r["domains"], r["handles"], r["name"]) for r in rows] == [
        ("riverbendgazette.com", "", "Riverbend Gazette"),
        ("", "x:joparkcouncil", "Jo Park"),
        ("", "x:riverbendwatch", ""),
    ]
    for row in rows:
        labels = ("slant", "reliability", "reliability_score", "category", "basis", "as_of")
        assert all(row[c] == "" for c in labels)
    assert rows[0]["cited_beside"] == "ap:1|reuters:1"
    assert rows[0]["stories"] == "2"


def test_a_name_the_table_already_uses_is_not_given_to_a_new_outlet() -> None:
    story = Story(id="m", citations=(Citation(name="Reuters", url="https://reuters-mirror.net/a"),))
    (row,) = csv.DictReader(io.StringIO(write_layer(unknown_sources([story]))))
    assert (row["domains"], row["name"]) == ("reuters-mirror.net", "")


def test_the_layer_file_validates_as_a_partial_table(tmp_path: Path) -> None:
    path = tmp_path / "todo.csv"
    path.write_text(write_layer(unknown_sources(_stories())))
    assert validate_table(path, partial=True) == []


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_rated_sources_leave_the_list_and_reach_the_scores(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stories = str(LABELED / "stories")
    code, text, _ = _run(capsys, "outlets", "unknown", stories, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["domains"] == "kcnawatch.org"
    assert rows[0]["stories"] == "2"
    # The curator rates the first two and leaves the rest for later.
    filled = rows[0] | {"slant": "none", "reliability": "low", "category": "state-affiliated"}
    # A graded score alone rates a source too: the label follows from its band.
    second = rows[1] | {"reliability_score": "0.45", "category": "blog"}
    rows[:2] = [filled, second]
    layer = tmp_path / "curated.csv"
    with layer.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    code, out, _ = _run(
        capsys, "outlets", "unknown", stories, "--format", "jsonl", "--table", str(layer)
    )
    assert code == 0
    after = [json.loads(line)["key"] for line in out.splitlines()]
    before = [r["domains"] or r["handles"] for r in rows]
    assert after == before[2:]

    story = next(
        p for p in sorted((LABELED / "stories").glob("*.md")) if "kcnawatch" in p.read_text()
    )
    code, out, _ = _run(capsys, "score", str(story), "--format", "json", "--table", str(layer))
    assert code == 0
    (result,) = json.loads(out)
    (kcna,) = [c for c in result["citations"] if c["domain"] == "kcnawatch.org"]
    assert (kcna["outlet"], kcna["reliability"], kcna["category"]) == (
        "kcnawatch-org",
        "low",
        "state-affiliated",
    )
    assert kcna["source"] == dict.fromkeys(("slant", "reliability", "category"), "curated")


def test_unknown_reads_the_configs_layers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "desk.csv").write_text(
        "domains,reliability,category\nkcnawatch.org,low,state-affiliated\n"
    )
    (tmp_path / "scorer.toml").write_text('[[outlets.layers]]\npath = "desk.csv"\n')
    stories = str(LABELED / "stories")
    _, plain, _ = _run(capsys, "outlets", "unknown", stories, "--top", "3")
    code, layered, _ = _run(
        capsys,
        "outlets",
        "unknown",
        stories,
        "--top",
        "3",
        "--config",
        str(tmp_path / "scorer.toml"),
    )
    assert code == 0
    assert "kcnawatch.org" in plain.splitlines()[1]
    assert "kcnawatch.org" not in layered
    assert plain.splitlines()[0].split() == [
        "stories",
        "mentions",
        "source",
        "first_seen",
        "last_seen",
        "beside",
        "example",
    ]
