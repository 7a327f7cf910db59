"""What the outlet table does not know, ranked by how much the stories lean on it.

The curation loop: :func:`unknown_sources` reads stories and ranks the domains and social
accounts that no outlet of the table rates by how many stories cite or embed them, with
the evidence a curator needs (example URLs, first and last seen, the citation names,
the rated outlets they are cited beside). :func:`write_layer` writes them as a layer
file with empty label columns; once the labels are filled in, the file goes back on the
table as a layer (``--table``, or ``[[outlets.layers]]``), and the next run of
:func:`unknown_sources` no longer lists what was rated.

Only resolutions ending ``unrated`` count: shorteners, aggregators, non-news sites and
unparseable URLs are not outlets a rating could fix.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

from scoring.outlets.rows import COLUMNS, EVIDENCE_COLUMNS

if TYPE_CHECKING:
    from scoring.features import Features
    from scoring.outlets import Resolver
    from scoring.records import Story

__all__ = ["LAYER_COLUMNS", "UnknownSource", "unknown_sources", "write_layer"]

LAYER_COLUMNS: Final = (
    "domains",
    "handles",
    "name",
    *(c for c in COLUMNS if c not in {"id", "name", "domains", "aliases", "handles", "scheme"}),
)
"""Columns of the layer file :func:`write_layer` writes, before the evidence columns: what
finds the source, then every label a curator may fill in (``reliability_score`` too)."""

_EXAMPLES: Final = 3
_BESIDE: Final = 5


@dataclass
class _Tally:
    kind: Literal["domain", "account"]
    stories: set[str] = field(default_factory=set)
    mentions: int = 0
    examples: list[str] = field(default_factory=list)
    example_stories: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    beside: Counter[str] = field(default_factory=Counter)

    def add(self, seen: _Sighting, story_id: str, rated: set[str]) -> None:
        """Count one sighting in a story that also cites the ``rated`` outlets."""
        self.mentions += 1
        if seen.url and len(self.examples) < _EXAMPLES and seen.url not in self.examples:
            self.examples.append(seen.url)
        if seen.name:
            self.names[seen.name] += 1
        if seen.date:
            self.dates.append(seen.date)
        if story_id not in self.stories:
            self.stories.add(story_id)
            if len(self.example_stories) < _EXAMPLES:
                self.example_stories.append(story_id)
            self.beside.update(rated)

    def source(self, key: str) -> UnknownSource:
        """What was counted, as the source's record."""
        return UnknownSource(
            key=key,
            kind=self.kind,
            stories=len(self.stories),
            mentions=self.mentions,
            examples=tuple(self.examples),
            example_stories=tuple(self.example_stories),
            first_seen=min(self.dates) if self.dates else None,
            last_seen=max(self.dates) if self.dates else None,
            names=tuple(n for n, _ in sorted(self.names.items(), key=lambda i: (-i[1], i[0]))),
            beside=tuple(sorted(self.beside.items(), key=lambda i: (-i[1], i[0]))[:_BESIDE]),
        )


class _Sighting(NamedTuple):
    """One unrated citation or embedded post: what finds it, and its evidence."""

    key: str
    url: str | None
    name: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class UnknownSource:
    """A domain or account the table does not rate, and the evidence for rating it.

    Attributes:
        key: the registered domain (``riverbendgazette.com``; a hosted publication such
            as ``name.substack.com`` is its own) or the account as ``platform:handle``.
        kind: ``domain`` or ``account``.
        stories: how many stories cite or embed it.
        mentions: how many citations and embedded posts, over all stories.
        examples: up to three cited URLs, in reading order.
        example_stories: up to three ids of stories that cite or embed it.
        first_seen: the earliest date (``YYYY-MM-DD``) of a citation or story, or None.
        last_seen: the latest such date, or None.
        names: the citation names it was given, most frequent first.
        beside: rated outlets cited in the same stories, with how many stories, most
            frequent first (at most five).
    """

    key: str
    kind: Literal["domain", "account"]
    stories: int
    mentions: int
    examples: tuple[str, ...]
    example_stories: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    names: tuple[str, ...]
    beside: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: sequences as lists, ``beside`` as outlet -> stories."""
        out = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}
        out["beside"] = dict(self.beside)
        return out


def _date(text: str | None) -> str | None:
    # ISO 8601 texts start with the date; anything shorter is no date.
    return text[:10] if text and len(text) >= 10 and text[4] == "-" else None


def unknown_sources(
    stories: Iterable[Story], resolver: Resolver | None = None
) -> list[UnknownSource]:
    """Rank the domains and accounts the table does not rate by the stories that use them.

    Args:
        stories: the stories to read.
        resolver: the resolver over the table to check against (bundled plus any
            layers); the bundled table's when None.

    Returns:
        One :class:`UnknownSource` per domain or account, by stories, then mentions
        (most first), then key.

    Example:
        >>> from scoring.records import Citation, Story
        >>> s = Story(id="a", citations=[Citation(name="Riverbend Gazette", url="https://riverbendgazette.com/news/1"), Citation(name="AP", url="https://apnews.com/article/x")])
        >>> [(u.key, u.stories, u.beside) for u in unknown_sources([s])]
        [('riverbendgazette.com', 1, (('ap', 1),))]
    """
    from scoring.features import extract_features
    from scoring.outlets import default_resolver

    resolver = resolver if resolver is not None else default_resolver()
    tallies: dict[str, _Tally] = {}
    for story in stories:
        rated, seen = _sightings(extract_features(story, resolver), _date(story.created_at))
        for sighting in seen:
            tally = tallies.get(sighting.key)
            if tally is None:
                kind: Literal["domain", "account"] = "account" if ":" in sighting.key else "domain"
                tally = tallies[sighting.key] = _Tally(kind)
            tally.add(sighting, story.id, rated)
    found = [tally.source(key) for key, tally in tallies.items()]
    return sorted(found, key=lambda u: (-u.stories, -u.mentions, u.key))


def _sightings(features: Features, story_date: str | None) -> tuple[set[str], list[_Sighting]]:
    """The rated outlets a story cites, and its unrated domains and accounts in order.

    Only resolutions ending ``unrated`` count, and a platform URL only with its account:
    a post on a platform is its account's, not the platform's.
    """
    rated: set[str] = set()
    seen: list[_Sighting] = []
    for source in features.sources:
        r, citation = source.resolution, source.citation
        if r.outlet is not None:
            rated.add(r.outlet.id)
            continue
        if r.reason != "unrated" or (r.platform is not None and r.account is None):
            continue
        key = f"{r.platform}:{r.account}" if r.platform is not None else r.domain
        if key:
            date = _date(citation.published_at) or story_date
            seen.append(_Sighting(key, citation.url, citation.name, date))
    for embed in features.embeds:
        if embed.outlet_id is not None:
            rated.add(embed.outlet_id)
        elif embed.account is not None:
            seen.append(_Sighting(f"{embed.platform}:{embed.account}", None, None, story_date))
    return rated, seen


def write_layer(found: Iterable[UnknownSource], resolver: Resolver | None = None) -> str:
    """The unknown sources as a layer file (CSV text) for a curator to fill in.

    One row per source: ``domains`` (or ``handles`` for an account) filled, ``name``
    filled with the commonest citation name unless the table already uses that name
    for an outlet (a second outlet of one name would make the name name neither), the
    label columns, ``basis`` and ``as_of`` empty, then the evidence columns
    (:data:`~scoring.outlets.rows.EVIDENCE_COLUMNS`), which loading ignores. A row left
    without labels is skipped when the file is loaded as a layer.

    Example:
        >>> from scoring.records import Citation, Story
        >>> s = Story(id="a", citations=[Citation(name="Riverbend Gazette", url="https://riverbendgazette.com/news/1")])
        >>> print(write_layer(unknown_sources([s])).splitlines()[1])
        riverbendgazette.com,,Riverbend Gazette,,,,,,,,,1,1,,,https://riverbendgazette.com/news/1,a,
    """
    from scoring.outlets import default_resolver

    table = (resolver if resolver is not None else default_resolver()).table
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*LAYER_COLUMNS, *EVIDENCE_COLUMNS])
    for u in found:
        name = next(iter(u.names), "")
        if name and table.by_name(name) is not None:
            name = ""
        cells = {
            "domains": u.key if u.kind == "domain" else "",
            "handles": u.key if u.kind == "account" else "",
            "name": name,
            "stories": str(u.stories),
            "mentions": str(u.mentions),
            "first_seen": u.first_seen or "",
            "last_seen": u.last_seen or "",
            "examples": "|".join(u.examples),
            "example_stories": "|".join(u.example_stories),
            "cited_beside": "|".join(f"{outlet}:{n}" for outlet, n in u.beside),
        }
        writer.writerow([cells.get(column, "") for column in (*LAYER_COLUMNS, *EVIDENCE_COLUMNS)])
    return out.getvalue()
