"""CCXT 4.5.90 (``okx``) drives the simulator's OKX v5: OKX has no cancel-all, so CCXT's
``fetchOpenOrders`` lists and ``cancelOrders`` batch-cancels (cancel-batch-orders), and
``cancelAllOrdersAfter`` arms and disarms cancel-all-after; every request is accepted by the
simulator's own verifier (``venues/okx.py``: OK-ACCESS-SIGN over timestamp + method + path +
body, from the v5 docs) and has its effect. A wrong secret or an altered body gets OKX's 50113
"Invalid signature", which CCXT maps to ``AuthenticationError``."""

from __future__ import annotations

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

PERP = cs.market("BTC/USDT:USDT", "BTC-USDT-SWAP", "swap", "USDT", 0.01)
SPOT = cs.market("ETH/USDT", "ETH-USDT")


def test_list_then_batch_cancel(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("okx", "BTC-USDT-SWAP", count=3)}
    other = exchange_sim.seed_orders("okx", "ETH-USDT")[0]["order_id"]
    client = cs.client("okx", exchange_sim.url, [PERP, SPOT])
    listed = client.fetch_open_orders("BTC/USDT:USDT")
    assert {o["id"] for o in listed} == ours
    cancelled = client.cancel_orders([o["id"] for o in listed], "BTC/USDT:USDT")
    assert {o["id"] for o in cancelled} == ours
    assert {o["info"]["sCode"] for o in cancelled} == {"0"}
    assert exchange_sim.order_ids("okx") == {other}
    assert client.fetch_open_orders("BTC/USDT:USDT") == []
    assert [o["id"] for o in client.fetch_open_orders("ETH/USDT")] == [other]
    assert cs.calls(exchange_sim) == [
        ("trade.orders_pending", 200),
        ("trade.cancel_batch_orders", 200),
        ("trade.orders_pending", 200),
        ("trade.orders_pending", 200),
    ]


def test_cancel_all_after_arms_and_disarms(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()  # the endpoint allows 1 request a second: step the clock
    client = cs.client("okx", exchange_sim.url, [PERP])
    armed = client.cancel_all_orders_after(60_000)  # CCXT sends timeOut in seconds: "60"
    assert armed["code"] == "0" and int(armed["data"][0]["triggerTime"]) > 0
    (countdown,) = exchange_sim.countdowns()
    assert countdown["exchange"] == "okx"
    exchange_sim.advance(1000)
    disarmed = client.cancel_all_orders_after(0)
    assert disarmed["data"][0]["triggerTime"] == "0"
    assert exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [("trade.cancel_all_after", 200)] * 2


def test_wrong_secret_and_tampering_are_refused(exchange_sim: SimAdmin) -> None:
    ids = [o["order_id"] for o in exchange_sim.seed_orders("okx", "BTC-USDT-SWAP", count=2)]
    wrong = cs.client("okx", exchange_sim.url, [PERP], secret="wrong-secret")
    with pytest.raises(ccxt.AuthenticationError, match="50113"):
        wrong.cancel_orders(ids, "BTC/USDT:USDT")
    altered = cs.client("okx", exchange_sim.url, [PERP])
    other_id = ids[0][:-1] + ("1" if ids[0][-1] != "1" else "2")  # another order's id
    cs.tamper(altered, ids[0], other_id)
    with pytest.raises(ccxt.AuthenticationError, match="50113"):
        altered.cancel_orders(ids, "BTC/USDT:USDT")
    assert exchange_sim.order_ids("okx") == set(ids) and exchange_sim.countdowns() == []
    assert cs.codes(exchange_sim) == ["50113"] * 2
