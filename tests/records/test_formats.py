"""JSON, JSON Lines, CSV, Parquet and DataFrames: every field and value kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from scoring.records import Origin, Story, read_stories, stories_frame, write_stories
from scoring.records._convert import story_to_dict

STORM: dict[str, Any] = {
    "id": "4d2f0c7a9e1b3c5d",
    "title": "Tempête : les ports de la côte fermés",
    "severity": "elevated",
    "diversity_score": 0.3333333333333333,
    "updated_at": "2025-09-12T18:22:22.961391",
    "created_at": "2025-09-12T18:22:22.961384",
    "key_points": ["Ports closed from Brest to Sète.", "嵐で港が閉鎖"],
    "citations": [
        {
            "name": "Le Monde",
            "url": "https://www.lemonde.fr/planete/article/2025/09/12/tempete-ports_1.html",
            "published_at": "2025-09-12T12:00:56",
        },
        {"name": "Reuters", "url": "https://www.reuters.com/world/europe/storm-2025-09-12/"},
    ],
    "body": "Les ports ont fermé vendredi.\n\n---\n\nStorm closes ports pic.twitter.com/x1 — Météo-France (@meteofrance) September 12, 2025\n",
    "lang": "fr",
    "word_count": 12,
    "ingest": {"feed": "fr-monde", "attempt": 2, "flags": ["translated"]},
}
BARE: dict[str, Any] = {"id": "b2"}


def _dicts(stories: list[Story]) -> list[dict[str, Any]]:
    return [story_to_dict(s) for s in stories]


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".json", ".parquet"])
@pytest.mark.parametrize(
    "records", [[], [BARE], [STORM, BARE, STORM]], ids=["none", "bare", "mixed"]
)
def test_lossless_formats_keep_every_field_and_value(
    suffix: str, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / f"s{suffix}"
    assert write_stories(read_stories(records), path) == len(records)
    back = list(read_stories(path))
    assert _dicts(back) == records
    assert [list(d) for d in _dicts(back)] == [list(r) for r in records]


def test_csv_keeps_known_fields_and_text_extras(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    write_stories(read_stories([STORM, BARE]), path)
    storm, bare = _dicts(list(read_stories(path)))
    assert bare == BARE
    # CSV cells are text: known fields come back typed, unknown ones as their text.
    assert storm == {
        **STORM,
        "word_count": "12",
        "ingest": '{"feed":"fr-monde","attempt":2,"flags":["translated"]}',
    }


def test_csv_header_and_cells_are_spreadsheet_friendly(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    write_stories(read_stories([{"id": "a1", "title": "Storm", "diversity_score": 0.5}]), path)
    assert path.read_text() == "id,title,diversity_score\na1,Storm,0.5\n"


def test_json_lines_output_is_compact_one_story_per_line(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    write_stories(read_stories([{"id": "a1", "title": "Été"}, BARE]), path)
    assert path.read_bytes() == '{"id":"a1","title":"Été"}\n{"id":"b2"}\n'.encode()


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        ([], "[]\n"),
        ([BARE], '[\n  {\n    "id": "b2"\n  }\n]\n'),
        (
            [BARE, {"id": "c3", "key_points": ["a"]}],
            '[\n  {\n    "id": "b2"\n  },\n  {\n    "id": "c3",\n    "key_points": [\n      "a"\n    ]\n  }\n]\n',
        ),
    ],
)
def test_json_output_is_an_indented_list(
    stories: list[dict[str, Any]], expected: str, tmp_path: Path
) -> None:
    path = tmp_path / "s.json"
    write_stories(read_stories(stories), path)
    assert path.read_text() == expected


def test_json_file_with_one_object_is_one_story(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"id": "a1", "title": "Storm"}')
    (story,) = read_stories(path)
    assert story.title == "Storm"
    assert story.origin == Origin(str(path))


def test_json_lines_skips_blank_lines_and_numbers_lines_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a1"}\n\n   \r\n{"id": "a2"}\r\n{"id": "a3"}')
    stories = list(read_stories(path))
    assert [(s.id, s.origin.location if s.origin else None) for s in stories] == [
        ("a1", "line 1"),
        ("a2", "line 4"),
        ("a3", "line 5"),
    ]


def test_parquet_columns_have_the_documented_types(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "s.parquet"
    write_stories(read_stories([STORM, BARE]), path)
    schema = pq.read_schema(path)
    assert str(schema.field("citations").type) == (
        "list<element: struct<name: string, url: string, published_at: string>>"
    )
    assert str(schema.field("diversity_score").type) == "double"
    assert str(schema.field("word_count").type) == "int64"
    assert str(schema.field("ingest").type) == "string"  # mixed values: JSON text
    assert schema.metadata[b"scoring.json_columns"] == b'["ingest"]'


def test_parquet_keeps_citation_extra_fields(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "citations": [{"name": "X", "url": "https://x.com/a/status/1", "kind": "embedded-post"}],
    }
    path = tmp_path / "s.parquet"
    write_stories(read_stories([record]), path)
    assert _dicts(list(read_stories(path))) == [record]


def test_parquet_reads_in_row_batches(tmp_path: Path) -> None:
    records = [{"id": f"s{i}", "title": f"Story {i}"} for i in range(2500)]
    path = tmp_path / "s.parquet"
    write_stories(read_stories(records), path)
    stories = list(read_stories(path))
    assert [s.id for s in stories] == [r["id"] for r in records]
    assert stories[-1].origin == Origin(str(path), "row 2500")


def test_dataframe_rows_become_stories_with_nulls_absent() -> None:
    frame = pd.DataFrame(
        {
            "id": ["a1", "b2"],
            "diversity_score": [0.5, None],
            "citations": [
                [{"name": "AP", "url": "https://apnews.com/x"}],
                '[{"name": "BBC", "url": "https://www.bbc.com/news/y"}]',
            ],
            "word_count": [12, 30],
        },
        index=["first", "second"],
    )
    first, second = read_stories(frame)
    assert (first.diversity_score, first.citations[0].name, first.extra_fields) == (
        0.5,
        "AP",
        {"word_count": 12},
    )
    assert second.diversity_score is None
    assert "diversity_score" not in second.model_fields_set
    assert second.citations[0].name == "BBC"
    assert second.origin == Origin("<frame>", "row second")


def test_stories_frame_round_trips_through_read_stories() -> None:
    stories = list(read_stories([STORM, BARE]))
    back = list(read_stories(stories_frame(stories)))
    assert _dicts(back) == [STORM, BARE]
