"""The kinds of :class:`~scoring.errors.RecordError` a reader or writer raises.

Each is a :class:`~scoring.errors.RecordError` (and so a ``ValueError``), so callers that
do not care about the kind catch ``RecordError``; a batch that reports failures by kind
can tell them apart.
"""

from __future__ import annotations

from scoring.errors import RecordError

__all__ = [
    "RecordEncodingError",
    "RecordSyntaxError",
    "RecordTooLargeError",
    "RecordValidationError",
    "UnsafeRecordError",
]


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
