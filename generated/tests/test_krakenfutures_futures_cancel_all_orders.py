# Generated from specs/krakenfutures/futures/cancel_all_orders.yaml (sha256 6d5316728c7f5358c7dde3eb56f232dd166d0aff6f9bb42ccf9349c54eb83238). Do not edit: run make.
"""Conformance of KrakenFutures.futures.cancel_all_orders and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_kraken_futures
from pydantic import BaseModel

from exchange_sdk import AsyncKrakenFutures, KrakenFutures, errors
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
EXAMPLE = {
    "result": "success",
    "cancelStatus": {
        "receivedTime": "2019-08-01T15:57:37.518Z",
        "cancelOnly": "all",
        "status": "cancelled",
        "cancelledOrders": [
            {"order_id": "6180adfa-e4b1-4a52-adac-ea5417620dbd"},
            {"order_id": "89e3edbe-d739-4c52-b866-6f5a8407ff6e"},
            {"order_id": "0cd37a77-1644-4960-a7fb-9a1f6e0e46f7"},
        ],
        "orderEvents": [
            {
                "type": "CANCEL",
                "uid": "89e3edbe-d739-4c52-b866-6f5a8407ff6e",
                "order": {
                    "orderId": "89e3edbe-d739-4c52-b866-6f5a8407ff6e",
                    "type": "post",
                    "symbol": "PI_XBTUSD",
                    "side": "buy",
                    "quantity": 890,
                    "filled": 0,
                    "limitPrice": 10040,
                    "reduceOnly": False,
                    "timestamp": "2019-08-01T15:57:08.508Z",
                    "lastUpdateTimestamp": "2019-08-01T15:57:08.508Z",
                },
            },
            {
                "type": "CANCEL",
                "uid": "0cd37a77-1644-4960-a7fb-9a1f6e0e46f7",
                "order": {
                    "orderId": "0cd37a77-1644-4960-a7fb-9a1f6e0e46f7",
                    "type": "lmt",
                    "symbol": "PI_XBTUSD",
                    "side": "sell",
                    "quantity": 900,
                    "filled": 0,
                    "limitPrice": 10145,
                    "reduceOnly": True,
                    "timestamp": "2019-08-01T15:57:14.003Z",
                    "lastUpdateTimestamp": "2019-08-01T15:57:14.003Z",
                },
            },
        ],
    },
    "serverTime": "2019-08-01T15:57:37.520Z",
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE
PAYLOAD_KEY: str | None = None
VALID_ARGS: dict[str, object] = {"symbol": "PF_XBTUSD"}
QUERY_WIRE: dict[str, str] = {"symbol": "PF_XBTUSD"}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = []
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("symbol", 12345),
    ("symbol", ""),
    ("symbol", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    ("Json Parse Error", 200, {"error": "Json Parse Error"}, "InvalidRequestError", False),
    ("Server Error", 200, {"error": "Server Error"}, "ServerError", True),
    ("Unavailable", 200, {"error": "Unavailable"}, "ServerError", True),
    ("accountInactive", 200, {"error": "accountInactive"}, "PermissionDeniedError", False),
    ("apiLimitExceeded", 200, {"error": "apiLimitExceeded"}, "RateLimitError", True),
    ("authenticationError", 200, {"error": "authenticationError"}, "AuthenticationError", False),
    ("insufficientFunds", 200, {"error": "insufficientFunds"}, "InvalidRequestError", False),
    ("invalidAccount", 200, {"error": "invalidAccount"}, "InvalidRequestError", False),
    ("invalidAmount", 200, {"error": "invalidAmount"}, "InvalidRequestError", False),
    ("invalidArgument", 200, {"error": "invalidArgument"}, "InvalidRequestError", False),
    ("invalidUnit", 200, {"error": "invalidUnit"}, "InvalidRequestError", False),
    ("marketUnavailable", 200, {"error": "marketUnavailable"}, "ServerError", True),
    ("nonceBelowThreshold", 200, {"error": "nonceBelowThreshold"}, "TimestampError", True),
    ("nonceDuplicate", 200, {"error": "nonceDuplicate"}, "TimestampError", True),
    ("notFound", 200, {"error": "notFound"}, "InvalidRequestError", False),
    (
        "requiredArgumentMissing",
        200,
        {"error": "requiredArgumentMissing"},
        "InvalidRequestError",
        False,
    ),
    ("unknownError", 200, {"error": "unknownError"}, "ServerError", False),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    ("cancelStatus", "receivedTime"),
    ("cancelStatus", "cancelOnly"),
    ("cancelStatus", "orderEvents", 0, "type"),
    ("cancelStatus", "orderEvents", 0, "uid"),
    ("cancelStatus", "orderEvents", 0, "order", "orderId"),
    ("cancelStatus", "orderEvents", 0, "order", "type"),
    ("cancelStatus", "orderEvents", 0, "order", "symbol"),
    ("cancelStatus", "orderEvents", 0, "order", "side"),
    ("cancelStatus", "orderEvents", 0, "order", "quantity"),
    ("cancelStatus", "orderEvents", 0, "order", "filled"),
    ("cancelStatus", "orderEvents", 0, "order", "limitPrice"),
    ("cancelStatus", "orderEvents", 0, "order", "reduceOnly"),
    ("cancelStatus", "orderEvents", 0, "order", "timestamp"),
    ("cancelStatus", "orderEvents", 0, "order", "lastUpdateTimestamp"),
    ("cancelStatus", "orderEvents", 1, "type"),
    ("cancelStatus", "orderEvents", 1, "uid"),
    ("cancelStatus", "orderEvents", 1, "order", "orderId"),
    ("cancelStatus", "orderEvents", 1, "order", "type"),
    ("cancelStatus", "orderEvents", 1, "order", "symbol"),
    ("cancelStatus", "orderEvents", 1, "order", "side"),
    ("cancelStatus", "orderEvents", 1, "order", "quantity"),
    ("cancelStatus", "orderEvents", 1, "order", "filled"),
    ("cancelStatus", "orderEvents", 1, "order", "limitPrice"),
    ("cancelStatus", "orderEvents", 1, "order", "reduceOnly"),
    ("cancelStatus", "orderEvents", 1, "order", "timestamp"),
    ("cancelStatus", "orderEvents", 1, "order", "lastUpdateTimestamp"),
    ("serverTime",),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("result",),
    ("cancelStatus", "status"),
    ("cancelStatus", "cancelledOrders", 0, "order_id"),
    ("cancelStatus", "cancelledOrders", 1, "order_id"),
    ("cancelStatus", "cancelledOrders", 2, "order_id"),
]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "result"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    (
        "without result",
        200,
        '{"cancelStatus":{"receivedTime":"2019-08-01T15:57:37.518Z","cancelOnly":"all","status":"cancelled","cancelledOrders":[{"order_id":"6180adfa-e4b1-4a52-adac-ea5417620dbd"},{"order_id":"89e3edbe-d739-4c52-b866-6f5a8407ff6e"},{"order_id":"0cd37a77-1644-4960-a7fb-9a1f6e0e46f7"}],"orderEvents":[{"type":"CANCEL","uid":"89e3edbe-d739-4c52-b866-6f5a8407ff6e","order":{"orderId":"89e3edbe-d739-4c52-b866-6f5a8407ff6e","type":"post","symbol":"PI_XBTUSD","side":"buy","quantity":890,"filled":0,"limitPrice":10040,"reduceOnly":false,"timestamp":"2019-08-01T15:57:08.508Z","lastUpdateTimestamp":"2019-08-01T15:57:08.508Z"}},{"type":"CANCEL","uid":"0cd37a77-1644-4960-a7fb-9a1f6e0e46f7","order":{"orderId":"0cd37a77-1644-4960-a7fb-9a1f6e0e46f7","type":"lmt","symbol":"PI_XBTUSD","side":"sell","quantity":900,"filled":0,"limitPrice":10145,"reduceOnly":true,"timestamp":"2019-08-01T15:57:14.003Z","lastUpdateTimestamp":"2019-08-01T15:57:14.003Z"}}]},"serverTime":"2019-08-01T15:57:37.520Z"}',
    ),
    ("without cancelStatus", 200, '{"result":"success","serverTime":"2019-08-01T15:57:37.520Z"}'),
    ("empty body 200", 200, ""),
]


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


def sync_client(recorder: Recorder) -> KrakenFutures:
    return KrakenFutures(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncKrakenFutures:
    return AsyncKrakenFutures(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).futures.cancel_all_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.futures.cancel_all_orders(**kwargs)  # type: ignore[arg-type]

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
    assert request.method == "POST"
    url = urlsplit(request.url)
    assert url.path == "/derivatives/api/v3/cancelallorders"
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    for wire, value in QUERY_WIRE.items():
        assert query.get(wire) == value, f"query parameter {wire}"
    if BODY_WIRE:
        assert request.body is not None
        body = dict(parse_qsl(request.body.decode(), keep_blank_values=True))
        for wire, expected in BODY_WIRE.items():
            assert body.get(wire) == expected, f"body parameter {wire}"
        extra = set(body) - set(BODY_WIRE)
        assert not extra, f"unexpected body keys {extra}"
    verify_kraken_futures(request.method, request.url, request.headers, request.body, KEY, SECRET)


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
    from exchange_sdk.krakenfutures.models import CancelAllOrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, CancelAllOrdersResponse)
    assert result.raw_response.status == EXAMPLE_STATUS
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert _leaves(dumped) == _leaves(PAYLOAD)


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(("code", "status", "body", "error_class", "retryable"), ERRORS)
def test_documented_error_raises_its_class(
    call: Callable[..., object],
    code: str,
    status: int,
    body: object,
    error_class: str,
    retryable: bool,
) -> None:
    recorder = Recorder(status, body)
    with pytest.raises(errors.APIError) as info:
        call(recorder, **VALID_ARGS)
    error = info.value
    assert type(error).__name__ == error_class
    assert error.code == code
    assert error.retryable is retryable
    assert error.http_status == status
    assert error.raw_body == recorder.body
    assert error.exchange == "krakenfutures"
    assert error.endpoint == "futures.cancel_all_orders"


@pytest.mark.parametrize("call", CALLERS, ids=ids)
@pytest.mark.parametrize(
    ("case", "status", "body"), UNPROVEN, ids=[case for case, _, _ in UNPROVEN]
)
def test_success_without_required_fields_is_not_success(
    call: Callable[..., object], case: str, status: int, body: str
) -> None:
    recorder = Recorder(status, body.encode())
    with pytest.raises(errors.UnexpectedResponseError) as info:
        call(recorder, **VALID_ARGS)
    assert info.value.raw_body == body.encode()
    assert info.value.http_status == status
    assert len(recorder.requests) == 1  # not retried: the exchange may have acted


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
