# Generated from specs/bitget/spot_plan/batch_cancel_plan_order.yaml (sha256 7c3ad14dd202f332fb8088a53b768539140bf568afbfedfd0f1160610774514e). Do not edit: run make.
"""Bitget.spot_plan.batch_cancel_plan_order and its async twin against the simulator over real HTTP:
round trip, the endpoint's effect on open orders (checked through the admin API), countdowns on
the manual clock, authentication and timestamp errors, rate limits and injected faults."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import pytest

from exchange_sdk import AsyncBitget, Bitget, errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.simulator.venues import VENUES, simulated

EXCHANGE = "bitget"
KEY = "test-key"
SECRET = "test-secret"
PASSPHRASE = "test-pass"
ARGS: dict[str, object] = {}
SEED_MATCH: list[dict[str, object]] = [
    {"symbol": "BTCUSDT", "market": "spot", "type": "plan"},
    {"symbol": "ETHUSDT", "market": "spot", "type": "plan", "side": "sell"},
]
SEED_OTHER: list[dict[str, object]] = [
    {"symbol": "BTCUSDT", "market": "spot"},
    {"symbol": "BTCUSDT", "market": "mix", "product_type": "USDT-FUTURES"},
]
RESULT_IDS: tuple[str, ...] = ("data", "successList", "*", "orderId")
OPERATION = "spot_plan.batch_cancel_plan_order"
pytestmark = pytest.mark.skipif(
    not simulated(EXCHANGE, OPERATION),
    reason=f"the simulator has no behaviour for {EXCHANGE} {OPERATION} yet (its route answers 501)",
)
SUCCESS_CODES = ("00000",)
TIMESTAMP_CODE = "40008"  # the simulator's answer to a stale timestamp
GAP_MS = 200  # manual-clock step between two signed calls (UID rate limit)
SKEW_MS = 120000  # beyond the exchange's timestamp window


def call_sync(sim: SimAdmin, credentials: dict[str, str] | None = None, **kwargs: object) -> object:
    creds = {"api_key": KEY, "api_secret": SECRET, "passphrase": PASSPHRASE, **(credentials or {})}
    # The simulator's manual clock paces these tests: the client's own limiter would wait in
    # real time (and would keep the server's rate-limit answers from ever being seen).
    with Bitget(base_url=sim.url, max_retries=0, **creds) as client:  # type: ignore[arg-type]
        client.rate_limiter = None
        return client.spot_plan.batch_cancel_plan_order(**kwargs)  # type: ignore[arg-type]


def call_async(
    sim: SimAdmin, credentials: dict[str, str] | None = None, **kwargs: object
) -> object:
    creds = {"api_key": KEY, "api_secret": SECRET, "passphrase": PASSPHRASE, **(credentials or {})}

    async def go() -> object:
        async with AsyncBitget(base_url=sim.url, max_retries=0, **creds) as client:  # type: ignore[arg-type]
            client.rate_limiter = None
            return await client.spot_plan.batch_cancel_plan_order(**kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


CALLERS: list[Callable[..., object]] = [call_sync, call_async]
ids = ["sync", "async"]


def seed(sim: SimAdmin, specs: list[dict[str, object]]) -> set[str]:
    created: set[str] = set()
    for spec in specs:
        orders = sim.request("POST", "orders", {"exchange": EXCHANGE, **spec})["orders"]
        created |= {str(o["order_id"]) for o in orders}
    return created


def ids_in(data: object, path: tuple[str, ...]) -> set[str]:
    if not path:  # HTX v1 lists the cancelled ids as one string joined by commas
        return set(filter(None, data.split(","))) if isinstance(data, str) else {str(data)}
    head, rest = path[0], path[1:]
    if head == "*":
        return (
            set().union(*(ids_in(item, rest) for item in data)) if isinstance(data, list) else set()
        )
    return ids_in(data[head], rest) if isinstance(data, dict) and head in data else set()


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_round_trip_accepted_and_parsed(
    exchange_sim: SimAdmin, call: Callable[..., object]
) -> None:
    from exchange_sdk.bitget.models import BatchCancelPlanOrderResponse

    seed(exchange_sim, SEED_MATCH)
    result = call(exchange_sim, **ARGS)
    assert isinstance(result, BatchCancelPlanOrderResponse)
    assert result.raw_response.status == 200
    last = exchange_sim.requests()[-1]
    assert (last["operation"], last["status"]) == (OPERATION, 200)
    assert last["code"] in SUCCESS_CODES  # OKX batches: "1" when the one order was not open


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_matching_orders_really_cancelled(
    exchange_sim: SimAdmin, call: Callable[..., object]
) -> None:
    match = seed(exchange_sim, SEED_MATCH)
    other = seed(exchange_sim, SEED_OTHER)
    result = call(exchange_sim, **ARGS)
    body = json.loads(result.raw_response.body)  # type: ignore[attr-defined]
    assert ids_in(body, RESULT_IDS) == match
    remaining = exchange_sim.order_ids(EXCHANGE)
    assert not match & remaining, "cancelled orders are still open"
    assert other <= remaining, "orders outside the filters were cancelled"


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_killswitch_table_cancels_through_the_client(
    exchange_sim: SimAdmin, call: Callable[..., object]
) -> None:
    """The CANCEL_ALL entry names this method and keywords it really takes."""
    from exchange_sdk._killswitch_specs import CANCEL_ALL

    spec = next(s for s in CANCEL_ALL[EXCHANGE] if f"{s.group}.{s.method}" == OPERATION)
    kwargs = {k: ARGS[k] for k in spec.account_kwargs}
    if spec.market_kwarg is not None and spec.market_kwarg in ARGS:
        kwargs[spec.market_kwarg] = ARGS[spec.market_kwarg]
    match = seed(exchange_sim, SEED_MATCH)
    call(exchange_sim, **kwargs)
    assert not match & exchange_sim.order_ids(EXCHANGE), "orders survived the table's cancel-all"


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(
    "credentials",
    [
        {"api_secret": "wrong-secret"},
        {"api_key": "wrong-key"},
        {"passphrase": "wrong-pass"},
    ],
    ids=["wrong-secret", "wrong-key", "wrong-passphrase"],
)
def test_bad_credentials_raise_authentication_error(
    exchange_sim: SimAdmin, call: Callable[..., object], credentials: dict[str, str]
) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        call(exchange_sim, credentials, **ARGS)
    assert info.value.exchange == EXCHANGE


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize("skew", [SKEW_MS, -SKEW_MS], ids=["client-behind", "client-ahead"])
def test_client_clock_skew_rejected_then_corrected_by_sync(
    exchange_sim: SimAdmin, call: Callable[..., object], skew: int
) -> None:
    """The exchange refuses the skewed timestamp; the SDK reads the server time and re-sends."""
    exchange_sim.real_clock(offset_ms=skew)
    seed(exchange_sim, SEED_MATCH)
    assert call(exchange_sim, **ARGS) is not None
    log = exchange_sim.requests()
    assert [entry["operation"] for entry in log] == [OPERATION, "server_time", OPERATION]
    assert log[0]["code"] == TIMESTAMP_CODE
    assert [entry["status"] for entry in log[1:]] == [200, 200]
    assert log[2]["code"] in SUCCESS_CODES


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize("skew", [SKEW_MS, -SKEW_MS], ids=["client-behind", "client-ahead"])
def test_client_clock_skew_raises_timestamperror(
    exchange_sim: SimAdmin, call: Callable[..., object], skew: int
) -> None:
    """When the server time cannot be read either, the exchange's timestamp error surfaces."""
    exchange_sim.real_clock(offset_ms=skew)
    exchange_sim.request(
        "POST", "faults", {"kind": "status", "status": 503, "operation": "server_time"}
    )
    with pytest.raises(errors.TimestampError) as info:
        call(exchange_sim, **ARGS)
    assert info.value.code == TIMESTAMP_CODE


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_key_without_permission_refused(
    exchange_sim: SimAdmin, call: Callable[..., object]
) -> None:
    exchange_sim.add_account(
        "read-only-key", "read-only-secret", "read-only-pass", permissions=["Read"]
    )
    credentials = {
        "api_key": "read-only-key",
        "api_secret": "read-only-secret",
        "passphrase": "read-only-pass",
    }
    # The class the spec gives the venue's answer (PermissionDeniedError where the exchange
    # documents a permission error; Kraken Futures documents none and answers authenticationError).
    venue = VENUES[EXCHANGE]
    info = venue.wire.errors.get(venue.permission_code)
    expected = getattr(errors, info.error_class) if info else errors.PermissionDeniedError
    with pytest.raises(expected):
        call(exchange_sim, credentials, **ARGS)


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_rate_limit_answers_rate_limit_error(
    exchange_sim: SimAdmin, call: Callable[..., object]
) -> None:
    exchange_sim.manual_clock()  # one window for every call
    for _ in range(5):
        seed(exchange_sim, SEED_MATCH)
        call(exchange_sim, **ARGS)
    with pytest.raises(errors.RateLimitError):
        call(exchange_sim, **ARGS)


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(
    ("fault", "error_class"),
    [
        ({"kind": "status", "status": 503}, errors.ServerError),
        ({"kind": "non_json", "status": 502}, errors.ServerError),
        ({"kind": "truncate"}, errors.UnexpectedResponseError),
        ({"kind": "drop"}, errors.NetworkError),
    ],
    ids=["5xx", "html", "truncated", "dropped"],
)
def test_injected_fault_raises(
    exchange_sim: SimAdmin,
    call: Callable[..., object],
    fault: dict[str, object],
    error_class: type[Exception],
) -> None:
    exchange_sim.manual_clock()
    exchange_sim.request("POST", "faults", {"next": 1, "exchange": EXCHANGE, **fault})
    seed(exchange_sim, SEED_MATCH)
    with pytest.raises(error_class):
        call(exchange_sim, **ARGS)
    exchange_sim.advance(GAP_MS)
    seed(exchange_sim, SEED_MATCH)
    assert call(exchange_sim, **ARGS) is not None  # the next request is served again
