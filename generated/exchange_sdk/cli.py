# Generated from templates/runtime/exchange_sdk/cli.py (sha256 360f2b8db3b8c9f7e54bedc7295731a116fecd663eaa03dd0a320af545e8dd91). Do not edit: run make.
"""The ``exchange-sdk`` command.

One argparse sub-command per ``_add_<name>`` function registered in ``COMMANDS``; each returns
the handler that runs it. ``simulate`` serves the local exchange simulator; per-endpoint
commands, ``panic`` and ``heartbeat`` plug in the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

__all__ = ["COMMANDS", "build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


def _add_simulate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "simulate",
        help="serve the local exchange simulator (BingX, HTX, Bitget, Gate)",
        description=(
            "Serve BingX, HTX, Bitget and Gate on one local HTTP server, with the admin API "
            "under /_sim/. The account test-key / test-secret / test-pass always exists."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default: %(default)s)")
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="KEY:SECRET[:PASSPHRASE]",
        help="another API account (repeatable)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    parser.set_defaults(handler=_simulate)


def _simulate(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        print(
            "exchange-sdk simulate needs uvicorn: pip install 'exchange-sdk[simulator]'",
            file=sys.stderr,
        )
        return 2
    from .simulator.app import SimulatorApp
    from .simulator.state import DEFAULT_ACCOUNT, State, parse_account

    try:
        accounts = [DEFAULT_ACCOUNT, *(parse_account(text) for text in args.account)]
    except ValueError as exc:
        print(f"exchange-sdk simulate: {exc}", file=sys.stderr)
        return 2
    state = State(initial_accounts=tuple(accounts))
    print(
        f"exchange-sdk simulator: BingX, HTX, Bitget, Gate on http://{args.host}:{args.port} "
        f"(admin API: /_sim/; accounts: {', '.join(a.key for a in accounts)})",
        flush=True,
    )
    uvicorn.run(
        SimulatorApp(state), host=args.host, port=args.port, log_level=args.log_level, lifespan="on"
    )
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_simulate
]
"""Sub-command registrars; each adds its parser and sets ``handler``."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchange-sdk", description="Typed crypto-exchange SDK tools."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
