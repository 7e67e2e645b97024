"""CCXT 4.5.90 (``binance``, ``binanceusdm``) drives the simulator's Binance: spot and USDⓈ-M
cancel-all and open orders through CCXT's unified methods, the USDⓈ-M countdown through its
implicit ``fapiPrivatePostCountdownCancelAll`` (CCXT 4.5.90 has no ``cancelAllOrdersAfter`` for
Binance; spot has no countdown at all), every request accepted by the simulator's own verifier
(``venues/binance.py``, written from rest-api.md) and with its effect on the simulator's state.
A wrong secret or a request altered after signing gets Binance's -1022, which CCXT maps to
``AuthenticationError``."""

from __future__ import annotations

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

SPOT = cs.market("BTC/USDT", "BTCUSDT")
PERP = cs.market("BTC/USDT:USDT", "BTCUSDT", "swap", "USDT", 1)


def test_spot_open_orders_and_cancel_all(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("binance", "BTCUSDT", count=2)}
    exchange_sim.seed_orders("binance", "ETHUSDT")
    futures = exchange_sim.seed_orders("binance", "BTCUSDT", product_type="usdm")
    client = cs.client("binance", exchange_sim.url, [SPOT])
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT")} == ours
    cancelled = client.cancel_all_orders("BTC/USDT")
    assert {o["id"] for o in cancelled} == ours
    assert {o["status"] for o in cancelled} == {"canceled"}
    left = {(o["symbol"], o["product_type"]) for o in exchange_sim.orders("binance")}
    assert left == {("ETHUSDT", "spot"), ("BTCUSDT", "usdm")}
    assert client.fetch_open_orders("BTC/USDT") == []
    assert futures[0]["order_id"] in exchange_sim.order_ids("binance")
    assert cs.calls(exchange_sim) == [
        ("spot.open_orders", 200),
        ("spot.cancel_open_orders", 200),
        ("spot.open_orders", 200),
    ]


def test_usdm_open_orders_cancel_all_and_countdown(exchange_sim: SimAdmin) -> None:
    ours = {
        o["order_id"]
        for o in exchange_sim.seed_orders("binance", "BTCUSDT", count=2, product_type="usdm")
    }
    exchange_sim.seed_orders("binance", "BTCUSDT")  # spot: left alone
    client = cs.client("binanceusdm", exchange_sim.url, [PERP])
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT:USDT")} == ours
    answer = client.cancel_all_orders("BTC/USDT:USDT")
    assert answer[0]["info"]["code"] == 200  # {"code": 200, "msg": "The operation of ..."}
    assert [o["product_type"] for o in exchange_sim.orders("binance")] == ["spot"]
    armed = client.fapiPrivatePostCountdownCancelAll({"symbol": "BTCUSDT", "countdownTime": 120000})
    assert armed == {"symbol": "BTCUSDT", "countdownTime": "120000"}
    (countdown,) = exchange_sim.countdowns()
    assert countdown["scope"] == "usdm:BTCUSDT"
    client.fapiPrivatePostCountdownCancelAll({"symbol": "BTCUSDT", "countdownTime": 0})
    assert exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("usdm.open_orders", 200),
        ("usdm.cancel_all_open_orders", 200),
        ("usdm.countdown_cancel_all", 200),
        ("usdm.countdown_cancel_all", 200),
    ]


@pytest.mark.parametrize(
    ("name", "symbol"), [("binance", "BTC/USDT"), ("binanceusdm", "BTC/USDT:USDT")]
)
def test_wrong_secret_and_tampering_are_refused(
    exchange_sim: SimAdmin, name: str, symbol: str
) -> None:
    exchange_sim.seed_orders(
        "binance", "BTCUSDT", product_type="spot" if name == "binance" else "usdm"
    )
    wrong = cs.client(name, exchange_sim.url, [SPOT, PERP], secret="wrong-secret")
    with pytest.raises(ccxt.AuthenticationError, match="-1022"):
        wrong.cancel_all_orders(symbol)
    altered = cs.client(name, exchange_sim.url, [SPOT, PERP])
    cs.tamper(altered, "symbol=BTCUSDT", "symbol=ETHUSDT")
    with pytest.raises(ccxt.AuthenticationError, match="-1022"):
        altered.cancel_all_orders(symbol)
    assert len(exchange_sim.orders("binance")) == 1
    assert cs.codes(exchange_sim) == ["-1022"] * 2
