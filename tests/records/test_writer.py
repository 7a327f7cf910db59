"""write_stories: formats, Markdown directories, and paths that cannot escape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scoring.errors import RecordError
from scoring.records import Origin, Story, read_stories, write_stories
from scoring.records.model import _attach

from .conftest import record


def _from(relative_path: str | None, story_id: str = "a1") -> Story:
    return _attach(Story(id=story_id), origin=Origin("src", None, relative_path))


@pytest.mark.parametrize(
    ("name", "first_bytes"),
    [
        ("s.jsonl", b'{"id":"a1"}'),
        ("s.ndjson", b'{"id":"a1"}'),
        ("s.json", b"[\n  {"),
        ("s.csv", b"id\na1"),
        ("s.parquet", b"PAR1"),
        ("s.md", b"---\nid: a1\n---\n"),
        ("s.MARKDOWN", b"---\nid: a1\n---\n"),
    ],
)
def test_format_comes_from_the_suffix(name: str, first_bytes: bytes, tmp_path: Path) -> None:
    assert write_stories([Story(id="a1")], tmp_path / name) == 1
    assert (tmp_path / name).read_bytes().startswith(first_bytes)


def test_no_suffix_or_an_existing_directory_means_one_markdown_file_per_story(
    tmp_path: Path,
) -> None:
    write_stories([Story(id="a1"), Story(id="b2")], tmp_path / "out")
    assert sorted(os.listdir(tmp_path / "out")) == ["a1.md", "b2.md"]
    (tmp_path / "dir.v2").mkdir()
    write_stories([Story(id="c3")], tmp_path / "dir.v2")
    assert os.listdir(tmp_path / "dir.v2") == ["c3.md"]


def test_format_argument_overrides_the_suffix(tmp_path: Path) -> None:
    write_stories([Story(id="a1")], tmp_path / "s.txt", format="jsonl")
    assert (tmp_path / "s.txt").read_bytes() == b'{"id":"a1"}\n'


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("s.txt", {}, "cannot tell the format from the suffix '.txt'"),
        ("s.jsonl", {"format": "xml"}, "format must be one of markdown, json, jsonl"),
    ],
)
def test_unknown_formats_are_refused(
    name: str, kwargs: dict[str, str], message: str, tmp_path: Path
) -> None:
    with pytest.raises(RecordError, match=message):
        write_stories([Story(id="a1")], tmp_path / name, **kwargs)
    assert not (tmp_path / name).exists()


def test_a_markdown_file_holds_one_story_and_is_not_half_written(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="a Markdown file holds one story; write to a directory"):
        write_stories([Story(id="a1"), Story(id="b2")], tmp_path / "s.md")
    assert os.listdir(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id":"old"}\n')
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a1"}\n{"id": ""}\n')
    with pytest.raises(RecordError, match="line 2: field 'id'"):
        write_stories(read_stories(bad), path)
    assert path.read_bytes() == b'{"id":"old"}\n'
    assert sorted(os.listdir(tmp_path)) == ["bad.jsonl", "s.jsonl"]


def test_a_value_json_cannot_hold_names_the_story(tmp_path: Path) -> None:
    story = Story.model_validate({"id": "a1", "tags": {"storm", "ports"}})
    with pytest.raises(RecordError, match="story 'a1' cannot be written as JSON"):
        write_stories([story], tmp_path / "s.jsonl")


@pytest.mark.parametrize(
    ("story_id", "name"),
    [
        ("8bcaf6925afaeda812cc2d600462767b", "8bcaf6925afaeda812cc2d600462767b.md"),
        ("story-1.v2_final", "story-1.v2_final.md"),
    ],
)
def test_safe_ids_name_their_file(story_id: str, name: str, tmp_path: Path) -> None:
    write_stories([Story(id=story_id)], tmp_path / "out")
    assert os.listdir(tmp_path / "out") == [name]


@pytest.mark.parametrize(
    "story_id",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        ".",
        "a/b",
        "a\\b",
        "a\x00b",
        "new\nline",
        "ñandú",
        "",
        "." * 300,
    ],
)
def test_unsafe_ids_are_cleaned_and_stay_inside(story_id: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    story = Story.model_construct(id=story_id)  # even an id the model would refuse
    write_stories([story], out)
    (name,) = os.listdir(out)
    assert name.endswith(".md")
    assert "/" not in name
    assert "\\" not in name
    assert not name.startswith(".")
    assert all(c.isascii() and c.isprintable() for c in name)
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_distinct_ids_that_clean_alike_get_distinct_files(tmp_path: Path) -> None:
    write_stories([Story(id="a/b"), Story(id="a_b"), Story(id="a:b")], tmp_path / "out")
    assert len(os.listdir(tmp_path / "out")) == 3


def test_two_stories_with_one_id_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match=r"stories 'a1' and 'a1' would both be written to a1\.md"):
        write_stories([Story(id="a1"), Story(id="a1")], tmp_path / "out")


def test_a_directory_source_is_mirrored(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "2025" / "09").mkdir(parents=True)
    (src / "2025" / "09" / "storm.md").write_text(record("id: a1\n"))
    (src / "feed.jsonl").write_text('{"id": "j1"}\n')
    write_stories(read_stories(src), tmp_path / "out")
    write_stories(read_stories(src, format="jsonl"), tmp_path / "out")
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")
    )
    assert written == ["2025/09/storm.md", "feed/j1.md"]
    assert (tmp_path / "out" / "2025" / "09" / "storm.md").read_bytes() == (
        src / "2025" / "09" / "storm.md"
    ).read_bytes()


@pytest.mark.parametrize(
    "relative_path",
    [
        "../escape.md",
        "a/../../escape.md",
        "/tmp/escape.md",
        "a//b.md",
        "./a.md",
        "a/\x00.md",
        "a\\..\\b.md",
        "a/\nb.md",
    ],
)
def test_relative_paths_that_would_escape_are_refused(relative_path: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(RecordError, match="would leave the destination"):
        write_stories([_from(relative_path)], out)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_symbolic_link_out_of_the_destination_is_not_followed(tmp_path: Path) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(RecordError, match="leads outside the destination through a symbolic link"):
        write_stories([_from("linked/sub/a.md")], out)
    assert list(outside.iterdir()) == []


def test_a_directory_can_be_rescored_in_place(tmp_path: Path) -> None:
    for name in ("a.md", "sub/b.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(record(f"id: {name[-4]}\nseverity: normal  # tier\n"))
    rescored = (s.with_scores(diversity_score=0.5, severity="high") for s in read_stories(tmp_path))
    assert write_stories(rescored, tmp_path) == 2
    assert (tmp_path / "sub" / "b.md").read_text() == record(
        "id: b\nseverity: high  # tier\ndiversity_score: 0.5\n"
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.md", "b.md", "sub"]


def test_stories_survive_pickling_for_worker_processes() -> None:
    import pickle

    (story,) = read_stories([{"id": "a1", "title": "Storm"}])
    copy = pickle.loads(pickle.dumps(story.with_scores(diversity_score=0.5, severity="high")))
    assert copy.origin == Origin("<records>", "index 0")
    assert copy.severity == "high"


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_stories([Story(id="a1")], tmp_path / "new.jsonl")
        write_stories([Story(id="a1")], tmp_path / "new.parquet")
        with open(tmp_path / "plain.txt", "w"):
            pass
    finally:
        os.umask(old)
    plain = (tmp_path / "plain.txt").stat().st_mode & 0o777
    assert plain == mode
    assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == mode
    assert (tmp_path / "new.parquet").stat().st_mode & 0o777 == mode
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_replaced_file_keeps_its_mode_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    write_stories([Story(id="a1")], path)
    path.chmod(0o604)
    old = os.umask(0o077)
    try:
        write_stories([Story(id="b2", title="Floods")], path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o604
    assert [s.id for s in read_stories(path)] == ["b2"]


def test_path_inside_follows_links(tmp_path: Path) -> None:
    from scoring.records.files import path_inside

    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path / "elsewhere")
    assert path_inside(tmp_path / "out", tmp_path / "out" / "2025" / "a.md")
    assert path_inside(tmp_path / "out", tmp_path / "out")
    assert not path_inside(tmp_path / "out", tmp_path / "out" / "link" / "a.md")
    assert not path_inside(tmp_path / "out", tmp_path / "outer")
