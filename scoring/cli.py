"""The ``scoring`` command: argument parsing and printing only.

Each subcommand has an ``_add_<name>`` function that declares its arguments and a
``_run_<name>`` function that calls the library and prints. Exit codes:

- 0: success.
- 1: the run finished but some records failed (they are reported).
- 2: bad usage or bad input (a one-line error names the record and field).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from scoring import __version__
from scoring.errors import ScoringError

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED_RECORDS = 1
EXIT_BAD_INPUT = 2

_Runner = Callable[[argparse.Namespace], int]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scoring",
        description="Score news stories for source credibility and diversity, offline.",
    )
    parser.add_argument("--version", action="version", version=f"scoring {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _SUBCOMMANDS:
        add(sub)
    return parser


_SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        scoring 0.1.0
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    runner: _Runner = args.run
    try:
        return runner(args)
    except ScoringError as exc:
        print(f"scoring: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
