r"""JSON and JSON Lines records.

JSON Lines holds one story object per line, the body under ``body``; it is read line by
line, never whole. A JSON file holds one story object or a list of them and is read
whole, so it must fit in ``max_record_bytes`` (use JSON Lines for large collections).
Both are written with every field the story carries, in its source's order.

An object that sets a key twice is refused, as in YAML front matter. orjson keeps the
last value without a word, so each parsed record is checked cheaply for a repeated key:

1. A long line in orjson's own compact form (what the engine and most pipelines write),
   body last, is that dump byte for byte around the body, and a dump never repeats a key.
2. Otherwise each key adds one ``:`` outside strings, so text with as many colons as the
   dump of what it parsed to repeats no key (unless a colon hides as ``\u003a``).
3. Only text that fails both is parsed again with ``json`` to find the key and where.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import IO, Any

import orjson

from scoring.errors import RecordError
from scoring.records._convert import build_record, story_from_mapping, story_to_dict
from scoring.records.errors import (
    MAX_RECORD_BYTES,
    RecordEncodingError,
    RecordSyntaxError,
    RecordValidationError,
    too_large_error,
)
from scoring.records.model import Origin, ParsedRecord, Story

__all__ = [
    "dump_story",
    "parse_line",
    "patch_line",
    "read_json",
    "read_jsonl",
    "write_json",
    "write_jsonl",
]

_DRAIN = 1 << 20
#: What to do about a number where text belongs, in JSON's words.
JSON_TEXT_HINT = 'write it as a JSON string, in double quotes ("12345")'
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


def _not_a_mapping_error(value: Any, origin: Origin, what: str) -> RecordValidationError:
    """The error for a JSON value that is not an object where a story must be."""
    return RecordValidationError(
        f"{what} must be a JSON object with the story's fields, got {json_kind(value)}",
        source=origin.source,
        location=origin.location,
    )


def _bad_json_error(line: bytes, exc: orjson.JSONDecodeError, origin: Origin) -> RecordError:
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


class _Repeated(dict[str, Any]):
    """A JSON object that sets :attr:`key` twice (the first key repeated)."""

    key = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    repeated = _Repeated(data)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            repeated.key = key
            break
        seen.add(key)
    return repeated


def _repeated_field(value: Any, path: str = "") -> str | None:
    """The field path (``citations[0].url``) of the first key set twice in ``value``."""
    if isinstance(value, _Repeated):
        return f"{path}.{value.key}" if path else value.key
    if isinstance(value, dict):
        for key, item in value.items():
            found = _repeated_field(item, f"{path}.{key}" if path else key)
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _repeated_field(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def _surely_no_repeated_key(raw: bytes, data: Any) -> bool:
    """True when ``raw``, which parsed to ``data``, certainly sets no key twice."""
    if type(data) is dict and _compact_around_body(raw, data):
        return True
    dumped = orjson.dumps(data)
    return b"\\u003" not in raw and raw.count(b":") == dumped.count(b":")


_BODY_MIN = 512
_EMPTY_BODY_LAST = b'"body":""}'


def _compact_around_body(raw: bytes, data: dict[str, Any]) -> bool:
    """True when ``raw`` is orjson's compact form of ``data`` with the body last.

    Dumping the body, often most of the line, costs more than the rest of the check (it
    must be encoded to UTF-8 again); so the story is dumped with an empty body, and the
    line must be that dump byte for byte around a body text that holds no ``"`` and does
    not end in a backslash. The line then has the structure, and so the keys, of a dump,
    which never repeats one.
    """
    body = data.get("body")
    if type(body) is not str or len(body) < _BODY_MIN:
        return False
    data["body"] = ""  # in place, not on a copy: this runs once per line read
    try:
        dumped = orjson.dumps(data)
    finally:
        data["body"] = body
    if not dumped.endswith(_EMPTY_BODY_LAST):
        return False
    start = len(dumped) - 2  # just after the body's opening quote
    end = len(raw) - (2 if raw.endswith(b"\r\n") else 1 if raw.endswith(b"\n") else 0)
    stop = end - 2  # where the body's closing quote must be
    return (
        start <= stop
        and raw.startswith(b'"}', stop, end)
        and raw.startswith(dumped[:start])
        and raw.find(b'"', start, stop) < 0
        # A final backslash would escape the closing quote and move the string's end.
        and raw[stop - 1 : stop] != b"\\"
    )


def _repeated_key_error(field: str, origin: Origin) -> RecordSyntaxError:
    return RecordSyntaxError(
        "is set twice in one JSON object; keep one (JSON readers disagree on which wins)",
        source=origin.source,
        location=origin.location,
        field=field,
    )


def _exact(raw: bytes) -> Any:
    """``raw`` parsed again, with objects that repeat a key marked."""
    return json.loads(raw, object_pairs_hook=_pairs)


def read_jsonl(
    fh: IO[bytes], source: str, relative_path: str | None, max_record_bytes: int
) -> Iterator[Story | RecordError]:
    r"""Stories (or the error of each bad line) from JSON Lines, one line at a time.

    Blank lines are allowed and skipped; a line longer than ``max_record_bytes`` is
    skipped without being held in memory.

    Example:
        >>> import io
        >>> lines = io.BytesIO(b'{"id": "a1", "title": "Floods"}\n\n{"id": ""}\n')
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
            yield _line_too_long(max_record_bytes, Origin(source, f"line {number}"))
            continue
        origin = Origin(source, f"line {number}", relative_path)
        item = build_record(origin, _line_story, line, origin, loads)
        if item is not None:
            yield item


def _line_too_long(limit: int, origin: Origin) -> RecordError:
    return too_large_error(
        "the line is longer", limit, origin, hint="split the record or raise max_record_bytes"
    )


def parse_line(
    line: bytes, origin: Origin, max_record_bytes: int = MAX_RECORD_BYTES
) -> ParsedRecord | RecordError | None:
    r"""One JSON Lines line as its story and fields, or its error; None for a blank line.

    The checks are those of :func:`read_jsonl`, for a line already read (with or
    without its line ending).

    Example:
        >>> parse_line(b'{"id": "a1", "x": 1}\n', Origin("s.jsonl")).fields
        {'id': 'a1', 'x': 1}
        >>> print(parse_line(b'{"id": "a1", "id": "b2"}', Origin("s.jsonl", "line 4")))
        s.jsonl, line 4: field 'id': is set twice in one JSON object; keep one (JSON readers disagree on which wins)
    """
    if len(line) > max_record_bytes and len(line.rstrip(b"\r\n")) > max_record_bytes:
        return _line_too_long(max_record_bytes, origin)
    return build_record(origin, _line_record, line, origin, orjson.loads)


def patch_line(fields: dict[str, Any], *, diversity_score: float, severity: str) -> bytes:
    r"""A JSON Lines line of ``fields`` with the two scores set; every other key kept.

    ``fields`` is changed in place: the scores replace those it holds, or come last.

    Example:
        >>> patch_line({"id": "a1", "severity": "normal"}, diversity_score=0.5, severity="high")
        b'{"id":"a1","severity":"high","diversity_score":0.5}\n'
    """
    fields["diversity_score"] = diversity_score
    fields["severity"] = severity
    return orjson.dumps(fields, option=_DUMP_OPTIONS) + b"\n"


def _line_record(line: bytes, origin: Origin, loads: Callable[[bytes], Any]) -> ParsedRecord | None:
    """The story and fields of one JSON Lines line; None for a blank line."""
    data = _line_fields(line, origin, loads)
    if data is None:
        return None
    return ParsedRecord(story_from_mapping(data, origin, text_hint=JSON_TEXT_HINT), data)


def _line_story(line: bytes, origin: Origin, loads: Callable[[bytes], Any]) -> Story | None:
    """The story of one JSON Lines line; None for a blank line."""
    data = _line_fields(line, origin, loads)
    if data is None:
        return None
    return story_from_mapping(data, origin, text_hint=JSON_TEXT_HINT)


def _line_fields(
    line: bytes, origin: Origin, loads: Callable[[bytes], Any]
) -> dict[str, Any] | None:
    """The object of one JSON Lines line, checked to be one story's; None if blank."""
    try:
        data = loads(line)
    except orjson.JSONDecodeError as exc:
        if not line.strip():
            return None
        raise _bad_json_error(line, exc, origin) from None
    if type(data) is not dict:
        raise _not_a_mapping_error(data, origin, "each line")
    if not _surely_no_repeated_key(line, data):
        field = _repeated_field(_exact(line))
        if field is not None:
            raise _repeated_key_error(field, origin)
    return data


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
    exact: Any = None if _surely_no_repeated_key(raw, data) else _exact(raw)
    if isinstance(data, dict):
        items: list[Any] = [data]
        exact_items: list[Any] = [exact]
        located = False
    elif isinstance(data, list):
        items = data
        exact_items = exact if exact is not None else [None] * len(items)
        located = True
    else:
        yield RecordValidationError(
            f"a JSON file must hold a story object or a list of them, got {json_kind(data)}",
            source=source,
        )
        return
    for number, (item, exact_item) in enumerate(zip(items, exact_items, strict=True), start=1):
        origin = Origin(source, f"item {number}" if located else None, relative_path)
        yield build_record(origin, _item_story, item, exact_item, origin)


def _item_story(item: Any, exact: Any, origin: Origin) -> Story:
    if type(item) is not dict:
        raise _not_a_mapping_error(item, origin, "each item")
    field = _repeated_field(exact)
    if field is not None:
        raise _repeated_key_error(field, origin)
    return story_from_mapping(item, origin, text_hint=JSON_TEXT_HINT)


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
