"""CCXT 4.5.90 (``bybit``) drives the simulator's Bybit v5, linear, inverse and spot: ``fetchOpenOrders``
(order/realtime) and ``cancelAllOrders`` (order/cancel-all) accepted by the simulator's own
verifier (``venues/bybit.py``, from the v5 guide) with their effect, each category touching
only its own orders. CCXT's ``cancelAllOrdersAfter`` is Bybit's DCP
(``/v5/order/disconnected-cancel-all``): not in the specs (the kill switch uses the watchdog
for Bybit), so the simulator answers it as an unknown endpoint. A wrong secret or an altered
body gets Bybit's 10004, which CCXT maps to ``AuthenticationError``.

CCXT is told the account kind (``enableUnifiedAccount``) so that it does not ask
``/v5/user/query-api`` first."""

from __future__ import annotations

from typing import Any

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

PERP = cs.market("BTC/USDT:USDT", "BTCUSDT", "swap", "USDT", 1)
SPOT = cs.market("BTC/USDT", "BTCUSDT")
INVERSE = cs.market("BTC/USD:BTC", "BTCUSD", "swap", "BTC", 1)
ACCOUNT = {"enableUnifiedMargin": False, "enableUnifiedAccount": True}


def _client(sim: SimAdmin, secret: str = cs.SECRET) -> Any:
    return cs.client("bybit", sim.url, [PERP, SPOT, INVERSE], secret=secret, **ACCOUNT)


@pytest.mark.parametrize(
    ("symbol", "market_id", "ours", "other"),
    [
        ("BTC/USDT:USDT", "BTCUSDT", "linear", "spot"),
        ("BTC/USDT", "BTCUSDT", "spot", "linear"),
        ("BTC/USD:BTC", "BTCUSD", "inverse", "linear"),
    ],
    ids=["linear", "spot", "inverse"],
)
def test_open_orders_and_cancel_all(
    exchange_sim: SimAdmin, symbol: str, market_id: str, ours: str, other: str
) -> None:
    seeded = exchange_sim.seed_orders("bybit", market_id, count=2, product_type=ours)
    kept = exchange_sim.seed_orders("bybit", market_id, count=1, product_type=other)
    client = _client(exchange_sim)
    ids = {o["order_id"] for o in seeded}
    assert {o["id"] for o in client.fetch_open_orders(symbol)} == ids
    assert {o["id"] for o in client.cancel_all_orders(symbol)} == ids
    assert exchange_sim.order_ids("bybit") == {kept[0]["order_id"]}
    assert client.fetch_open_orders(symbol) == []
    assert cs.calls(exchange_sim) == [
        ("order.open_orders", 200),
        ("order.cancel_all", 200),
        ("order.open_orders", 200),
    ]


def test_ccxt_dead_mans_switch_is_dcp_which_the_specs_do_not_have(exchange_sim: SimAdmin) -> None:
    with pytest.raises(ccxt.BadRequest, match="10017"):
        _client(exchange_sim).cancel_all_orders_after(10_000)
    assert cs.calls(exchange_sim) == [("", 404)]


def test_wrong_secret_and_tampering_are_refused(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bybit", "BTCUSDT", count=2)
    with pytest.raises(ccxt.AuthenticationError, match="10004"):
        _client(exchange_sim, secret="wrong-secret").cancel_all_orders("BTC/USDT:USDT")
    altered = _client(exchange_sim)
    cs.tamper(altered, '"BTCUSDT"', '"ETHUSDT"')
    with pytest.raises(ccxt.AuthenticationError, match="10004"):
        altered.cancel_all_orders("BTC/USDT:USDT")
    assert len(exchange_sim.orders("bybit")) == 2
    assert cs.codes(exchange_sim) == ["10004"] * 2
