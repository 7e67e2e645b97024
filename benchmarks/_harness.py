"""Shared pieces of the client benchmarks (http_clients.py, sdk_calls.py).

- ``run_server``: a minimal HTTP/1.1 keep-alive server on 127.0.0.1 in a separate process
  pinned to its own CPU (uvloop when available). It answers ``METHOD /path`` from a route
  table with a canned body, counts the requests per route, and on request hands the raw
  requests back to the parent so a benchmark can check what its clients actually sent.
- ``Case`` + ``run_round_robin``: warm every client up, then time them interleaved in
  rounds with ``time.process_time_ns()`` (CPU of all client threads, including Rust/tokio
  runtime threads) and ``perf_counter_ns()`` around each call.
- ``run_imports``: wall time of ``python -c CODE`` minus a paired ``python -c pass``.
- ``table``, ``pin_client``, ``versions``: output helpers.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import os
import queue
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from multiprocessing.connection import Connection
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray
from typing import Any, cast

HOST = "127.0.0.1"
SERVER_CPU = 1
CLIENT_CPU = 0

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]
AsyncClose = Callable[[], Coroutine[Any, Any, None]]
Check = Callable[[Any], None]
Timings = tuple[list[int], list[int]]


# ----------------------------------------------------------------- server


def http_response(body: bytes, status: int = 200, reason: str = "OK") -> bytes:
    """A complete keep-alive HTTP/1.1 response carrying a JSON body."""
    return (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    ).encode() + body


@dataclass(frozen=True)
class Route:
    """``method path`` (no query) answered with ``body``."""

    method: str
    path: str
    body: bytes

    @property
    def key(self) -> bytes:
        return f"{self.method} {self.path}".encode()


_NOT_FOUND = http_response(b'{"error":"no such route"}', 404, "Not Found")


@dataclass
class _ServerShared:
    """What the server process and the parent share (passed at process creation)."""

    connections: Synchronized[int]
    hits: SynchronizedArray[int]  # one slot per route, then one for unmatched requests
    capture: Synchronized[int]  # when non-zero, every request is also put on `captured`
    captured: Queue[tuple[bytes, bytes]]  # (head, body)


class _HttpProtocol(asyncio.Protocol):
    """Tiny HTTP/1.1 keep-alive responder: one canned response per route."""

    def __init__(
        self, shared: _ServerShared, responses: dict[bytes, tuple[int, bytes]], default: bytes
    ) -> None:
        self._shared = shared
        self._responses = responses
        self._default = default
        self._unmatched = len(responses)
        self._buf = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._shared.connections.get_lock():
            self._shared.connections.value += 1

    def data_received(self, data: bytes) -> None:
        buf = self._buf
        buf += data
        while True:
            head_end = buf.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = bytes(buf[:head_end])
            lower = head.lower()
            total = head_end + 4
            cl = lower.find(b"\r\ncontent-length:")
            if cl >= 0:
                line_end = lower.find(b"\r\n", cl + 2)
                value = lower[cl + 17 : line_end if line_end >= 0 else None]
                total += int(value.strip())
            elif b"\r\ntransfer-encoding: chunked" in lower:
                term = buf.find(b"0\r\n\r\n", total)
                if term < 0:
                    return
                total = term + 5
            if len(buf) < total:
                return
            body = bytes(buf[head_end + 4 : total])
            del buf[:total]
            method, _, rest = head.partition(b" ")
            target = rest.partition(b" ")[0]
            slot, response = self._responses.get(
                method + b" " + target.partition(b"?")[0], (self._unmatched, self._default)
            )
            self._shared.hits[slot] += 1
            if self._shared.capture.value:
                self._shared.captured.put((head, body))
            assert self._transport is not None
            self._transport.write(response)
            if b"\r\nconnection: close" in lower:
                self._transport.close()
                return


def _serve(
    conn: Connection, shared: _ServerShared, routes: list[Route], default: bytes | None
) -> None:
    """Server process entry point: bind a free port, report it, serve forever."""
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {SERVER_CPU})
    try:
        import uvloop

        uvloop.install()
        loop_name = "uvloop"
    except ImportError:
        loop_name = "asyncio"
    responses = {r.key: (i, http_response(r.body)) for i, r in enumerate(routes)}
    fallback = _NOT_FOUND if default is None else http_response(default)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _HttpProtocol(shared, responses, fallback), HOST, 0, backlog=128
        )
        port = server.sockets[0].getsockname()[1]
        conn.send((port, loop_name, sorted(os.sched_getaffinity(0))))
        await server.serve_forever()

    asyncio.run(main())


@dataclass(frozen=True)
class CapturedRequest:
    """One request as the server received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @classmethod
    def parse(cls, head: bytes, body: bytes) -> CapturedRequest:
        request_line, *lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        path, _, query = target.partition("?")
        headers: dict[str, str] = {}
        for line in lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        return cls(method, path, query, headers, body)


@dataclass
class Server:
    """A running loopback server (see ``run_server``)."""

    port: int
    loop_name: str
    cpus: list[int]
    routes: list[Route]
    shared: _ServerShared

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def connections(self) -> Synchronized[int]:
        return self.shared.connections

    def hits(self) -> dict[str, int]:
        """Requests served per route (``"METHOD /path"``), plus ``"unmatched"``."""
        counts = list(self.shared.hits[:])
        names = [r.key.decode() for r in self.routes] + ["unmatched"]
        return dict(zip(names, counts, strict=True))

    def capture(self, action: Callable[[], object], expected: int) -> list[CapturedRequest]:
        """Run ``action`` and return the ``expected`` requests the server got meanwhile."""
        self.shared.capture.value = 1
        try:
            action()
        finally:
            self.shared.capture.value = 0
        requests = []
        for _ in range(expected):
            try:
                head, body = self.shared.captured.get(timeout=10)
            except queue.Empty:
                break
            requests.append(CapturedRequest.parse(head, body))
        return requests


@contextlib.contextmanager
def run_server(routes: Sequence[Route] = (), default: bytes | None = None) -> Iterator[Server]:
    """Start the server process; unmatched requests get ``default`` (or a 404 when None)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    shared = _ServerShared(
        connections=ctx.Value("i", 0),
        hits=ctx.Array("q", len(routes) + 1),
        capture=ctx.Value("i", 0),
        captured=ctx.Queue(),
    )
    proc = ctx.Process(target=_serve, args=(child, shared, list(routes), default), daemon=True)
    proc.start()
    try:
        deadline = time.monotonic() + 30
        while not parent.poll(0.05):
            if not proc.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start (exit code {proc.exitcode})")
        port, loop_name, cpus = parent.recv()
        yield Server(port, loop_name, cpus, list(routes), shared)
    finally:
        proc.terminate()
        proc.join(5)


# ----------------------------------------------------------------- timing


def warm_sync(call: SyncCall, n: int, check: Check | None) -> None:
    result = call()
    if check is not None:
        check(result)
    for _ in range(n - 1):
        call()


def time_sync(call: SyncCall, n: int) -> Timings:
    cpu = time.process_time_ns
    wall = time.perf_counter_ns
    cpu_ns: list[int] = []
    wall_ns: list[int] = []
    for _ in range(n):
        c0, w0 = cpu(), wall()
        call()
        w1, c1 = wall(), cpu()
        cpu_ns.append(c1 - c0)
        wall_ns.append(w1 - w0)
    return cpu_ns, wall_ns


async def warm_async(call: AsyncCall, n: int, check: Check | None) -> None:
    result = await call()
    if check is not None:
        check(result)
    for _ in range(n - 1):
        await call()


async def time_async(call: AsyncCall, n: int) -> Timings:
    cpu = time.process_time_ns
    wall = time.perf_counter_ns
    cpu_ns: list[int] = []
    wall_ns: list[int] = []
    for _ in range(n):
        c0, w0 = cpu(), wall()
        await call()
        w1, c1 = wall(), cpu()
        cpu_ns.append(c1 - c0)
        wall_ns.append(w1 - w0)
    return cpu_ns, wall_ns


@dataclass
class Case:
    """A ready client; ``warm``/``timed``/``once``/``close`` hide the sync/async difference."""

    name: str
    mode: str
    warm: Callable[[int], None]
    timed: Callable[[int], Timings]
    once: Callable[[], object]
    close: Callable[[], None]
    cpu_ns: list[int] = field(default_factory=list)
    wall_ns: list[int] = field(default_factory=list)
    connections: int = 0


def sync_case(
    name: str, call: SyncCall, close: Callable[[], None], check: Check | None = None
) -> Case:
    return Case(
        name,
        "sync",
        lambda n: warm_sync(call, n, check),
        lambda n: time_sync(call, n),
        call,
        close,
    )


def async_case(
    name: str,
    call: AsyncCall,
    aclose: AsyncClose,
    runner: asyncio.Runner,
    check: Check | None = None,
) -> Case:
    async def once() -> object:
        return await call()

    return Case(
        name,
        "async",
        lambda n: runner.run(warm_async(call, n, check)),
        lambda n: runner.run(time_async(call, n)),
        lambda: runner.run(once()),
        lambda: runner.run(aclose()),
    )


def run_round_robin(
    cases: Sequence[Case],
    connections: Synchronized[int],
    *,
    warmup: int,
    calls: int,
    rounds: int,
) -> None:
    """Warm every case up, then time them round-robin in ``rounds`` blocks.

    Interleaving spreads slow drifts of the (often virtualised) host evenly over all cases
    instead of penalising whichever happened to run during a dip; the starting case rotates
    every round. Timings accumulate in each case's ``cpu_ns``/``wall_ns``.
    """
    cases = list(cases)
    for case in cases:
        before = connections.value
        case.warm(warmup)
        case.connections += connections.value - before

    sizes = [calls // rounds + (i < calls % rounds) for i in range(rounds)]
    for r, size in enumerate(sizes):
        shift = r % len(cases)
        for case in cases[shift:] + cases[:shift]:
            before = connections.value
            cpu_ns, wall_ns = case.timed(size)
            case.connections += connections.value - before
            case.cpu_ns += cpu_ns
            case.wall_ns += wall_ns


@dataclass
class CaseResult:
    client: str
    mode: str
    median_us: float
    p90_us: float
    wall_median_us: float
    connections: int
    calls: int


def summarise(case: Case) -> CaseResult:
    cpu_us = [n / 1000 for n in case.cpu_ns]
    return CaseResult(
        client=case.name,
        mode=case.mode,
        median_us=statistics.median(cpu_us),
        p90_us=statistics.quantiles(cpu_us, n=10, method="inclusive")[8],
        wall_median_us=statistics.median(case.wall_ns) / 1000,
        connections=case.connections,
        calls=len(case.cpu_ns),
    )


# ----------------------------------------------------------------- imports


@dataclass
class ImportResult:
    name: str
    code: str
    median_ms: float  # median of (python -c CODE) - (paired python -c pass)
    raw_median_ms: float  # median of (python -c CODE)


# Imports are timed with cached bytecode, as after `pip install` (which compiles): the first,
# untimed run of each snippet writes the .pyc files even where PYTHONDONTWRITEBYTECODE is set.
_IMPORT_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _time_python(code: str) -> float:
    t0 = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], check=True, env=_IMPORT_ENV)
    return (time.perf_counter_ns() - t0) / 1e6


def run_imports(cases: Sequence[tuple[str, str]], repeats: int) -> tuple[float, list[ImportResult]]:
    """Median over ``repeats`` of (python -c CODE) - (python -c pass), run as pairs.

    Pairing each run with its own baseline keeps drift and noise in interpreter start-up
    (~10 ms) from swamping small imports; the cases are interleaved per repeat so a slow
    phase of the host hits all of them alike.
    """
    _time_python("pass")  # warm the page cache / pyc files
    for _, code in cases:
        _time_python(code)  # the first run may compile .pyc files
    baselines: list[float] = []
    raws: list[list[float]] = [[] for _ in cases]
    deltas: list[list[float]] = [[] for _ in cases]
    for _ in range(repeats):
        for i, (_, code) in enumerate(cases):
            base = _time_python("pass")
            raw = _time_python(code)
            baselines.append(base)
            raws[i].append(raw)
            deltas[i].append(raw - base)
    results = [
        ImportResult(name, code, statistics.median(deltas[i]), statistics.median(raws[i]))
        for i, (name, code) in enumerate(cases)
    ]
    return statistics.median(baselines), results


# ----------------------------------------------------------------- output


def table(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)


def pin_client() -> str:
    """Pin this process (and the threads it starts later) to CLIENT_CPU."""
    try:
        os.sched_setaffinity(0, {CLIENT_CPU})
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc})"
    return f"CPU {sorted(os.sched_getaffinity(0))}"


def versions(*distributions: str) -> dict[str, str]:
    found = {}
    for name in distributions:
        with contextlib.suppress(PackageNotFoundError):
            found[name] = version(name)
    return found
