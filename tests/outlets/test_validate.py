"""The table validator: one row-level problem per fault, with file, row and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.errors import OutletTableError
from scoring.outlets import ColumnMap, validate_table
from scoring.outlets.rows import COLUMNS
from scoring.outlets.validate import check_tables

HERE = Path(__file__).parent
HEADER = "id,name,domains,aliases,handles,slant,reliability,category,country,owner,basis,as_of"
GOOD = "rt,RT,rt.com,Russia Today,x:rt_com,right,low,state-affiliated,RU,Government of Russia,State broadcaster.,2026-11-28"


def _write(tmp_path: Path, *lines: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_fixture_table_is_clean() -> None:
    assert validate_table(HERE / "fixture_outlets.csv") == []


def test_an_empty_table_with_a_header_is_clean(tmp_path: Path) -> None:
    assert validate_table(_write(tmp_path, HEADER)) == []


COLUMNS_ADVICE = (
    "rename the columns, or map them onto ours with a column map; the rows were not checked "
    f"(columns: {', '.join(COLUMNS)})"
)


def test_an_empty_file_lacks_every_column_in_one_problem(tmp_path: Path) -> None:
    assert [str(p) for p in validate_table(_write(tmp_path, ""))] == [
        "t.csv:1: header: missing column(s) id, name, domains, slant, reliability, category, "
        f"country, owner, basis, as_of; {COLUMNS_ADVICE}"
    ]


def test_a_misnamed_column_is_one_header_problem_and_rows_are_not_checked(
    tmp_path: Path,
) -> None:
    # 'domain' for 'domains' and 'as-of' for 'as_of': every row would otherwise say that
    # its domains and as_of are empty.
    header = HEADER.replace("domains", "domain").replace("as_of", "as-of")
    bbc = "bbc,BBC News,bbc.co.uk,,,center,high,public-broadcaster,GB,BBC,Public broadcaster.,2026-11-28"
    check = check_tables(_write(tmp_path, header, GOOD, bbc))
    assert [str(p) for p in check.problems] == [
        "t.csv:1: header: missing column(s) domains, as_of; unknown column(s) domain, as-of; "
        + COLUMNS_ADVICE
    ]
    assert (check.rows, check.skipped) == (0, 2)
    assert check.summary() == (
        "t.csv: 0 rows, 0 outlets, 1 problem; 2 rows not checked, under a header lacking columns"
    )


def test_a_bad_header_stops_only_its_own_table(tmp_path: Path) -> None:
    bad = _write(tmp_path, "Source,Domain,Bias", "CNN,cnn.com,Left-Center", name="bad.csv")
    good = _write(tmp_path, HEADER, GOOD.replace(",RU,", ",RUS,"), name="good.csv")
    problems = [str(p) for p in validate_table(bad, good)]
    assert len(problems) == 2
    assert problems[0].startswith(
        "bad.csv:1: header: missing column(s) id, name, domains, slant, reliability, category, "
        "country, owner, basis, as_of; unknown column(s) Source, Domain, Bias; "
    )
    assert problems[1].startswith("good.csv:2: country: 'RUS' is not an ISO 3166-1")


def test_check_tables_counts_rows_and_outlets() -> None:
    check = check_tables(HERE / "fixture_outlets.csv")
    rows = (HERE / "fixture_outlets.csv").read_text(encoding="utf-8").splitlines()[1:]
    ids = {line.split(",", 1)[0] for line in rows if line.strip()}
    assert (check.problems, check.rows, check.outlets) == ((), len(rows), len(ids))
    assert (
        check.summary() == f"fixture_outlets.csv: {len(rows)} rows, {len(ids)} outlets, no problems"
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            GOOD.replace(",right,", ",far-right,"),
            "t.csv:3: slant: 'far-right' is not one of left, lean-left, center, lean-right, right, none",
        ),
        (
            GOOD.replace(",low,", ",medium,"),
            "t.csv:3: reliability: 'medium' is not one of high, mixed, low",
        ),
        (
            GOOD.replace("state-affiliated", "state"),
            "t.csv:3: category: 'state' is not one of wire, mainstream, public-broadcaster, state-affiliated, partisan, tabloid, satire, fact-checker, government, academic, platform, aggregator, blog",
        ),
        (
            GOOD.replace(",RU,", ",RUS,"),
            "t.csv:3: country: 'RUS' is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
        ),
        (
            GOOD.replace(",RU,", ",ru,"),
            "t.csv:3: country: 'ru' is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
        ),
        (
            GOOD.replace(",RU,", ",UK,"),
            "t.csv:3: country: 'UK' is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
        ),
        (
            GOOD.replace("rt,RT,rt.com", "RT,RT,rt.com"),
            "t.csv:3: id: 'RT' is not a slug; use lower-case letters, digits and single hyphens (e.g. gateway-pundit)",
        ),
        (
            GOOD.replace("rt.com", "https://rt.com/news"),
            "t.csv:3: domains: 'https://rt.com/news' is not a host name; write it lower case, without scheme, path or www. (e.g. example.co.uk)",
        ),
        (
            GOOD.replace("rt.com", "www.rt.com"),
            "t.csv:3: domains: 'www.rt.com' is not a host name; write it lower case, without scheme, path or www. (e.g. example.co.uk)",
        ),
        (
            GOOD.replace("rt.com", "rt"),
            "t.csv:3: domains: 'rt' is not a host name; write it lower case, without scheme, path or www. (e.g. example.co.uk)",
        ),
        (
            GOOD.replace("x:rt_com", "twitter:rt_com"),
            "t.csv:3: handles: 'twitter:rt_com' is not platform:handle with a platform among bluesky, facebook, instagram, mastodon, reddit, rumble, telegram, threads, tiktok, truthsocial, x, youtube",
        ),
        (
            GOOD.replace("x:rt_com", "x:@RT_com"),
            "t.csv:3: handles: 'x:@RT_com': write the handle lower case, without @ (e.g. x:rt_com)",
        ),
        (
            GOOD.replace("2026-11-28", "28/11/2026"),
            "t.csv:3: as_of: '28/11/2026' is not a date written YYYY-MM-DD",
        ),
        (
            GOOD.replace("Government of Russia", ""),
            "t.csv:3: owner: is empty; every outlet needs it",
        ),
    ],
)
def test_row_problems(tmp_path: Path, row: str, expected: str) -> None:
    other = "bbc,BBC News,bbc.co.uk,,,center,high,public-broadcaster,GB,BBC,Public broadcaster.,2026-11-28"
    problems = [str(p) for p in validate_table(_write(tmp_path, HEADER, other, row))]
    assert problems == [expected]


WWW_ADVICE = (
    "is not a host name; write it lower case, without scheme, path or www. (e.g. example.co.uk)"
)


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("dzwww.com", []),
        ("newswww.co.uk", []),
        ("www.dzwww.com", [f"t.csv:2: domains: 'www.dzwww.com' {WWW_ADVICE}"]),
    ],
)
def test_only_a_leading_www_is_refused(tmp_path: Path, domain: str, expected: list[str]) -> None:
    # Dazhong Daily publishes on dzwww.com: "www" inside a name is part of the name.
    row = f"dazhong,Dazhong Daily,{domain},,,none,mixed,state-affiliated,CN,Dazhong Newspaper Group,Provincial party paper.,2026-12-05"
    assert [str(p) for p in validate_table(_write(tmp_path, HEADER, row))] == expected


def test_duplicates_across_files_name_both_places(tmp_path: Path) -> None:
    a = _write(tmp_path, HEADER, GOOD, name="a.csv")
    b = _write(
        tmp_path,
        HEADER,
        "rt-2,RT News,rt.com|rttv.ru,Russia Today,x:rt_com,right,low,state-affiliated,RU,Government of Russia,Dup.,2026-11-28",
        name="b.csv",
    )
    assert [str(p) for p in validate_table(a, b)] == [
        "b.csv:2: domains: 'rt.com' is also in row 2 of a.csv; keep each domain in one row",
        "b.csv:2: handles: 'x:rt_com' is also in row 2 of a.csv; keep each handle in one row",
        "b.csv:2: aliases: 'Russia Today' also names 'rt' (in row 2 of a.csv); drop the alias from one of them",
    ]


def test_duplicate_id(tmp_path: Path) -> None:
    problems = validate_table(
        _write(tmp_path, HEADER, GOOD, GOOD.replace("rt.com", "rt.ru").replace("x:rt_com", ""))
    )
    # The second row claims the first one's id, so its names are not another outlet's.
    assert [str(p) for p in problems] == ["t.csv:3: id: 'rt' is also in row 2 of t.csv"]


def test_unknown_columns_are_reported(tmp_path: Path) -> None:
    problems = validate_table(
        _write(tmp_path, HEADER + ",bias", GOOD.replace(",RU,", ",ru,") + ",x")
    )
    # Every column we need is there, so the rows are still checked.
    assert [str(p) for p in problems] == [
        "t.csv:1: header: unknown column(s) bias; map them onto ours with a column map, or remove them",
        "t.csv:2: country: 'ru' is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
    ]


def test_a_partial_layer_needs_only_domains_and_valid_values() -> None:
    rows = [
        {"domains": "rt.com", "slant": "lean-right"},
        {"id": "bbc", "reliability": "high"},
        {"name": "Nowhere"},
        {"domains": "cnn.com", "slant": "Left-Center"},
    ]
    assert [str(p) for p in validate_table(rows, partial=True)] == [
        "<rows>:4: domains: is empty; give the hosts the outlet publishes on (or, for an outlet that only posts on platforms, its handles)",
        "<rows>:5: slant: 'Left-Center' is not one of left, lean-left, center, lean-right, right, none",
    ]


def test_a_column_map_translates_before_checking() -> None:
    rows = [{"Source": "CNN", "Domain": "cnn.com", "Bias": "Left-Center"}]
    cmap = ColumnMap(
        columns={"Source": "name", "Domain": "domains", "Bias": "slant"},
        values={"slant": {"left-center": "lean-left"}},
    )
    assert validate_table(rows, column_map=cmap, partial=True) == []


def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutletTableError, match=r"missing\.csv: cannot read the table"):
        validate_table(tmp_path / "missing.csv")


def test_a_ragged_row_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutletTableError, match=r"t\.csv:2: row has more cells than the header"):
        validate_table(_write(tmp_path, "id,name", "a,b,c"))
