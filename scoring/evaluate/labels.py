"""Gold labels: CSV or JSON Lines keyed by story ``id``.

A label file holds ``id`` and any of ``diversity_score`` (0 to 1) and ``severity`` (a tier
of the ladder); other columns (``split``, ``notes``, a group) are kept. Stories and labels
may come from separate files and are joined on ``id``.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pandas as pd

from scoring.errors import RecordError

__all__ = ["LABEL_COLUMNS", "read_labels"]

LABEL_COLUMNS = ("diversity_score", "severity")


def _rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            # Row 1 is the header, so the first record is row 2, as a spreadsheet shows it.
            for number, row in enumerate(csv.DictReader(fh), start=2):
                yield f"row {number}", {k: v for k, v in row.items() if v not in ("", None)}
    elif suffix in {".jsonl", ".ndjson"}:
        with path.open("rb") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise RecordError(
                        f"not valid JSON ({exc}); each line must be one JSON object",
                        source=str(path),
                        location=f"line {number}",
                    ) from exc
                if not isinstance(obj, dict):
                    raise RecordError(
                        "expected a JSON object with an 'id'",
                        source=str(path),
                        location=f"line {number}",
                    )
                yield f"line {number}", {k: v for k, v in obj.items() if v is not None}
    else:
        raise RecordError(
            f"unsupported label file type {suffix!r}; use .csv or .jsonl", source=str(path)
        )


def _score(value: Any, where: dict[str, str]) -> float:
    try:
        score = float(value)
    except (TypeError, ValueError):
        raise RecordError(
            f"{value!r} is not a number; write a value from 0 to 1",
            field="diversity_score",
            **where,
        ) from None
    if not (0.0 <= score <= 1.0) or math.isnan(score):
        raise RecordError(f"{score} is outside 0 to 1", field="diversity_score", **where)
    return score


def read_labels(path: str | Path, *, ladder: Sequence[str] | None = None) -> pd.DataFrame:
    r"""Read a label file into a DataFrame indexed by story ``id``.

    Args:
        path: a ``.csv`` or ``.jsonl`` file.
        ladder: severity tiers to accept; None accepts any tier name.

    Returns:
        One row per labeled story, columns ``diversity_score`` (float, NaN where absent),
        ``severity`` (str, missing where absent), then any other columns of the file.

    Raises:
        RecordError: naming the file, the row or line, and the field at fault.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "labels.csv"
        >>> _ = p.write_text("id,diversity_score,severity\na1,0.35,elevated\n")
        >>> read_labels(p).loc["a1", "severity"]
        'elevated'
    """
    path = Path(path)
    records: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for location, row in _rows(path):
        where = {"source": str(path), "location": location}
        ident = row.get("id")
        if ident is None or not str(ident).strip():
            raise RecordError("missing; every label needs the story id", field="id", **where)
        ident = str(ident)
        if ident in seen:
            raise RecordError(
                f"{ident!r} is labeled twice (first at {seen[ident]}); keep one label per story",
                field="id",
                **where,
            )
        seen[ident] = location
        if not any(col in row for col in LABEL_COLUMNS):
            raise RecordError(
                "has neither diversity_score nor severity; give at least one", **where
            )
        record: dict[str, Any] = dict(row)
        record["id"] = ident
        record["diversity_score"] = (
            _score(row["diversity_score"], where) if "diversity_score" in row else math.nan
        )
        severity = row.get("severity")
        if severity is not None:
            severity = str(severity)
            if ladder is not None and severity not in ladder:
                raise RecordError(
                    f"{severity!r} is not a tier of the ladder {list(ladder)}",
                    field="severity",
                    **where,
                )
        record["severity"] = severity
        records.append(record)
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        return pd.DataFrame(
            {"diversity_score": pd.Series(dtype="float64"), "severity": pd.Series(dtype=object)},
            index=pd.Index([], name="id", dtype=object),
        )
    first = ["id", *LABEL_COLUMNS]
    frame = frame[first + [c for c in frame.columns if c not in first]]
    return frame.set_index("id")
