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
import hashlib
import hmac
import importlib.util
import json
import platform
import time
from collections.abc import Callable, Coroutine
from dataclasses import asdict
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from _harness import (
    HOST,
    AsyncCall,
    AsyncClose,
    Case,
    CaseResult,
    SyncCall,
    async_case,
    pin_client,
    run_imports,
    run_round_robin,
    run_server,
    summarise,
    sync_case,
    table,
    versions,
)

API_KEY = "bench-api-key"
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
SECRET_BYTES = SECRET.encode()
PATH = "/openApi/spot/v1/trade/cancelOpenOrders"
SYMBOL = "BTC-USDT"

RESPONSE_BODY = b'{"code":0,"msg":"","debugMsg":"","data":{"orders":[]}}'


# ----------------------------------------------------------------- signing


def signed_target() -> str:
    """Path + signed query string, built exactly like the BingX SDK does per call."""
    params = f"symbol={SYMBOL}&timestamp={time.time_ns() // 1_000_000}"
    signature = hmac.new(SECRET_BYTES, params.encode(), hashlib.sha256).hexdigest()
    return f"{PATH}?{params}&signature={signature}"


HEADERS = {"X-BX-APIKEY": API_KEY}


def check(payload: Any) -> None:
    if not isinstance(payload, dict) or payload.get("code") != 0 or "data" not in payload:
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


def sync_raw_sockets(base: str) -> tuple[SyncCall, Callable[[], None]]:
    from sdk_calls import RawSocketHttp11

    client = RawSocketHttp11(base)

    def call() -> Any:
        _status, body = client.post(signed_target(), HEADERS, b"")
        return json.loads(body)

    return call, client.close


def sync_sdk_transport(base: str) -> tuple[SyncCall, Callable[[], None]]:
    from exchange_sdk.transports import HttpRequest, SocketTransport

    transport = SocketTransport()

    def call() -> Any:
        request = HttpRequest("POST", base + signed_target(), dict(HEADERS), None, 10.0)
        return json.loads(transport.send(request).body)

    return call, transport.close


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


async def async_raw_httptools(base: str) -> tuple[AsyncCall, AsyncClose]:
    from sdk_calls import RawHttp11

    client = RawHttp11(base)

    async def call() -> Any:
        _status, body = await client.post(signed_target(), HEADERS, b"")
        return json.loads(body)

    return call, client.close


async def async_sdk_transport(base: str) -> tuple[AsyncCall, AsyncClose]:
    from exchange_sdk.transports import AsyncioTransport, HttpRequest

    transport = AsyncioTransport()

    async def call() -> Any:
        request = HttpRequest("POST", base + signed_target(), dict(HEADERS), None, 10.0)
        return json.loads((await transport.send(request)).body)

    return call, transport.aclose


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

SyncFactory = Callable[[str], tuple[SyncCall, Callable[[], None]]]
AsyncFactory = Callable[[str], Coroutine[Any, Any, tuple[AsyncCall, AsyncClose]]]

SYNC_CASES: list[tuple[str, str | None, SyncFactory]] = [
    ("sockets + httptools (bare)", "httptools", sync_raw_sockets),
    ("exchange_sdk SocketTransport", "exchange_sdk", sync_sdk_transport),
    ("pyreqwest", "pyreqwest", sync_pyreqwest),
    ("http.client", None, sync_http_client),
    ("urllib3", "urllib3", sync_urllib3),
    ("httpx", "httpx", sync_httpx),
    ("httpx2", "httpx2", sync_httpx2),
    ("ccxt.bingx", "ccxt", sync_ccxt),
]

ASYNC_CASES: list[tuple[str, str | None, AsyncFactory]] = [
    ("asyncio + httptools (bare)", "httptools", async_raw_httptools),
    ("exchange_sdk AsyncioTransport", "exchange_sdk", async_sdk_transport),
    ("pyreqwest", "pyreqwest", async_pyreqwest),
    ("aiohttp", "aiohttp", async_aiohttp),
    ("httpx", "httpx", async_httpx),
    ("ccxt.async_support.bingx", "ccxt", async_ccxt),
]


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
    """Build every available client, then time them round-robin (see run_round_robin)."""
    loop_factory = None
    if use_uvloop:
        import uvloop

        loop_factory = uvloop.new_event_loop

    skipped: list[str] = []
    cases: list[Case] = []
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        try:
            for name, module, sync_factory in SYNC_CASES:
                if _available(module):
                    call, close = sync_factory(base)
                    cases.append(sync_case(name, call, close, check))
                else:
                    skipped.append(f"{name} (sync): {module} not installed")
            for name, module, async_factory in ASYNC_CASES:
                if _available(module):
                    acall, aclose = runner.run(async_factory(base))
                    cases.append(async_case(name, acall, aclose, runner, check))
                else:
                    skipped.append(f"{name} (async): {module} not installed")
            run_round_robin(cases, connections, warmup=warmup, calls=calls, rounds=rounds)
        finally:
            for case in cases:
                case.close()

    return [summarise(c) for c in cases], skipped


# ----------------------------------------------------------------- imports

IMPORT_CASES: list[tuple[str, str]] = [
    ("pyreqwest", "import pyreqwest.client"),
    ("httptools", "import httptools"),
    ("asyncio", "import asyncio"),
    ("httpx", "import httpx"),
    ("aiohttp", "import aiohttp"),
    ("urllib3", "import urllib3"),
    ("pydantic BaseModel", "from pydantic import BaseModel"),
    ("ccxt", "import ccxt"),
    ("ccxt + ccxt.bingx()", "import ccxt; ccxt.bingx()"),
]


# ----------------------------------------------------------------- output


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

    with run_server(default=RESPONSE_BODY) as server:
        client_pin = pin_client()
        port, server_loop, server_cpus = server.port, server.loop_name, server.cpus
        started = time.perf_counter()
        results, skipped = run_clients(
            server.base_url,
            server.connections,
            warmup=args.warmup,
            calls=args.calls,
            rounds=args.rounds,
            use_uvloop=args.uvloop,
        )
        client_secs = time.perf_counter() - started

    baseline_ms, imports = run_imports(IMPORT_CASES, args.import_repeats)

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
        "CPU = time.process_time_ns() delta (all client threads); wall = perf_counter_ns() delta\n"
    )
    print(
        table(
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
        table(
            ["import", "ms", "raw ms"],
            [[i.name, f"{i.median_ms:.1f}", f"{i.raw_median_ms:.1f}"] for i in imports],
            right={1, 2},
        )
    )

    if args.json:
        payload = {
            "python": platform.python_version(),
            "versions": versions(
                "pyreqwest", "httpx", "httpx2", "aiohttp", "urllib3", "ccxt", "pydantic"
            ),
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
