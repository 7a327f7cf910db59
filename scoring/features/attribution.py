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

    __slots__ = ("firsts", "lasts", "lengths", "max_words", "names", "sizes")

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
        # Word counts of the names ending in a word (stripped as the scan strips it):
        # a run of words before "reported" is looked up only at those lengths.
        lengths: dict[str, set[int]] = {}
        for key in names:
            words = key.split()
            lengths.setdefault(words[-1].strip(_STRIP), set()).add(len(words))
        self.lengths: Mapping[str, frozenset[int]] = MappingProxyType(
            {word: frozenset(counts) for word, counts in lengths.items()}
        )
        # The runs worth reading: a name's length, or one more for a leading article;
        # longest first.
        self.sizes: Mapping[str, tuple[int, ...]] = MappingProxyType(
            {
                word: tuple(sorted({n for c in counts for n in (c, c + 1)}, reverse=True))
                for word, counts in lengths.items()
            }
        )


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
    found: list[tuple[int, Attribution]] = []
    find = body.find
    startswith = body.startswith
    size = len(body)
    # One str.find pass per stem: on a long body, far cheaper than a regex alternation,
    # which the regex engine tries at every position.
    for stem, forms in _STEMS:
        step = len(stem)
        pos = find(stem)
        while pos >= 0:
            before = body[pos - 1] if pos else " "
            if not (before.isalnum() or before == "_"):
                for word in forms:
                    end = pos + len(word)
                    if startswith(word, pos) and (
                        end >= size or not (body[end].isalnum() or body[end] == "_")
                    ):
                        hit = _resolve(body, pos, word, end, index)
                        if hit is not None:
                            found.append((pos, hit))
                        break
            pos = find(stem, pos + step)
    if len(found) > 1:
        found.sort(key=lambda item: item[0])
    return tuple(a for _, a in found)


def _resolve(body: str, start: int, word: str, end: int, index: _NameIndex) -> Attribution | None:
    phrase = word
    if word in _BY_FORMS and body.startswith(" by", end) and _word_ends(body, end + 3):
        phrase, end = f"{word} by", end + 3
    if phrase in _NAME_BEFORE:
        found = _name_before(body, start, index)
    else:
        found = _name_after(body, end, index)
    if found is None:
        return None
    outlet, name, at = found
    return Attribution(outlet.id, name, phrase, at)


def _word_ends(text: str, pos: int) -> bool:
    return pos >= len(text) or not (text[pos].isalnum() or text[pos] == "_")


def _name_before(body: str, end: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    low = max(0, end - _REACH)
    window = body[low:end]
    # The last word alone first: most phrases follow a word that ends no name.
    last = window.rsplit(None, 1)
    if not last:
        return None
    word = last[-1].strip(_STRIP)
    sizes = index.sizes.get(word)
    if sizes is None:
        return None
    lengths = index.lengths[word]
    words = window.rsplit(None, index.max_words)[-index.max_words :]
    count = len(words)
    for size in sizes:
        # A run matches only a name of as many words, the article aside.
        if size > count:
            continue
        article = words[-size] in ("the", "The")
        if size - article not in lengths:
            continue
        candidate = words[-size + 1 :] if article else words[-size:]
        if not candidate or candidate[0].strip(_STRIP) not in index.firsts:
            continue
        name = " ".join(candidate).strip(_STRIP)
        outlet = index.names.get(name)
        if outlet is not None:
            return outlet, name, low + window.rfind(name)
    return None


def _name_after(body: str, start: int, index: _NameIndex) -> tuple[Outlet, str, int] | None:
    window = body[start : start + _REACH]
    words = _drop_article(window.split(None, index.max_words + 1)[: index.max_words + 1])
    if not words:
        return None
    first = words[0].strip(_STRIP)
    if (
        first not in index.firsts
        and first.removesuffix("\u2019s").removesuffix("'s") not in index.firsts
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
