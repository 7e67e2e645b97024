"""The ``exchange-sdk`` command.

    exchange-sdk [--config PATH] [--base-url URL] COMMAND ...

    exchange-sdk bingx spot cancel-all-after --type ACTIVATE --time-out 10   one per endpoint
    exchange-sdk panic [--yes] [--dry-run]         cancel every order of the configured accounts
    exchange-sdk open-orders                       list what the configured accounts have open
    exchange-sdk heartbeat                         keep their dead-man's switches armed
    exchange-sdk simulate                          serve the local exchange simulator

One argparse sub-command per ``_add_<name>`` function registered in ``COMMANDS``; each sets the
``handler`` that runs it. The endpoint commands come from the generated table
``exchange_sdk._cli_commands`` (flags, types, choices and help text from the specs); they call
the generated client method, which checks every argument before anything is sent. What the
commands share (exit codes, tables, the config path) is in ``_cli_support``; the kill-switch
commands live in ``killswitch._cli``. Tables and the live status line use rich (``cli`` extra).
Exit codes: 0 done, 1 the exchange or network failed (or orders remain), 2 usage, config or
validation error (nothing sent).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from . import errors
from ._cli_support import (
    CONFIG_ENV,
    DEFAULT_CONFIG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CliOption,
    EndpointCommand,
    add_command,
    config_path,
    fail,
    print_data,
)

if TYPE_CHECKING:
    from ._cli_support import SubParsers
    from ._runtime.client import SyncClient

__all__ = ["COMMANDS", "CliOption", "EndpointCommand", "build_parser", "main", "print_data"]

Handler = Callable[[argparse.Namespace], int]


# -- simulate ---------------------------------------------------------------------------------


def _add_simulate(sub: SubParsers) -> None:
    parser = add_command(sub, "simulate", _simulate)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default: %(default)s)")
    parser.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="KEY:SECRET[:PASSPHRASE]",
        help="another API key the simulator accepts (repeatable)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )


def _simulate(args: argparse.Namespace) -> int:
    """serve the local exchange simulator (every exchange it has a module for)

    Serve every simulated exchange (exchange_sdk/simulator/venues/) on one local HTTP
    server, with the admin API under /_sim/. The account test-key / test-secret / test-pass
    always exists.
    """
    try:
        import uvicorn
    except ImportError:
        print(
            "exchange-sdk simulate needs uvicorn: pip install 'exchange-sdk[simulator]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from .simulator.app import SimulatorApp
    from .simulator.state import DEFAULT_ACCOUNT, State, parse_account
    from .simulator.venues import VENUES

    try:
        accounts = [DEFAULT_ACCOUNT, *(parse_account(text) for text in args.key)]
    except ValueError as exc:
        return fail(f"simulate: {exc}", EXIT_USAGE)
    state = State(VENUES, initial_accounts=tuple(accounts))
    names = ", ".join(venue.wire.name for venue in VENUES.values())
    print(
        f"exchange-sdk simulator: {names} on http://{args.host}:{args.port} "
        f"(admin API: /_sim/; accounts: {', '.join(a.key for a in accounts)})",
        flush=True,
    )
    uvicorn.run(
        SimulatorApp(state), host=args.host, port=args.port, log_level=args.log_level, lifespan="on"
    )
    return EXIT_OK


# -- endpoint commands ------------------------------------------------------------------------


def _parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _parse_decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"expected a decimal number, got {text!r}") from None


_PARSERS: Mapping[str, Callable[[str], object]] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": _parse_bool,
    "decimal": _parse_decimal,
}


def _endpoint_commands() -> tuple[EndpointCommand, ...]:
    try:
        from ._cli_commands import COMMANDS as ENDPOINTS
    except ImportError:  # a tree generated before the command table existed
        return ()
    return ENDPOINTS


COMMON_FLAGS = ("--json", "--as-account", "--request-timeout", "--max-retries")
"""Options of every endpoint command; the generator rejects a spec parameter named like one."""


def _add_common(parser: argparse.ArgumentParser, command: EndpointCommand) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--as-account",
        metavar="LABEL",
        help="take the credentials and base URL of this account of the config file (LABEL or "
        f"{command.exchange}:LABEL; default: the environment variables "
        f"{', '.join(command.env_vars) or 'of the exchange'})",
    )
    parser.add_argument("--request-timeout", type=float, metavar="SECONDS", help="per attempt")
    parser.add_argument("--max-retries", type=int, metavar="N", help="retries of transient faults")


def _add_endpoints(sub: SubParsers) -> None:
    by_exchange: dict[str, list[EndpointCommand]] = {}
    for command in _endpoint_commands():
        by_exchange.setdefault(command.exchange, []).append(command)
    for exchange, commands in sorted(by_exchange.items()):
        name = commands[0].exchange_name
        ex_parser = sub.add_parser(
            exchange, help=f"{name} endpoints", description=f"{name} endpoints, by group."
        )
        groups = ex_parser.add_subparsers(dest="group", metavar="GROUP", required=True)
        by_group: dict[str, list[EndpointCommand]] = {}
        for command in commands:
            by_group.setdefault(command.group, []).append(command)
        for group, members in sorted(by_group.items()):
            group_parser = groups.add_parser(group, help=f"{name} {group} endpoints")
            ops = group_parser.add_subparsers(dest="operation", metavar="COMMAND", required=True)
            for command in members:
                parser = ops.add_parser(
                    command.name,
                    help=command.summary,
                    description=command.description,
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                )
                for option in command.options:
                    parser.add_argument(
                        option.flag,
                        dest=option.dest,
                        type=_PARSERS[option.kind],
                        required=option.required,
                        choices=list(option.choices) or None,
                        metavar=option.metavar,
                        help=option.help,
                    )
                _add_common(parser, command)
                parser.set_defaults(handler=_run_endpoint, endpoint=command)


def _endpoint_client(args: argparse.Namespace, command: EndpointCommand) -> SyncClient:
    from .killswitch._accounts import build_client
    from .killswitch._config import load_config

    if args.as_account:
        config = load_config(config_path(args))
        chosen = config.select_one(args.as_account, exchange=command.exchange)
        account = chosen.account(base_url=args.base_url)
        assert account.client is not None
        client = account.client
    else:
        client = build_client(command.exchange, base_url=args.base_url)
    from ._runtime.client import SyncClient

    assert isinstance(client, SyncClient)
    return client


def _cancel_failures(command: EndpointCommand, result: object) -> int:
    """Orders a cancel-all endpoint's answer says it did not cancel (0 for other endpoints)."""
    from ._killswitch_specs import CANCEL_ALL
    from .killswitch._panic import read_cancel_result

    specs = CANCEL_ALL.get(command.exchange, ())
    if not any(s.group == command.group and s.method == command.method for s in specs):
        return 0
    return len(read_cancel_result(result)[1])


def _run_endpoint(args: argparse.Namespace) -> int:
    from .killswitch._accounts import method_of

    command: EndpointCommand = args.endpoint
    kwargs = {
        o.dest: getattr(args, o.dest) for o in command.options if getattr(args, o.dest) is not None
    }
    if command.items_kwarg is not None:  # a JSON-array body: the options are its one item
        kwargs = {command.items_kwarg: [kwargs]}
    if args.request_timeout is not None:
        kwargs["request_timeout"] = args.request_timeout
    if args.max_retries is not None:
        kwargs["max_retries"] = args.max_retries
    title = f"{command.exchange_name} {command.group}.{command.method}"
    try:
        client = _endpoint_client(args, command)
        with client:
            result = method_of(client, command.group, command.method)(**kwargs)
    except errors.ValidationError as exc:
        return fail(f"invalid argument (nothing was sent): {exc}", EXIT_USAGE)
    except errors.ConfigurationError as exc:
        return fail(str(exc), EXIT_USAGE)
    except errors.NothingToCancelError as exc:
        print_data({"nothing_to_cancel": True, "message": str(exc)}, as_json=args.json, title=title)
        return EXIT_OK
    except errors.ExchangeSDKError as exc:
        return fail(f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    print_data(result.model_dump(mode="json", by_alias=True), as_json=args.json, title=title)
    failures = _cancel_failures(command, result)
    if failures:
        return fail(f"{failures} order(s) were not cancelled (see the failure list)", EXIT_FAILED)
    return EXIT_OK


# -- the parser -------------------------------------------------------------------------------


def _add_killswitch(sub: SubParsers) -> None:
    from .killswitch._cli import add_heartbeat, add_open_orders, add_panic

    add_panic(sub)
    add_open_orders(sub)
    add_heartbeat(sub)


COMMANDS: list[Callable[[SubParsers], None]] = [_add_endpoints, _add_killswitch, _add_simulate]
"""Sub-command registrars; each adds its parser(s) and sets ``handler``."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchange-sdk",
        description="Typed crypto-exchange SDK tools: endpoint calls, kill switch, simulator.",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"accounts file (TOML; default: ${CONFIG_ENV} or ./{DEFAULT_CONFIG})",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="send every request to this host instead (e.g. the simulator, http://127.0.0.1:8765)",
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
        return EXIT_USAGE
    try:
        return handler(args)
    except KeyboardInterrupt:  # never a traceback (panic and heartbeat handle Ctrl-C themselves)
        return fail(
            "interrupted (Ctrl-C): a request already sent may still take effect",
            EXIT_INTERRUPTED,
        )


if __name__ == "__main__":
    sys.exit(main())
