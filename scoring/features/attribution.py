"""Outlets named as sources in the body: "Reuters reported", "according to the AP".

The scan anchors on a closed list of attribution phrases, then reads the words right
before (``X reported``) or right after (``according to X``) and looks the longest run
up among the outlet names and aliases of the table, case-sensitively, with a leading
"The"/"the" optional. The name index is built once per table and cached.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from scoring.features.model import Attribution
from scoring.outlets.model import Outlet
from scoring.outlets.table import OutletTable

__all__ = ["attribution_features", "find_attributions"]

_NAME_BEFORE: Final = ("reported", "reports", "said", "says", "quoted", "wrote", "cited")
_NAME_AFTER: Final = ("according to", "told", "via", "reported by", "quoted by", "cited by")
# Phrases are found with str.find, which outruns a regex alternation several times
# over; "reported by" is "reported" followed by " by".
_BY_FORMS: Final = frozenset({"reported", "quoted", "cited"})
# One scan per stem: "report" finds both "reported" and "reports".
_STEMS: Final = (
    ("report", ("reported", "reports")),
    ("said", ("said",)),
    ("says", ("says",)),
    ("quoted", ("quoted",)),
    ("wrote", ("wrote",)),
    ("cited", ("cited",)),
    ("according to", ("according to",)),
    ("told", ("told",)),
    ("via", ("via",)),
)
_REACH: Final = 120
_STRIP = " \t\n,;:.!?\"\u201c\u201d\u2018\u2019'()[]\u2014\u2013-"


class _NameIndex:
    """Outlet names and aliases exactly as written, with and without a leading "The"."""

    __slots__ = ("firsts", "lasts", "max_words", "names")

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
        # First and last words of every name: most phrases ("it said") are refused on
        # one set lookup.
        self.firsts = frozenset(k.split()[0] for k in names)
        self.lasts = frozenset(k.split()[-1] for k in names)


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
    hits: list[tuple[int, str, int]] = []
    for stem, forms in _STEMS:
        for start, word in _occurrences(body, stem, forms):
            end = start + len(word)
            phrase = word
            if word in _BY_FORMS and body.startswith(" by", end) and _word_ends(body, end + 3):
                phrase, end = f"{word} by", end + 3
            hits.append((start, phrase, end))
    out: list[Attribution] = []
    for start, phrase, end in sorted(hits):
        if phrase in _NAME_BEFORE:
            found = _name_before(body, start, index)
        else:
            found = _name_after(body, end, index)
        if found is not None:
            outlet, name, at = found
            out.append(Attribution(outlet.id, name, phrase, at))
    return tuple(out)


def _word_ends(text: str, pos: int) -> bool:
    return pos >= len(text) or not (text[pos].isalnum() or text[pos] == "_")


def _occurrences(text: str, stem: str, forms: tuple[str, ...]) -> list[tuple[int, str]]:
    """Start offsets of the whole words ``forms`` (all starting with ``stem``) in ``text``."""
    found = []
    pos = text.find(stem)
    while pos >= 0:
        if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
            for word in forms:
                if text.startswith(word, pos) and _word_ends(text, pos + len(word)):
                    found.append((pos, word))
                    break
        pos = text.find(stem, pos + len(stem))
    return found


def _name_before(body: str, end: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    window = body[max(0, end - _REACH) : end]
    words = window.rsplit(None, index.max_words)[-index.max_words :]
    if not words or words[-1].strip(_STRIP) not in index.lasts:
        return None
    for size in range(len(words), 0, -1):
        candidate = _drop_article(words[-size:])
        if not candidate or candidate[0].strip(_STRIP) not in index.firsts:
            continue
        name = " ".join(candidate).strip(_STRIP)
        outlet = index.names.get(name)
        if outlet is not None:
            return outlet, name, max(0, end - _REACH) + window.rfind(name)
    return None


def _name_after(body: str, start: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    window = body[start : start + _REACH]
    words = _drop_article(window.split(None, index.max_words + 1)[: index.max_words + 1])
    if not words or (
        words[0].strip(_STRIP) not in index.firsts
        and words[0].strip(_STRIP).removesuffix("\u2019s").removesuffix("'s") not in index.firsts
    ):
        return None
    for size in range(len(words), 0, -1):
        last = words[size - 1].strip(_STRIP)
        if (
            last not in index.lasts
            and last.removesuffix("\u2019s").removesuffix("'s") not in index.lasts
        ):
            continue
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
