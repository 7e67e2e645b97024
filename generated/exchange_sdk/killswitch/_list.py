"""``open_orders(accounts)``: what is open, per account and market, on every exchange at once.

One listing per account, endpoint (``OPEN_ORDERS`` of the account's mode), market and
combination of account parameters, every page followed to the end (``_orders``). Like a panic,
all listings run concurrently, each failure is recorded rather than raised, and the whole call
returns by its deadline.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .. import errors
from ._accounts import ANY_MODE, Account, Listing, clients_of, plan_listings
from ._deadline import Deadline, DeadlinePassed, call_options, check_deadline
from ._modes import adetect_modes, detect_modes, needs_mode
from ._orders import OpenOrder, aread_listing, read_listing
from ._workers import submit

__all__ = ["OrderList", "aopen_orders", "open_orders"]

DEFAULT_DEADLINE = 10.0


@dataclass(frozen=True)
class OrderList:
    """The open orders of one account and market (one listing, every page), or the error that
    kept it from being read. Iterating gives the orders."""

    exchange: str
    label: str
    market: str | None
    operation: str
    kwargs: Mapping[str, object]
    orders: tuple[OpenOrder, ...] = ()
    error: Exception | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    def __iter__(self) -> Iterator[OpenOrder]:
        return iter(self.orders)

    def __len__(self) -> int:
        return len(self.orders)

    def to_json(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "label": self.label,
            "market": self.market,
            "operation": self.operation,
            "kwargs": {k: str(v) for k, v in self.kwargs.items()},
            "ok": self.ok,
            "orders": [o.to_json() for o in self.orders],
            "error": None if self.error is None else f"{type(self.error).__name__}: {self.error}",
            "elapsed_s": round(self.elapsed, 6),
        }


def _result(
    listing: Listing,
    started: float,
    orders: tuple[OpenOrder, ...] | None,
    error: Exception | None,
) -> OrderList:
    return OrderList(
        exchange=listing.account.exchange,
        label=listing.account.label,
        market=listing.market,
        operation=listing.operation,
        kwargs=listing.kwargs,
        orders=orders or (),
        error=error,
        elapsed=time.perf_counter() - started,
    )


def _late(listing: Listing, started: float, deadline: float | None) -> OrderList:
    error = errors.DeadlineExceededError(
        f"the listing did not finish within the deadline of {deadline:g} s",
        exchange=listing.account.exchange,
        endpoint=listing.operation,
    )
    return _result(listing, started, None, error)


def _accounts_of(accounts: Sequence[Account], want_async: bool) -> list[Account]:
    """The accounts, checked (clients of the wanted kind, something to list for each)."""
    chosen = clients_of(accounts, "aopen_orders" if want_async else "open_orders", want_async)
    plan_listings(chosen, {a.name: ANY_MODE for a in chosen if needs_mode(a)})
    return chosen


def _plan(accounts: Sequence[Account], modes: Mapping[str, str]) -> list[Listing]:
    from ._preflight import preflight

    listings = plan_listings(accounts, modes)
    preflight(listings)
    return listings


def open_orders(
    accounts: Sequence[Account],
    *,
    deadline: float | None = DEFAULT_DEADLINE,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> list[OrderList]:
    """The open orders of every account and market (sync clients): one ``OrderList`` each, in
    plan order, every page read. A listing that fails or does not finish by ``deadline`` is an
    ``OrderList`` with ``error`` set (check ``.ok``); nothing is raised for an exchange's
    failure. Raises ``ConfigurationError`` before any call for what cannot be right."""
    check_deadline(deadline)
    clock = Deadline(deadline)
    started = time.perf_counter()
    chosen = _accounts_of(accounts, want_async=False)
    timeout = 5.0 if deadline is None else min(5.0, deadline / 3)
    listings = _plan(chosen, detect_modes(chosen, timeout))
    options = call_options(max_retries, request_timeout)

    def run(listing: Listing) -> OrderList:
        try:
            found = read_listing(listing, clock, options)
        except DeadlinePassed:
            return _late(listing, started, deadline)
        except Exception as exc:
            return _result(listing, started, None, exc)
        return _result(listing, started, found, None)

    futures = [submit(lambda item=item: run(item)) for item in listings]  # type: ignore[misc]
    concurrent.futures.wait(futures, timeout=clock.wait_time())
    return [
        f.result() if f.done() else _late(item, started, deadline)
        for f, item in zip(futures, listings, strict=True)
    ]


async def aopen_orders(
    accounts: Sequence[Account],
    *,
    deadline: float | None = DEFAULT_DEADLINE,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> list[OrderList]:
    """``open_orders`` for async clients (one task per listing)."""
    check_deadline(deadline)
    clock = Deadline(deadline)
    started = time.perf_counter()
    chosen = _accounts_of(accounts, want_async=True)
    timeout = 5.0 if deadline is None else min(5.0, deadline / 3)
    listings = _plan(chosen, await adetect_modes(chosen, timeout))
    options = call_options(max_retries, request_timeout)

    async def run(listing: Listing) -> OrderList:
        try:
            found = await aread_listing(listing, clock, options)
        except DeadlinePassed:
            return _late(listing, started, deadline)
        except Exception as exc:
            return _result(listing, started, None, exc)
        return _result(listing, started, found, None)

    tasks = [asyncio.ensure_future(run(item)) for item in listings]
    _, pending = await asyncio.wait(tasks, timeout=clock.wait_time())
    out = [
        t.result() if t.done() and not t.cancelled() else _late(item, started, deadline)
        for t, item in zip(tasks, listings, strict=True)
    ]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=0.2)
    return out
