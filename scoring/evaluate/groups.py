"""Groups of stories derived from their features, for breakdowns of the metrics.

Three groupings come from the feature frame: the slant mix of the sources, the dominant
outlet category, and whether the body embeds social posts. Any column of the label file
(a topic, a language, a labeler) may group stories too.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from scoring.evaluate.metrics import EvaluationError
from scoring.outlets.model import CATEGORIES

__all__ = ["FEATURE_GROUPS", "feature_groups"]

FEATURE_GROUPS: Final = ("slant_mix", "category", "embeds")
"""Groupings derived from features, in the order reports show them."""

_CATEGORY_COLUMNS: Final = tuple(f"category_{c.replace('-', '_')}_share" for c in CATEGORIES)


def feature_groups(features: pd.DataFrame) -> pd.DataFrame:
    """The three feature-derived groups of each story.

    - ``slant_mix``: ``one-sided`` when every positioned source sits on one side of
      centre; ``balanced`` when sources sit on both sides, or only at the centre;
      ``unknown`` when no source is on the slant axis.
    - ``category``: the category with the largest share of source units (the first
      in :data:`~scoring.outlets.model.CATEGORIES` order on a tie), ``unknown`` when no
      unit has a known outlet.
    - ``embeds``: ``embeds`` when the body embeds social posts, else ``no embeds``.

    Args:
        features: a frame as :func:`~scoring.features.features_frame` returns.

    Returns:
        One row per story, same index, the columns of :data:`FEATURE_GROUPS`.

    Example:
        >>> from scoring.features import features_frame
        >>> from scoring.outlets import OutletTable, Resolver
        >>> from scoring.records import Story
        >>> frame = features_frame([Story(id="a")], Resolver(OutletTable.from_outlets([])))
        >>> feature_groups(frame).loc["a"].tolist()
        ['unknown', 'unknown', 'no embeds']
    """
    missing = [c for c in ("one_sided", "slant_mean", "social_embed_count") if c not in features]
    if missing:
        raise EvaluationError(
            f"the frame lacks feature column(s) {missing}; pass the frame that "
            "scoring.features_frame returns"
        )
    one_sided = features["one_sided"].to_numpy() > 0
    positioned = features["slant_mean"].notna().to_numpy()
    slant_mix = np.where(one_sided, "one-sided", np.where(positioned, "balanced", "unknown"))
    shares = features.reindex(columns=list(_CATEGORY_COLUMNS), fill_value=0.0).to_numpy()
    if shares.shape[0]:
        top = shares.argmax(axis=1)
        known = shares.max(axis=1) > 0
    else:
        top = np.zeros(0, dtype=int)
        known = np.zeros(0, dtype=bool)
    category = np.where(known, np.asarray(CATEGORIES, dtype=object)[top], "unknown")
    embeds = np.where(features["social_embed_count"].to_numpy() > 0, "embeds", "no embeds")
    return pd.DataFrame(
        {"slant_mix": slant_mix, "category": category, "embeds": embeds},
        index=features.index,
        dtype=object,
    )
