"""The leak test: every endpoint, every error path, debug logging on, known credentials; no
key, secret, passphrase or signature may appear in a log line, a repr, an exception's text or
its traceback (pickled copies included)."""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import pytest
from reliability_helpers import ENDPOINTS, RecordingTransport, call, method, served, sync_client

from exchange_sdk import errors
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.transport import AsyncioTransport, HttpRequest, HttpResponse
from exchange_sdk.simulator.pytest_plugin import SimAdmin

KEY = "LEAKKEY-7f3a9c2e1b"
SECRET = "LEAKSECRET-c0ffee-5e5e5e"
PHRASE = "LEAKPHRASE-d00dfeed"
WRONG_SECRET = "LEAKWRONGSECRET-123456"
RO_KEY, RO_SECRET, RO_PHRASE = "LEAKROKEY-42", "LEAKROSECRET-43", "LEAKROPHRASE-44"
FENCED_KEY, FENCED_SECRET = "LEAKFENCEDKEY-45", "LEAKFENCEDSECRET-46"


class RecordingAsyncTransport(AsyncioTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[HttpRequest] = []

    async def send(self, request: HttpRequest) -> HttpResponse:
        self.sent.append(request)
        return await super().send(request)


class Evidence:
    """Everything the SDK showed: log output and every text of every object it handed back."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.requests: list[HttpRequest] = []

    def exception(self, exc: BaseException) -> None:
        copy = pickle.loads(pickle.dumps(exc))
        for e in (exc, copy):
            self.texts += [str(e), repr(e), repr(e.args), "".join(traceback.format_exception(e))]

    def run(self, fn: Callable[[], object]) -> object:
        try:
            result = fn()
        except errors.ExchangeSDKError as exc:
            self.exception(exc)
            return exc
        self.texts += [repr(result), str(result)]
        return result


@pytest.fixture
def evidence(exchange_sim: SimAdmin) -> Iterator[tuple[Evidence, io.StringIO]]:
    for key, secret, phrase, extra in (
        (KEY, SECRET, PHRASE, {}),
        (RO_KEY, RO_SECRET, RO_PHRASE, {"permissions": ["Read"]}),
        (FENCED_KEY, FENCED_SECRET, "", {"ip_whitelist": ["10.9.8.7"]}),
    ):
        exchange_sim.add_account(key, secret, phrase, **extra)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("exchange_sdk")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield Evidence(), stream
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def creds(
    exchange: str, key: str = KEY, secret: str = SECRET, phrase: str = PHRASE
) -> dict[str, str]:
    return {"key": key, "secret": secret, "phrase": phrase}


def run_paths(sim: SimAdmin, ev: Evidence, exchange: str, operation: str) -> None:
    args = ENDPOINTS[(exchange, operation)]

    def client(**kwargs: Any) -> Any:
        transport = RecordingTransport()
        transport.sent = ev.requests  # every request of the test, in one list
        c = sync_client(exchange, sim.url, transport=transport, **kwargs)
        c.rate_limiter = None  # pacing is not under test here; the simulator's limits are off
        ev.texts += [repr(c), str(c)]
        return c

    sim.configure(rate_limits=False)

    def attempt(c: Any, **options: Any) -> object:
        return ev.run(lambda: call(c, operation, **options))

    good = client(creds=creds(exchange), max_retries=1, timeout=1.0)
    attempt(good)  # success (or HTX's "nothing to cancel")
    attempt(client(creds=creds(exchange, secret=WRONG_SECRET)))  # bad signature
    attempt(client(creds=creds(exchange, key="LEAKUNKNOWNKEY-1")))  # unknown key
    if exchange == "bitget":
        attempt(client(creds=creds(exchange, phrase="LEAKWRONGPHRASE-9")))
    attempt(client(creds=creds(exchange, RO_KEY, RO_SECRET, RO_PHRASE)))  # permission
    attempt(client(creds=creds(exchange, FENCED_KEY, FENCED_SECRET)))  # IP whitelist
    # validation (nothing sent) and the client-side limiter (nothing sent)
    ev.run(lambda: method(good, operation)(**{**args, "request_timeout": -1}))
    good.rate_limiter = RateLimiter()
    attempt(good, max_wait=0.0)
    attempt(good, max_wait=0.0)
    good.rate_limiter = None
    # faults
    for kind, extra in (
        ("status", {"status": 503}),
        ("non_json", {"status": 502}),
        ("non_json", {"status": 200}),
        ("truncate", {}),
        ("drop", {}),
        ("latency", {"latency_ms": 1500}),
    ):
        sim.add_fault(kind, exchange=exchange, **extra)
        attempt(client(creds=creds(exchange), max_retries=1, timeout=0.3))
        sim.clear_faults()
    # clock skew: recovered, then unrecoverable (server time unreadable)
    sim.real_clock(offset_ms=11 * 60_000)
    attempt(client(creds=creds(exchange)))
    sim.add_fault("non_json", status=200, operation="server_time")
    attempt(client(creds=creds(exchange)))
    sim.clear_faults()
    sim.real_clock(offset_ms=0)
    # the exchange's own rate limit (a client without the limiter hammers it), then a client
    # with the limiter that learns the pause from the refusal
    sim.configure(rate_limits=True)
    hog = client(creds=creds(exchange), max_retries=0)
    for _ in range(300):
        if isinstance(attempt(hog), errors.RateLimitError):
            break
    learner = client(creds=creds(exchange), max_retries=0)
    learner.rate_limiter = RateLimiter()
    attempt(learner)
    attempt(learner, max_wait=0.0)


def forbidden_values(ev: Evidence) -> set[str]:
    values = {
        KEY, SECRET, PHRASE, WRONG_SECRET, RO_KEY, RO_SECRET, RO_PHRASE, FENCED_KEY,
        FENCED_SECRET, "LEAKUNKNOWNKEY-1", "LEAKWRONGPHRASE-9",
    }  # fmt: skip
    for request in ev.requests:
        for name, value in request.headers.items():
            if name.upper() in (
                "SIGN",
                "ACCESS-SIGN",
                "ACCESS-KEY",
                "ACCESS-PASSPHRASE",
                "KEY",
                "X-BX-APIKEY",
            ):
                values.add(value)
        query = request.url.partition("?")[2]
        for part in query.split("&") if query else ():
            name, _, value = part.partition("=")
            if name in ("signature", "Signature", "AccessKeyId") and value:
                values.update({value, unquote(value)})
    return values


@pytest.mark.parametrize(
    ("exchange", "operation"), sorted(ENDPOINTS), ids=[f"{e}-{o}" for e, o in sorted(ENDPOINTS)]
)
def test_nothing_leaks(
    exchange_sim: SimAdmin, evidence: tuple[Evidence, io.StringIO], exchange: str, operation: str
) -> None:
    ev, stream = evidence
    run_paths(exchange_sim, ev, exchange, operation)
    log_text = stream.getvalue()
    forbidden = forbidden_values(ev)
    signatures = forbidden - {KEY, SECRET, PHRASE}
    assert len(ev.requests) >= 15 and len(signatures) >= 10  # Gate: one per second
    # the paths really ran: request/response lines, failures, retries, syncs, each error kind
    for needle in (
        "request ",
        "response ",
        "failed ",
        "retry 1/1",
        "clock synchronised",
        "headers=",
        "body=",
    ):
        assert needle in log_text, needle
    everything = log_text + "\n".join(ev.texts)
    for name in ("AuthenticationError", "PermissionDeniedError", "ValidationError", "RateLimitError",
                 "ServerError", "UnexpectedResponseError", "RequestTimeoutError",
                 "TimestampError"):  # fmt: skip
        if name == "TimestampError" and exchange == "htx":
            continue  # HTX answers a stale timestamp as an authentication failure
        assert name in everything, name
    leaks = sorted(v for v in forbidden if v in everything)
    assert leaks == [], f"leaked: {leaks}"
    assert served(exchange_sim, exchange)  # the simulator saw the calls


def test_async_paths_leak_nothing(
    exchange_sim: SimAdmin, evidence: tuple[Evidence, io.StringIO]
) -> None:
    from reliability_helpers import acall, async_client

    ev, stream = evidence

    async def go() -> None:
        for exchange, operation in sorted(ENDPOINTS):
            for key, secret in ((KEY, SECRET), (KEY, WRONG_SECRET)):
                transport = RecordingAsyncTransport()
                transport.sent = ev.requests
                async with async_client(
                    exchange,
                    exchange_sim.url,
                    creds=creds(exchange, key, secret),
                    transport=transport,
                ) as c:
                    ev.texts.append(repr(c))
                    try:
                        ev.texts.append(repr(await acall(c, operation)))
                    except errors.ExchangeSDKError as exc:
                        ev.exception(exc)

    asyncio.run(go())
    everything = stream.getvalue() + "\n".join(ev.texts)
    assert "AuthenticationError" in everything
    leaks = sorted(v for v in forbidden_values(ev) if v in everything)
    assert leaks == [], f"leaked: {leaks}"
