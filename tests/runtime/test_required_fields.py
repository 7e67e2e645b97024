"""A response that does not prove success is not success (issue 10 item 6).

The specs mark the response fields a caller relies on as required (Gate and BingX
``triggerTime``, BingX ``status``); a success status without them raises
``UnexpectedResponseError`` keeping the raw body, and is not retried. The models still accept
fields and enum values they do not know yet.
"""

from __future__ import annotations

import asyncio
import json

import pytest

from exchange_sdk import AsyncGate, BingX, Gate, errors
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

KEY, SECRET = "test-key", "test-secret"


class Answers:
    def __init__(self, status: int, body: bytes) -> None:
        self.status, self.body = status, body
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(self.status, {"Content-Type": "application/json"}, self.body)


def gate_call(answers: Answers, mode: str = "sync") -> object:
    if mode == "sync":
        gate = Gate(api_key=KEY, api_secret=SECRET, transport=MockTransport(answers))
        return gate.spot.countdown_cancel_all(timeout=30)

    async def send(request: HttpRequest) -> HttpResponse:
        return answers(request)

    async def go() -> object:
        async with AsyncGate(
            api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(send)
        ) as agate:
            return await agate.spot.countdown_cancel_all(timeout=30)

    return asyncio.run(go())


def bingx_call(answers: Answers) -> object:
    bx = BingX(api_key=KEY, api_secret=SECRET, transport=MockTransport(answers))
    return bx.spot.cancel_all_after(type="ACTIVATE", time_out=10)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", [200, 204])
def test_gate_countdown_with_an_empty_body_is_not_armed(mode: str, status: int) -> None:
    answers = Answers(status, b"")
    with pytest.raises(errors.UnexpectedResponseError) as info:
        gate_call(answers, mode)
    exc = info.value
    assert exc.raw_body == b"" and exc.http_status == status
    assert "no payload" in str(exc) and "triggerTime" in str(exc)
    assert "nothing proves that the call succeeded" in str(exc)
    assert len(answers.requests) == 1  # not retried, although the endpoint is safe to repeat


@pytest.mark.parametrize(
    "body",
    [b"{}", b'{"triggerTime":null}', b'{"other":"1660039145000"}'],
    ids=["empty-object", "null", "other-field"],
)
def test_gate_countdown_without_trigger_time_is_an_error(body: bytes) -> None:
    answers = Answers(200, body)
    with pytest.raises(errors.UnexpectedResponseError) as info:
        gate_call(answers)
    assert info.value.raw_body == body


def test_bingx_success_envelope_without_status_is_an_error() -> None:
    body = json.dumps({"code": 0, "msg": "", "data": {"triggerTime": 1710389137}}).encode()
    with pytest.raises(errors.UnexpectedResponseError) as info:
        bingx_call(Answers(200, body))
    assert "lacks status" in str(info.value)
    assert info.value.raw_body == body
    empty: tuple[object, ...] = (None, {})
    for data in empty:
        body = json.dumps({"code": 0, "msg": "", "data": data}).encode()
        with pytest.raises(errors.UnexpectedResponseError):
            bingx_call(Answers(200, body))


def test_unknown_fields_and_enum_values_are_still_accepted() -> None:
    body = json.dumps(
        {
            "code": 0,
            "msg": "",
            "data": {"triggerTime": 1710389137, "status": "PAUSED", "newField": [1, "a"]},
        }
    ).encode()
    result = bingx_call(Answers(200, body))
    assert result.status == "PAUSED"  # type: ignore[attr-defined]
    assert result.model_extra == {"newField": [1, "a"]}  # type: ignore[attr-defined]
    gate = gate_call(Answers(200, b'{"triggerTime":"1660039145000","extra":true}'))
    assert gate.trigger_time == 1660039145000  # type: ignore[attr-defined]
