"""The hostile corpus: each malformed input gives its documented error, and nothing else.

Every file under tests/data/hostile is listed here with the error it must raise; a new
file without an entry fails the suite.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring.cli import main
from scoring.errors import RecordError
from scoring.records import (
    MAX_RECORD_BYTES,
    RecordEncodingError,
    RecordSyntaxError,
    RecordTooLargeError,
    RecordValidationError,
    UnsafeRecordError,
    read_stories,
)

from .conftest import HOSTILE

Syntax, Valid, Enc, Big, Unsafe = (
    RecordSyntaxError,
    RecordValidationError,
    RecordEncodingError,
    RecordTooLargeError,
    UnsafeRecordError,
)

# file -> (error, location, field, message fragment)
EXPECTED: dict[str, tuple[type[RecordError], str | None, str | None, str]] = {
    "md_no_front_matter.md": (
        Syntax,
        None,
        None,
        "no front matter: a record must start with a line '---'",
    ),
    "md_empty_file.md": (Syntax, None, None, "no front matter"),
    "md_unclosed_front_matter.md": (
        Syntax,
        None,
        None,
        "front matter is not closed: add a line '---'",
    ),
    "md_malformed_yaml.md": (Syntax, None, None, "front matter is not valid YAML at line 8"),
    "md_bad_indentation.md": (
        Syntax,
        None,
        None,
        "not valid YAML at line 6: mapping values are not allowed",
    ),
    "md_front_matter_is_list.md": (
        Syntax,
        None,
        None,
        "must be a mapping of field names to values",
    ),
    "md_front_matter_is_scalar.md": (Syntax, None, None, "not a single value"),
    "md_front_matter_empty.md": (
        Syntax,
        None,
        None,
        "front matter is empty: it needs at least an id",
    ),
    "md_missing_id.md": (Valid, None, "id", "is missing: add it"),
    "md_id_blank.md": (Valid, None, "id", "must not be empty"),
    "md_id_is_number.md": (Valid, None, "id", "must be text, got int 12345; quote it"),
    "md_diversity_score_abc.md": (Valid, None, "diversity_score", "must be a number, got 'abc'"),
    "md_diversity_score_out_of_range.md": (
        Valid,
        None,
        "diversity_score",
        "must be between 0 and 1, got 1.5",
    ),
    "md_title_is_list.md": (Valid, None, "title", "must be text, got list ['Storm', 'ports']"),
    "md_citation_without_url.md": (
        Valid,
        None,
        "citations[0].url",
        "every citation needs a name and a url",
    ),
    "md_citation_without_name.md": (
        Valid,
        None,
        "citations[0].name",
        "every citation needs a name and a url",
    ),
    "md_citation_blank_url.md": (Valid, None, "citations[0].url", "must not be blank"),
    "md_citations_not_a_list.md": (Valid, None, "citations", "must be a list, got str 'Reuters'"),
    "md_citation_is_string.md": (
        Valid,
        None,
        "citations[0]",
        "must be a mapping with a name and a url",
    ),
    "md_bad_timestamp.md": (
        Valid,
        None,
        "citations[0].published_at",
        "'yesterday evening' is not an ISO 8601",
    ),
    "md_key_points_not_list.md": (Valid, None, "key_points", "must be a list, got int 5"),
    "md_non_utf8_body.md": (Enc, None, "body", "byte 0xe8 at line 10 is not UTF-8"),
    "md_non_utf8_front_matter.md": (Enc, None, None, "byte 0xea at line 3 is not UTF-8"),
    "md_utf16.md": (Enc, None, None, "byte 0xff at line 1 is not UTF-8; re-save the file as UTF-8"),
    "md_nul_in_front_matter.md": (Syntax, None, None, "character U+0000 at line 4"),
    "md_billion_laughs.md": (
        Unsafe,
        None,
        None,
        "YAML alias (*lol0) at line 5; aliases are not allowed",
    ),
    "md_deep_flow_nesting.md": (Unsafe, None, None, "nests deeper than"),
    "md_deep_block_nesting.md": (Unsafe, None, None, "nests deeper than 32 levels"),
    "md_python_object_tag.md": (
        Unsafe,
        None,
        None,
        "tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    "md_binary_tag.md": (Unsafe, None, None, "tag 'tag:yaml.org,2002:binary' at line 4"),
    "md_custom_tag.md": (Unsafe, None, None, "tag '!tier' at line 4"),
    "md_duplicate_key.md": (Syntax, None, None, "front matter sets 'id' twice (again at line 4)"),
    "md_body_key_in_front_matter.md": (Valid, None, "body", "the front matter must not set 'body'"),
    "md_two_documents.md": (Syntax, None, None, "not valid YAML at line 5"),
    "md_non_string_key.md": (Syntax, None, None, "front matter key 2025 is not a name"),
    "md_oversized.md": (Big, None, None, "the file is larger than the limit of 1,000 bytes"),
    "md_huge_integer.md": (
        Syntax,
        None,
        "wire_ref",
        "at line 8: an integer of 5,000 digits; integers may have at most 4,300: quote it",
    ),
    "md_bad_int_tag.md": (
        Syntax,
        None,
        "priority",
        "at line 8: 'high' is not an integer; remove the !!int tag",
    ),
    "jsonl_truncated_line.jsonl": (
        Syntax,
        "line 2",
        None,
        "not valid JSON (unexpected control character",
    ),
    "jsonl_line_is_list.jsonl": (
        Valid,
        "line 1",
        None,
        "each line must be a JSON object with the story's fields, got a list",
    ),
    "jsonl_wrong_type.jsonl": (Valid, "line 1", "diversity_score", "must be a number, got 'abc'"),
    "jsonl_non_utf8.jsonl": (Enc, "line 1", None, "byte 0xea at column 28 is not UTF-8"),
    "jsonl_deep_nesting.jsonl": (Syntax, "line 1", None, "not valid JSON (depth limit exceeded"),
    "jsonl_oversized_line.jsonl": (
        Big,
        "line 1",
        None,
        "the line is longer than the limit of 1,000 bytes",
    ),
    "jsonl_citation_without_url.jsonl": (Valid, "line 1", "citations[0].url", "is missing"),
    "jsonl_duplicate_key.jsonl": (
        Syntax,
        "line 2",
        "citations[0].url",
        "is set twice in one JSON object; keep one",
    ),
    "json_duplicate_key.json": (Syntax, None, "severity", "is set twice in one JSON object"),
    "json_scalar.json": (
        Valid,
        None,
        None,
        "a JSON file must hold a story object or a list of them, got a number",
    ),
    "json_truncated.json": (
        Syntax,
        None,
        None,
        "not valid JSON (unexpected end of data at line 1, column 58)",
    ),
    "json_list_with_bad_item.json": (Valid, "item 2", None, "each item must be a JSON object"),
    "csv_no_id_column.csv": (Valid, "row 0", None, "the header row has no 'id' column"),
    "csv_bad_citations_json.csv": (Syntax, "row 1", "citations", "is not valid JSON"),
    "csv_unclosed_quote.csv": (Syntax, "row 1", None, "not valid CSV (unexpected end of data)"),
    "csv_non_utf8.csv": (Enc, "row 1", "title", "holds bytes that are not UTF-8"),
    "csv_ragged_row.csv": (Syntax, "row 1", None, "the row has 2 cells but the header has 3"),
    "csv_duplicate_header.csv": (Valid, "row 0", None, "the header row names 'title' twice"),
    "parquet_not_parquet.parquet": (Syntax, None, None, "not a valid Parquet file"),
    "parquet_no_id_column.parquet": (Valid, None, None, "the file has no 'id' column"),
    "parquet_wrong_type.parquet": (
        Valid,
        "row 1",
        "diversity_score",
        "must be a number, got 'abc'",
    ),
}
SMALL_LIMIT = {"md_oversized.md", "jsonl_oversized_line.jsonl"}
# file -> the extra fields it must read as: inputs that once cost minutes or read wrongly.
READS: dict[str, dict[str, object]] = {
    # YAML 1.1 built this as a base-60 integer, in time quadratic in its length.
    "md_base60_value.md": {"duration": "1" + ":59" * 10_000},
    # YAML 1.1 read these as booleans, base-60 90 and octal 15.
    "md_yaml11_words.md": {
        "embargo": "no",
        "live": "on",
        "breaking": "yes",
        "updated": "12:30",
        "region_code": 17,
    },
}


def _limit(name: str) -> int:
    return 1000 if name in SMALL_LIMIT else MAX_RECORD_BYTES


def test_the_corpus_is_large_and_every_file_is_listed() -> None:
    files = sorted(p.name for p in HOSTILE.iterdir() if p.name != "ruff.toml")
    assert len(files) >= 30
    assert files == sorted([*EXPECTED, *READS])


@pytest.mark.parametrize("name", sorted(READS))
def test_inputs_that_must_read_give_the_text_written(name: str) -> None:
    (story,) = read_stories(HOSTILE / name)
    assert story.extra_fields == READS[name]
    assert story.citations[0].published_at == "2025-09-12T12:00:56"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_raise_gives_the_documented_error(name: str) -> None:
    error, location, field, message = EXPECTED[name]
    path = HOSTILE / name
    with pytest.raises(RecordError, match=re.escape(message)) as info:
        list(read_stories(path, max_record_bytes=_limit(name)))
    assert type(info.value) is error
    assert (info.value.source, info.value.location, info.value.field) == (
        str(path),
        location,
        field,
    )
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_collect_reports_the_same_error_and_goes_on(name: str) -> None:
    reader = read_stories(HOSTILE / name, on_error="collect", max_record_bytes=_limit(name))
    stories = list(reader)
    assert [type(e) for e in reader.errors] == [EXPECTED[name][0]]
    # Only the files that also hold a good record yield one.
    assert len(stories) == (
        1
        if name
        in {
            "jsonl_truncated_line.jsonl",
            "json_list_with_bad_item.json",
            "jsonl_duplicate_key.jsonl",
        }
        else 0
    )


NO_FRONT_MATTER = {"md_no_front_matter.md", "md_empty_file.md", "md_utf16.md"}


def test_a_directory_of_hostile_files_reports_each_markdown_one(tmp_path: Path) -> None:
    reader = read_stories(HOSTILE, on_error="collect")
    # md_oversized.md is under the default limit; the READS files read.
    assert len(list(reader)) == 1 + len(READS)
    markdown = {name for name in EXPECTED if name.endswith(".md")}
    bad = markdown - NO_FRONT_MATTER - SMALL_LIMIT
    assert sorted(str(e.source) for e in reader.errors) == sorted(str(HOSTILE / n) for n in bad)
    assert sorted(reader.not_records) == sorted(str(HOSTILE / n) for n in NO_FRONT_MATTER)
    assert sorted(reader.other_format) == sorted(
        str(HOSTILE / n) for n in EXPECTED if not n.endswith(".md")
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_command_line_reports_without_a_traceback(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    limit = ["--max-record-bytes", str(_limit(name))]
    assert main(["check", str(HOSTILE / name), *limit]) == 1
    out = capsys.readouterr().out
    assert f"error: {HOSTILE / name}" in out
    assert EXPECTED[name][3] in out
    assert main(["convert", str(HOSTILE / name), str(tmp_path / "out.jsonl"), *limit]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"scoring: error: {HOSTILE / name}")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing half-written
