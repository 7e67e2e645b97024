# Generated from specs/bitmex/all/get_orders.yaml (sha256 bb2071383b097f46753e067fd72ca64ea8bbacf517b8be7c63641bdc66193433). Do not edit: run make.
"""Conformance of BitMEX.all.get_orders and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_bitmex
from pydantic import BaseModel

from exchange_sdk import AsyncBitMEX, BitMEX, errors
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

KEY = "conformance-key"
SECRET = (
    "Y29uZm9ybWFuY2Utc2VjcmV0"  # base64 ("conformance-secret"): fits raw and base64-key schemes
)
# Success body: the spec's example.
EXAMPLE = [
    {
        "orderID": "6f8bcd3a-6b2e-4b1a-9f5e-2d1c7a0b9e41",
        "clOrdID": "my-order-1",
        "clOrdLinkID": "",
        "account": 123456,
        "symbol": "XBTUSD",
        "side": "Buy",
        "orderQty": 100,
        "price": 25000.5,
        "displayQty": None,
        "stopPx": None,
        "pegOffsetValue": None,
        "pegPriceType": "",
        "currency": "USD",
        "settlCurrency": "XBt",
        "ordType": "Limit",
        "timeInForce": "GoodTillCancel",
        "execInst": "",
        "contingencyType": "",
        "ordStatus": "New",
        "triggered": "",
        "workingIndicator": True,
        "ordRejReason": "",
        "leavesQty": 100,
        "cumQty": 0,
        "avgPx": None,
        "text": "Submitted via API.",
        "transactTime": "2024-01-01T00:00:00.000Z",
        "timestamp": "2024-01-01T00:00:01.000Z",
    }
]
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE
PAYLOAD_KEY: str | None = None
VALID_ARGS: dict[str, object] = {
    "symbol": "XBTUSD",
    "filter": "x",
    "columns": "x",
    "count": 100,
    "start": 0,
    "reverse": False,
    "start_time": "x",
    "end_time": "x",
}
QUERY_WIRE: dict[str, str] = {
    "symbol": "XBTUSD",
    "filter": "x",
    "columns": "x",
    "count": "100",
    "start": "0",
    "reverse": "false",
    "startTime": "x",
    "endTime": "x",
}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = [
    ("count", 1),
    ("count", 500),
    ("start", 0),
    ("start", 2147483647),
]
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("symbol", 12345),
    ("symbol", ""),
    ("symbol", "BTC\r\nUSDT"),
    ("filter", 12345),
    ("filter", ""),
    ("filter", "BTC\r\nUSDT"),
    ("columns", 12345),
    ("columns", ""),
    ("columns", "BTC\r\nUSDT"),
    ("count", 0),
    ("count", 501),
    ("count", "10"),
    ("count", True),
    ("start", -1),
    ("start", 2147483648),
    ("start", "10"),
    ("start", True),
    ("reverse", "true"),
    ("start_time", 12345),
    ("start_time", ""),
    ("start_time", "BTC\r\nUSDT"),
    ("end_time", 12345),
    ("end_time", ""),
    ("end_time", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = []
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    (0, "clOrdID"),
    (0, "clOrdLinkID"),
    (0, "account"),
    (0, "symbol"),
    (0, "side"),
    (0, "orderQty"),
    (0, "price"),
    (0, "displayQty"),
    (0, "stopPx"),
    (0, "pegOffsetValue"),
    (0, "pegPriceType"),
    (0, "currency"),
    (0, "settlCurrency"),
    (0, "ordType"),
    (0, "timeInForce"),
    (0, "execInst"),
    (0, "contingencyType"),
    (0, "ordStatus"),
    (0, "triggered"),
    (0, "workingIndicator"),
    (0, "ordRejReason"),
    (0, "leavesQty"),
    (0, "cumQty"),
    (0, "avgPx"),
    (0, "text"),
    (0, "transactTime"),
    (0, "timestamp"),
]
RELIED_ON: list[tuple[str | int, ...]] = [(0, "orderID")]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = None


class Recorder:
    """Mock-transport handler: records every request, answers with one canned response."""

    def __init__(self, status: int, body: object) -> None:
        self.status = status
        self.body = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(
            status=self.status, headers={"Content-Type": "application/json"}, body=self.body
        )


def sync_client(recorder: Recorder) -> BitMEX:
    return BitMEX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncBitMEX:
    return AsyncBitMEX(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).all.get_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.all.get_orders(**kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


CALLERS: list[Callable[..., object]] = [call_sync, call_async]
ids = ["sync", "async"]


def _leaves(value: object) -> object:
    """Normalise for comparison: every scalar as its string (Decimal, int-as-string, ...), a
    number in plain notation ("0.00000022" and Decimal("2.2E-7") are the same money)."""
    if isinstance(value, dict):
        return {k: _leaves(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_leaves(v) for v in value]
    if value is None:
        return None
    text = str(value)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return format(number, "f") if number.is_finite() else text


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_request_method_path_placement_and_signature(call: Callable[..., object]) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    call(recorder, **VALID_ARGS)
    assert len(recorder.requests) == 1
    request = recorder.requests[0]
    assert request.method == "GET"
    url = urlsplit(request.url)
    assert url.path == "/api/v1/order"
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    for wire, value in QUERY_WIRE.items():
        assert query.get(wire) == value, f"query parameter {wire}"
    if BODY_WIRE:
        assert request.body is not None
        body = json.loads(request.body)
        for wire, expected in BODY_WIRE.items():
            assert body.get(wire) == expected, f"body parameter {wire}"
        extra = set(body) - set(BODY_WIRE)
        assert not extra, f"unexpected body keys {extra}"
    verify_bitmex(request.method, request.url, request.headers, request.body, KEY, SECRET)


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(("argument", "value"), VALID_BOUNDARIES)
def test_valid_boundary_is_sent(call: Callable[..., object], argument: str, value: object) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    call(recorder, **{**VALID_ARGS, argument: value})
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(("argument", "value"), INVALID_BOUNDARIES)
def test_invalid_value_rejected_before_sending(
    call: Callable[..., object], argument: str, value: object
) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    with pytest.raises(errors.ValidationError) as info:
        call(recorder, **{**VALID_ARGS, argument: value})
    assert info.value.argument == argument
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.bitmex.models import OrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, OrdersResponse)
    assert result.raw_response.status == EXAMPLE_STATUS
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert _leaves(dumped) == _leaves(PAYLOAD)


def _with(path: tuple[str | int, ...], value: object) -> object:
    """A copy of EXAMPLE with the field at ``path`` set to ``value``."""
    body = json.loads(json.dumps(EXAMPLE))
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


def _at(value: object, path: tuple[str | int, ...]) -> object:
    for key in path:
        value = value[key]  # type: ignore[index]
    return value


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_decorative_field_that_does_not_fit_keeps_every_relied_on_field(
    call: Callable[..., object],
) -> None:
    """Each decorative leaf set to "", null and a wrong type: the call returns, every relied-on
    value (ids, outcome, status, trigger time) is the example's, the broken field None or as sent."""
    failures: list[str] = []
    for path in DECORATIVE:
        for value in ("", None, WRONG_TYPE):
            body = _with(path, value)
            try:
                result = call(Recorder(EXAMPLE_STATUS, body), **VALID_ARGS)
            except errors.ExchangeSDKError as exc:
                failures.append(f"{path} = {value!r}: {type(exc).__name__}: {exc}"[:300])
                continue
            assert isinstance(result, BaseModel)
            payload = result.model_dump(mode="json", by_alias=True)
            dumped = {PAYLOAD_KEY: payload} if PAYLOAD_KEY else payload
            for kept in RELIED_ON:
                if _leaves(_at(dumped, kept)) != _leaves(_at(EXAMPLE, kept)):
                    failures.append(f"{path} = {value!r}: relied-on {kept} changed")
            if _at(dumped, path) not in (None, value):
                failures.append(f"{path} = {value!r}: read as {_at(dumped, path)!r}")
    assert failures == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_relied_on_field_that_does_not_fit_is_not_success(call: Callable[..., object]) -> None:
    """Each relied-on leaf of a wrong type: UnexpectedResponseError keeping the raw body."""
    failures: list[str] = []
    for path in RELIED_ON:
        body = _with(path, WRONG_TYPE)
        recorder = Recorder(EXAMPLE_STATUS, body)
        try:
            call(recorder, **VALID_ARGS)
        except errors.UnexpectedResponseError as exc:
            if exc.raw_body != recorder.body:
                failures.append(f"{path}: raw body not kept")
            continue
        except errors.APIError as exc:
            # The envelope's own code field (a body that is its payload): an error, not success.
            if path != (CODE_FIELD,) or exc.raw_body != recorder.body:
                failures.append(f"{path}: {type(exc).__name__} instead of UnexpectedResponseError")
            continue
        except errors.ExchangeSDKError as exc:
            failures.append(f"{path}: {type(exc).__name__} instead of UnexpectedResponseError")
            continue
        failures.append(f"{path}: accepted")
    assert failures == []
