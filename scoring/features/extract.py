"""One entry point: a story and a resolver in, :class:`Features` out."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING

from scoring.features.attribution import attribution_features, find_attributions
from scoring.features.diversity import cite_sources, diversity_features
from scoring.features.embeds import embed_features
from scoring.features.html import read_body
from scoring.features.model import FEATURE_NAMES, Embed, Features
from scoring.features.slant import mix_features
from scoring.features.wires import body_credits
from scoring.outlets import default_resolver
from scoring.outlets.model import Outlet
from scoring.outlets.resolver import Resolver
from scoring.outlets.table import OutletTable
from scoring.records.model import Story

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["extract_features", "features_frame"]


def extract_features(story: Story, resolver: Resolver | None = None) -> Features:
    """Compute every feature of one story. Pure, deterministic and thread-safe.

    Args:
        story: the story.
        resolver: resolves citation URLs to outlets; the bundled table's default
            resolver when None.

    Returns:
        The flat values (see :data:`~scoring.features.FEATURE_NAMES`) and the
        per-citation, per-embed and per-attribution detail.

    Example:
        >>> from scoring.outlets import Outlet, OutletTable, Resolver
        >>> from scoring.records import Citation
        >>> t = OutletTable.from_outlets([Outlet(id="ap", name="AP", domains=("apnews.com",), category="wire")])
        >>> s = Story(id="s1", citations=[Citation(name="AP", url="https://apnews.com/article/x")])
        >>> extract_features(s, Resolver(t))["wire_share"]
        1.0
    """
    if resolver is None:
        resolver = default_resolver()
    table = resolver.table
    # What a reader sees: attribution, credits and the embed share read the visible
    # text of an HTML body, never scripts, styles or markup; every span indexes it.
    scan = read_body(story.body)
    body, embeds, links = scan.text, scan.embeds, scan.links
    citations = story.citations
    resolve = resolver.resolve
    resolutions = [resolve(c.url, c.name) for c in citations]
    attributions = find_attributions(body, table)
    credits = body_credits(body)
    attributed = {a.outlet_id for a in attributions}
    sources = cite_sources(
        citations,
        resolutions,
        table,
        credits.wires,
        dispatch=credits.dispatch,
        attributed=attributed,
    )

    embedded: dict[str, Outlet] = {}
    if embeds:
        embeds = _owned(embeds, table, embedded)
    if links:
        links = _owned(links, table, {})
    units: list[Outlet | None] = [r.outlet for r in resolutions]
    cited_ids = {o.id for o in units if o is not None}
    uncited: list[Outlet] = []
    if embedded:
        uncited = [o for oid, o in sorted(embedded.items()) if oid not in cited_ids]
        units.extend(uncited)

    values = diversity_features(sources, uncited)
    values.update(mix_features(units, tuple(embedded.values()), table))
    values.update(embed_features(body, embeds, links))
    values.update(attribution_features(attributions, cited_ids))
    return Features(story.id, MappingProxyType(values), sources, embeds, attributions, links)


@functools.lru_cache(maxsize=4096)
def _owner(table: OutletTable, platform: str, account: str) -> Outlet | None:
    # The same accounts are embedded story after story; tables are immutable.
    return table.by_handle(platform, account)


def _owned(
    embeds: tuple[Embed, ...], table: OutletTable, embedded: dict[str, Outlet]
) -> tuple[Embed, ...]:
    """The embeds with the outlet owning each account set; the owners go into ``embedded``."""
    linked: list[Embed] = []
    for embed in embeds:
        owner = None if embed.account is None else _owner(table, embed.platform, embed.account)
        if owner is not None:
            embedded.setdefault(owner.id, owner)
            embed = Embed(
                embed.platform, embed.account, embed.start, embed.end, embed.method, owner.id
            )
        linked.append(embed)
    return tuple(linked)


def features_frame(stories: Iterable[Story], resolver: Resolver | None = None) -> pd.DataFrame:
    """Features of many stories as a DataFrame: one row per story, one column per name.

    The index is the story id; the columns are :data:`~scoring.features.FEATURE_NAMES`
    in order, all float64.

    Example:
        >>> from scoring.outlets import OutletTable, Resolver
        >>> frame = features_frame([Story(id="a"), Story(id="b")], Resolver(OutletTable.from_outlets([])))
        >>> frame.shape[0], list(frame.index)
        (2, ['a', 'b'])
    """
    import numpy as np
    import pandas as pd

    if resolver is None:
        resolver = default_resolver()
    ids: list[str] = []
    rows: list[list[float]] = []
    for story in stories:
        features = extract_features(story, resolver)
        ids.append(features.story_id)
        rows.append(features.as_row())
    data = np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))
    return pd.DataFrame(data, index=pd.Index(ids, name="id"), columns=list(FEATURE_NAMES))
