"""One entry point that reads stories from any source: :func:`read_stories`."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from scoring.errors import RecordError
from scoring.records._convert import build_record, story_from_mapping
from scoring.records.errors import (
    MAX_RECORD_BYTES,
    RecordValidationError,
    too_large_error,
    unexpected_error,
)
from scoring.records.jsonl import read_json, read_jsonl
from scoring.records.markdown import read_markdown_bytes
from scoring.records.model import Origin, Story
from scoring.records.tabular import read_csv, read_frame, read_parquet

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FORMATS",
    "MAX_RECORD_BYTES",
    "SUFFIXES",
    "OnError",
    "RecordFiles",
    "StoryReader",
    "has_front_matter",
    "read_stories",
    "walk_records",
]

OnError = Literal["raise", "skip", "collect"]

#: File formats, by the suffixes that name them.
SUFFIXES: Mapping[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".csv": "csv",
}
FORMATS = ("markdown", "json", "jsonl", "parquet", "csv")
#: Documentation that sits beside records in a directory and is not a record.
NOT_RECORDS = frozenset({"readme.md", "readme.markdown"})
_BOM = b"\xef\xbb\xbf"
_OPENING = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
#: Most file names or ids a notice lists before saying how many more there are.
SHOWN_IN_NOTICE = 10

_log = logging.getLogger("scoring.records")

_Item = Story | RecordError


def _format_of(path: Path, format: str | None) -> str:
    if format is not None:
        return format
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise RecordError(
            f"cannot tell the format from the suffix {path.suffix or '(none)'!r}; use one of "
            f"{', '.join(SUFFIXES)} or pass format= (one of {', '.join(FORMATS)})",
            source=str(path),
        )
    return found


def _read_bytes(path: Path, source: str, limit: int, hint: str) -> bytes:
    """The whole file, refusing before reading if it is larger than ``limit``."""
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        raw = fh.read(limit + 1) if size <= limit else b""
    if size > limit or len(raw) > limit:
        raise too_large_error("the file is larger", limit, Origin(source), hint=hint)
    return raw


def has_front_matter(raw: bytes) -> bool:
    r"""Whether the bytes start as a Markdown record does, with a ``---`` line.

    Example:
        >>> has_front_matter(b"---\nid: a1\n---\n"), has_front_matter(b"# Rubric\n")
        (True, False)
    """
    return _OPENING.match(raw) is not None


def _file_has_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return has_front_matter(fh.read(64))
    except OSError:
        return False


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN_IN_NOTICE])
    more = len(items) - SHOWN_IN_NOTICE
    return f"{shown} and {more} more" if more > 0 else shown


def _unreadable(exc: OSError, source: str) -> RecordError:
    reason = exc.strerror or str(exc)
    return RecordError(
        f"cannot read the file ({reason}); check that it exists and is readable",
        source=source,
    )


def walk_records(root: Path) -> Iterator[Path | RecordError]:
    """Files under ``root`` in sorted path order, skipping hidden names and dir links.

    A directory that cannot be listed comes as its error, in its place.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield RecordError(
            f"cannot list the directory ({exc.strerror or exc}); check its permissions",
            source=str(root),
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_records(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


class RecordFiles:
    r"""The record files of a directory, chosen by one rule, and the files passed over.

    Every command that reads a directory (``score``, ``convert``, ``rescore``) walks it
    through this class, so all pass over the same files with the same notices:

    1. files come in sorted path order; hidden names and links to directories are
       skipped (:func:`walk_records`);
    2. a file whose suffix names none of ``formats`` (or not ``format``, when given) is
       not read, nor is a README;
    3. unless ``mixed``, a directory holding Markdown records is read for them alone:
       files of another format beside them (labels, manifests) are not read;
    4. a Markdown file without front matter (a rubric) is documentation, not a record:
       the caller checks its bytes with :meth:`is_record` when it reads them.

    Iterate it once: it yields ``(path, format)`` for each file to read, or the error of
    a folder that cannot be listed.

    Attributes:
        root: the directory.
        ignored: files not read (unknown suffix, README, no front matter, another
            format), so a caller can tell nothing was missed.
        not_records: the Markdown files of :attr:`ignored` without front matter.
        other_format: the files of :attr:`ignored` of another format than the
            directory's Markdown records.

    Example:
        >>> import tempfile, pathlib
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (root / "a1.md").write_text("---\nid: a1\n---\n")
        >>> _ = (root / "labels.csv").write_text("id,label\n")
        >>> files = RecordFiles(root)
        >>> [(p.name, fmt) for p, fmt in files], [pathlib.Path(p).name for p in files.other_format]
        ([('a1.md', 'markdown')], ['labels.csv'])
    """

    def __init__(
        self,
        root: Path,
        *,
        format: str | None = None,
        formats: Iterable[str] = FORMATS,
        mixed: bool = False,
    ) -> None:
        self.root = root
        self.ignored: list[str] = []
        self.not_records: list[str] = []
        self.other_format: list[str] = []
        self._format = format
        self._formats = frozenset(formats) if format is None else frozenset({format})
        self._mixed = mixed or format is not None

    def __iter__(self) -> Iterator[tuple[Path, str] | RecordError]:
        # Listed first, unless mixed: whether the directory holds Markdown records
        # decides what else is read, and a label file may sort before the records.
        paths: Iterable[Path | RecordError] = walk_records(self.root)
        only = None
        if not self._mixed:
            paths = list(paths)
            if any(isinstance(p, Path) and self._markdown_record(p) for p in paths):
                only = "markdown"
        for path in paths:
            if isinstance(path, RecordError):
                yield path
                continue
            fmt = self._read_as(path, only)
            if fmt is not None:
                yield path, fmt

    @staticmethod
    def _markdown_record(path: Path) -> bool:
        return (
            SUFFIXES.get(path.suffix.lower()) == "markdown"
            and path.name.lower() not in NOT_RECORDS
            and _file_has_front_matter(path)
        )

    def _read_as(self, path: Path, only: str | None) -> str | None:
        """The format to read ``path`` as, or None (noted) when it is passed over."""
        fmt = SUFFIXES.get(path.suffix.lower())
        if fmt not in self._formats or (only is not None and fmt != only):
            self.ignored.append(str(path))
            if fmt in self._formats and self._format is None:
                self.other_format.append(str(path))
            return None
        if path.name.lower() in NOT_RECORDS:
            self.ignored.append(str(path))
            if fmt == "markdown":
                self.not_records.append(str(path))
            return None
        return fmt

    def is_record(self, path: Path, raw: bytes) -> bool:
        """Whether the Markdown file ``path``, holding ``raw``, is a record; noted if not."""
        if has_front_matter(raw):
            return True
        self.ignored.append(str(path))
        self.not_records.append(str(path))
        return False

    @property
    def notices(self) -> list[str]:
        """What was passed over, one line each (see :attr:`StoryReader.notices`)."""
        notices = []
        if self.not_records:
            notices.append(
                f"skipped {len(self.not_records)} Markdown file(s) that are not story "
                f"records (a README, or no front matter): {_listed(self.not_records)}"
            )
        if self.other_format:
            notices.append(
                f"did not read {len(self.other_format)} file(s) of another format beside "
                f"the Markdown records: {_listed(self.other_format)}; to read them, pass "
                "format= naming their format"
            )
        return notices


class StoryReader(Iterator[Story]):
    """Stories from a source, in input order, streamed; with what went wrong.

    Use :func:`read_stories` to make one. Iterate it once. With ``on_error="raise"`` the
    first bad record raises its :class:`~scoring.errors.RecordError`; with ``"skip"``
    each bad record is logged (logger ``scoring.records``, level WARNING) and counted in
    :attr:`skipped`; with ``"collect"`` it is kept in :attr:`errors` instead of logged. Either way
    reading goes on with the next record, so a bad record is never dropped unreported.

    Reading a directory, a Markdown file without front matter (a README, a rubric) is
    not a record: it is passed over, as are files of another format beside Markdown
    records (labels, manifests) unless ``format`` names theirs. Such files, and story
    ids read more than once, are reported in :attr:`notices` once reading ends (and
    logged at INFO); they are never errors.

    Attributes:
        counts: stories read so far, by format (``markdown``, ``jsonl``, ``frame``...).
        errors: the error of each bad record (``on_error="collect"`` only).
        skipped: how many bad records were passed over.
        ignored: files in a directory source that were not read (unknown suffix,
            README, no front matter, another format), so a caller can tell nothing
            was missed.
        not_records: the Markdown files of :attr:`ignored` without front matter.
        other_format: the files of :attr:`ignored` not read for being of another
            format than the directory's Markdown records.
        duplicate_ids: ids read more than once so far, with how many times.

    Example:
        >>> reader = read_stories([{"id": "a1"}, {"id": ""}, {"title": "No id"}], on_error="collect")
        >>> [s.id for s in reader], reader.skipped
        (['a1'], 2)
        >>> print(reader.errors[1])
        <records>, index 2: field 'id': is missing: add it
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | pd.DataFrame | Iterable[Mapping[str, Any]],
        *,
        format: str | None = None,
        on_error: OnError = "raise",
        max_record_bytes: int = MAX_RECORD_BYTES,
    ) -> None:
        if on_error not in ("raise", "skip", "collect"):
            raise RecordError(f"on_error must be 'raise', 'skip' or 'collect', not {on_error!r}")
        if max_record_bytes < 1:
            raise RecordError(
                f"max_record_bytes must be a positive number of bytes, not {max_record_bytes!r}"
            )
        self.on_error = on_error
        self.max_record_bytes = max_record_bytes
        self.counts: Counter[str] = Counter()
        self.errors: list[RecordError] = []
        self.skipped = 0
        self._files: RecordFiles | None = None
        self.duplicate_ids: dict[str, int] = {}
        self._ids: set[str] = set()
        self._notified = False
        self._format = ""
        self._items = self._plan(source, format)

    def __iter__(self) -> StoryReader:
        return self

    def __next__(self) -> Story:
        for item in self._items:
            if isinstance(item, Story):
                self.counts[self._format] += 1
                if item.id in self._ids:
                    self.duplicate_ids[item.id] = self.duplicate_ids.get(item.id, 1) + 1
                else:
                    self._ids.add(item.id)
                return item
            if self.on_error == "raise":
                raise item
            self.skipped += 1
            if self.on_error == "collect":
                self.errors.append(item)
            else:
                _log.warning("skipped a bad record: %s", item)
        if not self._notified:
            self._notified = True
            for notice in self.notices:
                _log.info("%s", notice)
        raise StopIteration

    @property
    def ignored(self) -> list[str]:
        """Files of a directory source that were not read (see :class:`RecordFiles`)."""
        return self._files.ignored if self._files is not None else []

    @property
    def not_records(self) -> list[str]:
        """The Markdown files of :attr:`ignored` without front matter."""
        return self._files.not_records if self._files is not None else []

    @property
    def other_format(self) -> list[str]:
        """The files of :attr:`ignored` of another format than the Markdown records."""
        return self._files.other_format if self._files is not None else []

    @property
    def notices(self) -> list[str]:
        """What a person should know about the reading that is not an error, one line each.

        Example:
            >>> reader = read_stories([{"id": "a1"}, {"id": "a1"}])
            >>> _ = list(reader)
            >>> reader.notices
            ["story id 'a1' was read 2 times; each story needs an id of its own"]
        """
        notices = self._files.notices if self._files is not None else []
        if self.duplicate_ids:
            ids = [f"{i!r} was read {n} times" for i, n in self.duplicate_ids.items()]
            noun = "story id" if len(ids) == 1 else f"{len(ids)} story ids:"
            notices.append(f"{noun} {_listed(ids)}; each story needs an id of its own")
        return notices

    def _plan(self, source: Any, format: str | None) -> Iterator[_Item]:
        """Check the source now (so misuse fails at once); read it lazily."""
        pandas = sys.modules.get("pandas")
        if pandas is not None and isinstance(source, pandas.DataFrame):
            self._check_format(format, "frame")
            return self._read_frame(source)
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            if path.is_dir():
                if format is not None:
                    self._check_format(format, *FORMATS)
                return self._read_directory(path, format)
            if not path.exists():
                raise RecordError("no such file or directory; check the path", source=str(path))
            fmt = _format_of(path, format)
            self._check_format(fmt, *FORMATS)
            return self._read_file(path, fmt, str(path), None)
        if isinstance(source, Mapping):
            raise RecordError("got a single mapping; pass a list of story mappings (e.g. [story])")
        if isinstance(source, bytes | bytearray) or not isinstance(source, Iterable):
            raise RecordError(
                f"cannot read stories from a {type(source).__name__}; pass a path, a "
                "pandas DataFrame or an iterable of mappings"
            )
        self._check_format(format, "records")
        return self._read_records(source)

    @staticmethod
    def _check_format(format: str | None, *allowed: str) -> None:
        if format is not None and format not in allowed:
            raise RecordError(
                f"format must be one of {', '.join(allowed)} for this source, not {format!r}"
            )

    def _read_frame(self, frame: pd.DataFrame) -> Iterator[_Item]:
        self._format = "frame"
        yield from read_frame(frame)

    def _read_records(self, records: Iterable[Any]) -> Iterator[_Item]:
        self._format = "records"
        for index, record in enumerate(records):
            origin = Origin("<records>", f"index {index}")
            if not isinstance(record, Mapping):
                yield RecordValidationError(
                    "each record must be a mapping of field names to values, got "
                    f"{type(record).__name__} {record!r:.60}",
                    source=origin.source,
                    location=origin.location,
                )
                continue
            yield build_record(origin, story_from_mapping, record, origin)

    def _read_directory(self, root: Path, format: str | None) -> Iterator[_Item]:
        files = self._files = RecordFiles(root, format=format)
        for item in files:
            if isinstance(item, RecordError):
                yield item
                continue
            path, fmt = item
            relative = path.relative_to(root).as_posix()
            yield from self._read_file(path, fmt, str(path), relative)

    def _read_file(
        self, path: Path, fmt: str, source: str, relative: str | None
    ) -> Iterator[_Item]:
        self._format = fmt
        limit = self.max_record_bytes
        try:
            if fmt == "markdown":
                raw = _read_bytes(path, source, limit, "split it or raise max_record_bytes")
                if self._files is not None and not self._files.is_record(path, raw):
                    return
                origin = Origin(source, None, relative)
                yield build_record(origin, read_markdown_bytes, raw, origin, limit)
            elif fmt == "json":
                raw = _read_bytes(
                    path,
                    source,
                    limit,
                    "write large collections as JSON Lines, or raise max_record_bytes",
                )
                yield from read_json(raw.removeprefix(_BOM), source, relative)
            elif fmt == "jsonl":
                with path.open("rb") as fh:
                    _skip_bom(fh)
                    yield from read_jsonl(fh, source, relative, limit)
            elif fmt == "csv":
                with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as text:
                    yield from read_csv(text, source, relative, limit)
            else:
                yield from read_parquet(path, source, relative, limit)
        except RecordError as exc:
            yield exc
        except OSError as exc:
            yield _unreadable(exc, source)
        except Exception as exc:  # outside any one record: the rest of this file is lost
            yield unexpected_error(exc, Origin(source))


def _skip_bom(fh: IO[bytes]) -> None:
    if fh.read(3) != _BOM:
        fh.seek(0)


def read_stories(
    source: str | os.PathLike[str] | pd.DataFrame | Iterable[Mapping[str, Any]],
    *,
    format: str | None = None,
    on_error: OnError = "raise",
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> StoryReader:
    r"""Read stories from a file, a directory, a DataFrame or an iterable of mappings.

    Files are read as their suffix says (``.md``/``.markdown``, ``.json``,
    ``.jsonl``/``.ndjson``, ``.parquet``, ``.csv``) or as ``format``. A directory is
    walked recursively in sorted path order; hidden names, READMEs and Markdown files
    without front matter are passed over, as are files not of ``format`` when it is
    given, and files of other formats beside Markdown records when it is not (see
    :attr:`StoryReader.ignored` and :attr:`StoryReader.notices`).
    Stories come in input order, streamed: JSON Lines by line, CSV by row, Parquet by
    row batch. Each carries :attr:`~scoring.records.Story.origin`.

    Args:
        source: a path (file or directory), a pandas DataFrame, or mappings.
        format: the file format, when the suffix does not say it.
        on_error: what a bad record does: ``"raise"`` its error, or ``"skip"`` or
            ``"collect"`` it and go on (see :class:`StoryReader`).
        max_record_bytes: the largest record accepted (a Markdown or JSON file, a JSON
            Lines line, a CSV or Parquet row).

    Raises:
        RecordError: at once, for a source that does not exist or whose format is
            unknown; while iterating, for a bad record when ``on_error="raise"``.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a1.md").write_text("---\nid: a1\ntitle: Floods\n---\n\nRain.\n")
        >>> [(s.id, s.origin.relative_path) for s in read_stories(folder)]
        [('a1', 'a1.md')]
    """
    return StoryReader(source, format=format, on_error=on_error, max_record_bytes=max_record_bytes)
