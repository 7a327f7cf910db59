"""The ``scoring`` command: argument parsing and printing only.

Each subcommand has an ``_add_<name>`` function that declares its arguments and a
``_run_<name>`` function that calls the library and prints; the run function's docstring
is the subcommand's help (:func:`_command`). Options several commands
share are declared once, in the parent parsers (``_reading``, ``_keep_going``,
``_config_option``, ``_layer_options``, ``_label_options``), and read once: stories by
:func:`_read` (problems printed by :func:`_report_reading`), the configuration by
:func:`_config`, outlet tables by :func:`_layers`. Exit codes:

- 0: success.
- 1: the run finished but some records failed (they are reported); for ``fit``, the
  fitted config is not better than the start out of sample, and was not written.
- 2: bad usage or bad input (a one-line error names the record and field).
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from scoring._version import __version__
from scoring.errors import RecordError, ScoringError

if TYPE_CHECKING:
    from scoring.outlets import OutletTable
    from scoring.records import StoryReader
    from scoring.scorer import LayerConfig, Scorer, ScorerConfig

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED_RECORDS = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_BETTER = 1

_Runner: TypeAlias = Callable[[argparse.Namespace], int]
_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
_Adder: TypeAlias = Callable[..., argparse.Action]
_RECORD_FORMATS = ("markdown", "json", "jsonl", "parquet", "csv")


def _command(
    sub: _Commands, name: str, run: _Runner, parents: Sequence[argparse.ArgumentParser] = ()
) -> argparse.ArgumentParser:
    """Add the subcommand ``name``, which ``run`` runs.

    Its one-line help is the first line of ``run``'s docstring (in the lower case of
    argparse's own help) and its description the rest: what a command does is written
    once, beside the code that does it.
    """
    summary, _, details = inspect.cleandoc(run.__doc__ or "").partition("\n")
    parser = sub.add_parser(
        name,
        parents=list(parents),
        help=summary[:1].lower() + summary[1:].rstrip("."),
        description=details.strip(),
    )
    parser.set_defaults(run=run)
    return parser


# Shared option blocks: each is a parent parser, declared once.


def _parent(title: str, description: str | None = None) -> tuple[argparse.ArgumentParser, _Adder]:
    """A parent parser without -h, and the group its options are listed under."""
    parent = argparse.ArgumentParser(add_help=False)
    return parent, parent.add_argument_group(title, description).add_argument


def _reading(*, source_format: bool = True) -> argparse.ArgumentParser:
    """How stories are read: ``--from`` (unless ``source_format`` is False), the size cap."""
    from scoring.records import MAX_RECORD_BYTES

    parent, add = _parent("reading records")
    if source_format:
        add(
            "--from",
            dest="source_format",
            choices=_RECORD_FORMATS,
            help="read the stories as this format (default: from each file's suffix; for "
            "a directory, only files of this format)",
        )
    add(
        "--max-record-bytes",
        type=int,
        default=MAX_RECORD_BYTES,
        metavar="N",
        help=f"refuse records larger than N bytes (default {MAX_RECORD_BYTES})",
    )
    return parent


def _keep_going() -> argparse.ArgumentParser:
    """``--keep-going``: report bad records and go on, instead of stopping at the first."""
    parent, add = _parent("reading records")
    add(
        "--keep-going",
        action="store_true",
        help="skip bad records, report each, and exit 1 if there were any",
    )
    return parent


def _config_option(
    help: str = "scorer configuration in TOML (default: the shipped one; see docs/scoring.md)",
    metavar: str = "FILE",
) -> argparse.ArgumentParser:
    """``--config``: the scorer configuration file a command starts from."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--config", metavar=metavar, help=help)
    return parent


def _layer_options(
    column_map: str = "--column-map", *, alone: bool = False
) -> argparse.ArgumentParser:
    """The outlet tables laid over the bundled one, read by :func:`_layers`.

    Args:
        column_map: the flag of the layers' column map (``outlets compare`` has its own
            ``--column-map``, for the rating list).
        alone: the command uses the table alone, without a scorer config: it offers
            ``--no-bundled``, and there are no config layers to go after.
    """
    where = "" if alone else ", after the config's outlets.layers"
    parent, add = _parent("outlet tables", f"tables laid over the bundled one{where}")
    add(
        "--table",
        action="append",
        default=[],
        metavar="FILE",
        help="user table (CSV or JSON) laid over the bundled one (repeatable; later wins)",
    )
    add(
        "--org-table",
        action="append",
        default=[],
        metavar="FILE",
        help="organisation table: wins over the bundled one, loses to --table",
    )
    add(
        column_map,
        dest="layer_column_map",
        metavar="MAP.toml",
        help="how the columns and values of --table/--org-table files map onto ours",
    )
    if alone:
        add("--no-bundled", action="store_true", help="use only the given tables")
    return parent


def _label_options() -> argparse.ArgumentParser:
    """The stories and the gold labels that ``evaluate`` and ``fit`` measure against."""
    parent = argparse.ArgumentParser(add_help=False)
    add = parent.add_argument
    add("stories", metavar="STORIES", help="a story file or directory")
    add("--labels", required=True, metavar="LABELS", help="gold labels (.csv or .jsonl) by id")
    add(
        "--split-column",
        default="split",
        metavar="COLUMN",
        help="label column naming each story's split (default: split)",
    )
    return parent


# What the shared options mean: each read in one place.


def _read(args: argparse.Namespace, source: str) -> StoryReader:
    """The stories of ``source``, read as the command's reading options say.

    A command without ``--keep-going`` collects bad records when its parser defaults
    ``keep_going`` to True (``check``, ``outlets unknown``); otherwise the first one raises.
    """
    from scoring.records import read_stories

    return read_stories(
        source,
        format=args.source_format,
        on_error="collect" if args.keep_going else "raise",
        max_record_bytes=args.max_record_bytes,
    )


def _words(message: object) -> str:
    """A library message, naming its settings by their flags."""
    from scoring.records.errors import in_command_line_words

    return in_command_line_words(str(message))


def _report_reading(readers: Iterable[StoryReader], *, errors: bool = True) -> int:
    """Print each reader's notices, and with ``errors`` its bad records, to stderr.

    Returns:
        How many records failed.
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


def _exit_code(failed: int) -> int:
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


def _layers(args: argparse.Namespace) -> list[LayerConfig]:
    """The ``--org-table`` and ``--table`` files as layers, organisation first.

    Paths are made absolute so that a config written elsewhere (``fit --out``) still
    finds them: a config file's relative paths are read from its own folder.
    """
    from scoring.scorer import LayerConfig

    given = args.layer_column_map
    column_map = str(Path(given).absolute()) if given else None
    levels: list[tuple[Literal["organisation", "user"], list[str]]] = [
        ("organisation", args.org_table),
        ("user", args.table),
    ]
    return [
        LayerConfig(path=str(Path(path).absolute()), level=level, column_map=column_map)
        for level, paths in levels
        for path in paths
    ]


def _table(args: argparse.Namespace) -> OutletTable:
    """The outlet table of the command's layers: over the bundled one unless --no-bundled."""
    from scoring.outlets import load_table

    layers = (layer.table_layer() for layer in _layers(args))
    return load_table(*layers, bundled=not args.no_bundled)


def _config(args: argparse.Namespace, path: str | None) -> ScorerConfig:
    """The config in ``path`` (the shipped one when None), with the command's layers."""
    from scoring.scorer import ScorerConfig

    config = ScorerConfig.from_toml_file(path) if path else ScorerConfig()
    return config.with_layers(*_layers(args))


def _scorer(args: argparse.Namespace) -> Scorer:
    """The scorer of ``--config`` and the command's layers."""
    from scoring.scorer import Scorer

    return Scorer.from_config_file(args.config, layers=_layers(args))


def _print_table(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Print ``rows`` under ``columns``, each column as wide as its widest cell."""
    cells = [list(columns), *(list(row) for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    for row in cells:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _print_jsonl(records: Iterable[object]) -> None:
    for record in records:
        print(json.dumps(record, ensure_ascii=False, allow_nan=False))


# outlets: lookup, validate, compare, unknown


def _add_outlets(sub: _Commands) -> None:
    outlets = sub.add_parser(
        "outlets",
        help="look up the outlet behind URLs, domains or handles; check outlet tables",
        description="Look up outlets offline, and check outlet table files.",
    )
    actions = outlets.add_subparsers(dest="outlets_command", required=True, metavar="ACTION")
    for add in (
        _add_outlets_lookup,
        _add_outlets_validate,
        _add_outlets_compare,
        _add_outlets_unknown,
    ):
        add(actions)


def _add_outlets_lookup(actions: _Commands) -> None:
    lookup = _command(actions, "lookup", _run_outlets_lookup, [_layer_options(alone=True)])
    lookup.add_argument("inputs", nargs="*", metavar="URL_OR_DOMAIN")
    lookup.add_argument("--format", choices=("table", "jsonl"), default="table")
    lookup.add_argument("--name", help="citation name, for syndication hosts (e.g. Reuters)")


def _lookup_inputs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """The URLs (with citation names) given, then those on stdin if asked for."""
    inputs: list[tuple[str, str | None]] = [
        (item, args.name) for item in args.inputs if item != "-"
    ]
    if not args.inputs or "-" in args.inputs:
        for line in sys.stdin:
            url, _, name = line.rstrip("\n").partition("\t")
            if url.strip():
                inputs.append((url.strip(), name.strip() or args.name))
    return inputs


def _run_outlets_lookup(args: argparse.Namespace) -> int:
    """Resolve URLs or domains to outlets.

    Resolve each URL or domain to its outlet and labels. With no arguments, or '-', read
    one per line from standard input (a tab may separate the citation name).
    """
    from scoring.outlets import Resolver

    resolver = Resolver(_table(args))
    records = [resolver.resolve(url, name).record() for url, name in _lookup_inputs(args)]
    if args.format == "jsonl":
        _print_jsonl(records)
        return EXIT_OK
    columns = ("input", "outlet", "slant", "reliability", "category", "country", "reason")
    _print_table(
        columns, ([str(r[c] if r[c] is not None else "-") for c in columns] for r in records)
    )
    return EXIT_OK


def _add_outlets_validate(actions: _Commands) -> None:
    validate = _command(actions, "validate", _run_outlets_validate)
    validate.add_argument("tables", nargs="+", metavar="TABLE.csv")
    validate.add_argument("--column-map", metavar="MAP.toml")
    validate.add_argument(
        "--partial",
        action="store_true",
        help="the tables are layers: rows override labels, only domains or id required",
    )


def _run_outlets_validate(args: argparse.Namespace) -> int:
    """Check outlet table files row by row.

    Check outlet tables; print FILE:ROW: field: problem lines and exit 1 when there are
    problems, or one line (rows, outlets, no problems) when there are none. A header
    lacking columns is one problem, and its rows are not checked. Several files are
    checked together.
    """
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


def _add_outlets_compare(actions: _Commands) -> None:
    compare = _command(
        actions,
        "compare",
        _run_outlets_compare,
        [_layer_options("--table-column-map", alone=True)],
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


def _run_outlets_compare(args: argparse.Namespace) -> int:
    """Agreement of the outlet table with a rating list you hold.

    Match each row of RATINGS.csv to the outlet table (bundled plus layers) by domain,
    id or name, and report coverage, exact and within-one-step slant agreement, Cohen's
    kappa, reliability rank correlation and the largest disagreements, with the table
    layer each of our labels came from.
    """
    from scoring.outlets.agreement import compare_outlets, parse_column_map

    column_map = parse_column_map(args.column_map, args.value_map, scheme=args.scheme)
    result = compare_outlets(args.ratings, column_map=column_map, table=_table(args))
    if args.format == "json":
        print(json.dumps(result.to_dict(top=args.top), ensure_ascii=False))
    else:
        print(result.summary(top=args.top))
    return EXIT_OK


def _add_outlets_unknown(actions: _Commands) -> None:
    unknown = _command(
        actions, "unknown", _run_outlets_unknown, [_config_option(), _layer_options(), _reading()]
    )
    unknown.add_argument("source", metavar="SOURCE")
    unknown.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    unknown.add_argument("--top", type=int, metavar="N", help="only the N most used (default: all)")
    unknown.set_defaults(keep_going=True)


def _run_outlets_unknown(args: argparse.Namespace) -> int:
    """Rank the domains and accounts the table does not rate, for curation.

    Read the stories of SOURCE and rank the domains and social accounts no outlet of the
    table (bundled, the config's layers, --table/--org-table) rates, by how many stories
    cite or embed them, with example URLs, first and last seen dates and the rated
    outlets they are cited beside. '--format csv' writes a layer file with empty label
    columns: fill in the labels and add it back with --table. Bad records are reported
    and skipped (exit 1).
    """
    from scoring.evaluate.unknown import unknown_sources, write_layer

    resolver = _scorer(args).resolver
    reader = _read(args, args.source)
    found = unknown_sources(reader, resolver)[: args.top]
    if args.format == "csv":
        sys.stdout.write(write_layer(found, resolver))
    elif args.format == "jsonl":
        _print_jsonl(item.to_dict() for item in found)
    else:
        columns = ("stories", "mentions", "source", "first_seen", "last_seen", "beside", "example")
        rows = (
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
        )
        _print_table(columns, rows)
    return _exit_code(_report_reading([reader]))


# records: convert, check


def _add_convert(sub: _Commands) -> None:
    convert = _command(sub, "convert", _run_convert, [_reading(), _keep_going()])
    convert.add_argument("source", metavar="SOURCE")
    convert.add_argument("destination", metavar="DEST")
    convert.add_argument(
        "--format",
        choices=_RECORD_FORMATS,
        help="write DEST in this format (default: from its suffix)",
    )


def _run_convert(args: argparse.Namespace) -> int:
    """Convert story records between formats.

    Read stories from SOURCE (a file or a directory) and write them to DEST. DEST's
    suffix names the format; no suffix (or a directory) means one Markdown file per
    story. Records read from Markdown are written back byte for byte. Stops at the first
    bad record unless --keep-going.
    """
    from scoring.records import write_stories
    from scoring.records.files import refuse_destination_inside

    refuse_destination_inside(Path(args.source), Path(args.destination))
    reader = _read(args, args.source)
    written = write_stories(reader, args.destination, format=args.format)
    by_format = ", ".join(f"{fmt} {n}" for fmt, n in sorted(reader.counts.items()))
    print(f"wrote {written} stories to {args.destination} (read: {by_format or 'none'})")
    return _exit_code(_report_reading([reader]))


def _add_check(sub: _Commands) -> None:
    check = _command(
        sub,
        "check",
        _run_check,
        [
            _config_option("scorer configuration whose outlet layers to check"),
            _layer_options(),
            _reading(),
        ],
    )
    check.add_argument("source", metavar="SOURCE")
    check.set_defaults(keep_going=True)


def _run_check(args: argparse.Namespace) -> int:
    """Validate story records and summarise them.

    Read every record of SOURCE (a file or a directory), print how many were read by
    format and one line per bad record naming it and the field; exit 1 if any record
    failed. With --config or outlet tables, also load the outlet table they make and
    print its version and layers.
    """
    reader = _read(args, args.source)
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
    return _exit_code(len(reader.errors))


# scores: score, explain


def _scoring_options() -> list[argparse.ArgumentParser]:
    """The options of every command that reads and scores stories."""
    return [_config_option(), _layer_options(), _reading(), _keep_going()]


def _add_score(sub: _Commands) -> None:
    score = _command(sub, "score", _run_score, _scoring_options())
    score.add_argument("paths", nargs="+", metavar="PATH", help="a story file or directory")
    score.add_argument("--format", choices=("table", "json", "jsonl"), default="table")


def _run_score(args: argparse.Namespace) -> int:
    """Score stories: diversity_score, severity, contributions and evidence.

    Score every story of each PATH (a file in any record format, or a directory).
    'table' prints one line per story; 'json' a list and 'jsonl' one object per line,
    each with id, diversity_score, severity, features, contributions, explanation,
    citations, embeds and provenance. Stops at the first bad record (exit 2) unless
    --keep-going.
    """
    scorer = _scorer(args)
    readers = [_read(args, path) for path in args.paths]
    results = (scorer.score(story) for reader in readers for story in reader)
    if args.format == "jsonl":
        _print_jsonl(result.to_dict() for result in results)
    elif args.format == "json":
        records = [result.to_dict() for result in results]
        print(json.dumps(records, ensure_ascii=False, allow_nan=False, indent=2))
    else:
        columns = ("id", "diversity", "severity", "risk", "rules")
        rows = (
            [
                r.id,
                f"{r.diversity_score:.3f}",
                r.severity,
                f"{r.risk_score:.3f}",
                ",".join(rule.name for rule in r.rules) or "-",
            ]
            for r in results
        )
        _print_table(columns, rows)
    return _exit_code(_report_reading(readers))


def _add_explain(sub: _Commands) -> None:
    explain = _command(sub, "explain", _run_explain, _scoring_options())
    explain.add_argument("path", metavar="PATH", help="a story file or directory")
    explain.add_argument(
        "--id",
        action="append",
        default=[],
        dest="ids",
        metavar="ID",
        help="explain only the story with this id (repeatable)",
    )


def _run_explain(args: argparse.Namespace) -> int:
    """Explain the scores of stories, for a person.

    For each story of PATH: both scores, the rules that fired, the contribution of every
    feature, the citations with their outlet labels, the embedded posts with their text,
    and the provenance. Stops at the first bad record (exit 2) unless --keep-going.
    """
    scorer = _scorer(args)
    wanted = set(args.ids)
    found: set[str] = set()
    reader = _read(args, args.path)
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
    return _exit_code(failed)


# evaluation: evaluate, fit


def _add_evaluate(sub: _Commands) -> None:
    evaluate = _command(
        sub, "evaluate", _run_evaluate, [_label_options(), _config_option(), _layer_options()]
    )
    add = evaluate.add_argument
    add("--split", metavar="VALUE", help="evaluate only labels whose split column is VALUE")
    add(
        "--by",
        action="append",
        default=[],
        metavar="COLUMN",
        help="also break down by this label column (repeatable)",
    )
    add("--compare", metavar="FILE", help="a second config to compare against --config")
    add("--report", metavar="DIR", help="write report.html and report.md here")
    add("--format", choices=("table", "json"), default="table")
    add("--resamples", type=int, default=1000, metavar="N", help="bootstrap resamples")
    add("--seed", type=int, default=0, help="seed of the bootstrap")


def _run_evaluate(args: argparse.Namespace) -> int:
    """Measure scores against gold labels.

    Score STORIES with a config and measure the scores against gold labels: Spearman,
    Kendall, MAE and RMSE of diversity_score, accuracy, macro-F1 and quadratic kappa of
    severity, with bootstrap intervals; by group; worst stories.
    """
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
        comparison = compare_configs(stories, labels, config, other, **kwargs)
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


def _add_fit(sub: _Commands) -> None:
    fit = _command(
        sub,
        "fit",
        _run_fit,
        [
            _label_options(),
            _config_option("config to start from (default: shipped)", metavar="START"),
            _layer_options(),
        ],
    )
    add = fit.add_argument
    add(
        "--train-value",
        default="train",
        metavar="VALUE",
        help="fit on labels whose split column is VALUE (default: train); '' fits on all",
    )
    add("--out", required=True, metavar="CONFIG.toml", help="where to write")
    add("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    add("--seed", type=int, default=0, help="seed of the fold assignment")
    add(
        "--force",
        action="store_true",
        help="write the fitted config even when it is not better than the start",
    )


def _run_fit(args: argparse.Namespace) -> int:
    """Fit diversity weights and severity thresholds to gold labels.

    Learn the diversity weights (non-negative, cross-validated ridge toward the starting
    weights) and the severity thresholds from the labels of the training split, print
    cross-validated metrics of the starting and the fitted config with a verdict, and
    write the fitted config if it is better on the metrics it was fitted to (MAE for the
    weights, quadratic kappa for the thresholds) and worse on none of them. Otherwise
    nothing is written and the exit code is 1, unless --force.
    """
    from scoring.evaluate import fit_config, load_story_set, select_split
    from scoring.records.files import atomic_write
    from scoring.scorer import Scorer

    start = _config(args, args.config)
    labels = select_split(args.labels, args.train_value or None, column=args.split_column)
    stories = load_story_set(args.stories, Scorer(start).resolver)
    result = fit_config(
        stories.features,
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


# batch: rescore


def _add_rescore(sub: _Commands) -> None:
    rescore = _command(
        sub,
        "rescore",
        _run_rescore,
        [_config_option(), _layer_options(), _reading(source_format=False)],
    )
    add = rescore.add_argument
    add("source", metavar="SOURCE")
    add("--out", dest="destination", metavar="DEST", help="file or directory")
    add("--workers", type=int, metavar="N", help="processes (default: all cores)")
    add("--engine", choices=("local", "dask"), default="local")
    add("--scheduler", metavar="ADDRESS", help="Dask scheduler, tcp://host:8786")
    add(
        "--connect-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="give up on the Dask scheduler or local cluster after this long (default 10)",
    )
    add(
        "--errors",
        metavar="FILE.jsonl",
        help="write failed records here (default: print each to standard error)",
    )
    add("--in-place", action="store_true", help="rewrite SOURCE itself")
    add(
        "--changed-only",
        action="store_true",
        help="reuse the manifest's result for stories unchanged since the last run",
    )
    add("--max-errors", type=int, metavar="N", help="stop after N failures")
    add(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="a bar on a terminal, log lines otherwise (default auto)",
    )


def _print_failure(failure: object) -> None:
    print(f"failed: {failure}", file=sys.stderr)


def _run_rescore(args: argparse.Namespace) -> int:
    """Rescore every story of a file or directory (nightly batch).

    Rescore every story of SOURCE (JSON Lines, Parquet or Markdown; a directory is
    mirrored) into DEST, in parallel, changing only diversity_score and severity. Writes
    are atomic: rerun after a crash to finish the job. Exit 1 if some records failed
    (they are copied through unchanged and listed), 2 if --max-errors stopped the run,
    another run holds DEST, Dask cannot start, or a file cannot be written (a full disk:
    what was written is kept; rerun to finish).
    """
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
    return _exit_code(summary.failed)


_SUBCOMMANDS: list[Callable[[_Commands], None]] = [
    _add_outlets,
    _add_convert,
    _add_check,
    _add_score,
    _add_explain,
    _add_evaluate,
    _add_fit,
    _add_rescore,
]


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Args:
        argv: the arguments after ``scoring``; ``sys.argv[1:]`` when None.

    Returns:
        The exit code: 0 success, 1 some records failed, 2 bad usage or input.

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
