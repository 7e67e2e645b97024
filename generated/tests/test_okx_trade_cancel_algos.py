# Generated from specs/okx/trade/cancel_algos.yaml (sha256 6b4ce9d7d9577af20fa471350aec6742f18a5f57f81602bf3c2d8f1f6880e0d0). Do not edit: run make.
"""Conformance of OKX.trade.cancel_algos and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_okx
from pydantic import BaseModel

from exchange_sdk import OKX, AsyncOKX, errors
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
    "code": "0",
    "msg": "",
    "data": [
        {
            "algoId": "590919993110396111",
            "sCode": "0",
            "sMsg": "",
            "clOrdId": "",
            "algoClOrdId": "",
            "tag": "",
        }
    ],
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["data"]
PAYLOAD_KEY: str | None = "data"
VALID_ARGS: dict[str, object] = {"inst_id": "BTC-USDT", "algo_id": "x", "algo_cl_ord_id": "x"}
QUERY_WIRE: dict[str, str] = {}
BODY_WIRE: dict[str, object] = {"instId": "BTC-USDT", "algoId": "x", "algoClOrdId": "x"}
VALID_BOUNDARIES: list[tuple[str, object]] = []
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("inst_id", 12345),
    ("inst_id", ""),
    ("inst_id", "BTC\r\nUSDT"),
    ("algo_id", 12345),
    ("algo_id", ""),
    ("algo_id", "BTC\r\nUSDT"),
    ("algo_cl_ord_id", 12345),
    ("algo_cl_ord_id", ""),
    ("algo_cl_ord_id", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "50000",
        400,
        {"code": "50000", "msg": "Body for POST request cannot be empty.", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "50001",
        503,
        {
            "code": "50001",
            "msg": "Service temporarily unavailable. Please try again later.",
            "data": None,
        },
        "ServerError",
        True,
    ),
    (
        "50002",
        400,
        {"code": "50002", "msg": "JSON syntax error", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "50004",
        400,
        {
            "code": "50004",
            "msg": "API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).",
            "data": None,
        },
        "ServerError",
        True,
    ),
    (
        "50005",
        410,
        {"code": "50005", "msg": "API endpoint is inactive or unavailable.", "data": None},
        "ServerError",
        False,
    ),
    (
        "50006",
        400,
        {
            "code": "50006",
            "msg": 'Invalid Content-Type. Please use "application/JSON".',
            "data": None,
        },
        "InvalidRequestError",
        False,
    ),
    (
        "50011",
        200,
        {
            "code": "50011",
            "msg": "Rate limit reached. Please refer to API documentation and throttle requests accordingly.",
            "data": None,
        },
        "RateLimitError",
        True,
    ),
    (
        "50013",
        429,
        {"code": "50013", "msg": "Systems are busy. Please try again later.", "data": None},
        "ServerError",
        True,
    ),
    (
        "50014",
        400,
        {"code": "50014", "msg": "Parameter {param0} can not be empty.", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "50026",
        500,
        {"code": "50026", "msg": "System error. Try again later", "data": None},
        "ServerError",
        True,
    ),
    (
        "50061",
        200,
        {
            "code": "50061",
            "msg": "You've reached the maximum order rate limit for this account.",
            "data": None,
        },
        "RateLimitError",
        True,
    ),
    (
        "50100",
        400,
        {"code": "50100", "msg": "API frozen, please contact customer service.", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "50101",
        401,
        {"code": "50101", "msg": "APIKey does not match current environment.", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50102",
        401,
        {"code": "50102", "msg": "Timestamp request expired.", "data": None},
        "TimestampError",
        True,
    ),
    (
        "50103",
        401,
        {"code": "50103", "msg": 'Request header "OK-ACCESS-KEY" cannot be empty.', "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50104",
        401,
        {
            "code": "50104",
            "msg": 'Request header "OK-ACCESS-PASSPHRASE" cannot be empty.',
            "data": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "50105",
        401,
        {"code": "50105", "msg": 'Request header "OK-ACCESS-PASSPHRASE" incorrect.', "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50106",
        401,
        {"code": "50106", "msg": 'Request header "OK-ACCESS-SIGN" cannot be empty.', "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50107",
        401,
        {
            "code": "50107",
            "msg": 'Request header "OK-ACCESS-TIMESTAMP" cannot be empty.',
            "data": None,
        },
        "AuthenticationError",
        False,
    ),
    (
        "50110",
        401,
        {
            "code": "50110",
            "msg": "Your IP {param0} is not included in your API key's IP whitelist.",
            "data": None,
        },
        "PermissionDeniedError",
        False,
    ),
    (
        "50111",
        401,
        {"code": "50111", "msg": "Invalid OK-ACCESS-KEY.", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50112",
        401,
        {"code": "50112", "msg": "Invalid OK-ACCESS-TIMESTAMP.", "data": None},
        "TimestampError",
        False,
    ),
    (
        "50113",
        401,
        {"code": "50113", "msg": "Invalid signature.", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50114",
        401,
        {"code": "50114", "msg": "Invalid authorization.", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "50115",
        405,
        {"code": "50115", "msg": "Invalid request method.", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "51000",
        400,
        {"code": "51000", "msg": "Parameter {param0} error", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "51001",
        200,
        {
            "code": "51001",
            "msg": "Instrument ID, Instrument ID code or Spread ID doesn't exist.",
            "data": None,
        },
        "InvalidRequestError",
        False,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    ("data", 0, "sMsg"),
    ("data", 0, "clOrdId"),
    ("data", 0, "algoClOrdId"),
    ("data", 0, "tag"),
]
RELIED_ON: list[tuple[str | int, ...]] = [("data", 0, "algoId"), ("data", 0, "sCode")]
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


def sync_client(recorder: Recorder) -> OKX:
    return OKX(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncOKX:
    return AsyncOKX(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


# The body is a JSON array: each call below sends the keyword arguments as its one item.
def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).trade.cancel_algos(orders=[kwargs])


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.trade.cancel_algos(orders=[kwargs])

    return asyncio.run(go())


def test_a_full_batch_is_one_json_array() -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    sync_client(recorder).trade.cancel_algos(orders=[VALID_ARGS] * 10)
    assert json.loads(recorder.requests[0].body or b"") == [json.loads(json.dumps(BODY_WIRE))] * 10


@pytest.mark.parametrize(
    "items",
    [[], [VALID_ARGS] * 11, "x", [["not", "a", "mapping"]], [{**VALID_ARGS, "unknown_key": 1}]],
)
def test_a_bad_batch_is_refused_before_sending(items: object) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    with pytest.raises(errors.ValidationError):
        sync_client(recorder).trade.cancel_algos(orders=items)  # type: ignore[arg-type]
    assert recorder.requests == []


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
    assert url.path == "/api/v5/trade/cancel-algos"
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    for wire, value in QUERY_WIRE.items():
        assert query.get(wire) == value, f"query parameter {wire}"
    if BODY_WIRE:
        assert request.body is not None
        body = json.loads(request.body)
        assert isinstance(body, list) and len(body) == 1, "a JSON array of the one item"
        body = body[0]
        for wire, expected in BODY_WIRE.items():
            assert body.get(wire) == expected, f"body parameter {wire}"
        extra = set(body) - set(BODY_WIRE)
        assert not extra, f"unexpected body keys {extra}"
    assert "instId" not in query
    assert "algoId" not in query
    assert "algoClOrdId" not in query
    verify_okx(request.method, request.url, request.headers, request.body, KEY, SECRET, PASSPHRASE)


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
@pytest.mark.parametrize("argument", ("inst_id",))
def test_missing_required_argument_rejected(call: Callable[..., object], argument: str) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    args = {k: v for k, v in VALID_ARGS.items() if k != argument}
    with pytest.raises(errors.ValidationError):
        call(recorder, **args)
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.okx.models import CancelAlgosResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, CancelAlgosResponse)
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
    assert error.exchange == "okx"
    assert error.endpoint == "trade.cancel_algos"


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
