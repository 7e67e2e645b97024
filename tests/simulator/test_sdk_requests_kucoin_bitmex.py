"""KuCoin and BitMEX: the SDK's cancel-all, dead-man's-switch and open-orders requests, made
through the public classes (sync and async) with a ``MockTransport``, each checked by a
signature verifier written here from the exchange's docs (neither the SDK's recipes nor any
simulator code is imported). The verifiers are validated first: KuCoin's against the published
"Signing a Message" example and against CCXT 4.5.90's own requests for the same calls
(``kucoin``/``kucoinfutures`` ``sign()`` with the clock fixed); BitMEX's against the three
published examples (BitMEX is not in CCXT 4.5.90). The answers are the specs' published
examples, so each call also parses.

The simulator's own KuCoin and BitMEX verifiers check the same calls in
test_sdk_requests_verified.py; CCXT drives the KuCoin venue in test_ccxt_kucoin.py."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import ccxt
import pytest
import yaml

from exchange_sdk import AsyncBitMEX, AsyncKuCoin, BitMEX, KuCoin
from exchange_sdk.transports import AsyncMockTransport, HttpRequest, HttpResponse, MockTransport

SPECS = Path(__file__).resolve().parents[2] / "specs"
KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"

# -- the verifiers ----------------------------------------------------------------------------


def _b64_hmac(secret: str, text: str) -> str:
    return base64.b64encode(
        hmac.new(secret.encode(), text.encode(), hashlib.sha256).digest()
    ).decode()


def verify_kucoin(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    secret: str,
    passphrase: str,
    now_ms: int,
) -> dict[str, str]:
    """kucoin-api-docs "Signing a Message": KC-API-SIGN = base64 HMAC-SHA256(secret, timestamp +
    METHOD + endpoint + body), the endpoint with its ``?query`` for GET/DELETE and the body the
    JSON string or ""; KC-API-PASSPHRASE = base64 HMAC-SHA256(secret, passphrase) for key
    version 2; KC-API-TIMESTAMP in ms within 5 s of the server's. Returns the query parameters
    and the JSON body's fields."""
    h = {name.lower(): value for name, value in headers.items()}
    stamp = h["kc-api-timestamp"]
    assert abs(int(stamp) - now_ms) <= 5000, "KC-API-TIMESTAMP more than 5 s away (400002)"
    assert h["kc-api-key-version"] == "2"
    assert h["kc-api-passphrase"] == _b64_hmac(secret, passphrase), "passphrase (400004)"
    parts = urlsplit(url)
    endpoint = parts.path + (f"?{unquote(parts.query)}" if parts.query else "")
    text = stamp + method.upper() + endpoint + body.decode()
    assert hmac.compare_digest(h["kc-api-sign"], _b64_hmac(secret, text)), "signature (400005)"
    params: dict[str, str] = dict(parse_qsl(parts.query))
    if body:
        assert h["content-type"].startswith("application/json")
        params.update({k: str(v) for k, v in json.loads(body).items()})
    return params


def verify_bitmex(
    method: str, url: str, headers: dict[str, str], body: bytes, secret: str, now_s: int
) -> dict[str, str]:
    """BitMEX apiKeysUsage: api-signature = hex HMAC-SHA256(secret, VERB + path(?query) +
    expires + body), api-expires a Unix time in seconds still in the future."""
    h = {name.lower(): value for name, value in headers.items()}
    expires = h["api-expires"]
    assert int(expires) > now_s, "api-expires in the past"
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    text = method.upper() + target + expires + body.decode()
    expected = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    assert hmac.compare_digest(h["api-signature"], expected), "signature"
    params: dict[str, str] = dict(parse_qsl(parts.query))
    if body:
        params.update({k: str(v) for k, v in json.loads(body).items()})
    return params


# -- the verifiers against the published examples and CCXT ------------------------------------

KC_SECRET = "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3"  # kucoin-api-docs "Signing a Message"
BITMEX_SECRET = "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO"  # apiKeysUsage, api-connectors


def test_kucoin_verifier_reproduces_the_published_example() -> None:
    text = '1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"}'
    assert _b64_hmac(KC_SECRET, text) == "7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4="
    assert (
        _b64_hmac("test_api_secret", "test_plain") == "jie/gxS38wLFFaBwl/cAzFbAzlI8MIny96jSXrB+iP4="
    )


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("kucoin", lambda c: c.privateDeleteHfOrdersCancelAll()),
        (
            "kucoin",
            lambda c: c.privatePostHfOrdersDeadCancelAll({"timeout": 60, "symbols": "BTC-USDT"}),
        ),
        ("kucoin", lambda c: c.privateGetHfOrdersActive({"symbol": "BTC-USDT"})),
        ("kucoinfutures", lambda c: c.futuresPrivateDeleteOrders({"symbol": "XBTUSDTM"})),
    ],
    ids=["cancel-all", "dead-cancel-all", "open-orders", "futures-cancel"],
)
def test_kucoin_verifier_accepts_ccxts_requests(name: str, call: Any) -> None:
    """CCXT 4.5.90 builds and signs the request (its clock fixed), nothing is sent."""
    captured: list[tuple[str, str, dict[str, str], bytes]] = []
    client = getattr(ccxt, name)({"apiKey": "ccxt-key", "secret": KC_SECRET, "password": "kc-pass"})
    client.milliseconds = lambda: 1700000000123
    client.nonce = lambda: 1700000000123

    def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None) -> Any:
        captured.append((method, url, dict(headers or {}), (body or "").encode()))
        return {"code": "200000", "data": {}}

    client.fetch = fetch
    call(client)
    ((method, url, headers, body),) = captured
    verify_kucoin(method, url, headers, body, KC_SECRET, "kc-pass", 1700000000123)
    with pytest.raises(AssertionError, match="signature"):
        verify_kucoin(
            method,
            url + ("&" if "?" in url else "?") + "x=1",
            headers,
            body,
            KC_SECRET,
            "kc-pass",
            1700000000123,
        )
    with pytest.raises(AssertionError, match="passphrase"):
        verify_kucoin(method, url, headers, body, KC_SECRET, "other-pass", 1700000000123)


@pytest.mark.parametrize(
    ("method", "target", "expires", "body", "signature"),
    [
        (
            "GET",
            "/api/v1/instrument",
            "1518064236",
            "",
            "c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1f0f77b8af73423bf00",
        ),
        (
            "GET",
            "/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
            "1429631577690",
            "",
            "9f1753e2db64711e39d111bc2ecace3dc9e7f026e6f65b65c4f53d3d14a60e5f",
        ),
        (
            "POST",
            "/api/v1/order",
            "1429631577995",
            '{"symbol":"XBTM15","price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA","quantity":98}',
            "c8f371f0bdae96fd6b4a4d506632b5832982c5143f5c22973bc08d2f56a8beaf",
        ),
    ],
    ids=["simple-get", "get-query", "post"],
)
def test_bitmex_verifier_reproduces_the_published_examples(
    method: str, target: str, expires: str, body: str, signature: str
) -> None:
    headers = {
        "api-key": "LAqUlngMIQkIUjXMUreyu3qn",
        "api-expires": expires,
        "api-signature": signature,
    }
    url = "https://www.bitmex.com" + target
    verify_bitmex(method, url, headers, body.encode(), BITMEX_SECRET, int(expires) - 1)
    with pytest.raises(AssertionError, match="signature"):
        verify_bitmex(method, url, headers, body.encode() + b" ", BITMEX_SECRET, int(expires) - 1)
    with pytest.raises(AssertionError, match="api-expires"):
        verify_bitmex(method, url, headers, body.encode(), BITMEX_SECRET, int(expires))


# -- the SDK's requests -----------------------------------------------------------------------


def _example(spec: str) -> bytes:
    data = yaml.safe_load((SPECS / f"{spec}.yaml").read_text())
    return json.dumps(data["response"]["example"]).encode()


def _recorder(sent: list[HttpRequest], answers: dict[str, bytes]) -> Any:
    def handler(request: HttpRequest) -> HttpResponse:
        sent.append(request)
        path = urlsplit(request.url).path
        return HttpResponse(
            200, {"Content-Type": "application/json"}, answers[f"{request.method} {path}"]
        )

    return handler


def _run(
    client: Any, calls: list[tuple[str, str, dict[str, Any]]], asynchronous: bool
) -> list[Any]:
    async def each() -> list[Any]:
        async with client:
            return [await getattr(getattr(client, g), m)(**kw) for g, m, kw in calls]

    if asynchronous:
        return asyncio.run(each())
    with client:
        return [getattr(getattr(client, g), m)(**kw) for g, m, kw in calls]


KUCOIN_ANSWERS = {
    "DELETE /api/v1/hf/orders/cancelAll": _example("kucoin/spot/cancel_all_orders"),
    "POST /api/v1/hf/orders/dead-cancel-all": _example("kucoin/spot/set_dcp"),
    "GET /api/v1/hf/orders/active": _example("kucoin/spot/get_open_orders"),
    "DELETE /api/v3/orders": _example("kucoin/futures/cancel_all_orders"),
    "GET /api/v1/orders": _example("kucoin/futures/get_order_list"),
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_kucoin_requests_pass_the_verifier(asynchronous: bool) -> None:
    sent: list[HttpRequest] = []
    transport_cls: Any = AsyncMockTransport if asynchronous else MockTransport
    cls: Any = AsyncKuCoin if asynchronous else KuCoin
    client = cls(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        max_retries=0,
        transport=transport_cls(_recorder(sent, KUCOIN_ANSWERS)),
    )
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("spot", "get_open_orders", {"symbol": "BTC-USDT"}),
        ("spot", "cancel_all_orders", {}),
        ("spot", "set_dcp", {"timeout": 30, "symbols": "BTC-USDT,ETH-USDT"}),
        ("futures", "get_order_list", {"status": "active", "symbol": "XBTUSDTM"}),
        ("futures", "cancel_all_orders", {"symbol": "XBTUSDTM"}),
    ]
    answers = _run(client, calls, asynchronous)
    assert answers[2].trigger_time - answers[2].current_time == 5  # the page's example
    now = int(time.time() * 1000)
    params = [
        verify_kucoin(
            r.method, r.url, dict(r.headers.items()), r.body or b"", SECRET, PASSPHRASE, now
        )
        for r in sent
    ]
    assert [(r.method, urlsplit(r.url).netloc, urlsplit(r.url).path) for r in sent] == [
        ("GET", "api.kucoin.com", "/api/v1/hf/orders/active"),
        ("DELETE", "api.kucoin.com", "/api/v1/hf/orders/cancelAll"),
        ("POST", "api.kucoin.com", "/api/v1/hf/orders/dead-cancel-all"),
        ("GET", "api-futures.kucoin.com", "/api/v1/orders"),
        ("DELETE", "api-futures.kucoin.com", "/api/v3/orders"),
    ]
    assert params == [
        {"symbol": "BTC-USDT"},
        {},
        {"timeout": "30", "symbols": "BTC-USDT,ETH-USDT"},
        {"status": "active", "symbol": "XBTUSDTM"},
        {"symbol": "XBTUSDTM"},
    ]
    with pytest.raises(AssertionError, match="signature"):
        r = sent[2]
        verify_kucoin(
            r.method,
            r.url,
            dict(r.headers.items()),
            (r.body or b"").replace(b"30", b"31"),
            SECRET,
            PASSPHRASE,
            now,
        )


BITMEX_ANSWERS = {
    "DELETE /api/v1/order/all": _example("bitmex/all/cancel_all_orders"),
    "POST /api/v1/order/cancelAllAfter": _example("bitmex/all/cancel_all_after"),
    "GET /api/v1/order": _example("bitmex/all/get_orders"),
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_bitmex_requests_pass_the_verifier(asynchronous: bool) -> None:
    sent: list[HttpRequest] = []
    transport_cls: Any = AsyncMockTransport if asynchronous else MockTransport
    cls: Any = AsyncBitMEX if asynchronous else BitMEX
    client = cls(
        api_key=KEY,
        api_secret=SECRET,
        max_retries=0,
        transport=transport_cls(_recorder(sent, BITMEX_ANSWERS)),
    )
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("all", "get_orders", {"filter": '{"open": true}'}),
        ("all", "cancel_all_orders", {"symbol": "XBTUSD"}),
        ("all", "cancel_all_after", {"timeout": 60000}),
        ("all", "cancel_all_after", {"timeout": 0}),
    ]
    _run(client, calls, asynchronous)
    now = int(time.time())
    params = [
        verify_bitmex(r.method, r.url, dict(r.headers.items()), r.body or b"", SECRET, now)
        for r in sent
    ]
    assert [(r.method, urlsplit(r.url).path) for r in sent] == [
        ("GET", "/api/v1/order"),
        ("DELETE", "/api/v1/order/all"),
        ("POST", "/api/v1/order/cancelAllAfter"),
        ("POST", "/api/v1/order/cancelAllAfter"),
    ]
    assert params == [
        {"filter": '{"open": true}'},
        {"symbol": "XBTUSD"},
        {"timeout": "60000"},
        {"timeout": "0"},
    ]
    with pytest.raises(AssertionError, match="signature"):
        r = sent[2]
        verify_bitmex(
            r.method,
            r.url,
            dict(r.headers.items()),
            (r.body or b"").replace(b"60000", b"60001"),
            SECRET,
            now,
        )
