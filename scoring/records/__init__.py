"""Story records: the model, and reading and writing every input format."""

from scoring.records.model import Citation, Story

__all__ = ["Citation", "Story"]
