"""Listings the kill switch builds from a spec's `killswitch:` section beyond one call:

- fixed params (`params:`) every listing page or cancel sends (BitMEX `filter={"open": true}`,
  without which `GET /api/v1/order` also lists filled orders);
- a listing that needs a market, preceded by a listing of the markets that still have open
  orders (`markets_listed_by` -> role `open_markets`: KuCoin spot HF lists open orders per
  symbol only, `GET /api/v1/hf/orders/active/symbols` says which symbols have some).

The tables are patched here (the kucoin and bitmex specs own their sections); the calls go
through the public generated clients with a mock transport playing the exchange. What must
hold at the worst moment: a panic never reports flat while a listed market still has orders,
and a failed markets or per-market listing leaves the panic not verified (``report.ok`` false).
"""

from __future__ import annotations

import asyncio
import json
import threading
from urllib.parse import parse_qsl, urlsplit

import pytest

from exchange_sdk import BitMEX, KuCoin, _killswitch_specs
from exchange_sdk._runtime.killswitch_spec import CancelAllSpec, MarketsSpec, OpenOrdersSpec
from exchange_sdk.killswitch import Account, apanic, open_orders, panic, plan_cancel, preflight
from exchange_sdk.kucoin import AsyncKuCoin
from exchange_sdk.transports import AsyncMockTransport, HttpRequest, HttpResponse, MockTransport

_SYMBOLS = "/api/v1/hf/orders/active/symbols"
_ACTIVE = "/api/v1/hf/orders/active"
_CANCEL_ALL = "/api/v1/hf/orders/cancelAll"

KUCOIN_LISTING = OpenOrdersSpec(
    exchange="kucoin",
    group="spot",
    method="get_open_orders",
    market_kwarg="symbol",
    account_kwargs=(),
    mode=None,
    orders_path="[]",
    order_id="id",
    order_market="symbol",
    pagination=None,
    markets=MarketsSpec(
        exchange="kucoin", group="spot", method="get_symbols_with_open_order", path="symbols[]"
    ),
)


# The published example order of specs/kucoin/spot/get_open_orders.yaml (every field required).
_EXAMPLE_ORDER = {
    "id": "67120bbef094e200070976f6",
    "clientOid": "5c52e11203aa677f33e493fb",
    "symbol": "BTC-USDT",
    "opType": "DEAL",
    "type": "limit",
    "side": "buy",
    "price": "50000",
    "size": "0.00001",
    "funds": "0.5",
    "dealSize": "0",
    "dealFunds": "0",
    "fee": "0",
    "feeCurrency": "USDT",
    "stp": None,
    "timeInForce": "GTC",
    "postOnly": False,
    "hidden": False,
    "iceberg": False,
    "visibleSize": "0",
    "cancelAfter": 0,
    "channel": "API",
    "remark": "order remarks",
    "tags": "order tags",
    "cancelExist": False,
    "tradeType": "TRADE",
    "inOrderBook": True,
    "cancelledSize": "0",
    "cancelledFunds": "0",
    "remainSize": "0.00001",
    "remainFunds": "0.5",
    "tax": "0",
    "active": True,
    "createdAt": 1729235902748,
    "lastUpdatedAt": 1729235909862,
}


def _answer(body: object, status: int = 200) -> HttpResponse:
    return HttpResponse(status, {"Content-Type": "application/json"}, json.dumps(body).encode())


class FakeKuCoin:
    """A KuCoin spot HF account: its open orders behind cancelAll, the active-symbols listing
    and the per-symbol active-orders listing."""

    def __init__(self, orders: dict[str, str]) -> None:
        self.orders = dict(orders)  # id -> symbol
        self.stuck: set[str] = set()  # cancelAll leaves these open
        self.ghost: set[str] = set()  # symbols the symbols listing names without orders
        self.fail: set[str] = set()  # paths answered with an error
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with self.lock:
            url = urlsplit(request.url)
            query = dict(parse_qsl(url.query))
            self.requests.append((url.path, query))
            if url.path in self.fail:
                return _answer({"code": "500000", "msg": "Internal Server Error"}, 500)
            if url.path == _CANCEL_ALL:
                gone = [i for i in self.orders if i not in self.stuck]
                symbols = sorted({self.orders[i] for i in gone})
                for order_id in gone:
                    del self.orders[order_id]
                data = {"succeedSymbols": symbols, "failedSymbols": []}
                return _answer({"code": "200000", "data": data})
            if url.path == _SYMBOLS:
                symbols = sorted(set(self.orders.values()) | self.ghost)
                return _answer({"code": "200000", "data": {"symbols": symbols}})
            assert url.path == _ACTIVE, url.path
            rows = [
                {**_EXAMPLE_ORDER, "id": i, "symbol": s}
                for i, s in sorted(self.orders.items())
                if s == query["symbol"]
            ]
            return _answer({"code": "200000", "data": rows})

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


def _kucoin(fake: FakeKuCoin, *, asynchronous: bool = False) -> Account:
    keys = {"api_key": "k", "api_secret": "s", "passphrase": "p", "max_retries": 0}
    client = (
        AsyncKuCoin(transport=AsyncMockTransport(fake), **keys)  # type: ignore[arg-type]
        if asynchronous
        else KuCoin(transport=MockTransport(fake), **keys)  # type: ignore[arg-type]
    )
    return Account("kucoin", client, groups=("spot",))


@pytest.fixture()
def kucoin_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spot HF alone: the listing above, and of the spot cancel-alls HF's ``cancelAll`` only
    (the stop-order cancel and its listing are another family, run on the simulator in
    test_kucoin_cli.py; FakeKuCoin plays HF)."""
    others = [s for s in _killswitch_specs.OPEN_ORDERS.get("kucoin", ()) if s.group != "spot"]
    monkeypatch.setitem(_killswitch_specs.OPEN_ORDERS, "kucoin", (*others, KUCOIN_LISTING))
    cancels = [
        s
        for s in _killswitch_specs.CANCEL_ALL["kucoin"]
        if s.group != "spot" or s.method == "cancel_all_orders"
    ]
    monkeypatch.setitem(_killswitch_specs.CANCEL_ALL, "kucoin", tuple(cancels))


@pytest.mark.usefixtures("kucoin_tables")
def test_open_orders_lists_the_markets_first_then_each_market() -> None:
    fake = FakeKuCoin({"1": "BTC-USDT", "2": "ETH-USDT", "3": "BTC-USDT"})
    [listing] = open_orders([_kucoin(fake)], deadline=5)
    assert listing.ok, listing.error
    assert sorted((o.market, o.order_id) for o in listing) == [
        ("BTC-USDT", "1"),
        ("BTC-USDT", "3"),
        ("ETH-USDT", "2"),
    ]
    assert fake.requests == [
        (_SYMBOLS, {}),
        (_ACTIVE, {"symbol": "BTC-USDT"}),
        (_ACTIVE, {"symbol": "ETH-USDT"}),
    ]


@pytest.mark.usefixtures("kucoin_tables")
def test_panic_is_flat_only_when_no_market_is_listed() -> None:
    fake = FakeKuCoin({"1": "BTC-USDT", "2": "ETH-USDT"})
    report = panic([_kucoin(fake)], deadline=5)
    assert report.ok and report.flat, report
    assert fake.paths() == [_CANCEL_ALL, _SYMBOLS]
    [result] = report.results
    assert result.listing == "spot.get_open_orders"


@pytest.mark.usefixtures("kucoin_tables")
def test_panic_reports_what_is_left_by_id() -> None:
    fake = FakeKuCoin({"1": "BTC-USDT", "2": "ETH-USDT", "3": "ETH-USDT"})
    fake.stuck = {"3"}
    report = panic([_kucoin(fake)], deadline=5)
    assert not report.ok and not report.flat
    assert [(o.market, o.order_id) for o in report.open_orders] == [("ETH-USDT", "3")]
    assert (_ACTIVE, {"symbol": "ETH-USDT"}) in fake.requests


@pytest.mark.usefixtures("kucoin_tables")
def test_a_listed_market_without_listed_orders_is_never_flat() -> None:
    """The symbols listing says BTC-USDT has open orders, its own listing shows none (a lagging
    replica): the panic lists again for the settle time, then reports the market, not flat."""
    fake = FakeKuCoin({})
    fake.ghost = {"BTC-USDT"}
    report = panic([_kucoin(fake)], deadline=8)
    assert not report.ok and not report.flat
    [order] = report.open_orders
    assert order.market == "BTC-USDT"
    assert "BTC-USDT" in order.order_id
    assert "still open: (unlisted order on BTC-USDT)" in str(report)


@pytest.mark.usefixtures("kucoin_tables")
@pytest.mark.parametrize("failing", [_SYMBOLS, _ACTIVE])
def test_a_failed_listing_step_is_not_verified(failing: str) -> None:
    fake = FakeKuCoin({"1": "BTC-USDT"})
    fake.stuck = {"1"}
    fake.fail = {failing}
    report = panic([_kucoin(fake)], deadline=5)
    assert not report.ok and not report.flat
    [result] = report.results
    assert result.open_orders is None
    assert result.verify_error is not None
    assert "not listed" in str(report)
    [listing] = open_orders([_kucoin(fake)], deadline=5)
    assert not listing.ok


@pytest.mark.usefixtures("kucoin_tables")
def test_async_panic_lists_markets_then_orders() -> None:
    fake = FakeKuCoin({"1": "BTC-USDT", "2": "ETH-USDT"})
    fake.stuck = {"2"}
    report = asyncio.run(apanic([_kucoin(fake, asynchronous=True)], deadline=5))
    assert not report.flat
    assert [(o.market, o.order_id) for o in report.open_orders] == [("ETH-USDT", "2")]
    fake.stuck, fake.fail = set(), {_SYMBOLS}
    report = asyncio.run(apanic([_kucoin(fake, asynchronous=True)], deadline=5))
    assert not report.ok and report.results[0].open_orders is None


@pytest.mark.usefixtures("kucoin_tables")
def test_preflight_plans_the_markets_listing_and_one_listing_per_market() -> None:
    calls = plan_cancel([_kucoin(FakeKuCoin({}))])
    assert calls[0].listing is not None and calls[0].listing.lists_markets
    plan = [p.describe() for p in preflight(calls)]
    assert plan[1].startswith("kucoin:default list spot.get_symbols_with_open_order() GET ")
    assert plan[1].endswith(_SYMBOLS)
    assert "list spot.get_open_orders(symbol=<each listed>) GET " in plan[2]
    assert "for each symbol spot.get_symbols_with_open_order lists" in calls[0].listing.describe()


# --------------------------------------------------------------------------------------------
# Fixed params


class FakeBitMEX:
    """A BitMEX account whose order listing answers every order unless filtered to open ones."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        url = urlsplit(request.url)
        query = dict(parse_qsl(url.query))
        body = request.body.decode() if request.body else ""
        form = json.loads(body) if body.startswith("{") else dict(parse_qsl(body))
        self.requests.append((request.method, url.path, {**query, **form}))
        if request.method == "DELETE":
            return _answer([{"orderID": "a1", "ordStatus": "Canceled", "symbol": "XBTUSD"}])
        rows = [{"orderID": "f1", "ordStatus": "Filled", "symbol": "XBTUSD"}]
        if json.loads(query.get("filter", "{}")).get("open") is not True:
            return _answer([*rows, {"orderID": "a1", "ordStatus": "New", "symbol": "XBTUSD"}])
        return _answer([])


def test_fixed_params_go_with_every_listing_and_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = OpenOrdersSpec(
        exchange="bitmex",
        group="all",
        method="get_orders",
        market_kwarg="symbol",
        account_kwargs=(),
        mode=None,
        orders_path="[]",
        order_id="orderID",
        order_market="symbol",
        pagination=None,
        params={"filter": '{"open": true}'},
    )
    cancel = CancelAllSpec(
        exchange="bitmex",
        group="all",
        method="cancel_all_orders",
        market_kwarg="symbol",
        account_kwargs=(),
        params={"text": "kill switch"},
    )
    monkeypatch.setitem(_killswitch_specs.OPEN_ORDERS, "bitmex", (listing,))
    monkeypatch.setitem(_killswitch_specs.CANCEL_ALL, "bitmex", (cancel,))
    fake = FakeBitMEX()
    client = BitMEX(api_key="k", api_secret="s", transport=MockTransport(fake), max_retries=0)
    report = panic([Account("bitmex", client, markets=("XBTUSD",))], deadline=5)
    assert report.ok and report.flat, report
    (m1, p1, q1), (m2, p2, q2) = fake.requests
    assert (m1, p1, q1) == (
        "DELETE",
        "/api/v1/order/all",
        {"symbol": "XBTUSD", "text": "kill switch"},
    )
    assert (m2, p2, q2) == (
        "GET",
        "/api/v1/order",
        {"filter": '{"open": true}', "symbol": "XBTUSD"},
    )
    calls = plan_cancel([Account("bitmex", client)])
    assert calls[0].kwargs == {"text": "kill switch"}
    assert calls[0].listing is not None
    assert calls[0].listing.kwargs == {"filter": '{"open": true}'}
