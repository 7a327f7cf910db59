"""A small stand-in scorer for the batch machinery tests: fast, deterministic, picklable.

Its rule is simple enough to work out by hand for any story: the score is the number of
distinct citation names over four (at most 1), and the severity is ``normal`` from 0.5
up, ``elevated`` below. ``delay`` slows it down so a test can kill a run part-way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from scoring.records import Story


@dataclass(frozen=True)
class Result:
    diversity_score: float
    severity: str


@dataclass(frozen=True)
class StandIn:
    delay: float = 0.0
    fail_id: str | None = None

    def score(self, story: Story) -> Result:
        if self.delay:
            time.sleep(self.delay)
        if story.id == self.fail_id:
            raise ValueError("no outlet table row for this story")
        return Result(*expected(len({c.name for c in story.citations})))


def expected(distinct_names: int) -> tuple[float, str]:
    """The stand-in's result for a story citing this many distinct outlet names."""
    score = min(1.0, distinct_names / 4)
    return score, "normal" if score >= 0.5 else "elevated"
