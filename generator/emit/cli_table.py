"""Render the command line's endpoint commands: ``exchange_sdk/_cli_commands.py``, one
``EndpointCommand`` per spec (``exchange-sdk bingx spot cancel-all-after --type ACTIVATE
--time-out 10``), with every flag, type, choice, requirement and help text computed here from
the IR as the runtime's own records (``exchange_sdk._cli_support.EndpointCommand`` and
``CliOption``, declared there once); ``templates/cli_commands.py.jinja`` only places them.

The hand-written ``exchange_sdk/cli.py`` turns the table into argparse sub-commands and calls
the generated client method, which validates every argument before anything is sent.
"""

from __future__ import annotations

import textwrap
from typing import cast

from generator.emit.base import Rendered, render, table_header
from generator.errors import GeneratorError
from generator.ir.naming import kebab_case
from generator.ir.runtime import COMMON_FLAGS, cli_support
from generator.ir.types import Operation, Param, Project

TEMPLATE = "cli_commands.py.jinja"
OUTPUT = "exchange_sdk/_cli_commands.py"

# Units of the specs -> the metavar a user reads in --help.
_UNIT_METAVARS = {"s": "SECONDS", "ms": "MILLISECONDS"}
CliOption = cli_support.CliOption
EndpointCommand = cli_support.EndpointCommand


def _escape(text: str) -> str:
    return " ".join(text.split()).replace("%", "%%")


def _option(p: Param) -> CliOption:
    metavar = (
        _UNIT_METAVARS.get(p.unit or "", "")
        or ("{" + ",".join(str(v) for v in p.enum_values) + "}" if p.enum_values else "")
        or p.python_name.upper()
    )
    return CliOption(
        flag="--" + kebab_case(p.python_name),
        dest=p.python_name,
        kind=p.cli_type,
        required=p.required,
        choices=cast(tuple[str | int, ...], p.enum_values),
        metavar=metavar,
        help=_escape(p.doc + (" Required." if p.required else "")),
    )


def _command(exchange_name: str, op: Operation, env_vars: tuple[str, ...] = ()) -> EndpointCommand:
    parts = [op.summary.strip()]
    if op.description.strip():
        parts.append(op.description.strip())
    parts.append(f"{op.method} {op.path}. Source: {op.source}")
    options = tuple(_option(p) for p in op.params)
    clashes = [o.flag for o in options if o.flag in COMMON_FLAGS]
    if clashes:
        raise GeneratorError(
            f"{op.spec_path}: parameter option {', '.join(clashes)} collides with an option "
            f"every command has ({', '.join(COMMON_FLAGS)}); set python_name on the parameter"
        )
    return EndpointCommand(
        exchange=op.exchange_id,
        exchange_name=exchange_name,
        group=op.group,
        name=op.cli_name,
        method=op.name,
        summary=_escape(op.summary),
        description="\n\n".join(
            "\n".join(textwrap.wrap(_escape(p), 88, break_on_hyphens=False)) for p in parts
        ),
        options=options,
        env_vars=env_vars,
        items_kwarg=op.body_array.argument if op.body_array is not None else None,
    )


def cli_commands(project: Project) -> tuple[EndpointCommand, ...]:
    return tuple(
        _command(
            ex.name,
            op,
            tuple(v for v in (ex.api_key_env, ex.api_secret_env, ex.passphrase_env) if v),
        )
        for ex in project.exchanges
        for group in ex.groups
        for op in group.operations
    )


def render_cli(project: Project) -> list[Rendered]:
    head = table_header(project.sources_sha256, TEMPLATE)
    return [Rendered(OUTPUT, render(TEMPLATE, header=head, commands=cli_commands(project)), True)]
