"""Story records: the model, and reading and writing every input format.

Example:
    >>> from scoring.records import read_stories
    >>> [s.title for s in read_stories([{"id": "a1", "title": "Floods"}])]
    ['Floods']
"""

from scoring.records.errors import (
    MAX_RECORD_BYTES,
    RecordEncodingError,
    RecordSyntaxError,
    RecordTooLargeError,
    RecordValidationError,
    UnsafeRecordError,
)
from scoring.records.frontmatter import update_front_matter
from scoring.records.model import Citation, Origin, ParsedRecord, Story
from scoring.records.reader import RecordFiles, StoryReader, read_stories
from scoring.records.tabular import stories_frame
from scoring.records.writer import write_stories

__all__ = [
    "MAX_RECORD_BYTES",
    "Citation",
    "Origin",
    "ParsedRecord",
    "RecordEncodingError",
    "RecordFiles",
    "RecordSyntaxError",
    "RecordTooLargeError",
    "RecordValidationError",
    "Story",
    "StoryReader",
    "UnsafeRecordError",
    "read_stories",
    "stories_frame",
    "update_front_matter",
    "write_stories",
]
