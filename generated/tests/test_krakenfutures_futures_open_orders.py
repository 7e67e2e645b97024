# Generated from specs/krakenfutures/futures/open_orders.yaml (sha256 c6b05b432ea59194389165b6b9e951b0ef7961fcf7c986892931881a2e19a613). Do not edit: run make.
"""Conformance of KrakenFutures.futures.open_orders and its async twin with its spec,
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
    "openOrders": [
        {
            "order_id": "59302619-41d2-4f0b-941f-7e7914760ad3",
            "symbol": "PI_XBTUSD",
            "side": "sell",
            "orderType": "lmt",
            "limitPrice": 10640,
            "unfilledSize": 304,
            "receivedTime": "2019-09-05T17:01:17.410Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": True,
            "lastUpdateTime": "2019-09-05T17:01:17.410Z",
        },
        {
            "order_id": "022774bc-2c4a-4f26-9317-436c8d85746d",
            "symbol": "PI_XBTUSD",
            "side": "buy",
            "orderType": "lmt",
            "limitPrice": 7200,
            "unfilledSize": 1501,
            "receivedTime": "2019-09-05T16:41:35.173Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": False,
            "lastUpdateTime": "2019-09-05T16:47:47.519Z",
        },
        {
            "order_id": "d08021f7-58cb-4f2c-9c86-da4c60de46bb",
            "symbol": "PI_XBTUSD",
            "side": "sell",
            "orderType": "lmt",
            "limitPrice": 10640,
            "unfilledSize": 10000,
            "receivedTime": "2019-09-05T16:38:43.651Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": True,
            "lastUpdateTime": "2019-09-05T16:38:43.651Z",
        },
        {
            "order_id": "179f9af8-e45e-469d-b3e9-2fd4675cb7d0",
            "symbol": "PI_XBTUSD",
            "side": "buy",
            "orderType": "lmt",
            "limitPrice": 9400,
            "unfilledSize": 10000,
            "receivedTime": "2019-09-05T16:33:50.734Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": False,
            "lastUpdateTime": "2019-09-05T16:33:50.734Z",
        },
        {
            "order_id": "9c2cbcc8-14f6-42fe-a020-6e395babafd1",
            "symbol": "PI_XBTUSD",
            "side": "buy",
            "orderType": "lmt",
            "limitPrice": 9400,
            "unfilledSize": 1000,
            "receivedTime": "2019-09-04T11:45:48.884Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": False,
            "lastUpdateTime": "2019-09-05T16:41:40.996Z",
        },
        {
            "order_id": "3deea5c8-0274-4d33-988c-9e5a3895ccf8",
            "symbol": "PI_XBTUSD",
            "side": "buy",
            "orderType": "lmt",
            "limitPrice": 8500,
            "unfilledSize": 102,
            "receivedTime": "2019-09-03T12:52:17.945Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": False,
            "lastUpdateTime": "2019-09-03T12:52:17.945Z",
        },
        {
            "order_id": "fcbb1459-6ed2-4b3c-a58c-67c4df7412cf",
            "symbol": "PI_XBTUSD",
            "side": "buy",
            "orderType": "lmt",
            "limitPrice": 7200,
            "unfilledSize": 1501,
            "receivedTime": "2019-09-02T12:54:34.347Z",
            "status": "untouched",
            "filledSize": 0,
            "reduceOnly": False,
            "lastUpdateTime": "2019-09-02T12:54:34.347Z",
        },
    ],
    "serverTime": "2019-09-05T17:08:18.138Z",
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE
PAYLOAD_KEY: str | None = None
VALID_ARGS: dict[str, object] = {}
QUERY_WIRE: dict[str, str] = {}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = []
INVALID_BOUNDARIES: list[tuple[str, object]] = []
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
    ("openOrders", 0, "side"),
    ("openOrders", 0, "orderType"),
    ("openOrders", 0, "limitPrice"),
    ("openOrders", 0, "unfilledSize"),
    ("openOrders", 0, "receivedTime"),
    ("openOrders", 0, "status"),
    ("openOrders", 0, "filledSize"),
    ("openOrders", 0, "reduceOnly"),
    ("openOrders", 0, "lastUpdateTime"),
    ("openOrders", 1, "side"),
    ("openOrders", 1, "orderType"),
    ("openOrders", 1, "limitPrice"),
    ("openOrders", 1, "unfilledSize"),
    ("openOrders", 1, "receivedTime"),
    ("openOrders", 1, "status"),
    ("openOrders", 1, "filledSize"),
    ("openOrders", 1, "reduceOnly"),
    ("openOrders", 1, "lastUpdateTime"),
    ("openOrders", 2, "side"),
    ("openOrders", 2, "orderType"),
    ("openOrders", 2, "limitPrice"),
    ("openOrders", 2, "unfilledSize"),
    ("openOrders", 2, "receivedTime"),
    ("openOrders", 2, "status"),
    ("openOrders", 2, "filledSize"),
    ("openOrders", 2, "reduceOnly"),
    ("openOrders", 2, "lastUpdateTime"),
    ("openOrders", 3, "side"),
    ("openOrders", 3, "orderType"),
    ("openOrders", 3, "limitPrice"),
    ("openOrders", 3, "unfilledSize"),
    ("openOrders", 3, "receivedTime"),
    ("openOrders", 3, "status"),
    ("openOrders", 3, "filledSize"),
    ("openOrders", 3, "reduceOnly"),
    ("openOrders", 3, "lastUpdateTime"),
    ("openOrders", 4, "side"),
    ("openOrders", 4, "orderType"),
    ("openOrders", 4, "limitPrice"),
    ("openOrders", 4, "unfilledSize"),
    ("openOrders", 4, "receivedTime"),
    ("openOrders", 4, "status"),
    ("openOrders", 4, "filledSize"),
    ("openOrders", 4, "reduceOnly"),
    ("openOrders", 4, "lastUpdateTime"),
    ("openOrders", 5, "side"),
    ("openOrders", 5, "orderType"),
    ("openOrders", 5, "limitPrice"),
    ("openOrders", 5, "unfilledSize"),
    ("openOrders", 5, "receivedTime"),
    ("openOrders", 5, "status"),
    ("openOrders", 5, "filledSize"),
    ("openOrders", 5, "reduceOnly"),
    ("openOrders", 5, "lastUpdateTime"),
    ("openOrders", 6, "side"),
    ("openOrders", 6, "orderType"),
    ("openOrders", 6, "limitPrice"),
    ("openOrders", 6, "unfilledSize"),
    ("openOrders", 6, "receivedTime"),
    ("openOrders", 6, "status"),
    ("openOrders", 6, "filledSize"),
    ("openOrders", 6, "reduceOnly"),
    ("openOrders", 6, "lastUpdateTime"),
    ("serverTime",),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("result",),
    ("openOrders", 0, "order_id"),
    ("openOrders", 0, "symbol"),
    ("openOrders", 1, "order_id"),
    ("openOrders", 1, "symbol"),
    ("openOrders", 2, "order_id"),
    ("openOrders", 2, "symbol"),
    ("openOrders", 3, "order_id"),
    ("openOrders", 3, "symbol"),
    ("openOrders", 4, "order_id"),
    ("openOrders", 4, "symbol"),
    ("openOrders", 5, "order_id"),
    ("openOrders", 5, "symbol"),
    ("openOrders", 6, "order_id"),
    ("openOrders", 6, "symbol"),
]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "result"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    (
        "without result",
        200,
        '{"openOrders":[{"order_id":"59302619-41d2-4f0b-941f-7e7914760ad3","symbol":"PI_XBTUSD","side":"sell","orderType":"lmt","limitPrice":10640,"unfilledSize":304,"receivedTime":"2019-09-05T17:01:17.410Z","status":"untouched","filledSize":0,"reduceOnly":true,"lastUpdateTime":"2019-09-05T17:01:17.410Z"},{"order_id":"022774bc-2c4a-4f26-9317-436c8d85746d","symbol":"PI_XBTUSD","side":"buy","orderType":"lmt","limitPrice":7200,"unfilledSize":1501,"receivedTime":"2019-09-05T16:41:35.173Z","status":"untouched","filledSize":0,"reduceOnly":false,"lastUpdateTime":"2019-09-05T16:47:47.519Z"},{"order_id":"d08021f7-58cb-4f2c-9c86-da4c60de46bb","symbol":"PI_XBTUSD","side":"sell","orderType":"lmt","limitPrice":10640,"unfilledSize":10000,"receivedTime":"2019-09-05T16:38:43.651Z","status":"untouched","filledSize":0,"reduceOnly":true,"lastUpdateTime":"2019-09-05T16:38:43.651Z"},{"order_id":"179f9af8-e45e-469d-b3e9-2fd4675cb7d0","symbol":"PI_XBTUSD","side":"buy","orderType":"lmt","limitPrice":9400,"unfilledSize":10000,"receivedTime":"2019-09-05T16:33:50.734Z","status":"untouched","filledSize":0,"reduceOnly":false,"lastUpdateTime":"2019-09-05T16:33:50.734Z"},{"order_id":"9c2cbcc8-14f6-42fe-a020-6e395babafd1","symbol":"PI_XBTUSD","side":"buy","orderType":"lmt","limitPrice":9400,"unfilledSize":1000,"receivedTime":"2019-09-04T11:45:48.884Z","status":"untouched","filledSize":0,"reduceOnly":false,"lastUpdateTime":"2019-09-05T16:41:40.996Z"},{"order_id":"3deea5c8-0274-4d33-988c-9e5a3895ccf8","symbol":"PI_XBTUSD","side":"buy","orderType":"lmt","limitPrice":8500,"unfilledSize":102,"receivedTime":"2019-09-03T12:52:17.945Z","status":"untouched","filledSize":0,"reduceOnly":false,"lastUpdateTime":"2019-09-03T12:52:17.945Z"},{"order_id":"fcbb1459-6ed2-4b3c-a58c-67c4df7412cf","symbol":"PI_XBTUSD","side":"buy","orderType":"lmt","limitPrice":7200,"unfilledSize":1501,"receivedTime":"2019-09-02T12:54:34.347Z","status":"untouched","filledSize":0,"reduceOnly":false,"lastUpdateTime":"2019-09-02T12:54:34.347Z"}],"serverTime":"2019-09-05T17:08:18.138Z"}',
    ),
    ("without openOrders", 200, '{"result":"success","serverTime":"2019-09-05T17:08:18.138Z"}'),
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
    return sync_client(recorder).futures.open_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.futures.open_orders(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/derivatives/api/v3/openorders"
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
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.krakenfutures.models import OpenOrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, OpenOrdersResponse)
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
    assert error.endpoint == "futures.open_orders"


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
