"""Outlets named as sources in the body: "Reuters reported", "according to the AP".

The scan anchors on a closed list of attribution phrases, then reads the words right
before (``X reported``) or right after (``according to X``) and looks the longest run
up among the outlet names and aliases of the table, case-sensitively, with a leading
"The"/"the" optional. The name index is built once per table and cached.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from scoring.features.model import Attribution
from scoring.outlets.model import Outlet
from scoring.outlets.table import OutletTable

__all__ = ["attribution_features", "find_attributions"]

_NAME_BEFORE: Final = ("reported", "reports", "said", "says", "quoted", "wrote", "cited")
_NAME_AFTER: Final = ("according to", "told", "via", "reported by", "quoted by", "cited by")
_PHRASE = re.compile(
    r"\b("
    + "|".join(re.escape(p) for p in sorted((*_NAME_AFTER, *_NAME_BEFORE), key=len, reverse=True))
    + r")\b"
)
_REACH: Final = 120
_STRIP = " \t\n,;:.!?\"\u201c\u201d\u2018\u2019'()[]\u2014\u2013-"


class _NameIndex:
    """Outlet names and aliases exactly as written, with and without a leading "The"."""

    __slots__ = ("max_words", "names")

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        names: dict[str, Outlet] = {}
        for outlet in outlets:
            for name in (outlet.name, *outlet.aliases):
                words = name.split()
                if not words:
                    continue
                names.setdefault(" ".join(words), outlet)
                if words[0] in ("The", "the") and len(words) > 1:
                    names.setdefault(" ".join(words[1:]), outlet)
        self.names: Mapping[str, Outlet] = MappingProxyType(names)
        self.max_words = max((len(k.split()) for k in names), default=0)


@functools.lru_cache(maxsize=16)
def _index(table: OutletTable) -> _NameIndex:
    # Tables are immutable and hash by identity, so the cache is safe across threads.
    return _NameIndex(table)


def _drop_article(words: list[str]) -> list[str]:
    return words[1:] if words and words[0] in ("the", "The") else words


def find_attributions(body: str, table: OutletTable) -> tuple[Attribution, ...]:
    """Find outlets of ``table`` named as sources in ``body``.

    Example:
        >>> from scoring.outlets.model import Outlet
        >>> t = OutletTable.from_outlets([Outlet(id="reuters", name="Reuters", domains=("reuters.com",), category="wire")])
        >>> [(a.outlet_id, a.phrase) for a in find_attributions("Reuters reported: talks ended.", t)]
        [('reuters', 'reported')]
    """
    if not body:
        return ()
    index = _index(table)
    if not index.max_words:
        return ()
    out: list[Attribution] = []
    for match in _PHRASE.finditer(body):
        phrase = match.group(1)
        if phrase in _NAME_BEFORE:
            found = _name_before(body, match.start(), index)
        else:
            found = _name_after(body, match.end(), index)
        if found is not None:
            outlet, name, start = found
            out.append(Attribution(outlet.id, name, phrase, start))
    return tuple(out)


def _name_before(body: str, end: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    window = body[max(0, end - _REACH) : end]
    words = window.split()[-index.max_words :]
    for size in range(len(words), 0, -1):
        candidate = _drop_article(words[-size:])
        if not candidate:
            continue
        name = " ".join(candidate).strip(_STRIP)
        outlet = index.names.get(name)
        if outlet is not None:
            return outlet, name, max(0, end - _REACH) + window.rfind(name)
    return None


def _name_after(body: str, start: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    window = body[start : start + _REACH]
    words = _drop_article(window.split()[: index.max_words + 1])
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).strip(_STRIP)
        if name.endswith(("\u2019s", "'s")):
            name = name[:-2]
        outlet = index.names.get(name)
        if outlet is not None:
            return outlet, name, start + window.find(name)
    return None


def attribution_features(
    attributions: Iterable[Attribution], cited_outlet_ids: Iterable[str]
) -> dict[str, float]:
    """Distinct attributed outlets, and those among them that no citation names.

    Example:
        >>> a = [Attribution("reuters", "Reuters", "reported", 0), Attribution("belta", "Belta", "quoted", 9)]
        >>> attribution_features(a, ["reuters"])
        {'attributed_sources': 2.0, 'attributed_uncited_sources': 1.0}
    """
    attributed = {a.outlet_id for a in attributions}
    cited = set(cited_outlet_ids)
    return {
        "attributed_sources": float(len(attributed)),
        "attributed_uncited_sources": float(len(attributed - cited)),
    }
