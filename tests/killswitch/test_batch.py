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


class FakeOKX:
    """An OKX account's open orders behind the two endpoints a panic uses."""

    def __init__(self, orders: dict[str, str]) -> None:
        self.orders = dict(orders)  # ordId -> instId
        self.stuck: set[str] = set()  # cancels of these fail (51400) and they stay open
        self.batches: list[list[dict[str, str]]] = []
        self.listings: list[dict[str, str]] = []
        self.countdowns: list[dict[str, str]] = []
        self.on_cancel: Callable[[FakeOKX], None] | None = None
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
            assert url.path == _BATCH, url.path
            return self._cancel(json.loads(request.body or b""))

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


def test_the_okx_cancel_is_a_batch_cancel_declared_in_its_spec() -> None:
    (spec,) = CANCEL_ALL["okx"]
    assert spec.batch is not None and spec.listed_by == "trade.orders_pending"
    assert spec.batch.size == 20 and spec.batch.per_market
    assert dict(spec.batch.item) == {"inst_id": "instId", "ord_id": "ordId"}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_panic_lists_every_page_and_cancels_in_batches_of_one_instrument(
    asynchronous: bool,
) -> None:
    fake = FakeOKX(_book(btc=110, eth=25))
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert report.ok and report.flat, str(report)  # type: ignore[attr-defined]
    assert fake.orders == {}
    (call,) = report.calls  # type: ignore[attr-defined]
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
    assert {"9001", "9002"} <= set(report.calls[0].cancelled)  # type: ignore[attr-defined]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_order_the_exchange_refuses_to_cancel_is_reported_not_flat(asynchronous: bool) -> None:
    fake = FakeOKX(_book(btc=4, eth=0))
    fake.stuck.add("1002")
    started = time.monotonic()
    report = _run(_account(fake, asynchronous=asynchronous), asynchronous)
    assert time.monotonic() - started < 10.0 + 1  # gives up on a refused order, no endless loop
    assert not report.ok and not report.flat  # type: ignore[attr-defined]
    (call,) = report.calls  # type: ignore[attr-defined]
    assert call.status == "partial" and sorted(call.cancelled) == ["1000", "1001", "1003"]
    (failure,) = call.failed
    assert failure.order_id == "1002" and failure.code == "51400"
    assert "does not exist" in failure.reason
    assert [o.order_id for o in report.open_orders] == ["1002"]  # type: ignore[attr-defined]


def test_an_empty_account_is_flat_with_nothing_sent_but_the_listing() -> None:
    fake = FakeOKX({})
    report = panic([_account(fake)], deadline=5)
    assert report.ok and report.flat and report.calls[0].nothing_to_cancel
    assert fake.batches == []


def test_markets_narrow_the_listing_and_the_cancels() -> None:
    fake = FakeOKX(_book(btc=3, eth=2))
    report = panic([_account(fake, markets=("ETH-USDT",))], deadline=5)
    assert report.ok and report.flat
    assert sorted(fake.orders) == ["1000", "1001", "1002"]  # BTC untouched
    assert all(q.get("instId") == "ETH-USDT" for q in fake.listings)


def test_the_dry_run_says_the_batches_without_sending() -> None:
    fake = FakeOKX(_book(btc=1, eth=0))
    calls = plan_cancel([_account(fake)])
    planned = preflight(calls)
    assert fake.listings == [] and fake.batches == []
    assert "orders=<the listed orders, 20 a call>" in planned[0].describe()
    assert planned[0].path == _BATCH and planned[1].path == _PENDING
    assert "trade.orders_pending lists, 20 a call" in calls[0].describe()


def test_the_dead_mans_switch_uses_okx_cancel_all_after() -> None:
    fake = FakeOKX({})
    with DeadMansSwitch([_account(fake)], timeout=30, watchdog=False) as switch:
        status = switch.status()
    assert fake.countdowns[0] == {"timeOut": "30"}  # armed: seconds, a string on the wire
    assert fake.countdowns[-1] == {"timeOut": "0"}  # disarmed on exit
    assert "okx" in str(status)
