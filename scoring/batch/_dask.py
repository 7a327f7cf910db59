"""Rescoring on a Dask cluster: the same worker code, over partitions of the input.

JSON Lines is cut into byte-range blocks and Parquet into row groups; each Dask task
reads its partition from the shared path, rescores it with the scorer its worker built
once, and sends the result back. The client writes results in input order, through the
same code as the local engine, so the output is identical.

Dask is an optional extra, imported only here and only when used.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from scoring.batch._plan import Plan, open_parquet
from scoring.batch._scorer import BatchScorer, Fingerprint, default_scorer, pickled_scorer
from scoring.batch._worker import (
    ChunkResult,
    WorkerSetup,
    run_jsonl_block,
    run_parquet_group,
    score_story,
    worker_scorer,
)
from scoring.errors import RecordError, ScoringError
from scoring.records import MAX_RECORD_BYTES
from scoring.records.errors import unexpected_error
from scoring.records.tabular import read_frame, scored_schema

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NEEDS_DASK", "dask_results", "rescore_dask_frame"]

NEEDS_DASK = "the Dask engine needs Dask: pip install 'scoring[dask]'"
#: Bytes of JSON Lines per Dask task.
BLOCK_BYTES = 8 << 20


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ScoringError(NEEDS_DASK) from None
    return distributed


def _blocks(size: int, block: int) -> Iterator[tuple[int, int]]:
    offset = 0
    while offset < size:
        yield offset, min(block, size - offset)
        offset += block
    if size == 0:
        yield 0, 0


def dask_results(
    plan: Plan,
    setup: WorkerSetup,
    *,
    workers: int,
    scheduler: str | None,
    connect_timeout: float = 10.0,
    block_bytes: int | None = None,
) -> Iterator[ChunkResult]:
    """Results of every partition of the plan's single file, in input order.

    At most a few tasks per worker are in flight, so the client's memory stays bounded.

    Raises:
        ScoringError: the scheduler cannot be reached, or a local cluster cannot start,
            within ``connect_timeout`` seconds.
    """
    distributed = _distributed()
    setup = WorkerSetup(
        setup.scorer, setup.fingerprint, None, False, setup.max_record_bytes, uuid.uuid4().hex
    )
    cluster, client = _connect(distributed, scheduler, workers, connect_timeout)
    try:
        n = len(client.scheduler_info().get("workers", {})) or workers
        shared = client.scatter(setup, broadcast=True)
        pending: deque[Any] = deque()
        depth = 2 * n + 2
        for submit in _submissions(plan, block_bytes or BLOCK_BYTES):
            pending.append(submit(client, shared))
            if len(pending) >= depth:
                yield from _gathered(pending.popleft())
        while pending:
            yield from _gathered(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(
    distributed: Any, scheduler: str | None, workers: int, timeout: float
) -> tuple[Any, Any]:
    """A client of ``scheduler``, or of a new local cluster.

    Dask ends the local cluster's worker processes by itself when this process dies.
    """
    cluster = None
    try:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                timeout=timeout,
            )
        client = distributed.Client(cluster if cluster is not None else scheduler, timeout=timeout)
    except Exception as exc:
        if cluster is not None:
            cluster.close()
        what = (
            f"cannot reach the Dask scheduler at {scheduler}"
            if scheduler is not None
            else "cannot start a local Dask cluster"
        )
        hint = (
            "check the address and that the scheduler runs, or raise --connect-timeout"
            if scheduler is not None
            else "check that this machine can listen on 127.0.0.1, or use --engine local"
        )
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ScoringError(
            f"{what} within {timeout:g} s ({type(exc).__name__}: {detail}); {hint}"
        ) from None
    return cluster, client


def _gathered(future: Any) -> list[ChunkResult]:
    result = future if isinstance(future, ChunkResult) else future.result()
    return result if isinstance(result, list) else [result]


def _submissions(plan: Plan, block_bytes: int) -> Iterator[Any]:
    path = plan.source
    source = str(path)
    to_markdown = plan.target is None
    if plan.single == "jsonl":
        job = plan.register("jsonl", path, plan.target)
        for offset, length in _blocks(plan.jobs[job].size, block_bytes):
            yield lambda c, s, o=offset, n=length: c.submit(
                run_jsonl_block, s, job, source, o, n, to_markdown, pure=False
            )
        return
    parquet: Any = open_parquet(path)
    job = plan.register("parquet", path, plan.target, parquet.metadata.num_rows)
    groups = parquet.num_row_groups
    rows = plan.parquet_rows
    for group in range(groups):
        yield lambda c, s, g=group: c.submit(
            run_parquet_group, s, job, source, g, rows, to_markdown, pure=False
        )
    if groups == 0:
        import pyarrow as pa

        empty = pa.RecordBatch.from_pylist([], schema=scored_schema(parquet.schema_arrow))
        done = ChunkResult(job, empty, [], 0, 0)
        yield lambda c, s: done


def _score_partition(
    frame: pd.DataFrame, setup: WorkerSetup, error_column: str | None
) -> pd.DataFrame:
    scorer = worker_scorer(setup)
    out = frame.copy()
    scores: list[float | None] = (
        list(frame["diversity_score"]) if "diversity_score" in frame else [None] * len(frame)
    )
    severities: list[Any] = list(frame["severity"]) if "severity" in frame else [None] * len(frame)
    reasons: list[str | None] = [None] * len(frame)
    items = list(read_frame(frame)) if len(frame) else []
    if len(items) != len(frame):  # a problem with the whole frame (no id column...)
        raise (
            items[0]
            if items and isinstance(items[0], RecordError)
            else RecordError("the partition could not be read as stories", source="<frame>")
        )
    for index, item in enumerate(items):
        try:
            if isinstance(item, RecordError):
                raise item
            scores[index], severities[index] = score_story(scorer, item)
        except Exception as exc:
            if error_column is None:
                raise
            error = exc if isinstance(exc, RecordError) else unexpected_error(exc, stage="process")
            reasons[index] = str(error)
    out["diversity_score"] = scores
    out["severity"] = severities
    if error_column is not None:
        out[error_column] = reasons
    return out


def rescore_dask_frame(
    frame: Any, *, scorer: BatchScorer | None = None, error_column: str | None = None
) -> Any:
    """Map scoring over a Dask DataFrame of stories, one partition at a time.

    Each row is a story (columns as :func:`~scoring.records.read_stories` reads a
    DataFrame); the result has the same columns and rows, with ``diversity_score`` and
    ``severity`` filled. Each worker unpickles the scorer once.

    Args:
        frame: a ``dask.dataframe.DataFrame`` with an ``id`` column.
        scorer: the scorer; the default :class:`~scoring.scorer.Scorer` when None.
        error_column: a column to hold why a row failed (None for rows that scored);
            when None, the first bad row raises its :class:`~scoring.errors.RecordError`.

    Returns:
        A lazy ``dask.dataframe.DataFrame``; call ``.compute()`` or write it out.

    Raises:
        ScoringError: Dask is not installed.

    Example:
        >>> import dask.dataframe as dd, pandas as pd  # doctest: +SKIP
        >>> stories = dd.from_pandas(pd.DataFrame({"id": ["a1"], "title": ["Floods"]}), npartitions=1)  # doctest: +SKIP
        >>> rescore_dask_frame(stories).compute()["severity"].tolist()  # doctest: +SKIP
        ['normal']
    """
    try:
        import pandas as pd
        from dask.delayed import delayed
    except ImportError:
        raise ScoringError(NEEDS_DASK) from None
    scorer = scorer if scorer is not None else default_scorer()
    pickled_scorer(scorer)  # fails here, clearly, rather than on the cluster
    setup = WorkerSetup(
        scorer, Fingerprint("", ""), None, False, MAX_RECORD_BYTES, uuid.uuid4().hex
    )
    meta = frame._meta.copy()
    meta["diversity_score"] = pd.Series(dtype="float64")
    meta["severity"] = pd.Series(dtype="object")
    if error_column is not None:
        meta[error_column] = pd.Series(dtype="object")
    shared = delayed(setup)
    return frame.map_partitions(_score_partition, shared, error_column, meta=meta)
