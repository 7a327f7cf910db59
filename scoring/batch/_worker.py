"""What a worker process does with a chunk of raw records.

The parent only reads raw records (JSON Lines as bytes, Markdown files as bytes, Parquet
row batches as Arrow) and writes what comes back. A worker parses each record into a
:class:`~scoring.records.Story`, scores it (or finds its result in the manifest), patches
only ``diversity_score`` and ``severity`` into the record as it was, and serialises it.
A record that cannot be read or scored comes back unchanged, with the reason.

Parsing and patching are the records layer's own one-record pieces
(``parse_line``/``patch_line``, ``parse_markdown_file``/``patch_markdown``,
``parse_row``/``patch_rows``), so a record is refused here for exactly what
:func:`~scoring.records.read_stories` refuses it for, in the same words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from scoring.batch._manifest import ManifestReader
from scoring.batch._scorer import BatchScorer, Fingerprint
from scoring.errors import RecordError
from scoring.records import Origin, ParsedRecord, Story
from scoring.records.errors import unexpected_error
from scoring.records.jsonl import parse_line, patch_line
from scoring.records.markdown import parse_markdown_file, patch_markdown, render_markdown
from scoring.records.model import SCORE_FIELDS
from scoring.records.tabular import json_columns_of, parse_row, patch_rows
from scoring.records.writer import markdown_path

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "FAILED",
    "SCORED",
    "UNCHANGED",
    "ChunkResult",
    "JsonlTask",
    "MarkdownTask",
    "Outcome",
    "ParquetTask",
    "WorkerSetup",
    "close_worker",
    "init_worker",
    "run_chunk",
    "score_story",
]

SCORED, UNCHANGED, FAILED = 0, 1, 2
_HASH_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


class Outcome(NamedTuple):
    """What became of one record of a chunk.

    ``at`` is the record's place in the chunk (the parent turns it into a line or row
    number); ``previous`` is the severity the record held before.
    """

    at: int
    status: int
    reason: str | None
    content_hash: bytes | None
    diversity_score: float | None
    severity: str | None
    previous: Any


@dataclass(frozen=True, slots=True)
class MarkdownTask:
    """Markdown files to rescore, read by the parent.

    Each is ``(source path, path relative to the source root, bytes)``; in place of the
    bytes, why the file could not be read.
    """

    job: int
    items: list[tuple[str, str, bytes | str]]


@dataclass(frozen=True, slots=True)
class JsonlTask:
    """Consecutive lines of one JSON Lines file, each with its line ending.

    With ``to_markdown`` each story comes back as a Markdown file named for its id.
    """

    job: int
    source: str
    lines: list[bytes]
    to_markdown: bool = False


@dataclass(frozen=True, slots=True)
class ParquetTask:
    """One row batch of a Parquet file."""

    job: int
    source: str
    batch: pa.RecordBatch
    json_columns: frozenset[str]
    to_markdown: bool = False


Task = MarkdownTask | JsonlTask | ParquetTask


@dataclass(slots=True)
class ChunkResult:
    """What a chunk became.

    ``output`` is the bytes of the lines (JSON Lines), the new row batch (Parquet), or
    for Markdown ``(source path, relative path, bytes)`` per file (``same`` says which
    are unchanged; the bytes are None for a record to copy through as it is) or per
    story written as Markdown (no source path). ``count`` is how many lines or rows
    the chunk held, blank ones included; ``nbytes`` how many bytes of input.
    """

    job: int
    output: Any
    outcomes: list[Outcome]
    count: int
    nbytes: int
    same: list[bool] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """What each worker needs, sent once when it starts."""

    scorer: BatchScorer
    fingerprint: Fingerprint
    manifest: Path | None
    changed_only: bool
    max_record_bytes: int
    token: str = ""


@dataclass(slots=True)
class _State:
    scorer: BatchScorer
    reader: ManifestReader | None
    max_record_bytes: int
    token: str


_STATE: _State | None = None


def init_worker(setup: WorkerSetup) -> None:
    """Build the scorer (and open the manifest) once per worker process."""
    global _STATE
    close_worker()
    reader = None
    if setup.changed_only and setup.manifest is not None:
        reader = ManifestReader(setup.manifest, setup.fingerprint)
    _STATE = _State(setup.scorer, reader, setup.max_record_bytes, setup.token)


def close_worker() -> None:
    """Close what :func:`init_worker` opened (the manifest), in this process."""
    global _STATE
    if _STATE is not None and _STATE.reader is not None:
        _STATE.reader.close()
    _STATE = None


def ensure_worker(setup: WorkerSetup) -> None:
    """Initialise this process for ``setup`` unless already done.

    A Dask worker runs many tasks of a run, and may have run another run's before.
    """
    if _STATE is None or not setup.token or _STATE.token != setup.token:
        init_worker(setup)


def worker_scorer(setup: WorkerSetup) -> BatchScorer:
    """The scorer of this worker process, set up for ``setup`` if not yet."""
    ensure_worker(setup)
    return _state().scorer


def _state() -> _State:
    if _STATE is None:
        raise RuntimeError("init_worker() must run before a chunk is processed")
    return _STATE


def content_hash(fields: dict[str, Any]) -> bytes:
    """A hash of a record's fields but the two the engine fills, in their order."""
    kept = {k: v for k, v in fields.items() if k not in SCORE_FIELDS}
    return hashlib.blake2b(
        orjson.dumps(kept, option=_HASH_OPTIONS, default=str), digest_size=16
    ).digest()


def _reason(exc: RecordError) -> str:
    return f"field {exc.field!r}: {exc.reason}" if exc.field else exc.reason


#: A record's result: status (SCORED or UNCHANGED), diversity_score, severity.
_Scores = tuple[int, float, str]


def _result(state: _State, story: Story, digest: bytes) -> _Scores:
    if state.reader is not None:
        found = state.reader.lookup(digest)
        if found is not None:
            return UNCHANGED, found[0], found[1]
    return SCORED, *score_story(state.scorer, story)


def score_story(scorer: BatchScorer, story: Story) -> tuple[float, str]:
    """``story``'s diversity score and severity, or its record's error.

    Raises:
        RecordError: the story's own error, any other failure of the scorer on it (one
            story the scorer cannot handle must not stop the night's run; the
            ``max_errors`` bound stops a scorer that fails on everything), or a score
            the record cannot carry (not a number from 0 to 1, NaN included).
    """
    try:
        result = scorer.score(story)
        score = float(result.diversity_score)
    except RecordError:
        raise
    except Exception as exc:
        raise unexpected_error(exc, stage="score") from exc
    if not 0.0 <= score <= 1.0:
        raise RecordError(
            f"the scorer gave diversity_score {score!r}, not a number from 0 to 1",
            field="diversity_score",
        )
    return score, str(result.severity)


def _score(
    state: _State, record: ParsedRecord | RecordError
) -> tuple[ParsedRecord, bytes, _Scores]:
    """A parsed record, its content hash and result (the manifest's, when unchanged).

    Raises:
        RecordError: the record's own error, or the scorer's failure on it.
    """
    if isinstance(record, RecordError):
        raise record
    digest = content_hash(record.fields)
    return record, digest, _result(state, record.story, digest)


def _failed(index: int, exc: Exception, previous: Any = None) -> Outcome:
    """The outcome of a record that failed.

    Any failure but a record's own error is turned into one: a bug of ours or a
    library's must cost the record, not the run.
    """
    error = exc if isinstance(exc, RecordError) else unexpected_error(exc, stage="process")
    return Outcome(index, FAILED, _reason(error), None, None, None, previous)


def _scored(index: int, digest: bytes, scores: _Scores, previous: Any) -> Outcome:
    status, score, severity = scores
    return Outcome(index, status, None, digest, score, severity, previous)


def _run_jsonl(state: _State, task: JsonlTask) -> ChunkResult:
    out = bytearray()
    files: list[tuple[None, str, bytes]] = []
    outcomes: list[Outcome] = []
    origin = Origin(task.source)
    nbytes = 0
    for index, line in enumerate(task.lines):
        nbytes += len(line)
        try:
            parsed = parse_line(line, origin, state.max_record_bytes)
            if parsed is None:  # a blank line stays as it is
                if not task.to_markdown:
                    out += line
                continue
            record, digest, scores = _score(state, parsed)
            if task.to_markdown:
                files.append(_as_markdown(record.story, scores))
            else:
                out += patch_line(record.fields, diversity_score=scores[1], severity=scores[2])
        except Exception as exc:
            outcomes.append(_failed(index, exc))
            if not task.to_markdown:
                out += line if line.endswith(b"\n") else line + b"\n"
            continue
        outcomes.append(_scored(index, digest, scores, record.story.severity))
    output: Any = files if task.to_markdown else bytes(out)
    return ChunkResult(task.job, output, outcomes, len(task.lines), nbytes)


def _as_markdown(story: Story, scores: _Scores) -> tuple[None, str, bytes]:
    scored = story.with_scores(diversity_score=scores[1], severity=scores[2])
    return None, str(markdown_path(scored)), render_markdown(scored).encode("utf-8")


def _run_markdown(state: _State, task: MarkdownTask) -> ChunkResult:
    outputs: list[tuple[str | None, str, bytes | None]] = []
    same: list[bool] = []
    outcomes: list[Outcome] = []
    nbytes = 0
    for index, (source, relative, raw) in enumerate(task.items):
        original = b""
        parsed: ParsedRecord | RecordError
        if isinstance(raw, str):  # the parent could not read the file, and says why
            parsed = RecordError(raw)
        else:
            original = raw
            nbytes += len(raw)
            origin = Origin(source, None, relative)
            parsed = parse_markdown_file(raw, origin, state.max_record_bytes)
        try:
            record, digest, scores = _score(state, parsed)
            patched = patch_markdown(record.story, diversity_score=scores[1], severity=scores[2])
        except Exception as exc:
            previous = parsed.story.severity if isinstance(parsed, ParsedRecord) else None
            # The parent copies the file through as it is: ``raw`` may be cut short.
            outcomes.append(_failed(index, exc, previous))
            outputs.append((source, relative, None))
            same.append(True)
            continue
        outcomes.append(_scored(index, digest, scores, record.story.severity))
        outputs.append((source, relative, original if patched is None else patched.encode("utf-8")))
        same.append(patched is None)
    return ChunkResult(task.job, outputs, outcomes, len(task.items), nbytes, same)


def _run_parquet(state: _State, task: ParquetTask) -> ChunkResult:
    batch = task.batch
    rows = batch.to_pylist()
    names = batch.schema.names
    scores: list[float | None] = (
        batch.column("diversity_score").to_pylist()
        if "diversity_score" in names
        else [None] * len(rows)
    )
    severities = batch.column("severity").to_pylist() if "severity" in names else [None] * len(rows)
    outcomes: list[Outcome] = []
    files: list[tuple[None, str, bytes]] = []
    origin = Origin(task.source)
    for index, row in enumerate(rows):
        try:
            parsed = parse_row(row, origin, task.json_columns, state.max_record_bytes)
            record, digest, result = _score(state, parsed)
            if task.to_markdown:
                files.append(_as_markdown(record.story, result))
        except Exception as exc:
            outcomes.append(_failed(index, exc, severities[index]))
            continue
        outcomes.append(_scored(index, digest, result, severities[index]))
        scores[index], severities[index] = result[1], result[2]
    if task.to_markdown:
        return ChunkResult(task.job, files, outcomes, len(rows), batch.nbytes)
    new = patch_rows(batch, scores, severities)
    return ChunkResult(task.job, new, outcomes, len(rows), batch.nbytes)


def block_lines(path: str, offset: int, length: int) -> list[bytes]:
    r"""The lines of a JSON Lines file that start in ``[offset, offset + length)``.

    Blocks cut at any byte still give every line to exactly one block, as Dask's
    ``read_bytes`` does with a delimiter.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.jsonl"
        >>> _ = p.write_bytes(b'{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n')
        >>> block_lines(str(p), 0, 12), block_lines(str(p), 12, 100)
        ([b'{"id":"a"}\n', b'{"id":"b"}\n'], [b'{"id":"c"}\n'])
    """
    lines: list[bytes] = []
    end = offset + length
    with open(path, "rb") as fh:
        if offset > 0:
            fh.seek(offset - 1)
            fh.readline()  # the line that started before this block belongs to the last
            position = fh.tell()
        else:
            position = 0  # the first line starts at 0, after a byte order mark or not
            if fh.read(3) != b"\xef\xbb\xbf":
                fh.seek(0)
        while position < end:
            line = fh.readline()
            if not line:
                break
            lines.append(line)
            position = fh.tell()
    return lines


def run_jsonl_block(
    setup: WorkerSetup, job: int, path: str, offset: int, length: int, to_markdown: bool
) -> ChunkResult:
    """A Dask task: rescore the lines of one byte range of a JSON Lines file."""
    ensure_worker(setup)
    task = JsonlTask(job, path, block_lines(path, offset, length), to_markdown)
    return _run_jsonl(_state(), task)


def run_parquet_group(
    setup: WorkerSetup,
    job: int,
    path: str,
    group: int,
    batch_rows: int,
    to_markdown: bool,
) -> list[ChunkResult]:
    """A Dask task: rescore one row group of a Parquet file, batch by batch."""
    import pyarrow.parquet as pq

    ensure_worker(setup)
    parquet = pq.ParquetFile(path)
    json_columns = json_columns_of(parquet.schema_arrow)
    state = _state()
    return [
        _run_parquet(state, ParquetTask(job, path, batch, json_columns, to_markdown))
        for batch in parquet.iter_batches(
            batch_size=batch_rows, row_groups=[group], use_threads=False
        )
    ]


def run_chunk(task: Task) -> list[ChunkResult]:
    """Process one chunk in this worker (a list of one, as ``ordered_map`` flattens)."""
    state = _state()
    if isinstance(task, JsonlTask):
        return [_run_jsonl(state, task)]
    if isinstance(task, MarkdownTask):
        return [_run_markdown(state, task)]
    return [_run_parquet(state, task)]
