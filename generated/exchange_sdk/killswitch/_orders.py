"""Reading open-orders listings: where the orders sit in an answer, and every page of it.

A listing endpoint (``OPEN_ORDERS``) says in its spec where the order records sit in the
payload (``orders[]``, ``[].orders[]``, ...), which field is an order's id and which its market,
and how to page (``Pagination``). ``Pager`` turns that into the keyword arguments of each page
request, sans I/O: the sync and the async driver below only make the calls. Nothing here
names an exchange.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import errors

if TYPE_CHECKING:
    from ._accounts import Listing
    from ._deadline import Deadline

__all__ = [
    "MAX_PAGES",
    "OpenOrder",
    "Pager",
    "alist_pages",
    "aread_listing",
    "found_orders",
    "list_pages",
    "markets_in",
    "orders_in",
    "payload",
    "read_listing",
]

MAX_PAGES = 1000
"""A listing still paging after this many pages is reported incomplete (never an endless loop)."""


@dataclass(frozen=True)
class OpenOrder:
    """An order the exchange listed as open: where (exchange, account label, market) and its id.

    ``record`` keeps the order as the exchange sent it (wire names), for the details.
    """

    exchange: str
    label: str
    market: str | None
    order_id: str
    record: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "label": self.label,
            "market": self.market,
            "order_id": self.order_id,
        }


def payload(result: object) -> object:
    """A response model as plain JSON data with the exchange's (wire) field names."""
    dump = getattr(result, "model_dump", None)
    return dump(mode="json", by_alias=True) if callable(dump) else result


MAP_KEY = "@key"
"""The field under which a record found in a map (``open{}``) keeps its key (an order id keying a map)."""


def _walk(data: object, steps: list[str]) -> Iterator[object]:
    if not steps:
        yield data
        return
    step, rest = steps[0], steps[1:]
    name, is_list = (step[:-2], True) if step.endswith(("[]", "{}")) else (step, False)
    if name:
        if not isinstance(data, Mapping):
            return
        data = data.get(name)
    if step.endswith("{}"):  # every value of a map, its key kept in the record
        if isinstance(data, Mapping):
            for key, item in data.items():
                if isinstance(item, Mapping):
                    yield from _walk({**item, MAP_KEY: key}, rest)
        return
    if is_list:
        if isinstance(data, list):
            for item in data:
                yield from _walk(item, rest)
        return
    yield from _walk(data, rest)


def orders_in(data: object, path: str) -> list[Mapping[str, object]]:
    """The records at ``path`` (``"orders[]"``, ``"[]"``, ``"[].orders[]"``, ``"open{}"``: the
    values of a map, each with its key as ``@key``); a null or missing list is no orders."""
    return [r for r in _walk(data, path.split(".")) if isinstance(r, Mapping)]


def markets_in(data: object, path: str) -> list[str]:
    """The market names at ``path`` (``"symbols[]"``), each once, in the answer's order."""
    out: list[str] = []
    for value in _walk(data, path.split(".")):
        if isinstance(value, str) and value and value not in out:
            out.append(value)
    return out


def unlisted(listing: Listing, market: str) -> OpenOrder:
    """An order on ``market`` that the markets listing says is open but the market's own
    listing did not show: never taken for flat (its id says what is known)."""
    account = listing.account
    return OpenOrder(account.exchange, account.label, market, f"(unlisted order on {market})")


def field_of(record: Mapping[str, object], name: str) -> object:
    """A record's field by wire name, dotted for a nested one (``descr.pair``)."""
    value: object = record.get(name)
    if value is None and "." in name:
        value = record
        for part in name.split("."):
            if not isinstance(value, Mapping):
                return None
            value = value.get(part)
    return value


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


class Pager:
    """The keyword arguments of every page request of one listing, from its ``Pagination``.

    ``first()`` gives the first page's; ``next(data, records)`` the next page's, or None when
    the page just read was the last: fewer records than the page size, an empty or repeated
    cursor, or the last page number the exchange announced. ``offset`` paging sends the number
    of records already read (``start`` first).
    """

    def __init__(self, spec_pagination: object, base: Mapping[str, object]) -> None:
        from .._runtime.killswitch_spec import Pagination

        assert spec_pagination is None or isinstance(spec_pagination, Pagination)
        self.pagination = spec_pagination
        self.base = dict(base)
        self.pages = 0
        self.cursors: set[str] = set()
        self.page = spec_pagination.start if spec_pagination is not None else 0

    def first(self) -> dict[str, object]:
        p = self.pagination
        kwargs = dict(self.base)
        if p is not None:
            kwargs.update(p.fixed)
            kwargs[p.size_param] = p.size
            if p.style != "cursor":  # a page number, or the number of records to skip
                kwargs[p.param] = self.page
        return kwargs

    def next(self, data: object, records: list[Mapping[str, object]]) -> dict[str, object] | None:
        p = self.pagination
        self.pages += 1
        if p is None or len(records) < p.size:
            return None
        if self.pages >= MAX_PAGES:
            raise errors.UnexpectedResponseError(
                f"the listing did not end after {MAX_PAGES} pages",
                exchange="",
                endpoint="",
                code=None,
                http_status=0,
            )
        kwargs = self.first()
        if p.style == "offset":  # the records read so far
            self.page += len(records)
            kwargs[p.param] = self.page
            return kwargs
        if p.style == "page":
            total = (
                _text(data.get(p.total_pages))
                if p.total_pages and isinstance(data, Mapping)
                else None
            )
            if total is not None and total.isdigit() and self.page >= int(total):
                return None
            self.page += 1
            kwargs[p.param] = self.page
            return kwargs
        cursor: str | None = None
        if p.next_field is not None and isinstance(data, Mapping):
            cursor = _text(data.get(p.next_field))
        elif p.next_from_order is not None:
            cursor = _text(records[-1].get(p.next_from_order))
        if cursor is None or cursor in self.cursors:
            return None
        self.cursors.add(cursor)
        if p.param_is_int and not cursor.isdigit():
            return None  # not a cursor this endpoint can take: the listing ends here
        kwargs[p.param] = int(cursor) if p.param_is_int else cursor
        return kwargs


def found_orders(listing: Listing, records: list[Mapping[str, object]]) -> tuple[OpenOrder, ...]:
    """The open orders of a listing's records, as ``OpenOrder``; kept to the listing's market
    when the endpoint could not filter by market itself."""
    spec, account = listing.spec, listing.account
    keep = listing.filter_market
    out = []
    for record in records:
        market = field_of(record, spec.order_market)
        market_text = None if market is None else str(market)
        if keep is not None and (market_text or "").casefold() != keep.casefold():
            continue
        order_id = field_of(record, spec.order_id)
        if order_id is None or order_id == "":
            continue
        out.append(
            OpenOrder(
                account.exchange,
                account.label,
                market_text or listing.market,
                str(order_id),
                record,
            )
        )
    return tuple(out)


def _unique(pages: list[list[Mapping[str, object]]], id_field: str) -> list[Mapping[str, object]]:
    seen: set[str] = set()
    out: list[Mapping[str, object]] = []
    for page in pages:
        for record in page:
            key = _text(field_of(record, id_field))
            if key is None or key in seen:
                continue
            seen.add(key)
            out.append(record)
    return out


def _pages(
    spec: object, base: Mapping[str, object]
) -> Generator[dict[str, object], object, list[Mapping[str, object]]]:
    """A listing's page requests, sans I/O: yields each page's keyword arguments, is sent that
    page's answer, returns every order record, deduplicated by id across pages."""
    from .._runtime.killswitch_spec import OpenOrdersSpec

    assert isinstance(spec, OpenOrdersSpec)
    pager = Pager(spec.pagination, base)
    kwargs: dict[str, object] | None = pager.first()
    pages = []
    while kwargs is not None:
        data = payload((yield kwargs))
        records = orders_in(data, spec.orders_path)
        pages.append(records)
        kwargs = pager.next(data, records)
    return _unique(pages, spec.order_id)


def list_pages(
    call: Callable[..., object], spec: object, base: Mapping[str, object]
) -> list[Mapping[str, object]]:
    """Every order record of a listing (sync ``call``), deduplicated by id across pages."""
    steps = _pages(spec, base)
    try:
        kwargs = next(steps)
        while True:
            kwargs = steps.send(call(**kwargs))
    except StopIteration as done:
        records: list[Mapping[str, object]] = done.value
        return records


async def alist_pages(
    call: Callable[..., Awaitable[object]], spec: object, base: Mapping[str, object]
) -> list[Mapping[str, object]]:
    """``list_pages`` for an async ``call``."""
    steps = _pages(spec, base)
    try:
        kwargs = next(steps)
        while True:
            kwargs = steps.send(await call(**kwargs))
    except StopIteration as done:
        records: list[Mapping[str, object]] = done.value
        return records


def _merge(found: list[OpenOrder], more: tuple[OpenOrder, ...]) -> None:
    """Add ``more`` to ``found``, each order once (sweeps may overlap)."""
    seen = {(o.market, o.order_id) for o in found}
    found.extend(o for o in more if (o.market, o.order_id) not in seen)


def read_listing(
    listing: Listing, clock: Deadline, options: Mapping[str, object]
) -> tuple[OpenOrder, ...]:
    """Every open order of a listing (sync client): every page of each of its ``sweeps()``
    (one listing per value of a list-valued fixed param, read together); where the listing
    ``lists_markets``, the markets with open orders first, then all that for each market (a
    listed market whose listing shows no order is ``unlisted``: never flat). Raises what a call
    raised (the listing failed: nothing is known), and the listing's ``unlistable()`` error,
    sending nothing, where it ``needs_markets``."""
    from ._accounts import page_call

    if listing.needs_markets:
        raise listing.unlistable()
    page = page_call(listing, clock, options)
    targets, markets = [listing], False
    if listing.lists_markets:
        step = listing.markets_listing()
        data = payload(page_call(step, clock, options)(**step.kwargs))
        targets = [listing.for_market(m) for m in markets_in(data, step.spec.path)]
        markets = True
    out: list[OpenOrder] = []
    for one in targets:
        found: list[OpenOrder] = []
        for kwargs in one.sweeps():
            _merge(found, found_orders(one, list_pages(page, one.spec, kwargs)))
        out.extend(found or ((unlisted(one, str(one.market)),) if markets else ()))
    return tuple(out)


async def aread_listing(
    listing: Listing, clock: Deadline, options: Mapping[str, object]
) -> tuple[OpenOrder, ...]:
    """``read_listing`` for an async client."""
    from ._accounts import page_call

    if listing.needs_markets:
        raise listing.unlistable()
    page = page_call(listing, clock, options)
    targets, markets = [listing], False
    if listing.lists_markets:
        step = listing.markets_listing()
        data = payload(await page_call(step, clock, options)(**step.kwargs))
        targets = [listing.for_market(m) for m in markets_in(data, step.spec.path)]
        markets = True
    out: list[OpenOrder] = []
    for one in targets:
        found: list[OpenOrder] = []
        for kwargs in one.sweeps():
            _merge(found, found_orders(one, await alist_pages(page, one.spec, kwargs)))
        out.extend(found or ((unlisted(one, str(one.market)),) if markets else ()))
    return tuple(out)
