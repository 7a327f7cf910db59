"""A scikit-learn transformer: stories in, the feature matrix out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.base import BaseEstimator, TransformerMixin

from scoring.errors import ScoringError
from scoring.features.extract import extract_features
from scoring.features.model import FEATURE_NAMES
from scoring.outlets import default_resolver
from scoring.outlets.resolver import Resolver
from scoring.records.model import Story

__all__ = ["FeatureTransformer"]

UNKNOWN_FEATURE = "unknown feature name(s) {names}; choose from scoring.features.FEATURE_NAMES"
NOT_A_STORY = "input {index} is a {type}, not a Story; read records with scoring.read_stories"


class FeatureTransformer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turns stories into a float matrix, one column per feature name.

    Stateless apart from the column selection, so ``fit`` only validates the
    parameters; it drops into a ``Pipeline`` or ``GridSearchCV`` in front of any model.

    Args:
        resolver: resolves citation URLs; the bundled table's default when None.
        features: names to output, in order; every name of ``FEATURE_NAMES`` when None.
        nan_value: value put in place of NaN (the features of ``NAN_FEATURES``);
            NaN is kept when None.

    Example:
        >>> from scoring.outlets import OutletTable, Resolver
        >>> t = FeatureTransformer(resolver=Resolver(OutletTable.from_outlets([])),
        ...                        features=["citation_count"])
        >>> t.fit_transform([Story(id="a")]).tolist(), list(t.get_feature_names_out())
        ([[0.0]], ['citation_count'])
    """

    def __init__(
        self,
        resolver: Resolver | None = None,
        features: Sequence[str] | None = None,
        nan_value: float | None = 0.0,
    ) -> None:
        self.resolver = resolver
        self.features = features
        self.nan_value = nan_value

    def __sklearn_clone__(self) -> FeatureTransformer:
        # A resolver is immutable and thread-safe: clones share it instead of deep-copying
        # its tables, as scikit-learn's default clone would.
        features = None if self.features is None else tuple(self.features)
        return type(self)(resolver=self.resolver, features=features, nan_value=self.nan_value)

    def fit(self, stories: Iterable[Story], y: Any = None) -> FeatureTransformer:
        """Validate the parameters and fix the output columns."""
        names = tuple(FEATURE_NAMES if self.features is None else self.features)
        unknown = [n for n in names if n not in FEATURE_NAMES]
        if unknown:
            raise ScoringError(UNKNOWN_FEATURE.format(names=", ".join(map(repr, unknown))))
        self.feature_names_out_ = names
        self.resolver_ = self.resolver if self.resolver is not None else default_resolver()
        self.n_features_out_ = len(names)
        return self

    def transform(self, stories: Iterable[Story]) -> npt.NDArray[np.float64]:
        """The feature matrix: one row per story, columns as ``get_feature_names_out()``."""
        names = self.feature_names_out_
        rows: list[list[float]] = []
        for i, story in enumerate(stories):
            if not isinstance(story, Story):
                raise ScoringError(NOT_A_STORY.format(index=i, type=type(story).__name__))
            values = extract_features(story, self.resolver_).values
            rows.append([values[n] for n in names])
        matrix = np.array(rows, dtype=np.float64).reshape(len(rows), len(names))
        if self.nan_value is not None:
            matrix = np.nan_to_num(matrix, nan=self.nan_value)
        return matrix

    def get_feature_names_out(self, input_features: Any = None) -> npt.NDArray[np.object_]:
        """The output column names."""
        return np.asarray(self.feature_names_out_, dtype=object)
