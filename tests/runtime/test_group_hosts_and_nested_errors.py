"""KuCoin and BitMEX through their public clients with a mock transport: a group served by its
own host (KuCoin futures), a caller's base_url replacing every host, BitMEX's nested error
body, KuCoin's HTTP-200 error codes, and the countdown ranges checked before any I/O."""

from __future__ import annotations

import json

import pytest

from exchange_sdk import BitMEX, KuCoin, errors
from exchange_sdk.transports import HttpRequest, HttpResponse, MockTransport


class Recorder:
    def __init__(self, status: int, body: object) -> None:
        self.status = status
        self.body = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(self.status, {"Content-Type": "application/json"}, self.body)


def kucoin(recorder: Recorder, base_url: str | None = None) -> KuCoin:
    return KuCoin(
        api_key="k",
        api_secret="s",
        passphrase="p",
        base_url=base_url,
        max_retries=0,
        transport=MockTransport(recorder),
    )


def test_kucoin_futures_go_to_the_futures_host_and_spot_to_the_spot_host() -> None:
    futures = Recorder(200, {"code": "200000", "data": {"cancelledOrderIds": ["1", "2"]}})
    result = kucoin(futures).futures.cancel_all_orders(symbol="XBTUSDTM")
    assert futures.requests[0].url == "https://api-futures.kucoin.com/api/v3/orders?symbol=XBTUSDTM"
    assert result.cancelled_order_ids == ["1", "2"]
    spot = Recorder(200, {"code": "200000", "data": {"succeedSymbols": [], "failedSymbols": []}})
    kucoin(spot).spot.cancel_all_orders()
    assert spot.requests[0].url == "https://api.kucoin.com/api/v1/hf/orders/cancelAll"


def test_a_callers_base_url_replaces_every_host() -> None:
    recorder = Recorder(200, {"code": "200000", "data": {"cancelledOrderIds": []}})
    kucoin(recorder, base_url="http://127.0.0.1:9").futures.cancel_all_orders(symbol="XBTUSDTM")
    assert recorder.requests[0].url == "http://127.0.0.1:9/api/v3/orders?symbol=XBTUSDTM"


def test_kucoin_error_code_in_an_http_200_is_a_typed_error() -> None:
    body = {"code": "400005", "msg": "Invalid KC-API-SIGN"}
    with pytest.raises(errors.AuthenticationError) as info:
        kucoin(Recorder(200, body)).spot.cancel_all_orders()
    assert info.value.code == "400005" and info.value.http_status == 200
    assert info.value.raw_body == json.dumps(body).encode()


def test_kucoin_dcp_range_and_disarm_value_are_checked_before_sending() -> None:
    recorder = Recorder(200, {"code": "200000", "data": {"currentTime": 1, "triggerTime": 6}})
    client = kucoin(recorder)
    for bad in (0, 4, 86401, -2):
        with pytest.raises(errors.ValidationError):
            client.spot.set_dcp(timeout=bad)
    assert recorder.requests == []
    client.spot.set_dcp(timeout=-1)  # unset: the documented disarm value
    client.spot.set_dcp(timeout=5, symbols="BTC-USDT,ETH-USDT")
    assert [json.loads(r.body or b"") for r in recorder.requests] == [
        {"timeout": -1},
        {"timeout": 5, "symbols": "BTC-USDT,ETH-USDT"},
    ]


def test_bitmex_nested_error_keeps_name_message_and_raw_body() -> None:
    body = {"error": {"message": "Invalid API Key.", "name": "HTTPError"}}
    client = BitMEX(
        api_key="k",
        api_secret="sekrit-xyz",
        max_retries=0,
        transport=MockTransport(Recorder(401, body)),
    )
    with pytest.raises(errors.AuthenticationError) as info:
        client.all.cancel_all_orders()
    error = info.value
    assert error.code == "HTTPError" and "Invalid API Key." in str(error)
    assert error.http_status == 401 and error.raw_body == json.dumps(body).encode()
    assert "sekrit-xyz" not in f"{error} {error!r} {client!r}"


def test_bitmex_countdown_is_in_milliseconds_and_zero_disarms() -> None:
    recorder = Recorder(
        200, {"now": "2024-01-01T00:00:00.000Z", "cancelTime": "2024-01-01T00:01:00.000Z"}
    )
    client = BitMEX(api_key="k", api_secret="s", max_retries=0, transport=MockTransport(recorder))
    client.all.cancel_all_after(timeout=60000)
    client.all.cancel_all_after(timeout=0)
    with pytest.raises(errors.ValidationError):
        client.all.cancel_all_after(timeout=-1)
    assert [json.loads(r.body or b"") for r in recorder.requests] == [
        {"timeout": 60000},
        {"timeout": 0},
    ]
    assert recorder.requests[0].url == "https://www.bitmex.com/api/v1/order/cancelAllAfter"
