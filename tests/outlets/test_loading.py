"""Loading tables and layering users' tables: precedence, provenance, column maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.errors import OutletTableError
from scoring.outlets import ColumnMap, OutletTable, Resolver, TableLayer, bundled_table, load_table

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture_outlets.csv"


def test_nothing_to_load_is_an_empty_table() -> None:
    assert len(load_table(bundled=False)) == 0


def test_loading_the_fixture_keeps_every_row(table: OutletTable) -> None:
    with FIXTURE.open(encoding="utf-8") as f:
        rows = sum(1 for _ in f) - 1
    assert len(table) == rows
    rt = table.get("rt")
    assert rt is not None
    assert (rt.name, rt.domains, rt.aliases, rt.slant, rt.reliability, rt.country) == (
        "RT",
        ("rt.com", "rttv.ru"),
        ("Russia Today",),
        "right",
        "low",
        "RU",
    )
    assert rt.handles[:2] == ("x:rt_com", "telegram:rt_russian")
    # A file layer is named after the file.
    assert dict(rt.source) == dict.fromkeys(
        ("slant", "reliability", "category", "country", "owner"), "fixture_outlets"
    )


def test_idn_domains_are_indexed_as_punycode(table: OutletTable) -> None:
    sz = table.by_domain("süddeutsche.de")
    assert sz is not None
    assert sz.domains == ("sueddeutsche.de", "xn--sddeutsche-9db.de")


ORG = [
    {"domains": "rt.com", "slant": "right", "reliability": "mixed"},
    {"domains": "cnn.com", "slant": "left"},
    {"domains": "newsite.example", "name": "New Site", "category": "blog", "slant": "center"},
]
USER = [
    {"domains": "www.rt.com", "reliability": "low"},
    {"id": "cnn", "slant": "center", "aliases": "CNN International"},
]


def test_precedence_is_user_over_organisation_over_base() -> None:
    base = TableLayer(FIXTURE, name="base", level="organisation")
    table = load_table(
        TableLayer(USER, name="mine", level="user"),
        base,
        TableLayer(ORG, name="org", level="organisation"),
        bundled=False,
    )
    rt, cnn, new = table.get("rt"), table.get("cnn"), table.by_domain("newsite.example")
    assert rt is not None
    assert cnn is not None
    assert new is not None
    # Labels: the highest layer that gives one wins, and says so.
    assert (rt.slant, rt.reliability, rt.category) == ("right", "low", "state-affiliated")
    assert dict(rt.source) == {
        "slant": "org",
        "reliability": "mine",
        "category": "base",
        "country": "base",
        "owner": "base",
    }
    assert (cnn.slant, cnn.source["slant"], cnn.reliability, cnn.source["reliability"]) == (
        "center",
        "mine",
        "mixed",
        "base",
    )
    # Lists are merged; a row matching nothing adds an outlet.
    assert table.by_name("CNN International") is cnn
    assert (new.id, new.name, new.slant, dict(new.source)) == (
        "newsite-example",
        "New Site",
        "center",
        {"slant": "org", "category": "org"},
    )


def test_layers_of_one_level_apply_in_order() -> None:
    first = TableLayer([{"domains": "rt.com", "slant": "center"}], name="first")
    second = TableLayer([{"domains": "rt.com", "slant": "lean-right"}], name="second")
    table = load_table(FIXTURE, first, second, bundled=False)
    rt = table.get("rt")
    assert rt is not None
    assert (rt.slant, rt.source["slant"]) == ("lean-right", "second")


def test_a_licensed_export_maps_through_a_column_map(tmp_path: Path) -> None:
    export = tmp_path / "ratings.csv"
    export.write_text(
        "Source,URL,Bias,Factual,Score\n"
        "CNN,cnn.com,Left-Center,Mixed,-8.5\n"
        "Fox News,www.foxnews.com,Right,Mixed,14\n"
        "Unlisted Paper,unlisted.example,Least Biased,High,0\n",
        encoding="utf-8",
    )
    cmap = ColumnMap(
        columns={"Source": "name", "URL": "domains", "Bias": "slant", "Factual": "reliability"},
        values={
            "slant": {"Left-Center": "lean-left", "Right": "right", "Least Biased": "center"},
            "reliability": {"Mixed": "mixed", "High": "high"},
        },
        scheme="licensed-scale",
    )
    table = load_table(FIXTURE, TableLayer(export, column_map=cmap), bundled=False)
    cnn, fox, unlisted = (
        table.get("cnn"),
        table.by_domain("foxnews.com"),
        table.by_domain("unlisted.example"),
    )
    assert cnn is not None
    assert fox is not None
    assert unlisted is not None
    assert (cnn.slant, cnn.scheme, cnn.source["slant"]) == (
        "lean-left",
        "licensed-scale",
        "ratings",
    )
    assert (fox.slant, fox.reliability, fox.source["reliability"]) == ("right", "mixed", "ratings")
    assert (unlisted.slant, unlisted.reliability, unlisted.category) == ("center", "high", "")


def test_numeric_scores_map_through_bins() -> None:
    cmap = ColumnMap(
        columns={"url": "domains", "bias_score": "slant"},
        bins={
            "slant": [
                (-18, "left"),
                (-6, "lean-left"),
                (6, "center"),
                (18, "lean-right"),
                (42, "right"),
            ]
        },
    )
    layer = TableLayer(
        [
            {"url": "cnn.com", "bias_score": "-7.9"},
            {"url": "reuters.com", "bias_score": "-0.5"},
            {"url": "foxnews.com", "bias_score": "18"},
            {"url": "rt.com", "bias_score": "27"},
        ],
        column_map=cmap,
    )
    table = load_table(FIXTURE, layer, bundled=False)
    assert [table.get(i).slant for i in ("cnn", "reuters", "fox-news", "rt")] == [  # type: ignore[union-attr]
        "lean-left",
        "center",
        "lean-right",
        "right",
    ]


def test_column_map_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "map.toml"
    path.write_text(
        'separator = ";"\nscheme = "theirs"\n[columns]\nSite = "domains"\n'
        '[values.slant]\n"Left-Center" = "lean-left"\n',
        encoding="utf-8",
    )
    cmap = ColumnMap.from_toml(path)
    assert cmap.apply({"Site": "a.com; b.com", "slant": "left-center"}) == {
        "domains": "a.com|b.com",
        "slant": "lean-left",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[columns\n", r"map\.toml: cannot read the column map"),
        ("colums = {}\n", r"map\.toml: column map key 'colums': Extra inputs are not permitted"),
    ],
)
def test_bad_column_map(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "map.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OutletTableError, match=message):
        ColumnMap.from_toml(path)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [{"domains": "cnn.com|rt.com", "slant": "center"}],
            r"<rows>:2: domains: the row matches several outlets \(cnn, rt\)",
        ),
        (
            [{"domains": "rt.com", "slant": "Left-Center"}],
            r"<rows>:2: slant: 'Left-Center' is not one of",
        ),
        (
            [
                {"id": "rt", "domains": "elsewhere.example"},
                {"id": "rt2", "domains": "elsewhere.example"},
            ],
            r"<rows>:3: domains: 'elsewhere.example' is also in row 2 of <rows>",
        ),
    ],
)
def test_bad_layers_are_refused(rows: list[dict[str, str]], message: str) -> None:
    with pytest.raises(OutletTableError, match=message):
        load_table(FIXTURE, TableLayer(rows), bundled=False)


def test_version_follows_content() -> None:
    a = load_table(FIXTURE, bundled=False).version
    b = load_table(FIXTURE, bundled=False).version
    c = load_table(FIXTURE, [{"domains": "rt.com", "slant": "center"}], bundled=False).version
    assert a == b != c
    assert len(a) == 12


def test_a_layered_table_drives_the_resolver() -> None:
    table = load_table(FIXTURE, [{"domains": "rt.com", "slant": "center"}], bundled=False)
    res = Resolver(table).resolve("https://twitter.com/RT_com/status/1")
    assert res.outlet is not None
    assert (res.outlet.slant, res.outlet.source["slant"]) == ("center", "user")


# --- JSON layers ------------------------------------------------------------------------

_KEYED = """{
  "thehill.com": {"reliability": "low", "basis": "our desk, 2025"},
  "riverbendgazette.com": {"name": "Riverbend Gazette", "slant": "center",
                           "reliability": "high", "category": "mainstream"}
}"""
_LISTED = """[
  {"domains": ["thehill.com"], "reliability": "low", "basis": "our desk, 2025"},
  {"domains": "riverbendgazette.com", "name": "Riverbend Gazette", "slant": "center",
   "reliability": "high", "category": "mainstream", "notes": null}
]"""
_AS_CSV = """domains,name,slant,reliability,category,basis
thehill.com,,,low,,"our desk, 2025"
riverbendgazette.com,Riverbend Gazette,center,high,mainstream,
"""


@pytest.mark.parametrize("text", [_KEYED, _LISTED], ids=["keyed-by-domain", "list"])
def test_json_layers_load_like_csv(tmp_path: Path, text: str) -> None:
    (tmp_path / "desk.json").write_text(text)
    (tmp_path / "desk.csv").write_text(_AS_CSV)
    from_json = load_table(TableLayer(tmp_path / "desk.json"))
    from_csv = load_table(TableLayer(tmp_path / "desk.csv"))
    for domain in ("thehill.com", "riverbendgazette.com"):
        a, b = from_json.by_domain(domain), from_csv.by_domain(domain)
        assert a is not None
        assert a == b
    hill = from_json.by_domain("thehill.com")
    assert hill is not None
    assert (hill.id, hill.reliability, hill.source["reliability"]) == ("the-hill", "low", "desk")


def test_a_json_layer_goes_through_a_column_map(tmp_path: Path) -> None:
    (tmp_path / "vendor.json").write_text(
        '{"thehill.com": {"Outlet": "The Hill", "Factual": "Mixed"}}'
    )
    mapping = ColumnMap(
        columns={"Outlet": "name", "Factual": "reliability"},
        values={"reliability": {"Mixed": "mixed"}},
    )
    table = load_table(TableLayer(tmp_path / "vendor.json", column_map=mapping))
    hill = table.by_domain("thehill.com")
    assert hill is not None
    assert (hill.id, hill.reliability) == ("the-hill", "mixed")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"domains": "a.com"}', r"^desk\.json: not valid JSON at line 1, column 22: Expecting"),
        ('"a.com"', r"^desk\.json: the JSON is a str; give a list of objects"),
        ('{"a.com": "low"}', r"^desk\.json:1 \('a\.com'\): the record is a str; give an object"),
        (
            '[{"domains": "a.com"}, {"domains": {"x": 1}}]',
            r"^desk\.json:2: field 'domains': a dict is not a cell",
        ),
        (
            '[{"domains": "a.com", "reliability": "shaky"}]',
            r"desk\.json:1: reliability: 'shaky' is not one of high, mixed, low",
        ),
    ],
)
def test_bad_json_layers_name_the_record(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "desk.json").write_text(text)
    with pytest.raises(OutletTableError, match=message):
        load_table(TableLayer(tmp_path / "desk.json"))


# --- graded reliability in layers ---------------------------------------------------------


def test_a_layer_may_give_the_graded_score_directly() -> None:
    table = load_table(
        [
            {"domains": "thehill.com", "reliability_score": "0.35"},
            {"domains": "axios.com", "reliability_score": "0.7"},
            {"domains": "politico.com", "reliability": "mixed"},
            {"domains": "nypost.com", "reliability": "low", "reliability_score": "0.25"},
        ]
    )
    rated = {
        d: (o.reliability, o.reliability_score, o.source["reliability"])
        for d in ("thehill.com", "axios.com", "politico.com", "nypost.com")
        if (o := table.by_domain(d)) is not None
    }
    assert rated == {
        # The label follows from the bands ...
        "thehill.com": ("low", 0.35, "user"),
        "axios.com": ("high", 0.7, "user"),
        # ... a label alone gives its band's default score ...
        "politico.com": ("mixed", 0.55, "user"),
        # ... and a label given beside a score in its band is kept.
        "nypost.com": ("low", 0.25, "user"),
    }
    bbc = table.by_domain("bbc.com")
    assert bbc is not None
    untouched = bundled_table().by_domain("bbc.com")
    assert untouched is not None
    assert (bbc.reliability, bbc.reliability_score) == ("high", untouched.reliability_score)


@pytest.mark.parametrize(
    ("scale", "given", "score", "label"),
    [
        ((0.0, 100.0), "92", 0.92, "high"),
        ((0.0, 100.0), "18", 0.18, "low"),
        ((0.0, 64.0), "32", 0.5, "mixed"),
        ((0.0, 64.0), "64", 1.0, "high"),
        # A scale where lower is better (a rank from 1 to 5) reads the other way round.
        ((5.0, 1.0), "2", 0.75, "high"),
    ],
)
def test_a_numeric_scale_maps_onto_the_score_and_the_band(
    tmp_path: Path, scale: tuple[float, float], given: str, score: float, label: str
) -> None:
    (tmp_path / "trust.csv").write_text(f"Site,Trust\nthehill.com,{given}\n")
    mapping = ColumnMap(
        columns={"Site": "domains", "Trust": "reliability_score"},
        scale={"reliability_score": scale},
    )
    hill = load_table(TableLayer(tmp_path / "trust.csv", column_map=mapping)).by_domain(
        "thehill.com"
    )
    assert hill is not None
    assert hill.reliability_score == pytest.approx(score)
    assert hill.reliability == label
    assert hill.source["reliability"] == "trust"


def test_a_scale_on_the_reliability_column_gives_score_and_label_from_toml(
    tmp_path: Path,
) -> None:
    (tmp_path / "map.toml").write_text(
        '[columns]\nSite = "domains"\nScore = "reliability"\n\n[scale]\nreliability = [0, 64]\n'
    )
    (tmp_path / "list.json").write_text('[{"Site": "axios.com", "Score": 20}]')
    mapping = ColumnMap.from_toml(tmp_path / "map.toml")
    axios = load_table(TableLayer(tmp_path / "list.json", column_map=mapping)).by_domain(
        "axios.com"
    )
    assert axios is not None
    assert axios.reliability_score == pytest.approx(20 / 64)
    assert axios.reliability == "low"


@pytest.mark.parametrize(
    ("rows", "mapping", "message"),
    [
        (
            [{"domains": "axios.com", "reliability_score": "1.2"}],
            None,
            r"<rows>:2: reliability_score: '1.2' is not a number from 0 to 1",
        ),
        (
            [{"domains": "axios.com", "reliability_score": "high"}],
            None,
            r"<rows>:2: reliability_score: 'high' is not a number from 0 to 1",
        ),
        (
            [{"domains": "axios.com", "Trust": "140"}],
            ColumnMap(
                columns={"Trust": "reliability_score"}, scale={"reliability_score": (0, 100)}
            ),
            r"<rows>:2: reliability_score: '140' is not a number from 0 to 1",
        ),
    ],
)
def test_bad_scores_are_refused_naming_the_row(
    rows: list[dict[str, str]], mapping: ColumnMap | None, message: str
) -> None:
    with pytest.raises(OutletTableError, match=message):
        load_table(TableLayer(rows, column_map=mapping))


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[scale]\nslant = [0, 10]\n", r"scale\.slant: only reliability_score and reliability"),
        ("[scale]\nreliability_score = [3, 3]\n", r"two different numbers"),
    ],
)
def test_bad_scales_are_refused(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "map.toml").write_text(toml)
    with pytest.raises(OutletTableError, match=message):
        ColumnMap.from_toml(tmp_path / "map.toml")
