"""YAML front matter: split it from the body, read it safely, patch scores in place.

A Markdown record is ``---``, YAML fields, ``---``, then the body. The front matter is
read in three steps:

1. A pass over the event stream refuses, before anything is built, what a record never
   needs and an attacker would use: aliases (the "billion laughs"), nesting deeper than
   :data:`MAX_DEPTH`, tags that build objects, several documents, and repeated keys.
2. Plain scalars are resolved by the YAML 1.2 core schema, not PyYAML's YAML 1.1 one:
   1.1 reads ``1:59:59`` as a base-60 number, built in time quadratic in its length (a
   few hundred kilobytes took seconds), and reads ``no``/``on`` as booleans, which
   surprises record owners. The C loader is kept; only its resolvers change.
3. Each top-level value is built on its own, so a value that cannot be built (an
   integer too long to convert, ``!!int abc``) is reported with its field and line.

:func:`update_front_matter` rewrites the two engine-filled values in the text itself,
so quoting, key order, comments, unknown keys, line endings and the body stay as the
record's owner wrote them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

import yaml

from scoring.errors import RecordError
from scoring.records.errors import RecordSyntaxError, UnsafeRecordError

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_VALUES",
    "FrontMatter",
    "dump_front_matter",
    "parse_front_matter",
    "split_front_matter",
    "update_front_matter",
]

#: Deepest nesting of mappings and lists accepted in front matter (citations need 3).
MAX_DEPTH = 32
#: Most values (keys, scalars, lists and mappings) accepted in front matter. PyYAML
#: builds a few microseconds' worth of Python objects per value, so this bounds the time
#: of any front matter to well under a second; a record with a thousand citations needs
#: under 10,000.
MAX_VALUES = 100_000

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_OPENING = re.compile(r"\A(\ufeff?)---[ \t]*(\r?\n)")
_CLOSING = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_YAML_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    [None, "!"]
    + [_YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")]
)


#: Most digits an integer may have: Python's own limit on converting decimal text, which
#: keeps conversion cheap and every value printable in messages.
MAX_INT_DIGITS = 4300
# 10**4300 needs 14,285 bits: an octal or hex integer beyond this is refused too.
_MAX_INT_BITS = 14_284

# The YAML 1.2 core schema (yaml.org/spec/1.2.2, 10.3.2), anchored at the end because the
# resolver calls ``match``. Each pattern is linear: at most one way to match any text.
_CORE_RESOLVERS: list[tuple[str, str, str]] = [
    ("null", r"(?:~|null|Null|NULL|)\Z", "~nN"),
    ("bool", r"(?:true|True|TRUE|false|False|FALSE)\Z", "tTfF"),
    ("int", r"[-+]?[0-9]+\Z", "-+0123456789"),
    ("int", r"0o[0-7]+\Z", "0"),
    ("int", r"0x[0-9a-fA-F]+\Z", "0"),
    ("float", r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z", "-+.0123456789"),
    ("float", r"[-+]?\.(?:inf|Inf|INF)\Z", "-+."),
    ("float", r"\.(?:nan|NaN|NAN)\Z", "."),
]
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader with YAML 1.2 core resolution; timestamps stay strings."""

    # Its own table, not a copy of YAML 1.1's: add_implicit_resolver fills it below.
    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_core_int(self, node: yaml.ScalarNode) -> int:
        """An integer in a YAML 1.2 form, refusing one too long to convert cheaply."""
        text = self.construct_scalar(node)
        digits = text.lstrip("+-")
        if len(digits) > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"an integer of {len(digits):,} digits; integers may have at most "
                f"{MAX_INT_DIGITS:,}: quote it to keep it as text",
                node.start_mark,
            )
        try:
            if digits.startswith("0o"):
                value = int(digits[2:], 8)
            elif digits.startswith("0x"):
                value = int(digits[2:], 16)
            else:
                value = int(digits, 10)
        except ValueError:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"{text[:40]!r} is not an integer; remove the !!int tag",
                node.start_mark,
            ) from None
        if value.bit_length() > _MAX_INT_BITS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"an integer of more than {MAX_INT_DIGITS:,} digits; quote it to keep it as text",
                node.start_mark,
            )
        return -value if text.startswith("-") else value

    def construct_core_float(self, node: yaml.ScalarNode) -> float:
        """A float in a YAML 1.2 form (``.inf``, ``-.inf``, ``.nan`` included)."""
        text = self.construct_scalar(node)
        special = text.lstrip("+-").lower()
        try:
            if special in (".inf", ".nan"):
                value = float(special[1:])
                return -value if text.startswith("-") else value
            return float(text)
        except ValueError:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"{text[:40]!r} is not a number; remove the !!float tag",
                node.start_mark,
            ) from None

    def construct_core_bool(self, node: yaml.ScalarNode) -> bool:
        """``true`` or ``false`` (any one case), as YAML 1.2 spells them."""
        text = self.construct_scalar(node)
        if text not in _BOOLS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"{text[:40]!r} is not true or false; remove the !!bool tag",
                node.start_mark,
            )
        return _BOOLS[text]


for _tag, _pattern, _first in _CORE_RESOLVERS:
    _Loader.add_implicit_resolver(
        _YAML_TAG + _tag, re.compile(_pattern), [*_first, ""] if _tag == "null" else list(_first)
    )
_Loader.add_constructor(_YAML_TAG + "int", _Loader.construct_core_int)
_Loader.add_constructor(_YAML_TAG + "float", _Loader.construct_core_float)
_Loader.add_constructor(_YAML_TAG + "bool", _Loader.construct_core_bool)
_Loader.add_constructor(_YAML_TAG + "timestamp", _Loader.construct_yaml_str)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """The safe dumper; tuples (as the model holds lists) are written as lists.

    Text is quoted when either YAML 1.1 or the 1.2 core schema would read it as
    something else (``yes``, ``1e5``, ``0o17``), so every reader gets text back.
    """

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {
        first: list(resolvers) for first, resolvers in _BaseDumper.yaml_implicit_resolvers.items()
    }


for _tag, _pattern, _first in _CORE_RESOLVERS:
    _Dumper.add_implicit_resolver(_YAML_TAG + _tag, re.compile(_pattern), list(_first))
_Dumper.add_representer(tuple, _Dumper.represent_list)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A Markdown record split into its parts; offsets index the full text.

    Attributes:
        yaml_start: where the YAML text begins (after the opening ``---`` line).
        yaml_end: where the closing ``---`` line begins.
        body_start: where the body begins (after the closing line and one blank line).
        newline: the line ending of the opening line, used for lines added to the YAML.
    """

    text: str
    yaml_start: int
    yaml_end: int
    body_start: int
    newline: str

    @property
    def yaml(self) -> str:
        """The YAML text between the delimiter lines."""
        return self.text[self.yaml_start : self.yaml_end]

    @property
    def body(self) -> str:
        """The body, exactly as written (without the blank line that separates it)."""
        return self.text[self.body_start :]


def split_front_matter(text: str) -> FrontMatter:
    r"""Split a Markdown record into front matter and body.

    The body starts after the closing ``---`` line and one blank line, if there is one;
    a ``---`` line inside the body is body text.

    Raises:
        RecordSyntaxError: the text does not start with a ``---`` line, or the front
            matter is never closed.

    Example:
        >>> fm = split_front_matter("---\nid: a1\n---\n\nBody.\n---\nMore.\n")
        >>> fm.yaml, fm.body
        ('id: a1\n', 'Body.\n---\nMore.\n')
    """
    opening = _OPENING.match(text)
    if opening is None:
        raise RecordSyntaxError(
            "no front matter: a record must start with a line '---', then YAML fields "
            "(id, title, citations, ...), then a line '---', then the body"
        )
    yaml_start = opening.end()
    closing = _CLOSING.search(text, yaml_start)
    if closing is None:
        raise RecordSyntaxError(
            "front matter is not closed: add a line '---' after the YAML fields"
        )
    body_start = closing.end()
    if text.startswith("\r\n", body_start):
        body_start += 2
    elif text.startswith("\n", body_start):
        body_start += 1
    return FrontMatter(text, yaml_start, closing.start(), body_start, opening.group(2))


@dataclass(frozen=True, slots=True)
class _Span:
    """A top-level value in the YAML text: its offsets, style and parsed form."""

    start: int
    end: int
    style: str
    is_scalar: bool
    key_end: int


def _pos(mark: Any) -> tuple[int, int]:
    """The line and character index of a mark (the parser sets both on every event)."""
    return (mark.line, mark.index) if mark is not None else (0, 0)


def _line_of(yaml_text_line: int) -> str:
    # The YAML starts on the file's second line, after the opening '---'.
    return f"line {yaml_text_line + 2}"


def _at(event: Any) -> str:
    """Where an event starts, as a line of the file."""
    return _line_of(_pos(event.start_mark)[0])


class _Scan:
    """The state of one scan over a front matter's events (see :func:`_scan`)."""

    def __init__(self, wanted: frozenset[str]) -> None:
        self.wanted = wanted
        self.spans: dict[str, _Span] = {}
        self.seen_keys: set[str] = set()
        self.depth = 0
        self.values = 0
        self.documents = 0
        self.expect_key = False
        self.current_key: tuple[str, int] | None = None

    def event(self, event: Any) -> None:
        """Check one event; note the span of a wanted top-level value."""
        if isinstance(event, yaml.AliasEvent) or not isinstance(event, yaml.NodeEvent):
            self._structure(event)
            return
        # Inline rather than a method: this runs for every value of every record read.
        self.values += 1
        if self.values > MAX_VALUES:
            raise UnsafeRecordError(
                f"front matter holds more than {MAX_VALUES:,} values (keys, items and "
                f"scalars) at {_at(event)}; a record needs far fewer: keep bulk data in the "
                "body or in a file of its own"
            )
        tag = getattr(event, "tag", None)
        if tag not in _ALLOWED_TAGS:
            raise UnsafeRecordError(
                f"front matter uses the YAML tag {tag!r} at {_at(event)}; only plain values, "
                "lists and mappings are allowed: remove the tag"
            )
        if self.depth == 1:
            self._top_level(event)
        elif isinstance(event, yaml.CollectionStartEvent):
            self._collection_start(event)
        elif self.depth == 0:
            raise RecordSyntaxError(
                "front matter must be a mapping of field names to values "
                "(id: ..., title: ...), not a single value"
            )

    def _top_level(self, event: Any) -> None:
        """A key of the front matter's mapping, or the start of its value."""
        if self.expect_key:
            self._key(event)
            return
        if self.current_key is not None and self.current_key[0] in self.wanted:
            self.spans[self.current_key[0]] = _Span(
                _pos(event.start_mark)[1],
                _pos(event.end_mark)[1],
                getattr(event, "style", None) or "",
                isinstance(event, yaml.ScalarEvent),
                self.current_key[1],
            )
        if isinstance(event, yaml.CollectionStartEvent):
            self._collection_start(event)
        else:
            self.expect_key = True

    def _structure(self, event: Any) -> None:
        """An event without a value of its own: an alias, a document start, a collection end."""
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeRecordError(
                f"front matter uses a YAML alias (*{event.anchor}) at {_at(event)}; aliases "
                "are not allowed: write the value out in full"
            )
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise RecordSyntaxError(
                    f"front matter holds a second YAML document at {_at(event)}; remove the "
                    "'...' marker"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            self.depth -= 1
            if self.depth == 1:
                self.expect_key = True

    def _key(self, event: Any) -> None:
        if not isinstance(event, yaml.ScalarEvent):
            raise RecordSyntaxError(
                f"front matter has a key that is not a name at {_at(event)}; keys must be "
                "plain words"
            )
        if event.value in self.seen_keys:
            raise RecordSyntaxError(
                f"front matter sets {event.value!r} twice (again at {_at(event)}); keep one"
            )
        self.seen_keys.add(event.value)
        self.current_key = (event.value, _pos(event.end_mark)[1])
        self.expect_key = False

    def _collection_start(self, event: Any) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise UnsafeRecordError(
                f"front matter nests deeper than {MAX_DEPTH} levels at {_at(event)}; flatten it"
            )
        if self.depth == 1:
            if not isinstance(event, yaml.MappingStartEvent):
                raise RecordSyntaxError(
                    "front matter must be a mapping of field names to values "
                    "(id: ..., title: ...), not a list"
                )
            self.expect_key = True


def _yaml_error(exc: yaml.YAMLError, yaml_text: str) -> RecordError:
    """The record's error for what the YAML parser refused, with its line."""
    if isinstance(exc, yaml.reader.ReaderError):
        line = yaml_text.count("\n", 0, exc.position)
        return RecordSyntaxError(
            f"front matter contains the character U+{exc.character:04X} at {_line_of(line)}, "
            "which YAML does not allow; remove it"
        )
    if not isinstance(exc, yaml.MarkedYAMLError):
        return RecordSyntaxError(
            f"front matter is not valid YAML: {exc}; check quoting and indentation"
        )
    mark = exc.problem_mark or exc.context_mark
    if exc.problem and "nesting depth" in exc.problem:
        return UnsafeRecordError(
            f"front matter nests deeper than the YAML parser allows at "
            f"{_line_of(mark.line if mark else 0)}; flatten it"
        )
    where = f" at {_line_of(mark.line)}" if mark is not None else ""
    problem = exc.problem or exc.context or "unreadable"
    return RecordSyntaxError(
        f"front matter is not valid YAML{where}: {problem}; check quoting and indentation"
    )


def _scan(yaml_text: str, wanted: Iterable[str] = ()) -> dict[str, _Span]:
    """Check the event stream for what a record never needs; return spans of ``wanted``.

    Nothing is built here, so a hostile document is refused after reading at most as
    far as its first offending event (at most :data:`MAX_VALUES` of them).
    """
    scan = _Scan(frozenset(wanted))
    step = scan.event
    try:
        for event in yaml.parse(yaml_text, Loader=_Loader):
            step(event)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, yaml_text) from None
    if not scan.seen_keys:
        raise RecordSyntaxError("front matter is empty: it needs at least an id")
    return scan.spans


def parse_front_matter(yaml_text: str) -> dict[str, Any]:
    r"""Read front-matter YAML safely into a mapping of field names to values.

    Timestamps stay strings, exactly as written.

    Raises:
        RecordSyntaxError: not valid YAML, empty, not a mapping, or a key set twice.
        UnsafeRecordError: aliases, object-building tags, or nesting deeper than
            :data:`MAX_DEPTH`.

    Example:
        >>> parse_front_matter("id: a1\nupdated_at: 2025-09-12T18:22:22\n")
        {'id': 'a1', 'updated_at': '2025-09-12T18:22:22'}
    """
    _scan(yaml_text)
    loader = _Loader(yaml_text)
    try:
        root = loader.get_single_node()
        data: dict[str, Any] = {}
        for key_node, value_node in root.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise RecordSyntaxError(
                    f"front matter key {key!r} is not a name; quote it or rename it"
                )
            try:
                data[key] = loader.construct_object(value_node, deep=True)
            except yaml.MarkedYAMLError as exc:  # the scan passed: a value it cannot build
                mark = exc.problem_mark or value_node.start_mark
                raise RecordSyntaxError(
                    f"at {_line_of(mark.line)}: {exc.problem or 'cannot be read'}", field=key
                ) from None
    finally:
        loader.dispose()
    return data


def dump_front_matter(data: dict[str, Any]) -> str:
    """Write fields as block YAML in the given order, as the ingestion pipeline does."""
    return yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )


def _yaml_float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    # YAML 1.1 (PyYAML) reads '1e-05' as a string: a float needs a '.' before the 'e'.
    if "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


def _yaml_str(value: str, style: str) -> str:
    # Line breaks fold in single quotes and plain scalars; escape them in double quotes.
    if style not in ("'", '"') or any(c in value for c in "\n\r\x85\u2028\u2029"):
        style = '"' if style == '"' or any(c in value for c in "\n\r\x85\u2028\u2029") else ""
    dumped: str = yaml.dump(
        value,
        Dumper=_Dumper,
        default_style=style or None,
        allow_unicode=True,
        width=2**30,
    )
    if dumped.endswith("\n...\n"):
        dumped = dumped[: -len("\n...\n")]
    return dumped.rstrip("\n")


def _format_scalar(value: float | str | None, style: str) -> str:
    """``value`` as a YAML scalar that reads back equal, in ``style`` where it can be."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return _yaml_str(value, style)
    text = _yaml_float(float(value))
    return f"{style}{text}{style}" if style in ("'", '"') else text


def _scalar(text: str) -> Any:
    """A scalar the scan has vetted, read alone; one that cannot be built reads as None."""
    if not text:
        return None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:  # e.g. an integer too long: it differs from any score
        return None


def _same(existing: Any, new: float | str | None) -> bool:
    if existing is None or new is None:
        return existing is None and new is None
    if isinstance(new, str):
        return isinstance(existing, str) and existing == new
    if isinstance(existing, bool):
        return False
    try:
        return float(existing) == float(new)
    except (TypeError, ValueError):
        return False


def update_front_matter(text: str, *, diversity_score: float | None, severity: str | None) -> str:
    r"""Set ``diversity_score`` and ``severity`` in a Markdown record's text, in place.

    Only values that differ are rewritten, each in its own quoting style; a field the
    front matter lacks is appended as its last line (``None`` for an absent field adds
    nothing). Every other byte (key order, comments, unknown keys, line endings, the
    body) is kept. Floats are written in their shortest round-trip form.

    Raises:
        RecordSyntaxError: the text has no readable front matter, or a field to patch
            holds a list or mapping.
        UnsafeRecordError: the front matter is refused for safety (see module notes).

    Example:
        >>> text = "---\nid: a1\nseverity: 'normal'  # tier\ndiversity_score: 0.0\n---\nBody\n"
        >>> print(update_front_matter(text, diversity_score=0.75, severity="high"), end="")
        ---
        id: a1
        severity: 'high'  # tier
        diversity_score: 0.75
        ---
        Body
    """
    parts = split_front_matter(text)
    yaml_text = parts.yaml
    spans = _scan(yaml_text, ("diversity_score", "severity"))
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    indent = _indent_of(yaml_text)
    for key, new in (("severity", severity), ("diversity_score", diversity_score)):
        span = spans.get(key)
        if span is None:
            if new is not None:
                appended.append(f"{indent}{key}: {_format_scalar(new, '')}{parts.newline}")
            continue
        edit = _edit(parts, yaml_text, key, span, new)
        if edit is not None:
            edits.append(edit)
    if appended and _is_flow_mapping(parts.yaml):
        raise RecordSyntaxError(
            "front matter is a flow mapping ({...}); write it as one 'key: value' per line "
            "so fields can be added"
        )
    out = text
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
    if appended:
        at = parts.yaml_end + (len(out) - len(text))
        out = out[:at] + "".join(appended) + out[at:]
    return out


def _edit(
    parts: FrontMatter, yaml_text: str, key: str, span: _Span, new: float | str | None
) -> tuple[int, int, str] | None:
    """The replacement of one field's value, as (start, end, text); None if unchanged."""
    if not span.is_scalar:
        raise RecordSyntaxError(
            f"{key} holds a list or mapping; set it to a single value", field=key
        )
    old = yaml_text[span.start : span.end]
    if _same(_scalar(old), new):
        return None
    start = parts.yaml_start + span.start
    end = parts.yaml_start + span.end
    if span.style in ("|", ">"):
        # A block scalar's span runs to the next key; keep its trailing line breaks.
        tail = old[len(old.rstrip("\r\n")) :]
        replacement = _format_scalar(new, "") + tail
    else:
        replacement = _format_scalar(new, span.style)
    if start == end:  # an empty value ('severity:') sits right after the colon
        replacement = " " + replacement
    return start, end, replacement


def _indent_of(yaml_text: str) -> str:
    for line in yaml_text.splitlines():
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            return line[: len(line) - len(stripped)]
    return ""


def _is_flow_mapping(yaml_text: str) -> bool:
    for line in yaml_text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped.startswith("{")
    return False
