# Generated from specs/bingx/swap/cancel_all_open_orders.yaml (sha256 4db5c875070c291739dc05032b6276c760353c95ffad10645c4eb030f64c3c31). Do not edit: run make.
"""Conformance of BingX.swap.cancel_all_open_orders and its async twin with its spec,
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
        "success": [
            {
                "symbol": "ATOM-USDT",
                "orderId": 1736013373487123500,
                "side": "SELL",
                "positionSide": "SHORT",
                "type": "LIMIT",
                "origQty": "3.00",
                "price": "13.044",
                "executedQty": "0.00",
                "avgPrice": "0.000",
                "cumQuote": "0",
                "stopPrice": "",
                "profit": "0",
                "commission": "0",
                "status": "CANCELLED",
                "time": 1702732816465,
                "updateTime": 1702732816488,
                "clientOrderId": "",
                "leverage": "",
                "takeProfit": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                },
                "stopLoss": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                },
                "advanceAttr": 0,
                "positionID": 0,
                "takeProfitEntrustPrice": 0,
                "stopLossEntrustPrice": 0,
                "orderType": "",
                "workingType": "",
            },
            {
                "symbol": "ATOM-USDT",
                "orderId": 1736013373487123500,
                "side": "BUY",
                "positionSide": "SHORT",
                "type": "LIMIT",
                "origQty": "3.00",
                "price": "11.292",
                "executedQty": "0.00",
                "avgPrice": "0.000",
                "cumQuote": "0",
                "stopPrice": "",
                "profit": "0",
                "commission": "0",
                "status": "CANCELLED",
                "time": 1702732816820,
                "updateTime": 1702732816839,
                "clientOrderId": "",
                "leverage": "",
                "takeProfit": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                },
                "stopLoss": {
                    "type": "",
                    "quantity": 0,
                    "stopPrice": 0,
                    "price": 0,
                    "workingType": "",
                },
                "advanceAttr": 0,
                "positionID": 0,
                "takeProfitEntrustPrice": 0,
                "stopLossEntrustPrice": 0,
                "orderType": "",
                "workingType": "",
            },
        ],
        "failed": [
            {
                "orderId": 111111,
                "clientOrderId": "111111",
                "errorCode": 80012,
                "errorMessage": "cancel order failed",
            },
            {
                "orderId": 222222,
                "clientOrderId": "222222",
                "errorCode": 80012,
                "errorMessage": "cancel order failed",
            },
        ],
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
    ("data", "success", 0, "symbol"),
    ("data", "success", 0, "side"),
    ("data", "success", 0, "positionSide"),
    ("data", "success", 0, "type"),
    ("data", "success", 0, "origQty"),
    ("data", "success", 0, "price"),
    ("data", "success", 0, "executedQty"),
    ("data", "success", 0, "avgPrice"),
    ("data", "success", 0, "cumQuote"),
    ("data", "success", 0, "stopPrice"),
    ("data", "success", 0, "profit"),
    ("data", "success", 0, "commission"),
    ("data", "success", 0, "status"),
    ("data", "success", 0, "time"),
    ("data", "success", 0, "updateTime"),
    ("data", "success", 0, "clientOrderId"),
    ("data", "success", 0, "leverage"),
    ("data", "success", 0, "takeProfit", "type"),
    ("data", "success", 0, "takeProfit", "quantity"),
    ("data", "success", 0, "takeProfit", "stopPrice"),
    ("data", "success", 0, "takeProfit", "price"),
    ("data", "success", 0, "takeProfit", "workingType"),
    ("data", "success", 0, "stopLoss", "type"),
    ("data", "success", 0, "stopLoss", "quantity"),
    ("data", "success", 0, "stopLoss", "stopPrice"),
    ("data", "success", 0, "stopLoss", "price"),
    ("data", "success", 0, "stopLoss", "workingType"),
    ("data", "success", 0, "advanceAttr"),
    ("data", "success", 0, "positionID"),
    ("data", "success", 0, "takeProfitEntrustPrice"),
    ("data", "success", 0, "stopLossEntrustPrice"),
    ("data", "success", 0, "orderType"),
    ("data", "success", 0, "workingType"),
    ("data", "success", 1, "symbol"),
    ("data", "success", 1, "side"),
    ("data", "success", 1, "positionSide"),
    ("data", "success", 1, "type"),
    ("data", "success", 1, "origQty"),
    ("data", "success", 1, "price"),
    ("data", "success", 1, "executedQty"),
    ("data", "success", 1, "avgPrice"),
    ("data", "success", 1, "cumQuote"),
    ("data", "success", 1, "stopPrice"),
    ("data", "success", 1, "profit"),
    ("data", "success", 1, "commission"),
    ("data", "success", 1, "status"),
    ("data", "success", 1, "time"),
    ("data", "success", 1, "updateTime"),
    ("data", "success", 1, "clientOrderId"),
    ("data", "success", 1, "leverage"),
    ("data", "success", 1, "takeProfit", "type"),
    ("data", "success", 1, "takeProfit", "quantity"),
    ("data", "success", 1, "takeProfit", "stopPrice"),
    ("data", "success", 1, "takeProfit", "price"),
    ("data", "success", 1, "takeProfit", "workingType"),
    ("data", "success", 1, "stopLoss", "type"),
    ("data", "success", 1, "stopLoss", "quantity"),
    ("data", "success", 1, "stopLoss", "stopPrice"),
    ("data", "success", 1, "stopLoss", "price"),
    ("data", "success", 1, "stopLoss", "workingType"),
    ("data", "success", 1, "advanceAttr"),
    ("data", "success", 1, "positionID"),
    ("data", "success", 1, "takeProfitEntrustPrice"),
    ("data", "success", 1, "stopLossEntrustPrice"),
    ("data", "success", 1, "orderType"),
    ("data", "success", 1, "workingType"),
    ("data", "failed", 0, "clientOrderId"),
    ("data", "failed", 1, "clientOrderId"),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("data", "success", 0, "orderId"),
    ("data", "success", 1, "orderId"),
    ("data", "failed", 0, "orderId"),
    ("data", "failed", 0, "errorCode"),
    ("data", "failed", 0, "errorMessage"),
    ("data", "failed", 1, "orderId"),
    ("data", "failed", 1, "errorCode"),
    ("data", "failed", 1, "errorMessage"),
]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "code"


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
    return sync_client(recorder).swap.cancel_all_open_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.swap.cancel_all_open_orders(**kwargs)  # type: ignore[arg-type]

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
    assert request.method == "DELETE"
    url = urlsplit(request.url)
    assert url.path == "/openApi/swap/v2/trade/allOpenOrders"
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
    from exchange_sdk.bingx.models import SwapCancelAllOpenOrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, SwapCancelAllOpenOrdersResponse)
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
    assert error.endpoint == "swap.cancel_all_open_orders"


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
