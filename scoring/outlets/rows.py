"""Reading outlet table files into rows, and mapping other tables' columns onto ours.

A table file is CSV (UTF-8, header row) in the bundled format, columns
``id,name,domains,aliases,handles,slant,reliability,reliability_score,category,country,owner,basis,as_of``
and optionally ``scheme``. ``reliability_score`` (0..1) may be left out, or left empty in a
row: the ``reliability`` label then stands for its band's default score. Or JSON (``.json``)
holding the same columns as a list of objects, or as an object keyed by domain. Tables in
another shape (a licensed rating export, an
organisation's list) are read through a :class:`ColumnMap` that renames their columns and
translates their label vocabularies, e.g. ``"Left-Center"`` to ``lean-left`` or a numeric
bias score to a slant band.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scoring.errors import OutletTableError

__all__ = [
    "COLUMNS",
    "EVIDENCE_COLUMNS",
    "LABELS",
    "LIST_COLUMNS",
    "ColumnMap",
    "TableRow",
    "TableSource",
    "read_rows",
]

COLUMNS: Final = (
    "id",
    "name",
    "domains",
    "aliases",
    "handles",
    "slant",
    "reliability",
    "reliability_score",
    "category",
    "country",
    "owner",
    "basis",
    "as_of",
    "scheme",
)
"""Every column a table may have, in the bundled order; ``reliability_score`` (graded
reliability, 0 to 1) and ``scheme`` are optional."""

EVIDENCE_COLUMNS: Final = (
    "stories",
    "mentions",
    "first_seen",
    "last_seen",
    "examples",
    "example_stories",
    "cited_beside",
)
"""Columns ``scoring outlets unknown`` adds to a layer file for its curator: how often
and where a source was seen. Loading ignores them and validation accepts them."""

LIST_COLUMNS: Final = frozenset({"domains", "aliases", "handles"})
"""Columns holding ``|``-separated lists."""

LABELS: Final = ("slant", "reliability", "category", "country", "owner")
"""Labels whose winning layer is recorded in :attr:`Outlet.source`."""

_SCALED: Final = ("reliability_score", "reliability")

TableSource = str | os.PathLike[str] | Iterable[Mapping[str, str]]
"""A table: a CSV or JSON path, or rows as mappings from column name to text."""


class ColumnMap(BaseModel):
    """How another table's columns and values map onto the bundled format.

    Keys of ``values`` and ``bins`` are *our* column names. Values are matched with case
    and surrounding space ignored; a value with no mapping is kept as is (the validator
    then reports it if it is not one of ours). ``bins`` turns numbers into labels: the
    first band whose upper bound is at least the number wins.

    Example:
        >>> m = ColumnMap(columns={"Source": "name", "URL": "domains", "Bias": "slant"},
        ...               values={"slant": {"Left-Center": "lean-left"}})
        >>> m.apply({"Source": "Example", "URL": "example.com", "Bias": "left-center "})
        {'name': 'Example', 'domains': 'example.com', 'slant': 'lean-left'}
        >>> ColumnMap(bins={"slant": [(-6.0, "left"), (-2.0, "lean-left"), (2.0, "center"), (6.0, "lean-right"), (99.0, "right")]}).apply({"slant": "-3.5"})
        {'slant': 'lean-left'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    columns: dict[str, str] = Field(
        default_factory=dict,
        description="Their column name -> our column name; unmapped columns keep their name.",
    )
    values: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="Our column -> {their value: our value}, matched ignoring case.",
    )
    bins: dict[str, list[tuple[float, str]]] = Field(
        default_factory=dict,
        description="Our column -> ascending (upper bound, label) bands for numeric values.",
    )
    separator: Annotated[str, Field(min_length=1)] = Field(
        default="|", description="Separator of list columns (domains, aliases, handles)."
    )
    scheme: str | None = Field(
        default=None, description="Slant scheme of the table when it has no scheme column."
    )
    scale: dict[str, tuple[float, float]] = Field(
        default_factory=dict,
        description="Our column (reliability_score or reliability) -> [low, high] of their "
        "numeric reliability scale; the number becomes reliability_score, (x - low) / "
        "(high - low), and the label follows from the bands.",
    )

    @field_validator("scale")
    @classmethod
    def _scales(cls, scale: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        for column, (low, high) in scale.items():
            if column not in _SCALED:
                raise ValueError(
                    f"scale.{column}: only {' and '.join(_SCALED)} take a numeric scale"
                )
            if low == high or not (math.isfinite(low) and math.isfinite(high)):
                raise ValueError(f"scale.{column}: give [low, high], two different numbers")
        return scale

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> ColumnMap:
        r"""Read a column map from a TOML file with the fields of this model.

        Raises:
            OutletTableError: the file is missing, not TOML, or has unknown keys.

        Example:
            >>> import pathlib, tempfile
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "map.toml"
            >>> _ = p.write_text('[columns]\nSource = "name"\n[values.slant]\n"Left-Center" = "lean-left"\n')
            >>> ColumnMap.from_toml(p).columns
            {'Source': 'name'}
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise OutletTableError(
                f"{os.fspath(path)}: cannot read the column map: {exc}; "
                "give a TOML file with [columns], [values.<column>] or [bins] tables"
            ) from exc
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise OutletTableError(
                f"{os.fspath(path)}: column map key {where!r}: {first['msg']}"
            ) from exc

    def apply(self, row: Mapping[str, str]) -> dict[str, str]:
        """Rename one row's columns and translate its values to ours."""
        out: dict[str, str] = {}
        lowered = {
            col: {k.strip().casefold(): v for k, v in mapping.items()}
            for col, mapping in self.values.items()
        }
        for their, text in row.items():
            ours = self.columns.get(their, their)
            value = (text or "").strip()
            if ours in self.scale:
                # Their number on their scale becomes our graded score; a scaled
                # "reliability" column gives the score, and the loader the label.
                out["reliability_score"] = self._rescale(ours, value)
                continue
            if ours in lowered and value.casefold() in lowered[ours]:
                value = lowered[ours][value.casefold()]
            elif ours in self.bins and value:
                value = self._bin(ours, value)
            if ours in LIST_COLUMNS and self.separator != "|":
                value = "|".join(p.strip() for p in value.split(self.separator))
            out[ours] = value
        return out

    def _rescale(self, column: str, value: str) -> str:
        low, high = self.scale[column]
        try:
            number = float(value)
        except ValueError:
            return value  # not a number: the validator names the row
        if not math.isfinite(number) or not min(low, high) <= number <= max(low, high):
            return value
        return f"{(number - low) / (high - low):.6g}"

    def _bin(self, column: str, value: str) -> str:
        try:
            number = float(value)
        except ValueError:
            return value
        for upper, label in self.bins[column]:
            if number <= upper:
                return label
        return value


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of a table, with where it came from.

    Attributes:
        source: the file name (or ``<rows>``) the row came from.
        row: the row number as a spreadsheet shows it: the header is row 1.
        fields: our column name -> stripped text.
    """

    source: str
    row: int
    fields: Mapping[str, str]

    def get(self, column: str) -> str:
        """The column's text, ``""`` when absent."""
        return self.fields.get(column, "")

    def items(self, column: str) -> list[str]:
        """A list column split on ``|``, empty parts dropped."""
        return [p.strip() for p in self.get(column).split("|") if p.strip()]


def read_rows(
    table: TableSource,
    column_map: ColumnMap | None = None,
    *,
    name: str | None = None,
) -> tuple[list[str], list[TableRow]]:
    """Read a table into its header (our column names) and rows.

    Args:
        table: a CSV path, or rows as mappings (e.g. from a DataFrame's ``to_dict("records")``).
        column_map: how their columns and values map to ours; None for the bundled format.
        name: the source name errors show; defaults to the file name.

    Raises:
        OutletTableError: the file cannot be read or is not CSV.

    Example:
        >>> header, rows = read_rows([{"id": "rt", "domains": "rt.com|rttv.ru"}])
        >>> header, rows[0].row, rows[0].items("domains")
        (['id', 'domains'], 2, ['rt.com', 'rttv.ru'])
    """
    if isinstance(table, str | os.PathLike):
        path = Path(table)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise OutletTableError(
                f"{os.fspath(table)}: cannot read the table: {exc}; give a UTF-8 CSV file"
            ) from exc
        if path.suffix.lower() == ".json":
            return read_json_text(text, name or path.name, column_map)
        return read_csv_text(text, name or path.name, column_map)
    raw = [{str(k): "" if v is None else str(v) for k, v in r.items()} for r in table]
    return _rows(name or "<rows>", raw, column_map)


def read_csv_text(
    text: str, source: str, column_map: ColumnMap | None = None
) -> tuple[list[str], list[TableRow]]:
    """Read CSV text (header row first) into its header and rows; see :func:`read_rows`."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    raw: list[dict[str, str]] = []
    try:
        for record in reader:
            extra = record.pop(None, None)
            if extra:
                raise OutletTableError(
                    f"{source}:{reader.line_num}: row has more cells than the header; "
                    "quote values that contain commas"
                )
            raw.append({k: v or "" for k, v in record.items()})
    except csv.Error as exc:
        raise OutletTableError(f"{source}:{reader.line_num}: not valid CSV: {exc}") from exc
    header = list(reader.fieldnames or [])
    if column_map is not None:
        header = [column_map.columns.get(h, h) for h in header]
    return header, _rows(source, raw, column_map)[1]


def read_json_text(
    text: str, source: str, column_map: ColumnMap | None = None
) -> tuple[list[str], list[TableRow]]:
    """Read a JSON table into its header and rows; see :func:`read_rows`.

    The JSON is a list of objects, one per outlet, or an object keyed by domain whose
    values are such objects (the key fills ``domains`` when the object gives none).
    Values may be strings, numbers, booleans, null (empty) or lists (joined with ``|``).
    Rows are numbered from 1, in file order.

    Raises:
        OutletTableError: the text is not JSON of that shape; the message names the
            record and the field.

    Example:
        >>> header, rows = read_json_text('{"example.org": {"name": "Example", "slant": "center"}}', "x.json")
        >>> header, dict(rows[0].fields), rows[0].row
        (['name', 'slant', 'domains'], {'name': 'Example', 'slant': 'center', 'domains': 'example.org'}, 1)
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OutletTableError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    if isinstance(data, dict):
        keyed = list(data.items())
    elif isinstance(data, list):
        keyed = [(None, record) for record in data]
    else:
        raise OutletTableError(
            f"{source}: the JSON is a {type(data).__name__}; give a list of objects, "
            "or an object keyed by domain"
        )
    raw: list[dict[str, str]] = []
    keys: list[str | None] = []
    for i, (key, record) in enumerate(keyed, 1):
        where = f"{source}:{i}" + (f" ({key!r})" if key is not None else "")
        if not isinstance(record, dict):
            raise OutletTableError(
                f"{where}: the record is a {type(record).__name__}; give an object of "
                'columns, e.g. {"slant": "center"}'
            )
        raw.append({str(k): _json_cell(v, where, str(k)) for k, v in record.items()})
        keys.append(key)
    header, rows = _rows(source, raw, column_map, first=1)
    for i, key in enumerate(keys):
        if key is not None and not rows[i].get("domains"):
            rows[i] = TableRow(source, rows[i].row, {**rows[i].fields, "domains": key})
            if "domains" not in header:
                header.append("domains")
    return header, rows


def _json_cell(value: object, where: str, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "|".join(str(v) for v in value)
    raise OutletTableError(
        f"{where}: field {column!r}: a {type(value).__name__} is not a cell; give text, "
        "a number, or a list of texts"
    )


def _rows(
    source: str,
    raw: list[dict[str, str]],
    column_map: ColumnMap | None,
    *,
    first: int = 2,
) -> tuple[list[str], list[TableRow]]:
    header: list[str] = []
    rows: list[TableRow] = []
    for i, record in enumerate(raw):
        fields = (
            column_map.apply(record) if column_map else {k: v.strip() for k, v in record.items()}
        )
        for col in fields:
            if col not in header:
                header.append(col)
        # Spreadsheet numbering for CSV (the header is row 1); records from 1 for JSON.
        rows.append(TableRow(source, i + first, fields))
    return header, rows
