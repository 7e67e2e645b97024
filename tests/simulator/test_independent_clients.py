"""Clients that share no code with the SDK are accepted for all five endpoints: raw requests
signed by hand (``raw_signing``, every BingX transport) and CCXT 4.5.90 with its URLs pointed
at the simulator."""

from __future__ import annotations

from typing import Any

import ccxt
import pytest
import raw_signing as rs

from exchange_sdk.simulator.pytest_plugin import SimAdmin


def host_of(sim: SimAdmin) -> str:
    return sim.url.split("://", 1)[1]


@pytest.mark.parametrize(
    "transport", [rs.bingx_query, rs.bingx_form, rs.bingx_json], ids=["query", "form", "json"]
)
def test_raw_bingx_cancel_open_orders(exchange_sim: SimAdmin, transport: Any) -> None:
    ids = {o["order_id"] for o in exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)}
    exchange_sim.seed_orders("bingx", "ETH-USDT")
    response = rs.at(transport({"symbol": "BTC-USDT"}), rs.BINGX_CANCEL_OPEN).send(exchange_sim.url)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == 0
    assert {str(o["orderId"]) for o in body["data"]["orders"]} == ids
    assert {o["status"] for o in body["data"]["orders"]} == {"CANCELED"}
    assert [o["symbol"] for o in exchange_sim.orders("bingx")] == ["ETH-USDT"]


@pytest.mark.parametrize(
    "transport", [rs.bingx_query, rs.bingx_form, rs.bingx_json], ids=["query", "form", "json"]
)
def test_raw_bingx_cancel_all_after(exchange_sim: SimAdmin, transport: Any) -> None:
    response = rs.at(transport({"type": "ACTIVATE", "timeOut": 10}), rs.BINGX_CANCEL_AFTER).send(
        exchange_sim.url
    )
    data = response.json()["data"]
    assert data["status"] == "ACTIVATED"
    assert abs(data["triggerTime"] - (rs.now_ms() // 1000 + 10)) <= 2  # seconds, as the example
    assert len(exchange_sim.countdowns()) == 1


def test_raw_htx_cancel_all_orders(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("htx", "BTC-USDT", count=2, side="sell", position_side="short")
    request = rs.htx(rs.HTX_CANCEL_ALL, {"contract_code": "BTC-USDT"}, host_of(exchange_sim))
    body = request.send(exchange_sim.url).json()
    assert body["code"] == 200 and len(body["data"]) == 2
    assert all(item["code"] == 200 for item in body["data"])


def test_raw_htx_signed_for_the_host_header_it_carries(exchange_sim: SimAdmin) -> None:
    """Behind a proxy the Host header says api.hbdm.vn: that is the host that is signed."""
    exchange_sim.seed_orders("htx", "BTC-USDT")
    request = rs.htx(rs.HTX_CANCEL_ALL, {}, "api.hbdm.vn")
    request.headers["Host"] = "api.hbdm.vn"
    assert request.send(exchange_sim.url).json()["code"] == 200
    wrong = rs.htx(rs.HTX_CANCEL_ALL, {}, "api.hbdm.com")  # signed for another host
    response = wrong.send(exchange_sim.url)
    assert response.status_code == 401 and response.json()["err_code"] == 403


def test_raw_bitget_cancel_all_orders(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitget", "BTCUSDT", count=3)
    body = (
        rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "USDT-FUTURES", "marginCoin": "USDT"})
        .send(exchange_sim.url)
        .json()
    )
    assert body["code"] == "00000"
    assert len(body["data"]["successList"]) == 3 and body["data"]["failureList"] == []


def test_raw_gate_countdown_cancel_all(exchange_sim: SimAdmin) -> None:
    response = rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30, "currency_pair": "BTC_USDT"}).send(
        exchange_sim.url
    )
    assert response.status_code == 200
    trigger = response.json()["triggerTime"]
    assert isinstance(trigger, str) and abs(int(trigger) - (rs.now_ms() + 30_000)) < 2000


# -- CCXT ---------------------------------------------------------------------------------


def ccxt_client(name: str, sim: SimAdmin) -> Any:
    options: dict[str, object] = {"apiKey": rs.KEY, "secret": rs.SECRET, "password": rs.PASSPHRASE}
    client = getattr(ccxt, name)(options)
    api = client.urls["api"]
    if name == "bingx":
        for key in api:
            api[key] = sim.url + "/openApi"
    elif name == "gate":
        for key in api["private"]:
            api["private"][key] = sim.url + "/api/v4"
    elif name == "bitget":
        for key in api:
            api[key] = sim.url
    elif name == "htx":
        client.urls["hostnames"]["contract"] = host_of(sim)  # the host it signs
        for key in api:
            api[key] = "http://{hostname}"
    return client


def test_ccxt_version() -> None:
    assert ccxt.__version__ == "4.5.90"


def test_ccxt_bingx(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()  # two calls of a 1/s endpoint: step the clock between them
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)
    client = ccxt_client("bingx", exchange_sim)
    cancelled = client.spotV1PrivatePostTradeCancelOpenOrders({"symbol": "BTC-USDT"})
    assert len(cancelled["data"]["orders"]) == 2
    armed = client.spotV1PrivatePostTradeCancelAllAfter({"type": "ACTIVATE", "timeOut": 10})
    assert armed["data"]["status"] == "ACTIVATED"
    exchange_sim.advance(1000)
    closed = client.spotV1PrivatePostTradeCancelAllAfter({"type": "CLOSE", "timeOut": 10})
    assert closed["data"]["status"] == "CLOSED"


def test_ccxt_gate(exchange_sim: SimAdmin) -> None:
    client = ccxt_client("gate", exchange_sim)
    result = client.privateSpotPostCountdownCancelAll({"timeout": 30, "currency_pair": "BTC_USDT"})
    assert int(result["triggerTime"]) > 0
    assert client.privateSpotPostCountdownCancelAll({"timeout": 0})["triggerTime"] == "0"


def test_ccxt_bitget(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitget", "BTCUSDT", count=2)
    client = ccxt_client("bitget", exchange_sim)
    result = client.privateMixPostV2MixOrderCancelAllOrders(
        {"productType": "USDT-FUTURES", "marginCoin": "USDT"}
    )
    assert len(result["data"]["successList"]) == 2


def test_ccxt_htx_v5(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("htx", "BTC-USDT", count=2, side="buy", position_side="long")
    client = ccxt_client("htx", exchange_sim)
    result = client.contractPrivatePostV5TradeCancelAllOrders(
        {"contract_code": "BTC-USDT", "side": "buy"}
    )
    assert [item["code"] for item in result["data"]] == [200, 200]


@pytest.mark.parametrize("book", ["trigger", "tpsl", "track"])
@pytest.mark.parametrize("margin", ["cross", "isolated"])
def test_ccxt_htx_v1_stop_order_books(exchange_sim: SimAdmin, margin: str, book: str) -> None:
    """CCXT 4.5.90 names no linear-swap-api v1 endpoint any more (its linear cancel-all is
    v5's); its generic ``request`` signs the v1 paths of the trigger, TP/SL and trailing books
    as it signs every HTX contract call, and the simulator's verifier accepts them."""
    ids = {
        str(o["order_id"])
        for o in exchange_sim.seed_orders("htx", "BTC-USDT", 2, margin_mode=margin, type=book)
    }
    ordinary = {str(o["order_id"]) for o in exchange_sim.seed_orders("htx", "BTC-USDT")}
    client = ccxt_client("htx", exchange_sim)
    prefix = "linear-swap-api/v1/swap_" + ("cross_" if margin == "cross" else "")
    api = ["contract", "private"]
    listed = client.request(
        f"{prefix}{book}_openorders", api, "POST", {"contract_code": "BTC-USDT"}
    )
    assert {o["order_id_str"] for o in listed["data"]["orders"]} == ids
    cancelled = client.request(
        f"{prefix}{book}_cancelall", api, "POST", {"contract_code": "BTC-USDT"}
    )
    assert set(cancelled["data"]["successes"].split(",")) == ids
    assert exchange_sim.order_ids("htx") == ordinary
    client.secret = "wrong"
    with pytest.raises(ccxt.AuthenticationError):
        client.request(f"{prefix}{book}_openorders", api, "POST", {"contract_code": "BTC-USDT"})


def test_ccxt_errors_are_the_exchanges_own(exchange_sim: SimAdmin) -> None:
    """CCXT maps the simulator's error bodies with its own exception tables."""
    client = ccxt_client("bitget", exchange_sim)
    client.secret = "wrong"
    with pytest.raises(ccxt.AuthenticationError):
        client.privateMixPostV2MixOrderCancelAllOrders({"productType": "USDT-FUTURES"})
    gate = ccxt_client("gate", exchange_sim)
    gate.secret = "wrong"
    with pytest.raises(ccxt.AuthenticationError):
        gate.privateSpotPostCountdownCancelAll({"timeout": 30})
