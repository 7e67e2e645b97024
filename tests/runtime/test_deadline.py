"""The per-call deadline (issue 10 item 5): a call returns or raises by ``deadline`` seconds,
whatever the exchange does.

The first tests run on one fake time line (the client's deadline clock, its sleep and the rate
limiter read it; a mock transport moves it as a slow exchange would), so the arithmetic is
exact and nothing waits. The last ones run real clients against misbehaving loopback servers,
each call in a child process with a hard cap and its exit code checked.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
    KEY,
    SECRET,
    FakeTime,
    json_response,
    raw_response,
)

from exchange_sdk import Gate, errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.retry import DEFAULT_DEADLINE
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)

OK = json_response({"code": 0, "msg": "", "data": {"triggerTime": 1, "status": "ACTIVATED"}})
BUSY_5S = raw_response(b"<html>busy</html>", 503, **{"Retry-After": "5"})
SKEWED = json_response({"code": 100421, "msg": "timestamp mismatch"})
SERVER_TIME = json_response({"code": 0, "msg": "", "data": {"serverTime": 1_696_751_141_337}})

Step = HttpResponse | Callable[[HttpRequest], HttpResponse]


class SlowExchange:
    """Answers in order; each step may first let fake time pass (a slow or silent server)."""

    def __init__(self, fake: FakeTime, *steps: Step) -> None:
        self.fake = fake
        self.steps = list(steps)
        self.requests: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        return step if isinstance(step, HttpResponse) else step(request)

    async def asend(self, request: HttpRequest) -> HttpResponse:
        return self(request)


def silent(fake: FakeTime) -> Callable[[HttpRequest], HttpResponse]:
    """A server that never answers: the transport's timeout runs out (on the fake clock)."""

    def step(request: HttpRequest) -> HttpResponse:
        assert request.timeout is not None
        fake.t += request.timeout
        raise errors.RequestTimeoutError(
            f"no response within {request.timeout:.3f} s", may_have_been_sent=True
        )

    return step


def clients(
    fake: FakeTime, exchange: SlowExchange, **options: object
) -> tuple[SyncClient, AsyncClient]:
    limiter = RateLimiter(now=fake.monotonic)
    common: dict[str, object] = {
        "api_key": KEY,
        "api_secret": SECRET,
        "rate_limiter": limiter,
        **options,
    }
    sync = SyncClient(BINGX, transport=MockTransport(exchange), **common)  # type: ignore[arg-type]
    asy = AsyncClient(
        BINGX,
        transport=AsyncMockTransport(exchange.asend),
        **common,  # type: ignore[arg-type]
    )
    sync._sleep, asy._sleep = fake.sleep, fake.asleep
    sync._monotonic = asy._monotonic = fake.monotonic
    sync._clock = asy._clock = fake.clock()
    return sync, asy


def call(mode: str, sync: SyncClient, asy: AsyncClient, **options: object) -> object:
    if mode == "sync":
        return sync._call(BINGX_CANCEL_ALL_AFTER, {}, {}, **options)  # type: ignore[arg-type]
    return asyncio.run(asy._call(BINGX_CANCEL_ALL_AFTER, {}, {}, **options))  # type: ignore[arg-type]


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", [0, -1.0, math.nan])
def test_a_bad_deadline_is_refused_before_anything_is_sent(mode: str, bad: float) -> None:
    fake = FakeTime()
    exchange = SlowExchange(fake, OK)
    sync, asy = clients(fake, exchange)
    with pytest.raises(errors.ValidationError, match="deadline"):
        call(mode, sync, asy, deadline=bad)
    assert exchange.requests == []
    with pytest.raises(errors.ConfigurationError, match="deadline"):
        SyncClient(BINGX, api_key=KEY, api_secret=SECRET, deadline=bad)


def test_the_default_deadline_and_turning_it_off() -> None:
    gate = Gate(api_key=KEY, api_secret=SECRET)
    assert gate.deadline == DEFAULT_DEADLINE == 60.0
    assert Gate(api_key=KEY, api_secret=SECRET, deadline=None).deadline is None
    assert Gate(api_key=KEY, api_secret=SECRET, deadline=5).deadline == 5.0


@pytest.mark.parametrize("mode", MODES)
def test_each_attempt_is_clipped_to_what_the_deadline_leaves(mode: str) -> None:
    fake = FakeTime()
    exchange = SlowExchange(fake, silent(fake))
    sync, asy = clients(fake, exchange, timeout=10.0, max_retries=5, retry_backoff=0.001)
    start = fake.t
    with pytest.raises(errors.DeadlineExceededError) as info:
        call(mode, sync, asy, deadline=25.0)
    timeouts = [r.timeout for r in exchange.requests]
    assert timeouts[:2] == [10.0, 10.0]
    assert len(timeouts) == 3 and timeouts[2] is not None and 4.9 < timeouts[2] < 5.0
    assert fake.t - start == pytest.approx(25.0)  # returned at the deadline, not at 3 x 10 s
    assert info.value.may_have_been_sent is True
    assert isinstance(info.value.__cause__, errors.RequestTimeoutError)
    assert "clipped" in str(info.value)
    # every attempt carried the call's deadline, for transports that honour it too
    assert {r.deadline for r in exchange.requests} == {start + 25.0}


@pytest.mark.parametrize("mode", MODES)
def test_without_a_deadline_nothing_is_clipped(mode: str) -> None:
    fake = FakeTime()
    exchange = SlowExchange(fake, OK)
    sync, asy = clients(fake, exchange, timeout=10.0, deadline=None)
    call(mode, sync, asy)
    call(mode, sync, asy, request_timeout=3.0)
    assert [(r.timeout, r.deadline) for r in exchange.requests] == [(10.0, None), (3.0, None)]


@pytest.mark.parametrize("mode", MODES)
def test_a_backoff_that_would_overrun_the_deadline_raises_at_once(mode: str) -> None:
    fake = FakeTime()
    exchange = SlowExchange(fake, BUSY_5S, OK)
    sync, asy = clients(fake, exchange, max_retries=3)
    with pytest.raises(errors.DeadlineExceededError) as info:
        call(mode, sync, asy, deadline=2.0)
    assert len(exchange.requests) == 1
    assert fake.slept == []  # not a moment spent waiting for a retry that could not happen
    assert info.value.may_have_been_sent is True  # the 503 came from the exchange
    assert isinstance(info.value.__cause__, errors.ServerError)
    assert "retry 1" in str(info.value)
    # with room for the wait, the same call is retried and succeeds
    exchange = SlowExchange(fake, BUSY_5S, OK)
    sync, asy = clients(fake, exchange, max_retries=3)
    call(mode, sync, asy, deadline=6.0)
    assert len(exchange.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_rate_limit_wait_that_would_overrun_the_deadline_sends_nothing(mode: str) -> None:
    fake = FakeTime()
    exchange = SlowExchange(fake, OK)
    sync, asy = clients(fake, exchange)
    client = sync if mode == "sync" else asy
    limiter = client.rate_limiter
    assert limiter is not None
    limiter.pause(client._buckets(BINGX_CANCEL_ALL_AFTER, limiter), 100.0)  # e.g. a ban
    with pytest.raises(errors.DeadlineExceededError) as info:
        call(mode, sync, asy, deadline=2.0)
    assert exchange.requests == [] and fake.slept == []
    assert info.value.may_have_been_sent is False
    assert "rate-limit slot" in str(info.value)
    # max_wait tighter than the deadline: the usual client-side RateLimitError
    with pytest.raises(errors.RateLimitError) as limited:
        call(mode, sync, asy, deadline=50.0, max_wait=1.0)
    assert limited.value.http_status == 0
    # room enough: the call waits for its slot, then sends
    call(mode, sync, asy, deadline=200.0)
    assert len(exchange.requests) == 1 and fake.slept and fake.slept[0] >= 99.0


@pytest.mark.parametrize("mode", MODES)
def test_the_clock_synchronisation_is_bounded_by_the_deadline(mode: str) -> None:
    fake = FakeTime()

    def slow_skew(request: HttpRequest) -> HttpResponse:
        fake.t += 3.0
        return SKEWED

    def server_time(request: HttpRequest) -> HttpResponse:
        return SERVER_TIME

    exchange = SlowExchange(fake, slow_skew, server_time, OK)
    sync, asy = clients(fake, exchange, timeout=10.0)
    call(mode, sync, asy, deadline=5.0)
    sync_request = exchange.requests[1]
    assert "server/time" in sync_request.url
    assert sync_request.timeout is not None and sync_request.timeout <= 2.0 + 1e-9
    assert exchange.requests[2].timeout is not None and exchange.requests[2].timeout <= 2.0


@pytest.mark.parametrize("mode", MODES)
def test_the_generated_methods_take_deadline(mode: str) -> None:
    seen: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        return json_response({"triggerTime": "1660039145000"})

    async def ahandler(request: HttpRequest) -> HttpResponse:
        return handler(request)

    from exchange_sdk import AsyncGate

    if mode == "sync":
        Gate(
            api_key=KEY, api_secret=SECRET, transport=MockTransport(handler)
        ).spot.countdown_cancel_all(timeout=30, deadline=0.5)
    else:
        gate = AsyncGate(api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(ahandler))
        asyncio.run(gate.spot.countdown_cancel_all(timeout=30, deadline=0.5))
    assert seen[0].timeout is not None and seen[0].timeout <= 0.5
    assert seen[0].deadline is not None and seen[0].deadline <= time.monotonic() + 0.5


# ---------------------------------------------------------------------------------------------
# Real clients, real sockets: each call in a child process (hard cap, exit code checked).


class LoopbackServer:
    """A misbehaving HTTP server on 127.0.0.1: `silent` reads requests and never answers;
    `busy` answers 503; `banned` answers 429 with Retry-After: 300."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.requests = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._conns: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            while not self._stop.is_set():
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
                while b"\r\n\r\n" in buffer:
                    head, _, rest = buffer.partition(b"\r\n\r\n")
                    length = 0
                    for line in head.split(b"\r\n")[1:]:
                        name, _, value = line.partition(b":")
                        if name.strip().lower() == b"content-length":
                            length = int(value.strip())
                    if len(rest) < length:
                        break
                    buffer = rest[length:]
                    self.requests += 1
                    if self.mode != "silent":
                        conn.sendall(self._answer())
        except OSError:
            return

    def _answer(self) -> bytes:
        if self.mode == "busy":
            status, extra, body = "503 Service Unavailable", "", b"<html>busy</html>"
        else:
            status, extra, body = "429 Too Many Requests", "Retry-After: 300\r\n", b"{}"
        return (
            f"HTTP/1.1 {status}\r\n{extra}Content-Type: text/html\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        for conn in self._conns:
            conn.close()


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[LoopbackServer]:
    srv = LoopbackServer(request.param)
    yield srv
    srv.close()


CHILD = """
import asyncio, json, sys, time
from exchange_sdk import AsyncGate, Gate, errors
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk.gate import _spec

mode, url, scenario = sys.argv[1], sys.argv[2], sys.argv[3]
creds = dict(api_key="test-key", api_secret="test-secret", base_url=url)

def outcome(exc, start):
    cause = exc.__cause__
    return {
        "cls": type(exc).__name__,
        "elapsed": time.monotonic() - start,
        "sent": getattr(exc, "may_have_been_sent", None),
        "cause": type(cause).__name__ if cause is not None else None,
    }

async def main():
    results = []
    if scenario == "silent":
        calls = [dict(deadline=2.0)]
        options = dict(timeout=30.0, max_retries=5)
    elif scenario == "busy":
        calls = [dict(deadline=2.0)]
        options = dict(max_retries=20, retry_backoff=1.0)
    else:  # banned: the first answer pauses the buckets for 300 s; the next call must not wait
        calls = [dict(deadline=10.0), dict(deadline=2.0)]
        options = dict(max_retries=0)
    if scenario == "busy":  # the base clients take retry_backoff; the generated ones do not
        base = SyncClient if mode == "sync" else AsyncClient
        client = base(_spec.EXCHANGE, **creds, **options)
        def one(**kw):
            return client._call(_spec.SPOT_COUNTDOWN_CANCEL_ALL, {}, {"timeout": 30}, **kw)
    else:
        client = (Gate if mode == "sync" else AsyncGate)(**creds, **options)
        def one(**kw):
            return client.spot.countdown_cancel_all(timeout=30, **kw)
    for kw in calls:
        start = time.monotonic()
        try:
            result = one(**kw)
            if mode == "async":
                await result
            results.append({"cls": None, "elapsed": time.monotonic() - start})
        except errors.ExchangeSDKError as exc:
            results.append(outcome(exc, start))
    print(json.dumps(results))
    if mode == "async":
        await client.aclose()
    else:
        client.close()

asyncio.run(main())
"""


def run_child(mode: str, url: str, scenario: str) -> list[dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD), mode, url, scenario],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr  # a negative code (a signal) fails too
    results: list[dict[str, object]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return results


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("server", ["silent"], indirect=True)
def test_a_silent_exchange_returns_by_the_deadline(mode: str, server: LoopbackServer) -> None:
    """deadline=2 with timeout=30 and 5 retries: raised within the deadline plus a second."""
    [result] = run_child(mode, server.url, "silent")
    assert result["cls"] == "DeadlineExceededError", result
    assert isinstance(result["elapsed"], float) and 1.9 <= result["elapsed"] <= 3.0, result
    assert result["sent"] is True
    assert server.requests >= 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("server", ["busy"], indirect=True)
def test_backoff_is_clipped_by_the_deadline(mode: str, server: LoopbackServer) -> None:
    """503 after 503 with backoff 1, 2, 4, 8 s...: the call ends within the deadline plus a
    second (it does not sleep into a backoff that would pass the deadline)."""
    [result] = run_child(mode, server.url, "busy")
    assert result["cls"] == "DeadlineExceededError", result
    assert isinstance(result["elapsed"], float) and result["elapsed"] <= 3.0, result
    assert result["cause"] == "ServerError" and result["sent"] is True
    assert server.requests >= 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("server", ["banned"], indirect=True)
def test_a_hung_rate_limit_wait_raises_at_once(mode: str, server: LoopbackServer) -> None:
    """After a 429 with Retry-After: 300 the key's buckets are paused for 300 s; a call with
    deadline=2 raises at once instead of waiting, and sends nothing."""
    first, second = run_child(mode, server.url, "banned")
    assert first["cls"] == "RateLimitError", first
    assert second["cls"] == "DeadlineExceededError", second
    assert isinstance(second["elapsed"], float) and second["elapsed"] < 1.0, second
    assert second["sent"] is False
    assert server.requests == 1
