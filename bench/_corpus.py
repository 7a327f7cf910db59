"""Seed-like story records for the benchmarks.

Real outlets, naive timestamps, and bodies of the seed's vocabulary with embedded-post
signatures.
"""

from __future__ import annotations

import random
from typing import Any

OUTLETS = [
    ("Reuters", "https://www.reuters.com/world/europe/"),
    ("Associated Press", "https://apnews.com/article/"),
    ("BBC News", "https://www.bbc.com/news/world-"),
    ("The Gateway Pundit", "https://www.thegatewaypundit.com/2025/09/"),
    ("RT", "https://www.rt.com/news/"),
    ("Le Monde", "https://www.lemonde.fr/international/article/2025/09/12/"),
    ("Der Spiegel", "https://www.spiegel.de/ausland/"),
    ("NPR", "https://www.npr.org/2025/09/12/"),
    ("Fox News", "https://www.foxnews.com/politics/"),
    ("Al Jazeera", "https://www.aljazeera.com/news/2025/9/12/"),
]
WORDS = (  # noqa: SIM905 - prose reads better than a list literal
    "Lukashenko released prisoners after an appeal from Washington as the envoy held "
    "talks on sanctions relief for the national airline and the embassy in Minsk while "
    "the delegation travelled to Vilnius with the freed men and women of several "
    "countries including Lithuania Latvia Poland France Britain and Germany on Thursday "
    "in a gesture that follows months of quiet contacts between the two governments over "
    "the fate of political detainees and the future of trade in potash and aircraft parts "
    "said the president according to a statement “quoted” \u2018said\u2019"
).split()
POST = "pic.twitter.com/dLFZKkTzpK — RT (@RT_com) September 11, 2025"


def story_record(
    i: int,
    rng: random.Random,
    *,
    max_citations: int = 6,
    words: tuple[int, int] = (250, 600),
    max_posts: int = 3,
) -> dict[str, Any]:
    """One story as a JSON-ready mapping, with an unknown field (``lang``) kept."""
    citations = [
        {
            "name": name,
            "url": f"{base}{rng.getrandbits(48):x}-story-{i}",
            "published_at": f"2025-09-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:56",
        }
        for name, base in rng.sample(OUTLETS, rng.randint(1, max_citations))
    ]
    body = [rng.choice(WORDS) for _ in range(rng.randint(*words))]
    for _ in range(rng.randint(0, max_posts)):
        body.insert(rng.randrange(len(body)), POST)
    return {
        "id": f"{rng.getrandbits(128):032x}",
        "title": f"Story {i}: " + " ".join(rng.choice(WORDS) for _ in range(12)),
        "severity": "normal",
        "diversity_score": 0.0,
        "updated_at": "2025-09-12T18:22:22.961391",
        "created_at": "2025-09-12T18:22:22.961384",
        "key_points": [],
        "citations": citations,
        "lang": "en",
        "body": " ".join(body),
    }
