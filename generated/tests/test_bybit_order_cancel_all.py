# Generated from specs/bybit/order/cancel_all.yaml (sha256 6cd127439a02bf892ad92281583edc19adb9a77fb04077165db2add2c413d6e5). Do not edit: run make.
"""Conformance of Bybit.order.cancel_all and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_bybit
from pydantic import BaseModel

from exchange_sdk import AsyncBybit, Bybit, errors
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
    "retCode": 0,
    "retMsg": "OK",
    "result": {
        "list": [
            {"orderId": "1616024329462743808", "orderLinkId": "1616024329462743809"},
            {"orderId": "1616024287544869632", "orderLinkId": "1616024287544869633"},
        ],
        "success": "1",
    },
    "retExtInfo": {},
    "time": 1707381118116,
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["result"]
PAYLOAD_KEY: str | None = "result"
VALID_ARGS: dict[str, object] = {
    "category": "linear",
    "symbol": "BTCUSDT",
    "base_coin": "x",
    "settle_coin": "USDT",
    "order_filter": "Order",
    "stop_order_type": "Stop",
}
QUERY_WIRE: dict[str, str] = {}
BODY_WIRE: dict[str, object] = {
    "category": "linear",
    "symbol": "BTCUSDT",
    "baseCoin": "x",
    "settleCoin": "USDT",
    "orderFilter": "Order",
    "stopOrderType": "Stop",
}
VALID_BOUNDARIES: list[tuple[str, object]] = [
    ("category", "linear"),
    ("category", "inverse"),
    ("category", "spot"),
    ("category", "option"),
    ("order_filter", "Order"),
    ("order_filter", "tpslOrder"),
    ("order_filter", "StopOrder"),
    ("order_filter", "OcoOrder"),
    ("order_filter", "BidirectionalTpslOrder"),
    ("order_filter", "OpenOrder"),
    ("stop_order_type", "Stop"),
]
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("category", "NOT_A_VALID_VALUE"),
    ("category", ""),
    ("category", 12345),
    ("category", "BTC\r\nUSDT"),
    ("symbol", 12345),
    ("symbol", ""),
    ("symbol", "BTC\r\nUSDT"),
    ("base_coin", 12345),
    ("base_coin", ""),
    ("base_coin", "BTC\r\nUSDT"),
    ("settle_coin", 12345),
    ("settle_coin", ""),
    ("settle_coin", "BTC\r\nUSDT"),
    ("order_filter", "NOT_A_VALID_VALUE"),
    ("order_filter", "order"),
    ("order_filter", 12345),
    ("order_filter", ""),
    ("order_filter", "BTC\r\nUSDT"),
    ("stop_order_type", "NOT_A_VALID_VALUE"),
    ("stop_order_type", "stop"),
    ("stop_order_type", 12345),
    ("stop_order_type", ""),
    ("stop_order_type", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "-1",
        200,
        {"retCode": -1, "retMsg": "request expired: o@0, now[] diff[]", "result": None},
        "TimestampError",
        True,
    ),
    (
        "-2015",
        200,
        {"retCode": -2015, "retMsg": "(Spot) Your api key has expired", "result": None},
        "AuthenticationError",
        False,
    ),
    (
        "10000",
        200,
        {"retCode": 10000, "retMsg": "Server Timeout", "result": None},
        "ServerError",
        True,
    ),
    (
        "10001",
        200,
        {"retCode": 10001, "retMsg": "Request parameter error", "result": None},
        "InvalidRequestError",
        False,
    ),
    (
        "10002",
        200,
        {
            "retCode": 10002,
            "retMsg": "The request time exceeds the time window range.",
            "result": None,
        },
        "TimestampError",
        True,
    ),
    (
        "10003",
        200,
        {
            "retCode": 10003,
            "retMsg": "API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo",
            "result": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "10004",
        200,
        {
            "retCode": 10004,
            "retMsg": "Error sign, please check your signature generation algorithm.",
            "result": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "10005",
        200,
        {
            "retCode": 10005,
            "retMsg": "Permission denied, please check your API key permissions.",
            "result": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "10006",
        200,
        {"retCode": 10006, "retMsg": "Too many visits!", "result": None},
        "RateLimitError",
        True,
    ),
    (
        "10007",
        200,
        {"retCode": 10007, "retMsg": "User authentication failed.", "result": None},
        "AuthenticationError",
        False,
    ),
    (
        "10008",
        200,
        {
            "retCode": 10008,
            "retMsg": "Common banned, please check your account mode",
            "result": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "10009",
        200,
        {
            "retCode": 10009,
            "retMsg": "Service Restricted: Access is currently unavailable for your region. Please contact our support team for further assistance",
            "result": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "10010",
        200,
        {
            "retCode": 10010,
            "retMsg": "Unmatched IP, please check your API key's bound IP addresses.",
            "result": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "10014",
        200,
        {"retCode": 10014, "retMsg": "Invalid duplicate request.", "result": None},
        "InvalidRequestError",
        False,
    ),
    (
        "10016",
        200,
        {"retCode": 10016, "retMsg": "Server error.", "result": None},
        "ServerError",
        True,
    ),
    (
        "10017",
        200,
        {"retCode": 10017, "retMsg": "Route not found.", "result": None},
        "InvalidRequestError",
        False,
    ),
    (
        "10024",
        200,
        {"retCode": 10024, "retMsg": "Compliance rules triggered", "result": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "10027",
        200,
        {"retCode": 10027, "retMsg": "Transactions are banned.", "result": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "10028",
        200,
        {
            "retCode": 10028,
            "retMsg": "The API can only be accessed by unified account users.",
            "result": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "110001",
        200,
        {"retCode": 110001, "retMsg": "Order does not exist", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "110008",
        200,
        {"retCode": 110008, "retMsg": "The order has been completed or cancelled.", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "110010",
        200,
        {"retCode": 110010, "retMsg": "The order has been cancelled", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "170142",
        200,
        {"retCode": 170142, "retMsg": "Order has been cancelled", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "170147",
        200,
        {"retCode": 170147, "retMsg": "Order cancellation timeout", "result": None},
        "ServerError",
        True,
    ),
    (
        "170190",
        200,
        {"retCode": 170190, "retMsg": "Cancel order has been finished", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "170191",
        200,
        {
            "retCode": 170191,
            "retMsg": "Can not cancel order, please try again later",
            "result": None,
        },
        "ServerError",
        True,
    ),
    (
        "170212",
        200,
        {"retCode": 170212, "retMsg": "Cancel order request processing", "result": None},
        "ServerError",
        True,
    ),
    (
        "170213",
        200,
        {"retCode": 170213, "retMsg": "Order does not exist.", "result": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "33004",
        200,
        {"retCode": 33004, "retMsg": "(Derivatives) Your api key has expired", "result": None},
        "AuthenticationError",
        False,
    ),
    (
        "429",
        200,
        {
            "retCode": 429,
            "retMsg": "The trading service is experiencing a high server load. Please retry if you encounter this issue.",
            "result": None,
        },
        "ServerError",
        True,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    ("result", "list", 0, "orderLinkId"),
    ("result", "list", 1, "orderLinkId"),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("result", "list", 0, "orderId"),
    ("result", "list", 1, "orderId"),
    ("result", "success"),
]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "retCode"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    (
        "without list",
        200,
        '{"retCode":0,"retMsg":"OK","result":{"success":"1"},"retExtInfo":{},"time":1707381118116}',
    ),
    (
        "null payload",
        200,
        '{"retCode":0,"retMsg":"OK","result":null,"retExtInfo":{},"time":1707381118116}',
    ),
    ("no payload", 200, '{"retCode":0,"retMsg":"OK","retExtInfo":{},"time":1707381118116}'),
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


def sync_client(recorder: Recorder) -> Bybit:
    return Bybit(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncBybit:
    return AsyncBybit(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).order.cancel_all(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.order.cancel_all(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/v5/order/cancel-all"
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
    assert "category" not in query
    assert "symbol" not in query
    assert "baseCoin" not in query
    assert "settleCoin" not in query
    assert "orderFilter" not in query
    assert "stopOrderType" not in query
    verify_bybit(request.method, request.url, request.headers, request.body, KEY, SECRET)


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
@pytest.mark.parametrize("argument", ("category",))
def test_missing_required_argument_rejected(call: Callable[..., object], argument: str) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    args = {k: v for k, v in VALID_ARGS.items() if k != argument}
    with pytest.raises(TypeError):
        call(recorder, **args)
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.bybit.models import CancelAllResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, CancelAllResponse)
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
    assert error.exchange == "bybit"
    assert error.endpoint == "order.cancel_all"


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
