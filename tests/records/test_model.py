"""The story model: known fields validated, unknown kept, provenance private."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from scoring.records import Citation, Origin, Story, read_stories


def test_minimal_story_has_empty_defaults_and_nothing_set_but_id() -> None:
    story = Story(id="a1")
    assert (story.title, story.body, story.citations, story.key_points) == ("", "", (), ())
    assert story.diversity_score is None
    assert story.severity is None
    assert story.model_fields_set == {"id"}
    assert story.origin is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2025-09-12T18:22:22.961391", datetime(2025, 9, 12, 18, 22, 22, 961391)),
        ("2025-01-29T21:00:00-03:00", datetime.fromisoformat("2025-01-29T21:00:00-03:00")),
    ],
)
def test_timestamps_stay_strings_and_parse_without_inventing_a_zone(
    value: str | None, expected: datetime | None
) -> None:
    story = Story(id="a1", created_at=value, updated_at=value)
    assert story.created_at == value
    assert story.created == expected
    assert story.updated == expected
    assert story.created is None or story.created.tzinfo == expected.tzinfo  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"id": ""}, "at least 1 character"),
        ({"id": "a", "diversity_score": 1.01}, "less than or equal to 1"),
        ({"id": "a", "diversity_score": -0.1}, "greater than or equal to 0"),
        ({"id": "a", "created_at": "last Tuesday"}, "not an ISO 8601 timestamp"),
        ({"id": "a", "key_points": "one point"}, "valid tuple"),
    ],
)
def test_known_fields_are_validated(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Story.model_validate(fields)


def test_blank_citation_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="must not be blank"):
        Citation(name="  ", url="https://apnews.com/x")


def test_unknown_fields_are_kept_in_order_including_names_that_shadow_properties() -> None:
    story = Story.model_validate({"id": "a1", "lang": "es", "origin": "feed", "region": "ES"})
    assert story.extra_fields == {"lang": "es", "origin": "feed", "region": "ES"}
    assert story.origin is None  # the property, not the unknown field


def test_with_scores_keeps_origin_and_marks_scores_as_set() -> None:
    (story,) = read_stories([{"id": "a1", "title": "Storm"}])
    scored = story.with_scores(diversity_score=0.25, severity="elevated")
    assert scored.origin == Origin("<records>", "index 0")
    assert {"diversity_score", "severity"} <= scored.model_fields_set
    assert story.diversity_score is None  # the original is untouched


def test_origin_reads_as_source_and_location() -> None:
    assert str(Origin("a.jsonl", "line 3", "sub/a.jsonl")) == "a.jsonl, line 3"
    assert str(Origin("a.md")) == "a.md"
