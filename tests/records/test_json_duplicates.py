"""JSON and JSON Lines records that set a key twice are refused, naming the key.

As in YAML. The cheap checks that spare most lines the exact parse never refuse a good
one.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.records import RecordSyntaxError, RecordValidationError, Story, read_stories
from scoring.records.jsonl import read_json, read_jsonl

from .conftest import SEED

CITATION = '{"name": "Reuters", "url": "https://www.reuters.com/world/x", "published_at": "2025-09-12T12:00:56"}'
BODY = "Ports along the coast closed on Friday at 12:00 as the storm approached. " * 12


def _line(**fields: Any) -> bytes:
    return orjson.dumps({"id": "a1", "title": "Storm closes ports", **fields, "body": BODY})


def _read_line(line: bytes) -> Story | Exception:
    (item,) = read_jsonl(io.BytesIO(line + b"\n"), "s.jsonl", None, 1_000_000)
    return item


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (b'{"id": "a1", "title": "Storm", "id": "a2"}', "id"),
        (b'{"id":"a1","title":"Storm","title":"Ports"}', "title"),
        (_line()[:-1] + b',"title":"Ports"}', "title"),
        (_line()[:-1] + b',"body":"x"}', "body"),
        (
            b'{"id": "a1", "citations": [' + CITATION.encode()[:-1] + b', "url": "https://a"}]}',
            "citations[0].url",
        ),
        (b'{"id":"a1","lang":{"code":"fr","code":"de"}}', "lang.code"),
        (b'{"id": "a1", "note": "\\u003a", "note": 1}', "note"),
        (b'{"id" : "a1", "id" : "a2"}', "id"),
    ],
    ids=[
        "top-level",
        "compact",
        "after-a-long-body",
        "body",
        "citation",
        "extra-field",
        "escaped-colon",
        "spaced",
    ],
)
def test_a_json_lines_record_that_sets_a_key_twice_is_refused(line: bytes, field: str) -> None:
    error = _read_line(line)
    assert isinstance(error, RecordSyntaxError)
    assert (error.location, error.field) == ("line 1", field)
    assert "is set twice in one JSON object; keep one" in error.reason


@pytest.mark.parametrize(
    "line",
    [
        _line(),
        _line(note='"id": "a2", "id": "a3"'),
        orjson.dumps({"id": "a1", "body": 'He said "leave now" at 12:00.\\'}),
        orjson.dumps({"id": "a1", "body": BODY + "\\"}),
        json.dumps({"id": "a1", "title": "Sturm schließt Häfen", "body": BODY}).encode(),
        json.dumps({"id": "a1", "citations": [json.loads(CITATION)], "body": BODY}, indent=2)
        .replace("\n", " ")
        .encode(),
        b'{"id": "a1", "note": "\\u003a"}',
        b'{"id": "a1", "body": "' + b"x" * 600 + b'"}   ',
    ],
    ids=[
        "compact",
        "key-text-in-a-value",
        "quotes-and-backslash",
        "body-ending-in-backslash",
        "spaced",
        "indented",
        "escaped-colon",
        "trailing-blanks",
    ],
)
def test_records_that_set_each_key_once_read(line: bytes) -> None:
    story = _read_line(line)
    assert isinstance(story, Story), story
    assert story.id == "a1"


def test_a_json_list_refuses_only_the_item_that_sets_a_key_twice() -> None:
    raw = b'[{"id": "a1"}, {"id": "a2", "title": "x", "id": "a3"}, {"id": "a4"}]'
    items = list(read_json(raw, "s.json", None))
    assert [s.id for s in items if isinstance(s, Story)] == ["a1", "a4"]
    error = items[1]
    assert isinstance(error, RecordSyntaxError)
    assert (error.location, error.field) == ("item 2", "id")


def test_a_json_object_that_sets_a_key_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text('{\n  "id": "a1",\n  "severity": "normal",\n  "severity": "high"\n}\n')
    with pytest.raises(
        RecordSyntaxError, match=re.escape("story.json: field 'severity': is set twice")
    ):
        list(read_stories(path))


def test_json_errors_give_json_advice_and_yaml_errors_yaml_advice(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text('{"id": 12345}\n')
    (tmp_path / "s.md").write_text(SEED.read_text().replace("id: ", "id: 12345\nold_id: ", 1))
    jsonl = read_stories(tmp_path / "s.jsonl", on_error="collect")
    markdown = read_stories(tmp_path / "s.md", on_error="collect")
    assert list(jsonl) == list(markdown) == []
    assert isinstance(jsonl.errors[0], RecordValidationError)
    assert jsonl.errors[0].reason == (
        'must be text, got int 12345; write it as a JSON string, in double quotes ("12345")'
    )
    assert markdown.errors[0].reason == "must be text, got int 12345; quote it"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
stories = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=8).filter(str.strip)},
    optional={
        "note": json_values,
        "title": st.text(max_size=20),
        "body": st.text(min_size=500, max_size=700),
    },
)
separators = st.sampled_from([(",", ":"), (", ", ": "), (",", " : ")])


@settings(max_examples=150, deadline=None)
@given(story=stories, sep=separators, duplicate=st.booleans())
def test_generated_records_are_refused_exactly_when_they_repeat_a_key(
    story: dict[str, Any], sep: tuple[str, str], duplicate: bool
) -> None:
    line = json.dumps(story, separators=sep, ensure_ascii=False)
    if duplicate:
        line = line[:-1] + sep[0] + json.dumps("id") + sep[1] + json.dumps("again") + "}"
    item = _read_line(line.encode())
    if duplicate:
        assert isinstance(item, RecordSyntaxError)
        assert item.field == "id"
    else:
        assert not isinstance(item, RecordSyntaxError), item
