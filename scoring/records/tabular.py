"""Tabular records: CSV, Parquet and pandas DataFrames, one row per story.

Conventions, the same for every tabular format:

- A null (or empty CSV) cell means the field is absent.
- ``citations`` is a list of ``{name, url, published_at}``: a
  ``list<struct<name, url, published_at>>`` column in Parquet, a JSON string in CSV,
  either in a DataFrame. ``key_points`` likewise (a list of strings, or JSON text).
- Other fields are kept as columns. CSV cells are text, so a CSV extra field reads back
  as a string; CSV is for exchange with spreadsheets, not for lossless storage.
  Parquet keeps types: an extra field whose values are not all strings, all booleans,
  all integers or all floats is stored as JSON text and decoded on reading (the column
  names are listed in the file's ``scoring.json_columns`` metadata).

pyarrow and pandas are imported only when a Parquet file or a DataFrame is used.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator, Mapping, Set
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from scoring.errors import RecordError
from scoring.records._convert import build_record, story_from_mapping, story_to_dict
from scoring.records.errors import (
    MAX_RECORD_BYTES,
    RecordEncodingError,
    RecordSyntaxError,
    RecordValidationError,
    too_large_error,
)
from scoring.records.model import Origin, ParsedRecord, Story

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "json_columns_of",
    "parse_row",
    "patch_rows",
    "read_csv",
    "read_frame",
    "read_parquet",
    "scored_schema",
    "stories_frame",
    "write_csv",
    "write_parquet",
]

#: Fields holding lists: JSON text in CSV, list columns in Parquet.
LIST_FIELDS = ("citations", "key_points")
_JSON_COLUMNS_KEY = b"scoring.json_columns"
_BATCH_ROWS = 1024
_INT64 = (-(2**63), 2**63 - 1)


def _json_cell(field: str, text: str, origin: Origin) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        hint = (
            'write citations as a JSON list of {"name", "url", "published_at"} objects'
            if field == "citations"
            else "write it as JSON"
        )
        raise RecordSyntaxError(
            f"is not valid JSON ({exc.msg} at column {exc.colno}); {hint}",
            source=origin.source,
            location=origin.location,
            field=field,
        ) from None


def _is_utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_csv(
    fh: IO[str], source: str, relative_path: str | None, max_record_bytes: int
) -> Iterator[Story | RecordError]:
    r"""Stories from CSV text with a header row, one row at a time.

    ``fh`` must be opened with ``newline=""`` and ``errors="surrogateescape"``, so a
    bad byte is reported with its row and field rather than ending the file.

    Example:
        >>> import io
        >>> text = io.StringIO('id,title,citations\na1,Floods,"[{""name"": ""AP"", ""url"": ""https://apnews.com/x""}]"\n')
        >>> [s.citations[0].name for s in read_csv(text, "s.csv", None, 1000)]
        ['AP']
    """
    # The csv module's cell limit is process-wide; raise it to the record limit so a
    # large body reads, while an unclosed quote still stops at a bounded size.
    csv.field_size_limit(max(csv.field_size_limit(), max_record_bytes))
    reader = csv.reader(fh, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield RecordSyntaxError(f"the header row is not valid CSV ({exc})", source=source)
        return
    if header is None:
        return
    problem = None
    if "id" not in header:
        problem = "the header row has no 'id' column; name the columns in the first row"
    elif len(set(header)) != len(header):
        twice = sorted({name for name in header if header.count(name) > 1})
        problem = f"the header row names {', '.join(map(repr, twice))} twice; keep one"
    if problem:
        yield RecordValidationError(problem, source=source, location="row 0")
        return
    width = len(header)
    number = 0
    while True:
        number += 1
        origin = Origin(source, f"row {number}", relative_path)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordSyntaxError(
                f"not valid CSV ({exc}); check for an unclosed quote or a cell larger "
                f"than {max_record_bytes:,} bytes",
                source=source,
                location=origin.location,
            )
            return
        yield build_record(origin, _csv_story, header, row, width, origin, max_record_bytes)


def _csv_story(
    header: list[str], row: list[str], width: int, origin: Origin, max_record_bytes: int
) -> Story:
    return story_from_mapping(_csv_row(header, row, width, origin, max_record_bytes), origin)


def _csv_row(
    header: list[str], row: list[str], width: int, origin: Origin, max_record_bytes: int
) -> dict[str, Any]:
    if len(row) != width:
        raise RecordSyntaxError(
            f"the row has {len(row)} cells but the header has {width}; check its commas and quotes",
            source=origin.source,
            location=origin.location,
        )
    if sum(map(len, row)) > max_record_bytes:
        raise too_large_error("the row is larger", max_record_bytes, origin)
    data: dict[str, Any] = {}
    for name, cell in zip(header, row, strict=True):
        if not cell:
            continue
        if not _is_utf8(cell):
            raise RecordEncodingError(
                "holds bytes that are not UTF-8; re-save the file as UTF-8",
                source=origin.source,
                location=origin.location,
                field=name,
            )
        data[name] = _json_cell(name, cell, origin) if name in LIST_FIELDS else cell
    return data


def _csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and name not in LIST_FIELDS:
        return value
    if isinstance(value, float) and name not in LIST_FIELDS:
        return repr(value)
    return orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY).decode()


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def write_csv(stories: Iterable[Story], fh: IO[str]) -> int:
    """Write stories as CSV with a header row; returns how many.

    Every story is held in memory first, since the header names every column.
    """
    rows = [story_to_dict(story) for story in stories]
    if not rows:
        return 0
    columns = _columns(rows)
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(name, row.get(name)) for name in columns])
    return len(rows)


def _absent(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN, pandas' marker for a missing number
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


def _plain(value: Any) -> Any:
    """A Python value from what pyarrow or pandas hands back (arrays, numpy scalars)."""
    tolist = getattr(value, "tolist", None)
    if tolist is not None and not isinstance(value, str | bytes):
        value = tolist()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not _absent(v)}
    return value


def _text_size(value: Any) -> int:
    """Characters of text in a row value, nested lists and mappings included."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(_text_size(v) for v in value.values())
    if isinstance(value, list):
        return sum(_text_size(v) for v in value)
    return 8


def _open_parquet(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise RecordError(
            "reading Parquet needs pyarrow: pip install 'scoring[parquet]'", source=str(path)
        ) from None
    return pq.ParquetFile(path)


def read_parquet(
    path: Path, source: str, relative_path: str | None, max_record_bytes: int
) -> Iterator[Story | RecordError]:
    """Stories from a Parquet file, one row batch at a time.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.parquet"
        >>> write_parquet([Story(id="a1", title="Floods")], p)
        1
        >>> [s.title for s in read_parquet(p, str(p), None, 1000)]
        ['Floods']
    """
    try:
        parquet = _open_parquet(path)
        schema = parquet.schema_arrow
    except RecordError as exc:
        yield exc
        return
    except Exception as exc:  # pyarrow raises several types for a corrupt file
        yield RecordSyntaxError(f"not a valid Parquet file ({exc}); re-export it", source=source)
        return
    if "id" not in schema.names:
        yield RecordValidationError(
            "the file has no 'id' column; every story needs one", source=source
        )
        return
    json_columns = json_columns_of(schema)
    limit = max_record_bytes
    number = 0
    try:
        batches = parquet.iter_batches(batch_size=_BATCH_ROWS)
        for batch in batches:
            for row in batch.to_pylist():
                number += 1
                origin = Origin(source, f"row {number}", relative_path)
                yield build_record(origin, _parquet_story, row, json_columns, origin, limit)
    except OSError as exc:
        yield RecordSyntaxError(
            f"the file is damaged after row {number} ({exc}); re-export it", source=source
        )


def parse_row(
    row: Mapping[str, Any],
    origin: Origin,
    json_columns: Set[str] = frozenset(),
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> ParsedRecord | RecordError:
    """One Parquet row (as ``to_pylist`` gives it) as its story, or its error.

    The checks are those of :func:`read_parquet`; ``json_columns`` are the columns the
    writer stored as JSON text (:func:`json_columns_of`). The record's fields are the
    row as it is.

    Example:
        >>> parse_row({"id": "a1", "title": None}, Origin("s.parquet", "row 1")).story.id
        'a1'
        >>> print(parse_row({"id": ""}, Origin("s.parquet", "row 2")))
        s.parquet, row 2: field 'id': must not be empty
    """
    return build_record(origin, _parquet_record, row, json_columns, origin, max_record_bytes)


def _parquet_record(
    row: Mapping[str, Any], json_columns: Set[str], origin: Origin, max_record_bytes: int
) -> ParsedRecord:
    story = _parquet_story(row, json_columns, origin, max_record_bytes)
    return ParsedRecord(story, dict(row))


def _parquet_story(
    row: Mapping[str, Any], json_columns: Set[str], origin: Origin, max_record_bytes: int
) -> Story:
    data = _row_to_mapping(row, json_columns, origin)
    if _text_size(data) > max_record_bytes:
        raise too_large_error("the row is larger", max_record_bytes, origin)
    return story_from_mapping(data, origin)


def json_columns_of(schema: Any) -> frozenset[str]:
    """The columns of a Parquet schema that the records writer stored as JSON text.

    Example:
        >>> import pyarrow as pa
        >>> sorted(json_columns_of(pa.schema([("x", pa.string())], metadata={b"scoring.json_columns": b'["x"]'})))
        ['x']
    """
    metadata = getattr(schema, "metadata", None) or {}
    return frozenset(orjson.loads(metadata.get(_JSON_COLUMNS_KEY, b"[]")))


def scored_schema(schema: pa.Schema) -> pa.Schema:
    """A Parquet schema with the two score columns added, when it lacks them."""
    import pyarrow as pa

    for name, kind in (("diversity_score", pa.float64()), ("severity", pa.string())):
        if schema.get_field_index(name) < 0:
            schema = schema.append(pa.field(name, kind))
    return schema


def patch_rows(
    batch: pa.RecordBatch, diversity_scores: list[float | None], severities: list[Any]
) -> pa.RecordBatch:
    """``batch`` with its two score columns set (added when missing); the rest as it was.

    Example:
        >>> import pyarrow as pa
        >>> batch = pa.RecordBatch.from_pylist([{"id": "a1", "severity": "normal"}])
        >>> patch_rows(batch, [0.5], ["elevated"]).to_pylist()
        [{'id': 'a1', 'severity': 'elevated', 'diversity_score': 0.5}]
    """
    import pyarrow as pa

    schema = scored_schema(batch.schema)
    arrays = list(batch.columns)
    for name, values in (("diversity_score", diversity_scores), ("severity", severities)):
        column = pa.array(values, type=schema.field(name).type)
        at = batch.schema.get_field_index(name)
        if at < 0:
            arrays.append(column)
        else:
            arrays[at] = column
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _row_to_mapping(
    row: Mapping[str, Any], json_columns: Set[str], origin: Origin
) -> dict[str, Any]:
    """A Parquet or CSV row as story fields: absent cells dropped, JSON columns parsed."""
    data: dict[str, Any] = {}
    for name, value in row.items():
        if _absent(value):
            continue
        if name in json_columns and isinstance(value, str):
            value = _json_cell(name, value, origin)
        elif name == "citations" and isinstance(value, list):
            value = [_from_citation(c, json_columns, origin) for c in value]
        data[name] = value
    return data


def _from_citation(citation: Any, json_columns: Set[str], origin: Origin) -> Any:
    if not isinstance(citation, dict):
        return citation
    out: dict[str, Any] = {}
    for key, value in citation.items():
        if _absent(value):
            continue
        if f"citations.{key}" in json_columns and isinstance(value, str):
            value = _json_cell(f"citations[].{key}", value, origin)
        out[key] = value
    return out


def _column_type(values: list[Any]) -> str:
    """``str``, ``bool``, ``int``, ``float`` when every value is one of them; else ``json``."""
    kinds = {type(v) for v in values if v is not None}
    if len(kinds) != 1:
        return "json" if kinds else "str"
    (kind,) = kinds
    if kind is int and not all(_INT64[0] <= v <= _INT64[1] for v in values if v is not None):
        return "json"
    return kind.__name__ if kind in (str, bool, int, float) else "json"


_KNOWN_TYPES = {
    "id": "str",
    "title": "str",
    "body": "str",
    "severity": "str",
    "diversity_score": "float",
    "created_at": "str",
    "updated_at": "str",
}


_ARROW_TYPES = {
    "str": lambda pa: pa.string(),
    "bool": lambda pa: pa.bool_(),
    "int": lambda pa: pa.int64(),
    "float": lambda pa: pa.float64(),
}


def write_parquet(stories: Iterable[Story], where: Path | IO[bytes]) -> int:
    """Write stories as Parquet to a path or an open binary file, one row per story.

    Every story is held in memory first, since a Parquet file has one schema. Returns
    how many were written.
    """
    source = str(where) if isinstance(where, Path) else None
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RecordError(
            "writing Parquet needs pyarrow: pip install 'scoring[parquet]'", source=source
        ) from None
    rows = [story_to_dict(story) for story in stories]
    columns = _columns(rows) or ["id"]
    json_columns: list[str] = []
    arrays = []
    fields = []
    for name in columns:
        values = [row.get(name) for row in rows]
        if name == "key_points":
            kind = pa.list_(pa.string())
        elif name == "citations":
            kind, values = _citations_column(values, json_columns, pa)
        else:
            column_type = _KNOWN_TYPES.get(name) or _column_type(values)
            if column_type == "json":
                json_columns.append(name)
                values = [None if v is None else _json_text(v) for v in values]
                column_type = "str"
            kind = _ARROW_TYPES[column_type](pa)
        try:
            arrays.append(pa.array(values, type=kind))
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise RecordError(
                f"column {name!r} cannot be written as Parquet ({exc})", source=source
            ) from None
        fields.append(pa.field(name, kind))
    schema = pa.schema(fields, metadata={_JSON_COLUMNS_KEY: orjson.dumps(json_columns)})
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), where)
    return len(rows)


def _json_text(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY).decode()


def _citations_column(values: list[Any], json_columns: list[str], pa: Any) -> tuple[Any, list[Any]]:
    extra: dict[str, None] = {}
    for citations in values:
        for citation in citations or ():
            extra.update((k, None) for k in citation if k not in ("name", "url", "published_at"))
    json_columns.extend(f"citations.{key}" for key in extra)
    struct = pa.struct([pa.field(k, pa.string()) for k in ("name", "url", "published_at", *extra)])
    converted = [
        None
        if citations is None
        else [
            {
                **{k: c.get(k) for k in ("name", "url", "published_at")},
                **{k: None if k not in c else _json_text(c[k]) for k in extra},
            }
            for c in citations
        ]
        for citations in values
    ]
    return pa.list_(struct), converted


def read_frame(frame: pd.DataFrame) -> Iterator[Story | RecordError]:
    """Stories from a DataFrame, one row at a time; rows are named by index label.

    Example:
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"id": ["a1", "b2"], "diversity_score": [0.5, None]})
        >>> [(s.id, s.diversity_score) for s in read_frame(frame)]
        [('a1', 0.5), ('b2', None)]
    """
    source = "<frame>"
    for name in frame.columns:
        if not isinstance(name, str):
            yield RecordValidationError(
                f"column {name!r} is not a name; give every column a string name",
                source=source,
            )
            return
    if "id" not in frame.columns:
        yield RecordValidationError(
            "the frame has no 'id' column; every story needs one", source=source
        )
        return
    for start in range(0, len(frame), _BATCH_ROWS):
        chunk = frame.iloc[start : start + _BATCH_ROWS]
        for label, row in zip(chunk.index, chunk.to_dict("records"), strict=True):
            origin = Origin(source, f"row {label}")
            yield build_record(origin, _frame_story, row, origin)


def _frame_story(row: Mapping[Any, Any], origin: Origin) -> Story:
    data: dict[str, Any] = {}
    for column, value in row.items():
        if not isinstance(value, str | list | dict) and _absent_scalar(value):
            continue
        key = str(column)
        if key in LIST_FIELDS and isinstance(value, str):
            value = _json_cell(key, value, origin)
        data[key] = _plain(value)
    return story_from_mapping(data, origin)


def _absent_scalar(value: Any) -> bool:
    if getattr(value, "ndim", 0):  # an array cell is a value, even if empty
        return False
    return _absent(value)


def stories_frame(stories: Iterable[Story]) -> pd.DataFrame:
    """A DataFrame with one row per story and one column per field.

    Example:
        >>> stories_frame([Story(id="a1", title="Floods")]).columns.tolist()
        ['id', 'title']
    """
    import pandas as pd

    rows = [story_to_dict(story) for story in stories]
    return pd.DataFrame(rows, columns=_columns(rows))
