"""Client-side CPU cost of one signed BingX-style POST, per HTTP client library.

A separate process runs a minimal HTTP/1.1 keep-alive server on 127.0.0.1 that
answers every request with a BingX-like JSON body. Each client case performs the
work of a real SDK call (build params, HMAC-SHA256 sign, POST, read body,
``json.loads``) and is timed with ``time.process_time_ns()`` (all threads of the
client process, including Rust/tokio runtime threads) and ``perf_counter_ns()``.

Usage::

    python benchmarks/http_clients.py [--calls N] [--warmup N] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import importlib.util
import json
import multiprocessing as mp
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from typing import Any, cast

HOST = "127.0.0.1"
API_KEY = "bench-api-key"
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
SECRET_BYTES = SECRET.encode()
PATH = "/openApi/spot/v1/trade/cancelOpenOrders"
SYMBOL = "BTC-USDT"
SERVER_CPU = 1
CLIENT_CPU = 0

RESPONSE_BODY = b'{"code":0,"msg":"","debugMsg":"","data":{"orders":[]}}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json\r\n"
    b"Content-Length: " + str(len(RESPONSE_BODY)).encode() + b"\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n" + RESPONSE_BODY
)

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]
AsyncClose = Callable[[], Coroutine[Any, Any, None]]


# ----------------------------------------------------------------- server


class _HttpProtocol(asyncio.Protocol):
    """Tiny HTTP/1.1 keep-alive responder: one canned response per request."""

    def __init__(self, connections: Synchronized[int]) -> None:
        self._connections = connections
        self._buf = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(
            asyncio.Transport, transport
        )  # uvloop's is not a subclass
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._connections.get_lock():
            self._connections.value += 1

    def data_received(self, data: bytes) -> None:
        buf = self._buf
        buf += data
        while True:
            head_end = buf.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = bytes(buf[:head_end]).lower()
            total = head_end + 4
            cl = head.find(b"\r\ncontent-length:")
            if cl >= 0:
                line_end = head.find(b"\r\n", cl + 2)
                value = head[cl + 17 : line_end if line_end >= 0 else None]
                total += int(value.strip())
            elif b"\r\ntransfer-encoding: chunked" in head:
                term = buf.find(b"0\r\n\r\n", total)
                if term < 0:
                    return
                total = term + 5
            if len(buf) < total:
                return
            del buf[:total]
            assert self._transport is not None
            self._transport.write(RESPONSE)
            if b"\r\nconnection: close" in head:
                self._transport.close()
                return


def _serve(conn: Connection, connections: Synchronized[int]) -> None:
    """Server process entry point: bind a free port, report it, serve forever."""
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {SERVER_CPU})
    try:
        import uvloop

        uvloop.install()
        loop_name = "uvloop"
    except ImportError:
        loop_name = "asyncio"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _HttpProtocol(connections), HOST, 0, backlog=128
        )
        port = server.sockets[0].getsockname()[1]
        conn.send((port, loop_name, sorted(os.sched_getaffinity(0))))
        await server.serve_forever()

    asyncio.run(main())


@contextlib.contextmanager
def run_server() -> Iterator[tuple[int, str, list[int], Synchronized[int]]]:
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    connections: Synchronized[int] = ctx.Value("i", 0)
    proc = ctx.Process(target=_serve, args=(child, connections), daemon=True)
    proc.start()
    try:
        if not parent.poll(30):
            raise RuntimeError("server did not start")
        port, loop_name, cpus = parent.recv()
        yield port, loop_name, cpus, connections
    finally:
        proc.terminate()
        proc.join(5)


# ----------------------------------------------------------------- signing


def signed_target() -> str:
    """Path + signed query string, built exactly like the BingX SDK does per call."""
    params = f"symbol={SYMBOL}&timestamp={time.time_ns() // 1_000_000}"
    signature = hmac.new(SECRET_BYTES, params.encode(), hashlib.sha256).hexdigest()
    return f"{PATH}?{params}&signature={signature}"


HEADERS = {"X-BX-APIKEY": API_KEY}


def check(payload: Any) -> None:
    if (
        not isinstance(payload, dict)
        or payload.get("code") != 0
        or "data" not in payload
    ):
        raise RuntimeError(f"unexpected response: {payload!r}")


# ----------------------------------------------------------------- sync cases
# Each factory returns (call, close). `call` does one full signed request.


def sync_pyreqwest(base: str) -> tuple[SyncCall, Callable[[], None]]:
    from pyreqwest.client import SyncClientBuilder

    client = SyncClientBuilder().build()

    def call() -> Any:
        resp = client.post(base + signed_target()).headers(HEADERS).build().send()
        return json.loads(resp.bytes().to_bytes())

    return call, client.close


def sync_http_client(base: str) -> tuple[SyncCall, Callable[[], None]]:
    import http.client

    port = int(base.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection(HOST, port)

    def call() -> Any:
        conn.request("POST", signed_target(), headers=HEADERS)
        return json.loads(conn.getresponse().read())

    return call, conn.close


def sync_urllib3(base: str) -> tuple[SyncCall, Callable[[], None]]:
    import urllib3

    pool = urllib3.PoolManager(maxsize=1)

    def call() -> Any:
        resp = pool.request("POST", base + signed_target(), headers=HEADERS)
        return json.loads(resp.data)

    return call, pool.clear


def sync_httpx(base: str) -> tuple[SyncCall, Callable[[], None]]:
    import httpx

    client = httpx.Client()

    def call() -> Any:
        return json.loads(client.post(base + signed_target(), headers=HEADERS).content)

    return call, client.close


def sync_httpx2(base: str) -> tuple[SyncCall, Callable[[], None]]:
    import httpx2

    client = httpx2.Client()

    def call() -> Any:
        return json.loads(client.post(base + signed_target(), headers=HEADERS).content)

    return call, client.close


def _ccxt_config(base: str, api_urls: dict[str, str]) -> dict[str, Any]:
    root = base + "/openApi"
    return {
        "apiKey": API_KEY,
        "secret": SECRET,
        "enableRateLimit": False,
        "urls": {"api": dict.fromkeys(api_urls, root)},
    }


def sync_ccxt(base: str) -> tuple[SyncCall, Callable[[], None]]:
    import ccxt

    template = ccxt.bingx().urls["api"]
    exchange = ccxt.bingx(_ccxt_config(base, template))

    def call() -> Any:
        return exchange.spotV1PrivatePostTradeCancelOpenOrders({"symbol": SYMBOL})

    def close() -> None:
        exchange.session.close()

    return call, close


# ----------------------------------------------------------------- async cases
# Async factories are coroutines returning (call, aclose); they run inside the loop.


async def async_pyreqwest(base: str) -> tuple[AsyncCall, AsyncClose]:
    from pyreqwest.client import ClientBuilder

    client = ClientBuilder().build()

    async def call() -> Any:
        resp = await client.post(base + signed_target()).headers(HEADERS).build().send()
        return json.loads((await resp.bytes()).to_bytes())

    return call, client.close


async def async_aiohttp(base: str) -> tuple[AsyncCall, AsyncClose]:
    import aiohttp

    session = aiohttp.ClientSession()

    async def call() -> Any:
        async with session.post(base + signed_target(), headers=HEADERS) as resp:
            return json.loads(await resp.read())

    return call, session.close


async def async_httpx(base: str) -> tuple[AsyncCall, AsyncClose]:
    import httpx

    client = httpx.AsyncClient()

    async def call() -> Any:
        resp = await client.post(base + signed_target(), headers=HEADERS)
        return json.loads(resp.content)

    return call, client.aclose


async def async_ccxt(base: str) -> tuple[AsyncCall, AsyncClose]:
    import ccxt
    import ccxt.async_support

    template = ccxt.bingx().urls["api"]
    exchange = ccxt.async_support.bingx(_ccxt_config(base, template))

    async def call() -> Any:
        return await exchange.spotV1PrivatePostTradeCancelOpenOrders({"symbol": SYMBOL})

    return call, exchange.close


# ----------------------------------------------------------------- measurement


@dataclass
class CaseResult:
    client: str
    mode: str
    median_us: float
    p90_us: float
    wall_median_us: float
    connections: int
    calls: int


def _summarise(
    client: str, mode: str, cpu_ns: list[int], wall_ns: list[int], connections: int
) -> CaseResult:
    cpu_us = [n / 1000 for n in cpu_ns]
    return CaseResult(
        client=client,
        mode=mode,
        median_us=statistics.median(cpu_us),
        p90_us=statistics.quantiles(cpu_us, n=10, method="inclusive")[8],
        wall_median_us=statistics.median(wall_ns) / 1000,
        connections=connections,
        calls=len(cpu_ns),
    )


Timings = tuple[list[int], list[int]]


def warm_sync(call: SyncCall, n: int) -> None:
    check(call())
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


async def warm_async(call: AsyncCall, n: int) -> None:
    check(await call())
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


SyncFactory = Callable[[str], tuple[SyncCall, Callable[[], None]]]
AsyncFactory = Callable[[str], Coroutine[Any, Any, tuple[AsyncCall, AsyncClose]]]

SYNC_CASES: list[tuple[str, str | None, SyncFactory]] = [
    ("pyreqwest", "pyreqwest", sync_pyreqwest),
    ("http.client", None, sync_http_client),
    ("urllib3", "urllib3", sync_urllib3),
    ("httpx", "httpx", sync_httpx),
    ("httpx2", "httpx2", sync_httpx2),
    ("ccxt.bingx", "ccxt", sync_ccxt),
]

ASYNC_CASES: list[tuple[str, str | None, AsyncFactory]] = [
    ("pyreqwest", "pyreqwest", async_pyreqwest),
    ("aiohttp", "aiohttp", async_aiohttp),
    ("httpx", "httpx", async_httpx),
    ("ccxt.async_support.bingx", "ccxt", async_ccxt),
]


@dataclass
class _Case:
    """A ready client; `warm`/`timed`/`close` hide the sync/async difference."""

    name: str
    mode: str
    warm: Callable[[int], None]
    timed: Callable[[int], Timings]
    close: Callable[[], None]
    cpu_ns: list[int] = field(default_factory=list)
    wall_ns: list[int] = field(default_factory=list)
    connections: int = 0


def _sync_case(name: str, factory: SyncFactory, base: str) -> _Case:
    call, close = factory(base)
    return _Case(
        name,
        "sync",
        lambda n: warm_sync(call, n),
        lambda n: time_sync(call, n),
        close,
    )


def _async_case(
    name: str, factory: AsyncFactory, base: str, runner: asyncio.Runner
) -> _Case:
    call, aclose = runner.run(factory(base))
    return _Case(
        name,
        "async",
        lambda n: runner.run(warm_async(call, n)),
        lambda n: runner.run(time_async(call, n)),
        lambda: runner.run(aclose()),
    )


def _available(module: str | None) -> bool:
    return module is None or importlib.util.find_spec(module) is not None


def run_clients(
    base: str,
    connections: Synchronized[int],
    *,
    warmup: int,
    calls: int,
    rounds: int,
    use_uvloop: bool,
) -> tuple[list[CaseResult], list[str]]:
    """Warm every client up, then time them round-robin in `rounds` blocks.

    Interleaving spreads slow drifts of the (often virtualised) host evenly over
    all clients instead of penalising whichever happened to run during a dip.
    """
    loop_factory = None
    if use_uvloop:
        import uvloop

        loop_factory = uvloop.new_event_loop

    skipped: list[str] = []
    cases: list[_Case] = []
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        try:
            for name, module, sync_factory in SYNC_CASES:
                if _available(module):
                    cases.append(_sync_case(name, sync_factory, base))
                else:
                    skipped.append(f"{name} (sync): {module} not installed")
            for name, module, async_factory in ASYNC_CASES:
                if _available(module):
                    cases.append(_async_case(name, async_factory, base, runner))
                else:
                    skipped.append(f"{name} (async): {module} not installed")

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
        finally:
            for case in cases:
                case.close()

    results = [
        _summarise(c.name, c.mode, c.cpu_ns, c.wall_ns, c.connections) for c in cases
    ]
    return results, skipped


# ----------------------------------------------------------------- imports

IMPORT_CASES: list[tuple[str, str]] = [
    ("pyreqwest", "import pyreqwest.client"),
    ("httpx", "import httpx"),
    ("aiohttp", "import aiohttp"),
    ("urllib3", "import urllib3"),
    ("pydantic BaseModel", "from pydantic import BaseModel"),
    ("ccxt", "import ccxt"),
    ("ccxt + ccxt.bingx()", "import ccxt; ccxt.bingx()"),
]


@dataclass
class ImportResult:
    name: str
    code: str
    median_ms: float
    raw_median_ms: float


def _time_python(code: str) -> float:
    t0 = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter_ns() - t0) / 1e6


def run_imports(repeats: int) -> tuple[float, list[ImportResult]]:
    """Median over `repeats` of (python -c CODE) - (python -c pass), run as pairs.

    Pairing each run with its own baseline keeps drift/noise in interpreter
    start-up (~10 ms) from swamping small imports.
    """
    _time_python("pass")  # warm the page cache / pyc files
    baselines: list[float] = []
    results: list[ImportResult] = []
    for name, code in IMPORT_CASES:
        _time_python(code)  # first run may compile .pyc files
        raws: list[float] = []
        deltas: list[float] = []
        for _ in range(repeats):
            base = _time_python("pass")
            raw = _time_python(code)
            baselines.append(base)
            raws.append(raw)
            deltas.append(raw - base)
        results.append(
            ImportResult(name, code, statistics.median(deltas), statistics.median(raws))
        )
    return statistics.median(baselines), results


# ----------------------------------------------------------------- output


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)


def _pin_client() -> str:
    try:
        os.sched_setaffinity(0, {CLIENT_CPU})
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc})"
    return f"CPU {sorted(os.sched_getaffinity(0))}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--calls", type=int, default=1000, help="timed calls per client (default 1000)"
    )
    parser.add_argument(
        "--warmup", type=int, default=100, help="untimed warm-up calls (default 100)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=10,
        help="timed calls are split into this many round-robin blocks (default 10)",
    )
    parser.add_argument(
        "--import-repeats",
        type=int,
        default=5,
        help="runs per import measurement (default 5)",
    )
    parser.add_argument(
        "--uvloop",
        action="store_true",
        help="run async clients on uvloop instead of asyncio",
    )
    parser.add_argument("--json", metavar="PATH", help="also write results as JSON")
    args = parser.parse_args()
    if args.warmup < 1 or not 1 <= args.rounds <= args.calls // 2:
        parser.error("need --warmup >= 1 and 1 <= --rounds <= --calls / 2")

    with run_server() as (port, server_loop, server_cpus, connections):
        client_pin = _pin_client()
        base = f"http://{HOST}:{port}"
        started = time.perf_counter()
        results, skipped = run_clients(
            base,
            connections,
            warmup=args.warmup,
            calls=args.calls,
            rounds=args.rounds,
            use_uvloop=args.uvloop,
        )
        client_secs = time.perf_counter() - started

    baseline_ms, imports = run_imports(args.import_repeats)

    versions = {}
    for mod in (
        "pyreqwest",
        "httpx",
        "httpx2",
        "aiohttp",
        "urllib3",
        "ccxt",
        "pydantic",
    ):
        with contextlib.suppress(PackageNotFoundError):
            versions[mod] = version(mod)

    loop_name = "uvloop" if args.uvloop else "asyncio"
    print(
        f"python {platform.python_version()} | server {HOST}:{port} "
        f"({server_loop}, CPUs {server_cpus}) | client {client_pin} | "
        f"async loop {loop_name}"
    )
    print(
        f"{args.warmup} warm-up + {args.calls} timed sequential calls per client, "
        f"interleaved in {args.rounds} rounds ({client_secs:.1f}s)"
    )
    print(
        "CPU = time.process_time_ns() delta (all client threads); "
        "wall = perf_counter_ns() delta\n"
    )
    print(
        _table(
            ["client", "mode", "median us", "p90 us", "wall median us", "conns"],
            [
                [
                    r.client,
                    r.mode,
                    f"{r.median_us:.1f}",
                    f"{r.p90_us:.1f}",
                    f"{r.wall_median_us:.1f}",
                    str(r.connections),
                ]
                for r in results
            ],
            right={2, 3, 4, 5},
        )
    )
    for s in skipped:
        print(f"skipped: {s}")
    print(
        "\nimport time: wall of `python -c CODE` minus a paired `python -c pass` "
        f"(median {baseline_ms:.1f} ms), median of {args.import_repeats} pairs\n"
    )
    print(
        _table(
            ["import", "ms", "raw ms"],
            [[i.name, f"{i.median_ms:.1f}", f"{i.raw_median_ms:.1f}"] for i in imports],
            right={1, 2},
        )
    )

    if args.json:
        payload = {
            "python": platform.python_version(),
            "versions": versions,
            "server": {"loop": server_loop, "cpus": server_cpus},
            "client_affinity": client_pin,
            "async_loop": loop_name,
            "warmup": args.warmup,
            "calls": args.calls,
            "rounds": args.rounds,
            "clients": [asdict(r) for r in results],
            "skipped": skipped,
            "import_baseline_ms": baseline_ms,
            "imports": [asdict(i) for i in imports],
        }
        with open(args.json, "w") as fh:
            json.dump(payload, fh, indent=2)


if __name__ == "__main__":
    main()
