# Generated from specs/bitget/spot_plan/batch_cancel_plan_order.yaml (sha256 b34e7f11434767cdad39205ae9fc71551e181cc3f211924e71b019100bd13111). Do not edit: run make.
"""Conformance of Bitget.spot_plan.batch_cancel_plan_order and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_bitget
from pydantic import BaseModel

from exchange_sdk import AsyncBitget, Bitget, errors
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
    "code": "00000",
    "msg": "success",
    "requestTime": 1683876261117,
    "data": {
        "successList": [{"orderId": "121211212122", "clientOid": "121211212122"}],
        "failureList": [
            {"orderId": "121211212122", "clientOid": "121211212122", "errorMsg": "failure"}
        ],
    },
}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["data"]
PAYLOAD_KEY: str | None = "data"
VALID_ARGS: dict[str, object] = {}
QUERY_WIRE: dict[str, str] = {}
BODY_WIRE: dict[str, object] = {}
VALID_BOUNDARIES: list[tuple[str, object]] = []
INVALID_BOUNDARIES: list[tuple[str, object]] = []
ERRORS: list[tuple[str, int, object, str, bool]] = [
    (
        "22001",
        400,
        {"code": "22001", "msg": "No order to cancel", "data": None},
        "NothingToCancelError",
        False,
    ),
    (
        "31007",
        400,
        {"code": "31007", "msg": "Order does not exist", "data": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "31054",
        400,
        {"code": "31054", "msg": "No order to cancel", "data": None},
        "NothingToCancelError",
        False,
    ),
    (
        "40001",
        400,
        {"code": "40001", "msg": "ACCESS_KEY cannot be empty", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40002",
        400,
        {"code": "40002", "msg": "ACCESS_SIGN cannot be empty", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40003",
        400,
        {"code": "40003", "msg": "Signature cannot be empty", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40005",
        400,
        {"code": "40005", "msg": "Invalid ACCESS_TIMESTAMP", "data": None},
        "TimestampError",
        True,
    ),
    (
        "40006",
        400,
        {"code": "40006", "msg": "Invalid ACCESS_KEY", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40007",
        400,
        {"code": "40007", "msg": "Invalid Content_Type", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "40008",
        400,
        {"code": "40008", "msg": "Request timestamp expired", "data": None},
        "TimestampError",
        True,
    ),
    (
        "40009",
        400,
        {"code": "40009", "msg": "sign signature error", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40010",
        400,
        {"code": "40010", "msg": "Request timed out", "data": None},
        "ServerError",
        True,
    ),
    (
        "40011",
        400,
        {"code": "40011", "msg": "ACCESS_PASSPHRASE cannot be empty", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40012",
        400,
        {"code": "40012", "msg": "apikey/password is incorrect", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40014",
        400,
        {"code": "40014", "msg": "Incorrect permissions", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "40018",
        400,
        {"code": "40018", "msg": "Invalid IP", "data": None},
        "PermissionDeniedError",
        False,
    ),
    (
        "40034",
        400,
        {"code": "40034", "msg": "Parameter {0} does not exist", "data": None},
        "InvalidRequestError",
        False,
    ),
    (
        "40037",
        400,
        {"code": "40037", "msg": "Apikey does not exist", "data": None},
        "AuthenticationError",
        False,
    ),
    (
        "40078",
        400,
        {
            "code": "40078",
            "msg": "Timestamp for this request is outside of the ME receiveWindow",
            "data": None,
        },
        "TimestampError",
        True,
    ),
    (
        "40079",
        400,
        {"code": "40079", "msg": "receiveWindow timestamp must be less than 60s", "data": None},
        "TimestampError",
        False,
    ),
    (
        "40102",
        400,
        {"code": "40102", "msg": "Symbol does not exist", "data": None},
        "InvalidRequestError",
        False,
    ),
    ("429", 429, {"code": "429", "msg": "Too many requests", "data": None}, "RateLimitError", True),
    (
        "43001",
        400,
        {"code": "43001", "msg": "order does not exist", "data": None},
        "OrderNotFoundError",
        False,
    ),
    (
        "43004",
        400,
        {"code": "43004", "msg": "There is no order to cancel", "data": None},
        "NothingToCancelError",
        False,
    ),
    (
        "43025",
        400,
        {"code": "43025", "msg": "Plan order does not exist", "data": None},
        "OrderNotFoundError",
        False,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = [
    ("data", "successList", 0, "clientOid"),
    ("data", "failureList", 0, "clientOid"),
]
RELIED_ON: list[tuple[str | int, ...]] = [
    ("data", "successList", 0, "orderId"),
    ("data", "failureList", 0, "orderId"),
    ("data", "failureList", 0, "errorMsg"),
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


def sync_client(recorder: Recorder) -> Bitget:
    return Bitget(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncBitget:
    return AsyncBitget(
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).spot_plan.batch_cancel_plan_order(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.spot_plan.batch_cancel_plan_order(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/api/v2/spot/trade/batch-cancel-plan-order"
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
    verify_bitget(
        request.method, request.url, request.headers, request.body, KEY, SECRET, PASSPHRASE
    )


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.bitget.models import BatchCancelPlanOrderResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, BatchCancelPlanOrderResponse)
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
    assert error.exchange == "bitget"
    assert error.endpoint == "spot_plan.batch_cancel_plan_order"


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
