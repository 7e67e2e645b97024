# Generated from specs/bingx/swap/open_orders.yaml (sha256 ea316aa0d609a6cb931e21d87649ed8bc6386401126dcaa4610e6d8361fdb422). Do not edit: run make.
"""Conformance of BingX.swap.open_orders and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_bingx
from pydantic import BaseModel

from exchange_sdk import AsyncBingX, BingX, errors
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
    "code": 0,
    "msg": "",
    "data": {
        "orders": [
            {
                "symbol": "BTC-USDT",
                "orderId": 1733405587011123500,
                "side": "SELL",
                "positionSide": "LONG",
                "type": "LIMIT",
                "origQty": "0.0030",
                "price": "44459.6",
                "executedQty": "0.0000",
                "avgPrice": "0.0",
                "cumQuote": "0",
                "stopPrice": "",
                "profit": "0.0",
                "commission": "0.0",
                "status": "PENDING",
                "time": 1702256915574,
                "updateTime": 1702256915610,
                "clientOrderId": "",
                "leverage": "",
                "takeProfit": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                    "StopGuaranteed": "",
                },
                "stopLoss": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                    "StopGuaranteed": "",
                },
                "advanceAttr": 0,
                "positionID": 0,
                "takeProfitEntrustPrice": 0,
                "stopLossEntrustPrice": 0,
                "orderType": "",
                "trailingStopRate": 0,
                "trailingStopDistance": 0,
                "postOnly": False,
                "workingType": "MARK_PRICE",
            },
            {
                "symbol": "BTC-USDT",
                "orderId": 1733405587011123500,
                "side": "SELL",
                "positionSide": "LONG",
                "type": "LIMIT",
                "origQty": "0.0030",
                "price": "44454.6",
                "executedQty": "0.0000",
                "avgPrice": "0.0",
                "cumQuote": "0",
                "stopPrice": "",
                "profit": "0.0",
                "commission": "0.0",
                "status": "PENDING",
                "time": 1702111071719,
                "updateTime": 1702111071735,
                "clientOrderId": "",
                "leverage": "",
                "takeProfit": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                    "StopGuaranteed": "",
                },
                "stopLoss": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                    "StopGuaranteed": "",
                },
                "advanceAttr": 0,
                "positionID": 0,
                "takeProfitEntrustPrice": 0,
                "stopLossEntrustPrice": 0,
                "orderType": "",
                "trailingStopRate": 0,
                "trailingStopDistance": 0,
                "postOnly": False,
                "workingType": "MARK_PRICE",
            },
        ]
    },
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["data"]
PAYLOAD_KEY: str | None = "data"
VALID_ARGS: dict[str, object] = {"symbol": "BTC-USDT", "type": "LIMIT", "recv_window": 1}
QUERY_WIRE: dict[str, str] = {"symbol": "BTC-USDT", "type": "LIMIT", "recvWindow": "1"}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = [
    ("type", "LIMIT"),
    ("type", "MARKET"),
    ("type", "STOP_MARKET"),
    ("type", "TAKE_PROFIT_MARKET"),
    ("type", "STOP"),
    ("type", "TAKE_PROFIT"),
    ("type", "TRIGGER_LIMIT"),
    ("type", "TRIGGER_MARKET"),
    ("type", "TRAILING_STOP_MARKET"),
    ("type", "TRAILING_TP_SL"),
    ("recv_window", -9223372036854775808),
    ("recv_window", 9223372036854775807),
]
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("symbol", 12345),
    ("symbol", ""),
    ("symbol", "BTC\r\nUSDT"),
    ("type", "NOT_A_VALID_VALUE"),
    ("type", "limit"),
    ("type", 12345),
    ("type", ""),
    ("type", "BTC\r\nUSDT"),
    ("recv_window", -9223372036854775809),
    ("recv_window", 9223372036854775808),
    ("recv_window", "10"),
    ("recv_window", True),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "100001",
        200,
        {"code": 100001, "msg": "signature verification failed", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "100202",
        200,
        {"code": 100202, "msg": "insufficient balance", "data": None},
        "InvalidRequestError",
        False,
    ),
    ("100204", 200, {"code": 100204, "msg": "no data", "data": None}, "InvalidRequestError", False),
    (
        "100400",
        200,
        {"code": 100400, "msg": "invalid parameter", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "100410",
        200,
        {
            "code": 100410,
            "msg": "The endpoint trigger frequency limit rule is currently in the disabled period and will be unblocked after 1727193814249",
            "data": None,
        },
        "RateLimitError",
        True,
    ),
    (
        "100412",
        200,
        {"code": 100412, "msg": "Null signature", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "100413",
        200,
        {"code": 100413, "msg": "Incorrect/Null apiKey", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "100419",
        200,
        {"code": 100419, "msg": "IP not in whitelist", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "100421",
        200,
        {"code": 100421, "msg": "Null timestamp or timestamp mismatch", "data": None},
        "TimestampError",
        True,
    ),
    ("100500", 200, {"code": 100500, "msg": "internal error", "data": None}, "ServerError", True),
    ("100503", 200, {"code": 100503, "msg": "server busy", "data": None}, "ServerError", True),
    (
        "80014",
        200,
        {"code": 80014, "msg": "timestamp invalid / invalid parameter", "data": None},
        "TimestampError",
        True,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    ("data", "orders", 0, "side"),
    ("data", "orders", 0, "positionSide"),
    ("data", "orders", 0, "type"),
    ("data", "orders", 0, "origQty"),
    ("data", "orders", 0, "price"),
    ("data", "orders", 0, "executedQty"),
    ("data", "orders", 0, "avgPrice"),
    ("data", "orders", 0, "cumQuote"),
    ("data", "orders", 0, "stopPrice"),
    ("data", "orders", 0, "profit"),
    ("data", "orders", 0, "commission"),
    ("data", "orders", 0, "status"),
    ("data", "orders", 0, "time"),
    ("data", "orders", 0, "updateTime"),
    ("data", "orders", 0, "clientOrderId"),
    ("data", "orders", 0, "leverage"),
    ("data", "orders", 0, "takeProfit", "type"),
    ("data", "orders", 0, "takeProfit", "quantity"),
    ("data", "orders", 0, "takeProfit", "stopPrice"),
    ("data", "orders", 0, "takeProfit", "price"),
    ("data", "orders", 0, "takeProfit", "workingType"),
    ("data", "orders", 0, "takeProfit", "StopGuaranteed"),
    ("data", "orders", 0, "stopLoss", "type"),
    ("data", "orders", 0, "stopLoss", "quantity"),
    ("data", "orders", 0, "stopLoss", "stopPrice"),
    ("data", "orders", 0, "stopLoss", "price"),
    ("data", "orders", 0, "stopLoss", "workingType"),
    ("data", "orders", 0, "stopLoss", "StopGuaranteed"),
    ("data", "orders", 0, "advanceAttr"),
    ("data", "orders", 0, "positionID"),
    ("data", "orders", 0, "takeProfitEntrustPrice"),
    ("data", "orders", 0, "stopLossEntrustPrice"),
    ("data", "orders", 0, "orderType"),
    ("data", "orders", 0, "trailingStopRate"),
    ("data", "orders", 0, "trailingStopDistance"),
    ("data", "orders", 0, "postOnly"),
    ("data", "orders", 0, "workingType"),
    ("data", "orders", 1, "side"),
    ("data", "orders", 1, "positionSide"),
    ("data", "orders", 1, "type"),
    ("data", "orders", 1, "origQty"),
    ("data", "orders", 1, "price"),
    ("data", "orders", 1, "executedQty"),
    ("data", "orders", 1, "avgPrice"),
    ("data", "orders", 1, "cumQuote"),
    ("data", "orders", 1, "stopPrice"),
    ("data", "orders", 1, "profit"),
    ("data", "orders", 1, "commission"),
    ("data", "orders", 1, "status"),
    ("data", "orders", 1, "time"),
    ("data", "orders", 1, "updateTime"),
    ("data", "orders", 1, "clientOrderId"),
    ("data", "orders", 1, "leverage"),
    ("data", "orders", 1, "takeProfit", "type"),
    ("data", "orders", 1, "takeProfit", "quantity"),
    ("data", "orders", 1, "takeProfit", "stopPrice"),
    ("data", "orders", 1, "takeProfit", "price"),
    ("data", "orders", 1, "takeProfit", "workingType"),
    ("data", "orders", 1, "takeProfit", "StopGuaranteed"),
    ("data", "orders", 1, "stopLoss", "type"),
    ("data", "orders", 1, "stopLoss", "quantity"),
    ("data", "orders", 1, "stopLoss", "stopPrice"),
    ("data", "orders", 1, "stopLoss", "price"),
    ("data", "orders", 1, "stopLoss", "workingType"),
    ("data", "orders", 1, "stopLoss", "StopGuaranteed"),
    ("data", "orders", 1, "advanceAttr"),
    ("data", "orders", 1, "positionID"),
    ("data", "orders", 1, "takeProfitEntrustPrice"),
    ("data", "orders", 1, "stopLossEntrustPrice"),
    ("data", "orders", 1, "orderType"),
    ("data", "orders", 1, "trailingStopRate"),
    ("data", "orders", 1, "trailingStopDistance"),
    ("data", "orders", 1, "postOnly"),
    ("data", "orders", 1, "workingType"),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("data", "orders", 0, "symbol"),
    ("data", "orders", 0, "orderId"),
    ("data", "orders", 1, "symbol"),
    ("data", "orders", 1, "orderId"),
]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "code"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    ("without orders", 200, '{"code":0,"msg":"","data":{}}'),
    ("null payload", 200, '{"code":0,"msg":"","data":null}'),
    ("no payload", 200, '{"code":0,"msg":""}'),
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


def sync_client(recorder: Recorder) -> BingX:
    return BingX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncBingX:
    return AsyncBingX(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).swap.open_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.swap.open_orders(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/openApi/swap/v2/trade/openOrders"
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
    verify_bingx(request.method, request.url, request.headers, request.body, KEY, SECRET)


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
    from exchange_sdk.bingx.models import SwapOpenOrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, SwapOpenOrdersResponse)
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
    assert error.exchange == "bingx"
    assert error.endpoint == "swap.open_orders"


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
