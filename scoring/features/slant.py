"""Slant, reliability, state affiliation, category and country mix of a story's sources.

These features are read over *source units*: one unit per citation, plus one unit per
distinct outlet behind an embedded post that no citation already names (an embedded
RT post makes RT a source of the story, marked as embedded rather than cited). Units
whose outlet is unknown count as ``unknown`` slant and ``unrated`` reliability.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Final

from scoring.outlets.model import CATEGORIES, SLANT_AXIS, Outlet

__all__ = ["SLANT_SHARES", "mix_features", "slant_entropy"]

SLANT_SHARES: Final = (
    ("left", "slant_left_share"),
    ("lean-left", "slant_lean_left_share"),
    ("center", "slant_center_share"),
    ("lean-right", "slant_lean_right_share"),
    ("right", "slant_right_share"),
    ("none", "slant_none_share"),
)
_AXIS_SIZE: Final = len(SLANT_AXIS)
_CATEGORY_NAMES: Final = tuple((c, f"category_{c.replace('-', '_')}_share") for c in CATEGORIES)


def slant_entropy(values: Sequence[int]) -> float:
    """Shannon entropy of axis positions (-2..2), divided by ``ln 5``: 0..1.

    Example:
        >>> slant_entropy([-2, -1, 0, 1, 2])
        1.0
        >>> slant_entropy([2, 2])
        0.0
    """
    n = len(values)
    if n < 2:
        return 0.0
    h = 0.0 - sum((c / n) * math.log(c / n) for c in Counter(values).values())
    return min(max(h, 0.0) / math.log(_AXIS_SIZE), 1.0)


def mix_features(
    units: Sequence[Outlet | None], embedded: Sequence[Outlet] = ()
) -> dict[str, float]:
    """Slant, reliability, category and country features over source units.

    Args:
        units: the outlet of every source unit (None for an unknown outlet).
        embedded: the outlets behind embedded posts (for ``embedded_*`` features).

    Example:
        >>> rt = Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated",
        ...             slant="right", reliability="low", country="RU")
        >>> f = mix_features([None, rt], [rt])
        >>> f["state_media_share"], f["slant_unknown_share"], f["embedded_state_media"]
        (0.5, 0.5, 1.0)
    """
    n = len(units)
    slants: dict[str | None, int] = {}
    reliabilities: dict[str | None, int] = {}
    categories: dict[str, int] = {}
    countries: set[str] = set()
    axis: list[int] = []
    for outlet in units:
        if outlet is None:
            slants[None] = slants.get(None, 0) + 1
            reliabilities[None] = reliabilities.get(None, 0) + 1
            continue
        slant = outlet.slant
        slants[slant] = slants.get(slant, 0) + 1
        reliabilities[outlet.reliability] = reliabilities.get(outlet.reliability, 0) + 1
        categories[outlet.category] = categories.get(outlet.category, 0) + 1
        if outlet.country:
            countries.add(outlet.country)
        if slant is not None and slant in SLANT_AXIS:
            axis.append(SLANT_AXIS[slant])
    scale = 1.0 / n if n else 0.0
    values: dict[str, float] = {"source_units": float(n)}
    rated = 0
    for label, name in SLANT_SHARES:
        count = slants.get(label, 0)
        rated += count
        values[name] = count * scale
    values["slant_unknown_share"] = (n - rated) * scale
    has_left = has_right = False
    for value in axis:
        if value < 0:
            has_left = True
        elif value > 0:
            has_right = True
    values["slant_entropy"] = slant_entropy(axis)
    values["slant_spread"] = float(max(axis) - min(axis)) if axis else 0.0
    values["slant_mean"] = sum(axis) / len(axis) if axis else math.nan
    values["both_sides"] = float(has_left and has_right)
    values["one_sided"] = float(has_left != has_right)
    high = reliabilities.get("high", 0)
    mixed = reliabilities.get("mixed", 0)
    low = reliabilities.get("low", 0)
    values["high_reliability_share"] = high * scale
    values["mixed_reliability_share"] = mixed * scale
    values["low_reliability_share"] = low * scale
    values["unrated_reliability_share"] = (n - high - mixed - low) * scale
    values["state_media_share"] = categories.get("state-affiliated", 0) * scale
    for category, name in _CATEGORY_NAMES:
        values[name] = categories.get(category, 0) * scale
    values["country_count"] = float(len(countries))
    values["embedded_outlet_count"] = float(len({o.id for o in embedded}))
    values["embedded_state_media"] = float(any(o.category == "state-affiliated" for o in embedded))
    return values
