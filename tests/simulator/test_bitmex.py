"""The simulator's BitMEX: its verifier against the "API Key Usage" page's sample calculation
and the official VBA example (api-connectors), api-expires in the past refused, and what
swagger.json says the order routes do (cancel all / one symbol / a filter, the
cancelAllAfter countdown in ms, the open-orders listing's filter, count, start and reverse),
its error envelope and its rate-limit headers, through the public client."""

from __future__ import annotations

import json

import httpx
import pytest

from exchange_sdk import BitMEX, errors
from exchange_sdk.simulator._wire import Reject, WireRequest
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.simulator.state import Account
from exchange_sdk.simulator.venues.bitmex import bitmex_sign, order_guid, verify_bitmex

KEY = "LAqUlngMIQkIUjXMUreyu3qn"
SECRET = "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO"
ACCOUNTS = {KEY: Account(KEY, SECRET)}
POST_BODY = (
    '{"symbol":"XBTM15","price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA","orderQty":98}'
)
OPEN = '{"open": true}'


@pytest.mark.parametrize(
    ("verb", "path", "expires", "data", "signature"),
    [
        (  # apiKeysUsage, "Full sample calculation": simple GET
            "GET",
            "/api/v1/instrument",
            "1518064236",
            "",
            "c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1f0f77b8af73423bf00",
        ),
        (  # apiKeysUsage: GET with a URL-encoded query string
            "GET",
            "/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
            "1518064237",
            "",
            "e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f",
        ),
        (  # apiKeysUsage: POST (the body exactly as sent)
            "POST",
            "/api/v1/order",
            "1518064238",
            POST_BODY,
            "1749cd2ccae4aa49048ae09f0b95110cee706e0944e6a14ad0b3a8cb45bd336b",
        ),
        (  # api-connectors official-http/vba/hexhash.vbs (the old api-nonce layout)
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
)
def test_bitmex_sign_reproduces_the_published_vectors(
    verb: str, path: str, expires: str, data: str, signature: str
) -> None:
    assert bitmex_sign(SECRET, verb, path, expires, data) == signature


def _post(expires: str = "1518064238", body: str = POST_BODY, **headers: str) -> WireRequest:
    sent = {
        "api-key": KEY,
        "api-expires": expires,
        "api-signature": "1749cd2ccae4aa49048ae09f0b95110cee706e0944e6a14ad0b3a8cb45bd336b",
        "content-type": "application/json",
        **headers,
    }
    return WireRequest("POST", "/api/v1/order", "", sent, body.encode(), "")


def test_verify_bitmex_accepts_the_page_request_until_it_expires() -> None:
    query = WireRequest(
        "GET",
        "/api/v1/instrument",
        "filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
        {
            "api-key": KEY,
            "api-expires": "1518064237",
            "api-signature": "e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f",
        },
        b"",
        "",
    )
    assert verify_bitmex(query, ACCOUNTS, 1518064177000, 0) is ACCOUNTS[KEY]
    assert verify_bitmex(_post(), ACCOUNTS, 1518064238999, 0) is ACCOUNTS[KEY]  # same second
    expired = verify_bitmex(_post(), ACCOUNTS, 1518064239000, 0)
    assert isinstance(expired, Reject) and expired.http_status == 401
    assert "expired" in expired.message


@pytest.mark.parametrize(
    "request_",
    [
        _post(body=POST_BODY.replace("98", "99")),  # the body changed after signing
        _post(expires="1518064239"),  # the expiry pushed back
        _post(**{"api-signature": "0" * 64}),
        _post(**{"api-key": "someone-else"}),
        _post(**{"api-signature": ""}),
        _post(expires="soon"),
    ],
    ids=["body", "expires", "signature", "key", "no-signature", "not-a-number"],
)
def test_verify_bitmex_refuses_tampering_with_401(request_: WireRequest) -> None:
    rejected = verify_bitmex(request_, ACCOUNTS, 1518064178000, 0)
    assert isinstance(rejected, Reject)
    assert (rejected.code, rejected.http_status) == ("HTTPError", 401)


def _client(sim: SimAdmin) -> BitMEX:
    client = BitMEX(api_key="test-key", api_secret="test-secret", base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


def _guids(sim: SimAdmin, orders: list[dict[str, object]]) -> list[str]:
    return [str(order_guid_of(o)) for o in orders]


def order_guid_of(order: dict[str, object]) -> str:
    from uuid import UUID

    return str(UUID(int=int(str(order["order_id"]))))


def test_order_guid_is_the_seeded_id() -> None:
    from exchange_sdk.simulator.state import Order

    order = Order(
        order_id=255,
        client_order_id="c",
        exchange="bitmex",
        account="k",
        market="all",
        symbol="XBTUSD",
    )
    assert order_guid(order) == "00000000-0000-0000-0000-0000000000ff"


def test_listing_filters_pages_and_reverses(exchange_sim: SimAdmin) -> None:
    xbt = _guids(exchange_sim, exchange_sim.seed_orders("bitmex", "XBTUSD", count=5))
    eth = _guids(exchange_sim, exchange_sim.seed_orders("bitmex", "ETHUSD", count=2, side="Sell"))
    with _client(exchange_sim) as client:
        every = client.all.get_orders(filter=OPEN)
        assert [o.order_id for o in every.root] == xbt + eth  # oldest first
        assert {o.ord_status for o in every.root} == {"New"}
        pages = [
            [o.order_id for o in client.all.get_orders(filter=OPEN, count=3, start=s).root]
            for s in (0, 3, 6)
        ]
        assert pages == [xbt[:3], xbt[3:] + eth[:1], eth[1:]]
        newest = client.all.get_orders(filter=OPEN, count=2, reverse=True)
        assert [o.order_id for o in newest.root] == [eth[1], eth[0]]
        assert [o.order_id for o in client.all.get_orders(symbol="xbtusd").root] == xbt
        sells = client.all.get_orders(filter='{"open": true, "side": "Sell"}')
        assert [o.order_id for o in sells.root] == eth
        with pytest.raises(errors.InvalidRequestError) as info:
            client.all.get_orders(filter="{open}")
        assert info.value.code == "ValidationError"
        with pytest.raises(errors.InvalidRequestError):
            client.all.get_orders(symbol="NOPE")


def test_cancel_all_by_symbol_filter_and_account(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    sell = _guids(exchange_sim, exchange_sim.seed_orders("bitmex", "XBTUSD", side="Sell"))
    eth = _guids(exchange_sim, exchange_sim.seed_orders("bitmex", "ETHUSD", count=2))
    with _client(exchange_sim) as client:
        by_filter = client.all.cancel_all_orders(filter='{"side": "Sell"}')
        assert [o.order_id for o in by_filter.root] == sell
        assert {o.ord_status for o in by_filter.root} == {"Canceled"}
        assert len(client.all.cancel_all_orders(symbol="XBTUSD").root) == 2
        assert [o["symbol"] for o in exchange_sim.orders("bitmex")] == ["ETHUSD", "ETHUSD"]
        assert client.all.cancel_all_orders().root[0].order_id == eth[0]
        assert client.all.cancel_all_orders().root == []  # nothing open: an empty array
    assert exchange_sim.orders("bitmex") == []


def test_an_order_that_cannot_be_cancelled_stays_listed(exchange_sim: SimAdmin) -> None:
    kept = exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    exchange_sim.fail_order(str(kept[0]["order_id"]))
    with _client(exchange_sim) as client:
        cancelled = client.all.cancel_all_orders()
        assert [o.order_id for o in cancelled.root] == [order_guid_of(kept[1])]
        left = client.all.get_orders(filter=OPEN)
        assert [o.order_id for o in left.root] == [order_guid_of(kept[0])]


def test_cancel_all_after_arms_in_ms_and_zero_disarms(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(1700000000000)
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    with _client(exchange_sim) as client:
        armed = client.all.cancel_all_after(timeout=60000)
        assert (armed.now, armed.cancel_time) == (
            "2023-11-14T22:13:20.000Z",
            "2023-11-14T22:14:20.000Z",
        )
        assert exchange_sim.countdowns()[0]["trigger_ms"] == 1700000060000
        disarmed = client.all.cancel_all_after(timeout=0)
        assert disarmed.cancel_time is None
        assert exchange_sim.countdowns() == []
        client.all.cancel_all_after(timeout=1500)
    exchange_sim.advance(1499)
    assert len(exchange_sim.orders("bitmex")) == 2
    exchange_sim.advance(1)
    assert exchange_sim.orders("bitmex") == []


def _signed(sim: SimAdmin, method: str, path: str, expires: int) -> httpx.Response:
    signature = bitmex_sign("test-secret", method, path, str(expires), "")
    headers = {"api-key": "test-key", "api-expires": str(expires), "api-signature": signature}
    return httpx.request(method, sim.url + path, headers=headers, timeout=10)


def test_errors_are_the_error_envelope_with_the_status(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(1700000000000)
    expired = _signed(exchange_sim, "GET", "/api/v1/order", 1699999999)
    assert expired.status_code == 401
    body = expired.json()
    assert body["error"]["name"] == "HTTPError" and "expired" in body["error"]["message"]
    bad = _signed(exchange_sim, "GET", "/api/v1/order?count=501", 1700000060)
    assert bad.status_code == 400 and bad.json()["error"]["name"] == "ValidationError"
    unknown = _signed(exchange_sim, "GET", "/api/v1/order/nothing", 1700000060)
    assert unknown.status_code == 404 and set(unknown.json()["error"]) == {"message", "name"}


def test_rate_limit_headers_and_429_retry_after(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(1700000000000)
    with _client(exchange_sim) as client:
        first = client.all.cancel_all_orders()
        headers = first.raw_response.headers
        assert headers["x-ratelimit-limit"] == "10"  # the tighter bucket: 10 a second
        assert headers["x-ratelimit-remaining"] == "9"
        assert headers["x-ratelimit-reset"] == "1700000001"  # UNIX seconds
        for _ in range(9):
            client.all.cancel_all_orders()
        with pytest.raises(errors.RateLimitError) as info:
            client.all.cancel_all_orders()
        assert info.value.http_status == 429 and info.value.retry_after == 1
        body = json.loads(info.value.raw_body)
        assert body["error"]["name"] == "HTTPError"
    exchange_sim.advance(1000)
    with _client(exchange_sim) as client:
        assert client.all.cancel_all_orders().root == []
