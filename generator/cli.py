"""Command line of the generator: `python -m generator <command>`.

Exit codes: 0 ok; 1 `--check` found drift; 2 bad specs (every error printed as
`file:line:col: $.path: message`) or another generator error. Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator.errors import GeneratorError


def _generate(args: argparse.Namespace) -> int:
    from generator.run.pipeline import run

    started = time.perf_counter()
    drift = run(
        specs=Path(args.specs),
        out=Path(args.out),
        check=args.check,
        cache_dir=None if args.no_cache else Path(args.cache_dir),
        timings=args.timings,
    )
    elapsed = time.perf_counter() - started
    if args.check:
        if drift.clean:
            print(f"generated/ is up to date ({elapsed:.2f}s)")
            return 0
        for line in drift.lines(args.out):
            print(line, file=sys.stderr)
        print(
            "generated/ is out of date: run `make` (or python -m generator generate)",
            file=sys.stderr,
        )
        return 1
    n = len(drift.changed) + len(drift.added) + len(drift.stale)
    print(f"generated {args.out}/: {n} file(s) changed ({elapsed:.2f}s)")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from generator import SDK_VERSION
    from generator.review.diff import compare
    from generator.review.diff_report import Report, render
    from generator.review.revisions import load_side

    repo = Path(args.repo)
    base = load_side(args.old, repo)
    head = load_side(args.new, repo)
    report = Report(
        base.label, head.label, tuple(compare(base.docs, head.docs)), args.version or SDK_VERSION
    )
    text = render(report, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if report.fails(args.fail_on) else 0


def _openapi(args: argparse.Namespace) -> int:
    from generator.emit.openapi import openapi_text
    from generator.run.pipeline import load_project

    text = openapi_text(load_project(Path(args.specs)))
    if args.out == "-":
        sys.stdout.write(text)
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    return 0


def _scaffold(args: argparse.Namespace) -> int:
    from generator.review.scaffold import scaffold_main

    return scaffold_main(Path(args.page), args.out, Path(args.specs), args.exchange)


def _docs_check(args: argparse.Namespace) -> int:
    from generator.review.docs_check import DEFAULT_DIRS, docs_check_main

    # the project's own folders together must hold a page for every endpoint spec
    dirs = [Path(d) for d in (args.docs_dirs or DEFAULT_DIRS)]
    return docs_check_main(dirs, Path(args.specs), args.prefix, every_spec=not args.docs_dirs)


def _add_review_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = sub.add_parser(
        "diff",
        help="classify the spec changes between two revisions or folders (breaking, ...)",
        description="OLD and NEW are git revisions (main, HEAD, a commit) or folders; NEW "
        "defaults to the working tree. Exit codes: 0 ok, 1 --fail-on level met, 2 bad input.",
    )
    diff.add_argument("old", metavar="OLD", help="base: git revision or folder")
    diff.add_argument(
        "new", metavar="NEW", nargs="?", default=None, help="head (default: the working tree)"
    )
    diff.add_argument("--format", choices=("markdown", "json", "text"), default="text")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "potentially-breaking"),
        default=None,
        help="exit 1 when a change of this level (or worse) is found",
    )
    diff.add_argument("--repo", default=".", help="git repository of the revisions (default: .)")
    diff.add_argument(
        "--version", default=None, help="current package version (default: the generator's)"
    )
    diff.add_argument(
        "-o", "--output", default=None, help="write the report here instead of stdout"
    )
    diff.set_defaults(func=_diff)

    oapi = sub.add_parser("openapi", help="write an OpenAPI 3.1 document of every spec")
    oapi.add_argument("--specs", default="specs", help="spec tree (default: specs)")
    oapi.add_argument(
        "-o", "--out", default="generated/openapi.json", help="output file, - for stdout"
    )
    oapi.set_defaults(func=_openapi)

    scaf = sub.add_parser("scaffold", help="draft an endpoint spec from an exchange doc page")
    scaf.add_argument("page", metavar="PAGE.md")
    scaf.add_argument(
        "-o",
        "--out",
        default=None,
        help="output file, or a directory to write <exchange>/<group>/<operation>.yaml in (default: stdout)",
    )
    scaf.add_argument("--specs", default="specs", help="spec tree the draft is checked against")
    scaf.add_argument("--exchange", default=None, help="exchange id when the page does not tell")
    scaf.set_defaults(func=_scaffold)

    check = sub.add_parser("docs-check", help="report disagreements between doc pages and specs")
    check.add_argument(
        "docs_dirs",
        metavar="DIR",
        nargs="*",
        help="folders of doc pages (default: ../shared/seeds and docs/pages, which must then hold "
        "a page for every endpoint spec); exit 0 no drift, 1 drift, 2 unreadable input",
    )
    check.add_argument("--specs", default="specs", help="spec tree (default: specs)")
    check.add_argument(
        "--prefix",
        action="append",
        default=[],
        help="a path prefix pages may omit (besides /api/vN); repeatable",
    )
    check.set_defaults(func=_docs_check)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser(
        "generate", help="generate the SDK and its conformance tests into generated/"
    )
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when generated/ is out of date"
    )
    gen.add_argument("--specs", default="specs", help="spec tree (default: specs)")
    gen.add_argument("--out", default="generated", help="output tree (default: generated)")
    gen.add_argument("--cache-dir", default=".cache/generator", help="formatting and model cache")
    gen.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    gen.add_argument("--timings", action="store_true", help="print each stage's wall time")
    gen.set_defaults(func=_generate)
    _add_review_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except GeneratorError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 2
