"""Builders for test stories: a small outlet table of real outlets, and the seed story."""

from __future__ import annotations

from pathlib import Path

import yaml

from scoring.outlets import Outlet
from scoring.records import Citation, Story

DATA = Path(__file__).parent / "data"


def _outlet(
    id: str,
    name: str,
    domains: tuple[str, ...],
    category: str,
    slant: str | None,
    reliability: str | None,
    country: str,
    owner: str = "",
    aliases: tuple[str, ...] = (),
    handles: tuple[str, ...] = (),
) -> Outlet:
    return Outlet(
        id=id,
        name=name,
        domains=domains,
        category=category,
        slant=slant,
        reliability=reliability,
        country=country,
        owner=owner,
        aliases=aliases,
        handles=handles,
    )


# Labels here are test fixtures chosen to exercise the code, not a rating of anyone.
OUTLETS = (
    _outlet(
        "ap",
        "The Associated Press",
        ("apnews.com",),
        "wire",
        "none",
        "high",
        "US",
        "Associated Press",
        ("AP", "Associated Press"),
        ("x:ap",),
    ),
    _outlet(
        "reuters",
        "Reuters",
        ("reuters.com",),
        "wire",
        "none",
        "high",
        "GB",
        "Thomson Reuters",
        handles=("x:reuters",),
    ),
    _outlet(
        "afp", "AFP", ("afp.com",), "wire", "none", "high", "FR", aliases=("Agence France-Presse",)
    ),
    _outlet(
        "wsj",
        "The Wall Street Journal",
        ("wsj.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "News Corp",
        ("WSJ",),
    ),
    _outlet(
        "nypost",
        "New York Post",
        ("nypost.com",),
        "tabloid",
        "lean-right",
        "mixed",
        "US",
        "News Corp",
    ),
    _outlet(
        "the-times",
        "The Times",
        ("thetimes.com", "thetimes.co.uk"),
        "mainstream",
        "lean-right",
        "high",
        "GB",
        "News Corp",
    ),
    _outlet(
        "the-sun", "The Sun", ("thesun.co.uk",), "tabloid", "right", "mixed", "GB", "News Corp"
    ),
    _outlet(
        "the-australian",
        "The Australian",
        ("theaustralian.com.au",),
        "mainstream",
        "lean-right",
        "high",
        "AU",
        "News Corp",
    ),
    _outlet(
        "usa-today", "USA Today", ("usatoday.com",), "mainstream", "center", "high", "US", "Gannett"
    ),
    _outlet(
        "azcentral",
        "The Arizona Republic",
        ("azcentral.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Gannett",
    ),
    _outlet(
        "freep",
        "Detroit Free Press",
        ("freep.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Gannett",
    ),
    _outlet(
        "indystar",
        "The Indianapolis Star",
        ("indystar.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Gannett",
    ),
    _outlet(
        "jsonline",
        "Milwaukee Journal Sentinel",
        ("jsonline.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Gannett",
    ),
    _outlet(
        "tennessean",
        "The Tennessean",
        ("tennessean.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Gannett",
    ),
    _outlet(
        "startribune",
        "Star Tribune",
        ("startribune.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Star Tribune Media",
    ),
    _outlet(
        "seattletimes",
        "The Seattle Times",
        ("seattletimes.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Seattle Times Company",
    ),
    _outlet(
        "bostonglobe",
        "The Boston Globe",
        ("bostonglobe.com",),
        "mainstream",
        "lean-left",
        "high",
        "US",
        "Boston Globe Media Partners",
    ),
    _outlet(
        "houstonchronicle",
        "Houston Chronicle",
        ("houstonchronicle.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Hearst",
    ),
    _outlet(
        "tampabay",
        "Tampa Bay Times",
        ("tampabay.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Times Publishing Company",
    ),
    _outlet(
        "chicago-tribune",
        "Chicago Tribune",
        ("chicagotribune.com",),
        "mainstream",
        "center",
        "high",
        "US",
        "Alden Global Capital",
    ),
    _outlet(
        "latimes",
        "Los Angeles Times",
        ("latimes.com",),
        "mainstream",
        "lean-left",
        "high",
        "US",
        "California Times",
        ("LA Times",),
    ),
    _outlet(
        "cnn",
        "CNN",
        ("cnn.com",),
        "mainstream",
        "lean-left",
        "high",
        "US",
        "Warner Bros. Discovery",
        handles=("x:cnn",),
    ),
    _outlet(
        "guardian", "The Guardian", ("theguardian.com",), "mainstream", "lean-left", "high", "GB"
    ),
    _outlet("jacobin", "Jacobin", ("jacobin.com",), "partisan", "left", "mixed", "US"),
    _outlet(
        "fox-news",
        "Fox News",
        ("foxnews.com",),
        "mainstream",
        "lean-right",
        "mixed",
        "US",
        "Fox Corporation",
        handles=("x:foxnews",),
    ),
    _outlet(
        "bbc",
        "BBC",
        ("bbc.com", "bbc.co.uk"),
        "public-broadcaster",
        "center",
        "high",
        "GB",
        aliases=("BBC News",),
        handles=("x:bbcworld",),
    ),
    _outlet(
        "gateway-pundit",
        "The Gateway Pundit",
        ("thegatewaypundit.com",),
        "partisan",
        "right",
        "low",
        "US",
    ),
    _outlet(
        "rt",
        "RT",
        ("rt.com",),
        "state-affiliated",
        None,
        "low",
        "RU",
        aliases=("Russia Today",),
        handles=("x:rt_com", "telegram:rt_russian"),
    ),
    _outlet(
        "belta",
        "Belta",
        ("belta.by", "eng.belta.by"),
        "state-affiliated",
        None,
        "low",
        "BY",
        aliases=("BelTA", "Belarusian Telegraph Agency"),
    ),
)


def cite(name: str, url: str, published_at: str | None = None) -> Citation:
    return Citation(name=name, url=url, published_at=published_at)


def story(*citations: Citation, body: str = "", id: str = "s") -> Story:
    return Story(id=id, title="Belarus frees 52 prisoners", citations=citations, body=body)


def load_seed() -> Story:
    text = (DATA / "seed_belarus_rt_embeds.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    record = yaml.safe_load(front)
    return Story(
        id=record["id"],
        title=record["title"],
        citations=record["citations"],
        body=body.strip("\n"),
    )
