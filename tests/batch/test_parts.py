"""The pieces: byte-range blocks, the manifest, progress, the summary, files, the map."""

from __future__ import annotations

import io
import stat
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.batch import Fingerprint, RescoreSummary, rescore
from scoring.batch._files import safe_relative_path
from scoring.batch._manifest import Manifest, ManifestReader
from scoring.batch._parallel import chunked, ordered_map
from scoring.batch._progress import make_reporter
from scoring.batch._worker import block_lines
from scoring.records.files import atomic_write

from .conftest import many_lines
from .standin import StandIn

_LINE = st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"") + b"\n")


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(_LINE, max_size=12),
    tail=st.sampled_from([b"", b"\xef\xbb\xbf", b'{"id":"a"}']),
    block=st.integers(min_value=1, max_value=40),
)
def test_blocks_give_every_line_to_exactly_one_block(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes], tail: bytes, block: int
) -> None:
    path = tmp_path_factory.mktemp("blocks") / "s.jsonl"
    data = tail + b"".join(lines) + tail
    path.write_bytes(data)  # a byte order mark may lead, or a last line lack its newline
    got = [
        line
        for offset in range(0, max(len(data), 1), block)
        for line in block_lines(str(path), offset, block)
    ]
    assert got == io.BytesIO(data.removeprefix(b"\xef\xbb\xbf")).readlines()


def test_blocks_skip_a_leading_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id":"a"}\n')
    assert block_lines(str(path), 0, 100) == [b'{"id":"a"}\n']


def test_manifest_keeps_results_per_fingerprint_and_prunes_others(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    old, new = Fingerprint("c1", "t1", "0.1.0"), Fingerprint("c2", "t1", "0.1.0")
    first = Manifest(path, old)
    first.record([(b"h1", 0.25, "elevated"), (b"h2", 1.0, "normal")])
    first.close()
    second = Manifest(path, new)
    second.record([(b"h1", 0.5, "normal")])

    def lookup(fingerprint: Fingerprint, content_hash: bytes) -> tuple[float, str] | None:
        with closing(ManifestReader(path, fingerprint)) as reader:
            return reader.lookup(content_hash)

    assert lookup(old, b"h2") == (1.0, "normal")
    assert lookup(new, b"h1") == (0.5, "normal")
    assert lookup(new, b"h2") is None
    assert second.prune() == 2
    assert lookup(old, b"h2") is None
    assert second.claim("out/a1.md", "line 1") is None
    assert second.claim("out/a1.md", "line 2") == "line 1"
    second.close()


def test_a_damaged_manifest_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(Exception, match="delete it to rescore everything"):
        Manifest(path, Fingerprint("c", "t"))


def test_log_lines_when_not_on_a_terminal() -> None:
    stream = io.StringIO()
    reporter = make_reporter("auto", 1000, stream=stream, every=0.0)
    reporter.update(10, 250)
    reporter.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("rescore: 10 stories, ")
    assert "25% of input, ETA " in lines[0]
    assert "100% of input" not in lines[0]


def test_bar_on_request_writes_rate_and_total() -> None:
    stream = io.StringIO()
    reporter = make_reporter("bar", 2048, stream=stream)
    reporter.update(3, 2048)
    reporter.close()
    assert "3 stories" in stream.getvalue()
    assert "2.00k/2.00k" in stream.getvalue()


def test_a_run_without_progress_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(many_lines(30))
    summary = rescore(source, tmp_path / "out.jsonl", scorer=StandIn(), workers=1, progress=None)
    assert summary.scored == 30
    assert capsys.readouterr() == ("", "")


def test_summary_counts_tiers_and_histogram_edges() -> None:
    summary = RescoreSummary()
    for score, severity, previous in [
        (0.0, "critical", "critical"),
        (0.1, "high", None),
        (0.99, "normal", "normal"),
        (1.0, "normal", "elevated"),
    ]:
        summary.add_score(score, severity, previous)
    assert summary.changed_tier == 2
    assert summary.histogram == [1, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    assert summary.severities == Counter(critical=1, high=1, normal=2)
    assert "[0.9, 1.0]         2 " in summary.report()


def test_empty_summary_report() -> None:
    assert RescoreSummary().report() == (
        "0 stories in 0.0 s (0 stories/s): 0 scored, 0 unchanged, 0 changed tier, 0 failed"
    )


def test_atomic_write_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    path.chmod(0o604)
    atomic_write(path, b"new")
    assert (path.read_bytes(), stat.S_IMODE(path.stat().st_mode)) == (b"new", 0o604)
    fresh = tmp_path / "b.md"
    atomic_write(fresh, b"x")
    assert stat.S_IMODE(fresh.stat().st_mode) & 0o044  # readable as the umask allows
    assert list(tmp_path.glob(".*")) == []


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("", "_"),
        ("..", "__"),
        ("../../x.md", "__/__/x.md"),
        ("/abs/x.md", "abs/x.md"),
        ("a\\b\x07.md", "a/b_.md"),
        ("2025/09/ok.md", "2025/09/ok.md"),
    ],
)
def test_safe_relative_path(name: str, safe: str) -> None:
    assert str(safe_relative_path(name)) == safe


def _double(chunk: list[int]) -> list[int]:
    return [2 * x for x in chunk]


@pytest.mark.parametrize("workers", [1, 2])
def test_ordered_map_keeps_order(workers: int) -> None:
    got = list(ordered_map(_double, chunked(range(50), 7), workers=workers, window=2))
    assert got == [2 * x for x in range(50)]
