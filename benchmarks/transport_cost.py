"""What the SDK's transports cost per call above the bare floor, and which part costs what.

Against the loopback server of sdk_calls.py (one route answering a 1 KB JSON body), in blocks
of 100 calls round-robin, median client CPU per call (``time.process_time_ns``) of:

- ``floor``: sdk_calls.py's floor HTTP (``RawSocketHttp11`` sync, ``RawHttp11`` async: the
  socket and httptools used bare, one connection, no pool, no deadline, no checks);
- ``SDK transport``: ``SocketTransport`` / ``AsyncioTransport`` sending a signed-looking
  request (a header that changes with every call, as a timestamp and a signature do);
- the same with one part taken out, to see what that part costs in this loop (these variants
  are measurements only; none of them is safe to ship):

  - ``- reuse probe``: no ``poll`` of the idle connection before it carries the request;
  - ``- request bytes``: the same bytes object sent every time (no ``wire.serialize``).

Each variant's difference from ``SDK transport`` is what that part costs; the rest (the
response parser's callbacks and limits, request and response objects, pool, deadline, the
send and receive loop) is what is left over.

Usage::

    python benchmarks/transport_cost.py [--blocks N] [--async]   # sync, or async (asyncio)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import sdk_calls as sc
from _harness import http_response, pin_client, run_server, table

BODY = (
    b'{"code":0,"data":['
    + b",".join(b'{"orderId":%d,"price":"1.5","qty":"2"}' % i for i in range(24))
    + b"]}"
)
HEADERS = {"X-API-KEY": "k" * 64, "Content-Type": "application/json"}
TARGET = "/api/x?symbol=BTC-USDT&timestamp=1700000000000&signature=" + "a" * 64


@contextlib.contextmanager
def _without(part: str) -> Iterator[None]:
    """Take ``part`` out of the SDK's transports for the duration of one block."""
    from exchange_sdk._runtime import http11, sockets, wire

    if part == "- reuse probe":
        saved = sockets._Conn.alive, http11._Connection.alive
        sockets._Conn.alive = lambda self: True  # type: ignore[method-assign]
        http11._Connection.alive = lambda self: True  # type: ignore[method-assign]
        try:
            yield
        finally:
            sockets._Conn.alive, http11._Connection.alive = saved  # type: ignore[method-assign]
    elif part == "- request bytes":
        real = wire.serialize
        fixed: list[bytes] = []

        def serialize(request: Any, origin: Any, target: str) -> bytes:
            if not fixed:
                fixed.append(real(request, origin, target))
            return fixed[0]

        wire.serialize = serialize
        try:
            yield
        finally:
            wire.serialize = real
    else:
        yield


PARTS = ["floor", "SDK transport", "- reuse probe", "- request bytes"]


def _report(samples: dict[str, list[int]], mode: str, blocks: int) -> None:
    medians = {k: statistics.median(v) / 1000 for k, v in samples.items()}
    floor, sdk = medians["floor"], medians["SDK transport"]
    rows = [
        [name, f"{us:.1f}", f"{us - floor:+.1f}", f"{us - sdk:+.1f}"]
        for name, us in medians.items()
    ]
    print(f"{mode}; median CPU us per call, {blocks} blocks of 100; load {os.getloadavg()[0]:.2f}")
    print(table(["client", "us", "vs floor", "vs SDK transport"], rows, right={1, 2, 3}))


def run_sync(base: str, blocks: int) -> None:
    from exchange_sdk._runtime.transport import HttpRequest, SocketTransport

    raw = sc.RawSocketHttp11(base)
    sdk = SocketTransport()
    url = base + TARGET
    counter = [0]

    def floor() -> object:
        counter[0] += 1
        return raw.post(TARGET, {**HEADERS, "X-TS": str(counter[0])}, b"", "GET")

    def through_sdk() -> object:
        counter[0] += 1
        headers = {**HEADERS, "X-TS": str(counter[0])}
        return sdk.send(HttpRequest("GET", url, headers, None, timeout=10.0))

    calls: dict[str, Callable[[], object]] = dict.fromkeys(PARTS, through_sdk)
    calls["floor"] = floor
    cpu = time.process_time_ns
    samples: dict[str, list[int]] = {p: [] for p in PARTS}
    for part, call in calls.items():
        with _without(part):
            for _ in range(300):
                call()
    for _ in range(blocks):
        for part, call in calls.items():
            with _without(part):
                for _ in range(100):
                    start = cpu()
                    call()
                    samples[part].append(cpu() - start)
    raw.close()
    sdk.close()
    _report(samples, "sync", blocks)


async def run_async(base: str, blocks: int) -> None:
    from exchange_sdk._runtime.transport import AsyncioTransport, HttpRequest

    raw = sc.RawHttp11(base)
    sdk = AsyncioTransport()
    url = base + TARGET
    counter = [0]

    async def floor() -> object:
        counter[0] += 1
        return await raw.post(TARGET, {**HEADERS, "X-TS": str(counter[0])}, b"", "GET")

    async def through_sdk() -> object:
        counter[0] += 1
        headers = {**HEADERS, "X-TS": str(counter[0])}
        return await sdk.send(HttpRequest("GET", url, headers, None, timeout=10.0))

    calls: dict[str, Callable[[], Awaitable[object]]] = dict.fromkeys(PARTS, through_sdk)
    calls["floor"] = floor
    cpu = time.process_time_ns
    samples: dict[str, list[int]] = {p: [] for p in PARTS}
    for part, call in calls.items():
        with _without(part):
            for _ in range(300):
                await call()
    for _ in range(blocks):
        for part, call in calls.items():
            with _without(part):
                for _ in range(100):
                    start = cpu()
                    await call()
                    samples[part].append(cpu() - start)
    await raw.close()
    await sdk.aclose()
    _report(samples, "async (asyncio)", blocks)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--blocks", type=int, default=60, help="blocks of 100 calls per client")
    parser.add_argument(
        "--async", dest="run_async", action="store_true", help="the async transport"
    )
    args = parser.parse_args()
    with run_server([], default=http_response(BODY)) as server:
        print(f"client {pin_client()}")
        # One mode per process: an asyncio run after the sync one measured a floor 30 % dearer.
        if args.run_async:
            asyncio.run(run_async(server.base_url, args.blocks))
        else:
            run_sync(server.base_url, args.blocks)


if __name__ == "__main__":
    main()
