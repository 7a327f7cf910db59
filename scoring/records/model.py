"""The story record: what ingestion produces and the engine fills.

A story carries an ``id``, a ``title``, ``citations`` and a ``body``; the engine fills
``diversity_score`` and ``severity`` and leaves every other field as it found it.
Unknown fields are kept (``extra="allow"``) so a record survives a round trip.

A story read from a source also remembers, privately, where it came from
(:attr:`Story.origin`), the order of its fields, and for Markdown the file's exact
text, so that writing it back changes nothing but what the engine filled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

__all__ = ["SCORE_FIELDS", "Citation", "Origin", "ParsedRecord", "Story"]

#: The two fields the engine fills; every other field belongs to the record's owner.
SCORE_FIELDS = ("diversity_score", "severity")


def _check_iso(value: str | None) -> str | None:
    if value is not None and value.strip():
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"{value!r} is not an ISO 8601 timestamp (e.g. 2025-09-12T12:00:56)"
            ) from None
    return value


def _parse_iso(value: str | None) -> datetime | None:
    if value is None or not value.strip():
        return None
    return datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a story was read from.

    Attributes:
        source: the file read (for a directory source, the file inside it), or
            ``<frame>`` for a DataFrame and ``<records>`` for an iterable of dicts.
        location: where in the source: ``line 12`` (JSON Lines), ``item 3`` (a JSON
            list), ``row 3`` (CSV, Parquet, DataFrame), ``index 2`` (dicts); None when the
            whole file is the record (Markdown, a single JSON object).
        relative_path: for a directory source, the file's path relative to the directory
            root, with ``/`` separators; None otherwise.

    Example:
        >>> str(Origin("stories.jsonl", "line 12"))
        'stories.jsonl, line 12'
    """

    source: str
    location: str | None = None
    relative_path: str | None = None

    def __str__(self) -> str:
        return ", ".join(p for p in (self.source, self.location) if p)


class _Provenance(NamedTuple):
    """What a story read from a source remembers of it.

    One private attribute, not several, since pydantic initialises each private
    attribute of every story. A named tuple, since one is made per story read and a
    frozen dataclass is slower to make.
    """

    origin: Origin | None
    key_order: tuple[str, ...] | None
    markdown: _MarkdownSource | None


@dataclass(frozen=True, slots=True)
class _MarkdownSource:
    """The exact text of a Markdown record and the field values parsed from it."""

    text: str
    fields: dict[str, Any]
    extra: dict[str, Any]
    scores: tuple[float | None, str | None]


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
        return _check_iso(value)

    @property
    def published(self) -> datetime | None:
        """``published_at`` parsed, naive or aware exactly as written; None if absent."""
        return _parse_iso(self.published_at)


class Story(BaseModel):
    """A story record.

    Fields the record does not set stay unset (see ``model_fields_set``), so writing a
    story never adds fields its source did not have.

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
    created_at: str | None = Field(
        default=None, description="Creation time as an ISO 8601 string, as given."
    )
    updated_at: str | None = Field(
        default=None, description="Last update as an ISO 8601 string, as given."
    )
    key_points: tuple[str, ...] = Field(default=(), description="Summary points, in order.")

    _provenance: _Provenance | None = PrivateAttr(default=None)

    @field_validator("created_at", "updated_at")
    @classmethod
    def _iso_timestamp(cls, value: str | None) -> str | None:
        return _check_iso(value)

    def with_scores(self, *, diversity_score: float, severity: str) -> Story:
        """Return a copy with the two engine-filled fields set; everything else is kept."""
        return self.model_copy(update={"diversity_score": diversity_score, "severity": severity})

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields the record carries beyond the known ones, in their original order."""
        return dict(self.__pydantic_extra__ or {})

    @property
    def origin(self) -> Origin | None:
        """Where the story was read from; None for a story built in code.

        Example:
            >>> Story(id="a").origin is None
            True
        """
        provenance = self._provenance
        return provenance.origin if provenance is not None else None

    @property
    def created(self) -> datetime | None:
        """``created_at`` parsed, naive or aware exactly as written; None if absent."""
        return _parse_iso(self.created_at)

    @property
    def updated(self) -> datetime | None:
        """``updated_at`` parsed, naive or aware exactly as written; None if absent."""
        return _parse_iso(self.updated_at)


class ParsedRecord(NamedTuple):
    """One record read on its own, as a batch that keeps each record's form reads it.

    Attributes:
        story: the record as a story.
        fields: its fields as the source holds them, in their order: what a batch hashes
            to tell whether the record changed, and patches scores into.
    """

    story: Story
    fields: dict[str, Any]


def _attach(
    story: Story,
    *,
    origin: Origin | None,
    key_order: tuple[str, ...] | None = None,
    markdown_text: str | None = None,
) -> Story:
    """Record where ``story`` came from (and its Markdown text) on its private state."""
    markdown = None
    if markdown_text is not None:
        fields = {k: v for k, v in story.__dict__.items() if k not in SCORE_FIELDS}
        markdown = _MarkdownSource(
            markdown_text,
            fields,
            dict(story.__pydantic_extra__ or {}),
            (story.diversity_score, story.severity),
        )
    private = story.__pydantic_private__
    assert private is not None  # pydantic sets it for every model with private attributes
    private["_provenance"] = _Provenance(origin, key_order, markdown)
    return story


def _markdown_source(story: Story) -> _MarkdownSource | None:
    """The Markdown text ``story`` was read from, if only its scores changed since."""
    provenance = story._provenance
    source = provenance.markdown if provenance is not None else None
    if source is None:
        return None
    fields = {k: v for k, v in story.__dict__.items() if k not in SCORE_FIELDS}
    if fields != source.fields or (story.__pydantic_extra__ or {}) != source.extra:
        return None
    return source


def _key_order(story: Story) -> tuple[str, ...] | None:
    provenance = story._provenance
    return provenance.key_order if provenance is not None else None
