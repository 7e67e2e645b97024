# Generated from specs/ through templates/killswitch_specs.py.jinja (sha256 a2e820e06503748cad2611437b30b5aa9f841c3d6f78fe0b630db874fc3c63f7). Do not edit: run make.
"""The kill switch tables: per exchange, the endpoints that cancel every open order now
(CANCEL_ALL) and the native dead-man's switches (COUNTDOWNS), from the specs' `killswitch:`
sections. Keyword names are the generated methods' Python names; timeouts are in seconds.
Exchanges without a COUNTDOWNS entry have no native switch (exchange_sdk.killswitch runs a
watchdog for them)."""

from __future__ import annotations

from collections.abc import Mapping

from exchange_sdk._runtime.killswitch_spec import CancelAllSpec, CountdownSpec

__all__ = ["CANCEL_ALL", "COUNTDOWNS"]

CANCEL_ALL: Mapping[str, tuple[CancelAllSpec, ...]] = {
    "bingx": (
        CancelAllSpec(
            exchange="bingx",
            group="spot",
            method="cancel_open_orders",
            market_kwarg="symbol",
            account_kwargs=(),
        ),  # specs/bingx/spot/cancel_open_orders.yaml
    ),
    "bitget": (
        CancelAllSpec(
            exchange="bitget",
            group="mix",
            method="cancel_all_orders",
            market_kwarg="margin_coin",
            account_kwargs=("product_type",),
        ),  # specs/bitget/mix/cancel_all_orders.yaml
    ),
    "gate": (
        CancelAllSpec(
            exchange="gate",
            group="spot",
            method="cancel_all_orders",
            market_kwarg="currency_pair",
            account_kwargs=(),
        ),  # specs/gate/spot/cancel_all_orders.yaml
    ),
    "htx": (
        CancelAllSpec(
            exchange="htx",
            group="futures",
            method="cancel_all_orders",
            market_kwarg="contract_code",
            account_kwargs=(),
        ),  # specs/htx/futures/cancel_all_orders.yaml
    ),
}

COUNTDOWNS: Mapping[str, tuple[CountdownSpec, ...]] = {
    "bingx": (
        CountdownSpec(
            exchange="bingx",
            group="spot",
            method="cancel_all_after",
            timeout_kwarg="time_out",
            unit="s",
            min_timeout=10.0,
            max_timeout=120.0,
            arm={"type": "ACTIVATE"},
            disarm={"type": "CLOSE", "time_out": 10},
            market_kwarg=None,
        ),  # specs/bingx/spot/cancel_all_after.yaml
    ),
    "gate": (
        CountdownSpec(
            exchange="gate",
            group="spot",
            method="countdown_cancel_all",
            timeout_kwarg="timeout",
            unit="s",
            min_timeout=5.0,
            max_timeout=None,
            arm={},
            disarm={"timeout": 0},
            market_kwarg="currency_pair",
        ),  # specs/gate/spot/countdown_cancel_all.yaml
    ),
    "htx": (
        CountdownSpec(
            exchange="htx",
            group="futures",
            method="cancel_after",
            timeout_kwarg="time_out",
            unit="ms",
            min_timeout=5.0,
            max_timeout=None,
            arm={"on_off": 1},
            disarm={"on_off": 0},
            market_kwarg=None,
        ),  # specs/htx/futures/cancel_after.yaml
    ),
}
