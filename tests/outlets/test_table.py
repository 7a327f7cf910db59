"""The outlet table: indexes, keys, and the conflicts it refuses."""

from __future__ import annotations

import pytest

from scoring.errors import OutletTableError
from scoring.outlets import Outlet, OutletTable
from scoring.outlets.table import domain_key, handle_key, name_key


def _o(id: str, *domains: str, **kw: object) -> Outlet:
    return Outlet(id=id, name=str(kw.pop("name", id)), domains=domains, category="mainstream", **kw)  # type: ignore[arg-type]


def test_empty_table() -> None:
    t = OutletTable.from_outlets([])
    assert (len(t), list(t), t.get("x"), t.by_domain("bbc.co.uk"), t.by_name("")) == (
        0,
        [],
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("bbc.co.uk", "bbc.co.uk"),
        ("WWW.BBC.CO.UK", "bbc.co.uk"),
        ("bbc.co.uk.", "bbc.co.uk"),
        (" www.nytimes.com ", "nytimes.com"),
        ("www1.cbn.com", "www1.cbn.com"),
        ("Bücher.de", "xn--bcher-kva.de"),
    ],
)
def test_domain_key(text: str, key: str) -> None:
    assert domain_key(text) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The New York Times", "new york times"),
        ("the  new york times", "new york times"),
        ("New York Times.", "new york times"),
        ("The", "the"),
        ("Breathe the Air", "breathe the air"),
        ("Democracy Now!", "democracy now"),
        ("«Новая газета»", "новая газета"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_handle_key() -> None:
    assert handle_key("X", "@RT_com") == "x:rt_com"


@pytest.mark.parametrize(
    ("outlets", "message"),
    [
        ([_o("a", "a.com"), _o("a", "b.com")], "outlet id 'a' appears twice"),
        (
            [_o("a", "a.com"), _o("b", "WWW.A.com")],
            "domain 'WWW.A.com' is claimed by both 'a' and 'b'",
        ),
        (
            [_o("a", "a.com", handles=("x:same",)), _o("b", "b.com", handles=("x:SAME",))],
            "handle 'x:SAME' is claimed by both 'a' and 'b'",
        ),
    ],
)
def test_conflicts_are_refused(outlets: list[Outlet], message: str) -> None:
    with pytest.raises(OutletTableError, match=message):
        OutletTable.from_outlets(outlets)


def test_lookups() -> None:
    rt = _o("rt", "rt.com", name="RT", aliases=("Russia Today",), handles=("x:rt_com",))
    t = OutletTable.from_outlets([rt], version="v1")
    assert t.get("rt") is t.by_domain("www.RT.com") is t.by_handle("x", "@RT_COM") is rt
    assert t.by_name("russia today") is t.by_name("RT") is rt
    assert "rt" in t
    assert t.version == "v1"
    assert dict(t.domains()) == {"rt.com": rt}


def test_a_canonical_name_beats_another_outlets_alias() -> None:
    times = _o("the-times", "thetimes.com", name="The Times")
    nyt = _o("nyt", "nytimes.com", name="The New York Times", aliases=("The Times",))
    t = OutletTable.from_outlets([nyt, times])
    assert t.by_name("The Times") is times


def test_a_name_two_outlets_claim_names_neither() -> None:
    t = OutletTable.from_outlets(
        [_o("h1", "h1.com", name="The Herald"), _o("h2", "h2.com", name="The Herald")]
    )
    assert t.by_name("The Herald") is None
