"""The command line's help: each command says what it does, and shared options read alike."""

from __future__ import annotations

import re

import pytest

from scoring.cli import main

COMMANDS = [
    "outlets lookup",
    "outlets validate",
    "outlets compare",
    "outlets unknown",
    "convert",
    "check",
    "score",
    "explain",
    "evaluate",
    "fit",
    "rescore",
]


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit, match=r"^0$"):
        main([*argv, "--help"])
    return capsys.readouterr().out


def _listing(text: str) -> dict[str, str]:
    """The one-line help of each command an ``--help`` lists, by command."""
    found = re.findall(r"^    (\w+) +(.+(?:\n {10,}.+)*)", text, flags=re.MULTILINE)
    return {name: " ".join(line.split()) for name, line in found}


def test_the_command_list_gives_each_command_its_one_line_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    listing = _listing(_help(capsys))
    assert sorted(listing) == sorted({c.split()[0] for c in COMMANDS})
    assert (
        listing["score"] == "score stories: diversity_score, severity, contributions and evidence"
    )
    assert listing["explain"] == "explain the scores of stories, for a person"
    assert listing["rescore"] == "rescore every story of a file or directory (nightly batch)"
    actions = _listing(_help(capsys, "outlets"))
    assert sorted(actions) == ["compare", "lookup", "unknown", "validate"]
    assert actions["lookup"] == "resolve URLs or domains to outlets"


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_describes_itself_below_its_usage(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help(capsys, *command.split())
    usage, description, *_ = text.split("\n\n")
    assert usage.startswith(f"usage: scoring {command} [-h]")
    # A description is sentences, not the one-line help again.
    assert description[:1].isupper()
    assert description.rstrip().endswith(".")
    assert len(description.split()) >= 12


@pytest.mark.parametrize(
    ("command", "reading"),
    [
        ("score", ["--from", "--max-record-bytes", "--keep-going"]),
        ("explain", ["--from", "--max-record-bytes", "--keep-going"]),
        ("convert", ["--from", "--max-record-bytes", "--keep-going"]),
        # These two always go on past a bad record and report it.
        ("check", ["--from", "--max-record-bytes"]),
        ("outlets unknown", ["--from", "--max-record-bytes"]),
        ("rescore", ["--max-record-bytes"]),
    ],
)
def test_reading_options_are_listed_together_and_alike(
    command: str, reading: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help(capsys, *command.split())
    group = text.split("\nreading records:\n", 1)[1].split("\n\n", 1)[0]
    assert re.findall(r"^  (--[\w-]+)", group, flags=re.MULTILINE) == reading
    assert "refuse records larger than N bytes (default 10000000)" in group
