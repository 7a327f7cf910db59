"""Markdown records: byte-identical round trips and in-place score patches."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.records import Citation, Origin, Story, read_stories, write_stories
from scoring.records.markdown import parse_markdown, render_markdown

from .conftest import SEED, record


def test_seed_reads_with_every_field(seed_bytes: bytes) -> None:
    (story,) = read_stories(SEED)
    assert story.id == "8bcaf6925afaeda812cc2d600462767b"
    assert story.title.startswith("A WIN FOR DIPLOMACY: Belarus\u2019 Lukashenko Releases 52")
    assert story.title.endswith("Visit of US Envoy John Coale (VIDEOS)")  # folded line joined
    assert (story.severity, story.diversity_score) == ("normal", 0.0)
    assert story.updated_at == "2025-09-12T18:22:22.961391"
    assert story.created_at == "2025-09-12T18:22:22.961384"
    assert story.key_points == ()
    assert story.citations == (
        Citation(
            name="The Gateway Pundit",
            url="https://www.thegatewaypundit.com/2025/09/win-diplomacy-belarus-lukashenko-releases-52-prisoners-after/",
            published_at="2025-09-12T12:00:56",
        ),
    )
    assert story.body.startswith(
        "Lukashenko is remaking the ties to Trump\u2019s US.\n\nThe Gateway"
    )
    assert story.body.endswith("in Victory for Trump Diplomacy\n")
    assert story.origin == Origin(str(SEED))


def test_seed_writes_back_byte_identical(seed_bytes: bytes) -> None:
    (story,) = read_stories(SEED)
    assert render_markdown(story).encode("utf-8") == seed_bytes


def test_seed_with_new_scores_changes_only_those_two_lines(seed_bytes: bytes) -> None:
    (story,) = read_stories(SEED)
    text = render_markdown(story.with_scores(diversity_score=0.4, severity="elevated"))
    before = seed_bytes.decode("utf-8").splitlines(keepends=True)
    after = text.splitlines(keepends=True)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ("severity: normal\n", "severity: elevated\n"),
        ("diversity_score: 0.0\n", "diversity_score: 0.4\n"),
    ]


def test_seed_through_json_lines_and_back_is_byte_identical(
    seed_bytes: bytes, tmp_path: Path
) -> None:
    # Key order survives JSON Lines, and a fresh Markdown file is written the way the
    # ingestion pipeline writes one.
    write_stories(read_stories(SEED), tmp_path / "s.jsonl")
    (story,) = read_stories(tmp_path / "s.jsonl")
    assert render_markdown(story).encode("utf-8") == seed_bytes


def test_changing_another_field_renders_fresh_rather_than_dropping_the_change() -> None:
    story = parse_markdown(record("id: a1\ntitle: Old  # comment\n"), Origin("a.md"))
    retitled = story.model_copy(update={"title": "New"})
    assert (
        render_markdown(retitled)
        == "---\nid: a1\ntitle: New\n---\n\nPorts along the coast closed on Friday.\n"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", "---\nid: a1\n---\n"),
        ("Text\n", "---\nid: a1\n---\n\nText\n"),
        ("\nStarts blank", "---\nid: a1\n---\n\n\nStarts blank"),
        ("---\n---\n", "---\nid: a1\n---\n\n---\n---\n"),
    ],
)
def test_fresh_render_round_trips_any_body(body: str, expected: str) -> None:
    text = render_markdown(Story(id="a1", body=body))
    assert text == expected
    assert parse_markdown(text, Origin("a.md")).body == body


def test_crlf_record_round_trips_and_patches_with_crlf(tmp_path: Path) -> None:
    raw = "---\r\nid: a1\r\nseverity: normal\r\n---\r\n\r\nLínea uno\r\nLínea dos\r\n"
    (tmp_path / "a.md").write_bytes(raw.encode())
    (story,) = read_stories(tmp_path / "a.md")
    assert story.body == "Línea uno\r\nLínea dos\r\n"
    assert render_markdown(story) == raw
    patched = render_markdown(story.with_scores(diversity_score=0.5, severity="high"))
    assert patched == raw.replace(
        "severity: normal\r\n", "severity: high\r\ndiversity_score: 0.5\r\n"
    )


def test_a_pickled_markdown_story_still_writes_back_in_place(seed_bytes: bytes) -> None:
    import pickle

    (story,) = read_stories(SEED)
    copy = pickle.loads(pickle.dumps(story))
    assert render_markdown(copy).encode("utf-8") == seed_bytes
    patched = render_markdown(copy.with_scores(diversity_score=0.5, severity="normal"))
    assert patched == seed_bytes.decode("utf-8").replace(
        "diversity_score: 0.0\n", "diversity_score: 0.5\n"
    )
