# Generated from specs/kucoin/futures/cancel_all_orders.yaml (sha256 38527fca867a2f5893c4ebd370f450651ee005fb3c5c3e997d56a76a534560b1). Do not edit: run make.
"""Conformance of KuCoin.futures.cancel_all_orders and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_kucoin
from pydantic import BaseModel

from exchange_sdk import AsyncKuCoin, KuCoin, errors
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
PASSPHRASE = "conformance-pass"
# Success body: the spec's example.
EXAMPLE = {
    "code": "200000",
    "data": {"cancelledOrderIds": ["235919172150824960", "235919172150824961"]},
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["data"]
PAYLOAD_KEY: str | None = "data"
VALID_ARGS: dict[str, object] = {"symbol": "x"}
QUERY_WIRE: dict[str, str] = {"symbol": "x"}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = []
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("symbol", 12345),
    ("symbol", ""),
    ("symbol", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "200002",
        200,
        {
            "code": "200002",
            "msg": "Order cancel for this pair suspended (legacy rate limit 1.0: per-UID+endpoint limit, block 10s)",
            "data": None,
        },
        "RateLimitError",
        True,
    ),
    (
        "400001",
        200,
        {
            "code": "400001",
            "msg": "Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in your request header",
            "data": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "400002",
        200,
        {
            "code": "400002",
            "msg": "KC-API-TIMESTAMP Invalid (the request time differs from the server time by more than 5 seconds)",
            "data": None,
        },
        "TimestampError",
        True,
    ),
    (
        "400003",
        200,
        {"code": "400003", "msg": "KC-API-KEY not exists", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "400004",
        200,
        {"code": "400004", "msg": "KC-API-PASSPHRASE error", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "400005",
        200,
        {"code": "400005", "msg": "Signature error", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "400006",
        200,
        {
            "code": "400006",
            "msg": "The requested ip address is not in the api whitelist",
            "data": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "400007",
        200,
        {"code": "400007", "msg": "Access Denied", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "400008",
        200,
        {
            "code": "400008",
            "msg": "V1 & V2 API keys are no longer supported by this API. Please create a V3 API key.",
            "data": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "400009",
        200,
        {"code": "400009", "msg": "Invalid KC-API-KEY-VERSION.", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "400010",
        200,
        {"code": "400010", "msg": "UID access denied, requires more permission.", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "400100",
        200,
        {"code": "400100", "msg": "Parameter Error", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "404000",
        200,
        {"code": "404000", "msg": "Url Not Found", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "411100",
        200,
        {"code": "411100", "msg": "User are frozen", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "415000",
        200,
        {
            "code": "415000",
            "msg": "Unsupported Media Type -- The Content-Type of the request header needs to be set to application/json",
            "data": None,
        },
        "InvalidRequestError",
        False,
    ),
    (
        "429000",
        429,
        {
            "code": "429000",
            "msg": "The quota of a resource pool is used up within 30s; re-request after the time in the request header",
            "data": None,
        },
        "RateLimitError",
        True,
    ),
    (
        "500000",
        200,
        {"code": "500000", "msg": "Internal Server Error", "data": None},
        "ServerError",
        True,
    ),
    (
        "900001",
        200,
        {"code": "900001", "msg": "symbol not exists", "data": None},
        "InvalidRequestError",
        False,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = []
RELIED_ON: list[tuple[str | int, ...]] = []
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "code"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    ("without cancelledOrderIds", 200, '{"code":"200000","data":{}}'),
    ("null payload", 200, '{"code":"200000","data":null}'),
    ("no payload", 200, '{"code":"200000"}'),
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


def sync_client(recorder: Recorder) -> KuCoin:
    return KuCoin(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncKuCoin:
    return AsyncKuCoin(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
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
    assert request.method == "DELETE"
    url = urlsplit(request.url)
    assert url.path == "/api/v3/orders"
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
    verify_kucoin(
        request.method, request.url, request.headers, request.body, KEY, SECRET, PASSPHRASE
    )


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
@pytest.mark.parametrize("argument", ("symbol",))
def test_missing_required_argument_rejected(call: Callable[..., object], argument: str) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    args = {k: v for k, v in VALID_ARGS.items() if k != argument}
    with pytest.raises(TypeError):
        call(recorder, **args)
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.kucoin.models import FuturesCancelAllOrdersResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, FuturesCancelAllOrdersResponse)
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
    assert error.exchange == "kucoin"
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
