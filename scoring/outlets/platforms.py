"""Social platforms: their names, hosts and account paths, from one table.

Every layer that recognises a platform reads it here: the resolver (accounts in URL
paths, handles, short links), the table validator (the platforms a handle may name) and
the features (posts in story bodies, embed markup, the per-platform columns). The data
is the package's ``platforms.toml``, read once; its header says what each field means
and which reader takes which hosts.

Example:
    >>> PLATFORMS[:3]
    ('x', 'instagram', 'facebook')
    >>> platform_named("twitter").name, body_platform("mobile.twitter.com")
    ('x', 'x')
    >>> platform_named("youtube").account("/@DW_News/videos")
    'dw_news'
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import parse_qsl, unquote

__all__ = [
    "PLATFORMS",
    "Platform",
    "PlatformTable",
    "body_platform",
    "platform_named",
    "platform_table",
]

# What any account may be made of (a reddit "r/" or "u/" aside).
_ACCOUNT: Final = re.compile(r"^[\w.\-@]{1,100}$")


@dataclass(frozen=True, slots=True)
class _Shape:
    """One path shape naming an account: ``{}``, ``@{}``, ``c/{}``, ``page?key={}``."""

    literal: str | None
    at: bool
    query_key: str | None
    form: str

    @classmethod
    def parse(cls, text: str) -> _Shape:
        shape, _, form = text.partition(" as ")
        head, _, key = shape.partition("?")
        first = head.split("/", 1)[0]
        literal = None if first in ("{}", "@{}") else first
        query_key = key.removesuffix("={}") if key else None
        return cls(literal, first == "@{}", query_key, form or "{}")

    def read(self, segments: list[str], query: str, reserved: frozenset[str]) -> str | None:
        """The account, ``""`` when the shape fits but names none, None when it does not fit."""
        first = segments[0]
        if self.literal is None:
            if self.at:
                return first[1:] if first.startswith("@") else None
            return first if first.lower() not in reserved else None
        if first != self.literal:
            return None
        if self.query_key is not None:
            return dict(parse_qsl(query)).get(self.query_key) or ""
        if len(segments) < 2:
            return None
        return self.form.replace("{}", segments[1])


@functools.lru_cache(maxsize=64)
def _shapes(accounts: tuple[str, ...]) -> tuple[_Shape, ...]:
    return tuple(_Shape.parse(s) for s in accounts)


@dataclass(frozen=True, slots=True)
class Platform:
    """One social platform; ``platforms.toml`` documents each field.

    Attributes:
        name: the name in table handles (``x:rt_com``) and feature columns.
        aliases: other names accepted before a handle (``twitter``, ``yt``).
        domains: registered domains whose paths name accounts.
        short_hosts: short-link hosts (the resolver reads them as shorteners).
        media_hosts: hosts of a post's pictures and video.
        frame_hosts: hosts of players and embed frames.
        mirrors: front-ends that show the platform's own paths.
        home: where the platform's own row lives in an outlet table.
        accounts: the path shapes that name an account, in order.
        account_chars: a pattern an account must match in full, when stricter than the
            default, else ``""``.
        handle_forms: the forms an account is looked up under in table handles.
        reserved: first path segments that are features of the platform, not accounts.
        embed_classes: class names of the platform's embed markup.
        providers: the platform's names in embed blocks and placeholders.
    """

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    short_hosts: tuple[str, ...] = ()
    media_hosts: tuple[str, ...] = ()
    frame_hosts: tuple[str, ...] = ()
    mirrors: tuple[str, ...] = ()
    home: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    account_chars: str = ""
    handle_forms: tuple[str, ...] = ("{}",)
    reserved: frozenset[str] = frozenset()
    embed_classes: tuple[str, ...] = ()
    providers: tuple[str, ...] = ()

    @property
    def hosts(self) -> tuple[str, ...]:
        """Every host of every role, each once: the hosts a story body may link to."""
        every = (
            *self.domains,
            *self.short_hosts,
            *self.media_hosts,
            *self.frame_hosts,
            *self.mirrors,
        )
        return tuple(dict.fromkeys(every))

    def account(self, path: str, query: str = "") -> str | None:
        """The account a URL path (and query) on the platform names, lower case, else None.

        Example:
            >>> platform_named("reddit").account("/r/worldnews/comments/1")
            'r/worldnews'
            >>> platform_named("x").account("/home") is None
            True
        """
        segments = [unquote(s) for s in path.split("/") if s]
        if not segments:
            return None
        for shape in _shapes(self.accounts):
            account = shape.read(segments, query, self.reserved)
            if account is not None:
                return self._checked(account)
        return None

    def _checked(self, account: str) -> str | None:
        if self.account_chars and not re.fullmatch(self.account_chars, account):
            return None
        if not _ACCOUNT.match(account.replace("/", "")):
            return None
        return account.lower()

    def handle_candidates(self, account: str) -> tuple[str, ...]:
        """The forms ``account`` is looked up under in a table's handles, in order.

        Example:
            >>> platform_named("youtube").handle_candidates("dw_news")
            ('dw_news', '@dw_news')
        """
        name = account.split("/", 1)[-1]
        forms = (f.replace("{name}", name).replace("{}", account) for f in self.handle_forms)
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True, slots=True)
class PlatformTable:
    """Every platform, and the lookups the layers make, derived once.

    Attributes:
        platforms: the platforms in column order.
        by_name: platform by name and by alias.
        by_domain: platform by a registered domain whose paths name accounts.
        by_mirror: platform by the host of a front-end or mirror.
        short_hosts: every short-link host.
        body_hosts: platform name by every host a story body may link to.
        media_hosts: platform name by the host of a post's media.
        embed_classes: platform name by a class name of embed markup.
        providers: platform name by a provider name of embed blocks and placeholders.
    """

    platforms: tuple[Platform, ...]
    by_name: Mapping[str, Platform]
    by_domain: Mapping[str, Platform]
    by_mirror: Mapping[str, Platform]
    short_hosts: frozenset[str]
    body_hosts: Mapping[str, str]
    media_hosts: Mapping[str, str]
    embed_classes: Mapping[str, str]
    providers: Mapping[str, str]

    @classmethod
    def from_platforms(cls, platforms: tuple[Platform, ...]) -> PlatformTable:
        """The table of ``platforms``, with its lookups.

        Example:
            >>> t = PlatformTable.from_platforms((Platform("x", domains=("x.com",)),))
            >>> t.by_domain["x.com"].name
            'x'
        """

        def index(role: str) -> Mapping[str, Platform]:
            return MappingProxyType({key: p for p in platforms for key in getattr(p, role)})

        def names(role: str) -> Mapping[str, str]:
            return MappingProxyType({key: p.name for p in platforms for key in getattr(p, role)})

        return cls(
            platforms=platforms,
            by_name=MappingProxyType({key: p for p in platforms for key in (p.name, *p.aliases)}),
            by_domain=index("domains"),
            by_mirror=index("mirrors"),
            short_hosts=frozenset(h for p in platforms for h in p.short_hosts),
            body_hosts=names("hosts"),
            media_hosts=names("media_hosts"),
            embed_classes=names("embed_classes"),
            providers=names("providers"),
        )


def _platform(entry: Mapping[str, Any]) -> Platform:
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()}
    if "reserved" in values:
        values["reserved"] = frozenset(values["reserved"])
    return Platform(**values)


@functools.cache
def platform_table() -> PlatformTable:
    """The package's platform table, read once.

    Example:
        >>> platform_table().by_domain["youtu.be"].name
        'youtube'
    """
    text = resources.files("scoring.resources").joinpath("platforms.toml").read_text("utf-8")
    entries = tomllib.loads(text)["platform"]
    return PlatformTable.from_platforms(tuple(_platform(e) for e in entries))


def platform_named(name: str) -> Platform | None:
    """The platform a name or alias (any case) stands for, else None.

    Example:
        >>> platform_named("TG").name
        'telegram'
    """
    return platform_table().by_name.get(name.lower())


@functools.lru_cache(maxsize=4096)
def body_platform(host: str) -> str | None:
    """The platform a story body's link to ``host`` is on: the host or a parent of it.

    Cached: the same hosts recur story after story.

    Example:
        >>> body_platform("www.youtube-nocookie.com"), body_platform("example.com")
        ('youtube', None)
    """
    hosts = platform_table().body_hosts
    host = host.lower().removeprefix("www.")
    while "." in host:
        platform = hosts.get(host)
        if platform is not None:
            return platform
        host = host.split(".", 1)[1]
    return None


PLATFORMS: Final[tuple[str, ...]] = tuple(p.name for p in platform_table().platforms)
"""Every platform name, in the column order of the per-platform features."""
