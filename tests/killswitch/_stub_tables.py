"""Stand-ins for the generated kill-switch tables while the spec work lands (internals.md,
"Kill switch contracts"): installed only when ``exchange_sdk._killswitch_specs`` is missing."""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping
from typing import Literal, NamedTuple


class CancelAllSpec(NamedTuple):
    exchange: str
    group: str
    method: str
    market_kwarg: str | None
    account_kwargs: tuple[str, ...]


class CountdownSpec(NamedTuple):
    exchange: str
    group: str
    method: str
    timeout_kwarg: str
    unit: Literal["s", "ms"]
    min_timeout: float
    max_timeout: float | None
    arm: Mapping[str, object]
    disarm: Mapping[str, object]
    market_kwarg: str | None


CANCEL_ALL: Mapping[str, tuple[CancelAllSpec, ...]] = {
    "bingx": (CancelAllSpec("bingx", "spot", "cancel_open_orders", "symbol", ()),),
    "bitget": (CancelAllSpec("bitget", "mix", "cancel_all_orders", None, ("product_type",)),),
    "gate": (CancelAllSpec("gate", "spot", "cancel_all_orders", "currency_pair", ()),),
    "htx": (CancelAllSpec("htx", "futures", "cancel_all_orders", "contract_code", ()),),
}
COUNTDOWNS: Mapping[str, tuple[CountdownSpec, ...]] = {
    "bingx": (
        CountdownSpec(
            "bingx",
            "spot",
            "cancel_all_after",
            "time_out",
            "s",
            10,
            120,
            {"type": "ACTIVATE"},
            {"type": "CLOSE", "time_out": 10},
            None,
        ),
    ),
    "gate": (
        CountdownSpec(
            "gate",
            "spot",
            "countdown_cancel_all",
            "timeout",
            "s",
            5,
            None,
            {},
            {"timeout": 0},
            "currency_pair",
        ),
    ),
}


def install() -> None:
    try:
        import exchange_sdk._killswitch_specs  # noqa: F401
    except ImportError:
        module = types.ModuleType("exchange_sdk._killswitch_specs")
        module.CANCEL_ALL = CANCEL_ALL  # type: ignore[attr-defined]
        module.COUNTDOWNS = COUNTDOWNS  # type: ignore[attr-defined]
        sys.modules["exchange_sdk._killswitch_specs"] = module
