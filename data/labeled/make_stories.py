"""Write the labeled sample stories, labels.csv, labels.jsonl and cases.csv.

Every story below is written by hand: title, citations, body, the case types it stands
for, and its gold labels. The gold labels were assigned by a person applying RUBRIC.md to
the finished story and typed into ``gold=`` by hand; nothing here computes them. The
script only turns the specs into files in the seed's record format, so the set can be
rebuilt byte for byte:

    python data/labeled/make_stories.py

Story ids, URL fragments (hex ids, status numbers) and timestamps are derived from each
spec's key with a hash, so they are stable across runs. The outlets are real; the
stories, quotes, people and URLs are not real articles.
"""

# Bodies are written in many scripts on purpose; Cyrillic letters are not look-alikes here.
# ruff: noqa: RUF001

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STORIES_DIR = HERE / "stories"
SEED_NAME = "000_cfbef9151dfca824.md"
SEED_LABEL = (
    0.0,
    "critical",
    "single hyperpartisan low source; RT embeds ~35% of body",
)
SEVERITIES = ("normal", "elevated", "high", "critical")

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _h(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _alnum(seed: str, n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def _mixed(seed: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256(seed.encode()).digest() * 2
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def _digits(seed: str, n: int) -> str:
    return str(int(_h(seed), 16))[:n]


# outlet key -> (citation name, URL pattern, default section)
# Pattern fields: {slug} {sec} {y} {m} {d} {mon} {hex32} {hex8} {num} {bbc} {alnum}
OUTLETS: dict[str, tuple[str, str, str]] = {
    "ap": ("Associated Press", "https://apnews.com/article/{slug}-{hex32}", ""),
    "reuters": ("Reuters", "https://www.reuters.com/{sec}/{slug}-{y}-{m}-{d}/", "world"),
    "afp": ("AFP", "https://www.afp.com/en/news/{num}/{slug}", ""),
    "afpfc": ("AFP Fact Check", "https://factcheck.afp.com/doc.afp.com.{alnum}", ""),
    "dpa": ("dpa", "https://www.dpa-international.com/topic/{slug}-{y}{m}{d}-99-{num}", ""),
    "efe": ("EFE", "https://efe.com/{sec}/{y}-{m}-{d}/{slug}/", "mundo"),
    "kyodo": ("Kyodo News", "https://english.kyodonews.net/news/{y}/{m}/{hex8}-{slug}.html", ""),
    "yonhap": ("Yonhap", "https://en.yna.co.kr/view/AEN{y}{m}{d}00{num}", ""),
    "ansa": ("ANSA", "https://www.ansa.it/{sec}/notizie/{y}/{m}/{d}/{slug}_{hex8}.html", "sito"),
    "bloomberg": ("Bloomberg", "https://www.bloomberg.com/news/articles/{y}-{m}-{d}/{slug}", ""),
    "bbc": ("BBC News", "https://www.bbc.co.uk/news/articles/{bbc}", ""),
    "bbcmundo": ("BBC News Mundo", "https://www.bbc.com/mundo/articles/{bbc}", ""),
    "npr": ("NPR", "https://www.npr.org/{y}/{m}/{d}/{num}/{slug}", ""),
    "pbs": ("PBS News", "https://www.pbs.org/newshour/{sec}/{slug}", "politics"),
    "dw": ("DW", "https://www.dw.com/en/{slug}/a-{num}", ""),
    "dwde": ("DW", "https://www.dw.com/de/{slug}/a-{num}", ""),
    "france24": ("France 24", "https://www.france24.com/en/{sec}/{y}{m}{d}-{slug}", "europe"),
    "nhk": ("NHK", "https://www3.nhk.or.jp/news/html/{y}{m}{d}/k1{num}.html", ""),
    "abcau": ("ABC News (Australia)", "https://www.abc.net.au/news/{y}-{m}-{d}/{slug}/{num}", ""),
    "cbc": ("CBC News", "https://www.cbc.ca/news/{sec}/{slug}-1.{num}", "politics"),
    "rtve": ("RTVE", "https://www.rtve.es/noticias/{y}{m}{d}/{slug}/{num}.shtml", ""),
    "nyt": ("The New York Times", "https://www.nytimes.com/{y}/{m}/{d}/{sec}/{slug}.html", "us"),
    "wapo": (
        "The Washington Post",
        "https://www.washingtonpost.com/{sec}/{y}/{m}/{d}/{slug}/",
        "politics",
    ),
    "cnn": ("CNN", "https://www.cnn.com/{y}/{m}/{d}/{sec}/{slug}", "politics"),
    "nbc": ("NBC News", "https://www.nbcnews.com/{sec}/{slug}-rcna{num}", "politics"),
    "abc": ("ABC News", "https://abcnews.go.com/{sec}/{slug}/story?id={num}", "Politics"),
    "cbs": ("CBS News", "https://www.cbsnews.com/news/{slug}/", ""),
    "atlantic": (
        "The Atlantic",
        "https://www.theatlantic.com/{sec}/archive/{y}/{m}/{slug}/{num}/",
        "politics",
    ),
    "politico": ("Politico", "https://www.politico.com/news/{y}/{m}/{d}/{slug}-{num}", ""),
    "politicoeu": ("Politico Europe", "https://www.politico.eu/article/{slug}/", ""),
    "axios": ("Axios", "https://www.axios.com/{y}/{m}/{d}/{slug}", ""),
    "hill": ("The Hill", "https://thehill.com/{sec}/{num}-{slug}/", "homenews"),
    "usatoday": (
        "USA Today",
        "https://www.usatoday.com/story/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "news",
    ),
    "latimes": (
        "Los Angeles Times",
        "https://www.latimes.com/{sec}/story/{y}-{m}-{d}/{slug}",
        "california",
    ),
    "chitrib": ("Chicago Tribune", "https://www.chicagotribune.com/{y}/{m}/{d}/{slug}/", ""),
    "seattletimes": (
        "The Seattle Times",
        "https://www.seattletimes.com/{sec}/{slug}/",
        "seattle-news",
    ),
    "houchron": (
        "Houston Chronicle",
        "https://www.houstonchronicle.com/{sec}/article/{slug}-{num}.php",
        "news/houston-texas",
    ),
    "sfchron": (
        "San Francisco Chronicle",
        "https://www.sfchronicle.com/{sec}/article/{slug}-{num}.php",
        "bayarea",
    ),
    "miamiherald": (
        "Miami Herald",
        "https://www.miamiherald.com/news/{sec}/article{num}.html",
        "local",
    ),
    "kcstar": (
        "The Kansas City Star",
        "https://www.kansascity.com/news/{sec}/article{num}.html",
        "local",
    ),
    "sacbee": (
        "The Sacramento Bee",
        "https://www.sacbee.com/news/{sec}/article{num}.html",
        "politics-government",
    ),
    "freep": (
        "Detroit Free Press",
        "https://www.freep.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "azcentral": (
        "The Arizona Republic",
        "https://www.azcentral.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "indystar": (
        "IndyStar",
        "https://www.indystar.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "jsonline": (
        "Milwaukee Journal Sentinel",
        "https://www.jsonline.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "tennessean": (
        "The Tennessean",
        "https://www.tennessean.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "cincinnati": (
        "The Cincinnati Enquirer",
        "https://www.cincinnati.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "dmreg": (
        "Des Moines Register",
        "https://www.desmoinesregister.com/story/news/{sec}/{y}/{m}/{d}/{slug}/{num}/",
        "local",
    ),
    "stltoday": (
        "St. Louis Post-Dispatch",
        "https://www.stltoday.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "buffnews": (
        "The Buffalo News",
        "https://buffalonews.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "richmond": (
        "Richmond Times-Dispatch",
        "https://richmond.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "omaha": (
        "Omaha World-Herald",
        "https://omaha.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "tucson": (
        "Arizona Daily Star",
        "https://tucson.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "pantagraph": (
        "The Pantagraph",
        "https://pantagraph.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "journalstar": (
        "Lincoln Journal Star",
        "https://journalstar.com/news/{sec}/article_{hex32}.html",
        "nation-world",
    ),
    "wfaa": ("WFAA", "https://www.wfaa.com/article/news/{sec}/{slug}/287-{hex32}", "local"),
    "king5": ("KING 5", "https://www.king5.com/article/news/{sec}/{slug}/281-{hex32}", "local"),
    "11alive": ("11Alive", "https://www.11alive.com/article/news/{sec}/{slug}/85-{hex32}", "local"),
    "kxan": ("KXAN", "https://www.kxan.com/news/{sec}/{slug}/", "local"),
    "wgn": ("WGN-TV", "https://wgntv.com/news/{sec}/{slug}/", "chicago-news"),
    "ktla": ("KTLA", "https://ktla.com/news/{sec}/{slug}/", "local-news"),
    "komo": ("KOMO News", "https://komonews.com/news/{sec}/{slug}", "local"),
    "wjla": ("WJLA", "https://wjla.com/news/{sec}/{slug}", "local"),
    "ktvu": ("KTVU FOX 2", "https://www.ktvu.com/news/{slug}", ""),
    "wsj": ("The Wall Street Journal", "https://www.wsj.com/{sec}/{slug}-{hex8}", "politics"),
    "nypost": ("New York Post", "https://nypost.com/{y}/{m}/{d}/{sec}/{slug}/", "us-news"),
    "fox": ("Fox News", "https://www.foxnews.com/{sec}/{slug}", "politics"),
    "examiner": (
        "Washington Examiner",
        "https://www.washingtonexaminer.com/{sec}/{num}/{slug}/",
        "policy",
    ),
    "dispatch": ("The Dispatch", "https://thedispatch.com/article/{slug}/", ""),
    "natreview": ("National Review", "https://www.nationalreview.com/{y}/{m}/{slug}/", "news"),
    "dailywire": ("The Daily Wire", "https://www.dailywire.com/news/{slug}", ""),
    "dailycaller": ("The Daily Caller", "https://dailycaller.com/{y}/{m}/{d}/{slug}/", ""),
    "washtimes": (
        "The Washington Times",
        "https://www.washingtontimes.com/news/{y}/{mon}/{d}/{slug}/",
        "",
    ),
    "federalist": ("The Federalist", "https://thefederalist.com/{y}/{m}/{d}/{slug}/", ""),
    "newsmax": (
        "Newsmax",
        "https://www.newsmax.com/{sec}/{slug}/{y}/{m}/{d}/id/{num}/",
        "politics",
    ),
    "breitbart": ("Breitbart", "https://www.breitbart.com/{sec}/{y}/{m}/{d}/{slug}/", "politics"),
    "tgp": ("The Gateway Pundit", "https://www.thegatewaypundit.com/{y}/{m}/{slug}/", ""),
    "epoch": ("The Epoch Times", "https://www.theepochtimes.com/{sec}/{slug}-{num}", "us"),
    "huffpost": ("HuffPost", "https://www.huffpost.com/entry/{slug}_n_{hex32}", ""),
    "motherjones": (
        "Mother Jones",
        "https://www.motherjones.com/{sec}/{y}/{m}/{slug}/",
        "politics",
    ),
    "nation": ("The Nation", "https://www.thenation.com/article/{sec}/{slug}/", "politics"),
    "jacobin": ("Jacobin", "https://jacobin.com/{y}/{m}/{slug}", ""),
    "salon": ("Salon", "https://www.salon.com/{y}/{m}/{d}/{slug}/", ""),
    "vox": ("Vox", "https://www.vox.com/{sec}/{num}/{slug}", "politics"),
    "slate": ("Slate", "https://slate.com/{sec}/{y}/{m}/{slug}.html", "news-and-politics"),
    "rawstory": ("Raw Story", "https://www.rawstory.com/{slug}/", ""),
    "occupydem": ("Occupy Democrats", "https://occupydemocrats.com/{y}/{m}/{d}/{slug}/", ""),
    "palmer": ("Palmer Report", "https://www.palmerreport.com/{sec}/{slug}/{num}/", "politics"),
    "newsweek": ("Newsweek", "https://www.newsweek.com/{slug}-{num}", ""),
    "forbes": ("Forbes", "https://www.forbes.com/sites/{sec}/{y}/{m}/{d}/{slug}/", "forbes-staff"),
    "economist": (
        "The Economist",
        "https://www.economist.com/{sec}/{y}/{m}/{d}/{slug}",
        "international",
    ),
    "ft": ("Financial Times", "https://www.ft.com/content/{uuid}", ""),
    "nikkei": ("Nikkei Asia", "https://asia.nikkei.com/{sec}/{slug}", "Politics"),
    "guardian": ("The Guardian", "https://www.theguardian.com/{sec}/{y}/{mon}/{d}/{slug}", "world"),
    "independent": (
        "The Independent",
        "https://www.independent.co.uk/news/{sec}/{slug}-b{num}.html",
        "uk",
    ),
    "sky": ("Sky News", "https://news.sky.com/story/{slug}-{num}", ""),
    "telegraph": ("The Telegraph", "https://www.telegraph.co.uk/{sec}/{y}/{m}/{d}/{slug}/", "news"),
    "times": ("The Times", "https://www.thetimes.com/{sec}/article/{slug}-{alnum}", "uk"),
    "sun": ("The Sun", "https://www.thesun.co.uk/news/{num}/{slug}/", ""),
    "australian": (
        "The Australian",
        "https://www.theaustralian.com.au/{sec}/{slug}/news-story/{hex32}",
        "nation",
    ),
    "dailymail": ("Daily Mail", "https://www.dailymail.co.uk/news/article-{num}/{slug}.html", ""),
    "metro": ("Metro", "https://metro.co.uk/{y}/{m}/{d}/{slug}-{num}/", ""),
    "mirror": ("Daily Mirror", "https://www.mirror.co.uk/news/{sec}/{slug}-{num}", "uk-news"),
    "express": ("Daily Express", "https://www.express.co.uk/news/{sec}/{num}/{slug}", "uk"),
    "dailystar": (
        "Daily Star",
        "https://www.dailystar.co.uk/news/{sec}/{slug}-{num}",
        "weird-news",
    ),
    "men": (
        "Manchester Evening News",
        "https://www.manchestereveningnews.co.uk/news/{sec}/{slug}-{num}",
        "greater-manchester-news",
    ),
    "gbnews": ("GB News", "https://www.gbnews.com/{sec}/{slug}", "politics"),
    "irishtimes": (
        "The Irish Times",
        "https://www.irishtimes.com/{sec}/{y}/{m}/{d}/{slug}/",
        "ireland",
    ),
    "lemonde": (
        "Le Monde",
        "https://www.lemonde.fr/{sec}/article/{y}/{m}/{d}/{slug}_{num}_3210.html",
        "international",
    ),
    "figaro": ("Le Figaro", "https://www.lefigaro.fr/{sec}/{slug}-{y}{m}{d}", "politique"),
    "liberation": ("Libération", "https://www.liberation.fr/{sec}/{slug}-{alnum}/", "politique"),
    "spiegel": (
        "Der Spiegel",
        "https://www.spiegel.de/{sec}/{slug}-a-{uuid}",
        "politik/deutschland",
    ),
    "faz": (
        "Frankfurter Allgemeine",
        "https://www.faz.net/aktuell/{sec}/{slug}-{num}.html",
        "politik",
    ),
    "sz": ("Süddeutsche Zeitung", "https://www.sueddeutsche.de/{sec}/{slug}-li.{num}", "politik"),
    "welt": ("WELT", "https://www.welt.de/{sec}/article{num}/{slug}.html", "politik/deutschland"),
    "bild": ("BILD", "https://www.bild.de/{sec}/{slug}-{hex32}", "politik/inland"),
    "elpais": ("El País", "https://elpais.com/{sec}/{y}-{m}-{d}/{slug}.html", "espana"),
    "elmundo": ("El Mundo", "https://www.elmundo.es/{sec}/{y}/{m}/{d}/{hex32}.html", "espana"),
    "abces": ("ABC", "https://www.abc.es/{sec}/{slug}-{y}{m}{d}{num}-noticia.html", "espana"),
    "repubblica": (
        "la Repubblica",
        "https://www.repubblica.it/{sec}/{y}/{m}/{d}/news/{slug}-{num}/",
        "politica",
    ),
    "corriere": (
        "Corriere della Sera",
        "https://www.corriere.it/{sec}/{y}_{mon}_{d}/{slug}-{uuid}.shtml",
        "politica",
    ),
    "kyivind": ("The Kyiv Independent", "https://kyivindependent.com/{slug}/", ""),
    "meduza": ("Meduza", "https://meduza.io/en/news/{y}/{m}/{d}/{slug}", ""),
    "meduzaru": ("Медуза", "https://meduza.io/news/{y}/{m}/{d}/{slug}", ""),
    "novaya": ("Novaya Gazeta Europe", "https://novayagazeta.eu/articles/{y}/{m}/{d}/{slug}", ""),
    "kommersant": ("Коммерсантъ", "https://www.kommersant.ru/doc/{num}", ""),
    "asahi": ("朝日新聞", "https://www.asahi.com/articles/AST{alnum}.html", ""),
    "yomiuri": (
        "読売新聞オンライン",
        "https://www.yomiuri.co.jp/{sec}/{y}{m}{d}-OYT1T50{num}/",
        "politics",
    ),
    "japantimes": (
        "The Japan Times",
        "https://www.japantimes.co.jp/{sec}/{y}/{m}/{d}/{slug}/",
        "news",
    ),
    "scmp": (
        "South China Morning Post",
        "https://www.scmp.com/news/{sec}/article/{num}/{slug}",
        "china/diplomacy",
    ),
    "straits": ("The Straits Times", "https://www.straitstimes.com/{sec}/{slug}", "asia/east-asia"),
    "hindu": (
        "The Hindu",
        "https://www.thehindu.com/news/{sec}/{slug}/article{num}.ece",
        "national",
    ),
    "toi": (
        "The Times of India",
        "https://timesofindia.indiatimes.com/{sec}/{slug}/articleshow/{num}.cms",
        "india",
    ),
    "dawn": ("Dawn", "https://www.dawn.com/news/{num}/{slug}", ""),
    "koreaherald": ("The Korea Herald", "https://www.koreaherald.com/article/{num}", ""),
    "folha": (
        "Folha de S.Paulo",
        "https://www1.folha.uol.com.br/{sec}/{y}/{m}/{slug}.shtml",
        "poder",
    ),
    "oglobo": (
        "O Globo",
        "https://oglobo.globo.com/{sec}/noticia/{y}/{m}/{d}/{slug}.ghtml",
        "politica",
    ),
    "clarin": ("Clarín", "https://www.clarin.com/{sec}/{slug}_0_{alnum}.html", "politica"),
    "lanacion": ("La Nación", "https://www.lanacion.com.ar/{sec}/{slug}-nid{d}{m}{y}/", "politica"),
    "pagina12": ("Página/12", "https://www.pagina12.com.ar/{num}-{slug}", ""),
    "infobae": ("Infobae", "https://www.infobae.com/{sec}/{y}/{m}/{d}/{slug}/", "america"),
    "eluniversal": ("El Universal", "https://www.eluniversal.com.mx/{sec}/{slug}/", "nacion"),
    "proceso": (
        "Proceso",
        "https://www.proceso.com.mx/{sec}/{y}/{m}/{d}/{slug}-{num}.html",
        "nacional",
    ),
    "haaretz": (
        "Haaretz",
        "https://www.haaretz.com/{sec}/{y}-{m}-{d}/ty-article/{slug}/{uuid}",
        "israel-news",
    ),
    "toisrael": ("The Times of Israel", "https://www.timesofisrael.com/{slug}/", ""),
    "jpost": ("The Jerusalem Post", "https://www.jpost.com/{sec}/article-{num}", "middle-east"),
    "aljazeera": ("Al Jazeera", "https://www.aljazeera.com/news/{y}/{m0}/{d0}/{slug}", ""),
    "aljazeeraar": ("الجزيرة نت", "https://www.aljazeera.net/news/{y}/{m0}/{d0}/{slug}", ""),
    "alarabiya": (
        "العربية",
        "https://www.alarabiya.net/{sec}/{y}/{m}/{d}/{slug}",
        "arab-and-world",
    ),
    "anadolu": ("Anadolu Agency", "https://www.aa.com.tr/en/{sec}/{slug}/{num}", "world"),
    "trt": ("TRT World", "https://www.trtworld.com/{sec}/{slug}-{num}", "article"),
    "rt": ("RT", "https://www.rt.com/{sec}/{num}-{slug}/", "news"),
    "rtes": ("RT en Español", "https://actualidad.rt.com/actualidad/{num}-{slug}", ""),
    "sputnik": ("Sputnik", "https://sputnikglobe.com/{y}{m}{d}/{slug}-{num}.html", ""),
    "tass": ("TASS", "https://tass.com/{sec}/{num}", "politics"),
    "tassru": ("ТАСС", "https://tass.ru/{sec}/{num}", "politika"),
    "ria": ("РИА Новости", "https://ria.ru/{y}{m}{d}/{slug}-{num}.html", ""),
    "xinhua": ("Xinhua", "https://english.news.cn/{y}{m}{d}/{hex32}/c.html", ""),
    "cgtn": ("CGTN", "https://news.cgtn.com/news/{y}-{m}-{d}/{slug}-{alnum}/p.html", ""),
    "globaltimes": ("Global Times", "https://www.globaltimes.cn/page/{y}{m}/{num}.shtml", ""),
    "chinadaily": ("China Daily", "https://www.chinadaily.com.cn/a/{y}{m}/{d}/WS{hex8}.html", ""),
    "presstv": ("PressTV", "https://www.presstv.ir/Detail/{y}/{m}/{d}/{num}/{slug}", ""),
    "tehrantimes": ("Tehran Times", "https://www.tehrantimes.com/news/{num}/{slug}", ""),
    "belta": ("BelTA", "https://eng.belta.by/{sec}/view/{slug}-{num}-{y}/", "president"),
    "kcna": ("KCNA Watch", "https://kcnawatch.org/newstream/{num}/{slug}/", ""),
    "politifact": ("PolitiFact", "https://www.politifact.com/factchecks/{y}/{mon}/{d}/{slug}/", ""),
    "factcheckorg": ("FactCheck.org", "https://www.factcheck.org/{y}/{m}/{slug}/", ""),
    "snopes": ("Snopes", "https://www.snopes.com/fact-check/{slug}/", ""),
    "fullfact": ("Full Fact", "https://fullfact.org/{sec}/{slug}/", "news"),
    "maldita": ("Maldita.es", "https://maldita.es/malditobulo/{y}{m}{d}/{slug}/", ""),
    "correctiv": ("Correctiv", "https://correctiv.org/faktencheck/{y}/{m}/{d}/{slug}/", ""),
    "whitehouse": (
        "The White House",
        "https://www.whitehouse.gov/{sec}/{y}/{m}/{slug}/",
        "briefings-statements",
    ),
    "statedept": ("U.S. Department of State", "https://www.state.gov/{slug}/", ""),
    "cdc": ("CDC", "https://www.cdc.gov/{sec}/{slug}.html", "media/releases"),
    "govuk": ("GOV.UK", "https://www.gov.uk/government/news/{slug}", ""),
    "eucomm": (
        "European Commission",
        "https://ec.europa.eu/commission/presscorner/detail/en/ip_{y2}_{num4}",
        "",
    ),
    "unnews": ("UN News", "https://news.un.org/en/story/{y}/{m}/{num}", ""),
    "who": ("World Health Organization", "https://www.who.int/news/item/{d}-{m}-{y}-{slug}", ""),
    "onion": ("The Onion", "https://theonion.com/{slug}/", ""),
    "bee": ("The Babylon Bee", "https://babylonbee.com/news/{slug}", ""),
    "dailymash": (
        "The Daily Mash",
        "https://www.thedailymash.co.uk/{sec}/{slug}-{y}{m}{d}{num4}",
        "news/politics-news",
    ),
    "postillon": ("Der Postillon", "https://www.der-postillon.com/{y}/{m}/{slug}.html", ""),
    "elmundotoday": ("El Mundo Today", "https://www.elmundotoday.com/{y}/{m}/{slug}/", ""),
    "gorafi": ("Le Gorafi", "https://www.legorafi.fr/{y}/{m}/{d}/{slug}/", ""),
}


@dataclass(frozen=True)
class C:
    """A citation spec: an outlet key from OUTLETS and an article slug."""

    outlet: str
    slug: str
    sec: str | None = None
    hours: float = 0.0
    name: str | None = None


@dataclass(frozen=True)
class Raw:
    """A citation written out in full (unknown sites, shorteners, platforms)."""

    name: str
    url: str
    hours: float = 0.0


@dataclass(frozen=True)
class Spec:
    """One labeled story: its citations, body, the case it stands for and its gold labels."""

    key: str
    title: str
    when: str
    cites: tuple[C | Raw, ...]
    body: str
    case: str
    gold: tuple[float, str, str]
    # The severity first given (2026-11-28) when a rubric change later moved it: the split
    # is stratified on it, so that no story crosses between train and test.
    was: str | None = None


SPECS: list[Spec] = []


def story(
    key: str,
    title: str,
    when: str,
    cites: list[C | Raw],
    body: str,
    *,
    case: str,
    gold: tuple[float, str, str],
    was: str | None = None,
) -> None:
    """Register one hand-written story; hard-wrapped paragraphs are joined into lines."""
    SPECS.append(Spec(key, title, when, tuple(cites), _unwrap(body), case, gold, was))


def _unwrap(body: str) -> str:
    paragraphs = []
    for para in body.strip("\n").split("\n\n"):
        text = ""
        for line in para.split("\n"):
            line = line.strip()
            if not line:
                continue
            # Scripts written without spaces (Japanese, Chinese) join lines directly.
            sep = "" if not text or ord(text[-1]) > 0x2E80 else " "
            text = text + sep + line if text else line
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _url(key: str, c: C, at: datetime) -> str:
    _, pattern, sec = OUTLETS[c.outlet]
    seed = f"{key}/{c.outlet}/{c.slug}"
    h = _h(seed)
    fields = {
        "slug": c.slug,
        "sec": c.sec if c.sec is not None else sec,
        "y": f"{at.year}",
        "y2": f"{at.year % 100:02d}",
        "m": f"{at.month:02d}",
        "d": f"{at.day:02d}",
        "m0": f"{at.month}",
        "d0": f"{at.day}",
        "mon": MONTHS[at.month - 1],
        "hex32": h[:32],
        "hex8": h[:8],
        "num": _digits(seed, 7),
        "num4": _digits(seed, 4),
        "alnum": _alnum(seed, 10),
        "bbc": "c" + _alnum(seed, 9) + "o",
        "uuid": f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
    }
    return pattern.format(**fields)


# --- embed helpers: the forms in which posts survive in scraped bodies -------------


def tw(text: str, name: str, handle: str, date: str, *, link: bool = True) -> str:
    """A post flattened to text, as in the seed."""
    seed = f"{handle}/{text}"
    tco = f" https://t.co/{_mixed(seed + 't', 10)}" if link else ""
    return f"{text}{tco} pic.twitter.com/{_mixed(seed, 10)} — {name} (@{handle}) {date}"


def tw_html(text: str, name: str, handle: str, date: str, lang: str = "en") -> str:
    """A post as the platform's blockquote embed."""
    seed = f"{handle}/{text}"
    status = _digits(seed, 19)
    return (
        f'<blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">{text} '
        f'<a href="https://t.co/{_mixed(seed, 10)}">pic.twitter.com/{_mixed(seed + "p", 10)}</a>'
        f"</p>&mdash; {name} (@{handle}) "
        f'<a href="https://twitter.com/{handle}/status/{status}?ref_src=twsrc%5Etfw">{date}</a>'
        "</blockquote>"
        ' <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )


def xurl(handle: str, seed: str) -> str:
    """A bare status link."""
    return f"https://x.com/{handle}/status/{_digits(handle + seed, 19)}"


def yt(seed: str, title: str = "YouTube video player") -> str:
    """A YouTube player iframe, as publishers paste it."""
    vid = _mixed(seed, 11)
    return (
        f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}" '
        f'title="{title}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
        'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
    )


def tg(channel: str, post: int, text: str = "") -> str:
    """A Telegram post widget, with the post's text after it when given."""
    widget = (
        '<script async src="https://telegram.org/js/telegram-widget.js?22" '
        f'data-telegram-post="{channel}/{post}" data-width="100%"></script>'
    )
    return f"{widget}\n{text}" if text else widget


def ig(user: str, name: str, seed: str) -> str:
    """An Instagram post blockquote with its embed script."""
    code = _mixed(seed, 11)
    return (
        '<blockquote class="instagram-media" data-instgrm-captioned '
        f'data-instgrm-permalink="https://www.instagram.com/p/{code}/?utm_source=ig_embed" '
        'data-instgrm-version="14"><div><a href="https://www.instagram.com/p/'
        f'{code}/?utm_source=ig_embed" target="_blank">A post shared by {name} (@{user})</a>'
        '</div></blockquote> <script async src="//www.instagram.com/embed.js"></script>'
    )


def tt(user: str, text: str, seed: str) -> str:
    """A TikTok video blockquote with its embed script."""
    vid = _digits(seed, 19)
    return (
        f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{user}/video/{vid}" '
        f'data-video-id="{vid}" style="max-width: 605px;min-width: 325px;"><section>'
        f'<a target="_blank" title="@{user}" href="https://www.tiktok.com/@{user}">@{user}</a>'
        f" {text}</section></blockquote>"
        ' <script async src="https://www.tiktok.com/embed.js"></script>'
    )


def fb(page: str, seed: str) -> str:
    """A Facebook post plugin iframe."""
    post = _digits(seed, 16)
    return (
        '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2F'
        f'www.facebook.com%2F{page}%2Fposts%2F{post}&show_text=true&width=500" '
        'width="500" height="498" style="border:none;overflow:hidden" scrolling="no" '
        'frameborder="0" allowfullscreen="true"></iframe>'
    )


def short(kind: str, seed: str) -> str:
    """A shortened link: bit.ly, t.co, tinyurl, ow.ly."""
    hosts = {"bitly": "bit.ly", "tco": "t.co", "tiny": "tinyurl.com", "owly": "ow.ly"}
    return f"https://{hosts[kind]}/{_mixed(kind + seed, 7 if kind != 'tco' else 10)}"


# --- the stories -----------------------------------------------------------------
# Each gold tuple is (diversity_score, severity, note), assigned by hand with RUBRIC.md.

# STORIES-BEGIN
# US wires, syndication, single sources and one-sided coverage.

story(
    "ap-hurricane-gannett-lee",
    "Hurricane Imelda weakens over the Carolinas, leaving 300,000 without power",
    "2025-10-02T14:10:05",
    [
        C("freep", "hurricane-imelda-carolinas-power-outages", sec="nation"),
        C("azcentral", "hurricane-imelda-carolinas-power-outages", sec="nation"),
        C("indystar", "hurricane-imelda-weakens-carolinas", sec="nation"),
        C("tennessean", "hurricane-imelda-weakens-carolinas", sec="nation"),
        C("stltoday", "imelda-carolinas-outages"),
    ],
    """
WILMINGTON, N.C. (AP) — Hurricane Imelda weakened to a tropical storm on Thursday after
pushing ashore near Wilmington, knocking out power to roughly 300,000 homes and businesses
across the Carolinas and flooding low-lying streets along the Cape Fear River.

The National Hurricane Center said the storm's maximum sustained winds had dropped to 65 mph
(105 kph) by midafternoon as it moved north-northwest at 12 mph. Forecasters warned that
rainfall totals of 8 to 12 inches were still possible in parts of eastern North Carolina
through Friday, and that rivers could keep rising for days after the rain stops.

"The wind is the headline, but the water is what hurts people," said Marisol Duarte, a
meteorologist at the hurricane center. "Don't drive into flooded roads."

Duke Energy said crews from 14 states had been staged ahead of landfall. Schools in New
Hanover and Brunswick counties will stay closed through Monday.

Associated Press writers Jeffrey Collins in Columbia, South Carolina, and Hannah Schoenbaum
in Raleigh contributed to this report.
""",
    case="wire-syndication;one-owner;single-origin",
    gold=(0.10, "normal", "one AP story on 4 Gannett + 1 Lee site; one origin"),
)

story(
    "ap-wildfire-lee-papers",
    "Wind-driven wildfire forces evacuations in central Nebraska",
    "2026-04-18T09:40:12",
    [
        C("omaha", "nebraska-wildfire-evacuations"),
        C("journalstar", "nebraska-wildfire-evacuations"),
        C("pantagraph", "nebraska-wildfire-evacuations"),
        C("buffnews", "nebraska-wildfire-evacuations"),
        C("ap", "nebraska-wildfire-evacuations-custer-county"),
    ],
    """
BROKEN BOW, Neb. (AP) — A fast-moving grass fire pushed by gusts above 60 mph forced the
evacuation of two small towns in central Nebraska on Friday, state emergency officials said.

The fire had burned about 40 square miles (104 square kilometers) of rangeland in Custer
County by evening and was 10% contained, according to the Nebraska Emergency Management
Agency. No injuries had been reported. A shelter opened at the county fairgrounds.

Red flag warnings covered much of the Plains, where a dry winter left grasses brittle.
""",
    case="wire-syndication;one-owner;single-origin",
    gold=(0.10, "normal", "AP copy on apnews and 4 Lee papers; one origin"),
)

story(
    "budget-deal-balanced-seven",
    "Congress passes stopgap spending bill hours before shutdown deadline",
    "2025-11-14T23:05:44",
    [
        C("ap", "congress-stopgap-spending-bill-shutdown-deadline"),
        C("reuters", "us-house-passes-stopgap-funding-bill", sec="world/us"),
        C("nyt", "stopgap-spending-bill-shutdown", sec="us/politics"),
        C("wsj", "congress-passes-stopgap-spending-bill-averting-shutdown"),
        C("fox", "house-passes-stopgap-funding-bill-averting-shutdown"),
        C("npr", "congress-stopgap-funding-shutdown-vote"),
        C("hill", "house-passes-stopgap-spending-bill"),
    ],
    """
The House voted 231-196 late Friday to keep the federal government funded through January
30, sending the measure to the president hours before money was due to run out. The Senate
had cleared it earlier in the evening, 68-31.

The bill holds spending at current levels and adds $4.2 billion for disaster relief, a
provision that had divided Republicans for weeks. Forty-one Democrats joined most
Republicans in support, while 22 conservatives voted no, according to the Associated Press.

Fox News reported that several holdouts were persuaded by a promise of a separate vote on
border spending in January. The New York Times described the disaster money as the price of
Democratic votes in the Senate. The Wall Street Journal noted that the stopgap is the third
of the fiscal year.

"This is not how anyone wants to fund a government," said Rep. Dana Whitfield, who leads the
appropriations subcommittee on homeland security. "But a shutdown at Thanksgiving would have
been worse."
""",
    case="multi-source;balanced;one-owner-pair",
    gold=(0.95, "normal", "6 origins (WSJ+Fox one group), both sides+centre, all high"),
)

story(
    "single-fox-border-arrests",
    "Border Patrol reports sharp drop in crossings as new rule takes effect",
    "2025-08-21T17:12:30",
    [C("fox", "border-patrol-reports-sharp-drop-crossings-new-rule")],
    """
Border Patrol agents recorded fewer than 5,000 apprehensions between ports of entry last
week, the lowest weekly figure in more than five years, according to internal agency data
obtained by Fox News Digital.

A senior official said the decline followed a rule that bars most asylum claims from people
who cross between official crossings. "The numbers speak for themselves," the official said.

Advocacy groups have sued to block the rule, arguing it violates federal asylum law. A
federal judge in San Francisco is scheduled to hear arguments next month.
""",
    case="single-source;one-sided-right",
    gold=(0.10, "elevated", "single Fox News source; +2 one-sided"),
)

story(
    "single-breitbart-ballots",
    "EXCLUSIVE: County Clerk Found 'Thousands' of Unverified Mail Ballots",
    "2026-11-05T06:31:02",
    [C("breitbart", "exclusive-county-clerk-found-thousands-unverified-mail-ballots")],
    """
A county clerk in Maricopa County privately warned colleagues that "thousands" of mail
ballots had not been signature-verified before being counted, according to a source who spoke
with Breitbart News on condition of anonymity.

The source said the ballots were "waved through" in the final days of counting. County
officials did not respond to a request for comment by press time.

The claim comes as activists demand a hand recount. "If even a fraction of this is true, the
results cannot be certified," said Greg Olander, founder of Arizona Ballot Watch.

Breitbart News has not independently verified the number of ballots involved.
""",
    case="single-source;hyperpartisan;one-sided-right;low-reliability",
    gold=(0.0, "high", "single low-reliability hyperpartisan source"),
)

story(
    "left-four-climate-rollback",
    "EPA moves to scrap power plant emissions limits",
    "2025-07-09T12:00:18",
    [
        C("huffpost", "epa-power-plant-emissions-rollback"),
        C("motherjones", "epa-power-plant-carbon-rule-rollback", sec="environment"),
        C("nation", "epa-carbon-rule-repeal", sec="environment"),
        C("salon", "epa-scraps-power-plant-limits"),
    ],
    """
The Environmental Protection Agency on Wednesday proposed repealing limits on greenhouse gas
emissions from coal and gas power plants, a move environmental groups called the largest
climate rollback in the agency's history.

HuffPost reported that the proposal would eliminate requirements for carbon capture at new gas
plants. Mother Jones noted that the agency's own analysis projects higher premature deaths
from fine particle pollution. The Nation called the move "a gift to utilities that bankrolled
the campaign."

"This is a death sentence for communities living next to these plants," said Amara Jones of
the Clean Air Coalition of Western Pennsylvania.

The agency will take public comment for 60 days.
""",
    case="multi-source;one-sided-left;hyperpartisan",
    gold=(0.50, "elevated", "4 left outlets, all -2 mixed; one-sided"),
)

story(
    "right-five-crime-wave",
    "City council rejects police budget increase as carjackings climb",
    "2026-02-26T19:45:00",
    [
        C("fox", "city-council-rejects-police-budget-carjackings-climb", sec="us"),
        C("nypost", "city-council-rejects-police-budget-increase-carjackings"),
        C("dailywire", "city-council-rejects-police-budget-as-carjackings-climb"),
        C("dailycaller", "council-rejects-police-funding-carjackings"),
        C("examiner", "council-votes-down-police-budget", sec="news"),
    ],
    """
The Minneapolis City Council voted 8-5 Tuesday to reject a proposed $18 million increase to the
police department's budget, even as carjackings in the city rose 22% in the past year.

The New York Post reported that the council instead approved $6 million for a "violence
interrupter" program. The Daily Wire quoted a precinct commander who said his officers were
"running call to call with no time to investigate."

Council member Lila Sorensen, who voted against the increase, said the city had already
expanded police overtime. "More money for the same approach is not a plan," she said.

Police union president Dave Kruger said the vote "tells every officer in this city they're on
their own."
""",
    case="multi-source;one-sided-right;one-owner-pair;hyperpartisan",
    gold=(0.50, "elevated", "4 right origins (Fox+NY Post one group), all mixed; one-sided"),
)

story(
    "single-nyt-nursing-homes",
    "Inside the Nursing Home Chain That Cut Staff as Profits Rose",
    "2026-03-15T05:00:00",
    [C("nyt", "nursing-home-chain-staffing-profits", sec="business")],
    """
For three years, residents of the Brookhaven Care nursing homes in Ohio and Pennsylvania
complained of call buttons that went unanswered for hours. Over the same period, the chain's
private-equity owner collected more than $90 million in management fees and dividends,
according to financial records reviewed by The New York Times.

The Times examined inspection reports for 41 Brookhaven facilities and interviewed 63 current
and former employees. Staffing at the homes fell by an average of 18% after the 2022
acquisition, the records show, even as occupancy recovered.

A Brookhaven spokeswoman said the company had "invested significantly in recruitment" and
disputed the Times's staffing calculations, which are based on federal payroll data.
""",
    case="single-source;mainstream",
    gold=(0.10, "normal", "single high-reliability outlet; cap 0.10"),
)

story(
    "gannett-five-usatoday-schools",
    "States race to hire teachers as federal pandemic money runs out",
    "2025-08-28T08:15:00",
    [
        C("usatoday", "teacher-shortage-states-pandemic-funds", sec="news/education"),
        C("jsonline", "wisconsin-teacher-shortage-pandemic-funds", sec="education"),
        C("dmreg", "iowa-teacher-shortage-funds", sec="education"),
        C("cincinnati", "ohio-teacher-shortage-funds", sec="education"),
        C("indystar", "indiana-teacher-shortage-funds", sec="education"),
    ],
    """
School districts from Wisconsin to Ohio are starting the year with hundreds of vacancies as the
last of the federal pandemic relief money expires, a USA TODAY Network analysis of state hiring
data found.

In Milwaukee, the district posted 212 open teaching positions a week before classes began. In
Des Moines, officials combined some middle school classes to cover gaps. Indiana's education
department said emergency permits for unlicensed teachers had doubled since 2022.

The analysis, reported by journalists at USA TODAY, the Milwaukee Journal Sentinel, the Des
Moines Register, The Cincinnati Enquirer and IndyStar, found that states that used relief money
for one-time bonuses are now struggling to keep those teachers.
""",
    case="one-owner;single-origin",
    gold=(0.10, "normal", "five Gannett titles; one owner, one origin"),
)

story(
    "newscorp-five-media-merger",
    "Streaming giants circle ailing studio as bidding war looms",
    "2026-06-04T10:20:00",
    [
        C("wsj", "streaming-giants-circle-studio-bidding-war", sec="business/media"),
        C("nypost", "streaming-giants-circle-studio-bidding-war", sec="business"),
        C("times", "streaming-giants-circle-hollywood-studio", sec="business-money"),
        C("sun", "hollywood-studio-bidding-war-streaming"),
        C("australian", "streaming-giants-circle-studio", sec="business/media"),
    ],
    """
Two of the largest streaming companies are preparing rival bids for a struggling Hollywood
studio, people familiar with the matter said, setting up a contest that could value the
company at more than $40 billion including debt.

The Wall Street Journal first reported the talks on Wednesday. The Times of London and The
Australian, which carried the report, said advisers had been hired on both sides. The Sun said
a deal could put beloved franchises "under the control of a tech giant."

The studio declined to comment. Its shares rose 14% in premarket trading.
""",
    case="one-owner;news-corp-five;tabloid",
    gold=(0.10, "normal", "five News Corp titles; one owner, one origin"),
)

# State media, embedded posts, fact-checks, satire and unknown sources.

story(
    "rt-single-drone-strikes",
    "Kiev regime's drone attack on energy facility foiled, MoD says",
    "2025-10-19T07:55:00",
    [C("rt", "drone-attack-energy-facility-foiled", sec="russia")],
    """
Russian air defenses intercepted 41 Ukrainian drones overnight, including several aimed at an
electricity substation in Bryansk Region, the Russian Defense Ministry said on Sunday.

According to the ministry, debris damaged two residential buildings but caused no casualties.
Regional governor Aleksandr Bogomaz wrote on Telegram that power had been restored to most
homes by morning.

Moscow has repeatedly accused Kiev of targeting civilian infrastructure "on the orders of its
Western sponsors." Ukraine has not commented on the reported attack.
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single RT report; state, low"),
)

story(
    "tass-single-gas-exports",
    "Gazprom says gas exports to China via Power of Siberia hit record",
    "2026-01-08T11:30:00",
    [C("tass", "gas-exports-china-record", sec="economy")],
    """
MOSCOW, January 8. /TASS/. Gas deliveries to China via the Power of Siberia pipeline reached a
record daily level on January 7, exceeding contractual obligations, Gazprom said in a
statement.

The company did not disclose the volume. Deliveries under the 30-year contract with CNPC are
planned at 38 billion cubic meters a year. Talks on the Power of Siberia 2 route through
Mongolia are continuing, Deputy Prime Minister Alexander Novak told reporters last month.
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single TASS report; state-only origin (F3)"),
)

story(
    "china-state-three-tariffs",
    "China vows countermeasures after new US chip export curbs",
    "2025-12-03T09:00:00",
    [
        C("xinhua", "china-countermeasures-chip-export-curbs"),
        C("cgtn", "china-vows-countermeasures-chip-curbs"),
        C("globaltimes", "chip-curbs-countermeasures"),
    ],
    """
China's Ministry of Commerce said on Wednesday it would take "necessary measures" to protect
the rights of Chinese companies after Washington added 27 Chinese firms to its export control
list.

A ministry spokesperson said the measures "seriously violate the principles of market economy"
and urged the US side to "correct its wrong practices immediately." Xinhua reported that the
ministry would study an unreliable entity list review of several US defense contractors.

Experts interviewed by the Global Times said the curbs would "only accelerate China's drive for
self-reliance in semiconductors." CGTN said domestic chipmakers' shares rose on the news.
""",
    case="multi-citation;state-media;one-owner",
    gold=(0.0, "high", "Xinhua+CGTN+Global Times = one Chinese state origin"),
)

story(
    "talks-reuters-ap-bbc-rt",
    "Ukraine and Russia hold first direct talks in months in Istanbul",
    "2026-05-16T16:40:00",
    [
        C("reuters", "ukraine-russia-hold-direct-talks-istanbul", sec="world/europe"),
        C("ap", "ukraine-russia-talks-istanbul-prisoner-exchange"),
        C("bbc", "istanbul-talks"),
        C("rt", "istanbul-talks-delegation", sec="russia"),
    ],
    """
Ukrainian and Russian delegations met in Istanbul on Friday for their first direct talks in
nearly six months, agreeing on a prisoner exchange of 500 people from each side but making no
progress on a ceasefire, officials from both sides said.

Reuters reported that the meeting lasted less than two hours. Turkey's foreign minister, who
hosted the talks, said both sides had agreed to meet again "at the technical level."

RT quoted the head of the Russian delegation as saying Moscow's conditions "remain unchanged."
A Ukrainian negotiator told the BBC the exchange was "the only thing that could be agreed
today."
""",
    case="multi-source;state-media;wire",
    gold=(0.60, "normal", "AP, Reuters, BBC + RT; centre only; corroborated"),
)

story(
    "tgp-rt-embeds-serbia",
    "WATCH: Serbian President Slams EU 'Hypocrisy' Over Sanctions Pressure (VIDEO)",
    "2025-09-30T13:02:00",
    [C("tgp", "watch-serbian-president-slams-eu-hypocrisy-sanctions")],
    "The Gateway Pundit | by Paul Serran The Serbian president refused again to join sanctions. "
    + tw(
        "Vucic: Serbia will not impose sanctions on Russia, no matter how much pressure Brussels applies",
        "RT",
        "RT_com",
        "September 29, 2025",
    )
    + " The EU has been demanding alignment for months. "
    + tw(
        "'They tell us about values, but they buy Russian gas through third countries' — Vucic",
        "RT",
        "RT_com",
        "September 29, 2025",
    )
    + " Belgrade depends on Russian gas for most of its supply. "
    + tw(
        "WATCH: Serbian leader says his country 'will not be blackmailed'",
        "RT",
        "RT_com",
        "September 30, 2025",
    )
    + " The European Commission has warned that Serbia's accession talks could stall. Read more:"
    " EU Elites Panic as Another Country Refuses to Obey Brussels.",
    case="single-source;hyperpartisan;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single hyperpartisan low source; RT embeds ~60% of body"),
)

story(
    "fox-senator-html-tweets",
    "Senate Republicans blast Pentagon over delayed shipbuilding report",
    "2026-03-03T15:20:00",
    [C("fox", "senate-republicans-blast-pentagon-delayed-shipbuilding-report")],
    """
Senate Armed Services Committee Republicans on Tuesday accused the Pentagon of sitting on a
long-overdue shipbuilding plan, saying the delay leaves Congress unable to fund new vessels in
the next budget.

The 30-year plan was due to Congress in February. A Navy spokesperson told Fox News Digital the
report was "in final review" and would be delivered "in the coming weeks."

"""
    + tw_html(
        "The Navy's shipbuilding plan is 5 weeks late. You can't build a 355-ship fleet on PowerPoint.",
        "Sen. Carl Hendricks",
        "SenHendricks",
        "March 3, 2026",
    )
    + """

Shipyards in Virginia, Mississippi and Maine have warned of layoffs if orders slip. The Navy's
fleet stands at 292 battle force ships, short of the 355 that Congress set as a goal in 2018.
Democrats on the committee said they shared concerns about the delay but blamed years of cost
overruns at the yards themselves. The committee's chairman said he would call the Navy
secretary to testify if the plan is not delivered by the end of the month.

The Government Accountability Office reported last year that eight of the Navy's largest
shipbuilding programs were behind schedule, some by as much as three years, largely because
of a shortage of skilled welders and electricians. The Navy has since offered retention
bonuses at two public shipyards and expanded apprenticeship programs with community colleges
in Virginia and Connecticut.

The submarine program has drawn particular scrutiny. Both shipyards that build attack
submarines are delivering about 1.2 boats a year, short of the two a year the Navy says it
needs to meet its commitments, including a plan to sell submarines to Australia. Industry
officials say suppliers need multiyear contracts to justify hiring. "They can't hire people on
a promise," said one lobbyist for the shipbuilding industry, who asked not to be named because
he was not authorized to speak for member companies.

The committee is expected to take up its version of the annual defense policy bill in June.
""",
    case="single-source;one-sided-right;embeds-html",
    gold=(0.10, "elevated", "single Fox source; one senator tweet ~20% of body"),
)

story(
    "kxan-hill-nexstar-flood",
    "Flash flooding closes dozens of roads in Austin area",
    "2026-05-28T21:10:00",
    [
        C("kxan", "flash-flooding-closes-roads-austin"),
        C("hill", "flash-flooding-texas-austin-roads", sec="homenews/weather"),
    ],
    """
More than 60 roads were closed across Travis and Williamson counties Thursday evening after up
to 6 inches of rain fell in three hours, the City of Austin said.

Austin Fire Department crews carried out 14 high-water rescues, including a driver who was
stranded on a low-water crossing in north Austin. No injuries were reported.

"""
    + yt("kxan-flood-video", "Flash flooding in Austin")
    + """

The National Weather Service extended a flood warning until 1 a.m. Friday. Residents can check
road closures at ATXfloods.com.

Shoal Creek rose more than 9 feet in under an hour near West 34th Street, according to a
county gauge, and Onion Creek spilled into neighborhoods in southeast Austin that flooded in
2013 and 2015. City officials opened a shelter at a recreation center for residents who had to
leave their homes. The Austin-Travis County EMS said it had responded to several crashes on
Interstate 35 and MoPac Expressway as drivers were caught in heavy rain during the evening
commute. Forecasters said another round of storms was possible Saturday, with the ground
already saturated across the Hill Country, and urged residents never to drive through water
covering a road: "Turn around, don't drown."
""",
    case="one-owner;local-tv;embeds-youtube",
    gold=(0.10, "normal", "KXAN + The Hill = one Nexstar origin; YouTube iframe ~20%"),
)

story(
    "factcheck-viral-bridge-claim",
    "No, the bridge collapse video is not from this week",
    "2025-11-22T12:00:00",
    [
        C("politifact", "viral-video-bridge-collapse-old-footage"),
        C("snopes", "bridge-collapse-video-old"),
        C("afpfc", "bridge-collapse-old-video"),
        C("reuters", "fact-check-bridge-collapse-video-2019", sec="fact-check"),
    ],
    "A video shared more than 2 million times claims to show a highway bridge collapsing in "
    "Ohio this week. It does not. "
    + tw(
        "BREAKING: Ohio bridge just COLLAPSED, they're not telling you how many cars went down",
        "Justice Truth Network",
        "JusticeTruthNet",
        "November 20, 2025",
    )
    + """

PolitiFact traced the footage to a 2019 collapse in Taiwan, where a bridge over a fishing port
gave way. Reverse image searches show the same clip on Taiwanese news channels at the time.
AFP's fact-check team and Reuters Fact Check reached the same conclusion, and Snopes rated the
claim false.

The Ohio Department of Transportation said no bridge in the state had collapsed this week.
""",
    case="fact-checker;multi-source;embeds-flat",
    gold=(0.65, "normal", "4 origins, centre only, all high; viral post ~30% of body"),
)

story(
    "bee-satire-as-news-blog",
    "Report: Congress Votes to Rename Itself 'The Uniparty' to Save Time",
    "2026-02-11T08:00:00",
    [
        Raw(
            "Patriot Dispatch 24",
            "https://patriotdispatch24.com/2026/02/congress-votes-rename-itself-uniparty/",
        ),
        C("bee", "congress-votes-to-rename-itself-the-uniparty"),
    ],
    """
In a stunning move that proves what patriots have known for years, Congress voted on Tuesday to
officially rename itself "The Uniparty," according to a report.

The measure passed 433-2, with only two members objecting, the report said. "It just saves time
on the ballots," one unnamed congressman reportedly said.

Share this before it's taken down!
""",
    case="satire-as-news;unknown-blog",
    gold=(0.0, "high", "unknown blog + Babylon Bee presented as fact (F2)"),
)

story(
    "dailystar-onion-as-fact",
    "Scientists warn 'Mercury retrograde' to blame for rise in office printer rage",
    "2025-07-30T10:00:00",
    [
        C("dailystar", "scientists-blame-mercury-retrograde-printer-rage"),
        C("onion", "scientists-confirm-printer-rage-mercury-retrograde"),
    ],
    """
Office workers have been warned to expect their printers to act up this week, after scientists
blamed the alignment of planets for a surge in "printer rage".

According to a report, researchers found that paper jams rise by up to 40 per cent when Mercury
is in retrograde. One expert said: "The data is undeniable."

The Daily Star has contacted several printer manufacturers for comment.
""",
    case="satire-as-news;tabloid",
    gold=(0.0, "high", "tabloid (low) citing The Onion as fact (F2)"),
)

story(
    "govuk-energy-price-cap-balanced",
    "Energy price cap to fall 6% from January, regulator confirms",
    "2025-11-27T07:05:00",
    [
        C("govuk", "energy-price-cap-falls-january"),
        C("bbc", "energy-price-cap-january"),
        C("guardian", "energy-price-cap-fall-january-ofgem", sec="money"),
        C("telegraph", "energy-price-cap-fall-january", sec="money/consumer-affairs"),
        C("ft", "ofgem-price-cap-january"),
    ],
    """
The energy price cap for households in England, Scotland and Wales will fall by 6% from 1
January, the regulator Ofgem confirmed on Thursday, taking a typical annual dual-fuel bill to
£1,620.

The government welcomed the fall in a statement on GOV.UK, saying it would "put money back in
people's pockets." The Guardian reported that bills remain about 40% above their level before
the 2022 energy crisis, while the Telegraph noted that standing charges will rise.

Consumer groups urged households to check whether fixed deals would save them more. The
Financial Times said wholesale gas prices had eased on mild autumn weather and high storage
levels across Europe.
""",
    case="multi-source;balanced;government;uk",
    gold=(0.90, "normal", "5 origins incl. gov.uk, both sides+centre, R 0.9"),
)

story(
    "whitehouse-single-statement",
    "Statement on the extension of the Temporary Protected Status review",
    "2026-07-02T18:00:00",
    [C("whitehouse", "statement-extension-temporary-protected-status-review")],
    """
The White House said on Thursday that the administration will extend its review of Temporary
Protected Status designations for three countries by 90 days, citing "the need for a complete
and fair assessment of current conditions."

In the statement, the press secretary said the extension would not change the status of
current beneficiaries during the review period. The Department of Homeland Security will
publish a notice in the Federal Register.
""",
    case="single-source;government",
    gold=(0.10, "elevated", "single government source (mixed); F6 floor"),
    was="normal",
)

story(
    "shorteners-vaccine-blog-ig",
    "Doctors 'silenced' over vaccine injury data, whistleblower claims",
    "2026-01-24T22:10:00",
    [
        Raw("Reuters", short("bitly", "vaccine-whistle-1")),
        Raw("Study", short("tiny", "vaccine-whistle-2")),
        Raw(
            "Health Freedom Wire",
            "https://healthfreedomwire.net/doctors-silenced-vaccine-injury-data/",
        ),
    ],
    """
A nurse who says she worked at a major hospital system claims administrators ordered staff not
to report suspected vaccine injuries, in a video that has been viewed millions of times.

"""
    + ig("truthnurse.kayla", "Kayla R.", "vaccine-ig-1")
    + """

The nurse, who gives only her first name, says she has "documents" but has not released them.
Health Freedom Wire says it has "confirmed" her account with two other staff members, whom it
does not name. A study linked below supposedly shows a spike in injuries after 2021.
""",
    case="unknown-blog;shorteners;embeds-instagram",
    gold=(0.0, "high", "3 unknown origins (2 shorteners, blog); IG embed ~45% (F5)"),
)

story(
    "tco-thread-private-account",
    "Thread: what really happened at the county fair shooting",
    "2025-08-10T03:45:00",
    [Raw("X", short("tco", "fair-thread"))],
    tw(
        "1/ I was there. The police story about the county fair shooting doesn't add up.",
        "Real Midwest Mom",
        "RealMidwestMom",
        "August 9, 2025",
        link=False,
    )
    + " "
    + tw(
        "2/ There were TWO shooters. I heard shots from the grandstand AND the parking lot.",
        "Real Midwest Mom",
        "RealMidwestMom",
        "August 9, 2025",
        link=False,
    )
    + " "
    + tw(
        "3/ Why did they close the gates for 40 minutes before letting anyone leave? Ask yourself.",
        "Real Midwest Mom",
        "RealMidwestMom",
        "August 9, 2025",
        link=False,
    )
    + " The sheriff's office has said one suspect was arrested at the scene.",
    case="single-source;shorteners;embeds-flat;unknown",
    gold=(0.0, "high", "single t.co link; private account thread ~85% of body"),
)

story(
    "unknown-site-telegram-rt",
    "Западные СМИ скрывают правду о потерях ВСУ",
    "2026-03-21T06:10:00",
    [Raw("Новости 24", "https://novosti-24.info/zapadnye-smi-skryvayut-pravdu-o-poteryakh/")],
    "Западные СМИ продолжают замалчивать реальные потери украинской армии, пишет наш источник. "
    + tg(
        "rt_russian",
        21437,
        "Минобороны: за сутки ВСУ потеряли до 1300 военнослужащих, уничтожены три танка и "
        "пять бронемашин. Подробности — в нашем канале.",
    )
    + "\n"
    + tg(
        "rt_russian",
        21441,
        "Захарова: западные журналисты получают методички о том, как освещать конфликт. "
        "«Это не журналистика, это пропаганда», — заявила официальный представитель МИД.",
    )
    + "\nСледите за новостями.",
    case="single-source;unknown;embeds-telegram;state-media-embedded;non-english;russian",
    gold=(0.0, "critical", "unknown site; RT Telegram posts ~80% of body"),
)

story(
    "gaza-aid-aljazeera-multi",
    "Aid convoy enters northern Gaza after weeks of delays",
    "2025-06-18T14:30:00",
    [
        C("aljazeera", "aid-convoy-enters-northern-gaza"),
        C("reuters", "aid-convoy-enters-northern-gaza", sec="world/middle-east"),
        C("ap", "gaza-aid-convoy-north-un"),
        C("toisrael", "aid-convoy-enters-northern-gaza-after-weeks-of-delays"),
        C("haaretz", "aid-convoy-northern-gaza-delays"),
        C("bbc", "gaza-aid-north"),
    ],
    """
A convoy of 42 trucks carrying flour, medicine and fuel entered northern Gaza on Wednesday, the
first to reach the area in three weeks, the UN's humanitarian office said.

Al Jazeera reported crowds gathering along the route near Jabalia. The Israeli military said
the convoy had been inspected at the Zikim crossing and that it was "facilitating" aid. Reuters
quoted a UN official as saying the trucks represented "a fraction" of what is needed.

Haaretz reported that the cabinet had debated the convoy for several days. The Times of Israel
said a second convoy was planned for the weekend.
""",
    case="multi-source;state-media;middle-east",
    gold=(0.70, "normal", "6 origins incl. Al Jazeera (state); left+centre"),
)

story(
    "iran-state-two-sanctions",
    "Iran rejects 'illegal' snapback of UN sanctions",
    "2025-09-28T09:30:00",
    [
        C("presstv", "iran-rejects-illegal-snapback-un-sanctions"),
        C("tehrantimes", "iran-rejects-snapback"),
    ],
    """
Iran's Foreign Ministry said on Sunday that the reimposition of UN sanctions by three European
countries was "null and void," and warned of a "proportionate response."

Spokesman Esmaeil Baghaei said the so-called snapback mechanism had been "abused" by the
European trio and that Iran would review its cooperation with the International Atomic Energy
Agency. Lawmakers called for withdrawal from the Non-Proliferation Treaty, PressTV reported.
""",
    case="multi-citation;state-media;one-owner",
    gold=(0.0, "high", "PressTV + Tehran Times = one Iranian state origin"),
)

story(
    "belarus-belta-tass-reuters",
    "Belarus frees 16 prisoners after talks with US envoy",
    "2026-06-12T12:45:00",
    [
        C("belta", "lukashenko-pardons-16-convicts"),
        C("tass", "belarus-releases-16", sec="world"),
        C("reuters", "belarus-frees-16-prisoners-after-talks-with-us-envoy", sec="world/europe"),
    ],
    """
Belarus released 16 prisoners on Thursday, including two foreign nationals, after a visit by a
US envoy to Minsk, the presidential press service said.

Belta quoted the president as saying the pardon was "a humane gesture" and that Minsk was
"ready for a big deal" with Washington. TASS said the envoy discussed easing sanctions on the
potash industry.

Reuters, citing a US official, said the released prisoners had crossed into Lithuania. The
Belarusian human rights group Viasna says more than 1,100 political prisoners remain in jail.
""",
    case="multi-source;state-media",
    gold=(0.25, "elevated", "Belta + TASS (two states) + Reuters; state 2/3"),
)

story(
    "reuters-twelve-summit",
    "G20 leaders end summit with watered-down climate language",
    "2025-11-23T18:00:00",
    [
        C("ap", "g20-summit-johannesburg-climate-statement"),
        C("reuters", "g20-leaders-end-summit-climate-language", sec="world/africa"),
        C("afp", "g20-summit-ends-climate"),
        C("bbc", "g20-summit-ends"),
        C("nyt", "g20-summit-climate-statement", sec="world/africa"),
        C("wapo", "g20-johannesburg-climate", sec="world"),
        C("fox", "g20-summit-ends-climate-language", sec="world"),
        C("wsj", "g20-leaders-climate-statement", sec="world/africa"),
        C("guardian", "g20-summit-johannesburg-climate-final-statement", sec="world"),
        C("telegraph", "g20-summit-climate", sec="world-news"),
        C("xinhua", "g20-summit-concludes"),
        C("kyivind", "g20-statement-ukraine-language"),
    ],
    """
JOHANNESBURG — Leaders of the Group of 20 major economies ended their summit on Sunday with a
joint statement that dropped a pledge to "transition away from fossil fuels," a phrase that had
appeared in drafts until the final hours, according to several delegations.

The Associated Press and Reuters both reported that two oil-producing members had threatened to
block the statement. The Guardian called the outcome a setback; The Wall Street Journal said the
language reflected "energy realities." Xinhua highlighted a paragraph on development finance.

The statement referred to the war in Ukraine only in general terms, which the Kyiv Independent
said disappointed Ukrainian diplomats. Fox News noted that the United States sent a lower-level
delegation.
""",
    case="multi-source;balanced;twelve-citations;state-media",
    gold=(1.0, "normal", "11 origins (WSJ+Fox one group), both sides+centre, R 0.91"),
)

# Non-English bodies and non-US outlets.

story(
    "es-presupuestos-cinco",
    "El Gobierno aprueba el techo de gasto sin apoyos garantizados en el Congreso",
    "2025-07-22T13:15:00",
    [
        C("elpais", "el-gobierno-aprueba-el-techo-de-gasto"),
        C("elmundo", "gobierno-techo-de-gasto"),
        C("efe", "gobierno-aprueba-techo-gasto", sec="economia"),
        C("rtve", "consejo-ministros-techo-gasto"),
        C("abces", "gobierno-aprueba-techo-gasto-sin-apoyos"),
    ],
    """
MADRID (EFE).- El Consejo de Ministros aprobó este martes el límite de gasto no financiero para
2026, que asciende a 212.000 millones de euros, un 3,1 % más que el año anterior, aunque el
Ejecutivo no tiene asegurados los apoyos para sacar adelante los Presupuestos en el Congreso.

Según El País, el Ministerio de Hacienda confía en negociar con sus socios durante el otoño. El
Mundo recoge que Junts ha advertido de que no apoyará las cuentas "sin compromisos concretos".
ABC subraya que sería el tercer año consecutivo con Presupuestos prorrogados.

La ministra de Hacienda defendió en rueda de prensa que el techo de gasto "protege el Estado del
bienestar" y permite cumplir la senda de déficit pactada con Bruselas.
""",
    case="multi-source;balanced;non-english;spanish;eu",
    gold=(0.90, "normal", "5 Spanish origins, both sides+centre, R 0.9"),
)

story(
    "de-axel-springer-three",
    "Koalitionsstreit um Bürgergeld: Union droht mit Blockade",
    "2026-02-04T08:40:00",
    [
        C("bild", "koalitionsstreit-buergergeld-union-droht"),
        C("welt", "buergergeld-union-droht-mit-blockade"),
        C("politicoeu", "germany-coalition-buergergeld-row"),
    ],
    """
Im Streit um die Reform des Bürgergelds droht die Union mit einer Blockade im Bundesrat. Wie BILD
aus Koalitionskreisen erfuhr, wollen mehrere unionsgeführte Länder dem Gesetz nur zustimmen,
wenn die Sanktionen für Totalverweigerer deutlich verschärft werden.

WELT berichtet, dass das Arbeitsministerium einen Kompromissvorschlag vorbereitet. Politico
zufolge rechnen Diplomaten in Brüssel nicht mit Auswirkungen auf den Haushaltsplan.

„Wer arbeiten kann, muss arbeiten", sagte ein Fraktionsvize der Union. Die SPD wies die
Forderungen als „Wahlkampfgetöse" zurück.
""",
    case="one-owner;axel-springer;tabloid;non-english;german",
    gold=(0.10, "normal", "Bild+Welt+Politico = one Axel Springer origin"),
)

story(
    "fr-retraites-cinq",
    "Réforme des retraites : le gouvernement suspend le relèvement de l'âge légal",
    "2025-10-14T17:20:00",
    [
        C("lemonde", "reforme-des-retraites-suspension-age-legal", sec="politique"),
        C("figaro", "retraites-le-gouvernement-suspend-le-relevement-de-l-age"),
        C("afp", "retraites-suspension-age-legal"),
        C("france24", "retraites-suspension-reforme", sec="france"),
        C("liberation", "retraites-suspension-victoire-en-trompe-l-oeil"),
    ],
    """
Le Premier ministre a annoncé mardi devant l'Assemblée nationale la suspension du relèvement de
l'âge légal de départ à la retraite jusqu'à l'élection présidentielle, une concession destinée
à éviter la censure du gouvernement.

Selon l'AFP, la mesure coûterait 400 millions d'euros en 2026. Le Monde rapporte que les
socialistes ont salué « un premier pas », tandis que Le Figaro souligne l'inquiétude du
patronat. Libération évoque une « victoire en trompe-l'œil » pour la gauche.

Le texte doit être intégré au projet de loi de financement de la Sécurité sociale.
""",
    case="multi-source;balanced;non-english;french;eu",
    gold=(0.90, "normal", "5 French origins, both sides+centre, R 0.9"),
)

story(
    "ru-state-two-ria-tass",
    "Песков: Кремль готов к контактам с Вашингтоном на высшем уровне",
    "2026-04-09T10:05:00",
    [
        C("ria", "peskov-kontakty-vashington"),
        C("tassru", "peskov-kontakty"),
    ],
    """
МОСКВА, 9 апреля — РИА Новости. Кремль по-прежнему открыт для контактов с Вашингтоном на
высшем уровне, однако конкретных договоренностей о встрече пока нет, заявил пресс-секретарь
президента Дмитрий Песков.

«Политическая воля есть, но встреча должна быть хорошо подготовлена», — сказал он журналистам.
Как сообщает ТАСС, Песков также отметил, что Москва внимательно изучает последние заявления
американской стороны по вопросам стратегической стабильности.
""",
    case="multi-citation;state-media;one-owner;non-english;russian",
    gold=(0.0, "high", "RIA + TASS = one Russian state origin (F3)"),
)

story(
    "ja-four-nhk-kyodo",
    "日銀、政策金利を0.75%に引き上げ　17年ぶり水準",
    "2025-12-19T13:30:00",
    [
        C("nhk", "boj-rate-hike"),
        C("kyodo", "boj-raises-rate-075"),
        C("asahi", "boj-rate"),
        C("yomiuri", "boj-rate", sec="economy"),
    ],
    """
日本銀行は19日の金融政策決定会合で、政策金利を現在の0.5%から0.75%に引き上げることを決めた。
0.75%は約17年ぶりの水準となる。

NHKによると、賃上げの動きが中小企業にも広がり、物価目標の実現が見通せるようになったと判断した。
共同通信は、円安による輸入物価の上昇も背景にあると伝えた。

朝日新聞は住宅ローン金利への影響を指摘し、読売新聞は企業の設備投資への影響を懸念する声を紹介した。
植田総裁は記者会見で「緩和的な金融環境は維持される」と述べた。

決定は9人の政策委員のうち8人の賛成によるもので、1人は据え置きを主張した。市場では追加利上げの時期を
巡る観測が強まっており、発表後、外国為替市場では円相場が一時1ドル＝153円台まで上昇した。
政府関係者は「日銀の判断を尊重する」と述べ、家計への影響を注視する考えを示した。
""",
    case="multi-source;balanced;non-english;japanese;asia",
    gold=(0.85, "normal", "4 Japanese origins, both sides+centre, all high"),
)

story(
    "ar-two-gulf-state",
    "قمة خليجية طارئة لبحث التصعيد في البحر الأحمر",
    "2026-01-15T19:00:00",
    [
        C("alarabiya", "gulf-emergency-summit-red-sea"),
        C("aljazeeraar", "gulf-summit-red-sea-escalation"),
    ],
    """
دعت الأمانة العامة لمجلس التعاون لدول الخليج العربية إلى قمة طارئة في الرياض الأسبوع المقبل
لبحث التصعيد في البحر الأحمر وتأثيره على حركة الملاحة والتجارة.

وذكرت العربية أن القادة سيناقشون آلية مشتركة لحماية السفن التجارية. فيما نقلت الجزيرة نت عن مصادر
دبلوماسية أن الخلافات حول المشاركة في تحالف بحري دولي ما زالت قائمة.

وارتفعت أسعار التأمين على السفن العابرة لمضيق باب المندب بنسبة 30 في المئة خلال شهر.
""",
    case="multi-citation;state-media;non-english;arabic;middle-east",
    gold=(0.0, "high", "Al Arabiya + Al Jazeera: two state origins only (F3)"),
)

story(
    "pt-folha-globo-single-topic",
    "STF forma maioria para manter regras de emendas parlamentares",
    "2026-03-26T20:10:00",
    [
        C("folha", "stf-forma-maioria-emendas-parlamentares"),
        C("oglobo", "stf-maioria-emendas"),
    ],
    """
O Supremo Tribunal Federal formou maioria nesta quinta-feira para manter as novas regras de
transparência das emendas parlamentares, que exigem a identificação do autor e do destino dos
recursos.

Segundo a Folha, sete ministros acompanharam o relator. O Globo informa que líderes do Centrão
articulam uma proposta de emenda à Constituição para contornar a decisão.

O julgamento ocorre no plenário virtual e termina na sexta-feira.
""",
    case="multi-source;non-english;portuguese;latin-america",
    gold=(0.55, "normal", "2 Brazilian origins, centre only, both high"),
)

story(
    "ar-clarin-pagina12-milei",
    "Milei veta la ley de financiamiento universitario y la oposición busca insistir",
    "2025-10-03T21:45:00",
    [
        C("clarin", "milei-veta-ley-financiamiento-universitario"),
        C("lanacion", "milei-veta-ley-universitaria"),
        C("pagina12", "milei-veta-universidades"),
        C("infobae", "milei-veto-universidades", sec="politica"),
    ],
    """
El presidente Javier Milei vetó este viernes la ley de financiamiento universitario aprobada por
el Congreso, y la oposición anunció que buscará los dos tercios necesarios para insistir con el
texto.

Clarín informó que el Gobierno calcula un costo fiscal de 0,14 % del PBI. La Nación destacó que
varios gobernadores aliados evitaron pronunciarse. Página/12 calificó el veto como "un ataque a
la universidad pública" y anticipó una nueva marcha federal.

Según Infobae, la sesión para tratar el veto podría realizarse dentro de dos semanas.
""",
    case="multi-source;balanced;non-english;spanish;latin-america",
    gold=(0.80, "normal", "4 Argentine origins, both sides+centre, R 0.75"),
)

story(
    "mx-single-proceso",
    "Documentos revelan contratos millonarios sin licitación en obra del Tren Maya",
    "2026-05-07T07:30:00",
    [C("proceso", "contratos-sin-licitacion-tren-maya")],
    """
Documentos obtenidos por Proceso mediante solicitudes de transparencia revelan que la
constructora a cargo de un tramo del Tren Maya recibió contratos adicionales por más de 2 mil
millones de pesos sin licitación, bajo el argumento de "seguridad nacional".

La empresa no respondió a las preguntas de este semanario. Fonatur aseguró que todos los
contratos "se apegaron a la ley".
""",
    case="single-source;non-english;spanish;latin-america",
    gold=(0.10, "elevated", "single lean-left mixed outlet; F6 floor"),
    was="normal",
)

story(
    "it-repubblica-corriere-ansa",
    "Manovra, via libera del Consiglio dei ministri: taglio Irpef per il ceto medio",
    "2025-10-17T22:00:00",
    [
        C("repubblica", "manovra-via-libera-cdm-taglio-irpef"),
        C("corriere", "manovra-cdm-irpef"),
        C("ansa", "manovra-cdm-via-libera"),
    ],
    """
ROMA (ANSA) - Il Consiglio dei ministri ha approvato in serata il disegno di legge di bilancio
per il 2026, che vale circa 18 miliardi di euro e prevede un taglio dell'aliquota Irpef dal 35 al
33 per cento per i redditi tra 28 e 50 mila euro.

Secondo la Repubblica, le opposizioni parlano di "manovra senza crescita". Il Corriere della Sera
sottolinea che il contributo chiesto alle banche è stato concordato con l'Abi.
""",
    case="multi-source;non-english;italian;eu;wire",
    gold=(0.60, "normal", "3 Italian origins, left+centre, all high"),
)

story(
    "uk-strike-anchor-050",
    "Resident doctors in England vote to extend strike mandate",
    "2026-01-29T16:25:00",
    [
        C("guardian", "resident-doctors-vote-extend-strike-mandate", sec="society"),
        C("independent", "resident-doctors-strike-mandate-bma"),
        C("mirror", "doctors-strike-mandate-extended"),
        C("sky", "resident-doctors-vote-to-extend-strike-mandate"),
    ],
    """
Resident doctors in England have voted to extend their mandate for strike action by another six
months, the British Medical Association said on Thursday, with 89% of those voting in favour on
a turnout of 54%.

The Guardian reported that talks with the health secretary over pay restoration broke down in
December. The Independent said NHS England estimated the last walkout cost £300m. The Mirror
quoted a junior doctor in Manchester who said she was "working 70-hour weeks for less than a
barista earns per hour."

Sky News said the government had offered to discuss student loan relief instead of a larger pay
rise.
""",
    case="multi-source;one-side-plus-centre;tabloid;uk",
    gold=(0.50, "normal", "rubric anchor 0.50: 4 origins, left+centre, R 0.625"),
)

story(
    "uk-tabloids-three-owners",
    "Migrant hotel protest: riot police called as crowds clash",
    "2025-08-16T23:10:00",
    [
        C("dailymail", "migrant-hotel-protest-riot-police-crowds-clash"),
        C("sun", "migrant-hotel-protest-riot-police"),
        C("express", "migrant-hotel-protest-riot-police", sec="uk"),
    ],
    """
Riot police were called to a hotel housing asylum seekers in Epping on Saturday night after
hundreds of protesters and counter-protesters clashed outside.

Bottles and fireworks were thrown, according to the Daily Mail, and three officers were
injured. The Sun reported that 11 people were arrested. The Express said residents were
"furious" that the hotel remains open after a string of incidents.

Essex Police said a dispersal order was in place until Monday morning.
""",
    case="multi-source;tabloid;one-sided-right;low-reliability",
    gold=(0.0, "high", "3 tabloid owners, all low; right only"),
)

story(
    "asia-scmp-straits-xinhua",
    "China and Philippines trade blame over water cannon incident near Scarborough Shoal",
    "2026-08-06T11:50:00",
    [
        C("scmp", "china-philippines-trade-blame-water-cannon-scarborough"),
        C("straits", "china-philippines-trade-blame-water-cannon"),
        C("xinhua", "china-coast-guard-scarborough-statement"),
        C("reuters", "philippines-says-china-fired-water-cannon", sec="world/asia-pacific"),
    ],
    """
The Philippines accused China's coast guard on Wednesday of firing water cannon at a fisheries
vessel near Scarborough Shoal, injuring two crew members, while Beijing said it had "expelled"
a ship that intruded into Chinese waters.

Xinhua quoted a China Coast Guard spokesman as saying the Philippine vessel "ignored repeated
warnings." Reuters, citing the Philippine coast guard, said the vessel's mast was damaged. The
South China Morning Post reported that the incident was the fourth of its kind this year.
""",
    case="multi-source;state-media;asia",
    gold=(0.60, "normal", "SCMP, Straits Times, Reuters + Xinhua; centre only"),
)

story(
    "india-hindu-toi-single-topic",
    "Monsoon floods: Army called in as Assam toll rises to 34",
    "2025-07-04T09:10:00",
    [
        C("hindu", "assam-floods-army-called-toll-rises", sec="other-states"),
        C("toi", "assam-floods-toll-34-army-called", sec="city/guwahati"),
    ],
    """
The Army was called in on Friday to help evacuate villages in Assam's Lakhimpur and Dhemaji
districts as the death toll from monsoon floods rose to 34, officials said.

The Hindu reported that more than 1.2 million people in 22 districts were affected. According to
The Times of India, the Brahmaputra was flowing above the danger mark at Neamatighat.
""",
    case="multi-source;asia",
    gold=(0.45, "normal", "2 Indian origins, left+centre, R 0.75"),
)

story(
    "pk-dawn-single",
    "Karachi port strike enters third day as talks fail",
    "2026-09-10T15:00:00",
    [C("dawn", "karachi-port-strike-third-day")],
    """
KARACHI: Dock workers' strike at the Karachi Port entered its third day on Wednesday after talks
between the union and port management failed to produce an agreement on wage arrears.

Shipping agents said at least 14 vessels were waiting at anchorage. The Karachi Port Trust
chairman said the demands would be "considered sympathetically" once work resumes.
""",
    case="single-source;asia",
    gold=(0.10, "normal", "single high-reliability outlet"),
)

story(
    "kr-yonhap-herald-kcna",
    "N. Korea fires ballistic missile into East Sea, JCS says",
    "2026-10-21T08:20:00",
    [
        C("yonhap", "nk-missile"),
        C("koreaherald", "nk-missile"),
        C("kcna", "dprk-missile-test-success"),
    ],
    """
SEOUL, Oct. 21 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea
on Tuesday morning, South Korea's Joint Chiefs of Staff (JCS) said.

The missile flew about 350 kilometers, the JCS said. North Korea's state media later said the
launch tested "a new-type tactical guided weapon" and was a "complete success."

The Korea Herald reported that the launch came a day before a trilateral meeting of defense
officials from South Korea, the United States and Japan.
""",
    case="multi-source;state-media;asia;wire",
    gold=(0.45, "normal", "Yonhap, Korea Herald + KCNA (state, low); centre only"),
)

story(
    "israel-haaretz-jpost-toi",
    "Knesset passes first reading of judicial appointments bill",
    "2026-02-18T23:55:00",
    [
        C("haaretz", "knesset-passes-first-reading-judicial-appointments-bill"),
        C("jpost", "knesset-judicial-bill", sec="israel-news"),
        C("toisrael", "knesset-passes-first-reading-of-judicial-appointments-bill"),
    ],
    """
The Knesset on Wednesday night passed the first reading of a bill that would give the governing
coalition a majority on the committee that selects judges, by a vote of 62 to 51.

Haaretz called the vote "the revival of the judicial overhaul." The Jerusalem Post quoted the
justice minister as saying the bill "restores balance between the branches." The Times of Israel
said thousands protested outside the Knesset during the debate.
""",
    case="multi-source;balanced;middle-east",
    gold=(0.70, "normal", "3 Israeli origins, both sides+centre, R 0.83"),
)

story(
    "turkey-anadolu-trt",
    "Türkiye says it will not allow 'terror corridor' on its southern border",
    "2025-12-12T13:10:00",
    [
        C("anadolu", "turkiye-will-not-allow-terror-corridor"),
        C("trt", "turkiye-terror-corridor-southern-border"),
    ],
    """
Türkiye will not allow the establishment of a "terror corridor" along its southern border,
the defense minister said on Friday, after reports of renewed clashes in northern Syria.

Anadolu Agency reported that Turkish forces "neutralized" 12 militants in the past week. TRT
World said Ankara had communicated its position to Washington and Damascus.
""",
    case="multi-citation;state-media;one-owner;middle-east",
    gold=(0.0, "high", "Anadolu + TRT = one Turkish state origin (F3)"),
)

story(
    "ukraine-kyivind-meduza-novaya",
    "Russian recruiters lure foreign workers with fake job offers, investigation finds",
    "2026-07-15T10:00:00",
    [
        C("kyivind", "russian-recruiters-lure-foreign-workers-fake-job-offers"),
        C("meduza", "recruiters-foreign-workers"),
        C("novaya", "recruiters-foreign-workers-investigation"),
    ],
    """
Russian military recruiters have lured hundreds of men from South Asia and Africa with offers of
construction jobs, only to send them to the front after a short training course, according to an
investigation by the Kyiv Independent.

Meduza spoke to three men from Nepal who said their passports were taken on arrival. Novaya
Gazeta Europe obtained a recruitment contract that promised a monthly wage of 200,000 rubles.
""",
    case="multi-source;independent-russian;eu",
    gold=(0.60, "normal", "3 origins (Kyiv Ind, Meduza, Novaya), left+centre, all high"),
)

story(
    "au-abc-australian-smh",
    "Reserve Bank holds cash rate as inflation proves sticky",
    "2026-08-04T15:00:00",
    [
        C("abcau", "rba-holds-cash-rate-inflation-sticky"),
        C("australian", "rba-holds-cash-rate", sec="business/economics"),
        C("bloomberg", "rba-holds-rates-as-inflation-sticky"),
    ],
    """
The Reserve Bank of Australia kept its cash rate at 3.6% on Tuesday, saying underlying
inflation had "proved more persistent than expected" in the June quarter.

The ABC reported that most economists had expected the decision. The Australian said the bank
had dropped a reference to further easing from its statement. Bloomberg noted that the
Australian dollar rose after the announcement.
""",
    case="multi-source;asia-pacific",
    gold=(0.55, "normal", "ABC, The Australian, Bloomberg; right+centre, R 0.83"),
)

story(
    "canada-cbc-single",
    "Ottawa unveils $2B plan to speed up housing approvals",
    "2026-04-27T12:00:00",
    [
        C("cbc", "housing-approvals-plan-ottawa"),
        C("cbc", "housing-approvals-plan-reaction", sec="canada"),
    ],
    """
The federal government unveiled a $2-billion fund on Monday to pay municipalities that cut
the time it takes to approve new housing, part of a push to double the pace of construction.

Housing Minister Claire Ndiaye said cities that approve projects within 90 days would receive
up to $20,000 per unit. Several mayors told CBC News the money would help, but said the bigger
obstacle was the cost of financing.
""",
    case="single-origin;duplicate-outlet",
    gold=(0.10, "normal", "two CBC articles = one origin"),
)

# US partisan, local, owner groups, platforms, government, fact-checkers, satire.

story(
    "occupydem-single-senator",
    "Republican Senator Just Got Caught Lying About Medicaid Cuts On Live TV",
    "2026-03-10T21:00:00",
    [C("occupydem", "republican-senator-caught-lying-medicaid-cuts-live-tv")],
    """
A Republican senator was caught red-handed Sunday morning when he claimed that "nobody is losing
Medicaid" under the GOP budget, only to be confronted with his own party's numbers.

The nonpartisan budget office estimates that millions would lose coverage. The senator's office
did not respond. This is what Republicans do: lie, cut, and hope you don't notice.

Share this if you're sick of their lies!
""",
    case="single-source;hyperpartisan;one-sided-left;low-reliability",
    gold=(0.0, "high", "single low-reliability -2 source"),
)

story(
    "palmer-rawstory-left",
    "Former aide says White House staff 'terrified' of upcoming testimony",
    "2026-06-22T19:30:00",
    [
        C("palmer", "white-house-staff-terrified-testimony"),
        C("rawstory", "white-house-staff-terrified-of-testimony-former-aide"),
    ],
    """
A former White House aide told a podcast on Monday that senior staff are "terrified" of what a
former chief of staff could say when he testifies before a House committee next month.

Raw Story reported that the aide, who left the administration last year, did not name the
officials. Palmer Report wrote that "the walls are closing in." The White House called the
claims "fantasy from a disgruntled ex-employee."
""",
    case="multi-citation;hyperpartisan;one-sided-left;low-reliability",
    gold=(0.0, "high", "Palmer Report + Raw Story, both low, -2"),
)

story(
    "newsmax-epoch-tgp-right",
    "Whistleblower: Voting Machine Logs 'Wiped' Before Audit",
    "2026-11-09T14:15:00",
    [
        C("newsmax", "voting-machine-logs-wiped-audit"),
        C("epoch", "whistleblower-voting-machine-logs-wiped-before-audit", sec="us"),
        C("tgp", "whistleblower-voting-machine-logs-wiped-before-audit"),
    ],
    """
A county IT contractor says audit logs from dozens of voting machines were deleted days before a
scheduled review, according to a sworn statement shared with Newsmax.

The Epoch Times reported that the contractor has offered to testify before the state senate. The
Gateway Pundit called it "the smoking gun." The county elections office said the logs were
archived, not deleted, in line with state retention rules, and that copies were provided to
auditors.
""",
    case="multi-citation;hyperpartisan;one-sided-right;low-reliability",
    gold=(0.0, "high", "Newsmax, Epoch, TGP: three low +2 origins"),
)

story(
    "anchor-020-nypost-examiner-x",
    "GOP lawmaker demands answers after FAA outage grounds flights",
    "2026-01-12T17:40:00",
    [
        C("nypost", "gop-lawmaker-demands-answers-faa-outage"),
        C("examiner", "faa-outage-lawmaker-demands-answers", sec="news"),
    ],
    "A Republican congressman demanded answers from the FAA on Monday after a computer outage "
    "halted departures at East Coast airports for nearly two hours. "
    + tw(
        "Another FAA meltdown. Thousands stranded. Enough excuses — I want the Administrator in front of my committee THIS WEEK.",
        "Rep. Tom Brandt",
        "RepTomBrandt",
        "January 12, 2026",
    )
    + " The agency blamed a corrupted file in its notice system. "
    + tw(
        "The FAA was warned about this system in 2023. They did nothing.",
        "Rep. Tom Brandt",
        "RepTomBrandt",
        "January 12, 2026",
    )
    + " The New York Post reported that more than 1,100 flights were delayed. The Washington "
    "Examiner said the FAA had requested $8 billion to modernize its systems. The agency said "
    "service was restored by 9:40 a.m. and that there was no evidence of a cyberattack. "
    "Airlines for America, the industry's trade group, said carriers would need days to reposition "
    "crews and aircraft, and that the outage showed 'the urgent need to fund air traffic control "
    "modernization.' The Transportation Department said a review of the failure was under way and "
    "that its findings would be shared with Congress. "
    + tw(
        "Update: still no briefing from the FAA. Not acceptable.",
        "Rep. Tom Brandt",
        "RepTomBrandt",
        "January 12, 2026",
    ),
    case="multi-source;one-sided-right;embeds-flat",
    gold=(0.20, "elevated", "rubric anchor 0.20: 2 lean-right mixed; X posts ~40%"),
)

story(
    "anchor-080-five-both-sides",
    "Supreme Court hears challenge to state social media age limits",
    "2026-01-21T18:00:00",
    [
        C("nyt", "supreme-court-social-media-age-limits", sec="us"),
        C("wapo", "supreme-court-social-media-age-verification", sec="politics"),
        C("npr", "supreme-court-social-media-age-limits-arguments"),
        C("fox", "supreme-court-weighs-state-social-media-age-limits"),
        C("examiner", "supreme-court-social-media-age-limits", sec="news/justice"),
    ],
    """
The Supreme Court on Wednesday heard arguments over a state law that requires social media
platforms to verify users' ages and obtain parental consent for accounts held by those under
16.

Several justices questioned whether the law burdened adults' speech, NPR reported, while others
suggested states have broad power to protect children. The New York Times said the court seemed
divided along unusual lines. Fox News highlighted the state solicitor general's argument that
platforms "design addiction into their products." The Washington Post noted that 14 states have
passed similar laws. The Washington Examiner said a ruling is expected by June.
""",
    case="multi-source;balanced",
    gold=(0.80, "normal", "rubric anchor 0.80: 5 origins, both sides no centre, R 0.8"),
)

story(
    "anchor-100-eight-origins",
    "Global stocks slide as central banks signal higher-for-longer rates",
    "2026-09-18T20:30:00",
    [
        C("ap", "stocks-slide-central-banks-rates"),
        C("reuters", "global-markets-stocks-slide-central-banks", sec="markets"),
        C("bbc", "stocks-slide-rates"),
        C("bloomberg", "stocks-slide-as-central-banks-signal-higher-for-longer"),
        C("nyt", "stocks-slide-federal-reserve-rates", sec="business"),
        C("guardian", "global-stocks-slide-central-banks-rates", sec="business"),
        C("wsj", "stock-market-today-central-banks", sec="finance"),
        C("telegraph", "stocks-slide-central-banks", sec="business"),
    ],
    """
Stock markets fell across the world on Thursday after the Federal Reserve, the Bank of England and
the Bank of Japan all signaled that interest rates would stay high into next year.

The S&P 500 fell 1.8%, its worst day since April, the Associated Press reported. Reuters said
European shares had their steepest drop in two months. Bloomberg noted that two-year Treasury
yields rose to their highest level since March.

The Wall Street Journal said investors had been betting on two rate cuts before the end of the
year. The Guardian reported that the pound fell after the Bank of England's vote was closer
than expected, while The Telegraph said mortgage lenders were already raising fixed rates.
""",
    case="multi-source;balanced",
    gold=(1.0, "normal", "rubric anchor 1.00: 8 origins, both sides+centre, all high"),
)

story(
    "seattle-tegna-sinclair-times",
    "Seattle police chief announces overhaul of 911 response times",
    "2025-09-04T16:15:00",
    [
        C("king5", "seattle-police-chief-911-response-overhaul"),
        C("komo", "seattle-police-911-response-overhaul"),
        C("seattletimes", "seattle-police-chief-911-response-times"),
    ],
    """
Seattle's police chief on Thursday announced a plan to cut average response times for
high-priority 911 calls to under seven minutes by moving 40 officers from specialty units to
patrol.

KING 5 reported that the median response time for priority-one calls was 8 minutes 45 seconds
last year. The Seattle Times noted the department remains about 300 officers below its
pre-2020 staffing. KOMO News said the officers' guild supported the shift.
""",
    case="multi-source;local-tv",
    gold=(0.55, "normal", "3 local origins (Tegna, Sinclair, Seattle Times); left+centre"),
)

story(
    "sinclair-must-run-two",
    "Commentary: 'One-sided news' threatens our democracy",
    "2025-06-11T18:00:00",
    [
        C("komo", "commentary-one-sided-news-threatens-democracy", sec="nation-world"),
        C("wjla", "commentary-one-sided-news-threatens-democracy", sec="nation-world"),
    ],
    """
The same two-minute commentary segment aired Wednesday on local newscasts in Seattle and
Washington, D.C., warning viewers about "the troubling trend of one-sided news stories plaguing
our country."

The script was identical at both stations, both owned by the same broadcast group. The segment
urged viewers to "reach out" to the station if they felt coverage was biased.
""",
    case="one-owner;local-tv",
    gold=(0.10, "elevated", "two Sinclair stations = one origin (mixed); F6 floor"),
    was="normal",
)

story(
    "ktvu-fox-one-group",
    "Bay Area bridge toll increase approved by transportation commission",
    "2026-02-25T20:45:00",
    [
        C("ktvu", "bay-area-bridge-toll-increase-approved"),
        C("fox", "bay-area-bridge-tolls-rise", sec="us"),
    ],
    """
Tolls on the Bay Area's seven state-owned bridges will rise by $1 a year over five years under
a plan approved Wednesday by the Bay Area Toll Authority, KTVU reported.

Fox News said the increase would bring the standard toll to $13 by 2031. Commissioners said the
money would pay for seismic retrofits and transit.
""",
    case="one-owner;local-tv",
    gold=(0.10, "normal", "KTVU + Fox News = one Fox Corporation origin"),
)

story(
    "hearst-two-chronicles",
    "Texas and California brace for another summer of grid strain",
    "2026-05-19T07:00:00",
    [
        C("houchron", "texas-grid-summer-strain-ercot"),
        C("sfchron", "california-grid-summer-strain"),
    ],
    """
Grid operators in Texas and California, the two largest power markets in the country, are
preparing for record demand this summer as data centers and air conditioning push consumption
higher, according to a joint analysis by the Houston Chronicle and the San Francisco Chronicle.

ERCOT expects peak demand to top 90 gigawatts. California's operator said battery storage would
cover most of the evening ramp.
""",
    case="one-owner",
    gold=(0.10, "normal", "two Hearst papers = one origin"),
)

story(
    "mcclatchy-ap-heat",
    "Heat wave sets records across the South as cities open cooling centers",
    "2025-07-28T15:30:00",
    [
        C("miamiherald", "heat-wave-records-south-cooling-centers", sec="nation-world"),
        C("kcstar", "heat-wave-records-south", sec="nation-world"),
        C("sacbee", "heat-wave-south-records", sec="nation-world"),
    ],
    """
ATLANTA (AP) — Temperatures topped 100 degrees in cities from Texas to Georgia on Monday, breaking
records in at least 11 places as officials opened cooling centers and urged people to check on
older neighbors.

Heat index values reached 115 in parts of Louisiana, the National Weather Service said. Atlanta
hit 102, its highest temperature since 2012.
""",
    case="wire-syndication;one-owner;single-origin",
    gold=(0.10, "normal", "AP copy on 3 McClatchy papers; one origin"),
)

story(
    "yahoo-aggregator-ap-reuters",
    "Airline pilots reach tentative contract after two-year talks",
    "2026-04-02T13:00:00",
    [
        Raw(
            "Associated Press via Yahoo News",
            "https://news.yahoo.com/airline-pilots-reach-tentative-contract-131502844.html",
        ),
        C(
            "reuters",
            "airline-pilots-union-reaches-tentative-deal",
            sec="business/aerospace-defense",
        ),
    ],
    """
Pilots at a major U.S. airline reached a tentative four-year contract with the company on
Thursday that would raise pay by 34% over its term, the union said.

Reuters reported that the deal still needs approval from the union's members. The Associated
Press said the agreement follows two years of talks and an informational picket in January.
""",
    case="aggregator;multi-source;wire",
    gold=(0.55, "normal", "AP via Yahoo + Reuters; centre only, both high"),
)

story(
    "msn-unknown-newsweek",
    "Why the 'Halloween blizzard' forecast went viral",
    "2025-10-30T11:10:00",
    [
        Raw(
            "MSN",
            "https://www.msn.com/en-us/weather/topstories/halloween-blizzard-forecast/ar-AA1pQz7X",
        ),
        C("newsweek", "halloween-blizzard-forecast-viral"),
    ],
    """
A long-range forecast predicting a "Halloween blizzard" for the upper Midwest spread widely on
social media this week, though meteorologists say the models behind it are unreliable more than
five days out.

Newsweek reported that the National Weather Service office in Minneapolis posted a reminder that
"a single model run is not a forecast."
""",
    case="aggregator;unknown",
    gold=(0.05, "elevated", "unattributed MSN link (unknown) + Newsweek (mixed)"),
)

story(
    "dmgt-instagram-celebrity",
    "Reality star reveals surprise engagement in Instagram post",
    "2026-07-19T09:00:00",
    [
        C("dailymail", "reality-star-surprise-engagement-instagram"),
        C("metro", "reality-star-reveals-surprise-engagement"),
    ],
    "The reality star shared the news with her 4 million followers on Saturday morning, posting a "
    "photo of the ring on a beach in Mykonos. "
    + ig("mollyrae.official", "Molly Rae", "engagement-post")
    + " The couple met on the set of the show in 2023. Fans flooded the comments with "
    "congratulations, and several former castmates wrote that they had known for weeks. The pair "
    "have not announced a date, but a source close to the couple said they were planning a small "
    "ceremony next summer on the Greek island where the proposal took place, with only family and "
    "a handful of friends from the show invited.",
    case="one-owner;tabloid;embeds-instagram",
    gold=(0.05, "elevated", "Daily Mail + Metro = one DMGT origin; IG ~40%"),
)

story(
    "tiktok-nbc-cbs-trend",
    "A TikTok trend is sending teens to the ER, doctors warn",
    "2025-12-08T12:20:00",
    [
        C("nbc", "tiktok-trend-sending-teens-er-doctors-warn", sec="health"),
        C("cbs", "tiktok-trend-teens-emergency-room"),
    ],
    """
Emergency physicians in at least four states say they have treated teenagers who were hurt
attempting a viral challenge that involves holding one's breath while spinning, NBC News
reported.

"""
    + tt(
        "dr.ellie.er",
        "Please stop doing this challenge. I've seen three kids this week.",
        "er-warning",
    )
    + """

CBS News spoke with a pediatric emergency doctor in Ohio who said one patient lost
consciousness and broke his wrist. TikTok said it removes content that encourages dangerous
behavior and that searches for the challenge now show a safety warning. The American Academy
of Pediatrics urged parents to talk with their children about online challenges and to watch
for signs of dizziness or headaches after physical stunts. Doctors said most injuries were
minor but that falls from standing height can cause concussions.
""",
    case="multi-source;one-sided-left;embeds-tiktok",
    gold=(0.30, "normal", "NBC + CBS (both -1, high); TikTok ~40%"),
)

story(
    "washtimes-caller-governor-post",
    "Governor says state will ignore federal guidance on school mask rules",
    "2025-09-15T16:00:00",
    [
        C("washtimes", "governor-state-will-ignore-federal-school-mask-guidance"),
        C("dailycaller", "governor-ignore-federal-mask-guidance-schools"),
    ],
    """
A Republican governor said Monday that schools in his state will not follow new federal
guidance recommending masks during respiratory virus surges, calling it "an overreach we've seen
before."

The Washington Times reported that the guidance is not binding. The Daily Caller quoted the
governor's post announcing the decision, which he shared on several platforms:
https://truthsocial.com/@GovBlakeMercer/posts/115203998712604411

State health officials said they would continue to publish weekly hospitalization data.
""",
    case="multi-source;one-sided-right;embeds-link",
    gold=(0.30, "elevated", "2 right mixed origins (+2); one-sided"),
)

story(
    "axios-vox-bluesky-threads",
    "Political staffers flock to Bluesky and Threads ahead of midterms",
    "2026-03-30T08:30:00",
    [
        C("axios", "political-staffers-bluesky-threads-midterms"),
        C("vox", "bluesky-threads-political-staffers", sec="technology"),
    ],
    """
Campaign staffers and congressional aides are increasingly posting on Bluesky and Threads
instead of X, according to an Axios analysis of 1,200 official accounts.

Some examples cited: https://bsky.app/profile/repnovak.bsky.social/post/3lkq7x2m5wz2k and
https://www.threads.net/@senatorwellsoffice/post/C9xQ2mLsT4a, while a few offices have moved
to Mastodon (https://mastodon.social/@HouseClerkBot/113554771093).

Vox reported that engagement on the newer platforms remains lower, but staffers say the
audiences are "less hostile."
""",
    case="multi-source;embeds-link",
    gold=(0.45, "normal", "Axios + Vox; left+centre, R 0.75; links only"),
)

story(
    "rumble-reddit-unknown-blog",
    "Leaked video shows 'secret' meeting at climate summit",
    "2025-11-18T02:00:00",
    [
        Raw(
            "The Liberty Ledger",
            "https://thelibertyledger.org/leaked-video-secret-meeting-climate-summit/",
        )
    ],
    """
A video posted to Rumble appears to show delegates at the climate summit discussing a "global
carbon ID" in a closed-door session. The clip has not been verified.

<iframe class="rumble" width="640" height="360" src="https://rumble.com/embed/v5k2x9c/?pub=4" frameborder="0" allowfullscreen></iframe>

Users on Reddit (https://www.reddit.com/r/conspiracy/comments/1gt8x2q/leaked_video_climate_summit/)
say the room matches a conference hall in the summit venue. Organizers said no such session took
place and that the clip appears to be from a 2019 academic workshop. The Liberty Ledger has asked
the summit press office for the full agenda and will update this story.
""",
    case="single-source;unknown-blog;embeds-rumble;embeds-link",
    gold=(0.0, "high", "single unknown blog; Rumble iframe ~15% (F5)"),
)

story(
    "pantagraph-sheriff-facebook",
    "Sheriff's office asks for help finding missing Bloomington teen",
    "2026-10-06T10:10:00",
    [C("pantagraph", "sheriff-missing-bloomington-teen", sec="local")],
    "The McLean County Sheriff's Office is asking for the public's help locating a 15-year-old "
    "who was last seen Sunday evening near Miller Park. "
    + fb("McLeanCountySheriff", "missing-teen")
    + " Anyone with information is asked to call the sheriff's office at 309-888-5034.",
    case="single-source;local;embeds-facebook",
    gold=(0.05, "elevated", "single Lee paper; sheriff Facebook iframe ~55%"),
)

story(
    "cdc-measles-five",
    "Measles cases top 1,000 for the year, CDC says",
    "2026-05-01T15:45:00",
    [
        C("cdc", "measles-cases-update"),
        C("ap", "measles-cases-cdc-2026"),
        C("reuters", "us-measles-cases-top-1000", sec="business/healthcare-pharmaceuticals"),
        C("cnn", "measles-cases-cdc", sec="health"),
        C("fox", "measles-cases-top-1000-cdc", sec="health"),
    ],
    """
The United States has recorded more than 1,000 measles cases this year, the Centers for Disease
Control and Prevention said Wednesday, the highest total since 2019.

Most cases were in unvaccinated children, according to the CDC's weekly update. The Associated
Press reported outbreaks in 22 states. CNN said three deaths have been confirmed. Reuters noted
that kindergarten vaccination rates have fallen for five straight years. Fox News quoted a
state health official urging parents to check their children's records.
""",
    case="multi-source;balanced;government",
    gold=(0.85, "normal", "5 origins incl. CDC, both sides+centre, R 0.8"),
)

story(
    "who-single-release",
    "WHO declares end of Marburg outbreak in Tanzania",
    "2025-08-13T11:00:00",
    [C("who", "who-declares-end-of-marburg-outbreak-tanzania")],
    """
The World Health Organization on Wednesday declared the end of the Marburg virus disease outbreak
in Tanzania, 42 days after the last confirmed patient tested negative twice.

Ten confirmed and probable cases, including ten deaths, were recorded. WHO said surveillance
would continue for 90 days.
""",
    case="single-source;government",
    gold=(0.10, "elevated", "single intergovernmental source (mixed); F6 floor"),
    was="normal",
)

story(
    "un-aljazeera-trt-sudan",
    "UN warns of famine spreading in Sudan's Darfur",
    "2026-02-09T14:30:00",
    [
        C("unnews", "famine-darfur-warning"),
        C("aljazeera", "un-warns-famine-spreading-sudan-darfur"),
        C("trt", "un-famine-darfur-warning"),
    ],
    """
The United Nations warned on Monday that famine conditions had spread to at least five more
areas of Sudan's Darfur region, where fighting has cut off aid routes for months.

Al Jazeera reported that aid trucks were stuck at the Chad border. TRT World quoted a UN official
who said "the window to prevent mass death is closing."
""",
    case="multi-source;state-media;government",
    gold=(0.20, "elevated", "UN + Al Jazeera + TRT; state 2/3, no high origin"),
)

story(
    "statedept-belta-prisoners",
    "US welcomes release of detained journalist in Belarus",
    "2026-09-02T17:00:00",
    [
        C("statedept", "welcoming-release-journalist-belarus"),
        C("belta", "lukashenko-pardons-journalist"),
    ],
    """
The State Department on Tuesday welcomed the release of a journalist held in Belarus for more
than three years, calling it "a step in the right direction."

Belta said the president had pardoned the journalist "on humanitarian grounds" after a request
from the U.S. side. The journalist crossed into Lithuania on Tuesday afternoon.
""",
    case="multi-source;state-media;government",
    gold=(0.05, "high", "State Dept + Belta; state and low are half the origins"),
)

story(
    "eu-commission-politico-ft",
    "EU proposes to delay parts of AI Act by a year",
    "2025-11-19T12:00:00",
    [
        C("eucomm", "digital-omnibus-ai-act"),
        C("politicoeu", "eu-proposes-delay-ai-act"),
        C("ft", "eu-ai-act-delay"),
    ],
    """
The European Commission on Wednesday proposed delaying the application of some of the AI Act's
rules for high-risk systems by up to 16 months, as part of a package to simplify digital
regulation.

Politico Europe reported that the delay was pushed by several member states and industry groups.
The Financial Times said civil society groups accused Brussels of "caving to Big Tech."
""",
    case="multi-source;government;eu",
    gold=(0.60, "normal", "EC + Politico + FT; centre only, R 0.83"),
)

story(
    "wgn-attribution-only",
    "Chicago-area airport delays ripple nationwide after storms",
    "2026-06-30T22:00:00",
    [C("wgn", "ohare-midway-delays-storms")],
    """
Severe thunderstorms forced ground stops at O'Hare and Midway on Tuesday evening, and delays
rippled across the country, with more than 2,000 flights delayed nationwide, according to the
Associated Press.

Reuters reported that several airlines issued travel waivers for the Midwest. An airline
spokesperson told CNN that crews were "timing out" after long waits on the tarmac.

The FAA said operations resumed at about 9 p.m.
""",
    case="single-source;local-tv;in-body-attribution",
    gold=(0.10, "normal", "single Nexstar station; AP, Reuters, CNN only attributed"),
)

story(
    "substack-attribution-claims",
    "The bank run nobody is talking about",
    "2026-08-14T06:00:00",
    [
        Raw(
            "Substack",
            "https://thecontrarianledger.substack.com/p/the-bank-run-nobody-is-talking-about",
        )
    ],
    """
Reuters reported last week that deposits at regional banks fell by $40 billion. According to
the Associated Press, regulators held an emergency call. A former official told CNN that "this is
2023 all over again."

None of that made the front pages. I've been warning my readers for months: get your money out
while you can. Paid subscribers can read my full list of banks at risk below.
""",
    case="single-source;unknown;in-body-attribution",
    gold=(0.0, "high", "single Substack (unknown); claimed attributions only (F5)"),
)

story(
    "substack-medium-two",
    "Is the new ozone report being buried?",
    "2025-10-11T09:45:00",
    [
        Raw("Substack", "https://climatecountercurrent.substack.com/p/ozone-report-buried"),
        Raw(
            "Medium",
            "https://medium.com/@skepticscience_jd/the-ozone-report-they-dont-want-you-to-read-4f2a9c8e1b7d",
        ),
    ],
    """
Two independent writers have raised questions about a delayed atmospheric science report,
saying the findings on ozone recovery were "softened" before release. Neither has published the
draft they say they have seen. The agency that produces the report says it is on its normal
schedule.
""",
    case="multi-citation;unknown",
    gold=(0.0, "high", "Substack + Medium: two unknown origins (F5)"),
)

story(
    "no-citations-earnings",
    "Regional grocer reports higher quarterly profit on online orders",
    "2026-03-05T16:05:00",
    [],
    """
A regional grocery chain reported a 12% rise in quarterly profit on Thursday, helped by growth in
online orders and lower fuel costs. Same-store sales rose 3.4%. The company raised its full-year
forecast and said it would open 14 stores next year, mostly in Texas and Oklahoma.
""",
    case="no-citations",
    gold=(0.0, "elevated", "no citations at all"),
)

story(
    "no-citations-social-heavy",
    "Fans furious as concert cancelled minutes before show",
    "2025-08-02T23:50:00",
    [],
    tw(
        "They cancelled 10 MINUTES before doors. We drove 6 hours. Absolutely disgusting.",
        "kayleigh",
        "kayleighmm_",
        "August 2, 2025",
        link=False,
    )
    + " "
    + tw(
        "no refund info, no explanation, security just told us to leave??",
        "Marco D",
        "marcodiaz_92",
        "August 2, 2025",
        link=False,
    )
    + " "
    + tw(
        "Heard the stage wasn't finished. Who signs off on this",
        "stadium gossip",
        "stadiumgossip",
        "August 2, 2025",
    )
    + " The venue has not commented.",
    case="no-citations;embeds-flat",
    gold=(0.0, "high", "no citations; fan posts ~90% of body (F4)"),
)

story(
    "right-three-dispatch-nr-wsj",
    "Conservatives split over tariff exemptions for allies",
    "2026-04-14T10:30:00",
    [
        C("dispatch", "conservatives-split-tariff-exemptions-allies"),
        C("natreview", "tariff-exemptions-allies-conservatives-split"),
        C("wsj", "conservatives-split-tariff-exemptions", sec="economy/trade"),
    ],
    """
Conservative economists and lawmakers are divided over whether the administration should exempt
close allies from new tariffs on steel and aluminum, The Wall Street Journal reported.

The Dispatch noted that several free-trade Republicans have privately urged exemptions for Canada
and Japan. National Review's editors argued that exemptions would "undermine the leverage the
tariffs are meant to create."
""",
    case="multi-source;one-sided-right",
    gold=(0.45, "normal", "3 lean-right origins, R 0.83; corroborated"),
)

story(
    "left-three-atlantic-nyt-wapo",
    "The quiet collapse of local newsrooms",
    "2025-12-29T07:00:00",
    [
        C("atlantic", "local-newsrooms-collapse", sec="ideas"),
        C("nyt", "local-news-closures-report", sec="business/media"),
        C("wapo", "local-newspapers-closing-report", sec="style/media"),
    ],
    """
More than 130 local newspapers closed in the past year, according to a university study cited by
The New York Times and The Washington Post, leaving more than 200 counties with no local news
source at all.

The Atlantic argued that the losses have made local government "less watched than at any point in
a century." The Post reported that digital startups have filled some gaps but mostly in
wealthier areas.
""",
    case="multi-source;one-sided-left",
    gold=(0.50, "normal", "3 lean-left high origins; corroborated"),
)

story(
    "left-two-jacobin-nation",
    "Warehouse workers in three states file for union elections",
    "2026-09-08T12:45:00",
    [
        C("jacobin", "warehouse-workers-union-elections-three-states"),
        C("nation", "warehouse-union-elections", sec="economy"),
    ],
    """
Workers at warehouses in Kentucky, Georgia and North Carolina filed for union elections on
Monday, according to organizers, in what Jacobin called "the most significant labor push in the
South in decades." The Nation reported that the company has hired consultants to run anti-union
meetings. The company said it respects workers' right to choose.
""",
    case="multi-source;one-sided-left;hyperpartisan",
    gold=(0.30, "elevated", "Jacobin + The Nation, both -2 mixed"),
)

story(
    "centre-two-forbes-newsweek",
    "Billionaire's space startup delays first crewed launch",
    "2026-10-12T14:00:00",
    [
        C("forbes", "space-startup-delays-first-crewed-launch"),
        C("newsweek", "space-startup-crewed-launch-delay"),
    ],
    """
A privately funded space company has pushed back its first crewed launch to next spring after a
valve problem during a static fire test, Forbes reported. Newsweek said the company's founder
posted that the delay was "annoying but the right call."

The four-person crew includes two paying customers. The company said engineers had traced the
fault to a supplier part and that a redesigned valve would be tested in January.
""",
    case="multi-source;centre",
    gold=(0.45, "normal", "Forbes + Newsweek; centre only, both mixed"),
)

story(
    "centre-three-economist-ft-bloomberg",
    "Japan's yen hits 38-year low as carry trade returns",
    "2026-06-26T09:00:00",
    [
        C("economist", "yen-carry-trade-returns", sec="finance-and-economics"),
        C("ft", "yen-38-year-low"),
        C("bloomberg", "yen-weakens-to-38-year-low"),
    ],
    """
The yen weakened past 162 per dollar on Friday, its lowest level since 1986, as investors
borrowed cheaply in yen to buy higher-yielding assets, Bloomberg reported.

The Financial Times said Japan's finance ministry had warned against "excessive moves." The
Economist noted that intervention has only briefly slowed the currency's decline.
""",
    case="multi-source;centre",
    gold=(0.65, "normal", "3 centre high origins"),
)

story(
    "gbnews-express-right",
    "Fury as council spends £2m on 'woke' cycle lanes",
    "2026-02-02T12:00:00",
    [
        C("gbnews", "council-spends-2m-woke-cycle-lanes", sec="news"),
        C("express", "council-cycle-lanes-fury"),
    ],
    """
Residents have reacted with fury after a council approved £2 million for new cycle lanes that will
remove 140 parking spaces from a busy high street, GB News reported.

The Express said shopkeepers fear they will be "driven out of business." The council said the
scheme was funded by a government grant that could only be spent on active travel.
""",
    case="multi-citation;tabloid;one-sided-right;low-reliability;uk",
    gold=(0.0, "high", "GB News + Express, both low +2"),
)

story(
    "fullfact-bbc-guardian-telegraph",
    "Fact check: are NHS waiting lists really falling?",
    "2026-03-12T08:00:00",
    [
        C("fullfact", "nhs-waiting-list-falling"),
        C("bbc", "nhs-waiting-list-figures"),
        C("guardian", "nhs-waiting-list-figures-england", sec="society"),
        C("telegraph", "nhs-waiting-list-figures", sec="news"),
    ],
    """
The prime minister said this week that NHS waiting lists have fallen "for six months in a row."
Full Fact found that the total list for hospital treatment in England has fallen for five of the
last six months, to 7.2 million, but that the number of people waiting more than a year has risen.

The BBC reported the same figures. The Guardian said the fall was partly due to validation
exercises removing patients who no longer needed treatment. The Telegraph highlighted that A&E
waits worsened over the same period.
""",
    case="fact-checker;multi-source;balanced;uk",
    gold=(0.85, "normal", "4 origins, both sides+centre, all high"),
)

story(
    "maldita-efe-elpais-es",
    "Es falso que la DGT vaya a multar por llevar chanclas al volante desde enero",
    "2025-12-27T10:30:00",
    [
        C("maldita", "falso-dgt-multa-chanclas-volante"),
        C("efe", "dgt-chanclas-bulo", sec="efe-verifica"),
        C("elpais", "dgt-multa-chanclas-bulo", sec="sociedad"),
    ],
    "Circula en redes sociales un mensaje que asegura que a partir del 1 de enero la DGT multará con "
    "200 euros a quien conduzca con chanclas. "
    + tw(
        "OJO: desde el 1 de enero multa de 200€ por conducir en chanclas. Compartid!!",
        "Noticias Al Volante",
        "NoticiasVolante",
        "December 26, 2025",
        link=False,
    )
    + """

Es un bulo. Según Maldita.es, la normativa no ha cambiado: el Reglamento General de Circulación
no prohíbe expresamente ningún calzado, aunque los agentes pueden sancionar si consideran que
impide conducir con seguridad. EFE Verifica y El País llegaron a la misma conclusión tras
consultar a la Dirección General de Tráfico, que confirmó que no hay ninguna sanción nueva
prevista para enero.
""",
    case="fact-checker;multi-source;non-english;spanish;embeds-flat",
    gold=(0.55, "normal", "3 origins, left+centre, all high; viral post ~20%"),
)

story(
    "correctiv-dpa-spiegel-faz-de",
    "Faktencheck: Nein, die Bundesregierung plant keine Bargeld-Obergrenze von 1000 Euro",
    "2026-01-16T11:20:00",
    [
        C("correctiv", "bundesregierung-plant-keine-bargeld-obergrenze"),
        C("dpa", "faktencheck-bargeld-obergrenze"),
        C("spiegel", "bargeld-obergrenze-geruecht", sec="wirtschaft"),
        C("faz", "keine-bargeldobergrenze-geplant", sec="finanzen"),
    ],
    """
In sozialen Netzwerken verbreitet sich die Behauptung, die Bundesregierung wolle Barzahlungen über
1000 Euro verbieten. Das stimmt nicht. Wie Correctiv recherchiert hat, beruht die Behauptung auf
einer EU-Verordnung gegen Geldwäsche, die ab 2027 eine Obergrenze von 10.000 Euro vorsieht.

Das Bundesfinanzministerium bestätigte der dpa, dass keine niedrigere nationale Grenze geplant sei.
Auch der Spiegel und die FAZ berichteten, dass die Regierung keine entsprechenden Pläne hat.
""",
    case="fact-checker;multi-source;balanced;non-english;german",
    gold=(0.85, "normal", "4 German origins, both sides+centre, all high"),
)

story(
    "postillon-as-news-de-blog",
    "Bundestag beschließt Pflicht-Sonnenbrille für alle Beamten",
    "2026-07-01T07:45:00",
    [
        Raw(
            "Wahrheit Aktuell", "https://wahrheit-aktuell.de/bundestag-pflicht-sonnenbrille-beamte/"
        ),
        C("postillon", "bundestag-sonnenbrillenpflicht-beamte"),
    ],
    """
Unglaublich, aber wahr: Der Bundestag hat laut einem Bericht beschlossen, dass alle Beamten ab
August im Dienst eine Sonnenbrille tragen müssen. Die Kosten für die Steuerzahler sollen bei 40
Millionen Euro liegen. Wann wacht Deutschland endlich auf?
""",
    case="satire-as-news;unknown-blog;non-english;german",
    gold=(0.0, "high", "unknown blog + Der Postillon as fact (F2)"),
)

story(
    "elmundotoday-as-news-es-blog",
    "El Gobierno estudia cobrar un impuesto por cada selfie publicado",
    "2025-09-19T20:00:00",
    [
        Raw("Diario Veraz 24", "https://diarioveraz24.es/gobierno-impuesto-selfies/"),
        C("elmundotoday", "el-gobierno-estudia-cobrar-un-impuesto-por-cada-selfie"),
    ],
    """
Según ha publicado un medio digital, el Ministerio de Hacienda estudia aplicar una tasa de diez
céntimos por cada selfie que se publique en redes sociales. ¡Ya no saben qué inventar para
sacarnos el dinero! Comparte antes de que lo borren.
""",
    case="satire-as-news;unknown-blog;non-english;spanish",
    gold=(0.0, "high", "unknown site + El Mundo Today as fact (F2)"),
)

story(
    "sputnik-gorafi-fr",
    "Macron aurait interdit le fromage au lait cru dans les cantines, selon la presse",
    "2026-05-20T18:30:00",
    [
        Raw(
            "Sputnik Afrique",
            "https://fr.sputniknews.africa/20260520/macron-fromage-lait-cru-cantines-1076543210.html",
        ),
        C("gorafi", "macron-interdit-fromage-lait-cru-cantines"),
    ],
    """
Selon la presse française, le président Emmanuel Macron aurait signé un décret interdisant le
fromage au lait cru dans les cantines scolaires, au nom des « normes européennes ». Des
agriculteurs dénoncent « une attaque contre le patrimoine français ». L'Élysée n'a pas réagi.
""",
    case="satire-as-news;state-media;non-english;french",
    gold=(0.0, "critical", "Sputnik presenting Le Gorafi as news"),
)

# Embed-heavy partisan and state-media stories, and thinly sourced mainstream ones.

story(
    "tgp-rt-embeds-hungary",
    "Orbán Tells EU Elites to 'Stop Dragging Europe Into War' (VIDEO)",
    "2026-04-03T12:20:00",
    [C("tgp", "orban-tells-eu-elites-stop-dragging-europe-into-war")],
    "The Gateway Pundit | by Paul Serran Hungarian Prime Minister Viktor Orbán delivered another "
    "blistering speech against the Brussels establishment. "
    + tw(
        "'Brussels wants war, Hungary wants peace' — Orban slams EU plans to send more weapons to Kiev",
        "RT",
        "RT_com",
        "April 2, 2026",
    )
    + " Orbán has repeatedly blocked EU funding packages. "
    + tw(
        "WATCH: Orban says Europe is 'sleepwalking into a catastrophe'",
        "RT",
        "RT_com",
        "April 2, 2026",
    )
    + " He also criticized the sanctions regime, saying it has hurt European industry more than "
    "Russia. Hungarian officials said the country will veto any move to use frozen Russian assets. "
    "The European Commission has threatened to withhold cohesion funds over rule-of-law concerns, "
    "which Budapest calls blackmail. Read more: EU Globalists Furious as Hungary Blocks Another "
    "War Package.",
    case="single-source;hyperpartisan;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single low +2 source; RT embeds ~35% of body"),
)

story(
    "rt-single-rt-posts-heavy",
    "'Bankrupt and desperate': Western media on Ukraine's finances",
    "2025-12-14T15:10:00",
    [C("rt", "bankrupt-desperate-western-media-ukraine-finances", sec="news")],
    "Western outlets are finally admitting what Moscow has said for months. "
    + tw(
        "Even the Western press now calls Kiev's budget a 'black hole' — Zakharova",
        "RT",
        "RT_com",
        "December 14, 2025",
    )
    + " "
    + tw(
        "EU 'reparations loan' is theft, say Moscow officials — and some in Brussels agree",
        "RT",
        "RT_com",
        "December 14, 2025",
    )
    + " "
    + tw(
        "WATCH: Ukrainian pensioners protest unpaid benefits in Odessa",
        "RT",
        "RT_com",
        "December 13, 2025",
    )
    + " The Kremlin said it would respond to any seizure of its assets.",
    case="single-source;state-media;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single RT article; its own posts ~80% of body"),
)

story(
    "sputnik-rt-embeds-africa",
    "Sahel states hail 'new era' of cooperation with Moscow",
    "2026-06-08T10:00:00",
    [C("sputnik", "sahel-states-new-era-cooperation-moscow")],
    "Leaders of the Alliance of Sahel States said on Sunday that their partnership with Russia "
    "was entering a 'new era' after a summit in Niamey. "
    + tw(
        "Mali, Burkina Faso and Niger thank Russia for 'sincere' partnership, unlike former colonial powers",
        "RT",
        "RT_com",
        "June 7, 2026",
    )
    + " The three countries expelled French troops in recent years and have signed security "
    "agreements with Moscow. Officials discussed a joint energy project and grain deliveries, "
    "Sputnik was told by a source in the delegation. Western governments have accused Russian "
    "military contractors in the region of abuses, which Moscow denies.",
    case="single-source;state-media;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single Sputnik; RT embed ~30% of body"),
)

story(
    "globaltimes-cgtn-youtube",
    "Western 'smear campaign' on Xinjiang cotton collapses, experts say",
    "2026-03-28T08:30:00",
    [C("globaltimes", "smear-campaign-xinjiang-cotton-collapses")],
    """
Chinese experts said on Saturday that Western accusations of forced labor in Xinjiang's cotton
industry have "collapsed under the weight of facts," after a group of foreign diplomats visited
farms in the region.

"""
    + yt("cgtn-xinjiang-cotton", "CGTN: Foreign diplomats visit Xinjiang cotton farms")
    + """

One expert told the Global Times the visit "exposed the lies of anti-China forces."
""",
    case="single-source;state-media;embeds-youtube;state-media-embedded",
    gold=(0.0, "critical", "single Global Times; CGTN video iframe ~40% of body"),
)

story(
    "presstv-own-posts",
    "Iran unveils new hypersonic missile at Tehran exhibition",
    "2025-10-06T13:40:00",
    [C("presstv", "iran-unveils-new-hypersonic-missile-tehran-exhibition")],
    "Iran's Aerospace Force on Monday unveiled what it called a new hypersonic missile with a "
    "range of 1,400 kilometers. "
    + tw_html(
        "Iran's IRGC unveils new hypersonic missile 'Fattah-3' at Tehran defense exhibition",
        "Press TV",
        "PressTV",
        "October 6, 2025",
    )
    + " Officials said the missile could evade all existing air defense systems. The claim could "
    "not be independently verified.",
    case="single-source;state-media;embeds-html;state-media-embedded",
    gold=(0.0, "critical", "single PressTV; its own X embed ~60% of body"),
)

story(
    "breitbart-x-heavy",
    "WATCH: Protesters Storm City Hall Meeting Over Migrant Shelter",
    "2026-05-14T23:30:00",
    [C("breitbart", "watch-protesters-storm-city-hall-meeting-migrant-shelter")],
    "Chaos erupted at a city council meeting Tuesday night. "
    + tw(
        "WATCH: Residents shout down council as they vote to open a 400-bed migrant shelter next to an elementary school",
        "Libs of Wherever",
        "LibsOfWherever",
        "May 13, 2026",
    )
    + " "
    + tw(
        "The mayor had police remove a mother who asked about school safety. Unreal.",
        "Libs of Wherever",
        "LibsOfWherever",
        "May 13, 2026",
    )
    + " "
    + tw(
        "This is happening all over the country and the media won't show you",
        "Citizen Cam",
        "CitizenCamUSA",
        "May 14, 2026",
    )
    + " The council approved the shelter 6-3.",
    case="single-source;hyperpartisan;low-reliability;embeds-flat",
    gold=(0.0, "critical", "single Breitbart; activist X posts ~85% of body"),
)

story(
    "unknown-telegram-rybar-style",
    "Frontline report: Ukrainian lines collapsing near Pokrovsk",
    "2026-01-30T04:15:00",
    [Raw("Frontline Truth", "https://frontline-truth.net/ukrainian-lines-collapsing-pokrovsk/")],
    "Reports from the front suggest Ukrainian positions are crumbling. "
    + tg(
        "sputnik_ru_channel",
        88213,
        "Russian units advanced 3 km near Pokrovsk, a source in the Defense Ministry told Sputnik.",
    )
    + "\n"
    + tg(
        "rt_english",
        5512,
        "Ukrainian soldiers surrendering en masse, footage shows — more on RT.",
    )
    + "\nMainstream media will not report this.",
    case="single-source;unknown;embeds-telegram;state-media-embedded",
    gold=(0.0, "critical", "unknown site; Sputnik and RT Telegram posts ~85%"),
)

story(
    "sputnik-gt-reuters-nyt",
    "Russia and China hold joint naval drills in the Sea of Japan",
    "2025-08-05T09:20:00",
    [
        C("reuters", "russia-china-joint-naval-drills-sea-of-japan", sec="world/asia-pacific"),
        C("nyt", "russia-china-naval-drills", sec="world/asia"),
        C("sputnik", "russia-china-naval-drills-sea-of-japan"),
        C("globaltimes", "joint-naval-drills"),
    ],
    """
Russian and Chinese warships began joint exercises in the Sea of Japan on Tuesday, the two
countries' defense ministries said, the latest in a series of drills that have alarmed Tokyo.

Reuters reported that the exercises include anti-submarine and air defense drills. The New York
Times said Japan's defense ministry was monitoring the ships. Sputnik and the Global Times both
described the drills as "not directed at third countries."
""",
    case="multi-source;state-media",
    gold=(0.50, "elevated", "Reuters, NYT + Sputnik, Global Times; state and low half"),
)

story(
    "cnn-huffpost-occupydem",
    "Advocates decry cuts to school lunch program",
    "2026-08-25T14:00:00",
    [
        C("cnn", "school-lunch-program-cuts-advocates", sec="politics"),
        C("huffpost", "school-lunch-cuts-advocates"),
        C("occupydem", "gop-cuts-school-lunches"),
    ],
    """
Anti-hunger advocates warned on Monday that proposed changes to eligibility for free school meals
could cut off as many as 3 million children, CNN reported.

HuffPost said the change would end automatic eligibility for families enrolled in some state
programs. Occupy Democrats wrote that Republicans "want kids to go hungry." The Agriculture
Department said the proposal would "restore program integrity."
""",
    case="multi-source;one-sided-left;low-reliability",
    gold=(0.30, "elevated", "CNN, HuffPost, Occupy Democrats; left only, one low"),
)

story(
    "single-dailymail-crime",
    "Shocking moment shoplifters ransack store in broad daylight",
    "2025-09-26T16:30:00",
    [C("dailymail", "shocking-moment-shoplifters-ransack-store-broad-daylight")],
    """
This is the shocking moment a gang of shoplifters stormed a high street store and made off with
thousands of pounds of goods in broad daylight, as staff looked on helplessly.

Footage shared online shows at least six masked people grabbing handbags and perfume before
fleeing in a waiting car. Police said they were investigating and urged anyone with information
to come forward. Shop workers' union Usdaw said violence against retail staff is "at record
levels."
""",
    case="single-source;tabloid;low-reliability",
    gold=(0.0, "high", "single tabloid (low, +1); F6 floor"),
    was="elevated",
)

story(
    "single-mirror-politics",
    "Tory donor's secret meeting with minister sparks fury",
    "2026-01-07T07:10:00",
    [C("mirror", "tory-donors-secret-meeting-minister-fury", sec="politics")],
    """
A major Tory donor held a secret meeting with a minister weeks before his company won a lucrative
government contract, the Mirror can reveal.

The meeting did not appear in official transparency records. Labour said it was "another example
of the revolving door." A government spokesman said all meetings are declared in line with the
ministerial code.
""",
    case="single-source;tabloid;low-reliability;one-sided-left",
    gold=(0.0, "high", "single tabloid (low, -2)"),
)

story(
    "single-sun-royals",
    "Palace 'in turmoil' over leaked memoir chapter",
    "2026-09-19T22:00:00",
    [C("sun", "palace-turmoil-leaked-memoir-chapter")],
    """
Palace aides are "in turmoil" after a chapter of a forthcoming memoir by a former royal staffer
was leaked online, The Sun understands.

Sources say senior royals were "blindsided" by claims about private conversations. The palace
declined to comment.
""",
    case="single-source;tabloid;low-reliability",
    gold=(0.0, "high", "single tabloid (low, +2)"),
)

story(
    "single-aljazeera",
    "Sudan's army says it retook key city from RSF",
    "2026-04-20T19:00:00",
    [C("aljazeera", "sudan-army-retakes-key-city-rsf")],
    """
Sudan's army said on Sunday it had retaken the city of Bara in North Kordofan from the
paramilitary Rapid Support Forces after days of fighting.

The RSF did not immediately comment. Residents reached by phone described heavy shelling. The
claims could not be independently verified.
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single state-affiliated outlet (F3)"),
)

story(
    "single-xinhua",
    "China's economy grows 4.8% in third quarter",
    "2025-10-20T10:00:00",
    [C("xinhua", "china-economy-grows-third-quarter")],
    """
BEIJING, Oct. 20 (Xinhua) -- China's gross domestic product grew 4.8 percent year on year in the
third quarter, the National Bureau of Statistics said Monday.

Retail sales rose 3.0 percent in September, while industrial output rose 6.5 percent, official
data showed. A bureau spokesperson said the economy "maintained steady progress."
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single Xinhua (state, mixed) (F3)"),
)

story(
    "ap-plus-unknown-bitly-x",
    "Town votes to dissolve police department, contract with county",
    "2026-03-18T21:20:00",
    [
        C("ap", "town-votes-dissolve-police-department-county"),
        Raw("Read more", short("bitly", "town-police")),
    ],
    "A small Ohio town voted Tuesday to dissolve its police department and contract with the "
    "county sheriff, the Associated Press reported, citing budget shortfalls. "
    + tw(
        "Our town just voted to get rid of our own police. Nobody asked the residents.",
        "Concerned Resident",
        "ConcernedOH_",
        "March 17, 2026",
    )
    + " The sheriff said deputies would patrol the town on a 24-hour schedule. Officials said the "
    "change would save about $400,000 a year.",
    case="multi-citation;shorteners;embeds-flat",
    gold=(0.05, "elevated", "AP + bit.ly (unknown half); resident post ~40%"),
)

story(
    "politico-x-embeds-single",
    "House conservatives threaten to sink defense bill over DEI provisions",
    "2026-06-17T18:40:00",
    [C("politico", "house-conservatives-threaten-defense-bill-dei")],
    "A group of House conservatives said Tuesday they would vote against the annual defense "
    "policy bill unless leaders add provisions banning diversity programs at the Pentagon. "
    + tw_html(
        "I will not vote for an NDAA that funds DEI bureaucrats instead of warfighters. Period.",
        "Rep. Lauren Pike",
        "RepLaurenPike",
        "June 17, 2026",
    )
    + " Leaders can only lose three votes on party-line measures. Democrats said the provisions "
    "would doom the bill in the Senate. The bill authorizes $890 billion in spending.",
    case="single-source;embeds-html",
    gold=(0.05, "elevated", "single Politico; congresswoman X embed ~55%"),
)

story(
    "single-dailywire",
    "University quietly drops diversity statements after lawsuit",
    "2026-02-16T11:00:00",
    [C("dailywire", "university-quietly-drops-diversity-statements-lawsuit")],
    """
A major public university has quietly dropped its requirement that job applicants submit
diversity statements, weeks after a professor filed a lawsuit challenging the policy, The Daily
Wire has learned.

The change appeared on the university's hiring website without announcement. A spokesperson
confirmed the change but said it was part of a "routine review."
""",
    case="single-source;one-sided-right",
    gold=(0.10, "elevated", "single Daily Wire (+2, mixed)"),
)

story(
    "single-dailycaller",
    "EXCLUSIVE: Agency staff told to delete messages ahead of audit, emails show",
    "2025-11-04T09:30:00",
    [C("dailycaller", "exclusive-agency-staff-told-delete-messages-audit")],
    """
Employees at a federal agency were told to "clean up" their work messaging accounts days before
an inspector general audit, according to internal emails obtained by the Daily Caller News
Foundation.

The agency said the instruction referred to routine records management and that no records
subject to retention had been deleted.
""",
    case="single-source;one-sided-right",
    gold=(0.10, "elevated", "single Daily Caller (+2, mixed)"),
)

story(
    "single-salon-left",
    "How private equity is quietly buying up veterinary clinics",
    "2026-07-07T08:15:00",
    [C("salon", "private-equity-buying-veterinary-clinics")],
    """
Private equity firms now own roughly a third of veterinary clinics in the United States, and pet
owners say they are noticing the difference in their bills, Salon reports.

Veterinarians interviewed described pressure to meet revenue targets. An industry group said
consolidation has brought investment in equipment and staff.
""",
    case="single-source;one-sided-left",
    gold=(0.10, "elevated", "single Salon (-2, mixed)"),
)

story(
    "fox-nypost-same-owner",
    "Migrant crime suspect was released twice before arrest, records show",
    "2025-10-23T20:15:00",
    [
        C("fox", "migrant-crime-suspect-released-twice-before-arrest", sec="us"),
        C("nypost", "migrant-suspect-released-twice-before-arrest", sec="us-news"),
    ],
    """
A man charged with a violent assault in Queens had been released twice by local authorities
despite immigration detainer requests, according to records reviewed by Fox News Digital. The
New York Post reported that the suspect had two prior arrests this year.

City officials said the city's sanctuary laws limit cooperation with federal immigration
authorities except in cases involving serious convictions.
""",
    case="one-owner;one-sided-right",
    gold=(0.10, "normal", "Fox + NY Post = one Murdoch origin; +1 median"),
)

story(
    "reach-three-titles",
    "Manchester Arena-style security to be rolled out at all big venues",
    "2026-04-09T06:50:00",
    [
        C("mirror", "arena-style-security-rolled-out-venues", sec="uk-news"),
        C("express", "venue-security-martyns-law", sec="uk"),
        C("men", "martyns-law-security-venues"),
    ],
    """
New security rules for large venues will come into force next year, the Home Office confirmed,
requiring venues with capacity over 800 to carry out risk assessments and train staff.

The law is named after Martyn Hett, who was killed in the 2017 Manchester Arena attack. His
mother said the rules would "save lives." The Manchester Evening News reported that some small
venue owners fear the costs.
""",
    case="one-owner;tabloid;uk",
    gold=(0.10, "elevated", "Mirror, Express, MEN = one Reach origin (best mixed); F6 floor"),
    was="normal",
)

story(
    "comcast-nbc-sky",
    "Tech giant fined record sum by EU regulator over data transfers",
    "2025-07-15T12:30:00",
    [
        C("nbc", "tech-giant-fined-record-eu-data-transfers", sec="tech"),
        C("sky", "tech-giant-fined-record-sum-eu-regulator"),
    ],
    """
Ireland's Data Protection Commission fined a U.S. tech company 1.4 billion euros on Tuesday for
transferring European users' data to the United States without adequate safeguards, the largest
fine under the EU's privacy law.

NBC News reported that the company would appeal. Sky News said the regulator ordered the company
to suspend the transfers within six months.
""",
    case="one-owner;multi-citation",
    gold=(0.10, "normal", "NBC News + Sky News = one Comcast origin"),
)

story(
    "nikkei-ft-one-owner",
    "Toyota to invest $10bn in US battery plants",
    "2026-05-12T06:00:00",
    [
        C("nikkei", "toyota-invest-10bn-us-battery-plants", sec="Business/Automobiles"),
        C("ft", "toyota-us-battery-investment"),
    ],
    """
Toyota will invest about $10 billion over five years to expand battery production in North
Carolina and Kentucky, Nikkei Asia reported, as the carmaker hedges against tariffs. The
Financial Times said the plan would create about 3,000 jobs.

The company has said hybrids will remain the core of its US lineup for the rest of the decade,
while fully electric models are phased in more slowly than rivals had planned.
""",
    case="one-owner;multi-citation",
    gold=(0.10, "normal", "Nikkei Asia + FT = one Nikkei origin"),
)

story(
    "mixed-politico-bild-welt-dw",
    "Germany agrees to extend military service registration",
    "2025-11-13T19:30:00",
    [
        C("politicoeu", "germany-extends-military-service-registration"),
        C("bild", "wehrdienst-einigung"),
        C("welt", "wehrdienst-kompromiss"),
        C("dw", "germany-agrees-military-service-registration"),
    ],
    """
Germany's governing parties agreed on Thursday on a new military service model under which all
18-year-old men will have to fill out a questionnaire and undergo a medical exam from 2027.

Politico reported that service will remain voluntary unless recruitment targets are missed. Bild
called it "the return of conscription through the back door." DW noted that the Bundeswehr aims
to grow to 260,000 soldiers.
""",
    case="one-owner;axel-springer;public-broadcaster;eu",
    gold=(0.50, "normal", "Axel Springer (3 titles) + DW: two origins, centre+right"),
)

story(
    "long-investigation-single-wapo",
    "How a billing loophole let clinics charge Medicare for phantom tests",
    "2026-10-26T06:00:00",
    [C("wapo", "medicare-billing-loophole-phantom-tests", sec="health")],
    """
Over four years, a network of small laboratories in three states billed Medicare more than $1.2
billion for genetic tests that doctors say they never ordered, according to a Washington Post
analysis of federal claims data and court records.

The labs exploited a gap in how Medicare verifies orders for certain tests: claims that list a
referring physician's identification number are paid automatically unless flagged by an audit,
and audits cover fewer than 1 in 1,000 claims. The Post identified 212 physicians whose numbers
were used on claims for patients they said they had never seen.

"I found out when a patient called to ask why Medicare had paid for a cancer screening I had
supposedly ordered," said Dr. Miriam Castellano, a family physician in Tucson. "I've never heard
of the lab."

Federal prosecutors have charged executives at four of the labs. A lawyer for one executive said
his client "relied on the advice of billing consultants" and denies wrongdoing.

The Centers for Medicare and Medicaid Services said in a statement that it had "implemented
additional safeguards" in 2025, including prepayment review for high-cost genetic tests. But the
Post's analysis found that billing by labs with the same pattern continued into this year,
shifting to different test codes after each new safeguard.

Former CMS officials said the agency has long been reluctant to slow payments because of
pressure from providers and lawmakers. "The system is designed to pay first and ask questions
later," said one former official, who spoke on the condition of anonymity to discuss internal
deliberations. "That's great for legitimate providers. It's also great for fraudsters."

The inspector general for the Department of Health and Human Services has recommended that
Medicare require electronic verification of orders for high-cost lab tests, a change the agency
says it is studying. Lawmakers from both parties have introduced bills to require it.
""",
    case="single-source;mainstream;long",
    gold=(0.10, "normal", "single high-reliability outlet; long investigation"),
)

story(
    "independent-single-uk",
    "Rail fares to rise 4.6% in March, government confirms",
    "2025-12-03T00:01:00",
    [C("independent", "rail-fares-rise-march-government-confirms", sec="travel")],
    """
Regulated rail fares in England will rise by 4.6 per cent in March, the Department for Transport
confirmed, in line with July's RPI inflation figure. Passenger groups said the increase would
push more people onto the roads.

Season tickets between commuter towns and London will go up by more than £200 a year on some
routes. The government said the rise was below the level it would have been under the previous
formula and that it was investing in reliability.
""",
    case="single-source;uk",
    gold=(0.10, "elevated", "single outlet (-1, mixed); F6 floor"),
    was="normal",
)

story(
    "newsweek-single-centre",
    "Map shows states where home prices are falling fastest",
    "2026-06-09T13:30:00",
    [C("newsweek", "map-states-home-prices-falling-fastest")],
    """
Home prices fell year over year in 14 states in May, according to data from a listing service
analyzed by Newsweek, with the biggest declines in Florida and Texas. Economists said rising
inventory and high mortgage rates were cooling demand in markets that boomed during the pandemic.
""",
    case="single-source",
    gold=(0.10, "elevated", "single centre mixed outlet; F6 floor"),
    was="normal",
)

story(
    "single-nypost-embeds-heavy",
    "Subway brawl caught on video as straphangers flee",
    "2026-08-01T08:00:00",
    [C("nypost", "subway-brawl-caught-on-video-straphangers-flee", sec="metro")],
    "Wild video shows a brawl on a packed subway train during rush hour Thursday. "
    + tt("nycsubwaycams", "Another day on the A train 😳 #nyc #subway", "subway-brawl")
    + " "
    + tw(
        "This was on my train this morning. Nobody from the MTA anywhere.",
        "Jess",
        "jessinbk",
        "July 31, 2026",
    )
    + " Police said two people were taken into custody.",
    case="single-source;embeds-tiktok;embeds-flat",
    gold=(0.0, "high", "single NY Post; TikTok + X ~85% of body (F4)"),
)

story(
    "two-right-tiktok-heavy",
    "Viral video shows teacher mocking student's Christian faith",
    "2026-09-24T17:20:00",
    [
        C("fox", "viral-video-teacher-mocking-student-christian-faith", sec="media"),
        C("dailywire", "viral-video-teacher-mocks-student-faith"),
    ],
    "A video circulating on social media appears to show a high school teacher ridiculing a "
    "student for wearing a cross necklace. "
    + tt("momsforfaith", "This is what's happening in our schools. #parentsrights", "teacher-video")
    + " "
    + tw(
        "The district needs to answer for this. Share until they respond.",
        "Moms for Faith",
        "MomsForFaithUSA",
        "September 23, 2026",
    )
    + " The district said it had placed the teacher on leave pending an investigation.",
    case="multi-source;one-sided-right;embeds-tiktok;embeds-flat",
    gold=(0.10, "high", "Fox + Daily Wire (+2 mixed); activist embeds ~75%"),
)

story(
    "local-tv-x-post-30",
    "Police investigate threats against school board members",
    "2026-01-14T22:10:00",
    [
        C("11alive", "police-investigate-threats-school-board-members"),
    ],
    "Police in Cobb County are investigating threatening messages sent to three school board "
    "members after a contentious vote on library books. "
    + tw(
        "We are aware of threats made against members of the Board and are working with law enforcement. Safety is our priority.",
        "Cobb Schools",
        "cobbschools",
        "January 14, 2026",
    )
    + " A board member said she had received more than 40 messages, some mentioning her children. "
    "The district said it would add security at Thursday's meeting.",
    case="single-source;local-tv;embeds-flat",
    gold=(0.10, "elevated", "single Tegna station; district X post ~45%"),
)

story(
    "wire-reuters-syndicated-trib",
    "Oil prices jump after attack on Gulf tanker",
    "2025-06-24T11:45:00",
    [
        C("reuters", "oil-prices-jump-after-attack-gulf-tanker", sec="business/energy"),
        C("chitrib", "oil-prices-jump-gulf-tanker-attack"),
        C("latimes", "oil-prices-gulf-tanker", sec="business"),
    ],
    """
LONDON (Reuters) - Oil prices jumped more than 4% on Tuesday after a tanker was struck by a
projectile in the Gulf of Oman, raising fears of disruption to shipments through the Strait of
Hormuz.

Brent crude futures rose $3.10 to $79.40 a barrel by 1045 GMT. Reporting by Reuters staff;
Editing by Jan Harvey.
""",
    case="wire-syndication;single-origin",
    gold=(0.10, "normal", "Reuters copy on Reuters, Tribune, LA Times; one origin"),
)

# More tiers: thin or lopsided sourcing, state media with embeds, balanced coverage abroad.

story(
    "zero-citations-local-brief",
    "Road resurfacing to close Main Street for two weeks",
    "2026-07-20T06:30:00",
    [],
    """
Main Street between 3rd and 7th avenues will close to through traffic from Monday for two weeks
while crews resurface the road, city officials said. Detours will be posted. Businesses will
remain open and accessible from side streets.

Bus routes 4 and 11 will use Elm Street during the closure. Work will take place from 7 a.m. to
6 p.m. on weekdays, weather permitting, and the street will reopen for the weekend.
""",
    case="no-citations",
    gold=(0.0, "elevated", "no citations at all"),
)

story(
    "zero-citations-french",
    "Grève à la SNCF : trafic très perturbé jeudi sur les lignes TER",
    "2025-11-20T05:45:00",
    [],
    """
Le trafic sera très perturbé jeudi sur les lignes TER de plusieurs régions en raison d'un
mouvement de grève à l'appel de trois syndicats de cheminots, qui protestent contre la
réorganisation des ateliers de maintenance. En Occitanie, un train sur trois circulera. Les
TGV ne sont pas concernés.
""",
    case="no-citations;non-english;french",
    gold=(0.0, "elevated", "no citations at all"),
)

story(
    "single-bbc-embeds-35",
    "Storm Amy: Thousands without power as 90mph gusts hit Scotland",
    "2025-10-03T21:40:00",
    [C("bbc", "storm-amy-scotland")],
    "Thousands of homes in Scotland are without power after Storm Amy brought gusts of up to "
    "90mph to the north and west. "
    + tw(
        "Our engineers are working to restore supplies to around 28,000 customers. Please stay away from fallen lines.",
        "SSEN Distribution",
        "ssencommunity",
        "October 3, 2025",
    )
    + " "
    + yt("storm-amy-footage", "Storm Amy batters Oban seafront")
    + " ScotRail suspended services on several routes and ferries were cancelled. An amber warning "
    "remains in place until Saturday morning. The Met Office said further disruption was likely, "
    "with trees down across the Highlands and flooding on coastal roads.",
    case="single-source;public-broadcaster;embeds-flat;embeds-youtube",
    gold=(0.05, "elevated", "single BBC; utility post + video ~55% of body"),
)

story(
    "two-left-huffpost-mj-x",
    "Governor signs bill expanding abortion access for out-of-state patients",
    "2026-04-22T17:00:00",
    [
        C("huffpost", "governor-signs-abortion-access-out-of-state-patients"),
        C("motherjones", "governor-abortion-shield-law", sec="politics"),
    ],
    """
A Democratic governor on Wednesday signed a bill that protects providers who treat patients
traveling from states with abortion bans, HuffPost reported. The law blocks state agencies from
cooperating with out-of-state investigations.

"""
    + tw(
        "Today we made it clear: if you come here for care, you are safe here.",
        "Gov. Ellen Marsh",
        "GovEllenMarsh",
        "April 22, 2026",
    )
    + """

Mother Jones reported that at least 17 states now have similar shield laws. Anti-abortion groups
said they would challenge the law in court, arguing it interferes with other states' ability to
enforce their own statutes. Legal scholars say the conflict is likely to reach the Supreme Court
within a few years.
""",
    case="multi-source;one-sided-left;hyperpartisan;embeds-flat",
    gold=(0.25, "elevated", "HuffPost + Mother Jones (-2 mixed); governor post ~25%"),
)

story(
    "two-right-federalist-washtimes",
    "Senate candidate's ties to Chinese-funded institute draw scrutiny",
    "2026-08-19T10:40:00",
    [
        C("federalist", "senate-candidate-ties-chinese-funded-institute"),
        C("washtimes", "senate-candidate-chinese-institute-ties"),
    ],
    """
A Democratic Senate candidate served on the advisory board of a university institute that
received funding from a Chinese government-linked foundation, according to records reviewed by
The Federalist. The Washington Times reported that the candidate left the board in 2021.

The campaign said the candidate "had no role in the institute's funding" and called the reports a
smear.
""",
    case="multi-source;one-sided-right;hyperpartisan",
    gold=(0.30, "elevated", "Federalist + Washington Times (+2 mixed)"),
)

story(
    "reuters-tass-two",
    "Russia says it will resume grain shipments via Black Sea corridor",
    "2025-07-31T14:20:00",
    [
        C(
            "reuters",
            "russia-says-it-will-resume-grain-shipments-black-sea",
            sec="markets/commodities",
        ),
        C("tass", "grain-shipments-black-sea", sec="economy"),
    ],
    """
Russia will resume grain shipments through a Black Sea corridor next month, the agriculture
ministry said on Thursday, according to TASS. Reuters, citing traders, said the first vessels were
expected to load in Novorossiysk in mid-August, but that insurance costs remained high.
""",
    case="multi-source;state-media",
    gold=(0.15, "elevated", "Reuters + TASS; state origin is half"),
)

story(
    "ap-xinhua-cgtn",
    "China launches crewed mission to its space station",
    "2026-04-24T21:00:00",
    [
        C("ap", "china-launches-crewed-mission-space-station"),
        C("xinhua", "shenzhou-crewed-launch"),
        C("cgtn", "shenzhou-crew-launch"),
    ],
    """
JIUQUAN, China (AP) — China launched three astronauts to its Tiangong space station on Friday,
the country's space agency said, as it prepares for a crewed moon landing before 2030.

Xinhua said the crew would stay for six months and carry out more than 100 experiments. CGTN
broadcast the launch live.
""",
    case="multi-source;state-media;wire",
    gold=(0.15, "elevated", "AP + Xinhua/CGTN (one state origin, half)"),
)

story(
    "kyivind-ria-two",
    "Drone strike hits apartment block in Kharkiv, officials say",
    "2026-02-14T08:45:00",
    [
        C("kyivind", "drone-strike-apartment-block-kharkiv"),
        C("ria", "udar-harkov"),
    ],
    """
A drone strike hit a nine-story apartment block in Kharkiv overnight, killing two people and
injuring 11, the regional governor said, according to the Kyiv Independent.

RIA Novosti, citing the Russian Defense Ministry, said Russian forces had struck "a temporary
deployment point of Ukrainian units" in the city. Ukrainian officials said the building was
residential.
""",
    case="multi-source;state-media",
    gold=(0.15, "high", "Kyiv Independent + RIA (state, low): low and state are half"),
)

story(
    "guardian-mirror-two",
    "Water company bosses' bonuses rise despite record sewage spills",
    "2025-07-11T07:00:00",
    [
        C("guardian", "water-company-bosses-bonuses-sewage-spills", sec="environment"),
        C("mirror", "water-bosses-bonuses-sewage"),
    ],
    """
Bosses at England's largest water companies received bonuses worth a combined £4.2m last year
despite a record number of sewage spills, according to analysis by the Guardian.

The Mirror said one chief executive's pay package rose by 18%. Water UK said bonuses were linked
to performance targets set by independent committees.
""",
    case="multi-source;one-sided-left;tabloid",
    gold=(0.15, "high", "Guardian + Mirror (low, -2): low is half, one-sided"),
)

story(
    "three-left-vox-slate-huffpost",
    "Student loan payment pause ends for millions this month",
    "2025-09-02T12:30:00",
    [
        C("vox", "student-loan-payment-pause-ends", sec="policy"),
        C("slate", "student-loan-payments-resume-what-to-know", sec="business"),
        C("huffpost", "student-loan-payment-pause-ends-millions"),
    ],
    """
Millions of borrowers enrolled in a paused repayment plan will see payments resume this month,
after a court blocked the plan last year. Vox explained that borrowers can switch to another
income-driven plan. Slate reported long wait times at loan servicers. HuffPost said advocates
have asked the Education Department to extend a grace period.
""",
    case="multi-source;one-sided-left;hyperpartisan",
    gold=(0.40, "elevated", "Vox, Slate, HuffPost: left only, all mixed"),
)

story(
    "bbc-express-gbnews",
    "Channel crossings reach new record for a single day",
    "2026-08-30T19:10:00",
    [
        C("bbc", "channel-crossings-record-day"),
        C("express", "channel-crossings-record", sec="politics"),
        C("gbnews", "channel-crossings-record-single-day", sec="news"),
    ],
    """
More than 1,400 people crossed the Channel in small boats on Saturday, a record for a single day,
Home Office figures show, the BBC reported.

The Express said the figure piled pressure on ministers. GB News broadcast footage from Dover. The
Home Office said a returns agreement with France had removed 340 people so far.
""",
    case="multi-source;tabloid;low-reliability;uk",
    gold=(0.35, "elevated", "BBC + Express + GB News; low origins 2/3"),
)

story(
    "rtes-elpais",
    "Venezuela denuncia maniobras militares de EE.UU. en el Caribe",
    "2025-09-09T22:30:00",
    [
        C("rtes", "venezuela-denuncia-maniobras-militares-eeuu-caribe"),
        C("elpais", "venezuela-denuncia-maniobras-eeuu-caribe", sec="america"),
    ],
    """
El Gobierno de Venezuela denunció este martes lo que calificó como "provocaciones" de buques de
guerra de Estados Unidos desplegados en el Caribe, y anunció ejercicios militares en la costa.

RT en Español recogió las declaraciones del ministro de Defensa, que habló de "amenaza
imperialista". El País informó de que Washington justifica el despliegue como parte de
operaciones contra el narcotráfico.
""",
    case="multi-source;state-media;non-english;spanish;latin-america",
    gold=(0.15, "high", "RT en Español + El País; state and low are half"),
)

story(
    "pagina12-single",
    "Jubilados marcharon al Congreso y hubo represión",
    "2026-03-11T20:00:00",
    [C("pagina12", "jubilados-marcharon-congreso-represion")],
    """
Como cada miércoles, cientos de jubilados marcharon frente al Congreso para reclamar por la
recomposición de sus haberes, y las fuerzas federales volvieron a reprimir con gases y balas de
goma. Al menos seis personas fueron detenidas, según organizaciones de derechos humanos. El
Ministerio de Seguridad afirmó que se aplicó el protocolo para garantizar la circulación.
""",
    case="single-source;one-sided-left;non-english;spanish;latin-america",
    gold=(0.10, "elevated", "single Página/12 (-2, mixed)"),
)

story(
    "liberation-single",
    "Loi immigration : la gauche saisit le Conseil constitutionnel",
    "2026-01-27T18:15:00",
    [C("liberation", "loi-immigration-la-gauche-saisit-le-conseil-constitutionnel")],
    """
Les députés de gauche ont annoncé mardi saisir le Conseil constitutionnel sur la nouvelle loi
immigration, dénonçant des mesures « indignes » sur le regroupement familial et l'accès aux
prestations sociales. Le gouvernement se dit « serein » sur la constitutionnalité du texte.
""",
    case="single-source;one-sided-left;non-english;french",
    gold=(0.10, "elevated", "single Libération (-2, mixed)"),
)

story(
    "ap-newsmax-two",
    "Former attorney general to testify before House panel",
    "2026-05-06T15:00:00",
    [
        C("ap", "former-attorney-general-testify-house-panel"),
        C("newsmax", "former-ag-testify-house-panel"),
    ],
    """
A former U.S. attorney general agreed to testify before the House Judiciary Committee next month
about the handling of a politically charged investigation, the committee chairman said, according
to The Associated Press. Newsmax reported that Republicans plan to ask about communications with
the White House.
""",
    case="multi-source;low-reliability",
    gold=(0.25, "elevated", "AP + Newsmax (low): low origin is half"),
)

story(
    "single-nyt-instagram-30",
    "A Designer's Last Collection, Finished by Her Studio",
    "2026-02-27T13:00:00",
    [C("nyt", "designer-last-collection-paris-fashion-week", sec="style")],
    "The final collection of the designer, who died in November, was shown in Paris on Thursday, "
    "completed by the studio team she had led for two decades. "
    + ig("atelier.noor", "Atelier Noor", "final-collection")
    + " Models walked to a recording of her voice describing early sketches. Editors and buyers "
    "described the show as restrained and moving, and several said they expected the house to "
    "continue under her longtime deputy, who took a bow alone at the end. The house has not said "
    "whether it will keep her name on future collections.",
    case="single-source;embeds-instagram",
    gold=(0.10, "elevated", "single NYT; Instagram embed ~40%"),
)

story(
    "nyt-plus-medium",
    "Startup's AI tutor claims spark debate among teachers",
    "2026-10-01T10:10:00",
    [
        C("nyt", "ai-tutor-startup-teachers-debate", sec="technology"),
        Raw(
            "Medium",
            "https://medium.com/@teachertech_notes/i-tested-the-ai-tutor-here-is-what-happened-9b1e2f4c7a30",
        ),
    ],
    """
A startup's claim that its AI tutor doubled test score gains in a pilot program has divided
teachers, The New York Times reported. A teacher who took part in the pilot wrote in a blog post
that the comparison group was not similar to the students who used the tool. The company said
an independent evaluation is under way.
""",
    case="multi-citation;unknown",
    gold=(0.15, "elevated", "NYT + Medium post (unknown is half)"),
)

story(
    "single-cnn-telegram-30",
    "Ukraine says it struck Russian oil refinery with long-range drones",
    "2025-11-26T07:20:00",
    [C("cnn", "ukraine-strikes-russian-oil-refinery-drones", sec="europe")],
    "Ukraine's military said Wednesday it had struck an oil refinery in Russia's Saratov region "
    "with long-range drones, causing a fire. "
    + tg(
        "GeneralStaffZSU",
        31822,
        "The Defense Forces struck the Saratov oil refinery. A fire was recorded on the territory.",
    )
    + " Russia's regional governor said debris from downed drones fell on an industrial site and "
    "that there were no casualties. CNN could not independently verify the extent of the damage.",
    case="single-source;embeds-telegram",
    gold=(0.10, "elevated", "single CNN; Telegram post ~40%"),
)

story(
    "ap-fox-breitbart-three",
    "Border state governors call for more National Guard funding",
    "2026-07-09T16:45:00",
    [
        C("ap", "border-governors-national-guard-funding"),
        C("fox", "border-state-governors-national-guard-funding"),
        C("breitbart", "border-governors-demand-national-guard-funding", sec="politics"),
    ],
    """
Governors of four border states asked Congress on Wednesday for $2 billion to cover National
Guard deployments, the Associated Press reported. Fox News said the request had support from
some Democrats in Arizona and New Mexico. Breitbart called it "a desperate plea."
""",
    case="multi-source;low-reliability",
    gold=(0.40, "normal", "AP, Fox, Breitbart: right+centre, one low"),
)

story(
    "haaretz-jpost-x-40",
    "Hostage families rally in Tel Aviv as talks stall",
    "2025-08-23T23:00:00",
    [
        C("haaretz", "hostage-families-rally-tel-aviv-talks-stall"),
        C("jpost", "hostage-families-rally", sec="israel-news"),
    ],
    "Tens of thousands rallied in Tel Aviv on Saturday night to demand a deal to free the remaining "
    "hostages, Haaretz reported. "
    + tw(
        "Tonight, we are here again. Every day that passes is a danger to their lives. Bring them home NOW.",
        "Hostages Forum",
        "bringhomenow",
        "August 23, 2025",
    )
    + " The Jerusalem Post said the government was reviewing a new proposal from mediators. Police "
    "closed several roads around the square, and organizers said it was one of the largest "
    "gatherings in months. A government spokesman said negotiators would travel to Cairo next week.",
    case="multi-source;balanced;embeds-flat;middle-east",
    gold=(0.45, "normal", "Haaretz + JPost, both sides; forum post ~35%"),
)

story(
    "tgp-sputnik-embeds",
    "BOMBSHELL: Russian Intelligence Says Ukraine Planning 'False Flag' at Nuclear Plant",
    "2026-06-25T14:50:00",
    [C("tgp", "bombshell-russian-intelligence-ukraine-false-flag-nuclear-plant")],
    "The Gateway Pundit | Russia's foreign intelligence service is warning of a provocation. "
    + tw(
        "Russian SVR: Kiev preparing 'dirty' provocation at Zaporozhye NPP to blame Moscow",
        "Sputnik",
        "SputnikInt",
        "June 25, 2026",
    )
    + " Western media have ignored the warning. "
    + tw(
        "IAEA must respond to Kiev's nuclear blackmail — Russian envoy",
        "Sputnik",
        "SputnikInt",
        "June 25, 2026",
    )
    + " Ukraine's foreign ministry called the claim 'classic Russian disinformation'. The IAEA "
    "said its team at the plant had observed no unusual activity.",
    case="single-source;hyperpartisan;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single low +2 source; Sputnik embeds ~55%"),
)

story(
    "unknown-blog-rt-youtube",
    "Exposed: What the Western press won't show you about the protests in Georgia",
    "2025-12-02T01:30:00",
    [Raw("Independent Truth Media", "https://independenttruthmedia.com/exposed-georgia-protests/")],
    "Here is the footage the Western press refuses to show. "
    + yt("rt-georgia-protests", "RT: Foreign-funded NGOs behind Tbilisi unrest")
    + " "
    + tw(
        "Georgian PM: foreign agents are trying to drag the country into a Maidan scenario",
        "RT",
        "RT_com",
        "December 1, 2025",
    )
    + " Draw your own conclusions.",
    case="single-source;unknown-blog;embeds-youtube;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "unknown blog; RT video + post ~85% of body"),
)

story(
    "unknown-plus-rt-cited",
    "Germany's economy 'in free fall' as sanctions backfire",
    "2026-02-20T09:10:00",
    [
        Raw("EuroTruth Daily", "https://eurotruthdaily.net/germany-economy-free-fall-sanctions/"),
        C("rt", "germany-economy-free-fall-sanctions", sec="business"),
    ],
    "Germany's industrial output has fallen for the third straight month, and analysts are "
    "blaming energy costs after the break with Russian gas, RT reports. "
    + tw(
        "German industry bleeding out: BASF, Thyssenkrupp cut thousands of jobs",
        "RT",
        "RT_com",
        "February 19, 2026",
    )
    + " The German economy ministry says output is stabilizing and energy prices have fallen by half "
    "from their peak.",
    case="multi-citation;unknown;state-media;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "unknown site + RT; RT post ~35% of body"),
)

story(
    "ria-telegram-mod-heavy",
    "Минобороны сообщило об освобождении населенного пункта в ДНР",
    "2026-05-03T11:15:00",
    [C("ria", "osvobozhdenie-dnr")],
    "Российские военные освободили населенный пункт в ДНР, сообщили в Минобороны. "
    + tg(
        "mod_russia",
        48211,
        "Подразделения группировки войск «Центр» в результате активных действий освободили "
        "населенный пункт. Противник потерял до 430 военнослужащих, танк и четыре боевые "
        "бронированные машины.",
    )
    + "\nПодробности уточняются.",
    case="single-source;state-media;embeds-telegram;state-media-embedded;non-english;russian",
    gold=(0.0, "critical", "single RIA; Defense Ministry Telegram ~75% of body"),
)

story(
    "cgtn-gt-x-heavy",
    "Chinese FM: US 'should stop hyping' so-called China threat",
    "2025-11-07T16:00:00",
    [
        C("cgtn", "chinese-fm-us-stop-hyping-china-threat"),
        C("globaltimes", "fm-stop-hyping-china-threat"),
    ],
    "The Chinese Foreign Ministry on Friday urged Washington to abandon its Cold War mentality. "
    + tw(
        "Chinese FM spokesperson: The US should stop hyping the so-called 'China threat' and stop interfering in China's internal affairs.",
        "CGTN",
        "CGTNOfficial",
        "November 7, 2025",
    )
    + " "
    + tw(
        "Experts: US defense budget 'inflated by China threat theory'",
        "Global Times",
        "globaltimesnews",
        "November 7, 2025",
    ),
    case="multi-citation;state-media;one-owner;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "CGTN + Global Times (one state origin); own posts ~80%"),
)

story(
    "belta-rt-embeds",
    "Lukashenko: Belarus ready to host peace talks",
    "2026-07-03T13:25:00",
    [C("belta", "lukashenko-belarus-ready-host-peace-talks")],
    "President Aleksandr Lukashenko said on Independence Day that Minsk is ready to host talks on "
    "ending the war in Ukraine. "
    + tw(
        "Lukashenko: 'Minsk is the best place for negotiations — we are neighbors, we know both sides'",
        "RT",
        "RT_com",
        "July 3, 2026",
    )
    + " The president also said relations with Washington were improving and thanked the US "
    "envoy for 'constructive dialogue'. He awarded state honors to workers and soldiers at a "
    "ceremony in Minsk.",
    case="single-source;state-media;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "single Belta; RT embed ~30% of body"),
)

story(
    "tgp-bee-as-fact",
    "Democrats Propose Renaming Columbus Day to 'Indigenous Peoples and Climate Refugees Day'",
    "2025-10-13T11:00:00",
    [
        C("tgp", "democrats-propose-renaming-columbus-day-climate-refugees"),
        C("bee", "democrats-propose-renaming-columbus-day"),
    ],
    """
You can't make this up. House Democrats have reportedly proposed renaming Columbus Day to
"Indigenous Peoples and Climate Refugees Day," according to a report. The proposal would also
require federal employees to complete a climate guilt training. Unreal.
""",
    case="satire-as-news;hyperpartisan;low-reliability",
    gold=(0.0, "critical", "Gateway Pundit presenting Babylon Bee as fact"),
)

story(
    "newsmax-epoch-rt-embeds",
    "Russian FM: West 'Lying' About Peace Proposal",
    "2026-03-16T19:00:00",
    [
        C("newsmax", "russian-fm-west-lying-peace-proposal", sec="world"),
        C("epoch", "russian-foreign-minister-peace-proposal", sec="world"),
    ],
    "Russia's foreign minister accused Western governments of misrepresenting Moscow's latest peace "
    "proposal. "
    + tw(
        "Lavrov: Western media deliberately distort Russia's position on Ukraine settlement",
        "RT",
        "RT_com",
        "March 16, 2026",
    )
    + " Newsmax reported that some Republicans in Congress have urged the administration to engage "
    "with the proposal. The Epoch Times said European leaders rejected it as 'capitulation'. "
    + tw(
        "Moscow 'open to dialogue' but 'will not accept ultimatums' — Lavrov",
        "RT",
        "RT_com",
        "March 16, 2026",
    ),
    case="multi-citation;hyperpartisan;low-reliability;embeds-flat;state-media-embedded",
    gold=(0.0, "critical", "Newsmax + Epoch (low, +2); RT posts ~50%"),
)

story(
    "arabic-presstv-telegram",
    "حزب الله: استهدفنا موقعا إسرائيليا ردا على الغارات",
    "2025-07-18T20:40:00",
    [
        Raw(
            "PressTV",
            "https://www.presstv.ir/Detail/2025/07/18/751203/hezbollah-targets-israeli-position",
        )
    ],
    "أعلن حزب الله أنه استهدف موقعا عسكريا إسرائيليا ردا على الغارات الأخيرة على جنوب لبنان. "
    + tg(
        "presstv_arabic",
        9921,
        "المقاومة الإسلامية: استهدفنا موقع الراهب بالأسلحة المناسبة وحققنا إصابات مباشرة.",
    )
    + "\nولم يعلق الجيش الإسرائيلي على الفور.",
    case="single-source;state-media;embeds-telegram;state-media-embedded;non-english;arabic",
    gold=(0.0, "critical", "single PressTV; PressTV Telegram ~60% of body"),
)

story(
    "single-gbnews",
    "Farmers block roads in protest over inheritance tax",
    "2025-12-10T12:00:00",
    [C("gbnews", "farmers-block-roads-inheritance-tax-protest", sec="news")],
    """
Farmers blocked roads with tractors in several towns on Wednesday in protest at changes to
inheritance tax relief on agricultural land. GB News spoke to one farmer who said the tax would
"finish off" his family's 200-year-old farm. The Treasury says most farms will not be affected.
""",
    case="single-source;low-reliability;one-sided-right;uk",
    gold=(0.0, "high", "single low +2 source"),
)

story(
    "single-epoch",
    "Experts warn of grid vulnerability to solar storms",
    "2026-09-03T09:00:00",
    [C("epoch", "experts-warn-grid-vulnerability-solar-storms", sec="us")],
    """
A severe solar storm could knock out parts of the U.S. power grid for months, several experts told
The Epoch Times, warning that utilities have been slow to install protective equipment on large
transformers. The Federal Energy Regulatory Commission adopted standards on geomagnetic
disturbances in 2016, which industry groups say are adequate.
""",
    case="single-source;low-reliability;one-sided-right",
    gold=(0.0, "high", "single low +2 source"),
)

story(
    "dailymash-facebook-page",
    "Government to replace speed cameras with 'disappointed mums'",
    "2026-04-01T10:00:00",
    [
        Raw("Facebook", "https://www.facebook.com/TruthUnitedUK/posts/pfbid02Xw9aLq3Zk7mR"),
        C("dailymash", "government-to-replace-speed-cameras-with-disappointed-mums"),
    ],
    """
The government is to replace speed cameras with "disappointed mums" who will shake their heads at
drivers, according to a report. A Department for Transport source reportedly said the scheme
would be rolled out by summer. This is what our taxes pay for!!
""",
    case="satire-as-news;unknown;platform",
    gold=(0.0, "high", "Facebook page (unknown) + Daily Mash as fact (F2)"),
)

story(
    "chinadaily-single",
    "Belt and Road trade hits record in first half",
    "2025-07-14T09:30:00",
    [C("chinadaily", "belt-and-road-trade-record-first-half")],
    """
China's trade with Belt and Road partner countries reached a record 11 trillion yuan in the first
half of the year, customs data showed, accounting for more than half of China's total foreign
trade. Officials said the initiative "continues to deliver mutual benefits."
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single China Daily (state, low)"),
)

story(
    "kcna-single",
    "Kim Jong Un inspects new destroyer, calls for naval buildup",
    "2026-05-25T06:00:00",
    [C("kcna", "kim-jong-un-inspects-new-destroyer")],
    """
Kim Jong Un inspected a newly built destroyer at the Nampho shipyard and called for the "rapid
strengthening" of the navy's nuclear capabilities, state media said. He was accompanied by senior
officials and his daughter, according to the report.

The report said the 5,000-ton vessel would be armed with "the most powerful weapons" and enter
service next year. It did not mention an earlier launch of a sister ship that capsized at its
ceremony.
""",
    case="single-source;state-media",
    gold=(0.0, "high", "single KCNA mirror (state, low)"),
)

story(
    "ko-yonhap-kh-korean",
    "정부, 내년 최저임금 1만320원 확정",
    "2025-08-05T15:00:00",
    [
        C("yonhap", "minimum-wage"),
        C("koreaherald", "minimum-wage"),
    ],
    """
고용노동부는 5일 내년도 최저임금을 시간당 1만320원으로 확정해 고시했다. 올해보다 2.9% 오른 금액이다.

연합뉴스에 따르면 노동계와 경영계 모두 이의를 제기했으나 정부는 재심의 요청을 받아들이지 않았다.
코리아헤럴드는 소상공인들의 부담이 커질 것이라는 우려가 나온다고 전했다.

월 환산액은 209시간 기준 215만6천880원이다. 노동계는 물가 상승률에 못 미치는 인상이라며 반발했고,
경영계는 편의점과 음식점 등 영세 사업장의 인건비 부담이 한계에 이르렀다고 주장했다.
정부는 일자리 안정 지원 방안을 연말까지 마련하겠다고 밝혔다.
""",
    case="multi-source;non-english;korean;asia",
    gold=(0.55, "normal", "Yonhap + Korea Herald; centre only, both high"),
)

story(
    "zh-scmp-bbc-dw",
    "香港立法會通過新法案 加強網絡安全監管",
    "2026-03-19T18:30:00",
    [
        C("scmp", "hong-kong-legislature-passes-cybersecurity-bill", sec="hong-kong/politics"),
        C("bbc", "hk-cyber-bill", name="BBC News 中文"),
        C("dw", "hong-kong-cybersecurity-law", name="DW 中文"),
    ],
    """
香港立法會周三三讀通過《保護關鍵基礎設施（電腦系統）條例草案》，要求銀行、電訊及能源等機構
加強網絡安全措施，違者最高可被罰款五百萬港元。

據《南華早報》報道，政府表示新法例符合國際標準。BBC中文指出，部分商界人士擔心條文定義模糊。
德國之聲則引述學者意見，認為法例執行細節仍有待觀察。

條例將於明年一月生效，受規管機構須設立專責部門、定期進行風險評估，並在發生嚴重事故後十二小時內
向專員公署通報。保安局表示，條例只針對機構的系統安全，不涉及個人資料或言論內容。
有議員關注中小型企業的合規成本，政府回應稱會提供指引及過渡期。
""",
    case="multi-source;non-english;chinese;asia",
    gold=(0.65, "normal", "SCMP, BBC, DW; centre only, all high"),
)

story(
    "wildfire-nine-california",
    "Wildfire in Los Angeles County forces 30,000 to evacuate",
    "2026-09-12T04:30:00",
    [
        C("latimes", "wildfire-los-angeles-county-evacuations"),
        C("sfchron", "los-angeles-wildfire-evacuations", sec="california-wildfires"),
        C("ktla", "wildfire-evacuations-los-angeles-county"),
        C("ktvu", "los-angeles-county-wildfire-evacuations"),
        C("ap", "california-wildfire-los-angeles-evacuations"),
        C("reuters", "wildfire-los-angeles-county-forces-evacuations", sec="world/us"),
        C("nyt", "los-angeles-wildfire-evacuations", sec="us"),
        C("fox", "los-angeles-county-wildfire-evacuations", sec="us"),
        C("cnn", "los-angeles-wildfire-evacuations", sec="weather"),
    ],
    """
A wind-driven wildfire in the foothills north of Los Angeles grew to more than 12,000 acres
overnight, forcing about 30,000 people to evacuate and destroying at least 40 structures, fire
officials said Friday.

The Los Angeles Times reported that Santa Ana winds gusting to 60 mph pushed embers more than a
mile ahead of the fire front. KTLA broadcast footage of homes burning in a canyon neighborhood.
The Associated Press said the fire was 0% contained by dawn.

Fox News and CNN both reported that the governor had requested a federal emergency declaration.
Reuters noted that utilities had cut power to 90,000 customers as a precaution. The San Francisco
Chronicle said crews from Northern California had been sent south.
""",
    case="multi-source;balanced;local-tv;one-owner-pair",
    gold=(1.0, "normal", "8 origins (KTVU+Fox one group), both sides+centre, all high"),
)

story(
    "ten-cite-election-europe",
    "Dutch election: centrist party edges out far right in tight race",
    "2025-10-30T07:30:00",
    [
        C("reuters", "dutch-election-centrist-party-edges-far-right", sec="world/europe"),
        C("ap", "netherlands-election-results"),
        C("afp", "dutch-election-results"),
        C("politicoeu", "dutch-election-results-centrist-far-right"),
        C("guardian", "dutch-election-results-centrist-far-right", sec="world"),
        C("telegraph", "dutch-election-far-right", sec="world-news"),
        C("dw", "dutch-election-centrist-edges-far-right"),
        C("ft", "dutch-election-results"),
        C("spiegel", "niederlande-wahl-ergebnis", sec="ausland"),
        C("rt", "dutch-election-results", sec="news"),
    ],
    """
A centrist party narrowly won the most seats in the Netherlands' parliamentary election, edging
out the far-right party that won the last vote, according to near-final results published on
Thursday.

Reuters and the Associated Press reported that the two parties were separated by fewer than
30,000 votes. Politico Europe said coalition talks could take months. The Guardian called the
result a setback for the populist right across Europe, while The Telegraph said the far right
remained the second-largest force. RT said the result showed "voter fatigue with Brussels."
""",
    case="multi-source;balanced;state-media;ten-citations;eu",
    gold=(1.0, "normal", "10 origins incl. RT, both sides+centre, R 0.9"),
)

story(
    "single-ap-apnews",
    "Judge blocks state law requiring age checks for app downloads",
    "2026-06-15T18:20:00",
    [C("ap", "judge-blocks-app-store-age-verification-law")],
    """
AUSTIN, Texas (AP) — A federal judge on Monday blocked a Texas law that would have required app
stores to verify users' ages and get parental consent before minors could download apps, saying
it likely violates the First Amendment.

The state attorney general's office said it would appeal.
""",
    case="single-source;wire",
    gold=(0.10, "normal", "single AP"),
)

story(
    "single-bbcmundo",
    "Ecuador declara estado de excepción en siete provincias por ola de violencia",
    "2026-01-09T23:10:00",
    [C("bbcmundo", "ecuador-estado-excepcion")],
    """
El presidente de Ecuador decretó este viernes el estado de excepción durante 60 días en siete
provincias, tras una serie de ataques atribuidos a bandas del crimen organizado que dejaron al
menos 18 muertos. La medida permite a las Fuerzas Armadas apoyar a la policía en el control del
orden público.
""",
    case="single-source;public-broadcaster;non-english;spanish;latin-america",
    gold=(0.10, "normal", "single BBC Mundo"),
)

story(
    "single-dwde",
    "Bahn-Streik: GDL kündigt 48-stündigen Ausstand an",
    "2026-02-23T17:40:00",
    [C("dwde", "bahn-streik-gdl-48-stunden")],
    """
Die Lokführergewerkschaft GDL hat einen 48-stündigen Streik im Personen- und Güterverkehr der
Deutschen Bahn angekündigt. Der Ausstand soll am Mittwochmorgen beginnen. Die Bahn nannte den
Streik „völlig unnötig" und kündigte einen Notfahrplan an.

Im Fernverkehr soll nur etwa jeder fünfte Zug fahren. Fahrgäste, die ihre Reise wegen des Streiks
verschieben, können ihr Ticket flexibel nutzen. Die Tarifverhandlungen waren in der vergangenen
Woche ohne Ergebnis abgebrochen worden.
""",
    case="single-source;public-broadcaster;non-english;german",
    gold=(0.10, "normal", "single DW"),
)

story(
    "centre-hill-axios-politico",
    "Senate confirms new Fed governor in narrow vote",
    "2026-01-28T19:55:00",
    [
        C("hill", "senate-confirms-fed-governor-narrow-vote", sec="business"),
        C("axios", "senate-confirms-fed-governor"),
        C("politico", "senate-confirms-fed-governor"),
    ],
    """
The Senate voted 51-48 on Wednesday to confirm the president's nominee to the Federal Reserve
Board, The Hill reported. Axios said the nominee has argued for faster rate cuts. Politico noted
that two Republicans voted no, citing concerns about the Fed's independence.
""",
    case="multi-source;centre",
    gold=(0.65, "normal", "Hill, Axios, Politico; centre only, all high"),
)

story(
    "ja-yomiuri-single",
    "首相、衆院解散を表明　来月投開票へ",
    "2026-09-28T19:00:00",
    [C("yomiuri", "dissolution", sec="politics")],
    """
首相は28日夜、首相官邸で記者会見し、衆議院を解散する意向を表明した。総選挙は来月投開票の日程で
調整している。首相は「物価高対策と安全保障政策について国民の信を問いたい」と述べた。

与党内には早期解散に慎重な意見もあったが、内閣支持率が回復傾向にあることから判断したとみられる。
野党各党は「大義なき解散だ」と批判し、候補者の一本化に向けた協議を急ぐ方針だ。
解散は臨時国会の冒頭に行われる見通しで、前回の総選挙から約2年での実施となる。
""",
    case="single-source;non-english;japanese",
    gold=(0.10, "normal", "single Yomiuri (+1, high)"),
)

story(
    "ukraine-reuters-bbc-tass-kyivind",
    "Russia and Ukraine swap 300 prisoners each",
    "2026-08-08T13:00:00",
    [
        C("reuters", "russia-ukraine-swap-300-prisoners", sec="world/europe"),
        C("bbc", "prisoner-swap"),
        C("tass", "prisoner-exchange", sec="politics"),
        C("kyivind", "russia-ukraine-prisoner-swap-300"),
    ],
    """
Russia and Ukraine exchanged 300 prisoners of war each on Friday in a swap mediated by the United
Arab Emirates, officials from both countries said.

Ukraine's president posted photos of returning soldiers wrapped in flags. TASS, citing the Russian
Defense Ministry, said the Russian soldiers were flown to Moscow for medical checks. The BBC and
the Kyiv Independent reported that it was the largest exchange since the spring.
""",
    case="multi-source;state-media",
    gold=(0.60, "normal", "Reuters, BBC, Kyiv Ind + TASS; centre only, R 0.75"),
)

story(
    "long-balanced-immigration-bill",
    "Senate negotiators unveil bipartisan immigration framework",
    "2026-02-09T20:00:00",
    [
        C("ap", "senate-bipartisan-immigration-framework"),
        C("nyt", "senate-immigration-framework", sec="us/politics"),
        C("wapo", "senate-immigration-deal-framework", sec="immigration"),
        C("wsj", "senate-negotiators-unveil-immigration-framework", sec="politics/policy"),
        C("examiner", "senate-immigration-framework", sec="news/congress"),
        C("npr", "senate-immigration-framework-bipartisan"),
    ],
    """
A bipartisan group of senators on Monday released the outline of an immigration bill that would
pair new limits on asylum at the southern border with a path to legal status for some long-term
undocumented residents, setting up a difficult test for both parties in an election year.

The framework, a 14-page summary of which was obtained by several news organizations, would raise
the standard for initial asylum screenings, expand detention capacity and give the president
authority to close the border to most crossings when daily encounters exceed a set threshold. In
exchange, people brought to the country as children and some farmworkers with at least ten years
of residence could apply for legal status after paying fines and passing background checks.

The Associated Press reported that the group of eight senators, four from each party, had been
meeting privately since November. The New York Times said the White House had been briefed but
had not endorsed the plan. The Wall Street Journal said business groups, which have pushed for
more work visas, were disappointed that the framework does not expand them.

Conservatives were split. The Washington Examiner quoted a Republican senator who called the
legalization provisions "amnesty by another name," while others said the border measures were
the toughest Congress had considered in decades. Several progressive Democrats said the asylum
limits would violate international obligations, NPR reported, and immigrant advocacy groups
urged senators to reject the deal. The Washington Post reported that House leaders had not
committed to bringing any Senate bill to a vote.

The senators said they hoped to release legislative text within three weeks. Any bill would need
60 votes to advance in the Senate.
""",
    case="multi-source;balanced;long",
    gold=(0.95, "normal", "6 origins, both sides+centre, R 0.92; long body"),
)

# Mid-range multi-source coverage: partial spread, one weak source among good ones.

story(
    "chicago-transit-four",
    "CTA board approves fare increase, service cuts avoided for now",
    "2026-11-18T21:00:00",
    [
        C("chitrib", "cta-board-approves-fare-increase"),
        C("wgn", "cta-fare-increase-approved"),
        C("ap", "chicago-transit-fare-increase"),
        C("fox", "chicago-transit-fares-rise", sec="us"),
    ],
    """
The Chicago Transit Authority board voted Wednesday to raise the base fare by 25 cents starting in
January, closing part of a budget gap that had threatened deep cuts to bus and train service.

The Chicago Tribune reported that the increase would raise about $40 million a year. WGN spoke to
riders on the Red Line, several of whom said they were more worried about safety and reliability
than cost. According to The Associated Press, state lawmakers are still negotiating a broader
funding package for the region's transit agencies. Fox News noted that ridership remains about
30% below 2019 levels.
""",
    case="multi-source;local-tv;in-body-attribution",
    gold=(0.65, "normal", "4 origins, right+centre, R 0.875"),
)

story(
    "climate-report-left-centre",
    "UN climate report says 1.5C goal slipping out of reach",
    "2025-11-04T10:00:00",
    [
        C("guardian", "un-climate-report-1-5c-goal-slipping", sec="environment"),
        C("nyt", "un-climate-report-warming", sec="climate"),
        C("ap", "un-climate-report-emissions-gap"),
        C("reuters", "un-report-says-world-off-track-climate-goals", sec="sustainability"),
        C("huffpost", "un-climate-report-emissions"),
    ],
    """
Current national climate pledges put the world on track for about 2.5C of warming this century,
the UN Environment Programme said in its annual emissions gap report on Tuesday.

The Guardian reported that keeping to 1.5C would require cutting emissions by 40% by 2030. The New
York Times said the report found modest progress since last year. Reuters noted that emissions
rose 1.3% in 2024. HuffPost highlighted the report's criticism of fossil fuel subsidies.
""",
    case="multi-source;one-side-plus-centre",
    gold=(0.75, "normal", "5 origins, left+centre, R 0.9"),
)

story(
    "tariffs-right-centre",
    "Manufacturers warn of price increases as new tariffs take effect",
    "2026-03-02T09:15:00",
    [
        C("wsj", "manufacturers-warn-price-increases-tariffs", sec="economy/trade"),
        C("examiner", "manufacturers-tariffs-prices", sec="policy/economy"),
        C("dailycaller", "manufacturers-tariffs-take-effect"),
        C("ap", "tariffs-take-effect-manufacturers-prices"),
        C("bloomberg", "manufacturers-warn-of-price-increases-as-tariffs-start"),
    ],
    """
New tariffs on imported steel components took effect on Sunday, and several manufacturers said
they would raise prices within weeks, The Wall Street Journal reported.

The Washington Examiner quoted administration officials who said domestic producers would expand
capacity. The Daily Caller reported on a Michigan factory that plans to hire. Bloomberg said
futures for hot-rolled steel jumped 6%. The Associated Press said consumer goods prices could
rise later in the year.
""",
    case="multi-source;one-side-plus-centre",
    gold=(0.70, "normal", "5 origins, right+centre, R 0.8"),
)

story(
    "shutdown-five-with-x",
    "Shutdown enters second week as talks stall",
    "2025-10-08T18:30:00",
    [
        C("ap", "government-shutdown-second-week-talks-stall"),
        C("cnn", "government-shutdown-second-week", sec="politics"),
        C("fox", "government-shutdown-enters-second-week"),
        C("politico", "shutdown-second-week-talks"),
        C("hill", "shutdown-second-week-senate-talks", sec="homenews/senate"),
    ],
    "The federal government shutdown entered its second week on Wednesday with no sign of a deal, "
    "as Senate leaders traded blame and federal workers prepared to miss a paycheck. "
    + tw(
        "Day 8. Republicans could end this today. They won't even come to the table.",
        "Senate Democrats",
        "SenateDems",
        "October 8, 2025",
    )
    + " "
    + tw(
        "Democrats shut down the government. They can open it with one vote.",
        "Senate Republicans",
        "SenateGOP",
        "October 8, 2025",
    )
    + " The Associated Press reported that about 750,000 federal employees were furloughed. "
    "Politico said a bipartisan group of senators was drafting a short-term bill. CNN and Fox "
    "News both reported that air traffic controllers, who are working without pay, were calling "
    "in sick at higher rates. The Hill said the Senate would vote again Thursday.",
    case="multi-source;balanced;embeds-flat;in-body-attribution",
    gold=(0.80, "normal", "5 origins, both sides+centre, R 0.9; party posts ~40%"),
)

story(
    "state-plus-four-reliable",
    "Drone incursions close airports in Denmark and Norway",
    "2025-09-23T07:40:00",
    [
        C("ap", "drones-close-airports-denmark-norway"),
        C("reuters", "drones-force-closure-copenhagen-oslo-airports", sec="world/europe"),
        C("bbc", "copenhagen-drones"),
        C("guardian", "drones-close-copenhagen-oslo-airports", sec="world"),
        C("rt", "drones-copenhagen-airport", sec="news"),
        C("sputnik", "drones-copenhagen-oslo-airports"),
    ],
    """
Copenhagen and Oslo airports halted flights for several hours overnight after large drones were
seen near runways, authorities said, diverting dozens of flights.

Danish police said the operator appeared to be "a capable actor." Reuters reported that Denmark's
prime minister did not rule out Russian involvement. RT and Sputnik quoted the Russian embassy,
which called suggestions of a link "absurd." The BBC said investigators were examining radar data.
""",
    case="multi-source;state-media;one-owner-pair",
    gold=(0.65, "normal", "AP, Reuters, BBC, Guardian + RT/Sputnik (one origin)"),
)

story(
    "three-high-two-unknown",
    "Rumors swirl over cause of chemical plant fire",
    "2026-06-03T16:00:00",
    [
        C("nyt", "chemical-plant-fire-cause", sec="us"),
        C("wapo", "chemical-plant-fire-investigation", sec="nation"),
        C("ap", "chemical-plant-fire-ohio-investigation"),
        Raw("Ohio Valley Watch", "https://ohiovalleywatch.blog/plant-fire-what-they-arent-saying/"),
        Raw("Link", short("owly", "plant-fire")),
    ],
    """
Federal investigators said on Wednesday that they had not yet determined the cause of a fire at a
chemical plant in eastern Ohio, as rumors spread online that the fire had been set deliberately.

The New York Times and The Washington Post reported that the Chemical Safety Board had sent a team.
The Associated Press said residents within a mile were allowed to return home. A local blog claimed
that workers had warned of a valve failure weeks before; the company said it had no record of such a
report.
""",
    case="multi-source;unknown-blog;shorteners",
    gold=(0.60, "normal", "NYT, WaPo, AP + 2 unknown; left+centre, R 0.6"),
)

story(
    "newscorp-times-sun-plus",
    "Prime minister faces leadership questions after by-election loss",
    "2026-05-08T08:00:00",
    [
        C("times", "prime-minister-leadership-by-election-loss", sec="uk/politics"),
        C("sun", "pm-leadership-by-election"),
        C("telegraph", "prime-minister-leadership-by-election", sec="politics"),
        C("dailymail", "prime-minister-leadership-questions-by-election"),
        C("bbc", "by-election-result"),
    ],
    """
The prime minister faced open questions about his leadership on Friday after his party lost a
by-election in a seat it had held for 90 years.

The Times reported that several backbenchers had privately discussed a challenge. The Telegraph
said cabinet ministers were publicly loyal. The Daily Mail and The Sun both carried interviews with
voters who switched parties. The BBC said turnout was 38%.
""",
    case="multi-source;one-owner;tabloid;uk",
    gold=(0.55, "normal", "Times+Sun one origin, Telegraph, Mail (low), BBC; right+centre"),
)

story(
    "right-three-with-low-x",
    "Sanctuary city ends cooperation with federal task force",
    "2026-07-29T15:30:00",
    [
        C("fox", "sanctuary-city-ends-cooperation-federal-task-force"),
        C("dailywire", "sanctuary-city-ends-task-force-cooperation"),
        C("breitbart", "sanctuary-city-ends-cooperation-task-force", sec="politics"),
    ],
    "A city council voted Tuesday to end its police department's participation in a federal "
    "task force that includes immigration agents, Fox News reported. "
    + tw(
        "This council just chose criminals over its own residents. Disgraceful.",
        "Sheriff Dale Ruger",
        "SheriffRuger",
        "July 28, 2026",
    )
    + " The Daily Wire said the vote followed months of protests. Breitbart quoted a federal official "
    "who warned of consequences for grant funding. The council said the task force had drawn "
    "local officers away from patrol duties and that cooperation on violent crime would continue "
    "case by case. The police chief, who opposed the change, said he would meet federal officials "
    "next week to discuss how fugitive cases will be handled. Similar votes are pending in two "
    "neighboring cities, where council members said they were watching the reaction closely before "
    "deciding whether to follow.",
    case="multi-source;one-sided-right;low-reliability;embeds-flat",
    gold=(0.20, "elevated", "Fox, Daily Wire, Breitbart: right only, one low; post ~20%"),
)

story(
    "left-three-with-low-tiktok",
    "Viral video shows ICE agents detaining father at school drop-off",
    "2026-09-16T13:10:00",
    [
        C("huffpost", "viral-video-ice-detains-father-school-drop-off"),
        C("rawstory", "ice-agents-detain-father-school"),
        C("motherjones", "ice-school-drop-off-video", sec="politics"),
    ],
    "A video that has been viewed more than 5 million times shows immigration agents detaining a "
    "man in front of an elementary school as his children watch. "
    + tt(
        "mariaelena.organiza",
        "Esto pasó hoy en la escuela de mis hijos. #ICE #justicia",
        "ice-school",
    )
    + " HuffPost reported that the man had no criminal record. Raw Story said the school district "
    "had asked agents to stay away from campuses. Mother Jones reported that ICE said the man had a "
    "final removal order. Parents at the school organized a vigil on Tuesday evening, and the "
    "district superintendent sent a letter to families saying counselors would be available for "
    "students. An immigration lawyer representing the man said she had filed a motion to reopen his "
    "case, arguing that he never received notice of a hearing in 2019. The man's wife said the "
    "family had lived in the city for eleven years.",
    case="multi-source;one-sided-left;low-reliability;embeds-tiktok",
    gold=(0.15, "high", "HuffPost, Raw Story (low), Mother Jones: left only; TikTok ~40%"),
)

story(
    "latam-six-spanish",
    "Elecciones en Honduras: el recuento se prolonga entre denuncias de fraude",
    "2025-12-03T22:15:00",
    [
        C("efe", "elecciones-honduras-recuento-denuncias", sec="america"),
        C("infobae", "honduras-recuento-elecciones"),
        C("eluniversal", "honduras-elecciones-recuento", sec="mundo"),
        C("proceso", "honduras-recuento-fraude", sec="internacional"),
        C("bbcmundo", "honduras-elecciones-recuento"),
        C("reuters", "honduras-election-count-drags-fraud-claims", sec="world/americas"),
    ],
    """
El recuento de votos de las elecciones presidenciales en Honduras entró este miércoles en su
cuarto día sin un ganador claro, mientras dos de los principales candidatos denunciaron
irregularidades en la transmisión de actas.

Según EFE, la diferencia entre los dos primeros era de menos de un punto porcentual con el 88 %
de las actas escrutadas. Infobae y El Universal informaron de protestas frente a la sede del
Consejo Nacional Electoral. Proceso recogió la preocupación de observadores internacionales. BBC
Mundo explicó que la ley no prevé segunda vuelta. Reuters citó a la misión de la OEA, que pidió
"calma y paciencia".
""",
    case="multi-source;non-english;spanish;latin-america;in-body-attribution",
    gold=(0.75, "normal", "6 origins, left+centre, R 0.75"),
)

story(
    "eleven-cite-olympics",
    "Winter Olympics open in Milan with spectacle and security concerns",
    "2026-02-06T23:30:00",
    [
        C("ap", "winter-olympics-opening-ceremony-milan"),
        C("reuters", "winter-olympics-open-milan", sec="sports"),
        C("bbc", "olympics-opening"),
        C("nyt", "winter-olympics-opening-ceremony-milan", sec="sports/olympics"),
        C("usatoday", "winter-olympics-opening-ceremony", sec="sports/olympics"),
        C("indystar", "winter-olympics-opening-team-usa", sec="sports"),
        C("times", "winter-olympics-opening-ceremony-milan", sec="sport"),
        C("sun", "winter-olympics-opening-ceremony"),
        C("guardian", "winter-olympics-opening-ceremony-milan", sec="sport"),
        C("lemonde", "jeux-olympiques-ouverture-milan", sec="sport"),
        C("kyodo", "winter-olympics-opening-japan-team"),
    ],
    """
The Winter Olympics opened on Friday with a ceremony split between Milan's San Siro stadium and
the mountain resort of Cortina d'Ampezzo, the first Games to hold simultaneous opening events in
two cities.

The Associated Press and Reuters reported that about 2,900 athletes from 92 countries were
expected to compete. The New York Times described a cauldron lit simultaneously at both sites.
USA Today said the U.S. team was its largest for a Winter Games. The Times and The Guardian
reported heavy security after threats against transport links. Le Monde noted that France will
host the 2030 Games. Kyodo said Japan's flag bearers were a speed skater and a ski jumper.
""",
    case="multi-source;balanced;one-owner-pair;eleven-citations",
    gold=(1.0, "normal", "9 origins (Gannett pair, News Corp pair), both sides+centre, all high"),
)

story(
    "iran-reuters-ap-aljazeera-presstv",
    "Iran and IAEA agree on new inspection framework",
    "2026-01-20T14:00:00",
    [
        C("reuters", "iran-iaea-agree-new-inspection-framework", sec="world/middle-east"),
        C("ap", "iran-iaea-inspection-agreement"),
        C("aljazeera", "iran-iaea-agreement-inspections"),
        C("presstv", "iran-iaea-cooperation-framework"),
    ],
    """
Iran and the International Atomic Energy Agency agreed on a framework to resume inspections at
some nuclear sites, the agency's director general said on Tuesday in Tehran.

Reuters reported that the deal does not cover sites damaged in last year's strikes. The
Associated Press said Western diplomats were cautious. Al Jazeera and PressTV quoted Iran's foreign
minister, who said cooperation depended on "respect for Iran's rights."
""",
    case="multi-source;state-media;middle-east",
    gold=(0.55, "elevated", "Reuters, AP + Al Jazeera, PressTV; state half"),
)

story(
    "de-springer-spiegel-faz-x",
    "Debatte um Tempolimit: Verkehrsminister lehnt Vorstoß ab",
    "2026-04-16T12:50:00",
    [
        C("bild", "tempolimit-verkehrsminister-lehnt-ab"),
        C("welt", "tempolimit-debatte-verkehrsminister"),
        C("spiegel", "tempolimit-debatte", sec="auto"),
        C("faz", "tempolimit-verkehrsminister", sec="politik/inland"),
    ],
    "Der Bundesverkehrsminister hat einen neuen Vorstoß für ein allgemeines Tempolimit auf "
    "Autobahnen zurückgewiesen. "
    + tw(
        "Ein Tempolimit ist nicht geplant und wird mit uns nicht kommen.",
        "Bundesverkehrsministerium",
        "BMDV",
        "April 16, 2026",
        link=False,
    )
    + " Wie der Spiegel berichtet, hatten Umweltverbände und mehrere Landesminister ein Limit von "
    "130 km/h gefordert. BILD und WELT zitierten Autofahrer, die ein Tempolimit ablehnen. Laut FAZ "
    "würde ein Limit den CO2-Ausstoß im Verkehr um etwa zwei Prozent senken. Eine Mehrheit der "
    "Deutschen befürwortet laut Umfragen ein Tempolimit, doch in der Koalition ist das Thema "
    "seit Jahren umstritten.",
    case="multi-source;one-owner;axel-springer;embeds-flat;non-english;german",
    gold=(0.65, "normal", "Springer (Bild+Welt), Spiegel, FAZ; both sides; post ~20%"),
)

# --- writing the files -----------------------------------------------------------


def _record(spec: Spec) -> tuple[str, str]:
    sid = _h("scoring-labeled-sample", spec.key)[:32]
    created = datetime.fromisoformat(spec.when)
    created = created.replace(microsecond=1 + int(_h(spec.key, "us")[:6], 16) % 999_000)
    updated = created + timedelta(microseconds=7)
    citations = []
    for i, c in enumerate(spec.cites):
        jitter = timedelta(seconds=int(_h(spec.key, str(i))[:4], 16) % 3000)
        at = (created - timedelta(hours=5) + timedelta(hours=c.hours) + jitter).replace(
            microsecond=0
        )
        if isinstance(c, Raw):
            citations.append({"name": c.name, "url": c.url, "published_at": at.isoformat()})
        else:
            name = c.name or OUTLETS[c.outlet][0]
            url = _url(spec.key, c, at)
            citations.append({"name": name, "url": url, "published_at": at.isoformat()})
    front = {
        "id": sid,
        "title": spec.title,
        "severity": "normal",
        "diversity_score": 0.0,
        "updated_at": updated.isoformat(),
        "created_at": created.isoformat(),
        "key_points": [],
        "citations": citations,
    }
    text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return sid, text + "---\n\n" + spec.body + "\n"


def _split(rows: list[dict[str, str]], strata: dict[str, str]) -> None:
    """Hold out every third story of each tier, in an order fixed by the id's hash.

    ``strata`` gives each story's tier as first labeled, so relabeling never moves a story
    between the splits.
    """
    for tier in SEVERITIES:
        members = sorted(
            (r for r in rows if strata[r["id"]] == tier), key=lambda r: _h("split", r["id"])
        )
        for i, row in enumerate(members):
            row["split"] = "test" if i % 3 == 1 else "train"


def main() -> None:
    """Write the labeled story set, the same on every run."""
    keys = [s.key for s in SPECS]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise SystemExit(f"duplicate spec keys: {sorted(dupes)}")
    STORIES_DIR.mkdir(parents=True, exist_ok=True)
    for old in STORIES_DIR.glob("*.md"):
        if old.name != SEED_NAME:
            old.unlink()
    seed_text = (STORIES_DIR / SEED_NAME).read_text(encoding="utf-8")
    seed_id = yaml.safe_load(seed_text.split("---\n", 2)[1])["id"]
    rows = [
        {
            "id": seed_id,
            "diversity_score": f"{SEED_LABEL[0]:.2f}",
            "severity": SEED_LABEL[1],
            "split": "",
            "notes": SEED_LABEL[2],
            "case": "seed;single-source;hyperpartisan;low-reliability;embeds-flat;"
            "state-media-embedded;in-body-attribution",
        }
    ]
    strata = {seed_id: SEED_LABEL[1]}
    for number, spec in enumerate(SPECS, start=1):
        score, tier, note = spec.gold
        if tier not in SEVERITIES or round(score * 20) != score * 20 or not 0 <= score <= 1:
            raise SystemExit(f"{spec.key}: bad gold label {spec.gold}")
        sid, text = _record(spec)
        strata[sid] = spec.was or tier
        (STORIES_DIR / f"{number:03d}_{sid[:16]}.md").write_text(text, encoding="utf-8")
        rows.append(
            {
                "id": sid,
                "diversity_score": f"{score:.2f}",
                "severity": tier,
                "split": "",
                "notes": note,
                "case": spec.case,
            }
        )
    _split(rows, strata)
    fields = ["id", "diversity_score", "severity", "split", "notes", "case"]
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            obj = {**row, "diversity_score": float(row["diversity_score"])}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} stories and labels to {HERE}")


if __name__ == "__main__":
    main()
