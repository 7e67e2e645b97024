"""The kill switch: cancel every open order everywhere now, and keep a dead-man's switch armed.

::

    from exchange_sdk.killswitch import Account, DeadMansSwitch, build_client, open_orders, panic

    accounts = [  # any exchange id of the specs; markets and params as its specs name them
        Account("<id>", build_client("<id>"), label="main", markets=("BTC-USDT",)),
        Account("<other>", build_client("<other>"), params={"product_type": ["USDT-FUTURES"]}),
    ]
    report = panic(accounts, deadline=10) # every account and market at once, then listed
    print(report.flat, report.open_orders)    # proven flat? what is still open
    for orders in open_orders(accounts):      # one typed list per account and market
        print(orders.exchange, orders.label, orders.market, [o.order_id for o in orders])

    with DeadMansSwitch(accounts, timeout=30, on_miss=print) as switch:
        run_the_bot()                     # re-armed in the background; switch.status()

Async twins: ``apanic`` and ``AsyncDeadMansSwitch``. Which endpoint serves each exchange
comes from the generated tables (``exchange_sdk._killswitch_specs``); exchanges without a
native countdown are protected by a watchdog process (``Watchdog``), which covers the bot
dying or hanging but not the machine or its network dying. See docs/killswitch.md.

Names are imported lazily: ``import exchange_sdk.killswitch`` loads no client and no pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._accounts import Account, Call, Listing, build_client, plan_cancel, plan_listings
    from ._config import AccountConfig, Config, load_config
    from ._list import OrderList, aopen_orders, open_orders
    from ._orders import OpenOrder
    from ._panic import (
        CallResult,
        MarketFailure,
        OrderFailure,
        PanicInterrupted,
        PanicReport,
        apanic,
        panic,
        read_cancel_result,
    )
    from ._preflight import Planned, preflight
    from ._switch import (
        AsyncDeadMansSwitch,
        DeadMansSwitch,
        Miss,
        SwitchNotArmedError,
        SwitchStatus,
        TargetStatus,
        heartbeat_interval,
    )
    from ._watchdog import Watchdog, WatchdogError

_LAZY: dict[str, str] = {
    "Account": "_accounts",
    "Call": "_accounts",
    "Listing": "_accounts",
    "build_client": "_accounts",
    "plan_cancel": "_accounts",
    "plan_listings": "_accounts",
    "AccountConfig": "_config",
    "Config": "_config",
    "load_config": "_config",
    "OrderList": "_list",
    "aopen_orders": "_list",
    "open_orders": "_list",
    "OpenOrder": "_orders",
    "CallResult": "_panic",
    "MarketFailure": "_panic",
    "OrderFailure": "_panic",
    "PanicInterrupted": "_panic",
    "PanicReport": "_panic",
    "apanic": "_panic",
    "panic": "_panic",
    "read_cancel_result": "_panic",
    "Planned": "_preflight",
    "preflight": "_preflight",
    "AsyncDeadMansSwitch": "_switch",
    "DeadMansSwitch": "_switch",
    "Miss": "_switch",
    "SwitchNotArmedError": "_switch",
    "SwitchStatus": "_switch",
    "TargetStatus": "_switch",
    "heartbeat_interval": "_switch",
    "Watchdog": "_watchdog",
    "WatchdogError": "_watchdog",
}

__all__ = [
    "Account",
    "AccountConfig",
    "AsyncDeadMansSwitch",
    "Call",
    "CallResult",
    "Config",
    "DeadMansSwitch",
    "Listing",
    "MarketFailure",
    "Miss",
    "OpenOrder",
    "OrderFailure",
    "OrderList",
    "PanicInterrupted",
    "PanicReport",
    "Planned",
    "SwitchNotArmedError",
    "SwitchStatus",
    "TargetStatus",
    "Watchdog",
    "WatchdogError",
    "aopen_orders",
    "apanic",
    "build_client",
    "heartbeat_interval",
    "load_config",
    "open_orders",
    "panic",
    "plan_cancel",
    "plan_listings",
    "preflight",
    "read_cancel_result",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'exchange_sdk.killswitch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
