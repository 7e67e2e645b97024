# Generated from specs/gate/spot/list_price_triggered_orders.yaml (sha256 3df7e5872779dbbb1ae3a2a91d2b7d0782cd1a3cb3a09f73f934afa4c5893a19). Do not edit: run make.
"""Conformance of Gate.spot.list_price_triggered_orders and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_gate
from pydantic import BaseModel

from exchange_sdk import AsyncGate, Gate, errors
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
        "trigger": {"price": "100", "rule": ">=", "expiration": 3600},
        "put": {
            "type": "limit",
            "side": "buy",
            "price": "2.15",
            "amount": "2.00000000",
            "account": "normal",
            "time_in_force": "gtc",
            "text": "api",
        },
        "id": 1283293,
        "user": 1234,
        "market": "GT_USDT",
        "ctime": 1616397800,
        "ftime": 1616397801,
        "fired_order_id": 0,
        "status": "",
        "reason": "",
    }
]
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE
PAYLOAD_KEY: str | None = None
VALID_ARGS: dict[str, object] = {
    "status": "open",
    "market": "BTC_USDT",
    "account": "normal",
    "limit": 100,
    "offset": 0,
}
QUERY_WIRE: dict[str, str] = {
    "status": "open",
    "market": "BTC_USDT",
    "account": "normal",
    "limit": "100",
    "offset": "0",
}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = [
    ("status", "open"),
    ("status", "finished"),
    ("account", "normal"),
    ("account", "margin"),
    ("account", "unified"),
    ("limit", 1),
    ("limit", 1000),
    ("offset", 0),
]
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("status", "NOT_A_VALID_VALUE"),
    ("status", ""),
    ("status", 12345),
    ("status", "BTC\r\nUSDT"),
    ("market", 12345),
    ("market", ""),
    ("market", "BTC\r\nUSDT"),
    ("account", "NOT_A_VALID_VALUE"),
    ("account", ""),
    ("account", 12345),
    ("account", "BTC\r\nUSDT"),
    ("limit", 0),
    ("limit", 1001),
    ("limit", "10"),
    ("limit", True),
    ("offset", -1),
    ("offset", "10"),
    ("offset", True),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "ACCOUNT_LOCKED",
        400,
        {"label": "ACCOUNT_LOCKED", "detail": "Authentication failed: account locked"},
        "PermissionDeniedError",
        False,
    ),
    (
        "BAD_REQUEST",
        400,
        {"label": "BAD_REQUEST", "detail": "Invalid request: bad request"},
        "InvalidRequestError",
        False,
    ),
    (
        "FORBIDDEN",
        400,
        {"label": "FORBIDDEN", "detail": "Authentication failed: forbidden"},
        "PermissionDeniedError",
        False,
    ),
    (
        "INTERNAL",
        400,
        {"label": "INTERNAL", "detail": "Server error: internal"},
        "ServerError",
        True,
    ),
    (
        "INVALID_ARGUMENT",
        400,
        {"label": "INVALID_ARGUMENT", "detail": "Invalid request: invalid argument"},
        "InvalidRequestError",
        False,
    ),
    (
        "INVALID_CONTENT_TYPE",
        400,
        {"label": "INVALID_CONTENT_TYPE", "detail": "Invalid request: invalid content type"},
        "InvalidRequestError",
        False,
    ),
    (
        "INVALID_CREDENTIALS",
        400,
        {"label": "INVALID_CREDENTIALS", "detail": "Authentication failed: invalid credentials"},
        "AuthenticationError",
        False,
    ),
    (
        "INVALID_KEY",
        400,
        {"label": "INVALID_KEY", "detail": "Authentication failed: invalid key"},
        "AuthenticationError",
        False,
    ),
    (
        "INVALID_PARAM_VALUE",
        400,
        {"label": "INVALID_PARAM_VALUE", "detail": "Invalid parameter `text` with value: abc"},
        "InvalidRequestError",
        False,
    ),
    (
        "INVALID_PROTOCOL",
        400,
        {"label": "INVALID_PROTOCOL", "detail": "Invalid request: invalid protocol"},
        "InvalidRequestError",
        False,
    ),
    (
        "INVALID_REQUEST_BODY",
        400,
        {"label": "INVALID_REQUEST_BODY", "detail": "Invalid request: invalid request body"},
        "InvalidRequestError",
        False,
    ),
    (
        "INVALID_SIGNATURE",
        400,
        {"label": "INVALID_SIGNATURE", "detail": "Authentication failed: invalid signature"},
        "AuthenticationError",
        False,
    ),
    (
        "IP_FORBIDDEN",
        400,
        {"label": "IP_FORBIDDEN", "detail": "Authentication failed: IP forbidden"},
        "PermissionDeniedError",
        False,
    ),
    (
        "METHOD_NOT_ALLOWED",
        400,
        {"label": "METHOD_NOT_ALLOWED", "detail": "Invalid request: method not allowed"},
        "InvalidRequestError",
        False,
    ),
    (
        "MISSING_REQUIRED_HEADER",
        400,
        {
            "label": "MISSING_REQUIRED_HEADER",
            "detail": "Authentication failed: a required header is missing",
        },
        "AuthenticationError",
        False,
    ),
    (
        "MISSING_REQUIRED_PARAM",
        400,
        {
            "label": "MISSING_REQUIRED_PARAM",
            "detail": "Invalid request: a required parameter is missing",
        },
        "InvalidRequestError",
        False,
    ),
    (
        "NOT_ACCEPTABLE",
        400,
        {"label": "NOT_ACCEPTABLE", "detail": "Invalid request: not acceptable"},
        "InvalidRequestError",
        False,
    ),
    (
        "NOT_FOUND",
        400,
        {"label": "NOT_FOUND", "detail": "Invalid request: not found"},
        "InvalidRequestError",
        False,
    ),
    (
        "READ_ONLY",
        400,
        {"label": "READ_ONLY", "detail": "Authentication failed: read-only key"},
        "PermissionDeniedError",
        False,
    ),
    (
        "REQUEST_EXPIRED",
        400,
        {
            "label": "REQUEST_EXPIRED",
            "detail": "gap between request Timestamp and server time exceeds 60",
        },
        "TimestampError",
        True,
    ),
    ("SERVER_ERROR", 400, {"label": "SERVER_ERROR", "detail": "Server error"}, "ServerError", True),
    (
        "TOO_BUSY",
        400,
        {"label": "TOO_BUSY", "detail": "Server error: too busy"},
        "ServerError",
        True,
    ),
    (
        "TOO_MANY_REQUESTS",
        400,
        {"label": "TOO_MANY_REQUESTS", "detail": "Request Rate Limit Exceeded (003)"},
        "RateLimitError",
        True,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    (0, "trigger", "price"),
    (0, "trigger", "rule"),
    (0, "trigger", "expiration"),
    (0, "put", "type"),
    (0, "put", "side"),
    (0, "put", "price"),
    (0, "put", "amount"),
    (0, "put", "account"),
    (0, "put", "time_in_force"),
    (0, "put", "text"),
    (0, "user"),
    (0, "ctime"),
    (0, "ftime"),
    (0, "fired_order_id"),
    (0, "status"),
    (0, "reason"),
]
RELIED_ON: list[tuple[str | int, ...]] = [(0, "id"), (0, "market")]
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


def sync_client(recorder: Recorder) -> Gate:
    return Gate(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncGate:
    return AsyncGate(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).spot.list_price_triggered_orders(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.spot.list_price_triggered_orders(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/api/v4/spot/price_orders"
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
    verify_gate(request.method, request.url, request.headers, request.body, KEY, SECRET)


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
@pytest.mark.parametrize("argument", ("status",))
def test_missing_required_argument_rejected(call: Callable[..., object], argument: str) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    args = {k: v for k, v in VALID_ARGS.items() if k != argument}
    with pytest.raises(TypeError):
        call(recorder, **args)
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.gate.models import SpotPriceTriggeredOrderListResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, SpotPriceTriggeredOrderListResponse)
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
    assert error.exchange == "gate"
    assert error.endpoint == "spot.list_price_triggered_orders"


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
