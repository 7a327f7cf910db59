"""Slant, reliability, state affiliation, category and country mix of a story's sources.

These features are read over *source units*: one unit per citation, plus one unit per
distinct outlet behind an embedded post that no citation already names (an embedded
RT post makes RT a source of the story, marked as embedded rather than cited). Units
whose outlet is unknown count as ``unknown`` slant and ``unrated`` reliability.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Final

from scoring.features._facts import OutletFacts, facts_of, table_facts
from scoring.outlets.model import CATEGORIES, RELIABILITIES, SLANT_AXIS, SLANTS, Outlet
from scoring.outlets.table import OutletTable

__all__ = ["SLANT_SHARES", "mix_features", "slant_entropy"]

SLANT_SHARES: Final = (
    ("left", "slant_left_share"),
    ("lean-left", "slant_lean_left_share"),
    ("center", "slant_center_share"),
    ("lean-right", "slant_lean_right_share"),
    ("right", "slant_right_share"),
    ("none", "slant_none_share"),
)
_LOG_AXIS: Final = math.log(len(SLANT_AXIS))
_SLANT_NAMES: Final = (*(dict(SLANT_SHARES)[s] for s in SLANTS), "slant_unknown_share")
_RELIABILITY_NAMES: Final = (
    *(f"{r}_reliability_share" for r in RELIABILITIES),
    "unrated_reliability_share",
)
_CATEGORY_NAMES: Final = tuple(f"category_{c.replace('-', '_')}_share" for c in CATEGORIES)
_STATE_SLOT: Final = CATEGORIES.index("state-affiliated")


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
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    h = 0.0
    for count in counts.values():
        h -= (count / n) * math.log(count / n)
    return min(max(h, 0.0) / _LOG_AXIS, 1.0)


def mix_features(
    units: Sequence[Outlet | None],
    embedded: Sequence[Outlet] = (),
    table: OutletTable | None = None,
) -> dict[str, float]:
    """Slant, reliability, category and country features over source units.

    Args:
        units: the outlet of every source unit (None for an unknown outlet).
        embedded: the outlets behind embedded posts (for ``embedded_*`` features).
        table: the table the outlets come from, whose derived labels are cached;
            optional.

    Example:
        >>> rt = Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated",
        ...             slant="right", reliability="low", country="RU")
        >>> f = mix_features([None, rt], [rt])
        >>> f["state_media_share"], f["slant_unknown_share"], f["embedded_state_media"]
        (0.5, 0.5, 1.0)
    """
    known: Mapping[int, OutletFacts] = {} if table is None else table_facts(table)
    n = len(units)
    # Counts by slot: SLANTS then unrated, RELIABILITIES then unrated, CATEGORIES.
    slants = [0] * (len(SLANTS) + 1)
    reliabilities = [0] * (len(RELIABILITIES) + 1)
    categories = [0] * len(CATEGORIES)
    countries: set[str] = set()
    axis: list[int] = []
    for outlet in units:
        if outlet is None:
            slants[-1] += 1
            reliabilities[-1] += 1
            continue
        facts = known.get(id(outlet)) or facts_of(outlet, known)
        slants[facts.slant_slot] += 1
        reliabilities[facts.reliability_slot] += 1
        if facts.category_slot is not None:
            categories[facts.category_slot] += 1
        if facts.country:
            countries.add(facts.country)
        if facts.axis is not None:
            axis.append(facts.axis)
    scale = 1.0 / n if n else 0.0
    values: dict[str, float] = {"source_units": float(n)}
    # Plain loops: cheaper than building a list of shares to zip, for a dozen counts.
    for name, count in zip(_SLANT_NAMES, slants, strict=True):
        values[name] = count * scale
    _put_axis(values, axis)
    for name, count in zip(_RELIABILITY_NAMES, reliabilities, strict=True):
        values[name] = count * scale
    values["state_media_share"] = categories[_STATE_SLOT] * scale
    for name, count in zip(_CATEGORY_NAMES, categories, strict=True):
        values[name] = count * scale
    values["country_count"] = float(len(countries))
    _put_embedded(values, embedded)
    return values


def _put_axis(values: dict[str, float], axis: list[int]) -> None:
    """The features of the units' places on the slant axis, into ``values``."""
    if axis:
        low = min(axis)
        high = max(axis)
        values["slant_entropy"] = slant_entropy(axis)
        values["slant_spread"] = float(high - low)
        values["slant_mean"] = sum(axis) / len(axis)
        values["both_sides"] = float(low < 0 < high)
        values["one_sided"] = float((low < 0) != (high > 0))
    else:
        values["slant_entropy"] = 0.0
        values["slant_spread"] = 0.0
        values["slant_mean"] = math.nan
        values["both_sides"] = 0.0
        values["one_sided"] = 0.0


def _put_embedded(values: dict[str, float], embedded: Sequence[Outlet]) -> None:
    """The features of the outlets behind embedded posts, into ``values``."""
    if embedded:
        values["embedded_outlet_count"] = float(len({o.id for o in embedded}))
        values["embedded_state_media"] = float(
            any(o.category == "state-affiliated" for o in embedded)
        )
    else:
        # Most stories embed no outlet's post: skip building a set and a generator.
        values["embedded_outlet_count"] = 0.0
        values["embedded_state_media"] = 0.0
