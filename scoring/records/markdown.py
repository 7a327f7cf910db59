"""Markdown records: YAML front matter, then the body.

A story read from Markdown keeps the file's exact text. Writing it back gives the same
bytes; writing it with new scores patches only those two values
(:func:`~scoring.records.frontmatter.update_front_matter`). A story from any other
source is written fresh: ``---``, its fields as block YAML in their source's order,
``---``, a blank line, the body.
"""

from __future__ import annotations

import re

from scoring.errors import RecordError
from scoring.records._convert import build_record, story_from_mapping, story_to_dict
from scoring.records.errors import (
    MAX_RECORD_BYTES,
    RecordEncodingError,
    RecordValidationError,
    too_large_error,
)
from scoring.records.frontmatter import (
    dump_front_matter,
    parse_front_matter,
    split_front_matter,
    update_front_matter,
)
from scoring.records.model import Origin, ParsedRecord, Story, _markdown_source

__all__ = [
    "parse_markdown",
    "parse_markdown_file",
    "patch_markdown",
    "read_markdown_bytes",
    "render_markdown",
]

#: What to do about a number where text belongs, in YAML's words.
YAML_TEXT_HINT = "quote it"
_CLOSING_BYTES = re.compile(rb"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def _located(exc: RecordError, origin: Origin) -> RecordError:
    """The same error, naming the record it came from."""
    return type(exc)(
        exc.reason,
        source=origin.source,
        location=exc.location or origin.location,
        field=exc.field,
    )


def parse_markdown(text: str, origin: Origin) -> Story:
    r"""Read one Markdown record from its text.

    Raises:
        RecordError: no or malformed front matter, unsafe YAML, or an invalid field;
            the message names ``origin`` and the field.

    Example:
        >>> s = parse_markdown("---\nid: a1\ntitle: Floods\n---\n\nRain.\n", Origin("a1.md"))
        >>> s.title, s.body
        ('Floods', 'Rain.\n')
    """
    try:
        parts = split_front_matter(text)
        data = parse_front_matter(parts.yaml)
    except RecordError as exc:
        raise _located(exc, origin) from None
    if "body" in data:
        raise RecordValidationError(
            "the front matter must not set 'body': the body is the text after the "
            "closing '---'; rename the field",
            source=origin.source,
            location=origin.location,
            field="body",
        )
    data["body"] = parts.body
    return story_from_mapping(data, origin, markdown_text=text, text_hint=YAML_TEXT_HINT)


def read_markdown_bytes(raw: bytes, origin: Origin, max_record_bytes: int) -> Story:
    """Read one Markdown record from the bytes of its file.

    Raises:
        RecordTooLargeError: ``raw`` is longer than ``max_record_bytes``.
        RecordEncodingError: ``raw`` is not UTF-8; the message gives the line.
        RecordError: see :func:`parse_markdown`.
    """
    if len(raw) > max_record_bytes:
        raise too_large_error("the record is larger", max_record_bytes, origin)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        closing = _CLOSING_BYTES.search(raw, 4) if raw.startswith(b"---") else None
        in_body = closing is not None and exc.start >= closing.end()
        raise RecordEncodingError(
            f"byte 0x{raw[exc.start]:02x} at line {line} is not UTF-8; re-save the file as UTF-8",
            source=origin.source,
            location=origin.location,
            field="body" if in_body else None,
        ) from None
    return parse_markdown(text, origin)


def parse_markdown_file(
    raw: bytes, origin: Origin, max_record_bytes: int = MAX_RECORD_BYTES
) -> ParsedRecord | RecordError:
    r"""One Markdown file's bytes as its story and fields, or its error.

    The checks are those of :func:`read_markdown_bytes`; the fields are the front
    matter's, then ``body``.

    Example:
        >>> parse_markdown_file(b"---\nid: a1\n---\nRain.\n", Origin("a1.md")).fields
        {'id': 'a1', 'body': 'Rain.\n'}
        >>> print(parse_markdown_file(b"---\nid: a1\n", Origin("a1.md")))  # doctest: +ELLIPSIS
        a1.md: front matter is not closed...
    """
    return build_record(origin, _markdown_record, raw, origin, max_record_bytes)


def _markdown_record(raw: bytes, origin: Origin, max_record_bytes: int) -> ParsedRecord:
    story = read_markdown_bytes(raw, origin, max_record_bytes)
    return ParsedRecord(story, story_to_dict(story))


def patch_markdown(story: Story, *, diversity_score: float, severity: str) -> str | None:
    r"""The text ``story`` was read from, with the two scores set; None if it holds them.

    Only the two values change (see :func:`update_front_matter`); every other byte stays.

    Raises:
        RecordError: ``story`` was not read from Markdown, or was changed since.

    Example:
        >>> s = parse_markdown("---\nid: a1\nseverity: normal\n---\n", Origin("a1.md"))
        >>> print(patch_markdown(s, diversity_score=0.5, severity="high"), end="")
        ---
        id: a1
        severity: high
        diversity_score: 0.5
        ---
        >>> done = parse_markdown("---\nseverity: high\ndiversity_score: 0.5\nid: a1\n---\n", Origin("a1.md"))
        >>> patch_markdown(done, diversity_score=0.5, severity="high") is None
        True
    """
    source = _markdown_source(story)
    if source is None:
        raise RecordError(
            f"story {story.id!r} holds no Markdown text to patch: it was not read from "
            "Markdown, or was changed since",
            source=str(story.origin) if story.origin else None,
        )
    patched = update_front_matter(source.text, diversity_score=diversity_score, severity=severity)
    return None if patched == source.text else patched


def render_markdown(story: Story) -> str:
    r"""The Markdown text of ``story``: its source text (scores patched) or a fresh one.

    Example:
        >>> from scoring.records.model import Citation
        >>> s = Story(id="a1", title="Floods", citations=[Citation(name="AP", url="https://apnews.com/x")], body="Rain.\n")
        >>> print(render_markdown(s), end="")
        ---
        id: a1
        title: Floods
        citations:
        - name: AP
          url: https://apnews.com/x
        ---
        <BLANKLINE>
        Rain.
    """
    source = _markdown_source(story)
    if source is not None:
        if (story.diversity_score, story.severity) == source.scores:
            return source.text
        return update_front_matter(
            source.text, diversity_score=story.diversity_score, severity=story.severity
        )
    data = story_to_dict(story)
    body = data.pop("body", "")
    head = "---\n" + dump_front_matter(data) + "---\n"
    return head + "\n" + body if body else head
