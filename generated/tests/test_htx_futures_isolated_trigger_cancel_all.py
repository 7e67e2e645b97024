# Generated from specs/htx/futures/isolated_trigger_cancel_all.yaml (sha256 d186e76f608cbb6325a8d764e19b0aed4c26407f68ff7e39f38335f8fca55126). Do not edit: run make.
"""Conformance of HTX.futures.isolated_trigger_cancel_all and its async twin with its spec,
through a mock transport (no network): request shape and signature, every constraint boundary,
the page's example response, and every documented error code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

import pytest
from _reference_signing import verify_htx
from pydantic import BaseModel

from exchange_sdk import HTX, AsyncHTX, errors
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
EXAMPLE = {"status": "ok", "data": {"errors": [], "successes": "2"}, "ts": 1603704998960}
EXAMPLE_STATUS = 200
PAYLOAD = EXAMPLE["data"]
PAYLOAD_KEY: str | None = "data"
VALID_ARGS: dict[str, object] = {"contract_code": "BTC-USDT", "direction": "buy", "offset": "open"}
QUERY_WIRE: dict[str, str] = {}
BODY_WIRE: dict[str, object] = {"contract_code": "BTC-USDT", "direction": "buy", "offset": "open"}
VALID_BOUNDARIES: list[tuple[str, object]] = [
    ("direction", "buy"),
    ("direction", "sell"),
    ("offset", "open"),
    ("offset", "close"),
]
INVALID_BOUNDARIES: list[tuple[str, object]] = [
    ("contract_code", 12345),
    ("contract_code", ""),
    ("contract_code", "BTC\r\nUSDT"),
    ("direction", "NOT_A_VALID_VALUE"),
    ("direction", ""),
    ("direction", 12345),
    ("direction", "BTC\r\nUSDT"),
    ("offset", "NOT_A_VALID_VALUE"),
    ("offset", ""),
    ("offset", 12345),
    ("offset", "BTC\r\nUSDT"),
]
ERRORS: list[tuple[str, int, object, str, bool]] = [
    ("1000", 200, {"err_code": "1000", "err_msg": "System error"}, "ServerError", True),
    ("1004", 200, {"err_code": "1004", "err_msg": "System busy"}, "ServerError", True),
    (
        "1017",
        200,
        {"err_code": "1017", "err_msg": "Order doesn't exist"},
        "OrderNotFoundError",
        False,
    ),
    ("1030", 200, {"err_code": "1030", "err_msg": "Input error"}, "InvalidRequestError", False),
    (
        "1032",
        200,
        {"err_code": "1032", "err_msg": "The number of access exceeded the limit"},
        "RateLimitError",
        True,
    ),
    (
        "1050",
        200,
        {"err_code": "1050", "err_msg": "duplicate client order id"},
        "InvalidRequestError",
        False,
    ),
    (
        "1051",
        200,
        {"err_code": "1051", "err_msg": "No orders to cancel."},
        "NothingToCancelError",
        False,
    ),
    (
        "1067",
        200,
        {"err_code": "1067", "err_msg": "The asset_mode field is invalid. Please re-enter."},
        "InvalidRequestError",
        False,
    ),
]
# The example's scalar leaves (paths from the body's root): decorative fields may be "", null or
# of another type without failing the call; a relied-on field of another type raises (issue 15).
DECORATIVE: list[tuple[str | int, ...]] = []
RELIED_ON: list[tuple[str | int, ...]] = [("data", "successes")]
WRONG_TYPE: object = {"unexpected": [1]}
CODE_FIELD: str | None = "status"
# Success statuses whose body lacks a field the spec marks required: they prove nothing.
UNPROVEN: list[tuple[str, int, str]] = [
    ("without successes", 200, '{"status":"ok","data":{"errors":[]},"ts":1603704998960}'),
    ("null payload", 200, '{"status":"ok","data":null,"ts":1603704998960}'),
    ("no payload", 200, '{"status":"ok","ts":1603704998960}'),
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


def sync_client(recorder: Recorder) -> HTX:
    return HTX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def async_client(recorder: Recorder) -> AsyncHTX:
    return AsyncHTX(
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


def call_sync(recorder: Recorder, **kwargs: object) -> object:
    return sync_client(recorder).futures.isolated_trigger_cancel_all(**kwargs)  # type: ignore[arg-type]


def call_async(recorder: Recorder, **kwargs: object) -> object:
    async def go() -> object:
        async with async_client(recorder) as client:
            return await client.futures.isolated_trigger_cancel_all(**kwargs)  # type: ignore[arg-type]

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
    assert url.path == "/linear-swap-api/v1/swap_trigger_cancelall"
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
    assert "contract_code" not in query
    assert "direction" not in query
    assert "offset" not in query
    verify_htx(request.method, request.url, request.headers, request.body, KEY, SECRET)


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
@pytest.mark.parametrize("argument", ("contract_code",))
def test_missing_required_argument_rejected(call: Callable[..., object], argument: str) -> None:
    recorder = Recorder(EXAMPLE_STATUS, EXAMPLE)
    args = {k: v for k, v in VALID_ARGS.items() if k != argument}
    with pytest.raises(TypeError):
        call(recorder, **args)
    assert recorder.requests == []


@pytest.mark.parametrize("call", CALLERS, ids=ids)
def test_example_response_parses_into_model(call: Callable[..., object]) -> None:
    from exchange_sdk.htx.models import IsolatedTriggerCancelAllResponse

    result = call(Recorder(EXAMPLE_STATUS, EXAMPLE), **VALID_ARGS)
    assert isinstance(result, IsolatedTriggerCancelAllResponse)
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
    assert error.exchange == "htx"
    assert error.endpoint == "futures.isolated_trigger_cancel_all"


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
