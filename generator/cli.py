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

from .errors import GeneratorError

ROOT = Path(__file__).resolve().parent.parent


def _generate(args: argparse.Namespace) -> int:
    from .pipeline import run

    started = time.perf_counter()
    drift = run(
        specs=Path(args.specs),
        out=Path(args.out),
        check=args.check,
        cache_dir=None if args.no_cache else Path(args.cache_dir),
    )
    elapsed = time.perf_counter() - started
    if args.check:
        if drift.clean:
            print(f"generated/ is up to date ({elapsed:.2f}s)")
            return 0
        for line in drift.lines(args.out):
            print(line, file=sys.stderr)
        print("generated/ is out of date: run `make` (or python -m generator generate)", file=sys.stderr)
        return 1
    n = len(drift.changed) + len(drift.added) + len(drift.stale)
    print(f"generated {args.out}/: {n} file(s) changed ({elapsed:.2f}s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate the SDK and its conformance tests into generated/")
    gen.add_argument("--check", action="store_true", help="write nothing; exit 1 when generated/ is out of date")
    gen.add_argument("--specs", default="specs", help="spec tree (default: specs)")
    gen.add_argument("--out", default="generated", help="output tree (default: generated)")
    gen.add_argument("--cache-dir", default=".cache/generator", help="formatting and model cache")
    gen.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    gen.set_defaults(func=_generate)
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
