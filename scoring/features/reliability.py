"""Graded reliability of what a story rests on: its footing and its weakest source.

Both read :attr:`Outlet.reliability_score` (a label alone stands for its band's default,
see :mod:`scoring.outlets.model`). The footing is counted over *independent origins*, as
diversity counts them (:func:`~scoring.features.diversity.cite_sources`): each origin
takes the best score among its citations, so five copies of one weak story weigh as
one origin, and a wire carried by a local paper keeps the wire's score when the wire is
cited too. An outlet behind an embedded post that no citation names is a source of its
own, marked as embedded: it joins the origin of its owner group, or is one. Unknown and
unrated outlets carry no score; they count in ``unknown_outlet_share`` and
``unrated_reliability_share`` instead, and with no scored source at all both features
are NaN.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from scoring.features._facts import OutletFacts, facts_of, table_facts
from scoring.features.model import CitedSource
from scoring.outlets.model import Outlet
from scoring.outlets.table import OutletTable

__all__ = ["reliability_features"]


def reliability_features(
    sources: Sequence[CitedSource],
    embedded: Sequence[Outlet] = (),
    table: OutletTable | None = None,
) -> dict[str, float]:
    """``reliability_footing`` and ``reliability_min`` of a story's sources.

    Args:
        sources: the story's citations with their origins.
        embedded: outlets behind embedded posts that no citation names.
        table: the table the outlets come from, whose derived labels are cached;
            optional.

    Example:
        >>> from scoring.outlets.model import Resolution
        >>> from scoring.records import Citation
        >>> def cite(outlet, url):
        ...     r = Resolution(url, url, "", "", outlet, "resolved")
        ...     return CitedSource(Citation(name=outlet.name, url=url), r, outlet.id, outlet.independence_key, None)
        >>> ap = Outlet(id="ap", name="AP", domains=("apnews.com",), category="wire", reliability_score=0.96)
        >>> tabloid = Outlet(id="t", name="T", domains=("t.com",), category="tabloid", reliability="low")
        >>> f = reliability_features([cite(tabloid, "https://t.com/a"), cite(tabloid, "https://t.com/b"), cite(ap, "https://apnews.com/x")])
        >>> round(f["reliability_footing"], 2), f["reliability_min"]
        (0.58, 0.2)
    """
    known: Mapping[int, OutletFacts] = {} if table is None else table_facts(table)
    best: dict[str, float] = {}
    weakest = math.inf
    for source in sources:
        outlet = source.resolution.outlet
        if outlet is None:
            continue
        value = (known.get(id(outlet)) or facts_of(outlet, known)).reliability_value
        if value is None:
            continue
        origin = source.origin
        if value > best.get(origin, -1.0):
            best[origin] = value
        weakest = min(weakest, value)
    for outlet in embedded:
        facts = known.get(id(outlet)) or facts_of(outlet, known)
        value = facts.reliability_value
        if value is None:
            continue
        if value > best.get(facts.origin, -1.0):
            best[facts.origin] = value
        weakest = min(weakest, value)
    if not best:
        return {"reliability_footing": math.nan, "reliability_min": math.nan}
    return {
        "reliability_footing": math.fsum(best.values()) / len(best),
        "reliability_min": weakest,
    }
