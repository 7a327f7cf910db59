"""Wire services: which wire a citation belongs to or copies, and which wires a body credits.

A body credits a wire by a dateline (``MINSK (AP) —``, ``LONDON (Reuters) -``), a byline
(``By ASSOCIATED PRESS``) or a credit line closing the body (``— Reuters``). The body
*is a wire dispatch* when exactly one wire is credited and a credit opens the body (its
dateline or byline) or closes it (its credit line). "Reuters reported" in running text is
an attribution, not a credit.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from scoring.outlets.model import Outlet

__all__ = [
    "DISPATCH_HEAD",
    "WIRES",
    "BodyCredits",
    "body_credits",
    "name_wire",
    "path_wire",
    "wire_of_outlet",
]

WIRES: Final[dict[str, tuple[str, ...]]] = {
    "AP": ("AP", "Associated Press", "The Associated Press", "ASSOCIATED PRESS"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "PA": ("PA Media", "Press Association"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua",),
    "TASS": ("TASS",),
}
"""Wire services, by canonical name, with the names they are credited by."""

DISPATCH_HEAD: Final = 200
"""A dateline or byline starting within this many characters of the body's first
non-blank character opens the body."""

_WIRE_BY_NAME: Final = {alias: wire for wire, aliases in WIRES.items() for alias in aliases}
_CREDIT_ALT = "|".join(re.escape(a) for a in sorted(_WIRE_BY_NAME, key=len, reverse=True))
# Each credit pattern opens on one literal character, which the regex engine finds in C
# far faster than it tries a character class at every position.
_DATELINE = re.compile(rf"\(({_CREDIT_ALT})\)[ \u00a0]{{0,2}}[\u2014\u2013-]")
# Bylines are capitalised ("By", "BY"); the lower-case "by" is too common a word to chase.
_BYLINE = re.compile(rf"B[yY][ \u00a0](?:THE[ \u00a0]|The[ \u00a0])?({_CREDIT_ALT})\b")
# A credit line closing the body: "... the ministry said. — Reuters".
_CREDIT_LINE = re.compile(rf"(?:[\u2014\u2013]|(?<=\s)-)[ \u00a0]?({_CREDIT_ALT})\.?\Z")
_CREDIT_LINE_REACH = 40
# A wire credited in a citation name: "Seattle Times (AP)", "AP via Yahoo News".
_NAME_CREDIT = re.compile(rf"(?<!\w)({_CREDIT_ALT})(?!\w)")
_PATH_MARKERS: Final = (
    ("/ap/", "AP"),
    ("/ap-", "AP"),
    ("-ap-", "AP"),
    ("/apnews/", "AP"),
    ("associated-press", "AP"),
    ("/reuters/", "Reuters"),
    ("-reuters-", "Reuters"),
    ("/afp/", "AFP"),
    ("-afp-", "AFP"),
)
# Every marker holds one of these; one regex search refuses most paths at once.
_PATH_HINT = re.compile("ap[/-]|apnews|associated-press|reuters|afp")


@dataclass(frozen=True, slots=True)
class BodyCredits:
    """The wires a body credits, and the one whose dispatch the body is.

    Attributes:
        wires: every wire credited by a dateline, byline or credit line.
        dispatch: the wire when the body is that wire's dispatch (one wire credited, a
            credit opening or closing the body), else None.
    """

    wires: frozenset[str] = frozenset()
    dispatch: str | None = None


_NO_CREDITS: Final = BodyCredits()


def body_credits(body: str) -> BodyCredits:
    """Find the wires a body credits and whether it is one wire's dispatch.

    Example:
        >>> body_credits("LONDON (Reuters) - Oil rose.")
        BodyCredits(wires=frozenset({'Reuters'}), dispatch='Reuters')
        >>> body_credits("Oil rose, Reuters reported.").wires
        frozenset()
        >>> quoted = body_credits("Oil rose. " * 30 + "MINSK (AP) — Talks ended.")
        >>> quoted.wires, quoted.dispatch
        (frozenset({'AP'}), None)
    """
    if not body:
        return _NO_CREDITS
    credits: set[str] = set()
    head = len(body) - len(body.lstrip()) + DISPATCH_HEAD
    opens = closes = False
    for m in _DATELINE.finditer(body):
        credits.add(_WIRE_BY_NAME[m.group(1)])
        opens = opens or m.start() < head
    for m in _BYLINE.finditer(body):
        pos = m.start()
        if pos == 0 or not body[pos - 1].isalnum():
            credits.add(_WIRE_BY_NAME[m.group(1)])
            opens = opens or pos < head
    tail = _CREDIT_LINE.search(body.rstrip()[-_CREDIT_LINE_REACH:])
    if tail is not None:
        credits.add(_WIRE_BY_NAME[tail.group(1)])
        closes = True
    if not credits:
        return _NO_CREDITS
    wires = frozenset(credits)
    dispatch = next(iter(wires)) if len(wires) == 1 and (opens or closes) else None
    return BodyCredits(wires, dispatch)


def wire_of_outlet(outlet: Outlet) -> str:
    """The canonical wire name of a wire outlet (its own name when not in :data:`WIRES`).

    Example:
        >>> wire_of_outlet(Outlet(id="ap", name="The Associated Press", domains=("apnews.com",), category="wire"))
        'AP'
    """
    for name in (outlet.name, *outlet.aliases):
        wire = _WIRE_BY_NAME.get(name)
        if wire is not None:
            return wire
    return outlet.name


@functools.lru_cache(maxsize=4096)
def name_wire(name: str) -> str | None:
    """The wire a citation name credits (``Seattle Times (AP)``), else None.

    Citation names repeat across stories, hence the cache.

    Example:
        >>> name_wire("Seattle Times (AP)"), name_wire("APTN News")
        ('AP', None)
    """
    m = _NAME_CREDIT.search(name)
    return None if m is None else _WIRE_BY_NAME[m.group(1)]


def path_wire(path: str) -> str | None:
    """The wire a lower-cased URL path marks (``/ap/``, ``-reuters-``), else None.

    Example:
        >>> path_wire("/nation/ap/belarus-frees-prisoners"), path_wire("/japan/news")
        ('AP', None)
    """
    if _PATH_HINT.search(path) is None:
        return None
    for marker, wire in _PATH_MARKERS:
        if marker in path:
            return wire
    return None
