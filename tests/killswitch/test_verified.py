"""A panic that proves it: the listing after the cancels (``flat``, ``open_orders``), every page
of every exchange's listing, ``open_orders(accounts)``, asynchronous cancels settled, and a
deadline the whole panic keeps whatever the exchanges do (a silent server on loopback)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from killswitch_helpers import EXCHANGES, SETUP, account, accounts, seed

from exchange_sdk import errors
from exchange_sdk.killswitch import (
    Account,
    OrderList,
    PanicReport,
    aopen_orders,
    apanic,
    build_client,
    open_orders,
    panic,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin

pytestmark = pytest.mark.usefixtures("all_simulated")


def test_panic_is_flat_and_says_so(exchange_sim: SimAdmin) -> None:
    seed(exchange_sim)
    report = panic(accounts(exchange_sim.url))
    assert report.ok and report.flat, str(report)
    assert report.open_orders == ()
    assert all(r.flat and r.open_orders == () for r in report.results)
    assert report.to_json()["flat"] is True
    assert "FLAT" in report.summary()


def test_an_order_that_will_not_cancel_is_listed_as_open(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)
    stuck = sorted(seeded["gate"])[0]
    exchange_sim.fail_order(stuck, code="ORDER_LOCKED", message="order is locked")
    report = panic(accounts(exchange_sim.url))
    assert not report.ok and not report.flat
    assert [(o.exchange, o.label, o.market, o.order_id) for o in report.open_orders] == [
        ("gate", "main", "BTC_USDT", stuck)
    ]
    gate = next(r for r in report.results if r.exchange == "gate")
    assert gate.status == "partial" and gate.still_open == (stuck,)
    assert {f.order_id: f.reason for f in gate.failed} == {stuck: "order is locked"}
    data = report.to_json()
    assert data["flat"] is False and data["open_orders"] == [
        {"exchange": "gate", "label": "main", "market": "BTC_USDT", "order_id": stuck}
    ]


def test_orders_the_cancel_never_saw_get_one_more_cancel(exchange_sim: SimAdmin) -> None:
    """An order placed between the cancel and the listing (a bot still running) is cancelled
    by the second round, and the panic ends flat."""
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)
    real = account(exchange_sim.url, "bingx").client
    calls: list[dict[str, object]] = []

    class Spot:  # the generated group, with a bot placing an order right after the cancel
        def cancel_open_orders(self, **kwargs: object) -> object:
            result = real.spot.cancel_open_orders(**kwargs)  # type: ignore[union-attr]
            calls.append(kwargs)
            if len(calls) == 1:
                exchange_sim.seed_orders("bingx", "BTC-USDT", count=1)
            return result

        def open_orders(self, **kwargs: object) -> object:
            return real.spot.open_orders(**kwargs)  # type: ignore[union-attr]

    class Client:
        _info = real._info  # type: ignore[union-attr]
        timeout = real.timeout  # type: ignore[union-attr]
        base_url = real.base_url  # type: ignore[union-attr]
        spot = Spot()

    acc = Account("bingx", Client(), label="main", markets=("BTC-USDT",), groups=("spot",))  # type: ignore[arg-type]
    report = panic([acc])
    assert report.flat and report.ok, str(report)
    assert len(calls) == 2 and report.cancelled == 3


def test_asynchronous_cancels_are_listed_again_until_they_settle(exchange_sim: SimAdmin) -> None:
    exchange_sim.configure(cancel_lag_ms=400)
    seed(exchange_sim)
    report = panic(accounts(exchange_sim.url))
    assert report.flat and report.ok, str(report)


def test_cancels_that_never_settle_leave_the_panic_not_flat(exchange_sim: SimAdmin) -> None:
    exchange_sim.configure(cancel_lag_ms=60_000)
    seed(exchange_sim, ("bingx",))
    started = time.monotonic()
    report = panic(accounts(exchange_sim.url, ("bingx",)))
    assert not report.flat and not report.ok
    assert len(report.open_orders) == 3
    assert time.monotonic() - started < 10  # the settle window is bounded (2 s by default)


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_every_page_is_read(exchange_sim: SimAdmin, exchange: str) -> None:
    """250 open orders: more than one page wherever the listing pages (100 a page)."""
    symbol = SETUP[exchange][0]
    ids = {str(o["order_id"]) for o in exchange_sim.seed_orders(exchange, symbol, count=250)}
    lists = open_orders([account(exchange_sim.url, exchange)])  # OKX: order book and algo
    assert all(listed.ok for listed in lists), [listed.error for listed in lists]
    assert {o.order_id for listed in lists for o in listed} == ids
    assert sum(len(listed) for listed in lists) == 250


def test_open_orders_one_typed_list_per_account_and_market(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)
    exchange_sim.seed_orders("bingx", "ETH-USDT", count=2)
    exchange_sim.seed_orders("gate", "ETH_USDT", count=2)
    bingx = account(exchange_sim.url, "bingx")
    two_markets = Account(
        "bingx", bingx.client, label="both", markets=("BTC-USDT", "ETH-USDT"), groups=("spot",)
    )
    lists = open_orders([two_markets, *accounts(exchange_sim.url, ("htx", "bitget", "gate"))])
    assert all(isinstance(item, OrderList) and item.ok for item in lists)
    by_where = {(item.exchange, item.label, item.market): item for item in lists}
    assert set(by_where) == {
        ("bingx", "both", "BTC-USDT"),
        ("bingx", "both", "ETH-USDT"),
        ("htx", "main", "BTC-USDT"),
        ("bitget", "main", None),
        ("gate", "main", "BTC_USDT"),
    }
    assert {o.order_id for o in by_where[("bingx", "both", "BTC-USDT")]} == seeded["bingx"]
    assert len(by_where[("bingx", "both", "ETH-USDT")]) == 2
    # Gate's listing has no market filter: the other pair's orders are left out
    assert {o.order_id for o in by_where[("gate", "main", "BTC_USDT")]} == seeded["gate"]
    assert all(o.market == "BTC_USDT" for o in by_where[("gate", "main", "BTC_USDT")])
    assert {o.order_id for o in by_where[("bitget", "main", None)]} == seeded["bitget"]


def test_aopen_orders(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)

    async def go() -> list[OrderList]:
        accs = accounts(exchange_sim.url, asynchronous=True)
        try:
            return await aopen_orders(accs)
        finally:
            for a in accs:
                await a.client.aclose()  # type: ignore[union-attr]

    lists = asyncio.run(go())
    assert {item.exchange: {o.order_id for o in item} for item in lists} == seeded


def test_verify_false_skips_the_listing(exchange_sim: SimAdmin) -> None:
    seed(exchange_sim)
    report = panic(accounts(exchange_sim.url), verify=False)
    assert report.ok and not report.flat  # flat is only ever said after a listing
    assert all(r.open_orders is None for r in report.results)
    lists = ("spot.open_orders", "futures.open_orders", "mix.pending_orders")
    listed = [r for r in exchange_sim.requests() if r["operation"] in lists]
    assert listed == []


def test_a_listing_that_fails_is_not_flat(exchange_sim: SimAdmin) -> None:
    seed(exchange_sim, ("htx",))
    exchange_sim.add_fault("status", exchange="htx", operation="futures.open_orders", status=503)
    report = panic(accounts(exchange_sim.url, ("htx",), max_retries=0))
    (result,) = report.results
    assert result.status == "ok" and result.open_orders is None
    assert isinstance(result.verify_error, errors.ServerError)
    assert not report.flat and not report.ok


def test_no_accounts_is_an_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="no accounts"):
        panic([])


# -- the deadline -----------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and reads requests, and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def _hung(url: str, *, asynchronous: bool = False) -> Account:
    client = build_client(
        "gate",
        asynchronous=asynchronous,
        api_key="test-key",
        api_secret="test-secret",
        base_url=url,
        timeout=30.0,
    )
    client.rate_limiter = None
    return Account("gate", client, label="hung", markets=("BTC_USDT",), groups=("spot",))


def _healthy(url: str, *, asynchronous: bool = False) -> Account:
    client = build_client(
        "bingx",
        asynchronous=asynchronous,
        api_key="test-key",
        api_secret="test-secret",
        base_url=url,
        timeout=30.0,
    )
    client.rate_limiter = None
    return Account("bingx", client, label="healthy", markets=("BTC-USDT",), groups=("spot",))


def _check_deadline_report(report: PanicReport, elapsed: float, sim: SimAdmin) -> None:
    assert elapsed < 3.0 + 1.0, elapsed  # the deadline plus a second
    assert not report.ok and not report.flat
    by_label = {r.label: r for r in report.results}
    assert by_label["healthy"].ok and by_label["healthy"].flat
    assert len(by_label["healthy"].cancelled) == 3
    assert by_label["hung"].status == "error"
    assert isinstance(by_label["hung"].error, errors.NetworkError)
    assert sim.orders(exchange="bingx") == []


def test_panic_returns_by_its_deadline_whatever_the_exchanges_do(
    exchange_sim: SimAdmin, silent_server: str
) -> None:
    seed(exchange_sim, ("bingx",))
    started = time.monotonic()
    report = panic([_healthy(exchange_sim.url), _hung(silent_server)], deadline=3.0)
    _check_deadline_report(report, time.monotonic() - started, exchange_sim)


def test_apanic_returns_by_its_deadline_whatever_the_exchanges_do(
    exchange_sim: SimAdmin, silent_server: str
) -> None:
    seed(exchange_sim, ("bingx",))

    async def go() -> tuple[PanicReport, float]:
        accs = [
            _healthy(exchange_sim.url, asynchronous=True),
            _hung(silent_server, asynchronous=True),
        ]
        started = time.monotonic()
        try:
            return await apanic(accs, deadline=3.0), time.monotonic() - started
        finally:
            for a in accs:
                await a.client.aclose()  # type: ignore[union-attr]

    report, elapsed = asyncio.run(go())
    _check_deadline_report(report, elapsed, exchange_sim)


def test_open_orders_returns_by_its_deadline(exchange_sim: SimAdmin, silent_server: str) -> None:
    seed(exchange_sim, ("bingx",))
    started = time.monotonic()
    lists = open_orders([_healthy(exchange_sim.url), _hung(silent_server)], deadline=2.0)
    assert time.monotonic() - started < 2.0 + 1.0
    by_label = {item.label: item for item in lists}
    assert by_label["healthy"].ok and len(by_label["healthy"]) == 3
    assert not by_label["hung"].ok and isinstance(by_label["hung"].error, errors.NetworkError)


@pytest.mark.parametrize("deadline", [0, -1, "10", True])
def test_a_bad_deadline_is_refused(exchange_sim: SimAdmin, deadline: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="deadline"):
        panic(accounts(exchange_sim.url), deadline=deadline)  # type: ignore[arg-type]
