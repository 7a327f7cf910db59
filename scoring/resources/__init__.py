"""Package data: outlet tables, the platform table, URL lists and the default config.

Everything is read with :mod:`importlib.resources`; nothing is ever fetched or written.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["listed"]


def listed(name: str) -> list[list[str]]:
    """The lines of the list file ``name``, each split on whitespace.

    Blank lines and ``#`` comments are left out.

    Example:
        >>> ["bit.ly"] in listed("shorteners.txt")
        True
    """
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
