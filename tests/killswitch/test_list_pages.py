"""``list_pages`` and ``alist_pages`` drive one sans-I/O page plan (``_orders._pages``): the
same requests and the same records for a sync and an async call, and a call's error reaches
the caller unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import pytest

from exchange_sdk._runtime.killswitch_spec import OpenOrdersSpec, Pagination
from exchange_sdk.killswitch._orders import alist_pages, list_pages

_PAGED = OpenOrdersSpec(
    exchange="x",
    group="g",
    method="m",
    market_kwarg=None,
    account_kwargs=(),
    mode=None,
    orders_path="orders[]",
    order_id="id",
    order_market="symbol",
    pagination=Pagination(
        style="cursor",
        param="after",
        next_field=None,
        next_from_order="id",
        start=0,
        total_pages=None,
        size_param="limit",
        size=2,
        fixed={},
    ),
)


def _pages(seen: list[Mapping[str, object]]) -> Callable[..., object]:
    def answer(**kwargs: object) -> object:
        seen.append(kwargs)
        after = kwargs.get("after")
        # three orders, two a page; the second page repeats one order of the first
        page = {None: ["1", "2"], "2": ["2", "3"], "3": []}[str(after) if after else None]
        return {"orders": [{"id": i, "symbol": "BTC"} for i in page]}

    return answer


def test_sync_and_async_send_the_same_pages_and_read_the_same_records() -> None:
    sync_seen: list[Mapping[str, object]] = []
    records = list_pages(_pages(sync_seen), _PAGED, {"base": 1})
    assert [r["id"] for r in records] == ["1", "2", "3"]
    async_seen: list[Mapping[str, object]] = []
    call = _pages(async_seen)

    async def acall(**kwargs: object) -> object:
        return call(**kwargs)

    assert asyncio.run(alist_pages(acall, _PAGED, {"base": 1})) == records
    assert sync_seen == async_seen
    assert sync_seen[0] == {"base": 1, "limit": 2}
    assert sync_seen[1] == {"base": 1, "limit": 2, "after": "2"}


def test_an_unpaged_listing_is_one_call() -> None:
    spec = _PAGED._replace(pagination=None)
    calls: list[Mapping[str, object]] = []
    records = list_pages(_pages(calls), spec, {})
    assert [r["id"] for r in records] == ["1", "2"] and len(calls) == 1


def test_a_failing_call_raises_its_own_error() -> None:
    def fail(**kwargs: object) -> object:
        raise ConnectionError("down")

    async def afail(**kwargs: object) -> object:
        raise ConnectionError("down")

    with pytest.raises(ConnectionError, match="down"):
        list_pages(fail, _PAGED, {})
    with pytest.raises(ConnectionError, match="down"):
        asyncio.run(alist_pages(afail, _PAGED, {}))
