"""The simulator's clock minutes off the client's: calls succeed after one automatic sync."""

from __future__ import annotations

import pytest
from reliability_helpers import ENDPOINTS, acall, async_client, call, run, served, sync_client

from exchange_sdk import errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin

CASES = sorted(ENDPOINTS)
IDS = [f"{e}-{o}" for e, o in CASES]
SKEWS = [-10 * 60_000, -3 * 60_000, 3 * 60_000, 10 * 60_000]
SKEW_IDS = ["server-10min-behind", "3min-behind", "3min-ahead", "10min-ahead"]


def succeeded(outcome: object) -> bool:
    return not isinstance(outcome, BaseException) or isinstance(
        outcome, errors.NothingToCancelError
    )


def outcome_of(client: object, operation: str) -> object:
    try:
        return call(client, operation)  # type: ignore[arg-type]
    except errors.ExchangeSDKError as exc:
        return exc


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
@pytest.mark.parametrize("skew", SKEWS, ids=SKEW_IDS)
def test_sync_client_recovers_with_one_sync(
    exchange_sim: SimAdmin, exchange: str, operation: str, skew: int
) -> None:
    exchange_sim.real_clock(offset_ms=skew)
    client = sync_client(exchange, exchange_sim.url, max_retries=0)
    assert succeeded(outcome_of(client, operation))
    log = [(r["operation"], r["status"]) for r in served(exchange_sim, exchange)]
    tolerance = client._info.timestamp_tolerance_ms
    if abs(skew) > tolerance:  # refused, synced, re-sent
        assert [op for op, _ in log] == [operation, "server_time", operation]
        assert abs(client.clock_offset_ms - skew) < 2_000
    else:  # inside the window (HTX: 5 minutes): nothing to fix
        assert [op for op, _ in log] == [operation]
    # The offset is kept: the next call is signed right the first time.
    assert succeeded(outcome_of(client, operation))
    assert len(served(exchange_sim, exchange)) == len(log) + 1
    client.close()


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_async_client_recovers_with_one_sync(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.real_clock(offset_ms=-10 * 60_000)

    async def go() -> object:
        async with async_client(exchange, exchange_sim.url, max_retries=0) as client:
            try:
                return await acall(client, operation)
            except errors.ExchangeSDKError as exc:
                return exc

    assert succeeded(run(go()))
    ops = [r["operation"] for r in served(exchange_sim, exchange)]
    assert ops == [operation, "server_time", operation]


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
def test_sync_time_up_front(exchange_sim: SimAdmin, exchange: str) -> None:
    exchange_sim.real_clock(offset_ms=7 * 60_000)
    client = sync_client(exchange, exchange_sim.url)
    offset = client.sync_time()
    assert abs(offset - 7 * 60_000) < 2_000
    operation = next(o for e, o in CASES if e == exchange)
    assert succeeded(outcome_of(client, operation))
    assert [r["operation"] for r in served(exchange_sim, exchange)] == ["server_time", operation]


def test_unreadable_server_time_gives_the_timestamp_error(exchange_sim: SimAdmin) -> None:
    exchange_sim.real_clock(offset_ms=10 * 60_000)
    exchange_sim.add_fault("non_json", status=200, operation="server_time")
    client = sync_client("gate", exchange_sim.url)
    with pytest.raises(errors.TimestampError):
        call(client, "spot.countdown_cancel_all")
