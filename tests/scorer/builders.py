"""Stories shaped like real ones, cited to outlets of the bundled table, for scorer tests.

The outlets used here, and the labels the bundled table gives them, are listed in
``LABELS``; ``test_expected.py`` checks them first, so that a change of labels shows up
as such and not as a scoring failure.
"""

from __future__ import annotations

from pathlib import Path

from scoring.records import Citation, Story, read_stories

DATA = Path(__file__).parent / "data"
SEED_PATH = DATA / "seed.md"

# outlet id -> (slant, reliability, category) in the bundled table.
LABELS = {
    "ap": ("center", "high", "wire"),
    "reuters": ("center", "high", "wire"),
    "mother-jones": ("left", "high", "partisan"),
    "axios": ("center", "high", "mainstream"),
    "national-review": ("right", "high", "partisan"),
    "new-york-times": ("lean-left", "high", "mainstream"),
    "bbc": ("center", "high", "public-broadcaster"),
    "the-dispatch": ("lean-right", "high", "mainstream"),
    "cnn": ("lean-left", "high", "mainstream"),
    "fox-news": ("right", "mixed", "mainstream"),
    "washington-examiner": ("right", "mixed", "mainstream"),
    "breitbart": ("right", "low", "partisan"),
    "newsmax": ("right", "low", "partisan"),
    "gateway-pundit": ("right", "low", "partisan"),
    "rt": ("none", "low", "state-affiliated"),
}

URLS = {
    "ap": ("AP", "https://apnews.com/article/belarus-prisoners-lukashenko-7f3c2a91d0e44b6e"),
    "reuters": (
        "Reuters",
        "https://www.reuters.com/world/europe/belarus-frees-52-prisoners-us-brokered-deal-2025-09-11/",
    ),
    "mother-jones": (
        "Mother Jones",
        "https://www.motherjones.com/politics/2025/09/belarus-lukashenko-prisoners-trump-sanctions/",
    ),
    "axios": ("Axios", "https://www.axios.com/2025/09/11/belarus-prisoners-release-lukashenko"),
    "national-review": (
        "National Review",
        "https://www.nationalreview.com/news/belarus-releases-52-political-prisoners/",
    ),
    "new-york-times": (
        "The New York Times",
        "https://www.nytimes.com/2025/09/11/world/europe/belarus-prisoners-release.html",
    ),
    "bbc": ("BBC News", "https://www.bbc.com/news/articles/c0belarus52prisoners"),
    "the-dispatch": ("The Dispatch", "https://thedispatch.com/article/belarus-prisoners-deal/"),
    "cnn": ("CNN", "https://www.cnn.com/2025/09/11/europe/belarus-prisoners-release-intl"),
    "fox-news": ("Fox News", "https://www.foxnews.com/world/belarus-frees-prisoners-trump-appeal"),
    "washington-examiner": (
        "Washington Examiner",
        "https://www.washingtonexaminer.com/news/world/belarus-prisoners-lukashenko",
    ),
    "breitbart": (
        "Breitbart",
        "https://www.breitbart.com/europe/2025/09/11/lukashenko-frees-52-prisoners/",
    ),
    "newsmax": (
        "Newsmax",
        "https://www.newsmax.com/world/globaltalk/belarus-prisoners/2025/09/11/id/1230001/",
    ),
}

BODY = (
    "Belarus freed 52 prisoners on Thursday after an appeal from the U.S. president, and "
    "the freed men and women crossed into Lithuania with the U.S. delegation that "
    "negotiated their release. In return Washington will ease sanctions on the national "
    "airline Belavia, the U.S. embassy in Vilnius said."
)


def story(story_id: str, *outlets: str, body: str = BODY) -> Story:
    """A story citing one article of each named outlet (ids of ``URLS``)."""
    return Story(
        id=story_id,
        title="Belarus frees 52 prisoners after U.S. appeal",
        citations=tuple(Citation(name=URLS[o][0], url=URLS[o][1]) for o in outlets),
        body=body,
    )


def load_seed() -> Story:
    """The seed: one hyperpartisan citation, four embedded RT posts in the body."""
    return next(iter(read_stories(SEED_PATH)))


BALANCED = ("ap", "reuters", "mother-jones", "axios", "national-review")
"""AP, Reuters, and a left, a centre and a right outlet, all of high reliability."""

RISING = (
    ("seed", None),
    ("two low-reliability right-wing sites", ("breitbart", "newsmax")),
    ("three outlets of mixed reliability", ("fox-news", "cnn", "washington-examiner")),
    ("AP, Reuters, left, centre, right", BALANCED),
    (
        "eight reliable outlets across the spectrum",
        (*BALANCED, "new-york-times", "bbc", "the-dispatch"),
    ),
)
"""Stories of rising quality, worst first (None: the seed)."""


def rising_stories() -> list[Story]:
    """The stories of :data:`RISING`, in order."""
    return [
        load_seed() if outlets is None else story(f"rising-{i}", *outlets)
        for i, (_, outlets) in enumerate(RISING)
    ]
