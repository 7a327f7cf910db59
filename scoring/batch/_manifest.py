"""The manifest: which story contents were scored under which config and outlet table.

It is a SQLite database (standard library) rather than a JSON Lines file, because:

- lookups go by content hash through an index on disk, so neither the parent nor the
  workers hold a million entries in memory (memory stays flat as the input grows);
- each batch of new entries is one transaction, so a kill at any moment leaves the
  manifest as it was after the last committed batch, never half a line;
- worker processes read it concurrently while the parent writes (write-ahead log).

A score is a pure function of the story's content, the config and the outlet table, so
an entry ``(content hash, config hash, table version) -> (diversity_score, severity)``
stays true whichever run wrote it; a rerun after a kill reuses what was committed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from scoring.batch._scorer import Fingerprint
from scoring.errors import OutputError, ScoringError

__all__ = ["MANIFEST_NAME", "Manifest", "ManifestReader"]

#: File name of the manifest inside a destination directory.
MANIFEST_NAME = ".scoring-manifest.sqlite"
_SCHEMA_VERSION = "1"

_CREATE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    content_hash BLOB NOT NULL,
    config_hash TEXT NOT NULL,
    table_version TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    diversity_score REAL NOT NULL,
    severity TEXT NOT NULL,
    PRIMARY KEY (content_hash, config_hash, table_version, engine_version)
) WITHOUT ROWID;
"""

Entry = tuple[bytes, float, str]


def _unusable(path: Path, exc: sqlite3.Error) -> ScoringError:
    return ScoringError(
        f"{path}: the manifest cannot be used ({exc}); delete it to rescore everything"
    )


class Manifest:
    """The parent's handle: creates the manifest, records results, prunes old ones.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / MANIFEST_NAME
        >>> m = Manifest(path, Fingerprint("c1", "t1"))
        >>> m.record([(b"h1", 0.5, "elevated")])
        >>> reader = ManifestReader(path, Fingerprint("c1", "t1"))
        >>> reader.lookup(b"h1")
        (0.5, 'elevated')
        >>> reader.close(); m.close()
    """

    def __init__(self, path: Path, fingerprint: Fingerprint) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self._claims = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError.from_os(path.parent, exc) from exc
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise _unusable(path, exc) from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_CREATE)
            found = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if found is None:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (_SCHEMA_VERSION,))
            elif found[0] != _SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"schema version {found[0]}, expected {_SCHEMA_VERSION}"
                )
        except sqlite3.Error as exc:
            self._db.close()
            raise _unusable(path, exc) from None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            # "database or disk is full", "attempt to write a readonly database"...
            raise OutputError(str(self.path), str(exc)) from exc

    def claim(self, path: str, owner: str) -> str | None:
        """Reserve an output path for this run; the earlier owner if already taken.

        Kept in a temporary table on disk, so a run over millions of stories does not
        hold every name it wrote in memory.
        """
        with self._writing():
            if not self._claims:
                self._db.execute("PRAGMA temp_store=FILE")
                self._db.execute("CREATE TEMP TABLE claims (path TEXT PRIMARY KEY, owner TEXT)")
                self._claims = True
            found = self._db.execute("SELECT owner FROM claims WHERE path=?", (path,)).fetchone()
            if found is not None:
                return str(found[0])
            self._db.execute("INSERT INTO claims VALUES (?, ?)", (path, owner))
        return None

    def record(self, entries: Iterable[Entry]) -> None:
        """Store results of this fingerprint, in one transaction.

        Raises:
            OutputError: the disk is full (or the file cannot be written).
        """
        fp = self.fingerprint
        rows = [
            (h, fp.config_hash, fp.table_version, fp.engine_version, score, severity)
            for h, score, severity in entries
        ]
        if not rows:
            return
        with self._writing(), self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)", rows)

    def prune(self) -> int:
        """Drop results of other configs, tables or engines (after a complete run)."""
        fp = self.fingerprint
        with self._writing(), self._db:
            self._db.execute("BEGIN")
            cursor = self._db.execute(
                "DELETE FROM results "
                "WHERE config_hash != ? OR table_version != ? OR engine_version != ?",
                (fp.config_hash, fp.table_version, fp.engine_version),
            )
        return cursor.rowcount

    def close(self) -> None:
        """Checkpoint the log into the database file and close it."""
        self._db.close()


class ManifestReader:
    """A read-only handle, one per worker process."""

    def __init__(self, path: Path, fingerprint: Fingerprint) -> None:
        self._key = (fingerprint.config_hash, fingerprint.table_version, fingerprint.engine_version)
        try:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise _unusable(path, exc) from None

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def lookup(self, content_hash: bytes) -> tuple[float, str] | None:
        """The stored result for this content under this fingerprint, if any."""
        row = self._db.execute(
            "SELECT diversity_score, severity FROM results "
            "WHERE content_hash=? AND config_hash=? AND table_version=? AND engine_version=?",
            (content_hash, *self._key),
        ).fetchone()
        return None if row is None else (float(row[0]), str(row[1]))
