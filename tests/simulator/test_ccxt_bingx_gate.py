"""CCXT 4.5.90 drives the simulator's BingX USDT-M perpetual swap and Gate USDT-settled futures
(their spot markets: test_independent_clients.py): ``fetchOpenOrders``, ``cancelAllOrders`` and
the dead-man's switch (BingX: CCXT's ``cancelAllOrdersAfter`` with ``type: swap``; Gate: CCXT
4.5.90 has no ``cancelAllOrdersAfter`` for Gate, so its implicit
``privateFuturesPostSettleCountdownCancelAll``), each accepted by the simulator's own verifiers
(``venues/bingx.py``, ``venues/gate.py``, from the exchanges' docs) and touching only its own
market. CCXT disarms BingX's countdown with ``timeOut=0``, outside the page's 10-120 s: the
simulator refuses it as the page says (the test disarms with the page's request). A wrong secret or an altered request gets the exchange's signature error (BingX 100001,
Gate INVALID_SIGNATURE), which CCXT maps to ``AuthenticationError``.

CCXT is told Gate's account is not unified (``unifiedAccount: False``) so that it does not ask
``/api/v4/account/detail`` first. With ``trigger: True`` CCXT lists and cancels Gate's
price-triggered orders on their own endpoints (futures ``/futures/usdt/price_orders``, spot
``/spot/price_orders``, with ``account=normal`` on the spot cancel), the ones the kill switch
uses for them: each sees only the price-triggered orders of its market, and leaves the ordinary
ones."""

from __future__ import annotations

from typing import Any

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

BINGX_SWAP = cs.market("BTC/USDT:USDT", "BTC-USDT", "swap", "USDT", 1)
GATE_PERP = cs.market("BTC/USDT:USDT", "BTC_USDT", "swap", "USDT", 0.0001, settleId="usdt")
GATE_SPOT = cs.market("BTC/USDT", "BTC_USDT")


def _bingx(sim: SimAdmin, secret: str = cs.SECRET) -> Any:
    return cs.client("bingx", sim.url, [BINGX_SWAP], secret=secret)


def _gate(sim: SimAdmin, secret: str = cs.SECRET) -> Any:
    return cs.client("gate", sim.url, [GATE_PERP, GATE_SPOT], secret=secret, unifiedAccount=False)


def test_bingx_swap(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()  # cancelAllAfter allows 1 call a second: step the clock
    ours = {o["order_id"] for o in exchange_sim.seed_orders("bingx", "BTC-USDT", 2, market="swap")}
    spot = exchange_sim.seed_orders("bingx", "BTC-USDT", market="spot")[0]["order_id"]
    client = _bingx(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT:USDT")} == ours
    cancelled = client.cancel_all_orders("BTC/USDT:USDT")
    assert {o["id"] for o in cancelled} == ours and {o["status"] for o in cancelled} == {"canceled"}
    assert exchange_sim.order_ids("bingx") == {spot}
    armed = client.cancel_all_orders_after(60_000, {"type": "swap"})  # timeOut=60 (seconds)
    assert armed["data"]["status"] == "ACTIVATED"
    assert [c["market"] for c in exchange_sim.countdowns()] == ["swap"]
    exchange_sim.advance(1000)
    # CCXT disarms with type=CLOSE&timeOut=0; the page gives timeOut as required, 10-120 s, for
    # both types (specs/bingx/swap/cancel_all_after.yaml), and the simulator enforces the page.
    with pytest.raises(ccxt.BadRequest, match="100400"):
        client.cancel_all_orders_after(0, {"type": "swap"})
    assert len(exchange_sim.countdowns()) == 1
    exchange_sim.advance(1000)
    closed = client.swapV2PrivatePostTradeCancelAllAfter({"type": "CLOSE", "timeOut": 10})
    assert closed["data"]["status"] == "CLOSED" and exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("swap.open_orders", 200),
        ("swap.cancel_all_open_orders", 200),
        ("swap.cancel_all_after", 200),
        ("swap.cancel_all_after", 400),
        ("swap.cancel_all_after", 200),
    ]


def test_bingx_swap_refusals(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=2, market="swap")
    with pytest.raises(ccxt.AuthenticationError, match="100001"):
        _bingx(exchange_sim, "wrong-secret").cancel_all_orders("BTC/USDT:USDT")
    altered = _bingx(exchange_sim)
    cs.tamper(altered, "symbol=BTC-USDT", "symbol=ETH-USDT")
    with pytest.raises(ccxt.AuthenticationError, match="100001"):
        altered.cancel_all_orders("BTC/USDT:USDT")
    assert len(exchange_sim.orders("bingx")) == 2
    assert cs.codes(exchange_sim) == ["100001"] * 2


def test_gate_usdt_futures(exchange_sim: SimAdmin) -> None:
    ours = {
        o["order_id"] for o in exchange_sim.seed_orders("gate", "BTC_USDT", 2, market="futures")
    }
    spot = exchange_sim.seed_orders("gate", "BTC_USDT", market="spot")[0]["order_id"]
    client = _gate(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT:USDT")} == ours
    cancelled = client.cancel_all_orders("BTC/USDT:USDT")
    assert {o["id"] for o in cancelled} == ours and {o["status"] for o in cancelled} == {"canceled"}
    assert exchange_sim.order_ids("gate") == {spot}
    armed = client.privateFuturesPostSettleCountdownCancelAll(
        {"settle": "usdt", "timeout": 30, "contract": "BTC_USDT"}
    )
    assert int(armed["triggerTime"]) > 0
    (countdown,) = exchange_sim.countdowns()
    assert (countdown["market"], countdown["scope"]) == ("futures", "BTC_USDT")
    off = client.privateFuturesPostSettleCountdownCancelAll(
        {"settle": "usdt", "timeout": 0, "contract": "BTC_USDT"}
    )
    assert off["triggerTime"] == "0" and exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("futures.list_orders", 200),
        ("futures.cancel_all_orders", 200),
        ("futures.countdown_cancel_all", 200),
        ("futures.countdown_cancel_all", 200),
    ]


def test_gate_usdt_futures_refusals(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("gate", "BTC_USDT", count=2, market="futures")
    with pytest.raises(ccxt.AuthenticationError, match="INVALID_SIGNATURE"):
        _gate(exchange_sim, "wrong-secret").cancel_all_orders("BTC/USDT:USDT")
    altered = _gate(exchange_sim)
    cs.tamper(altered, "contract=BTC_USDT", "contract=ETH_USDT")
    with pytest.raises(ccxt.AuthenticationError, match="INVALID_SIGNATURE"):
        altered.cancel_all_orders("BTC/USDT:USDT")
    assert len(exchange_sim.orders("gate")) == 2
    assert cs.codes(exchange_sim) == ["INVALID_SIGNATURE"] * 2


def test_gate_price_triggered_orders_on_their_own_endpoints(exchange_sim: SimAdmin) -> None:
    futures = {
        o["order_id"]
        for o in exchange_sim.seed_orders(
            "gate", "BTC_USDT", 2, market="futures", type="limit_trigger"
        )
    }
    spot = {
        o["order_id"]
        for o in exchange_sim.seed_orders("gate", "BTC_USDT", 2, type="market_trigger")
    }
    ordinary = {
        exchange_sim.seed_orders("gate", "BTC_USDT", market="futures")[0]["order_id"],
        exchange_sim.seed_orders("gate", "BTC_USDT")[0]["order_id"],
    }
    client = _gate(exchange_sim)
    listed = client.fetch_open_orders("BTC/USDT:USDT", params={"trigger": True})
    assert {o["id"] for o in listed} == futures
    assert {o["symbol"] for o in listed} == {"BTC/USDT:USDT"}
    cancelled = client.cancel_all_orders("BTC/USDT:USDT", params={"trigger": True})
    assert {o["id"] for o in cancelled} == futures
    listed = client.fetch_open_orders("BTC/USDT", params={"trigger": True})
    assert {o["id"] for o in listed} == spot
    cancelled = client.cancel_all_orders("BTC/USDT", params={"trigger": True})
    assert {o["id"] for o in cancelled} == spot
    # CCXT names the classic account (the kill switch sends no account: see the spec)
    assert "account=normal" in client.last_request_url
    assert "market=BTC_USDT" in client.last_request_url
    assert exchange_sim.order_ids("gate") == ordinary
    assert cs.calls(exchange_sim) == [
        ("futures.list_price_triggered_orders", 200),
        ("futures.cancel_price_triggered_order_list", 200),
        ("spot.list_price_triggered_orders", 200),
        ("spot.cancel_price_triggered_order_list", 200),
    ]
