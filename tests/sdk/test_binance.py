"""Binance through the public classes with a mock transport: each group goes to its own host
(spot api.binance.com, USDⓈ-M fapi.binance.com) unless base_url overrides them all; every
request is checked by a signature verifier written here from Binance's docs; the documented
errors become typed exceptions that keep the raw body."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from urllib.parse import urlsplit

import pytest

from exchange_sdk import AsyncBinance, Binance, errors
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

KEY, SECRET = "bn-key", "bn-secret"
COUNTDOWN_ANSWER = {"symbol": "BTCUSDT", "countdownTime": "120000"}
CANCEL_ANSWER = {"code": 200, "msg": "The operation of cancel all open order is done."}


def verify(request: HttpRequest) -> dict[str, str]:
    """rest-api.md "SIGNED Endpoint security": signature = hex HMAC-SHA256(secret,
    totalParams), totalParams = query string + body; the key in X-MBX-APIKEY."""
    assert request.headers["X-MBX-APIKEY"] == KEY
    query = urlsplit(request.url).query
    total = query + (request.body or b"").decode()
    signed, _, signature = total.rpartition("&signature=")
    assert signature == hmac.new(SECRET.encode(), signed.encode(), hashlib.sha256).hexdigest()
    return dict(p.split("=", 1) for p in signed.split("&"))


def recorder(sent: list[HttpRequest], body: object, status: int = 200) -> MockTransport:
    def handler(request: HttpRequest) -> HttpResponse:
        sent.append(request)
        return HttpResponse(status, {"Content-Type": "application/json"}, json.dumps(body).encode())

    return MockTransport(handler)


def test_each_group_goes_to_its_own_host() -> None:
    sent: list[HttpRequest] = []
    client = Binance(api_key=KEY, api_secret=SECRET, transport=recorder(sent, []))
    client.spot.open_orders(symbol="BTCUSDT")
    client.usdm.open_orders(symbol="BTCUSDT")
    hosts = [urlsplit(r.url).netloc for r in sent]
    assert hosts == ["api.binance.com", "fapi.binance.com"]
    assert [urlsplit(r.url).path for r in sent] == ["/api/v3/openOrders", "/fapi/v1/openOrders"]


def test_base_url_overrides_every_group() -> None:
    sent: list[HttpRequest] = []
    client = Binance(
        api_key=KEY,
        api_secret=SECRET,
        base_url="http://127.0.0.1:9",
        transport=recorder(sent, []),
    )
    client.spot.open_orders()
    client.usdm.open_orders()
    assert {urlsplit(r.url).netloc for r in sent} == {"127.0.0.1:9"}


def test_countdown_is_signed_and_sent_in_milliseconds() -> None:
    sent: list[HttpRequest] = []
    client = Binance(api_key=KEY, api_secret=SECRET, transport=recorder(sent, COUNTDOWN_ANSWER))
    answer = client.usdm.countdown_cancel_all(symbol="BTCUSDT", countdown_time=120000)
    assert answer.countdown_time == 120000
    (request,) = sent
    assert request.method == "POST"
    params = verify(request)
    assert params["symbol"] == "BTCUSDT" and params["countdownTime"] == "120000"
    assert "timestamp" in params


def test_cancel_all_needs_a_symbol_before_sending() -> None:
    sent: list[HttpRequest] = []
    client = Binance(api_key=KEY, api_secret=SECRET, transport=recorder(sent, CANCEL_ANSWER))
    with pytest.raises(errors.ValidationError):
        client.usdm.cancel_all_open_orders(symbol="")  # an empty symbol is never sent
    with pytest.raises(errors.ValidationError):
        client.spot.open_orders(recv_window=60001)
    assert sent == []
    client.usdm.cancel_all_open_orders(symbol="ETHUSDT")
    assert verify(sent[0])["symbol"] == "ETHUSDT"


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, -1021, errors.TimestampError),
        (400, -1022, errors.AuthenticationError),
        (400, -2011, errors.NothingToCancelError),
        (401, -2015, errors.PermissionDeniedError),
    ],
)
def test_documented_errors_are_typed_and_keep_the_body(
    status: int, code: int, error: type[errors.APIError]
) -> None:
    body = {"code": code, "msg": "as documented"}
    client = Binance(
        api_key=KEY, api_secret=SECRET, max_retries=0, transport=recorder([], body, status)
    )
    with pytest.raises(error) as info:
        client.spot.cancel_open_orders(symbol="BTCUSDT")
    assert str(info.value.code) == str(code)
    assert json.loads(info.value.raw_body) == body
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)


def test_rate_limit_answer_carries_retry_after_seconds() -> None:
    def handler(request: HttpRequest) -> HttpResponse:
        body = json.dumps({"code": -1003, "msg": "Too many requests queued."}).encode()
        return HttpResponse(429, {"Retry-After": "7"}, body)

    client = Binance(
        api_key=KEY, api_secret=SECRET, max_retries=0, transport=MockTransport(handler)
    )
    with pytest.raises(errors.RateLimitError) as info:
        client.usdm.open_orders()
    assert info.value.retry_after == 7


def test_async_twin_uses_the_same_hosts() -> None:
    sent: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        sent.append(request)
        return HttpResponse(200, {}, json.dumps(COUNTDOWN_ANSWER).encode())

    async def main() -> None:
        async with AsyncBinance(
            api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(handler)
        ) as client:
            await client.usdm.countdown_cancel_all(symbol="BTCUSDT", countdown_time=0)

    asyncio.run(main())
    assert urlsplit(sent[0].url).netloc == "fapi.binance.com"
    assert verify(sent[0])["countdownTime"] == "0"
