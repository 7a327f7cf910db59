"""Round trips over generated records.

Unicode, CRLF, empty bodies, '---' in bodies, missing optional fields, unknown fields of
every JSON type.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.records import Origin, read_stories, update_front_matter, write_stories
from scoring.records._convert import story_to_dict
from scoring.records.frontmatter import dump_front_matter
from scoring.records.markdown import parse_markdown, render_markdown

FAST = settings(max_examples=60, deadline=None)

text = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
words = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=12
).filter(lambda s: s.strip() != "")
timestamps = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)).map(
    datetime.isoformat
)
scores = st.floats(min_value=0.0, max_value=1.0)
tiers = st.one_of(
    st.sampled_from(["normal", "elevated", "high", "critical", "yes", "null", "0.5"]), words
)
keys = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda k: (
        k
        not in {
            "id",
            "title",
            "body",
            "severity",
            "diversity_score",
            "created_at",
            "updated_at",
            "key_points",
            "citations",
        }
    )
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**62), max_value=2**62),
    st.floats(allow_nan=False, allow_infinity=False),
    text,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=6,
)
bodies = st.one_of(
    st.just(""),
    text,
    st.lists(
        st.sampled_from(["---", "Ports closed.", "", "Corps ✓ \u2013 ünï", "  ---  ", "\r", "…"]),
        max_size=6,
    ).map("\n".join),
    st.lists(text, max_size=4).map("\r\n".join),
)


@st.composite
def citations(draw: st.DrawFn) -> dict[str, Any]:
    citation: dict[str, Any] = {"name": draw(words), "url": "https://" + draw(words)}
    if draw(st.booleans()):
        citation["published_at"] = draw(timestamps)
    return citation


@st.composite
def story_dicts(draw: st.DrawFn, *, nulls: bool = True) -> dict[str, Any]:
    """A story record as a mapping; optional fields come and go, in varying order."""
    values = scalars if nulls else scalars.filter(lambda v: v is not None)
    optional: dict[str, Any] = {
        "title": draw(text),
        "severity": draw(st.one_of(st.none(), tiers) if nulls else tiers),
        "diversity_score": draw(st.one_of(st.none(), scores) if nulls else scores),
        "updated_at": draw(timestamps),
        "created_at": draw(timestamps),
        "key_points": draw(st.lists(text, max_size=3)),
        "citations": draw(st.lists(citations(), max_size=3)),
        "body": draw(bodies),
    }
    optional.update(draw(st.dictionaries(keys, json_values if nulls else values, max_size=3)))
    chosen = draw(st.lists(st.sampled_from(sorted(optional)), unique=True))
    return {"id": draw(words), **{k: optional[k] for k in chosen}}


@st.composite
def markdown_texts(draw: st.DrawFn) -> str:
    """A Markdown record as someone might have written it: comments, quoting, CRLF."""
    data = draw(story_dicts())
    body = data.pop("body", "")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    lines = dump_front_matter(data).splitlines()
    style = draw(st.sampled_from(["", "'", '"']))
    lines = [
        f"{line}  # filled by the engine"
        if line.startswith("diversity_score:") and draw(st.booleans())
        else line
        for line in lines
    ]
    if (
        "severity" in data
        and isinstance(data["severity"], str)
        and data["severity"].isalpha()
        and style
    ):
        lines = [
            f"severity: {style}{data['severity']}{style}" if ln.startswith("severity:") else ln
            for ln in lines
        ]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))) if lines[-1:] != [""] else 0, "# reviewed")
    front = newline.join(lines) + newline
    separator = (
        draw(st.sampled_from([newline, ""]))
        if body and not body.startswith(("\n", "\r\n"))
        else newline
    )
    return f"---{newline}{front}---{newline}{separator}{body}"


def _without_scores(text: str) -> list[str]:
    return [
        line for line in text.splitlines() if not line.startswith(("severity:", "diversity_score:"))
    ]


@FAST
@given(markdown_texts())
def test_markdown_read_then_written_is_byte_identical(text: str) -> None:
    story = parse_markdown(text, Origin("s.md"))
    assert render_markdown(story) == text


@FAST
@given(markdown_texts(), scores, tiers)
def test_new_scores_change_only_the_score_lines(text: str, score: float, tier: str) -> None:
    story = parse_markdown(text, Origin("s.md"))
    written = render_markdown(story.with_scores(diversity_score=score, severity=tier))
    again = parse_markdown(written, Origin("s.md"))
    assert (again.diversity_score, again.severity) == (score, tier)
    assert again.body == story.body
    before = {
        k: v for k, v in story_to_dict(story).items() if k not in ("severity", "diversity_score")
    }
    after = {
        k: v for k, v in story_to_dict(again).items() if k not in ("severity", "diversity_score")
    }
    assert after == before
    assert _without_scores(written) == _without_scores(text)
    assert update_front_matter(written, diversity_score=score, severity=tier) == written


@FAST
@given(story_dicts())
def test_fresh_markdown_round_trips_every_field(data: dict[str, Any]) -> None:
    (story,) = read_stories([data])
    again = parse_markdown(render_markdown(story), Origin("s.md"))
    assert story_to_dict(story) == data
    assert story_to_dict(again) == {**data, "body": data.get("body", "")}  # Markdown has a body


@settings(max_examples=25, deadline=None)
@given(st.lists(story_dicts(), max_size=4), st.sampled_from([".jsonl", ".json"]))
def test_json_formats_round_trip_every_field(records: list[dict[str, Any]], suffix: str) -> None:
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / f"s{suffix}"
        write_stories(read_stories(records), path)
        assert [story_to_dict(s) for s in read_stories(path)] == records


@settings(max_examples=25, deadline=None)
@given(st.lists(story_dicts(nulls=False), max_size=4))
def test_parquet_round_trips_every_field(records: list[dict[str, Any]]) -> None:
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.parquet"
        write_stories(read_stories(records), path)
        assert [story_to_dict(s) for s in read_stories(path)] == records
