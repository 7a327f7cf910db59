"""What a rescoring run reads and where each record goes; the parent's reading side.

A source is one file (JSON Lines, Parquet or Markdown) or a directory tree of them (a
folder of Markdown records, a partitioned Parquet dataset, or a mix). A tree is mirrored
file for file into the destination; a single JSON Lines or Parquet file goes to a file
of the same format, or, when the destination is a directory, to one Markdown file per
story named for its id. Every path written is built from the destination and a
sanitised relative path, never from a record's id or path alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from scoring.batch._files import safe_relative_path
from scoring.batch._manifest import MANIFEST_NAME
from scoring.batch._worker import JsonlTask, MarkdownTask, ParquetTask, Task
from scoring.errors import RecordError, ScoringError
from scoring.records import MAX_RECORD_BYTES, RecordFiles
from scoring.records.files import TEMPORARY_NAME, refuse_destination_inside
from scoring.records.reader import SUFFIXES
from scoring.records.tabular import json_columns_of

__all__ = ["Job", "Plan", "make_plan"]

Kind = Literal["markdown", "jsonl", "parquet"]
#: The formats rescoring reads (and writes back in kind), side by side in a tree.
KINDS: tuple[Kind, ...] = ("markdown", "jsonl", "parquet")
_BOM = b"\xef\xbb\xbf"
#: The job number of every Markdown record: each is written on its own.
MARKDOWN_JOB = 0


@dataclass(frozen=True, slots=True)
class Job:
    """One JSON Lines or Parquet file to rescore, and where its output goes.

    ``target`` is the output file, or None when each story becomes a Markdown file
    under the destination (``to_markdown``).
    """

    kind: Kind
    source: Path
    target: Path | None
    size: int
    rows: int = 0

    @property
    def to_markdown(self) -> bool:
        """Whether each story of this file is written as a Markdown file."""
        return self.target is None


@dataclass(slots=True)
class Plan:
    """A run's source, destination and the jobs met so far while reading."""

    source: Path
    root: Path
    manifest: Path
    in_place: bool
    single: Kind | None
    target: Path | None
    jobs: dict[int, Job] = field(default_factory=dict)
    files: RecordFiles | None = None
    total_bytes: int = -1
    markdown_name: str | None = None
    markdown_chunk: int = 64
    jsonl_lines: int = 1000
    jsonl_bytes: int = 4 << 20
    parquet_rows: int = 2048
    max_record_bytes: int = MAX_RECORD_BYTES

    def __post_init__(self) -> None:
        if self.total_bytes < 0:
            self.total_bytes = _size(self.source)

    def mirrored(self, relative: str, source: Path | None = None) -> Path:
        """Where a file goes: itself in place, else under the root at a safe path."""
        if self.in_place and source is not None:
            return source
        return self.root.joinpath(*safe_relative_path(relative).parts)

    def tasks(self) -> Iterator[Task]:
        """The chunks to score, read lazily in source order; registers each job."""
        if self.single is not None:
            yield from self._file_tasks(self.source, self.single, self.target, None)
            return
        items: list[tuple[str, str, bytes | str]] = []
        size = 0
        self.files = files = RecordFiles(self.source, formats=KINDS, mixed=True)
        for item in files:
            if isinstance(item, RecordError):
                raise item
            path, kind = item
            relative = path.relative_to(self.source).as_posix()
            if kind == "markdown":
                raw = _read_record(path, self.max_record_bytes)
                if isinstance(raw, bytes) and not files.is_record(path, raw):
                    continue
                items.append((str(path), relative, raw))
                size += len(raw)
                if len(items) >= self.markdown_chunk or size >= self.jsonl_bytes:
                    yield MarkdownTask(MARKDOWN_JOB, items)
                    items, size = [], 0
                continue
            if items:
                yield MarkdownTask(MARKDOWN_JOB, items)
                items, size = [], 0
            target = self.mirrored(relative, path)
            yield from self._file_tasks(path, kind, target, relative)  # type: ignore[arg-type]
        if items:
            yield MarkdownTask(MARKDOWN_JOB, items)

    def register(self, kind: Kind, path: Path, target: Path | None, rows: int = 0) -> int:
        job = len(self.jobs) + 1
        self.jobs[job] = Job(kind, path, target, _size(path), rows)
        return job

    def _file_tasks(
        self, path: Path, kind: Kind, target: Path | None, relative: str | None
    ) -> Iterator[Task]:
        if kind == "markdown":
            name = relative or self.markdown_name or path.name
            yield MarkdownTask(
                MARKDOWN_JOB, [(str(path), name, _read_record(path, self.max_record_bytes))]
            )
            return
        if kind == "jsonl":
            yield from self._jsonl_tasks(self.register(kind, path, target), path, target is None)
        else:
            yield from self._parquet_tasks(path, target)

    def _jsonl_tasks(self, job: int, path: Path, to_markdown: bool) -> Iterator[Task]:
        source = str(path)
        lines: list[bytes] = []
        size = 0
        sent = False
        with path.open("rb") as fh:
            first = fh.read(len(_BOM))
            if first != _BOM:
                fh.seek(0)
            for line in fh:
                lines.append(line)
                size += len(line)
                if len(lines) >= self.jsonl_lines or size >= self.jsonl_bytes:
                    yield JsonlTask(job, source, lines, to_markdown)
                    lines, size, sent = [], 0, True
        # At least one chunk, even for an empty file, so its output file is written.
        if lines or not sent:
            yield JsonlTask(job, source, lines, to_markdown)

    def _parquet_tasks(self, path: Path, target: Path | None) -> Iterator[Task]:
        parquet: Any = open_parquet(path)
        job = self.register("parquet", path, target, parquet.metadata.num_rows)
        to_markdown = target is None
        schema = parquet.schema_arrow
        json_columns = json_columns_of(schema)
        source = str(path)
        sent = False
        for group in range(parquet.num_row_groups):
            for batch in parquet.iter_batches(
                batch_size=self.parquet_rows, row_groups=[group], use_threads=False
            ):
                sent = True
                yield ParquetTask(job, source, batch, json_columns, to_markdown)
        if not sent:
            import pyarrow as pa

            empty = pa.RecordBatch.from_pylist([], schema=schema)
            yield ParquetTask(job, source, empty, json_columns, to_markdown)


def open_parquet(path: Path) -> object:
    """A ``pyarrow.parquet.ParquetFile``, or an error naming the extra to install."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ScoringError(
            "rescoring Parquet needs pyarrow: pip install 'scoring[parquet]'"
        ) from None
    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise ScoringError(f"{path}: not a readable Parquet file ({exc}); re-export it") from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_record(path: Path, limit: int) -> bytes | str:
    """A Markdown file's bytes, or why it could not be read.

    The worker reports an unreadable file for that record: a file removed since the
    walk costs only itself. A file over the limit is read no further than the limit plus
    one byte, so the worker reports it and the parent copies it through.
    """
    try:
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        return f"could not be read ({type(exc).__name__}: {exc.strerror or exc})"


def _format_of(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def _total_bytes(root: Path) -> int:
    files = RecordFiles(root, formats=KINDS, mixed=True)
    return sum(_size(item[0]) for item in files if not isinstance(item, RecordError))


def remove_stale_temporaries(root: Path, name: str | None = None) -> int:
    """Delete temporary files a killed run left behind (``.NAME.XXXXXXXX.tmp``)."""
    removed = 0
    if not root.is_dir():
        return 0
    if name is not None:
        candidates = (root / entry for entry in os.listdir(root) if entry.startswith(f".{name}."))
    else:
        candidates = (
            Path(folder) / entry
            for folder, _, files in os.walk(root)
            for entry in files
            if entry.startswith(".")
        )
    for path in candidates:
        if TEMPORARY_NAME.match(path.name) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def make_plan(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str] | None,
    *,
    in_place: bool,
) -> Plan:
    """Check the source and destination and decide where each file goes.

    Raises:
        ScoringError: the source is missing or of a format rescoring does not read, the
            destination is missing, or it would overwrite or sit inside the source
            without ``in_place``.
    """
    src = Path(source)
    if not src.exists():
        raise ScoringError(f"{src}: no such file or directory; check the path")
    dest = _destination(src, destination, in_place)
    if src.is_dir():
        dest_format = _format_of(dest)
        if dest_format is not None and not dest.is_dir():
            raise ScoringError(
                f"{src} is a directory, so the destination must be a directory too, not "
                f"a {dest_format} file"
            )
        plan = Plan(src, dest, dest / MANIFEST_NAME, in_place, None, None)
        plan.total_bytes = _total_bytes(src)
        return plan
    return _file_plan(src, dest, in_place)


def _destination(src: Path, destination: str | os.PathLike[str] | None, in_place: bool) -> Path:
    """Where the run writes: the source itself in place, else a destination apart."""
    if in_place:
        if destination is not None and not _same(src, Path(destination)):
            raise ScoringError(
                f"--in-place rewrites {src} itself; drop the destination {destination}"
            )
        return src
    if destination is None:
        raise ScoringError("give a destination, or rewrite the source with --in-place")
    dest = Path(destination)
    if _same(src, dest):
        raise ScoringError(
            f"{dest} is the source; pass --in-place to rewrite it, or another destination"
        )
    refuse_destination_inside(src, dest)
    return dest


def _file_plan(src: Path, dest: Path, in_place: bool) -> Plan:
    """The plan for one file: to a file of its format, or to Markdown files."""
    kind = _format_of(src)
    if kind not in KINDS:
        raise ScoringError(
            f"{src}: rescoring reads Markdown (.md), JSON Lines (.jsonl) and Parquet "
            "(.parquet) files or directories of them; convert it first with 'scoring convert'"
        )
    single: Kind = kind
    dest_format = _format_of(dest)
    if single == "markdown" and dest_format != "markdown":
        return Plan(src, dest, dest / MANIFEST_NAME, in_place, single, None, markdown_name=src.name)
    if dest.is_dir() or dest_format is None:
        # A directory: one Markdown file per story, named for its id.
        return Plan(src, dest, dest / MANIFEST_NAME, in_place, single, None)
    if dest_format != single:
        raise ScoringError(
            f"{src} is {single} and {dest} would be {dest_format}; rescoring keeps the "
            "format: give a destination with the same suffix, or convert with 'scoring convert'"
        )
    manifest = dest.parent / f".{dest.name}{MANIFEST_NAME}"
    return Plan(src, dest.parent, manifest, in_place, single, dest, markdown_name=dest.name)


def _same(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)
