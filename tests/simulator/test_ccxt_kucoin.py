"""CCXT 4.5.90 (``kucoin``, ``kucoinfutures``) drives the simulator's KuCoin spot (HF) and
futures: ``fetchOpenOrders``, ``cancelAllOrders``, the spot dead-man's switch through CCXT's
implicit ``privatePostHfOrdersDeadCancelAll`` (CCXT has no ``cancelAllOrdersAfter`` for KuCoin)
and the futures per-contract cancel the kill switch uses (``DELETE /api/v3/orders``), each
accepted by the simulator's own verifier (``venues/kucoin.py``, from KuCoin's "Signing a
Message") and with its effect. A wrong secret or passphrase gets 400004 (the passphrase header
is signed with the secret, and checked first), a request altered after signing 400005: CCXT
maps both to ``AuthenticationError``.

CCXT is told the account is classic HF (``hf: True``, ``uta: False``) so that it does not ask
``/api/ua/v1/account/mode`` or the HF status first. CCXT's futures ``cancelAllOrders`` sends the
deprecated ``DELETE /api/v1/orders`` (weight 800, specs/kucoin/futures/cancel_all_orders_v1.yaml),
not the current ``/api/v3/orders`` (weight 10) the SDK uses; both are served. With
``trigger: True`` CCXT lists and cancels the untriggered stop orders on their own endpoints
(spot ``/api/v1/stop-order``, futures ``/api/v1/stopOrders``), the ones the kill switch uses for
them: each sees only the stop orders, and leaves the ordinary ones."""

from __future__ import annotations

from typing import Any

import ccxt
import ccxt_sim as cs
import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

SPOT = cs.market("BTC/USDT", "BTC-USDT")
PERP = cs.market("BTC/USDT:USDT", "XBTUSDTM", "swap", "USDT", 0.001)


def _spot(sim: SimAdmin, **credentials: str) -> Any:
    client = cs.client("kucoin", sim.url, [SPOT], hf=True, uta=False)
    for name, value in credentials.items():
        setattr(client, name, value)
    return client


def _futures(sim: SimAdmin) -> Any:
    return cs.client("kucoinfutures", sim.url, [PERP], uta=False)


def test_spot_open_orders_cancel_all_and_dcp(exchange_sim: SimAdmin) -> None:
    ours = {o["order_id"] for o in exchange_sim.seed_orders("kucoin", "BTC-USDT", count=2)}
    futures = exchange_sim.seed_orders("kucoin", "XBTUSDTM", market="futures")[0]["order_id"]
    client = _spot(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT")} == ours
    (answer,) = client.cancel_all_orders()
    assert answer["info"]["data"] == {"succeedSymbols": ["BTC-USDT"], "failedSymbols": []}
    assert exchange_sim.order_ids("kucoin") == {futures}
    armed = client.privatePostHfOrdersDeadCancelAll({"timeout": 30, "symbols": "BTC-USDT"})
    assert armed["data"]["triggerTime"] - armed["data"]["currentTime"] == 30  # seconds
    (countdown,) = exchange_sim.countdowns()
    assert (countdown["market"], countdown["scope"]) == ("spot", "BTC-USDT")
    client.privatePostHfOrdersDeadCancelAll({"timeout": -1})  # -1 removes it
    assert exchange_sim.countdowns() == []
    assert cs.calls(exchange_sim) == [
        ("spot.get_open_orders", 200),
        ("spot.cancel_all_orders", 200),
        ("spot.set_dcp", 200),
        ("spot.set_dcp", 200),
    ]


def test_futures_open_orders_and_cancel(exchange_sim: SimAdmin) -> None:
    ours = {
        o["order_id"] for o in exchange_sim.seed_orders("kucoin", "XBTUSDTM", 2, market="futures")
    }
    spot = exchange_sim.seed_orders("kucoin", "BTC-USDT")[0]["order_id"]
    client = _futures(exchange_sim)
    assert {o["id"] for o in client.fetch_open_orders("BTC/USDT:USDT")} == ours
    (answer,) = client.cancel_all_orders("BTC/USDT:USDT")
    assert set(answer["info"]["cancelledOrderIds"]) == ours
    assert exchange_sim.order_ids("kucoin") == {spot}
    more = {
        o["order_id"] for o in exchange_sim.seed_orders("kucoin", "XBTUSDTM", 2, market="futures")
    }
    v3 = client.futuresPrivateDeleteOrders({"symbol": "XBTUSDTM", "version": "v3"})
    assert set(v3["data"]["cancelledOrderIds"]) == more
    assert exchange_sim.order_ids("kucoin") == {spot}
    assert cs.calls(exchange_sim) == [
        ("futures.get_order_list", 200),
        ("futures.cancel_all_orders_v1", 200),
        ("futures.cancel_all_orders", 200),
    ]


def test_stop_orders_listed_and_cancelled_on_their_own_endpoints(exchange_sim: SimAdmin) -> None:
    stops = {
        o["order_id"]
        for o in exchange_sim.seed_orders("kucoin", "BTC-USDT", count=2, type="limit_stop")
    }
    futures_stops = {
        o["order_id"]
        for o in exchange_sim.seed_orders(
            "kucoin", "XBTUSDTM", 2, market="futures", type="market_stop"
        )
    }
    hf = exchange_sim.seed_orders("kucoin", "BTC-USDT")[0]["order_id"]
    ordinary = exchange_sim.seed_orders("kucoin", "XBTUSDTM", market="futures")[0]["order_id"]
    spot = _spot(exchange_sim)
    assert {o["id"] for o in spot.fetch_open_orders("BTC/USDT", params={"trigger": True})} == stops
    (answer,) = spot.cancel_all_orders(params={"trigger": True})
    assert set(answer["info"]["data"]["cancelledOrderIds"]) == stops
    futures = _futures(exchange_sim)
    listed = futures.fetch_open_orders("BTC/USDT:USDT", params={"trigger": True})
    assert {o["id"] for o in listed} == futures_stops
    assert {o["type"] for o in listed} == {"market"}
    (answer,) = futures.cancel_all_orders("BTC/USDT:USDT", params={"trigger": True})
    assert set(answer["info"]["cancelledOrderIds"]) == futures_stops
    assert exchange_sim.order_ids("kucoin") == {hf, ordinary}
    assert cs.calls(exchange_sim) == [
        ("spot.get_stop_orders_list", 200),
        ("spot.batch_cancel_stop_orders", 200),
        ("futures.get_stop_order_list", 200),
        ("futures.cancel_all_stop_orders", 200),
    ]


def test_wrong_secret_passphrase_and_tampering_are_refused(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("kucoin", "BTC-USDT", count=2)
    # the passphrase header is signed with the secret and checked first: a wrong secret is 400004
    with pytest.raises(ccxt.AuthenticationError, match="400004"):
        _spot(exchange_sim, secret="wrong-secret").cancel_all_orders()
    with pytest.raises(ccxt.AuthenticationError, match="400004"):
        _spot(exchange_sim, password="wrong-pass").cancel_all_orders()
    altered = _spot(exchange_sim)
    cs.tamper(altered, '"timeout":30', '"timeout":31')
    with pytest.raises(ccxt.AuthenticationError, match="400005"):
        altered.privatePostHfOrdersDeadCancelAll({"timeout": 30})
    assert len(exchange_sim.orders("kucoin")) == 2 and exchange_sim.countdowns() == []
    assert cs.codes(exchange_sim) == ["400004", "400004", "400005"]
