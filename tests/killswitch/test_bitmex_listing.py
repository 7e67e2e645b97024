"""BitMEX's listing in the kill switch: ``GET /api/v1/order`` with the fixed ``filter`` ``{"open":
true}`` and offset paging (``start`` = the records read so far, ``count`` 500), so that
``open_orders`` reads every open order and a panic is flat only when the listing is empty."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from urllib.parse import parse_qs, urlsplit

import pytest

from exchange_sdk import AsyncBitMEX, BitMEX
from exchange_sdk.killswitch import Account, aopen_orders, open_orders, panic
from exchange_sdk.killswitch._orders import Pager
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.transports import HttpRequest, HttpResponse, MockTransport


def _account(url: str) -> Account:
    client = BitMEX(api_key="test-key", api_secret="test-secret", base_url=url)
    client.rate_limiter = None
    return Account("bitmex", client, label="main")


def test_offset_pager_skips_the_records_read() -> None:
    from exchange_sdk._killswitch_specs import OPEN_ORDERS

    spec = OPEN_ORDERS["bitmex"][0]
    pager = Pager(spec.pagination, dict(spec.params))  # the fixed filter comes with every page
    first = pager.first()
    assert first == {"filter": '{"open": true}', "count": 500, "start": 0}
    page: list[Mapping[str, object]] = [{"orderID": str(i)} for i in range(500)]
    assert pager.next(page, list(page)) == {**first, "start": 500}
    assert pager.next(page, list(page)) == {**first, "start": 1000}
    assert pager.next(page[:3], page[:3]) is None  # a short page is the last


def test_every_page_is_read_and_only_open_orders_asked_for() -> None:
    starts: list[str] = []

    def handler(request: HttpRequest) -> HttpResponse:
        query = parse_qs(urlsplit(request.url).query)
        assert query["filter"] == ['{"open": true}'] and query["count"] == ["500"]
        start = int(query["start"][0])
        starts.append(str(start))
        count = max(0, min(500, 1234 - start))
        body = [{"orderID": f"id-{start + i}", "symbol": "XBTUSD"} for i in range(count)]
        return HttpResponse(200, {"content-type": "application/json"}, json.dumps(body).encode())

    client = BitMEX(
        api_key="k", api_secret="s", base_url="http://bitmex.test", transport=MockTransport(handler)
    )
    client.rate_limiter = None
    (listing,) = open_orders([Account("bitmex", client)])
    assert listing.ok, listing.error
    assert len(listing) == 1234
    assert starts == ["0", "500", "1000"]


def test_open_orders_lists_more_than_one_page_on_the_simulator(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=700)
    exchange_sim.seed_orders("bitmex", "ETHUSD", count=3)
    (listing,) = open_orders([_account(exchange_sim.url)], deadline=30)
    assert listing.ok, listing.error
    assert len(listing) == 703
    assert {o.market for o in listing} == {"XBTUSD", "ETHUSD"}
    served = [r for r in exchange_sim.requests() if r["operation"] == "all.get_orders"]
    assert len(served) == 2


def test_async_listing_of_one_market(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    exchange_sim.seed_orders("bitmex", "ETHUSD", count=1)

    async def go() -> int:
        client = AsyncBitMEX(
            api_key="test-key", api_secret="test-secret", base_url=exchange_sim.url
        )
        client.rate_limiter = None
        async with client:
            (listing,) = await aopen_orders([Account("bitmex", client, markets=("ETHUSD",))])
            assert listing.ok, listing.error
            return len(listing)

    assert asyncio.run(go()) == 1


@pytest.mark.parametrize("stuck", [False, True], ids=["flat", "stuck"])
def test_panic_is_flat_only_when_the_listing_is_empty(exchange_sim: SimAdmin, stuck: bool) -> None:
    seeded = exchange_sim.seed_orders("bitmex", "XBTUSD", count=600)
    if stuck:
        exchange_sim.fail_order(str(seeded[-1]["order_id"]))
    report = panic([_account(exchange_sim.url)], deadline=30)
    assert report.flat is not stuck, str(report)
    assert report.ok is not stuck
    assert len(report.open_orders) == (1 if stuck else 0)
