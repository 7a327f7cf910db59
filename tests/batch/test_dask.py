"""The Dask engine on a real local cluster: output identical to the local engine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import scoring.batch._dask as dask_engine
from scoring.batch import rescore, rescore_dask_frame
from scoring.errors import RecordError

from .conftest import example_lines, many_lines
from .standin import StandIn, expected

TESTS = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # Worker processes must import the stand-in scorer's module, as they import scoring.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(TESTS), old) if p)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def test_jsonl_blocks_give_the_local_bytes(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(600) + b"not json\n" + many_lines(5))
    monkeypatch.setattr(dask_engine, "BLOCK_BYTES", 20_000)  # blocks cut mid-line
    assert source.stat().st_size > 20 * 20_000
    errors_local, errors_dask = tmp_path / "e1.jsonl", tmp_path / "e2.jsonl"
    local = rescore(
        source, tmp_path / "local.jsonl", scorer=StandIn(), workers=1, errors=errors_local
    )
    on_dask = rescore(
        source,
        tmp_path / "dask.jsonl",
        scorer=StandIn(),
        engine="dask",
        scheduler=scheduler,
        errors=errors_dask,
    )
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert errors_dask.read_bytes() == errors_local.read_bytes()
    assert orjson.loads(errors_dask.read_bytes())["position"] == "line 601"
    assert (on_dask.scored, on_dask.failed) == (local.scored, local.failed) == (605, 1)


def test_parquet_row_groups_give_the_local_table(scheduler: str, tmp_path: Path) -> None:
    stories = example_lines() * 5
    source = tmp_path / "in.parquet"
    pq.write_table(
        pa.Table.from_pylist(
            [{"id": f"{s['id']}-{i}", "citations": s["citations"]} for i, s in enumerate(stories)]
        ),
        source,
        row_group_size=3,
    )
    rescore(source, tmp_path / "local.parquet", scorer=StandIn(), workers=1)
    rescore(source, tmp_path / "dask.parquet", scorer=StandIn(), engine="dask", scheduler=scheduler)
    local, on_dask = (
        pq.ParquetFile(tmp_path / "local.parquet"),
        pq.ParquetFile(tmp_path / "dask.parquet"),
    )
    assert on_dask.read().equals(local.read())
    assert on_dask.num_row_groups == local.num_row_groups == 7


def test_dask_frame_helper(scheduler: str) -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import pandas as pd

    # Dask turns object columns into strings, so citations travel as JSON text.
    rows: list[dict[str, Any]] = [
        {"id": s["id"], "title": s["title"], "citations": orjson.dumps(s["citations"]).decode()}
        for s in example_lines()
    ]
    rows.append({"id": "", "title": "No id", "citations": "[]"})
    frame = dd.from_pandas(pd.DataFrame(rows), npartitions=2)
    with distributed.Client(scheduler):
        out = rescore_dask_frame(frame, scorer=StandIn(), error_column="error").compute()
        with pytest.raises(RecordError, match="field 'id': must not be empty"):
            rescore_dask_frame(frame, scorer=StandIn()).compute()
    names = [len({c["name"] for c in orjson.loads(r["citations"])}) for r in rows[:-1]]
    assert out["diversity_score"].tolist()[:-1] == [expected(n)[0] for n in names]
    assert out["severity"].tolist()[:-1] == [expected(n)[1] for n in names]
    assert out["error"].isna().tolist() == [True] * len(names) + [False]
    assert "field 'id': must not be empty" in out["error"].tolist()[-1]
    assert out["title"].tolist() == [r["title"] for r in rows]
    # A scorer that raises something else costs that row only, and says what it was.
    failing = StandIn(fail_id=rows[1]["id"])
    with distributed.Client(scheduler):
        out = rescore_dask_frame(frame, scorer=failing, error_column="error").compute()
    assert out["error"].tolist()[1] == (
        "the scorer failed on this story (ValueError: no outlet table row for this story)"
    )
    assert out["error"].isna().tolist()[:1] + out["error"].isna().tolist()[2:-1] == [True] * (
        len(names) - 1
    )


def test_markdown_is_refused_on_dask(tmp_path: Path) -> None:
    from scoring.errors import ScoringError

    with pytest.raises(ScoringError, match="the Dask engine rescores one JSON Lines or Parquet"):
        rescore(
            TESTS.parent / "data" / "examples" / "markdown",
            tmp_path / "o",
            engine="dask",
            scorer=StandIn(),
        )
