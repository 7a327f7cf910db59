"""Rescoring a whole source: read raw records, score them in parallel, write in order."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import orjson

from scoring.batch._lock import RunLock, lock_path
from scoring.batch._manifest import Manifest
from scoring.batch._parallel import ordered_map
from scoring.batch._plan import Job, Plan, make_plan, remove_stale_temporaries
from scoring.batch._progress import ProgressMode, Reporter, make_reporter
from scoring.batch._scorer import BatchScorer, default_scorer, fingerprint, pickled_scorer
from scoring.batch._summary import RecordFailure, RescoreSummary
from scoring.batch._worker import (
    FAILED,
    SCORED,
    ChunkResult,
    Outcome,
    WorkerSetup,
    close_worker,
    init_worker,
    run_chunk,
)
from scoring.errors import OutputError, ScoringError
from scoring.records import MAX_RECORD_BYTES
from scoring.records.files import AtomicFile, atomic_write, path_inside

__all__ = ["RescoreStoppedError", "default_workers", "rescore"]

Engine = Literal["local", "dask"]
_KEPT_FAILURES = 20


class RescoreStoppedError(ScoringError):
    """The run stopped at the ``max_errors`` bound; :attr:`summary` says how far it got."""

    def __init__(self, message: str, summary: RescoreSummary) -> None:
        super().__init__(message)
        self.summary = summary


def default_workers() -> int:
    """The cores this process may run on.

    Example:
        >>> default_workers() >= 1
        True
    """
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class _ErrorLog:
    """Where failures go: the errors file, the ``on_failure`` callback, the summary.

    The errors file (JSON Lines) is written beside its path and renamed at the end.
    """

    def __init__(
        self,
        path: Path | None,
        summary: RescoreSummary,
        limit: int | None,
        on_failure: Callable[[RecordFailure], object] | None,
    ) -> None:
        self.path = path
        self.summary = summary
        self.limit = limit
        self.on_failure = on_failure
        self._file: AtomicFile | None = None
        if path is not None:
            remove_stale_temporaries(path.parent, path.name)
            self._file = AtomicFile(path)

    def add(self, failure: RecordFailure) -> None:
        self.summary.failed += 1
        if len(self.summary.failures) < _KEPT_FAILURES:
            self.summary.failures.append(failure)
        if self._file is not None:
            self._file.write(orjson.dumps(failure.to_dict()) + b"\n")
        if self.on_failure is not None:
            self.on_failure(failure)
        if self.limit is not None and self.summary.failed >= self.limit:
            raise _LimitReachedError

    def commit(self) -> None:
        if self._file is not None:
            self._file.commit()
            self._file = None

    def abort(self) -> None:
        if self._file is not None:
            self._file.abort()
            self._file = None


class _FileSink:
    """A JSON Lines or Parquet output built beside its destination, renamed when done.

    Its stories are counted in ``pending`` and join the summary only once the file is
    in place: a run stopped before then wrote none of them. A failure to write is an
    :class:`~scoring.errors.OutputError` naming the destination, wherever it happens.
    """

    def __init__(self, job: Job) -> None:
        assert job.target is not None
        self.job = job
        self.target = job.target
        self.out = AtomicFile(job.target)
        self.parquet: Any = None
        self.pending = RescoreSummary()

    def write(self, output: Any) -> None:
        """Append one chunk's output: bytes of lines, or a Parquet row batch."""
        if self.job.kind == "jsonl":
            self.out.write(output)
            return
        try:
            if self.parquet is None:
                import pyarrow.parquet as pq

                self.parquet = pq.ParquetWriter(self.out.fh, output.schema)
            if output.num_rows:
                self.parquet.write_batch(output)
        except OSError as exc:
            raise OutputError.from_os(self.target, exc) from exc

    def commit(self) -> None:
        """Close the file (a Parquet footer) and rename it over the destination."""
        if self.parquet is not None:
            try:
                self.parquet.close()
            except OSError as exc:  # the footer does not fit on a full disk
                self.abort()
                raise OutputError.from_os(self.target, exc) from exc
        self.out.commit()

    def abort(self) -> None:
        """Drop the file; the destination stays as it was."""
        if self.parquet is not None:
            with contextlib.suppress(Exception):  # its footer cannot go on a full disk
                self.parquet.close()
            self.parquet = None
        self.out.abort()


class _Writer:
    """Writes each chunk's output, in order, and counts what was written.

    Every write goes through :mod:`scoring.records.files` (or the manifest), which name
    the file in the :class:`~scoring.errors.OutputError` of a failure.
    """

    def __init__(
        self,
        plan: Plan,
        manifest: Manifest,
        errors: _ErrorLog,
        summary: RescoreSummary,
        reporter: Reporter,
    ) -> None:
        self.plan = plan
        self.manifest = manifest
        self.errors = errors
        self.summary = summary
        self.reporter = reporter
        self.sink: _FileSink | None = None
        self.job = 0
        self.base = 0
        self.checked: set[Path] = set()

    def take(self, result: ChunkResult) -> None:
        """Write one chunk's output, record its results and count them."""
        if result.job != self.job:
            self.finish_file()
            self.job, self.base = result.job, 0
            job = self.plan.jobs.get(result.job)
            if job is not None and job.target is not None:
                self.sink = _FileSink(job)
        job = self.plan.jobs.get(result.job)
        # A result holds whether or not its record gets written (a score depends on the
        # content, config and table only), so a killed run's rerun reuses it.
        self.manifest.record(
            (o.content_hash, o.diversity_score, o.severity)
            for o in result.outcomes
            if o.status == SCORED
            and o.content_hash is not None
            and o.diversity_score is not None
            and o.severity is not None
        )
        if job is None or job.to_markdown:
            self._write_markdown(result, job)
        elif self.sink is not None:
            self._count_file(result, job)
            self.sink.write(result.output)
        nbytes = result.nbytes
        if job is not None and job.kind == "parquet":
            nbytes = job.size * result.count // max(job.rows, 1)
        self.reporter.update(len(result.outcomes), nbytes)
        self.base += result.count

    def _position(self, job: Job, outcome: Outcome) -> str:
        unit = "row" if job.kind == "parquet" else "line"
        return f"{unit} {self.base + outcome.at + 1}"

    @staticmethod
    def _count(counts: RescoreSummary, outcome: Outcome) -> None:
        assert outcome.diversity_score is not None
        assert outcome.severity is not None
        if outcome.status == SCORED:
            counts.scored += 1
        else:
            counts.unchanged += 1
        counts.add_score(outcome.diversity_score, outcome.severity, outcome.previous)

    def _file_failure(self, job: Job, outcome: Outcome) -> None:
        position = self._position(job, outcome)
        self.errors.add(RecordFailure(str(job.source), position, outcome.reason or ""))

    def _count_file(self, result: ChunkResult, job: Job) -> None:
        assert self.sink is not None
        for outcome in result.outcomes:
            if outcome.status == FAILED:
                self._file_failure(job, outcome)
            else:
                self._count(self.sink.pending, outcome)

    def _target(self, relative: str, source: str | None) -> Path:
        """A safe place under the root for a Markdown file (its folder made).

        Raises:
            _RefusedError: the place leads outside the destination through a link.
        """
        plan = self.plan
        target = plan.mirrored(relative, Path(source) if source else None)
        if plan.in_place and source is not None:
            return target
        if target.parent not in self.checked:
            # Checked before anything is created: a link inside the destination must
            # not lead the write (or a new folder) elsewhere.
            if not path_inside(plan.root, target.parent):
                raise _RefusedError(
                    f"would be written to {target}, which leads outside the destination "
                    "through a symbolic link; remove the link"
                )
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError.from_os(target.parent, exc) from exc
            self.checked.add(target.parent)
        return target

    def _markdown_items(
        self, result: ChunkResult, job: Job | None
    ) -> Iterator[tuple[Outcome, tuple[str | None, str, bytes | None]]]:
        """Each Markdown file of a chunk with its outcome and its place in the chunk.

        A JSON Lines or Parquet file written as Markdown has a file for each story that
        scored; its failures are reported here, at their line or row.
        """
        if job is None:
            return zip(result.outcomes, result.output, strict=True)
        scored = []
        for outcome in result.outcomes:
            if outcome.status == FAILED:
                self._file_failure(job, outcome)
            else:
                scored.append(outcome)
        return zip(scored, result.output, strict=True)

    def _write_markdown(self, result: ChunkResult, job: Job | None) -> None:
        in_place = self.plan.in_place
        items = self._markdown_items(result, job)
        for index, (outcome, (source, relative, data)) in enumerate(items):
            failed = outcome.status == FAILED
            name = source or relative
            if failed:
                self.errors.add(RecordFailure(name, None, outcome.reason or ""))
            if data is None and (in_place or source is None):
                continue
            try:
                target = self._target(relative, source)
            except _RefusedError as exc:
                self._refuse(name, str(exc), failed)
                continue
            owner = None if in_place else self.manifest.claim(str(target), name)
            if owner is not None:
                self._refuse(
                    name,
                    f"would be written to {target}, already written for {owner}; give "
                    "the stories distinct ids",
                    failed,
                )
                continue
            if data is None:
                _copy_through(Path(name), target)
            elif not (in_place and result.same and result.same[index]):
                atomic_write(target, data, make_parent=False)
            if not failed:
                self._count(self.summary, outcome)

    def _refuse(self, source: str, reason: str, already_failed: bool) -> None:
        if not already_failed:
            self.errors.add(RecordFailure(source, None, reason))

    def finish_file(self) -> None:
        """Put the JSON Lines or Parquet file being written in place, and count it."""
        if self.sink is not None:
            sink, self.sink = self.sink, None
            sink.commit()
            self.summary.merge(sink.pending)

    def abort(self) -> None:
        """Drop the file being written; its stories are counted as not written."""
        if self.sink is not None:
            sink, self.sink = self.sink, None
            sink.abort()
            self.summary.not_written += sink.pending.scored + sink.pending.unchanged


class _RefusedError(Exception):
    pass


class _LimitReachedError(Exception):
    """The ``max_errors``-th record failed: stop at once."""


def _copy_through(source: Path, target: Path) -> None:
    """Copy a failed record as it is.

    One that cannot be read (it was reported so) is left out.
    """
    try:
        src = source.open("rb")
    except OSError:
        return
    with src, AtomicFile(target) as out:
        shutil.copyfileobj(src, out.fh)


def _results(
    plan: Plan,
    setup: WorkerSetup,
    workers: int,
    engine: Engine,
    scheduler: str | None,
    connect_timeout: float,
) -> Iterator[ChunkResult]:
    if engine == "dask":
        from scoring.batch._dask import dask_results

        return dask_results(
            plan, setup, workers=workers, scheduler=scheduler, connect_timeout=connect_timeout
        )
    return ordered_map(
        run_chunk,
        plan.tasks(),
        workers=workers,
        initializer=init_worker,
        initargs=(setup,),
        finalizer=close_worker,
    )


def rescore(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str] | None = None,
    *,
    scorer: BatchScorer | None = None,
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    errors: str | os.PathLike[str] | None = None,
    in_place: bool = False,
    changed_only: bool = False,
    max_errors: int | None = None,
    progress: ProgressMode | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
    on_failure: Callable[[RecordFailure], object] | None = None,
    connect_timeout: float = 10.0,
) -> RescoreSummary:
    r"""Rescore every story of ``source`` into ``destination``, streamed and in parallel.

    ``source`` is a JSON Lines, Parquet or Markdown file, or a directory of them (a tree
    of Markdown records, a partitioned Parquet dataset); a directory is mirrored into
    ``destination``. A JSON Lines or Parquet file goes to a file of the same format, or
    to one Markdown file per story when ``destination`` is a directory. Only
    ``diversity_score`` and ``severity`` change: Markdown stays byte for byte, JSON
    Lines key for key, Parquet column for column.

    Output files are written beside their destination and renamed when complete, and
    each Markdown record is replaced atomically, so a killed run leaves no half-written
    record and running it again gives exactly the output of an uninterrupted run. A
    manifest in the destination records each story's content hash and result under the
    scorer's config hash and outlet-table version; with ``changed_only`` a story found
    there is not rescored (it is still written, with that result).

    A record that cannot be read or scored, for whatever reason, is copied through
    unchanged and reported in ``errors`` (JSON Lines: source, position, reason) and to
    ``on_failure``; the run goes on.

    One run at a time writes a destination: it holds a lock file there (see
    ``docs/batch.md``) and a second run is refused.

    Args:
        source: file or directory to rescore.
        destination: file or directory to write; None with ``in_place``.
        scorer: what scores a story (anything with ``score(story)`` returning a result
            with ``diversity_score`` and ``severity``); the default
            :class:`~scoring.scorer.Scorer` when None. It is sent once to each worker.
        workers: processes (local) or Dask workers of a new local cluster; all cores
            when None. One means no extra process.
        engine: ``"local"`` processes, or ``"dask"`` (JSON Lines and Parquet only).
        scheduler: with ``engine="dask"``, a scheduler address (``tcp://host:8786``);
            a local cluster is started when None.
        errors: where to write the errors file; when None, failures are counted, the
            first ones kept in the summary, and each passed to ``on_failure``.
        in_place: rewrite ``source`` itself.
        changed_only: reuse results from the manifest for unchanged stories.
        max_errors: stop once this many records have failed.
        progress: ``"auto"`` (a bar on a terminal, else lines), ``"bar"``, ``"log"``,
            or None for none.
        max_record_bytes: the largest record accepted.
        on_failure: called with each failure as it happens (to print it, say).
        connect_timeout: seconds to wait for a Dask scheduler or local cluster.

    Returns:
        Counts, rate, severity distribution, score histogram and provenance.

    Raises:
        RescoreStoppedError: ``max_errors`` records failed; nothing half-written is left.
        DestinationLockedError: another run is writing the destination.
        OutputError: a file could not be written (a full disk); what was complete is
            kept, and running again finishes the job.
        ScoringError: the source or destination cannot be used, or Dask cannot start.

    Example:
        >>> import pathlib, tempfile
        >>> from scoring.batch import rescore
        >>> class Fixed:  # a stand-in; the default is scoring.scorer.Scorer()
        ...     def score(self, story):
        ...         return type("R", (), {"diversity_score": 0.5, "severity": "elevated"})()
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.jsonl").write_text('{"id": "a1", "severity": "normal"}\n')
        >>> summary = rescore(folder / "in.jsonl", folder / "out.jsonl", scorer=Fixed(), workers=1)
        >>> (summary.scored, summary.changed_tier)
        (1, 1)
        >>> (folder / "out.jsonl").read_text()
        '{"id":"a1","severity":"elevated","diversity_score":0.5}\n'
    """
    started = time.perf_counter()
    _check_options(engine, workers, max_errors, scheduler)
    plan = make_plan(source, destination, in_place=in_place)
    plan.max_record_bytes = max_record_bytes
    _check_plan(plan, engine, changed_only, connect_timeout)
    scorer = scorer if scorer is not None else default_scorer()
    print_ = fingerprint(scorer)
    n = workers if workers is not None else default_workers()
    if n > 1 or engine == "dask":
        pickled_scorer(scorer)  # fails here, clearly, rather than in a worker process
    summary = RescoreSummary(
        provenance={
            "config_hash": print_.config_hash,
            "outlet_table_version": print_.table_version,
            "engine_version": print_.engine_version,
        }
    )
    setup = WorkerSetup(scorer, print_, plan.manifest, changed_only, max_record_bytes)
    run = _Run(n, engine, scheduler, connect_timeout, progress, max_errors, on_failure)
    destination_name = str(plan.target if plan.target is not None else plan.root)
    with RunLock(lock_path(plan.manifest), destination_name):
        # Under the lock: a temporary file here now is a killed run's, not a live one's.
        if plan.target is not None:
            remove_stale_temporaries(plan.target.parent, plan.target.name)
        else:
            remove_stale_temporaries(plan.root)
        errors_path = Path(errors) if errors is not None else None
        _write_all(plan, setup, summary, run, errors_path)
    if plan.files is not None:  # a directory: what its walk passed over
        summary.ignored, summary.notices = plan.files.ignored, plan.files.notices
    summary.seconds = time.perf_counter() - started
    if summary.stopped:
        where = f"; every failure is in {errors}" if errors is not None else ""
        raise RescoreStoppedError(
            f"stopped after {summary.failed} record{'s' if summary.failed != 1 else ''} "
            f"failed (max_errors={max_errors}){where}; fix the source or the config, and "
            "run again",
            summary,
        )
    return summary


def _check_options(
    engine: str, workers: int | None, max_errors: int | None, scheduler: str | None
) -> None:
    """Refuse options that cannot go together, before anything is read."""
    if engine not in ("local", "dask"):
        raise ScoringError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers is not None and workers < 1:
        raise ScoringError(f"workers must be at least 1, not {workers}")
    if max_errors is not None and max_errors < 1:
        raise ScoringError(f"max_errors must be at least 1, not {max_errors}")
    if scheduler is not None and engine != "dask":
        raise ScoringError("a scheduler address needs engine='dask' (--engine dask)")


def _check_plan(plan: Plan, engine: str, changed_only: bool, connect_timeout: float) -> None:
    """Refuse an engine that cannot rescore this source, or a timeout that is no time."""
    if engine == "dask" and plan.single != "jsonl" and plan.single != "parquet":
        raise ScoringError(
            f"{plan.source}: the Dask engine rescores one JSON Lines or Parquet file; use "
            "the local engine for directories and Markdown"
        )
    if engine == "dask" and changed_only:
        raise ScoringError(
            "changed_only reads the manifest on this machine; use the local engine for it"
        )
    if connect_timeout <= 0:
        raise ScoringError(f"connect_timeout must be positive, not {connect_timeout}")


@dataclass(frozen=True, slots=True)
class _Run:
    """How a run goes: where it scores, what it reports, when it stops."""

    workers: int
    engine: Engine
    scheduler: str | None
    connect_timeout: float
    progress: ProgressMode | None
    max_errors: int | None
    on_failure: Callable[[RecordFailure], object] | None


def _write_all(
    plan: Plan, setup: WorkerSetup, summary: RescoreSummary, run: _Run, errors: Path | None
) -> None:
    """Score every record and write it, under the destination's lock.

    A run stopped at ``max_errors`` drops the file being written and marks the summary;
    any other failure drops it too, and the errors file, and propagates.
    """
    manifest = Manifest(plan.manifest, setup.fingerprint)
    reporter: Reporter | None = None
    log: _ErrorLog | None = None
    writer: _Writer | None = None
    try:
        log = _ErrorLog(errors, summary, run.max_errors, run.on_failure)
        reporter = make_reporter(run.progress, plan.total_bytes)
        writer = _Writer(plan, manifest, log, summary, reporter)
        results = _results(plan, setup, run.workers, run.engine, run.scheduler, run.connect_timeout)
        try:
            for result in results:
                writer.take(result)
        except _LimitReachedError:
            summary.stopped = True
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
        if summary.stopped:
            writer.abort()
        else:
            writer.finish_file()
            manifest.prune()
        log.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        if log is not None:
            log.abort()
        raise
    finally:
        if reporter is not None:
            reporter.close()
        manifest.close()
