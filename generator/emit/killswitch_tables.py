"""Emit `exchange_sdk/_killswitch_specs.py`: per exchange, the runtime's `CancelAllSpec` of
every endpoint that cancels all open orders, `OpenOrdersSpec` of every listing that proves it,
`CountdownSpec` of every native dead-man's switch and `AccountModeSpec` of every endpoint that
says an account's mode, from the endpoints' kill-switch roles in the IR."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.emit.base import Rendered, render, table_header
from generator.ir.runtime import killswitch_spec
from generator.ir.types import Operation, Project

__all__ = ["KillSwitchTables", "killswitch_tables", "render_killswitch_tables"]

TEMPLATE = "killswitch_specs.py.jinja"
OUTPUT = "exchange_sdk/_killswitch_specs.py"

Record = (
    killswitch_spec.CancelAllSpec
    | killswitch_spec.CountdownSpec
    | killswitch_spec.OpenOrdersSpec
    | killswitch_spec.AccountModeSpec
)


@dataclass(frozen=True)
class Row:
    record: Record
    spec_path: str


@dataclass(frozen=True)
class KillSwitchTables:
    """Per exchange id (sorted; only exchanges that have one), the rows of each table."""

    cancel_all: tuple[tuple[str, tuple[Row, ...]], ...]
    countdowns: tuple[tuple[str, tuple[Row, ...]], ...]
    open_orders: tuple[tuple[str, tuple[Row, ...]], ...] = ()
    account_modes: tuple[tuple[str, tuple[Row, ...]], ...] = ()
    exchanges: tuple[str, ...] = ()  # every exchange id of the project, sorted

    @property
    def has_markets(self) -> bool:
        """Some listing lists markets first (the tables need ``MarketsSpec``)."""
        return any(
            isinstance(row.record, killswitch_spec.OpenOrdersSpec)
            and row.record.markets is not None
            for _, rows in self.open_orders
            for row in rows
        )

    @property
    def has_batch(self) -> bool:
        """Some cancel is a batch cancel (the tables need ``BatchSpec``)."""
        return any(
            isinstance(row.record, killswitch_spec.CancelAllSpec) and row.record.batch is not None
            for _, rows in self.cancel_all
            for row in rows
        )


def _cancel_all(op: Operation, others: Sequence[Operation] = ()) -> Row:
    ks = op.killswitch
    assert ks is not None
    record = killswitch_spec.CancelAllSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        market_kwarg=ks.market_kwarg,
        account_kwargs=ks.account_kwargs,
        mode=ks.account_mode,
        market_required=ks.market_required,
        listed_by=ks.listed_by,
        params=ks.params_kwargs,
        account_rules=ks.account_rules,
        answer=ks.answer,
        count_field=ks.count_field,
        failed_markets=ks.failed_markets,
    )
    return Row(record, op.spec_path)


def _cancel_batch(op: Operation, others: Sequence[Operation] = ()) -> Row:
    ks = op.killswitch
    assert ks is not None and op.body_array is not None
    assert ks.results_path is not None and ks.result_id is not None
    assert ks.result_code is not None
    record = killswitch_spec.CancelAllSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        market_kwarg=None,
        account_kwargs=ks.account_kwargs,
        mode=ks.account_mode,
        market_required=False,
        listed_by=ks.listed_by,
        batch=killswitch_spec.BatchSpec(
            items_kwarg=op.body_array.argument,
            size=op.body_array.max_items,
            item=dict(ks.item),
            per_market=ks.per_market,
            results_path=ks.results_path,
            result_id=ks.result_id,
            result_code=ks.result_code,
            success=ks.result_success,
            result_message=ks.result_message,
        ),
        params=ks.params_kwargs,
    )
    return Row(record, op.spec_path)


def _markets(markets_op: Operation | None) -> killswitch_spec.MarketsSpec | None:
    """The open_markets endpoint an open_orders listing names (validated to exist)."""
    if markets_op is None:
        return None
    ks = markets_op.killswitch
    assert ks is not None and ks.markets_path is not None
    return killswitch_spec.MarketsSpec(
        exchange=markets_op.exchange_id,
        group=markets_op.group,
        method=markets_op.name,
        path=ks.markets_path,
        params=ks.params_kwargs,
    )


def _open_orders(op: Operation, others: Sequence[Operation] = ()) -> Row:
    ks = op.killswitch
    assert ks is not None and ks.orders_path is not None
    assert ks.order_id_field is not None and ks.order_market_field is not None
    p = ks.pagination
    pagination = (
        None
        if p is None
        else killswitch_spec.Pagination(
            style=p.style,
            param=p.param,
            next_field=p.next_field,
            next_from_order=p.next_from_order,
            start=p.start,
            total_pages=p.total_pages,
            size_param=p.size_param,
            size=p.size,
            fixed=p.fixed_kwargs,
            param_is_int=p.param_is_int,
        )
    )
    record = killswitch_spec.OpenOrdersSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        market_kwarg=ks.market_kwarg,
        account_kwargs=ks.account_kwargs,
        mode=ks.account_mode,
        orders_path=ks.orders_path,
        order_id=ks.order_id_field,
        order_market=ks.order_market_field,
        pagination=pagination,
        params=ks.params_kwargs,
        markets=_markets(
            next((o for o in others if f"{o.group}.{o.name}" == ks.markets_listed_by), None)
            if ks.markets_listed_by is not None
            else None,
        ),
        account_rules=ks.account_rules,
        market_required=ks.market_required,
    )
    return Row(record, op.spec_path)


def _countdown(op: Operation, others: Sequence[Operation] = ()) -> Row:
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
        mode=ks.account_mode,
        armed_when=dict(ks.armed_when),
        trigger_field=ks.trigger_field,
        trigger_unit=ks.trigger_unit,
        market_required=ks.market_required,
        account_kwargs=ks.account_kwargs,
    )
    return Row(record, op.spec_path)


def _account_mode(op: Operation, others: Sequence[Operation] = ()) -> Row:
    ks = op.killswitch
    assert ks is not None and ks.mode_field is not None
    record = killswitch_spec.AccountModeSpec(
        exchange=op.exchange_id,
        group=op.group,
        method=op.name,
        field=ks.mode_field,
        modes=dict(ks.modes),
    )
    return Row(record, op.spec_path)


_ROWS: dict[str, Callable[[Operation, Sequence[Operation]], Row]] = {
    "cancel_all": _cancel_all,
    "cancel_batch": _cancel_batch,
    "open_orders": _open_orders,
    "countdown": _countdown,
    "account_mode": _account_mode,
}


def killswitch_tables(project: Project) -> KillSwitchTables:
    def table(*roles: str) -> tuple[tuple[str, tuple[Row, ...]], ...]:
        rows = []
        for ex in project.exchanges:
            found = tuple(
                _ROWS[op.killswitch.role](op, ex.operations)
                for op in ex.operations
                if op.killswitch is not None and op.killswitch.role in roles
            )
            if found:
                rows.append((ex.id, found))
        return tuple(rows)

    return KillSwitchTables(
        cancel_all=table("cancel_all", "cancel_batch"),
        countdowns=table("countdown"),
        open_orders=table("open_orders"),
        account_modes=table("account_mode"),
        exchanges=tuple(sorted(ex.id for ex in project.exchanges)),
    )


def render_killswitch_tables(project: Project) -> Rendered:
    head = table_header(project.sources_sha256, TEMPLATE)
    text = render(TEMPLATE, header=head, tables=killswitch_tables(project))
    return Rendered(OUTPUT, text, True)
