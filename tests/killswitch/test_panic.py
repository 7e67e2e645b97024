"""panic / apanic against the simulator: every seeded order on all four exchanges, failures
isolated and reported, per-order failures, nothing to cancel, retries of transient faults."""

from __future__ import annotations

import asyncio

import pytest
from killswitch_helpers import EXCHANGES, accounts, open_ids, seed

from exchange_sdk import errors
from exchange_sdk.killswitch import (
    Account,
    CallResult,
    PanicReport,
    apanic,
    panic,
    read_cancel_result,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin

pytestmark = pytest.mark.usefixtures("all_simulated")


def _by_exchange(report: PanicReport) -> dict[str, CallResult]:
    return {r.exchange: r for r in report.results}


def test_panic_cancels_every_seeded_order_on_all_four_exchanges(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)
    report = panic(accounts(exchange_sim.url))
    assert report.ok, str(report)
    cancelled: dict[str, set[str]] = {}  # an exchange may take several calls (OKX: algo orders)
    for r in report.results:
        cancelled.setdefault(r.exchange, set()).update(r.cancelled)
        assert r.still_open == ()
        assert r.elapsed > 0
    assert cancelled == {ex: set(ids) for ex, ids in seeded.items()}
    assert exchange_sim.orders() == []
    assert report.cancelled == sum(len(ids) for ids in seeded.values())


def test_apanic_cancels_every_seeded_order_on_all_four_exchanges(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)

    async def go() -> PanicReport:
        accs = accounts(exchange_sim.url, asynchronous=True)
        try:
            return await apanic(accs)
        finally:
            for a in accs:
                await a.client.aclose()  # type: ignore[union-attr]

    report = asyncio.run(go())
    assert report.ok, str(report)
    cancelled: dict[str, set[str]] = {}  # an exchange may take several calls (Gate: price orders)
    for r in report.results:
        cancelled.setdefault(r.exchange, set()).update(r.cancelled)
    assert cancelled == {ex: set(ids) for ex, ids in seeded.items()}
    assert exchange_sim.orders() == []


@pytest.mark.parametrize("down", EXCHANGES)
def test_one_exchange_failing_does_not_stop_the_others(exchange_sim: SimAdmin, down: str) -> None:
    seeded = seed(exchange_sim)
    exchange_sim.add_fault("status", exchange=down, status=503)  # until removed
    report = panic(accounts(exchange_sim.url, max_retries=1))
    assert not report.ok
    failed = _by_exchange(report)[down]
    assert failed.status == "error"
    assert isinstance(failed.error, errors.ServerError)
    assert failed.still_open is None  # unknown: the call failed
    assert "ServerError" in str(report) and down in str(report)
    for ex in EXCHANGES:
        if ex != down:
            assert _by_exchange(report)[ex].ok, str(report)
            assert open_ids(exchange_sim, ex) == set()
    assert open_ids(exchange_sim, down) == seeded[down]
    results = report.to_json()["results"]
    assert isinstance(results, list)
    down_json = [r for r in results if r["exchange"] == down]
    assert down_json and all(r["error_type"] == "ServerError" for r in down_json)


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget"])
def test_orders_the_exchange_refuses_are_reported_with_the_reason(
    exchange_sim: SimAdmin, exchange: str
) -> None:
    seeded = seed(exchange_sim, (exchange,))
    stuck = sorted(seeded[exchange])[0]
    exchange_sim.fail_order(stuck, code="43001", message="order is being matched")
    report = panic(accounts(exchange_sim.url, (exchange,)))
    (result,) = report.results
    assert result.status == "partial"
    assert set(result.cancelled) == seeded[exchange] - {stuck}
    assert [f.order_id for f in result.failed] == [stuck]
    assert result.still_open == (stuck,)
    assert open_ids(exchange_sim, exchange) == {stuck}
    if exchange != "bingx":  # BingX reports a FAILED status, without the reason
        assert "being matched" in result.failed[0].reason


def test_nothing_to_cancel_is_success_with_zero_orders(exchange_sim: SimAdmin) -> None:
    report = panic(accounts(exchange_sim.url))
    assert report.ok, str(report)
    assert report.cancelled == 0
    assert _by_exchange(report)["htx"].nothing_to_cancel  # HTX 1051


def test_transient_faults_are_retried(exchange_sim: SimAdmin) -> None:
    seeded = seed(exchange_sim)
    exchange_sim.add_fault("drop", next=4)  # the first attempt of every exchange is dropped
    report = panic(accounts(exchange_sim.url, max_retries=2))
    assert report.ok, str(report)
    cancelled: dict[str, set[str]] = {}  # an exchange may take several calls (Gate: price orders)
    for r in report.results:
        cancelled.setdefault(r.exchange, set()).update(r.cancelled)
    assert cancelled == {ex: set(ids) for ex, ids in seeded.items()}


def test_every_market_and_account_parameter_gets_its_own_call(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)
    exchange_sim.seed_orders("bingx", "ETH-USDT", count=2)
    exchange_sim.seed_orders("bingx", "SOL-USDT", count=1)
    (bx,) = accounts(exchange_sim.url, ("bingx",))
    bx = Account("bingx", bx.client, markets=("BTC-USDT", "ETH-USDT"), groups=("spot",))
    report = panic([bx])
    assert [(r.market, len(r.cancelled)) for r in report.results] == [
        ("BTC-USDT", 2),
        ("ETH-USDT", 2),
    ]
    assert [o["symbol"] for o in exchange_sim.orders()] == ["SOL-USDT"]


def test_misconfiguration_is_raised_before_any_call(exchange_sim: SimAdmin) -> None:
    (bitget,) = accounts(exchange_sim.url, ("bitget",))
    # the mix market named without its product type (unnamed, it is left out: spot is covered)
    no_product = Account("bitget", bitget.client, groups=("mix",))
    with pytest.raises(errors.ConfigurationError, match="product_type"):
        panic([no_product])
    with pytest.raises(errors.ConfigurationError, match="async client"):
        asyncio.run(apanic([bitget]))
    with pytest.raises(errors.ConfigurationError, match="not 'gate'"):
        Account("gate", bitget.client)
    assert exchange_sim.requests() == []


def test_read_cancel_result_reads_each_exchange_shape() -> None:
    bingx = {"orders": [{"order_id": 1, "status": "CANCELED"}, {"order_id": 2, "status": "FAILED"}]}
    htx = [
        {"order_id": "3", "code": 200, "message": "Success"},
        {"order_id": "4", "code": 1017, "message": "gone"},
    ]
    bitget = {
        "success_list": [{"order_id": "5"}],
        "failure_list": [{"order_id": "6", "error_msg": "busy", "error_code": "40010"}],
    }
    gate = [
        {"id": "7", "succeeded": True},
        {"id": "8", "succeeded": False, "label": "ORDER_CLOSED", "message": "closed"},
    ]
    for data, ok, bad, reason in (
        (bingx, ("1",), "2", "status FAILED"),
        (htx, ("3",), "4", "gone"),
        (bitget, ("5",), "6", "busy"),
        (gate, ("7",), "8", "closed"),
    ):
        cancelled, failed = read_cancel_result(data)
        assert cancelled == ok
        assert [(f.order_id, f.reason) for f in failed] == [(bad, reason)]
