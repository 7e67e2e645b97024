"""The client-side rate limiter: its overhead per call, and the throughput it reaches.

1. Overhead, uncontended (no call ever waits: the limiter's clock jumps 1000 s per reading, so
   all the bookkeeping runs but no slot is ever taken): ``RateLimiter.reserve`` on 1, 2 and 3
   buckets, and the whole cycle of one request (``reserve``, ``admit`` right before the write,
   ``done`` after the answer); the client's ``_reserve`` for each endpoint with its real spec rules, sync and
   inside an asyncio coroutine; and a whole SDK call through ``MockTransport`` with the limiter
   on and off (the difference is what limiting costs a call).
2. Throughput against the simulator (real HTTP, real time, the specs' enforced limits): for each
   endpoint, ``--threads`` callers share one key for a few whole intervals of its strictest rule;
   the table shows the requests accepted per interval against the limit, and the rate-limit
   rejections (which must be 0).

Usage::

    python benchmarks/limiter.py [--calls N] [--threads N] [--quick] [--no-simulator]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import platform
import threading
import time
from collections.abc import Callable
from typing import Any

from exchange_sdk import (
    HTX,
    AsyncBingX,
    AsyncBitget,
    AsyncGate,
    AsyncHTX,
    BingX,
    Bitget,
    Gate,
    errors,
)
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk._runtime.spec import Endpoint, RateLimitRule
from exchange_sdk._runtime.transport import (
    AsyncMockTransport,
    HttpRequest,
    HttpResponse,
    MockTransport,
)
from exchange_sdk.bingx import _spec as bingx_spec
from exchange_sdk.bitget import _spec as bitget_spec
from exchange_sdk.gate import _spec as gate_spec
from exchange_sdk.htx import _spec as htx_spec

KEY, SECRET, PHRASE = "test-key", "test-secret", "test-pass"
CLIENTS: dict[str, Any] = {"bingx": BingX, "htx": HTX, "bitget": Bitget, "gate": Gate}
ASYNC_CLIENTS: dict[str, Any] = {
    "bingx": AsyncBingX,
    "htx": AsyncHTX,
    "bitget": AsyncBitget,
    "gate": AsyncGate,
}
# (exchange, endpoint constant, call arguments, success body for the mock)
ENDPOINTS: list[tuple[str, Endpoint, dict[str, object], bytes]] = [
    ("bingx", bingx_spec.SPOT_CANCEL_ALL_AFTER, {"type": "ACTIVATE", "time_out": 10},
     b'{"code":0,"msg":"","data":{"triggerTime":1710389137,"status":"ACTIVATED","note":"x"}}'),
    ("bingx", bingx_spec.SPOT_CANCEL_OPEN_ORDERS, {"symbol": "BTC-USDT"},
     b'{"code":0,"msg":"","data":{"orders":[]}}'),
    ("htx", htx_spec.FUTURES_CANCEL_ALL_ORDERS, {"contract_code": "BTC-USDT"},
     b'{"code":200,"data":[],"message":"Success","ts":1}'),
    ("bitget", bitget_spec.MIX_CANCEL_ALL_ORDERS, {"product_type": "USDT-FUTURES"},
     b'{"code":"00000","msg":"success","data":{"successList":[],"failureList":[]}}'),
    ("gate", gate_spec.SPOT_COUNTDOWN_CANCEL_ALL, {"timeout": 30, "currency_pair": "BTC_USDT"},
     b'{"triggerTime":"1660039145000"}'),
]  # fmt: skip
RATE_LIMIT_CODES = {"100410", "1032", "429", "TOO_MANY_REQUESTS"}


def _no_answer(request: HttpRequest) -> HttpResponse:
    raise AssertionError("the overhead benchmark sends nothing")


def fast_forward() -> Callable[[], float]:
    """A monotonic clock that jumps 1000 s per reading: every window has emptied."""
    counter = itertools.count()
    return lambda: next(counter) * 1000.0


def per_call_ns(fn: Callable[[], object], calls: int, repeats: int = 5) -> float:
    best = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(calls):
            fn()
        best.append((time.perf_counter_ns() - start) / calls)
    return min(best)


def group_method(client: Any, endpoint: Endpoint) -> Callable[..., Any]:
    group, name = endpoint.operation.split(".")
    return getattr(getattr(client, group), name)  # type: ignore[no-any-return]


def make_client(
    exchange: str, limiter: RateLimiter | None, body: bytes, **kwargs: Any
) -> SyncClient:
    response = HttpResponse(200, {"content-type": "application/json"}, body)
    extra = {"passphrase": PHRASE} if exchange == "bitget" else {}
    client: SyncClient = CLIENTS[exchange](
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(lambda r: response),
        **extra,
        **kwargs,
    )
    client.rate_limiter = limiter
    return client


def overhead(calls: int) -> list[list[str]]:
    rows: list[list[str]] = []
    rules = [RateLimitRule(f"bench:uid:{i}", "uid", 10, 1000) for i in range(3)]
    for n in (1, 2, 3):
        limiter = RateLimiter(now=fast_forward())
        buckets = limiter.buckets(rules[:n], "uid", "host")
        ns = per_call_ns(lambda: limiter.reserve(buckets, None), calls)  # noqa: B023
        rows.append(
            [
                f"RateLimiter.reserve, {n} bucket{'s' if n > 1 else ''}",
                "sync",
                f"{ns / 1000:.2f}",
                "",
                "",
            ]
        )

        def cycle(limiter: RateLimiter = limiter, buckets: Any = buckets) -> None:
            limiter.reserve(buckets, None)
            limiter.admit(buckets)  # right before the write
            limiter.done(buckets)  # after the answer

        ns = per_call_ns(cycle, calls)
        rows.append(
            [
                f"reserve + admit + done, {n} bucket{'s' if n > 1 else ''}",
                "sync",
                f"{ns / 1000:.2f}",
                "",
                "",
            ]
        )

    for exchange, endpoint, args, body in ENDPOINTS:
        label = f"{CLIENTS[exchange].__name__}.{endpoint.operation}"
        client = make_client(exchange, RateLimiter(now=fast_forward()), body)
        reserve_ns = per_call_ns(lambda: client._reserve(endpoint, None), calls)  # noqa: B023

        async def acquire_loop(c: AsyncClient, ep: Endpoint, n: int) -> float:
            start = time.perf_counter_ns()
            for _ in range(n):
                wait = c._reserve(ep, None)
                if wait > 0:
                    await c._sleep(wait)
            return (time.perf_counter_ns() - start) / n

        async_cls: Any = ASYNC_CLIENTS[exchange]
        extra = {"passphrase": PHRASE} if exchange == "bitget" else {}
        aclient: AsyncClient = async_cls(
            api_key=KEY, api_secret=SECRET, transport=AsyncMockTransport(_no_answer), **extra
        )
        aclient.rate_limiter = RateLimiter(now=fast_forward())
        async_ns = min(asyncio.run(acquire_loop(aclient, endpoint, calls)) for _ in range(5))

        on = make_client(exchange, RateLimiter(now=fast_forward()), body)
        off = make_client(exchange, None, body)
        call_on, call_off = group_method(on, endpoint), group_method(off, endpoint)
        call_on(**args)  # resolve the model (pydantic import) outside the timing
        n = max(calls // 20, 200)
        with_ns = per_call_ns(lambda: call_on(**args), n)  # noqa: B023
        without_ns = per_call_ns(lambda: call_off(**args), n)  # noqa: B023
        rows.append([
            f"{label} ({len(endpoint.rate_limits)} rules)", "sync/async",
            f"{reserve_ns / 1000:.2f} / {async_ns / 1000:.2f}",
            f"{without_ns / 1000:.1f} -> {with_ns / 1000:.1f}",
            f"{(with_ns - without_ns) / 1000:+.2f}",
        ])  # fmt: skip
    return rows


# ---------------------------------------------------------------------------- throughput


def strictest(endpoint: Endpoint) -> RateLimitRule:
    return min(endpoint.rate_limits, key=lambda r: r.count / r.interval_ms)


def hammer(
    url: str,
    exchange: str,
    endpoint: Endpoint,
    args: dict[str, object],
    threads: int,
    seconds: float,
) -> tuple[list[float], int, int]:
    """``threads`` callers, one key, until ``seconds`` are up: (times accepted, refused, failed)."""
    deadline = time.monotonic() + seconds
    limiter = RateLimiter()
    stamps: list[float] = []
    counts = {"rejected": 0, "failed": 0}
    lock = threading.Lock()

    def worker() -> None:
        extra = {"passphrase": PHRASE} if exchange == "bitget" else {}
        client = CLIENTS[exchange](
            api_key=KEY, api_secret=SECRET, base_url=url, max_retries=0, **extra
        )
        client.rate_limiter = limiter
        fn = group_method(client, endpoint)
        while (left := deadline - time.monotonic()) > 0:
            outcome = "ok"
            try:
                fn(**args, max_wait=left)
            except errors.NothingToCancelError:
                pass
            except errors.RateLimitError as exc:
                if exc.http_status == 0:
                    break  # no slot before the deadline
                outcome = "rejected"
            except errors.ExchangeSDKError:
                outcome = "failed"
            with lock:
                if outcome == "ok":
                    stamps.append(time.monotonic())
                else:
                    counts[outcome] += 1
        client.close()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return stamps, counts["rejected"], counts["failed"]


def throughput(url: str, admin: Any, threads: int, quick: bool) -> list[list[str]]:
    rows = []
    for exchange, endpoint, args, _ in ENDPOINTS:
        admin.reset()
        rule = strictest(endpoint)
        interval = rule.interval_ms / 1000.0
        spans = max(1, int((2 if quick else 6) // interval))
        stamps, rejected, failed = hammer(
            url, exchange, endpoint, args, threads, (spans + 1) * interval
        )
        codes = [r.get("code") for r in admin.requests() if r.get("exchange") == exchange]
        refused = rejected + sum(1 for c in codes if c in RATE_LIMIT_CODES)
        # whole intervals, starting half an interval after the first answer (not the burst)
        start = min(stamps) + interval / 2
        inside = sum(1 for s in stamps if start <= s < start + spans * interval)
        per_interval = inside / spans
        rows.append([
            f"{CLIENTS[exchange].__name__}.{endpoint.operation}",
            f"{rule.count} / {interval:g} s ({rule.key.split(':', 1)[1]})",
            f"{spans} x {interval:g} s",
            f"{per_interval:.1f}",
            f"{per_interval / rule.count:.1%}",
            f"{refused}",
            f"{failed}",
        ])  # fmt: skip
    return rows


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)) for row in rows]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000, help="calls per overhead case")
    parser.add_argument("--threads", type=int, default=16, help="callers per throughput case")
    parser.add_argument("--quick", action="store_true", help="fewer calls, shorter throughput runs")
    parser.add_argument("--no-simulator", action="store_true", help="overhead only")
    args = parser.parse_args()
    calls = 10_000 if args.quick else args.calls
    print(
        f"python {platform.python_version()} on {platform.machine()}, {calls} calls per overhead case"
    )
    print()
    print("Overhead, uncontended (us per call; min of 5 runs)")
    print(
        table(
            ["case", "mode", "acquire us", "SDK call us (limiter off -> on)", "limiter in a call"],
            overhead(calls),
        )
    )
    if args.no_simulator:
        return
    from exchange_sdk.simulator import SimulatorServer

    print()
    print(f"Throughput against the simulator ({args.threads} threads sharing one key, real time)")
    with SimulatorServer() as sim:
        rows = throughput(sim.url, sim.admin, args.threads, args.quick)
    print(
        table(
            [
                "endpoint",
                "strictest enforced",
                "measured",
                "accepted per interval",
                "of the limit",
                "rate-limit rejections",
                "other errors",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    main()
