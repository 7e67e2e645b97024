"""Retries: what is retried, how long in between, and that every attempt is signed anew."""

from __future__ import annotations

import random
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
    BITGET,
    BITGET_CANCEL_ALL,
    GATE,
    GATE_COUNTDOWN,
    HTX,
    HTX_CANCEL_ALL,
    KEY,
    NOT_SAFE,
    PASSPHRASE,
    SECRET,
    FakeTime,
    Recorder,
    json_response,
    raw_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.clock import Clock
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.spec import Endpoint, ExchangeInfo
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

HTML_502 = raw_response(b"<html><body>502 Bad Gateway</body></html>", 502)
BX_OK = json_response({"code": 0, "msg": "", "data": {"triggerTime": 1, "status": "ACTIVATED"}})


class TickClock(Clock):
    """Moves 1.5 s per reading, so that even HTX's whole-second timestamps differ."""

    __slots__ = ("t",)

    def __init__(self) -> None:
        super().__init__()
        self.t = 1_696_751_141_000

    def now_ms(self) -> int:
        self.t += 1500
        return self.t


def client(
    info: ExchangeInfo, rec: Recorder, fake: FakeTime | None = None, **kwargs: object
) -> SyncClient:
    fake = fake or FakeTime()
    c = SyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE if info.passphrase_env else None,
        transport=MockTransport(rec),
        rate_limiter=RateLimiter(now=fake.monotonic),
        **kwargs,  # type: ignore[arg-type]
    )
    c._sleep = fake.sleep
    c._monotonic = fake.monotonic
    c._clock = TickClock()
    return c


def _query(request: HttpRequest) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(request.url).query))


# Per exchange: the endpoint, a success answer, and (timestamp, signature) of a request.
Stamp = Callable[[HttpRequest], tuple[str, str]]
CASES: dict[str, tuple[ExchangeInfo, Endpoint, HttpResponse, Stamp]] = {
    "bingx": (
        BINGX,
        BINGX_CANCEL_ALL_AFTER,
        BX_OK,
        lambda r: (_query(r)["timestamp"], _query(r)["signature"]),
    ),
    "htx": (
        HTX,
        HTX_CANCEL_ALL,
        json_response({"code": 200, "data": []}),
        lambda r: (_query(r)["Timestamp"], _query(r)["Signature"]),
    ),
    "bitget": (
        BITGET,
        BITGET_CANCEL_ALL,
        json_response({"code": "00000", "data": {"successList": [], "failureList": []}}),
        lambda r: (r.headers["ACCESS-TIMESTAMP"], r.headers["ACCESS-SIGN"]),
    ),
    "gate": (
        GATE,
        GATE_COUNTDOWN,
        json_response({"triggerTime": "1"}),
        lambda r: (r.headers["Timestamp"], r.headers["SIGN"]),
    ),
}


@pytest.mark.parametrize("exchange", sorted(CASES))
def test_every_attempt_is_signed_anew(exchange: str) -> None:
    info, endpoint, ok, stamp = CASES[exchange]
    rec = Recorder(HTML_502, errors.NetworkError("connection reset"), ok)
    client(info, rec)._call(endpoint, {}, {"contract_code": "BTC-USDT"})
    assert len(rec.requests) == 3
    stamps = [stamp(r) for r in rec.requests]
    assert len({t for t, _ in stamps}) == 3, stamps  # fresh timestamps
    assert len({s for _, s in stamps}) == 3, stamps  # hence fresh signatures


@pytest.mark.parametrize(
    "failure",
    [
        HTML_502,
        json_response({"code": 100500, "msg": "internal error"}),
        json_response({"code": 100503, "msg": "server busy"}),
        raw_response(b"<html>Too Many Requests</html>", 429),
        raw_response(b'{"code":0,"data":{"trig', 200, "application/json"),  # truncated
        errors.NetworkError("connection reset"),
        errors.RequestTimeoutError("request timed out"),
    ],
    ids=["502-html", "100500", "100503", "429", "truncated-200", "dropped", "timeout"],
)
def test_transient_failures_are_retried_up_to_max_retries(
    failure: HttpResponse | Exception,
) -> None:
    rec = Recorder(failure)
    expected: type[Exception] = type(failure) if isinstance(failure, Exception) else errors.APIError
    with pytest.raises(expected):
        client(BINGX, rec, max_retries=3)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    truncated = isinstance(failure, HttpResponse) and failure.body.endswith(b"trig")
    # A truncated 200 is not retried: the exchange may have acted on it.
    assert len(rec.requests) == (1 if truncated else 4)


@pytest.mark.parametrize(
    ("answer", "cls"),
    [
        (
            json_response({"code": 100001, "msg": "signature verification failed"}),
            errors.AuthenticationError,
        ),
        (json_response({"code": 100413, "msg": "Incorrect apiKey"}), errors.AuthenticationError),
        (
            json_response({"code": 100419, "msg": "IP not in whitelist"}),
            errors.PermissionDeniedError,
        ),
        (json_response({"code": 100400, "msg": "invalid parameter"}), errors.InvalidRequestError),
        (json_response({"code": 1, "msg": "x"}, 401), errors.AuthenticationError),
        (json_response({"code": 1, "msg": "x"}, 403), errors.PermissionDeniedError),
        (json_response({"code": 1, "msg": "x"}, 400), errors.InvalidRequestError),
        (json_response({"code": 1, "msg": "banned"}, 418), errors.RateLimitError),
    ],
)
def test_never_retried(answer: HttpResponse, cls: type[errors.APIError]) -> None:
    rec = Recorder(answer)
    with pytest.raises(cls):
        client(BINGX, rec, max_retries=5)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 1


def test_validation_errors_are_raised_before_any_request() -> None:
    rec = Recorder(BX_OK)
    c = client(BINGX, rec)
    for kwargs in ({"request_timeout": 0}, {"max_retries": -1}, {"max_wait": -1.0}):
        with pytest.raises(errors.ValidationError):
            c._call(BINGX_CANCEL_ALL_AFTER, {}, {}, **kwargs)
    assert rec.requests == []


def test_unsafe_endpoints_are_never_retried() -> None:
    for failure in (HTML_502, errors.RequestTimeoutError("timed out")):
        rec = Recorder(failure)
        with pytest.raises(errors.ExchangeSDKError):
            client(BINGX, rec, max_retries=5)._call(NOT_SAFE, {}, {}, max_retries=5)
        assert len(rec.requests) == 1


def test_backoff_is_exponential_with_full_jitter() -> None:
    c = client(BINGX, Recorder(BX_OK), retry_backoff=0.25)
    random.seed(7)
    for attempt, cap in enumerate([0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]):
        delays = [c._retry_delay(attempt, None) for _ in range(200)]
        assert all(d is not None and 0.0 <= d <= cap for d in delays)
        # full jitter: spread over the whole range, not only its upper half
        assert min(d for d in delays if d is not None) < cap * 0.1
        assert max(d for d in delays if d is not None) > cap * 0.9


def test_retry_after_is_obeyed_up_to_the_bound() -> None:
    fake = FakeTime()
    limited = json_response({"code": 1, "msg": "slow down"}, 429, {"Retry-After": "2"})
    rec = Recorder(limited, BX_OK)
    client(BINGX, rec, fake)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 2
    assert fake.slept and fake.slept[0] >= 2.0

    long = json_response({"code": 1, "msg": "slow down"}, 429, {"Retry-After": "120"})
    rec = Recorder(long, BX_OK)
    with pytest.raises(errors.RateLimitError) as info:
        client(BINGX, rec, max_retry_wait=30.0)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 1 and info.value.retry_after == 120.0


def test_503_with_retry_after_waits_that_long() -> None:
    fake = FakeTime()
    busy = raw_response(b"<html>busy</html>", 503, **{"Retry-After": "3"})
    rec = Recorder(busy, BX_OK)
    client(BINGX, rec, fake)._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert fake.slept[0] >= 3.0


def test_attempts_and_total_wait_are_bounded() -> None:
    fake = FakeTime()
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        client(BINGX, rec, fake, max_retries=4, retry_backoff=0.25)._call(
            BINGX_CANCEL_ALL_AFTER, {}, {}
        )
    assert len(rec.requests) == 5
    assert sum(fake.slept) <= 0.25 + 0.5 + 1.0 + 2.0


def test_per_call_max_retries_beats_the_client() -> None:
    rec = Recorder(HTML_502)
    with pytest.raises(errors.ServerError):
        client(BINGX, rec, max_retries=0)._call(BINGX_CANCEL_ALL_AFTER, {}, {}, max_retries=2)
    assert len(rec.requests) == 3


@pytest.mark.asyncio
async def test_async_retries_resign_and_sleep_without_blocking() -> None:
    fake = FakeTime()
    rec = Recorder(HTML_502, errors.RequestTimeoutError("timed out"), BX_OK)
    c = AsyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(rec),
        rate_limiter=RateLimiter(now=fake.monotonic),
    )
    c._sleep = fake.asleep
    c._clock = TickClock()
    await c._call(BINGX_CANCEL_ALL_AFTER, {}, {})
    assert len(rec.requests) == 3
    assert len({_query(r)["signature"] for r in rec.requests}) == 3
    assert len(fake.slept) == 2


# ---------------------------------------------------------------------------------------------
# Issue 10 item 4: whether a request may have been sent decides whether it may be repeated.


def _refused() -> errors.NetworkError:
    return errors.NetworkError("connection refused", may_have_been_sent=False)


def _timed_out() -> errors.NetworkError:
    return errors.RequestTimeoutError("no response within 10 s", may_have_been_sent=True)


class Script:
    """A transport handler playing answers in order; exceptions are built fresh per attempt
    (the client annotates the exception it raises)."""

    def __init__(self, *items: HttpResponse | Callable[[], Exception]) -> None:
        self.items = list(items)
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        item = self.items.pop(0) if len(self.items) > 1 else self.items[0]
        if isinstance(item, HttpResponse):
            return item
        raise item()

    async def asend(self, request: HttpRequest) -> HttpResponse:
        return self(request)


def _call_with(mode: str, script: Script, endpoint: Endpoint, **options: object) -> object:
    fake = FakeTime()
    if mode == "sync":
        c = client(BINGX, Recorder(BX_OK), fake)
        c._transport = MockTransport(script)
        return c._call(endpoint, {}, {}, **options)  # type: ignore[arg-type]
    a = AsyncClient(
        BINGX,
        api_key=KEY,
        api_secret=SECRET,
        transport=AsyncMockTransport(script.asend),
        rate_limiter=RateLimiter(now=fake.monotonic),
    )
    a._sleep = fake.asleep
    a._monotonic = fake.monotonic
    a._clock = TickClock()
    import asyncio

    return asyncio.run(a._call(endpoint, {}, {}, **options))  # type: ignore[arg-type]


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_a_request_that_never_left_is_retried_for_any_endpoint(mode: str) -> None:
    script = Script(_refused, _refused, BX_OK)
    result = _call_with(mode, script, NOT_SAFE, max_retries=2)
    assert getattr(result, "triggerTime", None) == 1
    assert len(script.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_a_request_that_may_have_left_is_retried_only_when_safe_to_repeat(mode: str) -> None:
    script = Script(_timed_out, BX_OK)
    with pytest.raises(errors.RequestTimeoutError) as info:
        _call_with(mode, script, NOT_SAFE, max_retries=5)
    assert len(script.requests) == 1 and info.value.may_have_been_sent
    script = Script(_timed_out, _timed_out, BX_OK)
    _call_with(mode, script, BINGX_CANCEL_ALL_AFTER, max_retries=5)
    assert len(script.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_an_unsafe_request_the_exchange_answered_is_not_repeated(mode: str) -> None:
    script = Script(HTML_502, BX_OK)
    with pytest.raises(errors.ServerError):
        _call_with(mode, script, NOT_SAFE, max_retries=5)
    assert len(script.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_bounds_the_not_sent_retries_too(mode: str) -> None:
    script = Script(_refused)
    with pytest.raises(errors.NetworkError) as info:
        _call_with(mode, script, NOT_SAFE, max_retries=0)
    assert len(script.requests) == 1
    assert info.value.may_have_been_sent is False
    script = Script(_refused)
    with pytest.raises(errors.NetworkError) as info:
        _call_with(mode, script, NOT_SAFE, max_retries=2)
    assert len(script.requests) == 3
    assert info.value.may_have_been_sent is False  # no attempt left the machine


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("first", [_timed_out, HTML_502], ids=["timed-out", "answered-502"])
def test_may_have_been_sent_covers_every_attempt_of_the_call(
    mode: str, first: HttpResponse | Callable[[], Exception]
) -> None:
    """The last attempt was refused before sending, but an earlier one may have reached the
    exchange: the error the caller gets says so."""
    script = Script(first, _refused)
    with pytest.raises(errors.NetworkError) as info:
        _call_with(mode, script, BINGX_CANCEL_ALL_AFTER, max_retries=1)
    assert len(script.requests) == 2
    assert "connection refused" in str(info.value)
    assert info.value.may_have_been_sent is True


@pytest.mark.parametrize("mode", MODES)
def test_a_closed_client_is_never_retried(mode: str) -> None:
    """Use after close is a programming error: raised at once, not retried with backoff."""
    script = Script(lambda: errors.ClientClosedError(), BX_OK)
    with pytest.raises(errors.ClientClosedError):
        _call_with(mode, script, BINGX_CANCEL_ALL_AFTER, max_retries=5)
    assert len(script.requests) == 1
