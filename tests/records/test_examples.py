"""The bundled examples: every record reads, and writes back byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.records import Story, read_stories, write_stories
from scoring.records._convert import story_to_dict

from .conftest import EXAMPLES

MARKDOWN = sorted((EXAMPLES / "markdown").glob("*.md"))
FILES = ["stories.jsonl", "stories.json", "stories.csv"]


SOURCES = {
    "markdown": 7,
    "stories.jsonl": 4,
    "stories.json": 2,
    "stories.csv": 2,
    "stories.parquet": 2,
}


def _every_example() -> list[Story]:
    return [story for name in SOURCES for story in read_stories(EXAMPLES / name)]


def test_every_example_reads_without_error() -> None:
    for name, count in SOURCES.items():
        reader = read_stories(EXAMPLES / name, on_error="collect")
        assert len(list(reader)) == count, name
        assert reader.errors == []
    stories = _every_example()
    assert len({s.id for s in stories}) == len(stories)
    outlets = {c.name for s in stories for c in s.citations}
    assert len(outlets) >= 30


def test_the_examples_directory_reads_its_markdown_records_and_lists_the_rest() -> None:
    reader = read_stories(EXAMPLES)
    assert len(list(reader)) == 7
    assert reader.not_records == [str(EXAMPLES / "README.md")]
    assert reader.other_format == [
        str(EXAMPLES / f"stories.{s}") for s in ("csv", "json", "jsonl", "parquet")
    ]


@pytest.mark.parametrize("path", MARKDOWN, ids=[p.name for p in MARKDOWN])
def test_markdown_examples_round_trip_byte_identical(path: Path, tmp_path: Path) -> None:
    write_stories(read_stories(path), tmp_path / path.name)
    assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_markdown_directory_round_trips_byte_identical(tmp_path: Path) -> None:
    write_stories(read_stories(EXAMPLES / "markdown"), tmp_path)
    for path in MARKDOWN:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize("name", FILES)
def test_file_examples_round_trip_byte_identical(name: str, tmp_path: Path) -> None:
    write_stories(read_stories(EXAMPLES / name), tmp_path / name)
    assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes()


def test_parquet_example_round_trips_value_for_value(tmp_path: Path) -> None:
    # Parquet files embed the writer's version, so values are compared, not bytes.
    write_stories(read_stories(EXAMPLES / "stories.parquet"), tmp_path / "s.parquet")
    before = [story_to_dict(s) for s in read_stories(EXAMPLES / "stories.parquet")]
    after = [story_to_dict(s) for s in read_stories(tmp_path / "s.parquet")]
    assert after == before
    assert len(before) == 2


def test_examples_cover_crlf_unicode_embeds_and_dashes_in_bodies() -> None:
    by_name = {p.name: p.read_bytes() for p in MARKDOWN}
    assert b"\r\n" in by_name["002_noto_earthquake_ja_crlf.md"]
    assert "\n---\n" in by_name["003_bahnstreik_de.md"].decode().split("---\n", 2)[2]
    stories = _every_example()
    assert sum("pic.twitter.com/" in s.body for s in stories) >= 8
    assert {s.extra_fields.get("lang") for s in stories} >= {"es", "ja", "ar", "fr", "pl", "pt-BR"}
