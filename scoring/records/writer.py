"""One entry point that writes stories in any format: :func:`write_stories`."""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import IO

from scoring.errors import OutputError, RecordError
from scoring.records.files import AtomicFile, atomic_write, path_inside
from scoring.records.jsonl import write_json, write_jsonl
from scoring.records.markdown import render_markdown
from scoring.records.model import Story
from scoring.records.reader import FORMATS, SUFFIXES
from scoring.records.tabular import write_csv, write_parquet

__all__ = ["markdown_path", "write_stories"]

_MARKDOWN_SUFFIXES = (".md", ".markdown")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._-]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")
_MAX_NAME = 100


def _safe_id(story_id: str) -> str:
    """A file name stem from an id.

    The id itself when it is safe, else a cleaned form with a hash of the id, so
    distinct ids never share a file.
    """
    clean = _UNSAFE_ID.sub("_", story_id).lstrip(".")[:_MAX_NAME]
    if clean and clean == story_id:
        return clean
    digest = hashlib.sha256(story_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{clean}-{digest}" if clean else f"story-{digest}"


def markdown_path(story: Story) -> PurePosixPath:
    """Where ``story`` goes inside a Markdown directory, relative to it.

    A story read from a directory keeps its path there (a story from a JSON Lines or
    CSV file inside it goes under a folder named for that file); any other story is
    named for its id. The path is checked to stay inside the directory.

    Raises:
        RecordError: the story's path would leave the directory (``..``, an absolute
            path, control characters).

    Example:
        >>> str(markdown_path(Story(id="8bcaf692")))
        '8bcaf692.md'
        >>> str(markdown_path(Story(id="../../etc/passwd")))  # doctest: +ELLIPSIS
        '_.._etc_passwd-....md'
    """
    origin = story.origin
    relative = origin.relative_path if origin else None
    if relative is None:
        return PurePosixPath(_safe_id(story.id) + ".md")
    parts = relative.split("/")
    if (
        relative.startswith("/")
        or _CONTROL.search(relative)
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise RecordError(
            f"story {story.id!r} has the relative path {relative!r}, which would leave "
            "the destination; rename the source file",
            source=str(origin),
        )
    path = PurePosixPath(relative)
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        return path
    return path.with_suffix("") / (_safe_id(story.id) + ".md")


def _write_markdown_dir(stories: Iterable[Story], root: Path) -> int:
    written: dict[PurePosixPath, str] = {}
    root.mkdir(parents=True, exist_ok=True)
    made: set[PurePosixPath] = {PurePosixPath(".")}
    for story in stories:
        relative = markdown_path(story)
        if relative in written:
            raise RecordError(
                f"stories {written[relative]!r} and {story.id!r} would both be written to "
                f"{relative}; give them distinct ids",
                source=str(root),
            )
        target = root.joinpath(*relative.parts)
        if relative.parent not in made:
            # Checked before creating anything: a link inside the destination must not
            # lead the write (or a new folder) elsewhere.
            if not path_inside(root, target.parent):
                raise RecordError(
                    f"story {story.id!r} would be written to {relative}, which leads "
                    "outside the destination through a symbolic link; remove the link",
                    source=str(root),
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(relative.parent)
        written[relative] = story.id
        atomic_write(target, render_markdown(story).encode("utf-8"), make_parent=False)
    return len(written)


def _write_markdown_file(stories: Iterable[Story], fh: IO[bytes]) -> int:
    count = 0
    for story in stories:
        if count:
            raise RecordError(
                "a Markdown file holds one story; write to a directory to get one file per story"
            )
        fh.write(render_markdown(story).encode("utf-8"))
        count += 1
    return count


def _write_csv(stories: Iterable[Story], fh: IO[bytes]) -> int:
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
    count = write_csv(stories, text)
    text.flush()
    text.detach()
    return count


_FILE_WRITERS: dict[str, Callable[[Iterable[Story], IO[bytes]], int]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": _write_csv,
    "markdown": _write_markdown_file,
    "parquet": write_parquet,
}


def write_stories(
    stories: Iterable[Story], destination: str | os.PathLike[str], *, format: str | None = None
) -> int:
    r"""Write stories to a file or a Markdown directory; returns how many were written.

    The format comes from ``format`` or the destination's suffix (as for
    :func:`~scoring.records.read_stories`). A destination without a suffix, or an
    existing directory, gets one Markdown file per story (see :func:`markdown_path`). A
    story read from Markdown is written back byte for byte, with only changed scores
    patched. A file is replaced only once completely written, so a failure leaves the
    old one.

    Raises:
        RecordError: the format is unknown, a story cannot be written in it, two
            stories would share a Markdown file, or a path would leave the destination.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> write_stories([Story(id="a1", title="Floods")], out)
        1
        >>> out.read_text()
        '{"id":"a1","title":"Floods"}\n'
    """
    path = Path(destination)
    if format is None:
        suffix = path.suffix.lower()
        if path.is_dir() or not suffix:
            format = "markdown"
        elif suffix in SUFFIXES:
            format = SUFFIXES[suffix]
        else:
            raise RecordError(
                f"cannot tell the format from the suffix {path.suffix!r}; use one of "
                f"{', '.join(SUFFIXES)}, no suffix for a Markdown directory, or pass format=",
                source=str(path),
            )
    elif format not in FORMATS:
        raise RecordError(
            f"format must be one of {', '.join(FORMATS)}, not {format!r}", source=str(path)
        )
    try:
        if format == "markdown" and (
            path.is_dir() or path.suffix.lower() not in _MARKDOWN_SUFFIXES
        ):
            return _write_markdown_dir(stories, path)
        with AtomicFile(path) as out:
            return _FILE_WRITERS[format](stories, out.fh)
    except RecordError as exc:
        if exc.source is not None:
            raise
        raise type(exc)(exc.reason, source=str(path), field=exc.field) from None
    except OutputError:
        raise
    except OSError as exc:
        raise RecordError(
            f"cannot write ({exc.strerror or exc}); check the destination and its permissions",
            source=str(path),
        ) from None
