"""What the command line's parts share: the generated endpoint table's records, exit codes,
the config path, error output, and tables that never read user text as markup.

Both ``exchange_sdk.cli`` (the ``exchange-sdk`` command, endpoint commands, ``simulate``) and
``exchange_sdk.killswitch._cli`` (``panic``, ``open-orders``, ``heartbeat``) import this module;
neither imports the other's internals. Standard library only at import; rich is imported when a
table is drawn (the ``cli`` extra).

Exit codes, the same for every command:

    0  done (for panic: every call succeeded and the scope was listed flat)
    1  the exchange or the network failed, an order was not cancelled, or orders remain open
    2  a usage, configuration or validation error: nothing was sent
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CliOption",
    "EndpointCommand",
    "add_command",
    "config_path",
    "console",
    "fail",
    "print_data",
    "records_table",
    "text",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # Ctrl-C: the shells' 128 + SIGINT

CONFIG_ENV = "EXCHANGE_SDK_CONFIG"
DEFAULT_CONFIG = "exchange-sdk.toml"


class CliOption(NamedTuple):
    """One keyword argument of an endpoint as a command-line option (generated)."""

    flag: str
    dest: str
    kind: str  # str | int | float | bool | decimal
    required: bool
    choices: tuple[str | int, ...]
    metavar: str
    help: str


class EndpointCommand(NamedTuple):
    """One endpoint as ``exchange-sdk <exchange> <group> <name>`` (generated)."""

    exchange: str
    exchange_name: str
    group: str
    name: str
    method: str
    summary: str
    description: str
    options: tuple[CliOption, ...]
    env_vars: tuple[str, ...] = ()  # the exchange's credential variables
    items_kwarg: str | None = None  # a JSON-array body: the options make its one item


def add_command(
    sub: SubParsers, name: str, run: Callable[[argparse.Namespace], int]
) -> argparse.ArgumentParser:
    """The sub-command ``name``, run by ``run``: the first paragraph of ``run``'s docstring is
    its one-line help, the rest its description (a command's words are written once, on the
    function that does it)."""
    summary, _, details = (run.__doc__ or "").strip().partition("\n\n")
    summary = " ".join(summary.split())
    parser = sub.add_parser(name, help=summary, description=details or summary)
    parser.set_defaults(handler=run)
    return parser


def config_path(args: argparse.Namespace) -> str:
    path: str = getattr(args, "config", None) or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG
    return path


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Print ``exchange-sdk: message`` to stderr and return ``code``."""
    print(f"exchange-sdk: {message}", file=sys.stderr, flush=True)
    return code


LOG_WIDTH = 240
"""Columns of a table written to a file or a pipe (a log) when ``COLUMNS`` does not say: wide
enough that no cell wraps, so an order id in a log is one token a trader can copy."""


def console(*, stderr: bool = False) -> Console | None:
    """A rich console, or None without the ``cli`` extra. On a terminal it fits the terminal;
    written to a log (not a terminal, no ``COLUMNS``) it is ``LOG_WIDTH`` wide instead of
    rich's 80, which folds long order ids across lines."""
    try:
        from rich.console import Console
    except ImportError:
        return None
    out = Console(stderr=stderr, highlight=False)
    if not out.is_terminal and not os.environ.get("COLUMNS"):
        out = Console(stderr=stderr, highlight=False, width=LOG_WIDTH)
    return out


def text(value: object, style: str = "") -> Text:
    """A table cell holding ``value`` as plain text: brackets in a market label or an
    exchange's message are shown, never read as rich markup."""
    from rich.text import Text

    return Text("" if value is None else str(value), style=style)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def records_table(title: str, rows: Sequence[Mapping[str, object]]) -> Table:
    """A table of records with only the columns some record fills, ids and values in full
    (long cells wrap, never end in an ellipsis)."""
    from rich.table import Table

    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    columns = [c for c in columns if any(not _empty(row.get(c)) for row in rows)]
    table = Table(title=text(title))
    for column in columns:
        table.add_column(text(column), overflow="fold")
    for row in rows:
        table.add_row(*(text(_cell(row.get(c))) for c in columns))
    return table


def print_data(data: object, *, as_json: bool, title: str = "") -> None:
    """A response payload as JSON, or as rich tables: scalar fields as a key/value table and
    each list of records as its own table (only the columns that hold values)."""
    out = None if as_json else console()
    if out is None:
        if not as_json:
            print(
                "(install the cli extra for tables: pip install 'exchange-sdk[cli]')",
                file=sys.stderr,
            )
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    if isinstance(data, list):
        records = [r for r in data if isinstance(r, dict)]
        out.print(records_table(title, records) if records else text(f"{title}: (empty)"))
        return
    if not isinstance(data, dict):
        out.print(text(f"{title}: {_cell(data)}"))
        return
    scalars = Table(title=text(title), show_header=False)
    scalars.add_column("field", style="bold")
    scalars.add_column("value", overflow="fold")
    lists: list[tuple[str, list[dict[str, object]]]] = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lists.append((key, value))
        elif not _empty(value):
            scalars.add_row(text(key), text(_cell(value)))
    if scalars.row_count:
        out.print(scalars)
    for key, rows in lists:
        out.print(records_table(f"{title}: {key}", rows))
