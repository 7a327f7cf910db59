"""Label files: CSV and JSON Lines, joined on id, with errors that name row and field."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from scoring.errors import RecordError
from scoring.evaluate.labels import read_labels

LADDER = ("normal", "elevated", "high", "critical")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_empty_csv_gives_an_empty_frame(tmp_path: Path) -> None:
    frame = read_labels(_write(tmp_path, "l.csv", "id,diversity_score,severity\n"))
    assert frame.empty
    assert list(frame.columns) == ["diversity_score", "severity"]


def test_csv_and_jsonl_give_the_same_frame(tmp_path: Path) -> None:
    csv_path = _write(
        tmp_path,
        "l.csv",
        "id,diversity_score,severity,split\n"
        "8bcaf6925afaeda812cc2d600462767b,0.05,critical,test\n"
        "2f1c,0.8,,train\n"
        "77aa,,elevated,train\n",
    )
    jsonl_path = _write(
        tmp_path,
        "l.jsonl",
        '{"id": "8bcaf6925afaeda812cc2d600462767b", "diversity_score": 0.05,'
        ' "severity": "critical", "split": "test"}\n'
        "\n"
        '{"id": "2f1c", "diversity_score": 0.8, "split": "train"}\n'
        '{"id": "77aa", "severity": "elevated", "split": "train"}\n',
    )
    a = read_labels(csv_path, ladder=LADDER)
    b = read_labels(jsonl_path, ladder=LADDER)
    assert list(a.index) == ["8bcaf6925afaeda812cc2d600462767b", "2f1c", "77aa"]
    assert pd.isna(a["severity"]["2f1c"])
    assert math.isnan(a["diversity_score"]["77aa"])
    assert a.loc["8bcaf6925afaeda812cc2d600462767b", "diversity_score"] == 0.05
    assert a.equals(b)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("l.csv", "id,diversity_score\n,0.5\n", r"l.csv, row 2: field 'id': missing"),
        (
            "l.csv",
            "id,diversity_score\na,0.5\nb,0.2\na,0.1\n",
            r"row 4: field 'id': 'a' is labeled twice \(first at row 2\)",
        ),
        ("l.csv", "id,diversity_score\na,abc\n", r"row 2: field 'diversity_score': 'abc' is not"),
        ("l.csv", "id,diversity_score\na,1.5\n", r"field 'diversity_score': 1.5 is outside 0 to 1"),
        ("l.csv", "id,severity\na,severe\n", r"field 'severity': 'severe' is not a tier"),
        ("l.csv", "id,split\na,test\n", r"row 2: has neither diversity_score nor severity"),
        ("l.jsonl", '{"id": "a", "severity": "high"}\n{"id": \n', r"line 2: not valid JSON"),
        ("l.jsonl", '["a", 0.5]\n', r"line 1: expected a JSON object"),
        ("l.xlsx", "", r"unsupported label file type '.xlsx'"),
    ],
)
def test_bad_label_files_name_the_row_and_field(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    with pytest.raises(RecordError, match=message):
        read_labels(_write(tmp_path, name, text), ladder=LADDER)
