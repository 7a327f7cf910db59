"""The ``scoring`` command: argument parsing and printing only.

Each subcommand has an ``_add_<name>`` function that declares its arguments and a
``_run_<name>`` function that calls the library and prints. Exit codes:

- 0: success.
- 1: the run finished but some records failed (they are reported); for ``fit``, the
  fitted config is not better than the start out of sample, and was not written.
- 2: bad usage or bad input (a one-line error names the record and field).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from scoring._version import __version__
from scoring.errors import RecordError, ScoringError

if TYPE_CHECKING:
    from scoring.records import StoryReader
    from scoring.scorer import LayerConfig, Scorer, ScorerConfig

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED_RECORDS = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_BETTER = 1

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


def _layer_options() -> argparse.ArgumentParser:
    """The outlet-table options every command that resolves citations takes."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group(
        "outlet tables", "tables laid over the bundled one, after the config's outlets.layers"
    )
    group.add_argument(
        "--table",
        action="append",
        default=[],
        metavar="FILE",
        help="user table (CSV or JSON) laid over the bundled one (repeatable; later wins)",
    )
    group.add_argument(
        "--org-table",
        action="append",
        default=[],
        metavar="FILE",
        help="organisation table: wins over the bundled one, loses to --table",
    )
    group.add_argument(
        "--column-map",
        metavar="MAP.toml",
        help="how the columns and values of --table/--org-table files map onto ours",
    )
    return parent


def _cli_layers(args: argparse.Namespace) -> list[LayerConfig]:
    from pathlib import Path

    from scoring.scorer import LayerConfig

    column_map = str(Path(args.column_map).absolute()) if args.column_map else None

    def layer(path: str, level: Literal["organisation", "user"]) -> LayerConfig:
        return LayerConfig(path=str(Path(path).absolute()), level=level, column_map=column_map)

    return [
        *(layer(f, "organisation") for f in args.org_table),
        *(layer(f, "user") for f in args.table),
    ]


def _config(args: argparse.Namespace, path: str | None = None) -> ScorerConfig:
    """The config in ``path`` (the shipped one when None), with the command's layers."""
    from scoring.scorer import ScorerConfig

    config = ScorerConfig.from_toml_file(path) if path else ScorerConfig()
    return config.with_layers(*_cli_layers(args))


def _add_outlets(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outlets = sub.add_parser(
        "outlets",
        help="look up the outlet behind URLs, domains or handles; check outlet tables",
        description="Look up outlets offline, and check outlet table files.",
    )
    actions = outlets.add_subparsers(dest="outlets_command", required=True, metavar="ACTION")
    lookup = actions.add_parser(
        "lookup",
        parents=[_layer_options()],
        help="resolve URLs or domains to outlets",
        description="Resolve each URL or domain to its outlet and labels. With no "
        "arguments, or '-', read one per line from standard input (a tab may separate "
        "the citation name).",
    )
    lookup.add_argument("inputs", nargs="*", metavar="URL_OR_DOMAIN")
    lookup.add_argument("--format", choices=("table", "jsonl"), default="table")
    lookup.add_argument("--name", help="citation name, for syndication hosts (e.g. Reuters)")
    lookup.add_argument("--no-bundled", action="store_true", help="use only the given tables")
    lookup.set_defaults(run=_run_outlets_lookup)
    validate = actions.add_parser(
        "validate",
        help="check outlet table files row by row",
        description="Check outlet tables; print FILE:ROW: field: problem lines and exit 1 "
        "when there are problems, or one line (rows, outlets, no problems) when there are "
        "none. A header lacking columns is one problem, and its rows are not checked. "
        "Several files are checked together.",
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
    _add_outlets_unknown(actions)


def _add_outlets_unknown(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    unknown = actions.add_parser(
        "unknown",
        parents=[_layer_options()],
        help="rank the domains and accounts the table does not rate, for curation",
        description="Read the stories of SOURCE and rank the domains and social accounts "
        "no outlet of the table (bundled, the config's layers, --table/--org-table) rates, "
        "by how many stories cite or embed them, with example URLs, first and last seen "
        "dates and the rated outlets they are cited beside. '--format csv' writes a layer "
        "file with empty label columns: fill in the labels and add it back with --table.",
    )
    unknown.add_argument("source", metavar="SOURCE")
    unknown.add_argument("--config", metavar="FILE", help="scorer configuration (its layers)")
    unknown.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    unknown.add_argument("--top", type=int, metavar="N", help="only the N most used (default: all)")
    _add_record_options(unknown)
    unknown.set_defaults(run=_run_outlets_unknown)


def _run_outlets_unknown(args: argparse.Namespace) -> int:
    import json

    from scoring.evaluate.unknown import unknown_sources, write_layer
    from scoring.records import read_stories
    from scoring.scorer import Scorer

    resolver = Scorer.from_config_file(args.config, layers=_cli_layers(args)).resolver
    reader = read_stories(
        args.source,
        format=args.source_format,
        on_error="collect",
        max_record_bytes=args.max_record_bytes,
    )
    found = unknown_sources(reader, resolver)[: args.top]
    if args.format == "csv":
        sys.stdout.write(write_layer(found, resolver))
    elif args.format == "jsonl":
        for item in found:
            print(json.dumps(item.to_dict(), ensure_ascii=False))
    else:
        columns = ("stories", "mentions", "source", "first_seen", "last_seen", "beside", "example")
        rows = [
            [
                str(u.stories),
                str(u.mentions),
                u.key,
                u.first_seen or "-",
                u.last_seen or "-",
                ",".join(outlet for outlet, _ in u.beside[:3]) or "-",
                next(iter(u.examples), "-"),
            ]
            for u in found
        ]
        _print_table(columns, rows)
    return EXIT_FAILED_RECORDS if _report_reading([reader]) else EXIT_OK


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
    _print_table(
        columns, [[str(r[c] if r[c] is not None else "-") for c in columns] for r in records]
    )
    return EXIT_OK


def _print_table(columns: Sequence[str], rows: list[list[str]]) -> None:
    """Print ``rows`` under ``columns``, each column as wide as its widest cell."""
    widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    for row in [list(columns), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _run_outlets_validate(args: argparse.Namespace) -> int:
    from scoring.outlets import ColumnMap
    from scoring.outlets.validate import check_tables

    column_map = ColumnMap.from_toml(args.column_map) if args.column_map else None
    check = check_tables(*args.tables, column_map=column_map, partial=args.partial)
    for problem in check.problems:
        print(problem)
    if check.problems:
        print(
            f"{len(check.problems)} problem(s) in {len(args.tables)} table(s) ({check.summary()})",
            file=sys.stderr,
        )
        return EXIT_FAILED_RECORDS
    print(check.summary())
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

    from scoring.outlets import ColumnMap, TableLayer, bundled_table, load_table
    from scoring.outlets.agreement import compare_outlets, parse_column_map

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
    _add_max_record_bytes(parser)


def _add_max_record_bytes(parser: argparse.ArgumentParser) -> None:
    from scoring.records import MAX_RECORD_BYTES

    parser.add_argument(
        "--max-record-bytes",
        type=int,
        default=MAX_RECORD_BYTES,
        metavar="N",
        help=f"refuse records larger than N bytes (default {MAX_RECORD_BYTES})",
    )


def _words(message: object) -> str:
    """A reader's message, naming its settings by their flags."""
    from scoring.records.errors import in_command_line_words

    return in_command_line_words(str(message))


def _report_reading(readers: Sequence[StoryReader], *, errors: bool = True) -> int:
    """Print each reader's notices, and with ``errors`` its bad records, to stderr.

    Returns how many records failed.
    """
    failed = 0
    for reader in readers:
        for notice in reader.notices:
            print(f"scoring: notice: {_words(notice)}", file=sys.stderr)
        failed += len(reader.errors)
        for error in reader.errors if errors else ():
            print(f"skipped: {_words(error)}", file=sys.stderr)
    if failed and errors:
        print(f"{failed} record(s) failed", file=sys.stderr)
    return failed


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
    from pathlib import Path

    from scoring.records import read_stories, write_stories
    from scoring.records.files import refuse_destination_inside

    refuse_destination_inside(Path(args.source), Path(args.destination))
    reader = read_stories(
        args.source,
        format=args.source_format,
        on_error="collect" if args.keep_going else "raise",
        max_record_bytes=args.max_record_bytes,
    )
    written = write_stories(reader, args.destination, format=args.format)
    by_format = ", ".join(f"{fmt} {n}" for fmt, n in sorted(reader.counts.items()))
    print(f"wrote {written} stories to {args.destination} (read: {by_format or 'none'})")
    return EXIT_FAILED_RECORDS if _report_reading([reader]) else EXIT_OK


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "check",
        parents=[_layer_options()],
        help="validate story records and summarise them",
        description="Read every record of SOURCE (a file or a directory), print how many "
        "were read by format and one line per bad record naming it and the field; exit "
        "1 if any record failed. With --config or outlet tables, also load the outlet "
        "table they make and print its version and layers.",
    )
    check.add_argument("source", metavar="SOURCE")
    check.add_argument(
        "--config", metavar="FILE", help="scorer configuration whose outlet layers to check"
    )
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
        print(f"error: {_words(error)}")
    _report_reading([reader], errors=False)
    config = _config(args, args.config)
    if config.outlets.layers:
        table = config.outlets.table()
        print(f"outlet table {table.version}: {len(table)} outlets, bundled and")
        for layer in config.outlets.layers:
            print(f"  {layer.level:<12} {layer.table_layer().layer_name}  {layer.path}")
    return EXIT_FAILED_RECORDS if reader.errors else EXIT_OK


def _add_scorer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="scorer configuration in TOML (default: the shipped one; see docs/scoring.md)",
    )
    _add_record_options(parser)


def _scorer(args: argparse.Namespace) -> Scorer:
    from scoring.scorer import Scorer

    return Scorer.from_config_file(args.config, layers=_cli_layers(args))


def _add_score(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    score = sub.add_parser(
        "score",
        parents=[_layer_options()],
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
        _print_table(columns, rows)
    return EXIT_FAILED_RECORDS if _report_reading(readers) else EXIT_OK


def _add_explain(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = sub.add_parser(
        "explain",
        parents=[_layer_options()],
        help="explain the scores of stories, for a person",
        description="For each story of PATH: both scores, the rules that fired, the "
        "contribution of every feature, the citations with their outlet labels, the "
        "embedded posts with their text, and the provenance. Stops at the first bad "
        "record (exit 2) unless --keep-going.",
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
    explain.add_argument(
        "--keep-going",
        action="store_true",
        help="skip bad records, report each, and exit 1 if there were any",
    )
    _add_scorer_options(explain)
    explain.set_defaults(run=_run_explain)


def _run_explain(args: argparse.Namespace) -> int:
    from scoring.records import read_stories

    scorer = _scorer(args)
    wanted = set(args.ids)
    found: set[str] = set()
    reader = read_stories(
        args.path,
        format=args.source_format,
        on_error="collect" if args.keep_going else "raise",
        max_record_bytes=args.max_record_bytes,
    )
    for story in reader:
        if wanted and story.id not in wanted:
            continue
        if found:
            print()
        found.add(story.id)
        print(scorer.score(story).render(story))
    failed = _report_reading([reader])
    missing = sorted(wanted - found)
    if missing:
        raise RecordError(
            f"no story with id {', '.join(repr(m) for m in missing)}; "
            "check the id, or leave out --id to explain every story",
            source=str(args.path),
        )
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


def _add_label_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stories", metavar="STORIES", help="a story file or directory")
    parser.add_argument(
        "--labels", required=True, metavar="LABELS", help="gold labels (.csv or .jsonl) by id"
    )
    parser.add_argument(
        "--split-column",
        default="split",
        metavar="COLUMN",
        help="label column naming each story's split (default: split)",
    )


def _add_evaluate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evaluate = sub.add_parser(
        "evaluate",
        parents=[_layer_options()],
        help="measure scores against gold labels",
        description="Score STORIES with a config and measure the scores against gold "
        "labels: Spearman, Kendall, MAE and RMSE of diversity_score, accuracy, macro-F1 and "
        "quadratic kappa of severity, with bootstrap intervals; by group; worst stories.",
    )
    _add_label_options(evaluate)
    evaluate.add_argument("--config", metavar="FILE", help="scorer config (default: shipped)")
    evaluate.add_argument(
        "--split", metavar="VALUE", help="evaluate only labels whose split column is VALUE"
    )
    evaluate.add_argument(
        "--by",
        action="append",
        default=[],
        metavar="COLUMN",
        help="also break down by this label column (repeatable)",
    )
    evaluate.add_argument(
        "--compare", metavar="FILE", help="a second config to compare against --config"
    )
    evaluate.add_argument("--report", metavar="DIR", help="write report.html and report.md here")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument(
        "--resamples", type=int, default=1000, metavar="N", help="bootstrap resamples"
    )
    evaluate.add_argument("--seed", type=int, default=0, help="seed of the bootstrap")
    evaluate.set_defaults(run=_run_evaluate)


def _run_evaluate(args: argparse.Namespace) -> int:
    import json

    from scoring.evaluate import (
        compare_configs,
        evaluate,
        load_story_set,
        select_split,
        sensitivity,
        write_report,
    )
    from scoring.scorer import Scorer

    config = _config(args, args.config)
    scorer = Scorer(config)
    labels = select_split(args.labels, args.split, column=args.split_column)
    stories = load_story_set(args.stories, scorer.resolver)
    kwargs = {"n_resamples": args.resamples, "random_state": args.seed}
    result = evaluate(stories, labels, scorer=scorer, by=args.by, **kwargs)
    comparison = None
    if args.compare:
        other = _config(args, args.compare)
        # Other layers make other features: then the stories are extracted again.
        same_table = other.outlets == config.outlets
        again = stories if same_table else args.stories
        comparison = compare_configs(again, labels, config, other, **kwargs)
    if args.format == "json":
        out = result.to_dict()
        if comparison is not None:
            out["comparison"] = comparison.to_dict()
        print(json.dumps(out, ensure_ascii=False))
        if result.n_unscored:
            # Labels left out of every metric must not pass unseen behind the JSON.
            print(f"scoring: note: {result.matching()}", file=sys.stderr)
    else:
        if args.split:
            print(f"split {args.split!r}: stories of the other splits count as having no label")
        print(result.summary())
        if comparison is not None:
            print()
            print(f"a: {args.config or 'the default config'}")
            print(f"b: {args.compare}")
            print("delta is b - a; b_better, the share of bootstrap resamples where b does better:")
            print(comparison.summary())
    if args.report:
        context = {
            "stories": str(args.stories),
            "labels": str(args.labels),
            "split": args.split or "all",
            "config": args.config or "default",
        }
        report = write_report(
            result,
            args.report,
            sensitivity=sensitivity(stories, labels, config),
            comparison=comparison,
            names=(args.config or "default", args.compare or "B"),
            context=context,
        )
        print(f"report: {report.html}", file=sys.stderr)
    return EXIT_OK


def _add_fit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fit = sub.add_parser(
        "fit",
        parents=[_layer_options()],
        help="fit diversity weights and severity thresholds to gold labels",
        description="Learn the diversity weights (non-negative, cross-validated ridge "
        "toward the starting weights) and the severity thresholds from the labels of the "
        "training split, print cross-validated metrics of the starting and the fitted "
        "config with a verdict, and write the fitted config if it is better on the "
        "metrics it was fitted to (MAE for the weights, quadratic kappa for the "
        "thresholds) and worse on none of them. Otherwise nothing is written and the exit "
        "code is 1, unless --force.",
    )
    _add_label_options(fit)
    fit.add_argument("--out", required=True, metavar="CONFIG.toml", help="where to write")
    fit.add_argument("--config", metavar="START", help="config to start from (default: shipped)")
    fit.add_argument(
        "--train-value",
        default="train",
        metavar="VALUE",
        help="fit on labels whose split column is VALUE (default: train); '' fits on all",
    )
    fit.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    fit.add_argument("--seed", type=int, default=0, help="seed of the fold assignment")
    fit.add_argument(
        "--force",
        action="store_true",
        help="write the fitted config even when it is not better than the start",
    )
    fit.set_defaults(run=_run_fit)


def _run_fit(args: argparse.Namespace) -> int:
    from pathlib import Path

    from scoring.evaluate import fit_config, load_story_set, select_split
    from scoring.records.files import atomic_write
    from scoring.scorer import Scorer

    start = _config(args, args.config)
    labels = select_split(args.labels, args.train_value or None, column=args.split_column)
    stories = load_story_set(args.stories, Scorer(start).resolver)
    ids = [i for i in stories.features.index if i in labels.index]
    result = fit_config(
        stories.features.loc[ids],
        labels,
        start=start,
        folds=args.folds,
        random_state=args.seed,
    )
    print(result.summary())
    if not result.improved and not args.force:
        print(f"not written: {args.out}; pass --force to write the fitted config anyway")
        return EXIT_NOT_BETTER
    atomic_write(Path(args.out), result.config.to_toml().encode("utf-8"))
    print(f"wrote {args.out}" + ("" if result.improved else " (--force: it is not better)"))
    return EXIT_OK


def _add_rescore(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rescore = sub.add_parser(
        "rescore",
        parents=[_layer_options()],
        help="rescore every story of a file or directory (nightly batch)",
        description="Rescore every story of SOURCE (JSON Lines, Parquet or Markdown; a "
        "directory is mirrored) into DEST, in parallel, changing only diversity_score "
        "and severity. Writes are atomic: rerun after a crash to finish the job. Exit 1 "
        "if some records failed (they are copied through unchanged and listed), 2 if "
        "--max-errors stopped the run, another run holds DEST, Dask cannot start, or a "
        "file cannot be written (a full disk: what was written is kept; rerun to finish).",
    )
    rescore.add_argument("source", metavar="SOURCE")
    rescore.add_argument("--out", dest="destination", metavar="DEST", help="file or directory")
    rescore.add_argument("--config", metavar="FILE.toml", help="scorer configuration")
    rescore.add_argument("--workers", type=int, metavar="N", help="processes (default: all cores)")
    rescore.add_argument("--engine", choices=("local", "dask"), default="local")
    rescore.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, tcp://host:8786")
    rescore.add_argument(
        "--connect-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="give up on the Dask scheduler or local cluster after this long (default 10)",
    )
    rescore.add_argument(
        "--errors",
        metavar="FILE.jsonl",
        help="write failed records here (default: print each to standard error)",
    )
    rescore.add_argument("--in-place", action="store_true", help="rewrite SOURCE itself")
    rescore.add_argument(
        "--changed-only",
        action="store_true",
        help="reuse the manifest's result for stories unchanged since the last run",
    )
    rescore.add_argument("--max-errors", type=int, metavar="N", help="stop after N failures")
    _add_max_record_bytes(rescore)
    rescore.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="a bar on a terminal, log lines otherwise (default auto)",
    )
    rescore.set_defaults(run=_run_rescore)


def _print_failure(failure: object) -> None:
    print(f"failed: {failure}", file=sys.stderr)


def _run_rescore(args: argparse.Namespace) -> int:
    from scoring.batch import RescoreStoppedError, rescore

    if args.destination is None and not args.in_place:
        print("scoring rescore: error: give --out DEST, or --in-place", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        summary = rescore(
            args.source,
            args.destination,
            scorer=_scorer(args),
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            errors=args.errors,
            in_place=args.in_place,
            changed_only=args.changed_only,
            max_errors=args.max_errors,
            progress=None if args.progress == "none" else args.progress,
            max_record_bytes=args.max_record_bytes,
            on_failure=_print_failure if args.errors is None else None,
            connect_timeout=args.connect_timeout,
        )
    except RescoreStoppedError as exc:
        print(exc.summary.report())
        print(f"scoring: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(summary.report())
    for path in summary.ignored:
        print(f"ignored (not a record rescore reads): {path}", file=sys.stderr)
    for notice in summary.notices:
        print(f"scoring: notice: {_words(notice)}", file=sys.stderr)
    return EXIT_FAILED_RECORDS if summary.failed else EXIT_OK


_SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_outlets,
    _add_convert,
    _add_check,
    _add_score,
    _add_explain,
    _add_evaluate,
    _add_fit,
    _add_rescore,
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
        print(f"scoring: error: {_words(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
