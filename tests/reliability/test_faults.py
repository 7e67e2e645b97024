"""Injected faults (simulator ``/_sim/faults``): every call ends in success after retries or in
the right typed error, after a bounded number of attempts and within a bounded time."""

from __future__ import annotations

import time

import pytest
from reliability_helpers import (
    RecordingTransport,
    acall,
    async_client,
    call,
    run,
    served,
    sync_client,
)

from exchange_sdk import errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin

# One endpoint per exchange (BingX's cancel_open_orders: 2 per second, the roomier of the two).
CASES = [
    ("bingx", "spot.cancel_open_orders"),
    ("htx", "futures.cancel_all_orders"),
    ("bitget", "mix.cancel_all_orders"),
    ("gate", "spot.countdown_cancel_all"),
]
IDS = [exchange for exchange, _ in CASES]
BOUND_S = 20.0  # generous: the point is that nothing hangs or loops


def attempt(
    sim: SimAdmin, exchange: str, operation: str, *, max_retries: int = 2, timeout: float = 2.0
) -> tuple[object, int, float]:
    """One call; (its result or exception, requests the client sent, seconds it took)."""
    transport = RecordingTransport()
    client = sync_client(
        exchange, sim.url, max_retries=max_retries, timeout=timeout, transport=transport
    )
    start = time.monotonic()
    try:
        outcome: object = call(client, operation)
    except errors.ExchangeSDKError as exc:
        outcome = exc
    finally:
        transport.close()
    return outcome, len(transport.sent), time.monotonic() - start


def ok(outcome: object) -> bool:
    return not isinstance(outcome, BaseException) or isinstance(
        outcome, errors.NothingToCancelError
    )


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_latency_beyond_the_timeout_then_success(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("latency", latency_ms=1500, next=1, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, timeout=0.5)
    assert ok(outcome), outcome
    assert sent == 2 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_latency_that_never_ends_is_a_timeout(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("latency", latency_ms=1500, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=1, timeout=0.3)
    assert isinstance(outcome, errors.RequestTimeoutError)
    assert outcome.exchange == exchange and outcome.endpoint == operation
    assert sent == 2 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_then_success(
    exchange_sim: SimAdmin, exchange: str, operation: str, status: int
) -> None:
    exchange_sim.add_fault("status", status=status, next=2, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation)
    assert ok(outcome), outcome
    assert sent == 3 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_5xx_that_persists_is_a_server_error(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("status", status=503, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=3)
    assert isinstance(outcome, errors.ServerError) and outcome.retryable
    assert sent == 4 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_dropped_connection_then_success(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("drop", next=2, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation)
    assert ok(outcome), outcome
    assert sent == 3 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_connection_that_keeps_dropping_is_a_network_error(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("drop", exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=2)
    assert isinstance(outcome, errors.NetworkError)
    assert not isinstance(outcome, errors.RequestTimeoutError)
    assert sent == 3 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_html_error_pages_then_success(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("non_json", status=502, next=2, exchange=exchange)
    outcome, sent, _ = attempt(exchange_sim, exchange, operation)
    assert ok(outcome), outcome
    assert sent == 3


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_html_with_200_is_unexpected_and_not_repeated(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    # A 200 means the exchange acted: the SDK reports what it got instead of guessing.
    exchange_sim.add_fault("non_json", status=200, exchange=exchange)
    outcome, sent, _ = attempt(exchange_sim, exchange, operation)
    assert isinstance(outcome, errors.UnexpectedResponseError)
    assert outcome.http_status == 200 and b"<html" in outcome.raw_body
    assert sent == 1


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_truncated_body_is_unexpected_with_the_raw_bytes(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("truncate", exchange=exchange)
    outcome, sent, _ = attempt(exchange_sim, exchange, operation)
    assert isinstance(outcome, errors.UnexpectedResponseError), outcome
    assert "not valid JSON" in outcome.message and outcome.raw_body
    assert sent == 1


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_429_storm_then_success(exchange_sim: SimAdmin, exchange: str, operation: str) -> None:
    exchange_sim.add_fault("status", status=429, next=3, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=3)
    assert ok(outcome), outcome
    assert sent == 4 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_429_storm_that_persists_ends_in_a_typed_error(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    exchange_sim.add_fault("status", status=429, exchange=exchange)
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=2)
    assert isinstance(outcome, errors.APIError) and outcome.http_status == 429
    assert isinstance(outcome, errors.RateLimitError | errors.ServerError)
    assert sent == 3 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_the_exchanges_own_rate_limit_is_waited_out(
    exchange_sim: SimAdmin, exchange: str, operation: str
) -> None:
    """Another process (no client-side limiter) used up the key's window: the exchange's
    answer (message, headers) pauses this client's buckets and the retry gets through."""
    hog = sync_client(exchange, exchange_sim.url, max_retries=0)
    hog.rate_limiter = None
    refused = False
    for _ in range(500):
        try:
            call(hog, operation)
        except errors.NothingToCancelError:
            pass
        except errors.RateLimitError:
            refused = True
            break
    assert refused
    outcome, sent, took = attempt(exchange_sim, exchange, operation, max_retries=3)
    assert ok(outcome), outcome
    assert 1 <= sent <= 4 and took < BOUND_S


@pytest.mark.parametrize(("exchange", "operation"), CASES, ids=IDS)
def test_async_faults_end_in_success(exchange_sim: SimAdmin, exchange: str, operation: str) -> None:
    exchange_sim.add_fault("status", status=503, next=1, exchange=exchange)
    exchange_sim.add_fault("drop", next=1, exchange=exchange)

    async def go() -> object:
        async with async_client(exchange, exchange_sim.url, max_retries=3) as client:
            try:
                return await acall(client, operation)
            except errors.NothingToCancelError as exc:
                return exc

    start = time.monotonic()
    outcome = run(go())
    assert ok(outcome), outcome
    assert time.monotonic() - start < BOUND_S
    assert len(served(exchange_sim, exchange, operation)) >= 2
