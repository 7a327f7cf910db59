"""Front matter: splitting, safe reading, and patching the two scores in place."""

from __future__ import annotations

import re

import pytest
from yaml import safe_load

from scoring.records import RecordSyntaxError, UnsafeRecordError, update_front_matter
from scoring.records.frontmatter import dump_front_matter, parse_front_matter, split_front_matter


@pytest.mark.parametrize(
    ("text", "yaml", "body"),
    [
        ("---\n---\n", "", ""),
        ("---\nid: a\n---\n", "id: a\n", ""),
        ("---\nid: a\n---", "id: a\n", ""),
        ("---\nid: a\n---\n\n", "id: a\n", ""),
        ("---\nid: a\n---\nBody", "id: a\n", "Body"),
        ("---\nid: a\n---\n\n\nBody", "id: a\n", "\nBody"),
        ("---\r\nid: a\r\n---\r\n\r\nBody\r\n", "id: a\r\n", "Body\r\n"),
        ("\ufeff---\nid: a\n---\n\nBody", "id: a\n", "Body"),
        ("---  \nid: a\n---\t\n\nBody", "id: a\n", "Body"),
        ("---\nid: a\n---\n\nOne\n---\nTwo\n---\n", "id: a\n", "One\n---\nTwo\n---\n"),
    ],
    ids=[
        "empty-front-matter",
        "no-body",
        "no-final-newline",
        "blank-line-only",
        "body-without-blank-line",
        "body-starting-with-blank-line",
        "crlf",
        "byte-order-mark",
        "trailing-blanks-on-delimiters",
        "dashes-in-body",
    ],
)
def test_split_front_matter(text: str, yaml: str, body: str) -> None:
    parts = split_front_matter(text)
    assert (parts.yaml, parts.body) == (yaml, body)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no front matter"),
        ("Body only\n", "no front matter"),
        ("--- \n", "not closed"),
        ("----\nid: a\n----\n", "no front matter"),
        ("---\nid: a\n--- not a delimiter\n", "not closed"),
    ],
)
def test_split_front_matter_refuses(text: str, message: str) -> None:
    with pytest.raises(RecordSyntaxError, match=message):
        split_front_matter(text)


def test_parse_keeps_timestamps_as_written_and_resolves_other_scalars() -> None:
    data = parse_front_matter(
        "id: a1\nupdated_at: 2025-09-12T18:22:22.961391\ncreated_at: 2025-09-12\n"
        "diversity_score: 0.5\ncount: 3\ndraft: false\nnote: ~\n"
    )
    assert data == {
        "id": "a1",
        "updated_at": "2025-09-12T18:22:22.961391",
        "created_at": "2025-09-12",
        "diversity_score": 0.5,
        "count": 3,
        "draft": False,
        "note": None,
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("N", "N"),
        ("~", None),
        ("null", None),
        ("", None),
        ("42", 42),
        ("-7", -7),
        ("+12", 12),
        ("017", 17),
        ("0o17", 15),
        ("0x1F", 31),
        ("1_000", "1_000"),
        ("0b101", "0b101"),
        ("1:30", "1:30"),
        ("12:30:00", "12:30:00"),
        ("0.5", 0.5),
        ("1.", 1.0),
        (".5", 0.5),
        ("1e5", 100000.0),
        ("1.5e-3", 0.0015),
        ("-.inf", float("-inf")),
        ("2025-09-12T12:00:56", "2025-09-12T12:00:56"),
        ("2025-09-12 12:00:56+02:00", "2025-09-12 12:00:56+02:00"),
        ("<<", "<<"),
        ("=", "="),
    ],
)
def test_plain_scalars_resolve_by_the_yaml_1_2_core_schema(value: str, expected: object) -> None:
    data = parse_front_matter(f"id: a1\nvalue: {value}\n")
    assert data["value"] == expected
    assert type(data["value"]) is type(expected)


def test_nan_is_a_float() -> None:
    value = parse_front_matter("id: a1\nvalue: .nan\n")["value"]
    assert isinstance(value, float)
    assert value != value


@pytest.mark.parametrize("size", [300_000, 3_000_000])
def test_a_long_base_60_looking_value_reads_as_the_text_written(size: int) -> None:
    # YAML 1.1 built this as a base-60 integer in quadratic time (3 MB took minutes).
    note = "1" + ":59" * (size // 3)
    data = parse_front_matter(f"id: a1\nnote: {note}\n")
    assert data["note"] == note


def test_a_thousand_citations_read_and_the_cap_on_values_refuses_bulk() -> None:
    citation = "- name: Reuters\n  url: https://www.reuters.com/x\n  published_at: 2025-09-12\n"
    data = parse_front_matter("id: a1\ncitations:\n" + citation * 1000)
    assert len(data["citations"]) == 1000
    with pytest.raises(UnsafeRecordError, match=r"more than 100,000 values .* at line 3;"):
        parse_front_matter("id: a1\nnote: [" + "1, " * 100_000 + "1]\n")


@pytest.mark.parametrize(
    ("yaml", "field", "message"),
    [
        (
            "id: a1\nnote: " + "9" * 5000 + "\n",
            "note",
            "at line 3: an integer of 5,000 digits; integers may have at most 4,300: quote it",
        ),
        (
            "id: a1\nextra:\n  sizes: [1, -" + "7" * 4301 + "]\n",
            "extra",
            "at line 4: an integer of 4,301 digits",
        ),
        (
            "id: a1\nnote: 0x" + "f" * 4000 + "\n",
            "note",
            "an integer of more than 4,300 digits",
        ),
        ("id: a1\nnote: !!int abc\n", "note", "'abc' is not an integer; remove the !!int tag"),
        ("id: a1\nnote: !!float abc\n", "note", "'abc' is not a number"),
        ("id: a1\nnote: !!bool yes\n", "note", "'yes' is not true or false"),
    ],
    ids=["huge-decimal", "huge-nested", "huge-hex", "bad-int-tag", "bad-float-tag", "bad-bool-tag"],
)
def test_a_value_that_cannot_be_built_names_its_field_and_line(
    yaml: str, field: str, message: str
) -> None:
    with pytest.raises(RecordSyntaxError, match=re.escape(message)) as info:
        parse_front_matter(yaml)
    assert info.value.field == field


def test_text_that_reads_as_another_type_in_either_yaml_version_is_written_quoted() -> None:
    values = ["yes", "on", "1e5", "0o17", "1:30", "1_000", "true", "12", "~", "plain"]
    text = dump_front_matter({"id": "a1", "values": values})
    assert parse_front_matter(text)["values"] == values
    assert safe_load(text)["values"] == values  # a YAML 1.1 reader gets text too


def _laughs(levels: int) -> str:
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    return "id: a1\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("yaml", "error", "message"),
    [
        (_laughs(10), UnsafeRecordError, r"alias \(\*lol0\) at line 4"),
        ("id: a1\nsame: &x v\nagain: *x\n", UnsafeRecordError, "aliases are not allowed"),
        ("id: " + "[" * 10_000 + "]" * 10_000 + "\n", UnsafeRecordError, "nests deeper"),
        ("id: a1\nn:\n  " + "- " * 10_000 + "x\n", UnsafeRecordError, "deeper than 32"),
        ("id: !!python/object/apply:os.system [ls]\n", UnsafeRecordError, "python/object"),
        ("id: a1\nx: !!set {a, b}\n", UnsafeRecordError, "tag 'tag:yaml.org,2002:set'"),
        ("id: a1\nx: !local v\n", UnsafeRecordError, "tag '!local'"),
        ("id: a1\nid: a2\n", RecordSyntaxError, "sets 'id' twice"),
        ("- id\n", RecordSyntaxError, "not a list"),
        ("id\n", RecordSyntaxError, "not a single value"),
        ("", RecordSyntaxError, "empty"),
        ("# only a comment\n", RecordSyntaxError, "empty"),
        ("{}\n", RecordSyntaxError, "empty"),
        ("? [a, b]\n: c\n", RecordSyntaxError, "not a name"),
        ("1: one\n", RecordSyntaxError, "key 1 is not a name"),
        ("id: 'open\n", RecordSyntaxError, "not valid YAML at line 3"),
        ("id: a\x07\n", RecordSyntaxError, "U\\+0007 at line 2"),
        ("id: a1\n...\nb: 2\n", RecordSyntaxError, "not valid YAML"),
    ],
    ids=[
        "billion-laughs",
        "single-alias",
        "deep-flow",
        "deep-block",
        "python-tag",
        "set-tag",
        "local-tag",
        "duplicate-key",
        "list",
        "scalar",
        "empty",
        "comment-only",
        "empty-mapping",
        "complex-key",
        "int-key",
        "unclosed-quote",
        "control-character",
        "second-document",
    ],
)
def test_parse_refuses(yaml: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_front_matter(yaml)


FRONT = (
    "---\n"
    "id: a1\n"
    "title: 'Storm: ports close'\n"
    "severity: normal  # tier\n"
    "diversity_score: 0.0\n"
    "lang: es\n"
    "---\n\nBody\n---\nmore\n"
)


@pytest.mark.parametrize(
    ("text", "score", "severity", "expected"),
    [
        (FRONT, 0.0, "normal", FRONT),
        (
            FRONT,
            0.75,
            "high",
            FRONT.replace("normal  # tier", "high  # tier").replace("score: 0.0", "score: 0.75"),
        ),
        (FRONT, 0.0, "critical", FRONT.replace("normal  #", "critical  #")),
        (
            "---\nid: a1\nseverity: 'normal'\ndiversity_score: '0.0'\n---\n",
            0.5,
            "high",
            "---\nid: a1\nseverity: 'high'\ndiversity_score: '0.5'\n---\n",
        ),
        (
            '---\nid: a1\nseverity: "normal"\n---\n',
            0.5,
            'it\'s "high"',
            '---\nid: a1\nseverity: "it\'s \\"high\\""\ndiversity_score: 0.5\n---\n',
        ),
        (
            "---\r\nid: a1\r\n# scores come last\r\n---\r\n\r\nBody\r\n",
            1.0,
            "high",
            "---\r\nid: a1\r\n# scores come last\r\nseverity: high\r\n"
            "diversity_score: 1.0\r\n---\r\n\r\nBody\r\n",
        ),
        (
            "---\nid: a1\ndiversity_score: 0.50\n---\n",
            0.5,
            None,
            "---\nid: a1\ndiversity_score: 0.50\n---\n",
        ),
        (
            "---\nid: a1\ndiversity_score: 1\n---\n",
            1.0,
            None,
            "---\nid: a1\ndiversity_score: 1\n---\n",
        ),
        ("---\nid: a1\nseverity: high\n---\n", None, None, "---\nid: a1\nseverity: null\n---\n"),
        ("---\nid: a1\nseverity:\n---\n", None, "high", "---\nid: a1\nseverity: high\n---\n"),
        ("---\nid: a1\nseverity: ~\n---\n", None, None, "---\nid: a1\nseverity: ~\n---\n"),
        (
            "---\nid: a1\nseverity: |\n  normal\nlang: en\n---\n",
            None,
            "high",
            "---\nid: a1\nseverity: high\nlang: en\n---\n",
        ),
        (
            "---\nid: a1\n---\n",
            1e-05,
            "yes",
            "---\nid: a1\nseverity: 'yes'\ndiversity_score: 1.0e-05\n---\n",
        ),
        (
            "---\nid: a1\n---\n",
            0.1 + 0.2,
            "0.5",
            "---\nid: a1\nseverity: '0.5'\ndiversity_score: 0.30000000000000004\n---\n",
        ),
        (
            "---\nid: a1\nseverity: normal\n---\n",
            None,
            "two\nlines",
            '---\nid: a1\nseverity: "two\\nlines"\n---\n',
        ),
        (
            "---\n  id: a1\n---\n",
            0.5,
            "high",
            "---\n  id: a1\n  severity: high\n  diversity_score: 0.5\n---\n",
        ),
        (
            "\ufeff---\nid: a1\nseverity: normal\n---\n\nCorps \u2013 ünïcödé ✓\n",
            None,
            "high",
            "\ufeff---\nid: a1\nseverity: high\n---\n\nCorps \u2013 ünïcödé ✓\n",
        ),
    ],
    ids=[
        "unchanged",
        "both-changed-comment-kept",
        "severity-only",
        "single-quoted",
        "double-quoted",
        "absent-appended-crlf",
        "equal-value-keeps-spelling",
        "int-equal-to-float",
        "set-to-null",
        "empty-value",
        "null-stays-null",
        "block-scalar",
        "exponent-float-and-yaml-keyword",
        "shortest-repr-and-numeric-string",
        "line-break-in-plain",
        "indented-mapping",
        "bom-and-unicode-body",
    ],
)
def test_update_front_matter(
    text: str, score: float | None, severity: str | None, expected: str
) -> None:
    updated = update_front_matter(text, diversity_score=score, severity=severity)
    assert updated == expected
    if updated != text:
        data = parse_front_matter(split_front_matter(updated).yaml)
        assert data.get("severity") == severity
        assert data.get("diversity_score") in (score, str(score))


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("no front matter\n", RecordSyntaxError, "no front matter"),
        ("---\n{id: a1}\n---\n", RecordSyntaxError, "flow mapping"),
        ("---\nid: a1\nseverity: [high]\n---\n", RecordSyntaxError, "list or mapping"),
        ("---\nid: a1\nx: &a 1\ny: *a\n---\n", UnsafeRecordError, "alias"),
    ],
)
def test_update_front_matter_refuses(text: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        update_front_matter(text, diversity_score=0.5, severity="high")
