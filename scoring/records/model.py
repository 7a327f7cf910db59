"""The story record: what ingestion produces and the engine fills.

A story carries an ``id``, a ``title``, ``citations`` and a ``body``; the engine fills
``diversity_score`` and ``severity`` and leaves every other field as it found it.
Unknown fields are kept (``extra="allow"``) so a record survives a round trip.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Citation", "Story"]


class Citation(BaseModel):
    """One cited source of a story.

    ``published_at`` is kept as the string the record holds (often a naive ISO 8601
    timestamp); :attr:`published` parses it without inventing a time zone.

    Example:
        >>> c = Citation(name="Reuters", url="https://www.reuters.com/world/x", published_at="2025-09-12T12:00:56")
        >>> c.published.hour
        12
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    name: str = Field(min_length=1, description="Outlet name as the record gives it.")
    url: str = Field(min_length=1, description="URL of the cited article.")
    published_at: str | None = Field(
        default=None, description="Publication time as an ISO 8601 string, as given."
    )

    @field_validator("name", "url")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("published_at")
    @classmethod
    def _iso_timestamp(cls, value: str | None) -> str | None:
        if value is not None and value.strip():
            try:
                datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(
                    f"{value!r} is not an ISO 8601 timestamp (e.g. 2025-09-12T12:00:56)"
                ) from None
        return value

    @property
    def published(self) -> datetime | None:
        """``published_at`` parsed, naive or aware exactly as written; None if absent."""
        if self.published_at is None or not self.published_at.strip():
            return None
        return datetime.fromisoformat(self.published_at)


class Story(BaseModel):
    """A story record.

    Example:
        >>> s = Story(id="a1", title="T", citations=[Citation(name="AP", url="https://apnews.com/x")])
        >>> s.with_scores(diversity_score=0.4, severity="elevated").severity
        'elevated'
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(min_length=1, description="Stable identifier of the story.")
    title: str = Field(default="", description="Headline.")
    citations: tuple[Citation, ...] = Field(default=(), description="Cited sources, in order.")
    body: str = Field(default="", description="Article body, exactly as given.")
    diversity_score: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Filled by the engine: 0 to 1."
    )
    severity: str | None = Field(default=None, description="Filled by the engine: a tier name.")

    def with_scores(self, *, diversity_score: float, severity: str) -> Story:
        """Return a copy with the two engine-filled fields set; everything else is kept."""
        return self.model_copy(update={"diversity_score": diversity_score, "severity": severity})

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields the record carries beyond the known ones, in their original order."""
        return dict(self.__pydantic_extra__ or {})
