"""CCXT 4.5.90 (``kraken``, ``krakenfutures``) drives the simulator's Kraken spot and Kraken
Futures: ``fetchOpenOrders``, ``cancelAllOrders`` and ``cancelAllOrdersAfter`` (arm, disarm),
each accepted by the simulator's own verifiers (``venues/kraken.py``: API-Sign over path +
SHA-256(nonce + POST data); ``venues/krakenfutures.py``: Authent over SHA-256(postData + Nonce +
endpoint path); both from Kraken's docs) and with its effect.

Kraken shows its users the API secret in base64: the simulator's account ``test-secret`` signs
with base64("test-secret"), as the SDK's clients do.

Refusals, with what CCXT makes of them:
- Kraken Futures: a wrong secret or an altered body gets ``authenticationError``, mapped by
  CCXT to ``AuthenticationError``.
- Kraken spot: an unknown key gets ``EAPI:Invalid key`` (CCXT: ``AuthenticationError``); a
  wrong secret or an altered body gets ``EAPI:Invalid signature``, Kraken's documented error
  (docs.kraken.com/exchange/guides/general/errors; specs/kraken/exchange.yaml), which CCXT 4.5.90
  does not list in its exception table, so it raises the generic ``ExchangeError`` (a
  difference between CCXT and the docs: the SDK maps it to ``AuthenticationError``).

CCXT 4.5.90's ``krakenfutures.cancel_all_orders`` parses ``orderEvents[0]`` once per event
(``safe_dict(orderEvents, 0)`` in its loop), so with two orders cancelled it returns the first
one twice: the tests read the cancelled ids from the simulator, not from CCXT's list."""

from __future__ import annotations

import base64
from typing import Any

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

SECRET_B64 = base64.b64encode(cs.SECRET.encode()).decode()
WRONG_B64 = base64.b64encode(b"wrong-secret").decode()
XBTUSD = cs.market("BTC/USD", "XXBTZUSD", altname="XBTUSD")
PF_XBTUSD = cs.market("BTC/USD:USD", "PF_XBTUSD", "swap", "USD", 1)
PF_ETHUSD = cs.market("ETH/USD:USD", "PF_ETHUSD", "swap", "USD", 1)


def _spot(sim: SimAdmin, secret: str = SECRET_B64) -> Any:
    return cs.client("kraken", sim.url, [XBTUSD], secret=secret)


def _futures(sim: SimAdmin, secret: str = SECRET_B64) -> Any:
    return cs.client("krakenfutures", sim.url, [PF_XBTUSD, PF_ETHUSD], secret=secret)


def test_spot_open_orders_cancel_all_and_countdown(exchange_sim: SimAdmin) -> None:
    ours = exchange_sim.seed_orders("kraken", "XBTUSD", count=2)
    exchange_sim.seed_orders("okx", "BTC-USDT")  # another exchange: not touched
    client = _spot(exchange_sim)
    assert len(client.fetch_open_orders()) == len(ours)
    (answer,) = client.cancel_all_orders()
    assert answer["info"]["result"] == {"count": 2}
    assert exchange_sim.orders("kraken") == [] and len(exchange_sim.orders("okx")) == 1
    assert client.fetch_open_orders() == []
    armed = client.cancel_all_orders_after(60_000)  # CCXT sends timeout=60 (seconds)
    assert armed["error"] == [] and armed["result"]["triggerTime"] != "0"
    assert [c["exchange"] for c in exchange_sim.countdowns()] == ["kraken"]
    disarmed = client.cancel_all_orders_after(0)
    assert disarmed["result"]["triggerTime"] == "0"
    assert exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("spot.open_orders", 200),
        ("spot.cancel_all", 200),
        ("spot.open_orders", 200),
        ("spot.cancel_all_orders_after", 200),
        ("spot.cancel_all_orders_after", 200),
    ]


def test_spot_refusals(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("kraken", "XBTUSD")
    unknown = _spot(exchange_sim)
    unknown.apiKey = "not-a-key"
    with pytest.raises(ccxt.AuthenticationError, match="EAPI:Invalid key"):
        unknown.cancel_all_orders()
    with pytest.raises(ccxt.ExchangeError, match="EAPI:Invalid signature") as wrong:
        _spot(exchange_sim, WRONG_B64).cancel_all_orders()
    altered = _spot(exchange_sim)
    cs.tamper(altered, "timeout=60", "timeout=61")
    with pytest.raises(ccxt.ExchangeError, match="EAPI:Invalid signature") as tampered:
        altered.cancel_all_orders_after(60_000)
    assert type(wrong.value) is type(tampered.value) is ccxt.ExchangeError  # not mapped: above
    assert len(exchange_sim.orders("kraken")) == 1 and exchange_sim.countdowns() == []
    assert [operation for operation, _ in cs.calls(exchange_sim)] == [
        "spot.cancel_all",
        "spot.cancel_all",
        "spot.cancel_all_orders_after",
    ]


def test_futures_open_orders_cancel_all_and_countdown(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("krakenfutures", "PF_XBTUSD", count=2)}
    eth = exchange_sim.seed_orders("krakenfutures", "PF_ETHUSD")[0]["order_id"]
    client = _futures(exchange_sim)
    listed = client.fetch_open_orders()
    assert {o["symbol"] for o in listed} == {"BTC/USD:USD", "ETH/USD:USD"} and len(listed) == 3
    assert len(client.cancel_all_orders("BTC/USD:USD")) == len(ours)  # ids: see the docstring
    assert exchange_sim.order_ids("krakenfutures") == {eth}
    assert [o["symbol"] for o in client.fetch_open_orders()] == ["ETH/USD:USD"]
    armed = client.cancel_all_orders_after(60_000)  # CCXT sends timeout=60 (seconds)
    assert armed["result"] == "success" and armed["status"]["triggerTime"] != "0"
    assert [c["exchange"] for c in exchange_sim.countdowns()] == ["krakenfutures"]
    client.cancel_all_orders_after(0)
    assert exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("futures.open_orders", 200),
        ("futures.cancel_all_orders", 200),
        ("futures.open_orders", 200),
        ("futures.cancel_all_orders_after", 200),
        ("futures.cancel_all_orders_after", 200),
    ]


def test_futures_wrong_secret_and_tampering_are_refused(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("krakenfutures", "PF_XBTUSD", count=2)
    with pytest.raises(ccxt.AuthenticationError, match="authenticationError"):
        _futures(exchange_sim, WRONG_B64).cancel_all_orders("BTC/USD:USD")
    altered = _futures(exchange_sim)
    cs.tamper(altered, "PF_XBTUSD", "PF_ETHUSD")
    with pytest.raises(ccxt.AuthenticationError, match="authenticationError"):
        altered.cancel_all_orders("BTC/USD:USD")
    assert len(exchange_sim.orders("krakenfutures")) == 2
    assert cs.codes(exchange_sim) == ["error"] * 2  # {"result": "error", "error": ...}
