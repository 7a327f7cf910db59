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
from typing import TYPE_CHECKING

from scoring import __version__
from scoring.errors import RecordError, ScoringError

if TYPE_CHECKING:
    from scoring.scorer import Scorer

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


def _add_outlets(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outlets = sub.add_parser(
        "outlets",
        help="look up the outlet behind URLs, domains or handles; check outlet tables",
        description="Look up outlets offline, and check outlet table files.",
    )
    actions = outlets.add_subparsers(dest="outlets_command", required=True, metavar="ACTION")
    lookup = actions.add_parser(
        "lookup",
        help="resolve URLs or domains to outlets",
        description="Resolve each URL or domain to its outlet and labels. With no "
        "arguments, or '-', read one per line from standard input (a tab may separate "
        "the citation name).",
    )
    lookup.add_argument("inputs", nargs="*", metavar="URL_OR_DOMAIN")
    lookup.add_argument("--format", choices=("table", "jsonl"), default="table")
    lookup.add_argument("--name", help="citation name, for syndication hosts (e.g. Reuters)")
    lookup.add_argument(
        "--table",
        action="append",
        default=[],
        metavar="FILE",
        help="user table laid over the bundled one (repeatable; later wins)",
    )
    lookup.add_argument(
        "--org-table",
        action="append",
        default=[],
        metavar="FILE",
        help="organisation table: wins over the bundled one, loses to --table",
    )
    lookup.add_argument(
        "--column-map",
        metavar="MAP.toml",
        help="how the columns and values of --table/--org-table files map onto ours",
    )
    lookup.add_argument("--no-bundled", action="store_true", help="use only the given tables")
    lookup.set_defaults(run=_run_outlets_lookup)
    validate = actions.add_parser(
        "validate",
        help="check outlet table files row by row",
        description="Check outlet tables; print FILE:ROW: field: problem lines and exit 1 "
        "when there are problems. Several files are checked together.",
    )
    validate.add_argument("tables", nargs="+", metavar="TABLE.csv")
    validate.add_argument("--column-map", metavar="MAP.toml")
    validate.add_argument(
        "--partial",
        action="store_true",
        help="the tables are layers: rows override labels, only domains or id required",
    )
    validate.set_defaults(run=_run_outlets_validate)
    _add_outlets_compare(actions)


def _run_outlets_lookup(args: argparse.Namespace) -> int:
    import json

    from scoring.outlets import ColumnMap, Resolver, TableLayer, default_resolver, load_table

    column_map = ColumnMap.from_toml(args.column_map) if args.column_map else None
    layers = [
        *(TableLayer(f, level="organisation", column_map=column_map) for f in args.org_table),
        *(TableLayer(f, level="user", column_map=column_map) for f in args.table),
    ]
    if layers or args.no_bundled:
        resolver = Resolver(load_table(*layers, bundled=not args.no_bundled))
    else:
        resolver = default_resolver()
    inputs: list[tuple[str, str | None]] = [
        (item, args.name) for item in args.inputs if item != "-"
    ]
    if not args.inputs or "-" in args.inputs:
        for line in sys.stdin:
            url, _, name = line.rstrip("\n").partition("\t")
            if url.strip():
                inputs.append((url.strip(), name.strip() or args.name))
    records = [resolver.resolve(url, name).record() for url, name in inputs]
    if args.format == "jsonl":
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return EXIT_OK
    columns = ("input", "outlet", "slant", "reliability", "category", "country", "reason")
    rows = [[str(r[c] if r[c] is not None else "-") for c in columns] for r in records]
    widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    for row in [list(columns), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _run_outlets_validate(args: argparse.Namespace) -> int:
    from scoring.outlets import ColumnMap, validate_table

    column_map = ColumnMap.from_toml(args.column_map) if args.column_map else None
    problems = validate_table(*args.tables, column_map=column_map, partial=args.partial)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(args.tables)} table(s)", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    return EXIT_OK


def _add_outlets_compare(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    compare = actions.add_parser(
        "compare",
        help="agreement of the outlet table with a rating list you hold",
        description="Match each row of RATINGS.csv to the outlet table (bundled plus "
        "layers) by domain, id or name, and report coverage, exact and within-one-step "
        "slant agreement, Cohen's kappa, reliability rank correlation and the largest "
        "disagreements, with the table layer each of our labels came from.",
    )
    compare.add_argument("ratings", metavar="RATINGS.csv")
    compare.add_argument(
        "--column-map",
        metavar="OURS=THEIRS,...",
        help="our column = their column, comma-separated (e.g. domains=Site,slant=Bias,"
        "reliability=Score); or a column map .toml file",
    )
    compare.add_argument(
        "--value-map",
        action="append",
        default=[],
        metavar="COLUMN:THEIRS=OURS,...",
        help="their values to ours for one column (e.g. 'slant:Far Left=left,Centre=center');"
        " repeatable. A numeric reliability needs no map: only its rank is compared",
    )
    compare.add_argument("--scheme", help="slant scheme of the rating list, if not ours")
    compare.add_argument("--format", choices=("table", "json"), default="table")
    compare.add_argument(
        "--top", type=int, default=10, metavar="N", help="largest disagreements to show"
    )
    compare.add_argument(
        "--table",
        action="append",
        default=[],
        metavar="FILE",
        help="user table laid over the bundled one (repeatable; later wins)",
    )
    compare.add_argument(
        "--org-table",
        action="append",
        default=[],
        metavar="FILE",
        help="organisation table: wins over the bundled one, loses to --table",
    )
    compare.add_argument(
        "--table-column-map",
        metavar="MAP.toml",
        help="how the columns and values of --table/--org-table files map onto ours",
    )
    compare.add_argument("--no-bundled", action="store_true", help="use only the given tables")
    compare.set_defaults(run=_run_outlets_compare)


def _run_outlets_compare(args: argparse.Namespace) -> int:
    import json

    from scoring.evaluate.agreement import compare_outlets, parse_column_map
    from scoring.outlets import ColumnMap, TableLayer, bundled_table, load_table

    table_map = ColumnMap.from_toml(args.table_column_map) if args.table_column_map else None
    layers = [
        *(TableLayer(f, level="organisation", column_map=table_map) for f in args.org_table),
        *(TableLayer(f, level="user", column_map=table_map) for f in args.table),
    ]
    table = (
        load_table(*layers, bundled=not args.no_bundled)
        if layers or args.no_bundled
        else bundled_table()
    )
    column_map = parse_column_map(args.column_map, args.value_map, scheme=args.scheme)
    result = compare_outlets(args.ratings, column_map=column_map, table=table)
    if args.format == "json":
        print(json.dumps(result.to_dict(top=args.top), ensure_ascii=False))
        return EXIT_OK
    print(result.summary(top=args.top))
    return EXIT_OK


def _add_record_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=("markdown", "json", "jsonl", "parquet", "csv"),
        help="read SOURCE as this format (default: from its suffix; for a directory, "
        "only files of this format)",
    )
    parser.add_argument(
        "--max-record-bytes",
        type=int,
        default=10_000_000,
        metavar="N",
        help="refuse records larger than N bytes (default 10000000)",
    )


def _add_convert(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    convert = sub.add_parser(
        "convert",
        help="convert story records between formats",
        description="Read stories from SOURCE (a file or a directory) and write them to "
        "DEST. DEST's suffix names the format; no suffix (or a directory) means one "
        "Markdown file per story. Records read from Markdown are written back byte for "
        "byte. Stops at the first bad record unless --keep-going.",
    )
    convert.add_argument("source", metavar="SOURCE")
    convert.add_argument("destination", metavar="DEST")
    convert.add_argument(
        "--format",
        choices=("markdown", "json", "jsonl", "parquet", "csv"),
        help="write DEST in this format (default: from its suffix)",
    )
    convert.add_argument(
        "--keep-going",
        action="store_true",
        help="skip bad records, report each, and exit 1 if there were any",
    )
    _add_record_options(convert)
    convert.set_defaults(run=_run_convert)


def _run_convert(args: argparse.Namespace) -> int:
    from scoring.records import read_stories, write_stories

    reader = read_stories(
        args.source,
        format=args.source_format,
        on_error="collect" if args.keep_going else "raise",
        max_record_bytes=args.max_record_bytes,
    )
    written = write_stories(reader, args.destination, format=args.format)
    by_format = ", ".join(f"{fmt} {n}" for fmt, n in sorted(reader.counts.items()))
    print(f"wrote {written} stories to {args.destination} (read: {by_format or 'none'})")
    for error in reader.errors:
        print(f"skipped: {error}", file=sys.stderr)
    if reader.errors:
        print(f"{len(reader.errors)} record(s) failed", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    return EXIT_OK


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "check",
        help="validate story records and summarise them",
        description="Read every record of SOURCE (a file or a directory), print how many "
        "were read by format and one line per bad record naming it and the field; exit "
        "1 if any record failed.",
    )
    check.add_argument("source", metavar="SOURCE")
    _add_record_options(check)
    check.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from scoring.records import read_stories

    reader = read_stories(
        args.source,
        format=args.source_format,
        on_error="collect",
        max_record_bytes=args.max_record_bytes,
    )
    total = sum(1 for _ in reader)
    print(f"{args.source}: {total} stories read, {len(reader.errors)} failed")
    for fmt, count in sorted(reader.counts.items()):
        print(f"  {fmt:<10} {count}")
    for path in reader.ignored:
        print(f"ignored (not a record): {path}")
    for error in reader.errors:
        print(f"error: {error}")
    return EXIT_FAILED_RECORDS if reader.errors else EXIT_OK


def _add_scorer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="scorer configuration in TOML (default: the shipped one; see docs/scoring.md)",
    )
    _add_record_options(parser)


def _scorer(args: argparse.Namespace) -> Scorer:
    from pathlib import Path

    from scoring.scorer import Scorer, ScorerConfig

    return Scorer(ScorerConfig.from_toml(Path(args.config)) if args.config else None)


def _add_score(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    score = sub.add_parser(
        "score",
        help="score stories: diversity_score, severity, contributions and evidence",
        description="Score every story of each PATH (a file in any record format, or a "
        "directory). 'table' prints one line per story; 'json' a list and 'jsonl' one "
        "object per line, each with id, diversity_score, severity, features, "
        "contributions, explanation, citations, embeds and provenance. Stops at the "
        "first bad record (exit 2) unless --keep-going.",
    )
    score.add_argument("paths", nargs="+", metavar="PATH")
    score.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    score.add_argument(
        "--keep-going",
        action="store_true",
        help="skip bad records, report each, and exit 1 if there were any",
    )
    _add_scorer_options(score)
    score.set_defaults(run=_run_score)


def _run_score(args: argparse.Namespace) -> int:
    import json

    from scoring.records import read_stories

    scorer = _scorer(args)
    readers = [
        read_stories(
            path,
            format=args.source_format,
            on_error="collect" if args.keep_going else "raise",
            max_record_bytes=args.max_record_bytes,
        )
        for path in args.paths
    ]
    results = (scorer.score(story) for reader in readers for story in reader)
    if args.format == "jsonl":
        for result in results:
            print(json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False))
    elif args.format == "json":
        records = [result.to_dict() for result in results]
        print(json.dumps(records, ensure_ascii=False, allow_nan=False, indent=2))
    else:
        columns = ("id", "diversity", "severity", "risk", "rules")
        rows = [
            [
                r.id,
                f"{r.diversity_score:.3f}",
                r.severity,
                f"{r.risk_score:.3f}",
                ",".join(rule.name for rule in r.rules) or "-",
            ]
            for r in results
        ]
        widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
        for row in [list(columns), *rows]:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    errors = [error for reader in readers for error in reader.errors]
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} record(s) failed", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    return EXIT_OK


def _add_explain(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = sub.add_parser(
        "explain",
        help="explain the scores of stories, for a person",
        description="For each story of PATH: both scores, the rules that fired, the "
        "contribution of every feature, the citations with their outlet labels, the "
        "embedded posts with their text, and the provenance.",
    )
    explain.add_argument("path", metavar="PATH")
    explain.add_argument(
        "--id",
        action="append",
        default=[],
        dest="ids",
        metavar="ID",
        help="explain only the story with this id (repeatable)",
    )
    _add_scorer_options(explain)
    explain.set_defaults(run=_run_explain)


def _run_explain(args: argparse.Namespace) -> int:
    from scoring.records import read_stories

    scorer = _scorer(args)
    wanted = set(args.ids)
    found: set[str] = set()
    reader = read_stories(
        args.path, format=args.source_format, max_record_bytes=args.max_record_bytes
    )
    for story in reader:
        if wanted and story.id not in wanted:
            continue
        if found:
            print()
        found.add(story.id)
        print(scorer.score(story).render(story))
    missing = sorted(wanted - found)
    if missing:
        raise RecordError(
            f"no story with id {', '.join(repr(m) for m in missing)}; "
            "check the id, or leave out --id to explain every story",
            source=str(args.path),
        )
    return EXIT_OK


_SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_outlets,
    _add_convert,
    _add_check,
    _add_score,
    _add_explain,
]


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
