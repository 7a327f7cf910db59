"""JSON and JSON Lines records.

JSON Lines holds one story object per line, the body under ``body``; it is read line by
line, never whole. A JSON file holds one story object or a list of them and is read
whole, so it must fit in ``max_record_bytes`` (use JSON Lines for large collections).
Both are written with every field the story carries, in its source's order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import IO, Any

import orjson

from scoring.errors import RecordError
from scoring.records._convert import build_record, story_from_mapping, story_to_dict
from scoring.records.errors import (
    RecordEncodingError,
    RecordSyntaxError,
    RecordTooLargeError,
    RecordValidationError,
)
from scoring.records.model import Origin, Story

__all__ = ["dump_story", "read_json", "read_jsonl", "write_json", "write_jsonl"]

_DRAIN = 1 << 20
_DUMP_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words: ``a list``, ``a number``..."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else f"a {type(value).__name__}"


def not_a_mapping_error(value: Any, origin: Origin, what: str) -> RecordValidationError:
    """The error for a JSON value that is not an object where a story must be."""
    return RecordValidationError(
        f"{what} must be a JSON object with the story's fields, got {json_kind(value)}",
        source=origin.source,
        location=origin.location,
    )


def bad_json_error(line: bytes, exc: orjson.JSONDecodeError, origin: Origin) -> RecordError:
    """The error for a line that does not parse: bad UTF-8, or bad JSON and where."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as bad:
        return RecordEncodingError(
            f"byte 0x{line[bad.start]:02x} at column {bad.start + 1} is not UTF-8; "
            "re-save the file as UTF-8",
            source=origin.source,
            location=origin.location,
        )
    return RecordSyntaxError(
        f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object",
        source=origin.source,
        location=origin.location,
    )


def read_jsonl(
    fh: IO[bytes], source: str, relative_path: str | None, max_record_bytes: int
) -> Iterator[Story | RecordError]:
    """Stories (or the error of each bad line) from JSON Lines, one line at a time.

    Blank lines are allowed and skipped; a line longer than ``max_record_bytes`` is
    skipped without being held in memory.

    Example:
        >>> import io
        >>> lines = io.BytesIO(b'{"id": "a1", "title": "Floods"}\\n\\n{"id": ""}\\n')
        >>> [str(x) for x in read_jsonl(lines, "s.jsonl", None, 1000)]  # doctest: +ELLIPSIS
        ["id='a1' title='Floods' ...", "s.jsonl, line 3: field 'id': must not be empty"]
    """
    loads = orjson.loads
    limit = max_record_bytes + 2  # room for the line ending
    readline = fh.readline
    for number, line in enumerate(iter(partial(readline, limit), b""), start=1):
        if len(line) == limit and not line.endswith(b"\n"):
            while True:  # drop the rest of the line without holding it
                rest = readline(_DRAIN)
                if not rest or rest.endswith(b"\n"):
                    break
            yield RecordTooLargeError(
                f"the line is longer than the limit of {max_record_bytes:,} bytes; split "
                "the record or raise max_record_bytes",
                source=source,
                location=f"line {number}",
            )
            continue
        origin = Origin(source, f"line {number}", relative_path)
        item = build_record(origin, _line_story, line, origin, loads)
        if item is not None:
            yield item


def _line_story(line: bytes, origin: Origin, loads: Callable[[bytes], Any]) -> Story | None:
    """The story of one JSON Lines line; None for a blank line."""
    try:
        data = loads(line)
    except orjson.JSONDecodeError as exc:
        if not line.strip():
            return None
        raise bad_json_error(line, exc, origin) from None
    if type(data) is not dict:
        raise not_a_mapping_error(data, origin, "each line")
    return story_from_mapping(data, origin)


def read_json(raw: bytes, source: str, relative_path: str | None) -> Iterator[Story | RecordError]:
    """Stories from the bytes of a JSON file: one story object, or a list of them.

    Example:
        >>> [s.id for s in read_json(b'[{"id": "a1"}, {"id": "b2"}]', "s.json", None)]
        ['a1', 'b2']
    """
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            line = raw.count(b"\n", 0, bad.start) + 1
            yield RecordEncodingError(
                f"byte 0x{raw[bad.start]:02x} at line {line} is not UTF-8; re-save the "
                "file as UTF-8",
                source=source,
            )
            return
        yield RecordSyntaxError(
            f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
            source=source,
        )
        return
    if isinstance(data, dict):
        items: list[Any] = [data]
        located = False
    elif isinstance(data, list):
        items = data
        located = True
    else:
        yield RecordValidationError(
            f"a JSON file must hold a story object or a list of them, got {json_kind(data)}",
            source=source,
        )
        return
    for number, item in enumerate(items, start=1):
        origin = Origin(source, f"item {number}" if located else None, relative_path)
        yield build_record(origin, _item_story, item, origin)


def _item_story(item: Any, origin: Origin) -> Story:
    if type(item) is not dict:
        raise not_a_mapping_error(item, origin, "each item")
    return story_from_mapping(item, origin)


def dump_story(story: Story, *, indent: bool = False) -> bytes:
    """One story as JSON: every field it carries, in its source's order.

    Raises:
        RecordError: a field holds a value JSON cannot represent.

    Example:
        >>> dump_story(Story(id="a1", title="Floods"))
        b'{"id":"a1","title":"Floods"}'
    """
    options = _DUMP_OPTIONS | (orjson.OPT_INDENT_2 if indent else 0)
    try:
        return orjson.dumps(story_to_dict(story), option=options)
    except orjson.JSONEncodeError as exc:
        raise RecordError(
            f"story {story.id!r} cannot be written as JSON: {exc}",
            source=str(story.origin) if story.origin else None,
        ) from None


def write_jsonl(stories: Iterable[Story], fh: IO[bytes]) -> int:
    """Write one story per line; returns how many."""
    count = 0
    for story in stories:
        fh.write(dump_story(story) + b"\n")
        count += 1
    return count


def write_json(stories: Iterable[Story], fh: IO[bytes]) -> int:
    """Write a JSON list of stories, indented, one story at a time; returns how many."""
    count = 0
    for story in stories:
        fh.write(b"[\n  " if count == 0 else b",\n  ")
        fh.write(dump_story(story, indent=True).replace(b"\n", b"\n  "))
        count += 1
    fh.write(b"\n]\n" if count else b"[]\n")
    return count
