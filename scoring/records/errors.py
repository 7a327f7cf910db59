"""The kinds of :class:`~scoring.errors.RecordError` a reader or writer raises.

Each is a :class:`~scoring.errors.RecordError` (and so a ``ValueError``), so callers that
do not care about the kind catch ``RecordError``; a batch that reports failures by kind
can tell them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from scoring.errors import RecordError

if TYPE_CHECKING:
    from scoring.records.model import Origin

__all__ = [
    "MAX_RECORD_BYTES",
    "RecordEncodingError",
    "RecordSyntaxError",
    "RecordTooLargeError",
    "RecordValidationError",
    "UnsafeRecordError",
    "in_command_line_words",
    "too_large_error",
    "unexpected_error",
]

#: The largest record a reader accepts by default, in bytes (a Markdown or JSON file, a
#: JSON Lines line, a CSV or Parquet row): room for any real story, while one hostile
#: record cannot exhaust memory.
MAX_RECORD_BYTES = 10_000_000
_DETAIL = 200


class RecordSyntaxError(RecordError):
    """The source cannot be parsed: bad JSON, CSV, Parquet or YAML, or no front matter."""


class RecordValidationError(RecordError):
    """The record parsed, but a field is missing or holds a value of the wrong kind."""


class RecordEncodingError(RecordError):
    """The bytes are not UTF-8."""


class RecordTooLargeError(RecordError):
    """The record is larger than the reader's ``max_record_bytes``."""


class UnsafeRecordError(RecordError):
    """Refused for safety: YAML aliases, object-building tags, or nesting too deep."""


def too_large_error(
    what: str,
    limit: int,
    origin: Origin | None = None,
    *,
    hint: str = "split it or raise max_record_bytes",
) -> RecordTooLargeError:
    """The error of a record over ``limit`` bytes; ``what`` says what was too large.

    Example:
        >>> print(too_large_error("the row is larger", 1000))
        the row is larger than the limit of 1,000 bytes; split it or raise max_record_bytes
    """
    return RecordTooLargeError(
        f"{what} than the limit of {limit:,} bytes; {hint}",
        source=origin.source if origin is not None else None,
        location=origin.location if origin is not None else None,
    )


_UNEXPECTED = {
    "read": "cannot be read",
    "score": "the scorer failed on this story",
    "process": "could not be processed",
}


def unexpected_error(
    exc: Exception,
    origin: Origin | None = None,
    *,
    stage: Literal["read", "score", "process"] = "read",
) -> RecordError:
    """A failure no check foresaw (a library's limit, a bug), as the error of its record.

    One record's failure, whatever it is, must cost that record and not the run; the
    message names the exception's type, and ``stage`` says what failed: the reader (then
    the message asks for a report: a reader means to catch every bad record itself), the
    scorer, or a later step of a batch.

    Example:
        >>> print(unexpected_error(ValueError("no outlet table row"), stage="process"))
        could not be processed (ValueError: no outlet table row)
    """
    detail = str(exc) or "no detail"
    if len(detail) > _DETAIL:
        detail = detail[: _DETAIL - 3] + "..."
    reason = f"{_UNEXPECTED[stage]} ({type(exc).__name__}: {detail})"
    if stage == "read":
        reason += "; the reader does not expect this: please report it with the record"
    return RecordError(
        reason,
        source=origin.source if origin is not None else None,
        location=origin.location if origin is not None else None,
    )


# The readers' messages name their settings as Python does; the command line has flags.
_COMMAND_LINE_WORDS = (
    ("raise max_record_bytes", "raise --max-record-bytes"),
    ("max_record_bytes must be", "--max-record-bytes must be"),
    ("pass format= (one of", "pass --from (one of"),
    ("pass format= naming", "pass --from naming"),
    ("format must be one of", "--from must be one of"),
)


def in_command_line_words(message: str) -> str:
    """``message`` with each setting named by its command-line flag.

    Example:
        >>> in_command_line_words("s.md: the record is larger than 1,000 bytes; split it or raise max_record_bytes")
        's.md: the record is larger than 1,000 bytes; split it or raise --max-record-bytes'
    """
    for python, flag in _COMMAND_LINE_WORDS:
        message = message.replace(python, flag)
    return message
