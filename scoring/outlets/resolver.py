"""URL (and citation name) to outlet, offline."""

from __future__ import annotations

from urllib.parse import urlsplit

import tldextract

from scoring.outlets.model import Resolution
from scoring.outlets.table import OutletTable

__all__ = ["Resolver"]


class Resolver:
    """Resolves citation URLs to outlets of a table. Immutable and thread-safe.

    Example:
        >>> from scoring.outlets.model import Outlet
        >>> t = OutletTable.from_outlets([Outlet(id="abc", name="ABC News", domains=("abcnews.go.com",), category="mainstream")])
        >>> Resolver(t).resolve("https://abcnews.go.com/US/story").outlet.id
        'abc'
    """

    def __init__(self, table: OutletTable) -> None:
        self.table = table
        # No suffix-list download and no cache on disk: the bundled snapshot only.
        self._extract = tldextract.TLDExtract(
            suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
        )

    def resolve(self, url: str, name: str | None = None) -> Resolution:
        """Resolve one URL; never raises on bad input."""
        parts = urlsplit(url.strip() if "://" in url else f"http://{url.strip()}")
        host = (parts.hostname or "").lower().removeprefix("www.")
        if not host:
            return Resolution(url, "", "", "", None, "unparseable")
        ext = self._extract.extract_str(host)
        domain = ext.top_domain_under_public_suffix
        labels = host.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            outlet = self.table.by_domain(candidate)
            if outlet is not None:
                return Resolution(url, url, host, domain, outlet, "resolved", via="host")
        return Resolution(url, url, host, domain, None, "unrated")
