"""The simulator's Bybit v5: its verifier against the guide's texts and CCXT 4.5.90's
signatures (the guide publishes no secret), the receive window's edges, and what the pages say
cancel-all and the open-orders listing do (500 futures orders a call, settleCoin refused for
spot, cursor paging), through the public client."""

from __future__ import annotations

import hashlib
import hmac
from typing import Literal

from exchange_sdk import Bybit, errors
from exchange_sdk.simulator._wire import Reject, WireRequest
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.simulator.state import Account
from exchange_sdk.simulator.venues.bybit import bybit_sign, verify_bybit

NOW = 1700000000123
ACCOUNTS = {"bybit-key": Account("bybit-key", "bybit-secret", "")}
CANCEL_BODY = b'{"category":"linear","settleCoin":"USDT"}'


def test_bybit_sign_reproduces_the_guide_texts_and_ccxt() -> None:
    # The guide's texts to sign (docs/v5/guide.mdx): the secret is not published, so the text
    # is what can be checked; the HMAC over it is the standard one.
    text = "1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C"
    expected = hmac.new(b"s", text.encode(), hashlib.sha256).hexdigest()
    assert bybit_sign("s", "1658384314791", "XXXXXXXXXX", "5000", text[27:]) == expected
    # CCXT 4.5.90's bybit.sign() with the clock fixed (tests/generator/fixtures/signing).
    assert bybit_sign("bybit-secret", str(NOW), "bybit-key", "5000", CANCEL_BODY.decode()) == (
        "64feae947a9f53ca2bafc4e5f5f03fe50d203fdece3ea30ff76242b9ef2df5b7"
    )
    assert bybit_sign(
        "bybit-secret", str(NOW), "bybit-key", "5000", "category=linear&settleCoin=USDT&limit=50"
    ) == ("4fd6daf68b312aec12de4686777017e79f24af3edfbf0d47c23694f73ac148e2")


def _request(
    now_ts: int = NOW,
    sign: str = "64feae947a9f53ca2bafc4e5f5f03fe50d203fdece3ea30ff76242b9ef2df5b7",
) -> WireRequest:
    headers = {
        "x-bapi-api-key": "bybit-key",
        "x-bapi-timestamp": str(now_ts),
        "x-bapi-sign": sign,
        "x-bapi-recv-window": "5000",
        "content-type": "application/json",
    }
    return WireRequest("POST", "/v5/order/cancel-all", "", headers, CANCEL_BODY, "")


def test_verify_bybit_accepts_ccxt_requests_and_rejects_tampering() -> None:
    assert isinstance(verify_bybit(_request(), ACCOUNTS, NOW, 5000), Account)
    get = WireRequest(
        "GET",
        "/v5/order/realtime",
        "category=linear&settleCoin=USDT&limit=50",
        {
            "x-bapi-api-key": "bybit-key",
            "x-bapi-timestamp": str(NOW),
            "x-bapi-sign": "4fd6daf68b312aec12de4686777017e79f24af3edfbf0d47c23694f73ac148e2",
        },
        b"",
        "",
    )
    assert isinstance(verify_bybit(get, ACCOUNTS, NOW, 5000), Account)  # recv window 5000
    tampered = WireRequest(
        "POST",
        "/v5/order/cancel-all",
        "",
        _request().headers,
        CANCEL_BODY.replace(b"USDT", b"USDC"),
        "",
    )
    rejected = verify_bybit(tampered, ACCOUNTS, NOW, 5000)
    assert isinstance(rejected, Reject) and rejected.code == "10004"
    unknown = verify_bybit(_request(), {}, NOW, 5000)
    assert isinstance(unknown, Reject) and unknown.code == "10003"


def test_receive_window_edges() -> None:
    """server_time - recv_window <= timestamp < server_time + 1000 (the guide)."""
    request = _request()
    assert isinstance(verify_bybit(request, ACCOUNTS, NOW + 5000, 5000), Account)
    assert isinstance(verify_bybit(request, ACCOUNTS, NOW - 999, 5000), Account)
    for server in (NOW + 5001, NOW - 1000):
        rejected = verify_bybit(request, ACCOUNTS, server, 5000)
        assert isinstance(rejected, Reject) and rejected.code == "10002"


def _client(sim: SimAdmin) -> Bybit:
    client = Bybit(api_key="test-key", api_secret="test-secret", base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


def test_futures_cancel_all_takes_at_most_500_orders_a_call(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bybit", "BTCUSDT", count=501)
    with _client(exchange_sim) as client:
        first = client.order.cancel_all(category="linear", settle_coin="USDT")
        assert len(first.list_) == 500
        assert len(exchange_sim.orders("bybit")) == 1
        second = client.order.cancel_all(category="linear", settle_coin="USDT")
        assert len(second.list_) == 1
    assert exchange_sim.orders("bybit") == []


def test_spot_cancel_all_needs_no_coin_and_refuses_settle_coin(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bybit", "BTCUSDT", count=2, product_type="spot")
    exchange_sim.seed_orders("bybit", "BTCUSDT", count=1)  # linear: not touched
    with _client(exchange_sim) as client:
        try:
            client.order.cancel_all(category="spot", settle_coin="USDT")
        except errors.InvalidRequestError as exc:
            assert exc.code == "10001"
        else:
            raise AssertionError("settleCoin with spot was accepted")
        try:
            client.order.cancel_all(category="linear")
        except errors.InvalidRequestError as exc:
            assert exc.code == "10001"
        else:
            raise AssertionError("linear without symbol, baseCoin or settleCoin was accepted")
        assert len(client.order.cancel_all(category="spot").list_) == 2
    left = exchange_sim.orders("bybit")
    assert [o["product_type"] for o in left] == ["linear"]


def test_order_filter_kinds_as_the_pages_say(exchange_sim: SimAdmin) -> None:
    """Spot cancel-all without orderFilter takes ``Order``s only, with it only that kind;
    linear without it takes every kind; the listing shows every kind unless filtered."""
    kinds: tuple[Literal["tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder"], ...]
    kinds = ("tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder")
    exchange_sim.seed_orders("bybit", "BTCUSDT", count=1, product_type="spot")
    for kind in kinds:
        exchange_sim.seed_orders("bybit", "BTCUSDT", count=1, product_type="spot", type=kind)
    exchange_sim.seed_orders("bybit", "ETHUSDT", count=1, type="StopOrder")  # linear
    exchange_sim.seed_orders("bybit", "ETHUSDT", count=1)  # linear
    with _client(exchange_sim) as client:
        assert len(client.order.open_orders(category="spot").list_) == 5
        only = client.order.open_orders(category="spot", order_filter="OcoOrder").list_
        assert len(only) == 1 and only[0].order_type == "Limit"
        assert len(client.order.cancel_all(category="spot").list_) == 1  # the Order only
        assert len(client.order.open_orders(category="spot").list_) == 4
        for kind in kinds:
            assert len(client.order.cancel_all(category="spot", order_filter=kind).list_) == 1
        assert client.order.open_orders(category="spot").list_ == []
        assert len(client.order.cancel_all(category="linear", settle_coin="USDT").list_) == 2
    assert exchange_sim.orders("bybit") == []


def test_open_orders_pages_by_cursor(exchange_sim: SimAdmin) -> None:
    seeded = {o["order_id"] for o in exchange_sim.seed_orders("bybit", "ETHUSDT", count=7)}
    seen: list[str] = []
    cursor = None
    pages = 0
    with _client(exchange_sim) as client:
        while True:
            page = client.order.open_orders(
                category="linear", settle_coin="USDT", limit=3, cursor=cursor
            )
            pages += 1
            seen += [o.order_id for o in page.list_]
            if not page.next_page_cursor:
                break
            cursor = page.next_page_cursor
    assert pages == 3
    assert sorted(seen) == sorted(seeded) and len(seen) == 7
    assert seen == sorted(seen, key=int, reverse=True)  # newest first
