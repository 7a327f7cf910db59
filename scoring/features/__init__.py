"""Features of a story: source diversity, slant mix, embedded posts, attribution.

``extract_features(story, resolver)`` returns :class:`Features`; ``features_frame``
turns many stories into a DataFrame; ``FeatureTransformer`` (loaded on first use, as
it imports scikit-learn) does the same inside a scikit-learn Pipeline. Every feature
is defined in ``docs/features.md``; ``PLATFORMS`` (the platform table's names, from
:mod:`scoring.outlets.platforms`) orders the per-platform columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scoring.features.extract import extract_features, features_frame
from scoring.features.model import (
    FEATURE_NAMES,
    NAN_FEATURES,
    Attribution,
    CitedSource,
    Embed,
    Features,
)
from scoring.outlets.platforms import PLATFORMS

if TYPE_CHECKING:
    from scoring.features.transformer import FeatureTransformer

__all__ = [
    "FEATURE_NAMES",
    "NAN_FEATURES",
    "PLATFORMS",
    "Attribution",
    "CitedSource",
    "Embed",
    "FeatureTransformer",
    "Features",
    "extract_features",
    "features_frame",
]


def __getattr__(name: str) -> Any:
    if name == "FeatureTransformer":
        from scoring.features.transformer import FeatureTransformer

        return FeatureTransformer
    raise AttributeError(f"module 'scoring.features' has no attribute {name!r}")
