"""Emit `exchange_sdk/_killswitch_specs.py`: per exchange, the runtime's `CancelAllSpec` of
every endpoint that cancels all open orders and `CountdownSpec` of every native dead-man's
switch, from the endpoints' kill-switch roles in the IR."""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.base import Rendered, render, table_header
from generator.ir.runtime import killswitch_spec
from generator.ir.types import Operation, Project

__all__ = ["KillSwitchTables", "killswitch_tables", "render_killswitch_tables"]

TEMPLATE = "killswitch_specs.py.jinja"
OUTPUT = "exchange_sdk/_killswitch_specs.py"


@dataclass(frozen=True)
class Row:
    record: killswitch_spec.CancelAllSpec | killswitch_spec.CountdownSpec
    spec_path: str


@dataclass(frozen=True)
class KillSwitchTables:
    """Per exchange id (sorted; only exchanges that have one), the rows of each table."""

    cancel_all: tuple[tuple[str, tuple[Row, ...]], ...]
    countdowns: tuple[tuple[str, tuple[Row, ...]], ...]


def _cancel_all(op: Operation) -> Row:
    ks = op.killswitch
    assert ks is not None
    record = killswitch_spec.CancelAllSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        market_kwarg=ks.market_kwarg,
        account_kwargs=ks.account_kwargs,
    )
    return Row(record, op.spec_path)


def _countdown(op: Operation) -> Row:
    ks = op.killswitch
    assert ks is not None and ks.timeout_kwarg is not None and ks.unit is not None
    assert ks.min_timeout is not None
    record = killswitch_spec.CountdownSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        timeout_kwarg=ks.timeout_kwarg,
        unit=ks.unit,
        min_timeout=ks.min_timeout,
        max_timeout=ks.max_timeout,
        arm=ks.arm_kwargs,
        disarm=ks.disarm_kwargs,
        market_kwarg=ks.market_kwarg,
    )
    return Row(record, op.spec_path)


def killswitch_tables(project: Project) -> KillSwitchTables:
    def table(role: str) -> tuple[tuple[str, tuple[Row, ...]], ...]:
        row = _cancel_all if role == "cancel_all" else _countdown
        rows = []
        for ex in project.exchanges:
            found = tuple(
                row(op)
                for op in ex.operations
                if op.killswitch is not None and op.killswitch.role == role
            )
            if found:
                rows.append((ex.id, found))
        return tuple(rows)

    return KillSwitchTables(cancel_all=table("cancel_all"), countdowns=table("countdown"))


def render_killswitch_tables(project: Project) -> Rendered:
    head = table_header(project.sources_sha256, TEMPLATE)
    text = render(TEMPLATE, header=head, tables=killswitch_tables(project))
    return Rendered(OUTPUT, text, True)
