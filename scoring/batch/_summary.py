"""What a rescoring run did: counts, rate, severity distribution, score histogram."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BINS", "RecordFailure", "RescoreSummary"]

#: Bins of the score histogram: [0, 0.1), [0.1, 0.2), ... [0.9, 1.0].
BINS = 10


@dataclass(frozen=True, slots=True)
class RecordFailure:
    """One record that could not be rescored: where it is and why.

    Example:
        >>> RecordFailure("stories.jsonl", "line 3", "field 'id': must not be empty").to_dict()
        {'source': 'stories.jsonl', 'position': 'line 3', 'reason': "field 'id': must not be empty"}
    """

    source: str
    position: str | None
    reason: str

    def to_dict(self) -> dict[str, str | None]:
        """The line written to the errors file."""
        return {"source": self.source, "position": self.position, "reason": self.reason}

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.source, self.position) if p)
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class RescoreSummary:
    """The outcome of :func:`~scoring.batch.rescore`.

    Attributes:
        scored: stories scored in this run.
        unchanged: stories whose result came from the manifest (``changed_only``):
            same content, config and outlet table as when last scored.
        changed_tier: stories whose ``severity`` now differs from the one the record held.
        failed: records that could not be read or scored (copied through unchanged).
        seconds: wall time of the run.
        severities: stories per severity, after the run.
        histogram: stories per tenth of ``diversity_score`` (see :data:`BINS`).
        provenance: ``config_hash`` and ``outlet_table_version`` of the scorer.
        failures: the first failures (all are in the errors file).
        ignored: files of a source directory that are not records rescoring reads.
        notices: what a person should know about the files passed over, one line each
            (as ``score`` says it: Markdown files without front matter...).
        stopped: the run stopped early at the ``max_errors`` bound.
        not_written: stories scored (or found unchanged) in a JSON Lines or Parquet file
            that a stopped run did not write; not in the counts above.

    Example:
        >>> s = RescoreSummary(scored=3, failed=1, seconds=2.0)
        >>> s.total, s.rate
        (4, 2.0)
    """

    scored: int = 0
    unchanged: int = 0
    changed_tier: int = 0
    failed: int = 0
    seconds: float = 0.0
    severities: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * BINS)
    provenance: dict[str, str] = field(default_factory=dict)
    failures: list[RecordFailure] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    stopped: bool = False
    not_written: int = 0

    @property
    def total(self) -> int:
        """Records met: scored, unchanged and failed."""
        return self.scored + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        """Records per second over the whole run."""
        return self.total / self.seconds if self.seconds > 0 else 0.0

    def add_score(self, diversity_score: float, severity: str, previous: Any) -> None:
        """Count one story's result."""
        self.severities[severity] += 1
        self.histogram[min(BINS - 1, max(0, int(diversity_score * BINS)))] += 1
        if previous != severity:
            self.changed_tier += 1

    def merge(self, part: RescoreSummary) -> None:
        """Add the stories counted in ``part`` (one output file's) to these counts.

        Example:
            >>> whole, part = RescoreSummary(scored=1), RescoreSummary(scored=2, unchanged=1)
            >>> whole.merge(part); (whole.scored, whole.unchanged)
            (3, 1)
        """
        self.scored += part.scored
        self.unchanged += part.unchanged
        self.changed_tier += part.changed_tier
        self.severities.update(part.severities)
        self.histogram = [a + b for a, b in zip(self.histogram, part.histogram, strict=True)]

    def to_dict(self) -> dict[str, Any]:
        """Plain data, e.g. for a JSON report."""
        return {
            "scored": self.scored,
            "unchanged": self.unchanged,
            "changed_tier": self.changed_tier,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "rate": round(self.rate, 1),
            "severities": dict(sorted(self.severities.items())),
            "histogram": list(self.histogram),
            "provenance": dict(self.provenance),
            "stopped": self.stopped,
            "not_written": self.not_written,
        }

    def report(self) -> str:
        """A few lines for a person: counts, rate, severities and a score histogram.

        Example:
            >>> s = RescoreSummary(scored=2, seconds=1.0, severities=Counter(normal=2))
            >>> print(s.report().splitlines()[0])
            2 stories in 1.0 s (2 stories/s): 2 scored, 0 unchanged, 0 changed tier, 0 failed
        """
        lines = [
            f"{self.total:,} stories in {self.seconds:.1f} s ({self.rate:,.0f} stories/s): "
            f"{self.scored:,} scored, {self.unchanged:,} unchanged, "
            f"{self.changed_tier:,} changed tier, {self.failed:,} failed"
        ]
        if self.not_written:
            lines.append(
                f"{self.not_written:,} more stories were scored but not written: the run "
                "stopped before their file was complete"
            )
        if self.severities:
            counts = ", ".join(f"{k} {v:,}" for k, v in sorted(self.severities.items()))
            lines.append(f"severity: {counts}")
        peak = max(self.histogram)
        if peak:
            lines.append("diversity_score:")
            for i, count in enumerate(self.histogram):
                bar = "#" * max(1 if count else 0, round(40 * count / peak))
                upper = "]" if i == BINS - 1 else ")"
                lines.append(f"  [{i / BINS:.1f}, {(i + 1) / BINS:.1f}{upper} {count:>9,} {bar}")
        if self.provenance:
            lines.append(
                "config "
                + ", outlet table ".join(
                    (
                        self.provenance.get("config_hash", "?"),
                        self.provenance.get("outlet_table_version", "?"),
                    )
                )
            )
        return "\n".join(lines)
