"""CCXT 4.5.90 (``bitget``) drives the simulator's Bitget spot and mix through its unified
methods: ``fetchOpenOrders`` (spot unfilled-orders, mix orders-pending) and ``cancelAllOrders``
(spot cancel-symbol-order; for mix CCXT sends ``/api/v2/mix/order/batch-cancel-orders``, not in
the specs, so the simulator answers 40017 "no such endpoint" and the test cancels with CCXT's
implicit cancel-all-orders, the kill switch's endpoint), each accepted by the simulator's own verifier
(``venues/bitget.py``, from Bitget's signature page) and touching only its own market. Bitget
has no dead-man's switch (the kill switch runs the watchdog). A wrong secret or a request
altered after signing gets Bitget's 40009, which CCXT maps to ``AuthenticationError``.

With ``trigger: True`` CCXT lists and cancels the spot plan (trigger) orders on their own
endpoints (``current-plan-order``, ``batch-cancel-plan-order``), the ones the kill switch uses
for them: each sees only the plan orders and leaves the ordinary ones. (CCXT sends
``symbolList: [symbol]``, a list parameter the spec cannot declare; the simulator reads no
``symbolList`` and cancels every plan order of the account, so the test seeds plan orders of
the one symbol CCXT names.)

CCXT is told the account is not unified (``uta: False``) so that it does not ask
``/api/v3/account/settings`` first. (test_independent_clients.py drives mix through CCXT's
implicit API.)"""

from __future__ import annotations

from typing import Any

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

SPOT = cs.market("BTC/USDT", "BTCUSDT")
PERP = cs.market("BTC/USDT:USDT", "BTCUSDT", "swap", "USDT", 0.001)


def _client(sim: SimAdmin, secret: str = cs.SECRET) -> Any:
    return cs.client("bitget", sim.url, [SPOT, PERP], secret=secret, uta=False)


def test_spot_open_orders_and_cancel_all(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("bitget", "BTCUSDT", 2, market="spot")}
    mix = exchange_sim.seed_orders("bitget", "BTCUSDT")[0]["order_id"]
    client = _client(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT")} == ours
    (answer,) = client.cancel_all_orders("BTC/USDT")
    assert answer["info"]["data"] == {"symbol": "BTCUSDT"}  # the page: the symbol alone
    assert exchange_sim.order_ids("bitget") == {mix}
    assert client.fetch_open_orders("BTC/USDT") == []
    assert cs.calls(exchange_sim) == [
        ("spot.unfilled_orders", 200),
        ("spot.cancel_symbol_order", 200),
        ("spot.unfilled_orders", 200),
    ]


def test_mix_open_orders_and_cancel_all(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("bitget", "BTCUSDT", count=2)}
    spot = exchange_sim.seed_orders("bitget", "BTCUSDT", market="spot")[0]["order_id"]
    client = _client(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT:USDT")} == ours
    # CCXT's mix cancelAllOrders(symbol) is batch-cancel-orders, which the specs do not have
    with pytest.raises(ccxt.BadRequest, match="40017"):
        client.cancel_all_orders("BTC/USDT:USDT")
    answer = client.privateMixPostV2MixOrderCancelAllOrders(
        {"productType": "USDT-FUTURES", "marginCoin": "USDT"}
    )
    assert {o["orderId"] for o in answer["data"]["successList"]} == ours
    assert exchange_sim.order_ids("bitget") == {spot}
    assert cs.calls(exchange_sim) == [
        ("mix.pending_orders", 200),
        ("", 404),
        ("mix.cancel_all_orders", 200),
    ]


def test_spot_plan_orders_listed_and_cancelled_on_their_own_endpoints(
    exchange_sim: SimAdmin,
) -> None:
    plans = {
        o["order_id"]
        for o in exchange_sim.seed_orders("bitget", "BTCUSDT", 2, market="spot", type="plan")
    }
    spot = exchange_sim.seed_orders("bitget", "BTCUSDT", market="spot")[0]["order_id"]
    mix = exchange_sim.seed_orders("bitget", "BTCUSDT")[0]["order_id"]
    client = _client(exchange_sim)
    listed = client.fetch_open_orders("BTC/USDT", params={"trigger": True})
    assert {o["id"] for o in listed} == plans
    assert {o["triggerPrice"] for o in listed} != {None}
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT")} == {spot}
    (answer,) = client.cancel_all_orders("BTC/USDT", params={"trigger": True})
    assert {o["orderId"] for o in answer["info"]["data"]["successList"]} == plans
    assert exchange_sim.order_ids("bitget") == {spot, mix}
    assert client.fetch_open_orders("BTC/USDT", params={"trigger": True}) == []
    assert cs.calls(exchange_sim) == [
        ("spot_plan.current_plan_order", 200),
        ("spot.unfilled_orders", 200),
        ("spot_plan.batch_cancel_plan_order", 200),
        ("spot_plan.current_plan_order", 200),
    ]


def test_wrong_secret_and_tampering_are_refused(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitget", "BTCUSDT", count=2, market="spot")
    with pytest.raises(ccxt.AuthenticationError, match="40009"):
        _client(exchange_sim, "wrong-secret").cancel_all_orders("BTC/USDT")
    altered = _client(exchange_sim)
    cs.tamper(altered, '"BTCUSDT"', '"ETHUSDT"')
    with pytest.raises(ccxt.AuthenticationError, match="40009"):
        altered.cancel_all_orders("BTC/USDT")
    assert len(exchange_sim.orders("bitget")) == 2
    assert cs.codes(exchange_sim) == ["40009"] * 2
