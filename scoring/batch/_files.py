"""Paths that stay put: every file a run writes lies under its destination.

(Writing itself, all or nothing, is :mod:`scoring.records.files`.)
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

__all__ = ["safe_relative_path"]

_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")
_MAX_COMPONENT = 200


def _safe_component(part: str) -> str:
    cleaned = _UNSAFE_CHARS.sub("_", unicodedata.normalize("NFC", part)).strip()
    if cleaned in {"", ".", ".."}:
        cleaned = cleaned.replace(".", "_") or "_"
    return cleaned[:_MAX_COMPONENT]


def safe_relative_path(name: str) -> PurePosixPath:
    r"""A relative path built from ``name`` that cannot leave the folder it is joined to.

    ``..`` components, absolute roots, drive letters, backslashes and control characters
    are neutralised rather than followed.

    Example:
        >>> str(safe_relative_path("../../etc/passwd"))
        '__/__/etc/passwd'
        >>> str(safe_relative_path("/abs/x\n.md"))
        'abs/x_.md'
    """
    parts = [p for p in re.split(r"[/\\]+", name) if p]
    if not parts:
        return PurePosixPath("_")
    return PurePosixPath(*(_safe_component(p) for p in parts))
