"""The simulator's throughput and the SDK's end-to-end latency against it, on loopback.

The simulator runs in its own process (``exchange-sdk simulate`` via ``SimulatorServer(
subprocess=True)``), with its rate limits switched off through the admin API so that the
numbers measure the server, not the exchanges' quotas.

- throughput: signed cancel requests per second, full verification included, from concurrent
  async SDK clients (``--concurrency`` in flight) for ``--seconds`` per endpoint;
- latency: one call at a time through the sync and the async client (sign, send, verify,
  cancel, answer, parse into the model), median and p99 over ``--calls`` calls.

Usage::

    python benchmarks/simulator.py [--seconds 3] [--concurrency 32] [--calls 500]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

from exchange_sdk import HTX, AsyncBingX, AsyncBitget, AsyncGate, AsyncHTX, BingX, Bitget, Gate
from exchange_sdk.simulator import SimulatorServer

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"

# (label, sync client factory, async client factory, call)
Case = tuple[str, Callable[[str], Any], Callable[[str], Any], Callable[[Any], Any]]

CASES: list[Case] = [
    (
        "BingX spot.cancel_open_orders",
        lambda url: BingX(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda url: AsyncBingX(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda c: c.spot.cancel_open_orders(symbol="BTC-USDT"),
    ),
    (
        "HTX futures.cancel_all_orders",
        lambda url: HTX(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda url: AsyncHTX(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda c: c.futures.cancel_all_orders(contract_code="BTC-USDT"),
    ),
    (
        "Bitget mix.cancel_all_orders",
        lambda url: Bitget(
            api_key=KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=url, max_retries=0
        ),
        lambda url: AsyncBitget(
            api_key=KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=url, max_retries=0
        ),
        lambda c: c.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT"),
    ),
    (
        "Gate spot.countdown_cancel_all",
        lambda url: Gate(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda url: AsyncGate(api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0),
        lambda c: c.spot.countdown_cancel_all(timeout=30, currency_pair="BTC_USDT"),
    ),
]


def _unpaced(client: Any) -> Any:
    client.rate_limiter = None  # measure the server, not the SDK's own pacing
    return client


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _throughput(url: str, case: Case, seconds: float, concurrency: int) -> float:
    _, _, make_async, call = case
    count = 0
    deadline = time.perf_counter() + seconds
    async with _unpaced(make_async(url)) as client:

        async def worker() -> None:
            nonlocal count
            while time.perf_counter() < deadline:
                try:
                    await call(client)
                except Exception as exc:  # HTX answers 1051 when nothing is left: still a request
                    if getattr(exc, "code", None) != "1051":
                        raise
                count += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return count / elapsed


def _sync_latency(url: str, case: Case, calls: int) -> list[float]:
    _, make_sync, _, call = case
    samples: list[float] = []
    with _unpaced(make_sync(url)) as client:
        for _ in range(20):
            _safe(lambda: call(client))
        for _ in range(calls):
            start = time.perf_counter()
            _safe(lambda: call(client))
            samples.append(time.perf_counter() - start)
    return samples


def _safe(fn: Callable[[], object]) -> None:
    try:
        fn()
    except Exception as exc:
        if getattr(exc, "code", None) != "1051":
            raise


async def _async_latency(url: str, case: Case, calls: int) -> list[float]:
    _, _, make_async, call = case
    samples: list[float] = []
    async with _unpaced(make_async(url)) as client:

        async def once() -> None:
            try:
                await call(client)
            except Exception as exc:
                if getattr(exc, "code", None) != "1051":
                    raise

        for _ in range(20):
            await once()
        for _ in range(calls):
            start = time.perf_counter()
            await once()
            samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="throughput run per endpoint")
    parser.add_argument("--concurrency", type=int, default=32, help="requests in flight")
    parser.add_argument("--calls", type=int, default=500, help="latency samples per mode")
    args = parser.parse_args()

    print(
        f"# simulator benchmark: Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"
    )
    print(
        "# server: exchange-sdk simulate (uvicorn, own process); client: the SDK (sync: SocketTransport,"
        " async: AsyncioTransport), loopback\n"
    )
    header = f"{'endpoint':32} {'req/s':>8} {'sync p50':>9} {'sync p99':>9} {'async p50':>10} {'async p99':>10}"
    print(header)
    print("-" * len(header))
    with SimulatorServer(subprocess=True, log_level="warning") as sim:
        sim.admin.configure(rate_limits=False)
        for case in CASES:
            rate = asyncio.run(_throughput(sim.url, case, args.seconds, args.concurrency))
            sync = _sync_latency(sim.url, case, args.calls)
            asyn = asyncio.run(_async_latency(sim.url, case, args.calls))
            ms = 1000.0
            print(
                f"{case[0]:32} {rate:8.0f} {statistics.median(sync) * ms:7.2f}ms {_percentile(sync, 0.99) * ms:7.2f}ms "
                f"{statistics.median(asyn) * ms:8.2f}ms {_percentile(asyn, 0.99) * ms:8.2f}ms"
            )
    print(
        f"\n# req/s: {args.concurrency} concurrent async requests for {args.seconds:g} s; latency: {args.calls} sequential calls"
    )


if __name__ == "__main__":
    main()
