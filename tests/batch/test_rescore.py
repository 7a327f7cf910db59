"""rescore(): lossless output per format, parallel identity, failures, manifest, paths."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from scoring.batch import RescoreStoppedError, rescore
from scoring.cli import main
from scoring.errors import ScoringError
from scoring.records import read_stories

from .conftest import EXAMPLES, example_lines, many_lines, tree_bytes
from .standin import StandIn, expected


def _expected_line(story: dict[str, Any]) -> dict[str, Any]:
    names = {c["name"] for c in story.get("citations", [])}
    score, severity = expected(len(names))
    return {**story, "diversity_score": score, "severity": severity}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


# --- JSON Lines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "out"),
    [
        (b"", b""),
        (b"\n\n", b"\n\n"),
        (b'{"id":"a1"}\n', b'{"id":"a1","diversity_score":0.0,"severity":"elevated"}\n'),
        (
            b'\xef\xbb\xbf{"severity": "high", "id": "a1"}',
            b'{"severity":"elevated","id":"a1","diversity_score":0.0}\n',
        ),
        (
            b'{"id":"a1","diversity_score":0.9,"x":{"k":[1,2.5,null]}}\r\n\n',
            b'{"id":"a1","diversity_score":0.0,"x":{"k":[1,2.5,null]},"severity":"elevated"}\n\n',
        ),
    ],
    ids=["empty", "blank-lines", "no-score-fields", "bom-no-newline", "crlf-nested-extra"],
)
def test_jsonl_degenerate_inputs(tmp_path: Path, content: bytes, out: bytes) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(content)
    summary = rescore(source, tmp_path / "out.jsonl", scorer=StandIn(), workers=1)
    assert (tmp_path / "out.jsonl").read_bytes() == out
    assert summary.failed == 0


def test_jsonl_changes_only_the_two_fields_and_keeps_key_order(tmp_path: Path) -> None:
    destination = tmp_path / "out.jsonl"
    summary = rescore(EXAMPLES / "stories.jsonl", destination, scorer=StandIn(), workers=1)
    given, got = example_lines(), _jsonl(destination)
    assert got == [_expected_line(story) for story in given]
    assert [list(g) for g in got] == [
        [*s, *(k for k in ("diversity_score", "severity") if k not in s)] for s in given
    ]
    # Distinct citation names 3, 4, 2, 2: the stand-in gives normal, normal, normal,
    # normal; the records held normal, high, ..., so tiers changed where they differed.
    assert [g["severity"] for g in got] == ["normal", "normal", "normal", "normal"]
    assert summary.scored == 4
    assert summary.changed_tier == sum(s.get("severity") != "normal" for s in given)
    assert summary.severities == {"normal": 4}
    assert summary.histogram[5] == 2  # two stories at 0.5
    assert summary.provenance["config_hash"].startswith("pickle:")


def test_two_workers_give_the_bytes_of_one(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(2_500))  # three chunks of up to 1,000 lines
    one = rescore(source, tmp_path / "one.jsonl", scorer=StandIn(), workers=1)
    two = rescore(source, tmp_path / "two.jsonl", scorer=StandIn(), workers=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.to_dict() | {"seconds": 0, "rate": 0} == two.to_dict() | {"seconds": 0, "rate": 0}


# --- Markdown ------------------------------------------------------------------------


def _changed_lines(before: bytes, after: bytes) -> set[str]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return {o.decode().split(":")[0] for o, n in zip(old, new, strict=True) if o != n}


def test_markdown_tree_is_mirrored_byte_for_byte_but_the_two_values(
    labeled_tree: Path, tmp_path: Path
) -> None:
    destination = tmp_path / "out"
    summary = rescore(labeled_tree, destination, scorer=StandIn(), workers=2)
    before, after = tree_bytes(labeled_tree), tree_bytes(destination)
    assert sorted(after) == sorted(before)
    assert summary.scored == len(before) == 181
    for name, data in before.items():
        assert _changed_lines(data, after[name]) <= {"diversity_score", "severity"}, name
    for story in read_stories(destination):
        assert (story.diversity_score, story.severity) == expected(
            len({c.name for c in story.citations})
        )


def test_markdown_examples_keep_crlf_quoting_and_body(tmp_path: Path) -> None:
    rescore(EXAMPLES / "markdown", tmp_path / "out", scorer=StandIn(), workers=1)
    crlf = (tmp_path / "out" / "002_noto_earthquake_ja_crlf.md").read_bytes()
    assert crlf.count(b"\r\n") == (
        EXAMPLES / "markdown" / "002_noto_earthquake_ja_crlf.md"
    ).read_bytes().count(b"\r\n")
    seed = (tmp_path / "out" / "000_cfbef9151dfca824.md").read_text()
    # One citation (The Gateway Pundit): 1/4, below 0.5, so elevated.
    assert "diversity_score: 0.25\n" in seed
    assert "severity: elevated\n" in seed


def test_single_markdown_file(tmp_path: Path) -> None:
    seed = EXAMPLES / "markdown" / "000_cfbef9151dfca824.md"
    rescore(seed, tmp_path / "seed.md", scorer=StandIn(), workers=1)
    assert _changed_lines(seed.read_bytes(), (tmp_path / "seed.md").read_bytes()) == {
        "diversity_score",
        "severity",
    }


# --- Parquet ------------------------------------------------------------------------


def test_parquet_keeps_schema_and_other_columns(tmp_path: Path) -> None:
    source = EXAMPLES / "stories.parquet"
    rescore(source, tmp_path / "out.parquet", scorer=StandIn(), workers=1)
    before, after = pq.read_table(source), pq.read_table(tmp_path / "out.parquet")
    assert after.schema == before.schema
    assert after.schema.metadata == before.schema.metadata
    for name in before.column_names:
        if name not in ("diversity_score", "severity"):
            assert after.column(name).equals(before.column(name)), name
    names = [len({c["name"] for c in cites}) for cites in before.column("citations").to_pylist()]
    assert after.column("diversity_score").to_pylist() == [expected(n)[0] for n in names]
    assert after.column("severity").to_pylist() == [expected(n)[1] for n in names]


def test_partitioned_parquet_dataset_is_mirrored(tmp_path: Path) -> None:
    stories = example_lines()
    table = pa.Table.from_pylist(
        [{"id": s["id"], "title": s["title"], "citations": s["citations"]} for s in stories]
    )
    source = tmp_path / "dataset"
    for part, rows in (("day=2025-09-18", table.slice(0, 2)), ("day=2025-10-02", table.slice(2))):
        (source / part).mkdir(parents=True)
        pq.write_table(rows, source / part / "part-0.parquet", row_group_size=1)
    rescore(source, tmp_path / "out", scorer=StandIn(), workers=2)
    files = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.parquet")
    )
    assert files == ["day=2025-09-18/part-0.parquet", "day=2025-10-02/part-0.parquet"]
    got = pa.concat_tables(pq.read_table(tmp_path / "out" / f) for f in files)
    # Columns the files lacked are added at the end, typed as the records writer does.
    assert got.column_names == ["id", "title", "citations", "diversity_score", "severity"]
    assert got.column("severity").to_pylist() == [_expected_line(s)["severity"] for s in stories]


# --- Failures -----------------------------------------------------------------------

_BAD = (
    b'{"id": "ok1", "citations": [{"name": "AP", "url": "https://apnews.com/a"}]}\n'
    b'{"id": "", "title": "No id"}\n'
    b"not json at all\n"
    b"[1, 2]\n"
    b'{"id": "bad-date", "created_at": "yesterday"}\n'
    b'{"id": "boom"}\n'
    b'{"id": "ok2"}\n'
)


def test_bad_records_go_to_the_errors_file_and_through_unchanged(tmp_path: Path) -> None:
    source, errors = tmp_path / "in.jsonl", tmp_path / "errors.jsonl"
    source.write_bytes(_BAD)
    summary = rescore(
        source, tmp_path / "out.jsonl", scorer=StandIn(fail_id="boom"), workers=1, errors=errors
    )
    assert (summary.scored, summary.failed) == (2, 5)
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    assert lines[1:6] == _BAD.splitlines(keepends=True)[1:6]
    reported = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    assert [(r["source"], r["position"]) for r in reported] == [
        (str(source), f"line {n}") for n in (2, 3, 4, 5, 6)
    ]
    reasons = [r["reason"] for r in reported]
    assert reasons[0] == "field 'id': must not be empty"
    assert reasons[1].startswith("not valid JSON")
    assert reasons[2] == "each line must be a JSON object with the story's fields, got a list"
    assert reasons[3].startswith("field 'created_at': 'yesterday' is not an ISO 8601 timestamp")
    assert reasons[4] == (
        "the scorer failed on this story (ValueError: no outlet table row for this story)"
    )


def test_max_errors_stops_without_replacing_the_destination(tmp_path: Path) -> None:
    source, destination = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(_BAD)
    destination.write_bytes(b"yesterday's output\n")
    with pytest.raises(
        RescoreStoppedError, match=r"stopped after 2 records failed \(max_errors=2\)"
    ) as info:
        rescore(source, destination, scorer=StandIn(fail_id="boom"), workers=1, max_errors=2)
    assert info.value.summary.stopped
    assert destination.read_bytes() == b"yesterday's output\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_jsonl_record_is_refused_for_what_score_refuses_it_for(tmp_path: Path) -> None:
    source, errors = tmp_path / "in.jsonl", tmp_path / "errors.jsonl"
    twice = b'{"id": "a1", "title": "First", "title": "Second"}\n'
    number = b'{"id": 12345}\n'
    source.write_bytes(b'{"id": "ok"}\n' + twice + number)
    summary = rescore(source, tmp_path / "out.jsonl", scorer=StandIn(), workers=1, errors=errors)
    assert (summary.scored, summary.failed) == (1, 2)
    assert (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)[1:] == [twice, number]
    reasons = [orjson.loads(line)["reason"] for line in errors.read_bytes().splitlines()]
    assert reasons == [
        "field 'title': is set twice in one JSON object; keep one (JSON readers disagree on "
        "which wins)",
        "field 'id': must be text, got int 12345; write it as a JSON string, in double quotes "
        '("12345")',
    ]
    read = read_stories(source, on_error="collect")
    assert [s.id for s in read] == ["ok"]
    assert [e.reason for e in read.errors] == [r.split(": ", 1)[1] for r in reasons]


def test_a_bad_markdown_record_is_copied_through(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXAMPLES / "markdown", source)
    (source / "broken.md").write_bytes(b"---\nid: [unclosed\n---\n")
    (source / "big.md").write_bytes(b"---\nid: big\n---\n" + b"x" * 5_000)
    summary = rescore(source, tmp_path / "out", scorer=StandIn(), workers=1, max_record_bytes=4_000)
    assert summary.failed == 2
    assert (tmp_path / "out" / "broken.md").read_bytes() == b"---\nid: [unclosed\n---\n"
    assert (tmp_path / "out" / "big.md").read_bytes() == (source / "big.md").read_bytes()
    assert {f.source for f in summary.failures} == {
        str(source / "broken.md"),
        str(source / "big.md"),
    }


def test_markdown_without_front_matter_is_passed_over_with_the_notice_score_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXAMPLES / "markdown", source)
    rubric = source / "RUBRIC.md"
    rubric.write_bytes(b"# How we label\n\nNo front matter: documentation.\n")
    stories = len(list((EXAMPLES / "markdown").glob("*.md")))
    summary = rescore(source, tmp_path / "out", scorer=StandIn(), workers=1)
    assert (summary.scored, summary.failed) == (stories, 0)
    assert summary.ignored == [str(rubric)]
    assert summary.notices == [
        "skipped 1 Markdown file(s) that are not story records (a README, or no front "
        f"matter): {rubric}"
    ]
    assert not (tmp_path / "out" / "RUBRIC.md").exists()
    args = ["rescore", str(source), "--out", str(tmp_path / "cli"), "--workers", "1"]
    assert main([*args, "--progress", "none"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"ignored (not a record rescore reads): {rubric}",
        f"scoring: notice: {summary.notices[0]}",
    ]


# --- Incremental ----------------------------------------------------------------------


def test_changed_only_reuses_results_until_content_or_scorer_change(
    labeled_tree: Path, tmp_path: Path
) -> None:
    destination = tmp_path / "out"
    first = rescore(labeled_tree, destination, scorer=StandIn(), workers=1)
    output = tree_bytes(destination)
    again = rescore(labeled_tree, destination, scorer=StandIn(), workers=2, changed_only=True)
    assert (first.scored, again.scored, again.unchanged) == (181, 0, 181)
    assert tree_bytes(destination) == output
    # Edit one story's body: only it is rescored.
    path = next(labeled_tree.rglob("*.md"))
    path.write_bytes(path.read_bytes() + b"\nA correction was appended.\n")
    edited = rescore(labeled_tree, destination, scorer=StandIn(), workers=1, changed_only=True)
    assert (edited.scored, edited.unchanged) == (1, 180)
    # Another scorer (another fingerprint) rescores everything.
    other = rescore(
        labeled_tree, destination, scorer=StandIn(delay=1e-9), workers=1, changed_only=True
    )
    assert (other.scored, other.unchanged) == (181, 0)


def test_in_place_rewrites_only_changed_records_and_keeps_permissions(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXAMPLES / "markdown", source)
    seed = source / "000_cfbef9151dfca824.md"
    seed.chmod(0o640)
    rescore(source, scorer=StandIn(), workers=1, in_place=True)
    untouched = {p: p.stat().st_mtime_ns for p in source.glob("*.md")}
    summary = rescore(source, scorer=StandIn(), workers=1, in_place=True)
    assert summary.scored == 7
    assert {p: p.stat().st_mtime_ns for p in source.glob("*.md")} == untouched
    assert stat.S_IMODE(seed.stat().st_mode) == 0o640
    assert "severity: elevated\n" in seed.read_text()
    assert not [p for p in source.iterdir() if p.name.endswith(".tmp")]


def test_in_place_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    shutil.copyfile(EXAMPLES / "stories.jsonl", source)
    rescore(source, source, scorer=StandIn(), workers=1, in_place=True)
    assert _jsonl(source) == [_expected_line(s) for s in example_lines()]


# --- Paths --------------------------------------------------------------------------

_HOSTILE_IDS = ["../../escape", "/etc/passwd", "a\nb\x00c", "..", "C:\\Windows\\x", "ok"]


def test_hostile_ids_stay_inside_the_destination(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b"".join(orjson.dumps({"id": i, "title": "T"}) + b"\n" for i in _HOSTILE_IDS)
    )
    destination = tmp_path / "deep" / "out"
    summary = rescore(source, destination, scorer=StandIn(), workers=1)
    assert summary.scored == len(_HOSTILE_IDS)
    written = [p for p in destination.rglob("*") if p.is_file() and p.suffix == ".md"]
    assert len(written) == len(_HOSTILE_IDS)
    for path in written:
        assert path.parent == destination
        assert not any(ord(c) < 32 for c in path.name)
    assert sorted(s.id for s in read_stories(destination)) == sorted(_HOSTILE_IDS)
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["out"]


def test_duplicate_ids_are_reported_not_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "a1", "title": "First"}\n{"id": "a1", "title": "Second"}\n')
    summary = rescore(source, tmp_path / "out", scorer=StandIn(), workers=1)
    assert summary.failed == 1
    assert "already written for" in summary.failures[0].reason
    assert [s.title for s in read_stories(tmp_path / "out")] == ["First"]


def test_control_characters_in_file_names_are_neutralised(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    seed = (EXAMPLES / "markdown" / "000_cfbef9151dfca824.md").read_bytes()
    (source / "evil\x1b[2Jname.md").write_bytes(seed)
    rescore(source, tmp_path / "out", scorer=StandIn(), workers=1)
    assert [p.name for p in (tmp_path / "out").glob("*.md")] == ["evil_[2Jname.md"]


def test_a_symlink_in_the_destination_is_not_followed(tmp_path: Path) -> None:
    source, outside, destination = tmp_path / "src", tmp_path / "outside", tmp_path / "out"
    (source / "sub").mkdir(parents=True)
    shutil.copyfile(EXAMPLES / "markdown" / "003_bahnstreik_de.md", source / "sub" / "a.md")
    outside.mkdir()
    destination.mkdir()
    os.symlink(outside, destination / "sub")
    summary = rescore(source, destination, scorer=StandIn(), workers=1)
    assert list(outside.iterdir()) == []
    assert summary.failed == 1
    assert "outside the destination through a symbolic link" in summary.failures[0].reason


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.jsonl", "out.jsonl"), "no such file or directory"),
        (("in.csv", "out.csv"), "rescoring reads Markdown"),
        (("in.jsonl", "out.parquet"), "rescoring keeps the format"),
        (("in.jsonl", "in.jsonl"), "pass --in-place"),
        (("in.jsonl", None), "give a destination"),
        (("src", "src/out"), "inside the source"),
        (("src", "out.jsonl"), "must be a directory too"),
    ],
)
def test_misuse_is_refused_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, str | None], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_bytes(b'{"id": "a1"}\n')
    (tmp_path / "in.csv").write_text("id\na1\n")
    (tmp_path / "src").mkdir()
    with pytest.raises(ScoringError, match=message):
        rescore(args[0], args[1], scorer=StandIn(), workers=1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": 0}, "workers must be at least 1"),
        ({"max_errors": 0}, "max_errors must be at least 1"),
        ({"engine": "spark"}, "engine must be 'local' or 'dask'"),
        ({"scheduler": "tcp://x:1"}, "needs engine='dask'"),
        ({"engine": "dask", "changed_only": True}, "use the local engine"),
    ],
)
def test_bad_arguments(tmp_path: Path, kwargs: dict[str, Any], message: str) -> None:
    (tmp_path / "in.jsonl").write_bytes(b'{"id": "a1"}\n')
    with pytest.raises(ScoringError, match=message):
        rescore(tmp_path / "in.jsonl", tmp_path / "out.jsonl", scorer=StandIn(), **kwargs)
