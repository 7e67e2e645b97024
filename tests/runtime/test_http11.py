"""The default async transport (``AsyncioTransport``, http11.py) against a byte-level server.

The server below is a plain socket server on loopback, written for these tests: each test
scripts the exact bytes it answers (keep-alive, Connection: close, chunked, close-delimited,
gzip, interim 100, truncated, malformed, silent), and the server records every connection and
every request it read. Each test runs on asyncio and on uvloop.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import ssl
import threading
import time
import traceback
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
import uvloop
from runtime_helpers import BINGX

from exchange_sdk import errors
from exchange_sdk._runtime.client import AsyncClient
from exchange_sdk._runtime.transport import (
    AsyncioTransport,
    DefaultAsyncTransport,
    HttpRequest,
    HttpResponse,
)

T = TypeVar("T")

# (request number on this connection, raw request) -> bytes to send, and whether to close after.
Script = Callable[[int, bytes], tuple[bytes, bool]]


def ok(body: bytes = b'{"ok":true}', extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{extra}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


@dataclass
class Server:
    """A loopback HTTP/1.1 server whose answers are scripted byte for byte."""

    script: Script
    tls: ssl.SSLContext | None = None
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)
    closed_by_client: int = 0
    sock: socket.socket = field(default_factory=socket.socket)

    def start(self) -> None:
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        if self.tls is not None:
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except (OSError, ssl.SSLError):
                conn.close()
                return
        buf = b""
        n = 0
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
                        self.closed_by_client += 1
                        return
                    buf += chunk
                head, _, rest = buf.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(rest) < length:
                    rest += conn.recv(65536)
                request, buf = head + b"\r\n\r\n" + rest[:length], rest[length:]
                self.requests.append(request)
                answer, close = self.script(n, request)
                n += 1
                try:
                    conn.sendall(answer)
                except OSError:
                    return
                if close:
                    return

    def stop(self) -> None:
        self.sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def make(script: Script, tls: ssl.SSLContext | None = None) -> Server:
        server = Server(script, tls)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


class Run:
    """Runs a coroutine to completion on a fresh event loop of one kind."""

    def __init__(self, factory: Callable[[], asyncio.AbstractEventLoop]) -> None:
        self.factory = factory

    def __call__(self, coro: Coroutine[Any, Any, T]) -> T:
        with asyncio.Runner(loop_factory=self.factory) as runner:
            return runner.run(coro)


@pytest.fixture(params=["asyncio", "uvloop"])
def run(request: pytest.FixtureRequest) -> Run:
    return Run(uvloop.new_event_loop if request.param == "uvloop" else asyncio.new_event_loop)


def req(
    url: str, method: str = "GET", body: bytes | None = None, timeout: float | None = 5.0
) -> HttpRequest:
    return HttpRequest(method, url, {"X-K": "v"}, body, timeout)


def test_it_is_the_default_async_transport() -> None:
    assert DefaultAsyncTransport is AsyncioTransport
    client = AsyncClient(BINGX, api_key="k", api_secret="s")
    assert isinstance(client._transport, AsyncioTransport)


def test_request_bytes_and_keep_alive(serve: Callable[..., Server], run: Run) -> None:
    server = serve(
        lambda n, r: (ok(extra="X-RateLimit-Remain: 7\r\nVary: a\r\nVary: b\r\n"), False)
    )

    async def go() -> list[HttpResponse]:
        t = AsyncioTransport()
        out = []
        for i in range(5):
            resp = await t.send(req(f"{server.url}/p/{i}?a=1&b=%5B1%5D", "POST", b'{"x":1}'))
            out.append(resp)
        out.append(await t.send(req(f"{server.url}/get")))
        await t.aclose()
        return out

    responses = run(go())
    assert server.connections == 1  # one connection carried all six requests
    first = server.requests[0]
    head, _, body = first.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /p/0?a=1&b=%5B1%5D HTTP/1.1"
    assert f"Host: 127.0.0.1:{server.port}".encode() in lines
    assert b"X-K: v" in lines and b"Content-Length: 7" in lines
    assert b"User-Agent: exchange-sdk" in lines
    assert body == b'{"x":1}'
    assert server.requests[-1].startswith(b"GET /get HTTP/1.1\r\n")
    assert b"Content-Length" not in server.requests[-1]  # a GET without a body has none
    resp = responses[0]
    assert resp.status == 200 and resp.body == b'{"ok":true}' and resp.elapsed > 0
    assert resp.headers.get("x-ratelimit-remain") == "7"
    assert resp.headers.get("VARY") == "a, b"
    assert resp.headers["content-type"] == "application/json"


def test_url_without_path_and_default_port() -> None:
    from exchange_sdk._runtime.wire import new_origin, parse_origin

    assert parse_origin("http://h:81?x=1") == ("http://h:81", "/?x=1", "http")
    assert parse_origin("https://h") == ("https://h", "/", "https")
    assert new_origin("https://h", "https", None, False, False).head.startswith("Host: h\r\n")
    assert new_origin("http://[::1]:8080", "http", None, False, False).head.startswith(
        "Host: [::1]:8080\r\n"
    )
    # An international domain name goes out in its ASCII form.
    assert new_origin("https://b\u00fccher.example", "https", None, False, False).host == (
        "xn--bcher-kva.example"
    )
    with pytest.raises(errors.ValidationError, match="http:// or https://"):
        parse_origin("ftp://h/x")


def test_connection_close_chunked_close_delimited_gzip_interim(
    serve: Callable[..., Server], run: Run
) -> None:
    zipped = gzip.compress(b'{"z":1}')
    answers = [
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", True),
        (
            b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{"a\r\n5\r\n":1}\n\r\n0\r\n\r\n',
            False,
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
            + str(len(zipped)).encode()
            + b"\r\n\r\n"
            + zipped,
            False,
        ),
        (b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"[1]"), False),
        (b"HTTP/1.1 503 Service Unavailable\r\n\r\nbusy, closing", True),
    ]
    calls = iter(answers)
    server = serve(lambda n, r: next(calls))

    async def go() -> list[tuple[int, bytes]]:
        t = AsyncioTransport(accept_compressed=True)  # gzip is decoded only when asked for
        out = [
            (r.status, r.body) for r in [await t.send(req(f"{server.url}/{i}")) for i in range(5)]
        ]
        await t.aclose()
        return out

    assert run(go()) == [
        (200, b"{}"),
        (200, b'{"a":1}\n'),
        (200, b'{"z":1}'),
        (200, b"[1]"),
        (503, b"busy, closing"),  # no length: the body ends with the connection
    ]
    # "Connection: close" was honoured: the second request went on a new connection.
    assert server.connections == 2
    assert b"\r\nAccept-Encoding: gzip, deflate\r\n" in server.requests[0]


def test_server_closing_an_idle_connection_is_not_an_error(
    serve: Callable[..., Server], run: Run
) -> None:
    # The server answers and then closes without saying so (an idle timeout on its side).
    server = serve(lambda n, r: (ok(), True))

    async def go() -> list[int]:
        t = AsyncioTransport()
        statuses = []
        for _ in range(3):
            statuses.append((await t.send(req(f"{server.url}/x"))).status)
            await asyncio.sleep(0.05)  # the FIN arrives while the connection is idle
        await t.aclose()
        return statuses

    assert run(go()) == [200, 200, 200]
    assert server.connections == 3


def test_idle_connections_expire(serve: Callable[..., Server], run: Run) -> None:
    server = serve(lambda n, r: (ok(), False))

    async def go() -> None:
        t = AsyncioTransport(pool_idle_timeout=0.05)
        await t.send(req(f"{server.url}/x"))
        await t.send(req(f"{server.url}/x"))  # reused at once
        await asyncio.sleep(0.1)
        await t.send(req(f"{server.url}/x"))  # idle too long: a new connection
        await t.aclose()

    run(go())
    assert server.connections == 2


def test_timeout_closes_the_connection_and_names_no_query(
    serve: Callable[..., Server], run: Run
) -> None:
    def script(n: int, r: bytes) -> tuple[bytes, bool]:
        if b"/slow" in r.split(b"\r\n")[0]:
            time.sleep(0.5)
        return ok(), False

    server = serve(script)

    async def go() -> errors.RequestTimeoutError:
        t = AsyncioTransport()
        key = "SECRET" + "KEY"
        with pytest.raises(errors.RequestTimeoutError) as info:
            await t.send(req(f"{server.url}/slow?AccessKeyId={key}", timeout=0.1))
        # the late answer to /slow must not be read as the answer to the next request
        resp = await t.send(req(f"{server.url}/fast"))
        assert resp.status == 200
        await t.aclose()
        return info.value

    exc = run(go())
    assert isinstance(exc, errors.RequestTimeoutError)
    text = str(exc) + "".join(traceback.format_exception(exc))
    assert "SECRETKEY" not in text and "0.1 s" in str(exc)
    assert server.connections == 2


def test_connect_timeout(run: Run) -> None:
    # A listener whose accept queue is full: the kernel drops further SYNs, connect hangs.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        s = socket.socket()
        s.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            s.connect(("127.0.0.1", port))
        fillers.append(s)
    time.sleep(0.05)

    async def go() -> None:
        t = AsyncioTransport()
        with pytest.raises(errors.RequestTimeoutError) as info:
            await t.send(req(f"http://127.0.0.1:{port}/x?AccessKeyId=K3Y", timeout=0.2))
        assert str(info.value) == (
            f"request timed out: cannot connect to 127.0.0.1:{port} in 0.2 s"
        )

    try:
        run(go())
    finally:
        for s in [*fillers, listener]:
            s.close()


def test_cancelled_request_closes_its_connection(serve: Callable[..., Server], run: Run) -> None:
    def script(n: int, r: bytes) -> tuple[bytes, bool]:
        if b"/slow" in r.split(b"\r\n")[0]:
            time.sleep(0.3)
        return ok(b'{"n":%d}' % n), False

    server = serve(script)

    async def go() -> bytes:
        t = AsyncioTransport()
        task = asyncio.ensure_future(t.send(req(f"{server.url}/slow")))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        resp = await t.send(req(f"{server.url}/next"))
        await t.aclose()
        return resp.body

    assert run(go()) == b'{"n":0}'  # first request of a new connection, not the late answer
    assert server.connections == 2


# Broken answers, limits and the rest of the faults: tests/faults/ (both transports).


def test_refused_and_unresolvable(run: Run) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def go() -> None:
        t = AsyncioTransport()
        with pytest.raises(errors.NetworkError, match=f"cannot connect to 127.0.0.1:{port}") as a:
            await t.send(req(f"http://127.0.0.1:{port}/x?signature=SIG"))
        assert not isinstance(a.value, errors.RequestTimeoutError)
        assert "SIG" not in str(a.value)
        with pytest.raises(
            errors.NetworkError, match=r"cannot connect to no-such-host\.invalid:80"
        ):
            await t.send(req("http://no-such-host.invalid/x"))

    run(go())


@pytest.mark.parametrize(
    ("headers", "url", "argument"),
    [
        ({"X-A": "v\r\nX-Injected: 1"}, "/x", "headers"),
        ({"X-A\n": "v"}, "/x", "headers"),
        ({"X-A": "v\0"}, "/x", "headers"),
        ({"X-A": "caf\u00e9\u20ac"}, "/x", "headers"),
        ({}, "/x y", "url"),
        ({}, "/x\r\nHost: evil", "url"),
    ],
)
def test_a_request_that_would_split_is_refused_before_sending(
    serve: Callable[..., Server],
    run: Run,
    headers: dict[str, str],
    url: str,
    argument: str,
) -> None:
    server = serve(lambda n, r: (ok(), False))

    async def go() -> None:
        t = AsyncioTransport()
        with pytest.raises(errors.ValidationError) as info:
            await t.send(HttpRequest("POST", server.url + url, headers, b"{}", 5.0))
        assert info.value.argument == argument
        await t.aclose()

    run(go())
    assert server.requests == []


def test_a_transport_used_from_a_second_event_loop(serve: Callable[..., Server]) -> None:
    server = serve(lambda n, r: (ok(), False))
    t = AsyncioTransport()
    assert asyncio.run(t.send(req(f"{server.url}/a"))).status == 200
    assert asyncio.run(t.send(req(f"{server.url}/b"))).status == 200  # new loop, new pool
    assert server.connections == 2


def test_concurrent_requests_use_separate_connections(
    serve: Callable[..., Server], run: Run
) -> None:
    def script(n: int, r: bytes) -> tuple[bytes, bool]:
        time.sleep(0.02)
        path = r.split(b" ")[1]
        return ok(b'{"p":"%s"}' % path), False

    server = serve(script)

    async def go() -> list[bytes]:
        t = AsyncioTransport()
        first = await asyncio.gather(*(t.send(req(f"{server.url}/{i}")) for i in range(8)))
        second = await asyncio.gather(*(t.send(req(f"{server.url}/{i}")) for i in range(8)))
        await t.aclose()
        return [r.body for r in [*first, *second]]

    bodies = run(go())
    assert bodies == [b'{"p":"/%d"}' % i for i in range(8)] * 2  # every answer to its request
    assert server.connections == 8  # the second wave reused the first wave's connections


def test_aclose_closes_idle_connections(serve: Callable[..., Server], run: Run) -> None:
    server = serve(lambda n, r: (ok(), False))

    async def go() -> None:
        t = AsyncioTransport()
        await asyncio.gather(*(t.send(req(f"{server.url}/{i}")) for i in range(3)))
        await t.aclose()
        await asyncio.sleep(0.1)
        # Use after close is a programming error, not a network failure to retry.
        with pytest.raises(errors.ClientClosedError, match="closed") as info:
            await t.send(req(f"{server.url}/x"))
        assert not isinstance(info.value, errors.NetworkError)

    run(go())
    assert server.closed_by_client == server.connections >= 1


def test_each_request_keeps_its_own_deadline(serve: Callable[..., Server], run: Run) -> None:
    def script(n: int, r: bytes) -> tuple[bytes, bool]:
        time.sleep(1.0)
        return ok(), False

    server = serve(script)

    async def go() -> list[tuple[str, float]]:
        t = AsyncioTransport()
        started = time.monotonic()

        async def one(timeout: float | None) -> tuple[str, float]:
            try:
                await t.send(req(f"{server.url}/x", timeout=timeout))
            except errors.RequestTimeoutError:
                return "timeout", time.monotonic() - started
            return "ok", time.monotonic() - started

        # The long deadline is armed first; the short ones must still fire on time (before the
        # answers come, at 1 s), and the long one must survive the timer that served them.
        results = await asyncio.gather(one(5.0), one(0.1), one(0.3), one(None))
        await t.aclose()
        return list(results)

    (long, a, b, none) = run(go())
    assert long[0] == "ok" and none[0] == "ok"
    assert a[0] == b[0] == "timeout"
    assert 0.1 <= a[1] < b[1] and b[1] >= 0.3


# ---------------------------------------------------------------------------- proxies


# TLS verification and proxies: tests/faults/test_tls_proxy.py (both transports).


def test_a_silent_close_seen_only_by_the_kernel_is_not_reused(
    serve: Callable[..., Server], run: Run
) -> None:
    # The server closes right after answering, without "Connection: close"; the client's loop
    # is blocked (sync work) meanwhile, so only the kernel knows. The next request must go on a
    # new connection instead of failing on the dead one.
    server = serve(lambda n, r: (ok(), True))

    async def go() -> list[int]:
        t = AsyncioTransport()
        statuses = [(await t.send(req(f"{server.url}/a"))).status]
        time.sleep(0.8)  # blocks the event loop: the FIN is not processed
        statuses.append((await t.send(req(f"{server.url}/b", "POST", b"{}"))).status)
        await t.aclose()
        return statuses

    assert run(go()) == [200, 200]
    assert server.connections == 2


def test_bytes_on_an_idle_connection_close_it(serve: Callable[..., Server], run: Run) -> None:
    # The loop is free this time: the stray answer reaches data_received while the connection
    # is idle, and the connection is closed there and then.
    server = serve(lambda n, r: (ok(b'{"own":%d}' % n), False))

    async def go() -> tuple[bytes, int]:
        t = AsyncioTransport()
        await t.send(req(f"{server.url}/a"))
        state = t._state
        assert state is not None
        (conn,) = [c for p in state.pools.by_key.values() for c in p.idle]
        conn.data_received(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")  # unsolicited
        await asyncio.sleep(0.05)
        assert conn.closed
        body = (await t.send(req(f"{server.url}/b"))).body
        await t.aclose()
        return body, server.connections

    assert run(go()) == (b'{"own":0}', 2)


def test_connections_per_host_are_capped(serve: Callable[..., Server], run: Run) -> None:
    def slow(n: int, r: bytes) -> tuple[bytes, bool]:
        time.sleep(0.2)
        return ok(), False

    server = serve(slow)

    async def go() -> list[int]:
        t = AsyncioTransport(max_connections_per_host=2)
        responses = await asyncio.gather(*(t.send(req(f"{server.url}/{i}")) for i in range(6)))
        await t.aclose()
        return [r.status for r in responses]

    assert run(go()) == [200] * 6
    assert server.connections == 2  # the other four requests waited for a free connection


def test_a_request_waiting_for_a_capped_connection_keeps_its_deadline(
    serve: Callable[..., Server], run: Run
) -> None:
    def silent(n: int, r: bytes) -> tuple[bytes, bool]:
        time.sleep(5)
        return b"", True

    server = serve(silent)

    async def go() -> tuple[BaseException, float]:
        t = AsyncioTransport(max_connections_per_host=1)
        first = asyncio.ensure_future(t.send(req(f"{server.url}/a", timeout=3.0)))
        await asyncio.sleep(0.1)
        start = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as info:
            await t.send(req(f"{server.url}/b", timeout=0.5))
        took = time.monotonic() - start
        first.cancel()
        await t.aclose()
        return info.value, took

    exc, took = run(go())
    assert isinstance(exc, errors.RequestTimeoutError)
    assert exc.may_have_been_sent is False  # it never got a connection
    assert 0.5 <= took < 2.5, took  # the deadline plus generous slack for a loaded machine
    assert server.connections == 1
