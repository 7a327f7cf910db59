"""Nightly rescoring: streaming, parallel, incremental and crash-safe, locally or on Dask.

Example:
    >>> from scoring.batch import rescore, RescoreSummary
    >>> RescoreSummary().total
    0
"""

from scoring.batch._dask import rescore_dask_frame
from scoring.batch._rescore import RescoreStoppedError, default_workers, rescore
from scoring.batch._scorer import BatchScorer, Fingerprint
from scoring.batch._summary import RecordFailure, RescoreSummary

__all__ = [
    "BatchScorer",
    "Fingerprint",
    "RecordFailure",
    "RescoreStoppedError",
    "RescoreSummary",
    "default_workers",
    "rescore",
    "rescore_dask_frame",
]
