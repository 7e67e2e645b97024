"""Batch cancels (role ``cancel_batch``, OKX): a panic lists first, cancels what it found by id
in batches as the spec says (OKX: at most 20 a call, one instrument a batch), reads each order's
result, and lists again until nothing is left or the deadline.

Driven through the public OKX client with a mock transport playing an OKX account (its order
book, ``orders-pending`` paged by ``after``, ``cancel-batch-orders`` with per-order ``sCode``),
sync and async."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

import pytest

from exchange_sdk import OKX, AsyncOKX
from exchange_sdk._killswitch_specs import CANCEL_ALL
from exchange_sdk.killswitch import (
    Account,
    CallResult,
    DeadMansSwitch,
    apanic,
    panic,
    plan_cancel,
    preflight,
)
from exchange_sdk.transports import AsyncMockTransport, HttpRequest, HttpResponse, MockTransport

_PENDING = "/api/v5/trade/orders-pending"
_CAA = "/api/v5/trade/cancel-all-after"
_BATCH = "/api/v5/trade/cancel-batch-orders"
_ALGO_PENDING = "/api/v5/trade/orders-algo-pending"
_ALGO_CANCEL = "/api/v5/trade/cancel-algos"


class FakeOKX:
    """An OKX account's open orders behind the endpoints a panic uses: order-book orders
    (orders-pending, cancel-batch-orders) and algo orders (orders-algo-pending by ordType,
    cancel-algos)."""

    def __init__(self, orders: dict[str, str]) -> None:
        self.orders = dict(orders)  # ordId -> instId
        self.stuck: set[str] = set()  # cancels of these fail (51400) and they stay open
        self.batches: list[list[dict[str, str]]] = []
        self.listings: list[dict[str, str]] = []
        self.countdowns: list[dict[str, str]] = []
        self.on_cancel: Callable[[FakeOKX], None] | None = None
        self.algos: dict[str, tuple[str, str]] = {}  # algoId -> (instId, ordType)
        self.algo_listings: list[dict[str, str]] = []
        self.algo_batches: list[list[dict[str, str]]] = []
        self.lock = threading.Lock()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with self.lock:
            url = urlsplit(request.url)
            if url.path == _PENDING:
                return self._pending(dict(parse_qsl(url.query)))
            if url.path == _CAA:
                self.countdowns.append(json.loads(request.body or b""))
                data = [{"triggerTime": "0", "tag": "", "ts": "1700000000"}]
                return _answer({"code": "0", "msg": "", "data": data})
            if url.path == _ALGO_PENDING:
                return self._algo_pending(dict(parse_qsl(url.query)))
            if url.path == _ALGO_CANCEL:
                return self._algo_cancel(json.loads(request.body or b""))
            assert url.path == _BATCH, url.path
            return self._cancel(json.loads(request.body or b""))

    def _algo_pending(self, query: dict[str, str]) -> HttpResponse:
        self.algo_listings.append(query)
        kinds = query["ordType"].split(",")
        ids = sorted(
            (
                i
                for i, (inst, kind) in self.algos.items()
                if kind in kinds and query.get("instId") in (None, inst)
            ),
            key=int,
            reverse=True,
        )
        if "after" in query:
            ids = [i for i in ids if int(i) < int(query["after"])]
        page = ids[: int(query.get("limit", "100"))]
        data = [
            {"algoId": i, "instId": self.algos[i][0], "ordType": self.algos[i][1]} for i in page
        ]
        return _answer({"code": "0", "msg": "", "data": data})

    def _algo_cancel(self, items: list[dict[str, str]]) -> HttpResponse:
        self.algo_batches.append(items)
        results = []
        for item in items:
            algo_id = item["algoId"]
            if algo_id in self.algos and algo_id not in self.stuck:
                assert self.algos[algo_id][0] == item["instId"]
                del self.algos[algo_id]
                results.append({"algoId": algo_id, "sCode": "0", "sMsg": ""})
            else:
                results.append({"algoId": algo_id, "sCode": "51400", "sMsg": "not cancelled"})
        ok = sum(r["sCode"] == "0" for r in results)
        code = "0" if ok == len(results) else "2" if ok else "1"
        return _answer({"code": code, "msg": "", "data": results})

    def _pending(self, query: dict[str, str]) -> HttpResponse:
        self.listings.append(query)
        ids = sorted(
            (i for i, inst in self.orders.items() if query.get("instId") in (None, inst)),
            key=int,
            reverse=True,  # newest first; `after` asks for older ones
        )
        if "after" in query:
            ids = [i for i in ids if int(i) < int(query["after"])]
        page = ids[: int(query.get("limit", "100"))]
        data = [{"ordId": i, "instId": self.orders[i], "state": "live", "px": "1.5"} for i in page]
        return _answer({"code": "0", "msg": "", "data": data})

    def _cancel(self, items: list[dict[str, str]]) -> HttpResponse:
        self.batches.append(items)
        results = []
        for item in items:
            order_id = item["ordId"]
            if order_id in self.orders and order_id not in self.stuck:
                assert self.orders[order_id] == item["instId"]
                del self.orders[order_id]
                results.append({"ordId": order_id, "clOrdId": "", "sCode": "0", "sMsg": ""})
            else:
                results.append(
                    {
                        "ordId": order_id,
                        "clOrdId": "",
                        "sCode": "51400",
                        "sMsg": "Order cancellation failed as the order has been filled, "
                        "canceled or does not exist.",
                    }
                )
        ok = sum(r["sCode"] == "0" for r in results)
        code = "0" if ok == len(results) else "2" if ok else "1"
        if self.on_cancel is not None:
            hook, self.on_cancel = self.on_cancel, None
            hook(self)
        return _answer({"code": code, "msg": "", "data": results})


def _answer(body: object) -> HttpResponse:
    return HttpResponse(
        status=200, headers={"Content-Type": "application/json"}, body=json.dumps(body).encode()
    )


def _book(btc: int, eth: int) -> dict[str, str]:
    orders = {str(1000 + i): "BTC-USDT-SWAP" for i in range(btc)}
    orders.update({str(5000 + i): "ETH-USDT" for i in range(eth)})
    return orders


def _account(fake: FakeOKX, *, asynchronous: bool = False, **kw: object) -> Account:
    if asynchronous:
        client: OKX | AsyncOKX = AsyncOKX(
            api_key="okx-key",
            api_secret="okx-secret",
            passphrase="okx-pass",
            transport=AsyncMockTransport(fake),
        )
    else:
        client = OKX(
            api_key="okx-key",
            api_secret="okx-secret",
            passphrase="okx-pass",
            transport=MockTransport(fake),
        )
    return Account("okx", client, label="main", **kw)  # type: ignore[arg-type]


def _run(account: Account, asynchronous: bool, deadline: float = 10.0) -> object:
    if asynchronous:
        return asyncio.run(apanic([account], deadline=deadline))
    return panic([account], deadline=deadline)


def _book_call(report: object) -> CallResult:
    """The order-book call of an OKX panic (the other cancels algo orders)."""
    (call,) = [c for c in report.calls if c.operation == "trade.cancel_batch_orders"]  # type: ignore[attr-defined]
    assert isinstance(call, CallResult)
    return call


def test_the_okx_cancels_are_batch_cancels_declared_in_their_specs() -> None:
    algos, book = CANCEL_ALL["okx"]
    assert book.batch is not None and book.listed_by == "trade.orders_pending"
    assert book.batch.size == 20 and book.batch.per_market
    assert dict(book.batch.item) == {"inst_id": "instId", "ord_id": "ordId"}
    assert algos.batch is not None and algos.listed_by == "trade.orders_algo_pending"
    assert algos.batch.size == 10 and algos.batch.per_market
    assert dict(algos.batch.item) == {"inst_id": "instId", "algo_id": "algoId"}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_panic_lists_every_algo_order_type_and_cancels_them_by_algo_id(
    asynchronous: bool,
) -> None:
    fake = FakeOKX(_book(btc=2, eth=0))
    kinds = ("conditional", "oco", "chase", "trigger", "move_order_stop", "iceberg", "twap")
    fake.algos = {str(7000 + i): ("BTC-USDT-SWAP", kinds[i % 7]) for i in range(23)}
    fake.algos["8000"] = ("ETH-USDT", "trigger")
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert report.ok and report.flat, str(report)  # type: ignore[attr-defined]
    assert fake.algos == {} and fake.orders == {}
    (algo,) = [c for c in report.calls if c.operation == "trade.cancel_algos"]  # type: ignore[attr-defined]
    assert len(algo.cancelled) == 24 and algo.listing == "trade.orders_algo_pending"
    # one listing per ordType (conditional and oco together), every time the panic lists
    first = [q["ordType"] for q in fake.algo_listings[:6]]
    assert first == ["conditional,oco", "chase", "trigger", "move_order_stop", "iceberg", "twap"]
    # at most 10 a call, one instrument a call
    assert all(len(b) <= 10 and len({i["instId"] for i in b}) == 1 for b in fake.algo_batches)
    assert sorted(len(b) for b in fake.algo_batches) == [1, 3, 10, 10]


def test_an_algo_order_left_open_is_not_flat() -> None:
    fake = FakeOKX({})
    fake.algos = {"7001": ("BTC-USDT", "twap"), "7002": ("BTC-USDT", "conditional")}
    fake.stuck.add("7001")
    report = panic([_account(fake)], deadline=5)
    assert not report.ok and not report.flat
    assert [o.order_id for o in report.open_orders] == ["7001"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_panic_lists_every_page_and_cancels_in_batches_of_one_instrument(
    asynchronous: bool,
) -> None:
    fake = FakeOKX(_book(btc=110, eth=25))
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert report.ok and report.flat, str(report)  # type: ignore[attr-defined]
    assert fake.orders == {}
    call = _book_call(report)
    assert sorted(call.cancelled) == sorted(_book(110, 25))
    # 110 BTC orders: 5 batches of 20 and one of 10; 25 ETH: 20 and 5 -- never mixed
    assert all(len(b) <= 20 and len({i["instId"] for i in b}) == 1 for b in fake.batches)
    assert sorted(len(b) for b in fake.batches) == [5, 10, 20, 20, 20, 20, 20, 20]
    # the first listing pages with the cursor: limit 100, then after = the last ordId of page 1
    first, second = fake.listings[0], fake.listings[1]
    assert first == {"limit": "100"} and second["after"] == "1035" and second["limit"] == "100"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_orders_placed_during_the_panic_are_found_and_cancelled(asynchronous: bool) -> None:
    fake = FakeOKX(_book(btc=3, eth=0))
    fake.on_cancel = lambda f: f.orders.update({"9001": "BTC-USDT-SWAP", "9002": "SOL-USDT"})
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert report.ok and report.flat, str(report)  # type: ignore[attr-defined]
    assert fake.orders == {}
    assert {"9001", "9002"} <= set(_book_call(report).cancelled)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_order_the_exchange_refuses_to_cancel_is_reported_not_flat(asynchronous: bool) -> None:
    fake = FakeOKX(_book(btc=4, eth=0))
    fake.stuck.add("1002")
    started = time.monotonic()
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert time.monotonic() - started < 10.0 + 1  # gives up on a refused order, no endless loop
    assert not report.ok and not report.flat  # type: ignore[attr-defined]
    call = _book_call(report)
    assert call.status == "partial" and sorted(call.cancelled) == ["1000", "1001", "1003"]
    (failure,) = call.failed
    assert failure.order_id == "1002" and failure.code == "51400"
    assert "does not exist" in failure.reason
    assert [o.order_id for o in report.open_orders] == ["1002"]  # type: ignore[attr-defined]


def test_an_empty_account_is_flat_with_nothing_sent_but_the_listing() -> None:
    fake = FakeOKX({})
    report = panic([_account(fake)], deadline=5)
    assert report.ok and report.flat and all(c.nothing_to_cancel for c in report.calls)
    assert fake.batches == [] and fake.algo_batches == []


def test_markets_narrow_the_listing_and_the_cancels() -> None:
    fake = FakeOKX(_book(btc=3, eth=2))
    report = panic([_account(fake, markets=("ETH-USDT",))], deadline=5)
    assert report.ok and report.flat
    assert sorted(fake.orders) == ["1000", "1001", "1002"]  # BTC untouched
    assert all(q.get("instId") == "ETH-USDT" for q in fake.listings + fake.algo_listings)


def test_the_dry_run_says_the_batches_without_sending() -> None:
    fake = FakeOKX(_book(btc=1, eth=0))
    calls = plan_cancel([_account(fake)])
    planned = preflight(calls)
    assert fake.listings == [] and fake.batches == [] and fake.algo_listings == []
    paths = [p.path for p in planned]
    assert paths == [_ALGO_CANCEL, *[_ALGO_PENDING] * 6, _BATCH, _PENDING]
    assert "orders=<the listed orders, 10 a call>" in planned[0].describe()
    assert "orders=<the listed orders, 20 a call>" in planned[7].describe()
    assert "trade.orders_pending lists, 20 a call" in calls[1].describe()
    assert "trade.orders_algo_pending lists, 10 a call" in calls[0].describe()


def test_the_dead_mans_switch_uses_okx_cancel_all_after() -> None:
    fake = FakeOKX({})
    with DeadMansSwitch([_account(fake)], timeout=30, watchdog=False) as switch:
        status = switch.status()
    assert fake.countdowns[0] == {"timeOut": "30"}  # armed: seconds, a string on the wire
    assert fake.countdowns[-1] == {"timeOut": "0"}  # disarmed on exit
    assert "okx" in str(status)
