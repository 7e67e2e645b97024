"""The SDK's own CPU per call, without the network: the five calls of ``sdk_calls.py`` on a
``MockTransport`` answering the canned success response, sync and async.

What is left is the generated method, signing, the call loop (options, deadline, retry
bookkeeping) and parsing: the part of a call the SDK controls. Each number is the fastest
batch of 50 calls (interference from other processes only ever adds time, so on a shared
machine the minimum is the stable estimate; medians moved by 10-20 % between runs here).

``--against REV`` measures the tree at a git revision too (its ``generated/``,
``benchmarks/`` and ``specs/`` (the canned answers), extracted to a temporary directory), old and new in alternating child
processes for ``--rounds`` rounds, and prints both with their ratio: how a change to the call
loop moved the per-call cost.

Usage::

    python benchmarks/call_loop.py [--calls N] [--against REV --rounds R]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BATCH = 50
ARGS: dict[str, dict[str, object]] = {
    "BingX.spot.cancel_all_after": {"type": "ACTIVATE", "time_out": 10},
    "BingX.spot.cancel_open_orders": {"symbol": "BTC-USDT"},
    "HTX.futures.cancel_all_orders": {"contract_code": "BTC-USDT"},
    "Bitget.mix.cancel_all_orders": {"product_type": "USDT-FUTURES", "margin_coin": "USDT"},
    "Gate.spot.countdown_cancel_all": {"timeout": 30, "currency_pair": "BTC_USDT"},
}


def _fastest(fn: Callable[[], object], calls: int) -> float:
    for _ in range(300):
        fn()
    best = float("inf")
    for _ in range(max(1, calls // BATCH)):
        start = time.perf_counter_ns()
        for _ in range(BATCH):
            fn()
        best = min(best, (time.perf_counter_ns() - start) / BATCH)
    return best / 1000


async def _afastest(fn: Callable[[], Awaitable[object]], calls: int) -> float:
    for _ in range(300):
        await fn()
    best = float("inf")
    for _ in range(max(1, calls // BATCH)):
        start = time.perf_counter_ns()
        for _ in range(BATCH):
            await fn()
        best = min(best, (time.perf_counter_ns() - start) / BATCH)
    return best / 1000


def measure(calls: int) -> dict[str, float]:
    """{"<call> sync|async": fastest us per call} for the exchange_sdk on sys.path."""
    import sdk_calls as sc

    import exchange_sdk
    from exchange_sdk._runtime.transport import AsyncMockTransport, HttpResponse, MockTransport

    out: dict[str, float] = {}
    for call in sc.CALLS:
        if call.name not in ARGS:  # the five calls this script was written for
            continue
        canned = HttpResponse(
            200, {"content-type": "application/json"}, sc.compact_json(sc.RESPONSES[call.name])
        )

        def answer(request: object, canned: HttpResponse = canned) -> HttpResponse:
            return canned

        run, close = sc.sdk_sync(call.name, "http://127.0.0.1:9", MockTransport(answer))
        out[f"{call.name} sync"] = _fastest(run, calls)
        close()

        exchange, group, name = call.name.split(".")
        options: dict[str, Any] = {
            "api_key": sc.API_KEY,
            "api_secret": sc.SECRET,
            "transport": AsyncMockTransport(answer),
            "rate_limit": False,
        }
        if call.exchange == "bitget":
            options["passphrase"] = sc.PASSPHRASE
        client = getattr(exchange_sdk, f"Async{exchange}")(**options)
        method = getattr(getattr(client, group), name)
        kwargs = ARGS[call.name]
        out[f"{call.name} async"] = asyncio.run(_afastest(lambda: method(**kwargs), calls))  # noqa: B023
    return out


def _child(tree: Path, calls: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{tree / 'generated'}{os.pathsep}{tree / 'benchmarks'}"}
    code = (
        "import json, sys; sys.path[:0] = [sys.argv[1]]; import call_loop; "
        "print(json.dumps(call_loop.measure(int(sys.argv[2]))))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tree / "benchmarks"), str(calls)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def against(rev: str, rounds: int, calls: int) -> None:
    with tempfile.TemporaryDirectory(prefix="call-loop-") as tmp:
        old = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "generated", "benchmarks", "specs"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        # The old tree's benchmarks may predate this script: use this one with its data.
        (old / "benchmarks" / "call_loop.py").write_bytes(Path(__file__).read_bytes())
        olds: list[dict[str, float]] = []
        news: list[dict[str, float]] = []
        for _ in range(rounds):
            olds.append(_child(old, calls))
            news.append(_child(ROOT, calls))
    print(f"{'call':40} {rev[:12]:>12} {'this tree':>10} {'ratio':>6}   (us per call, fastest)")
    ratios = []
    for key in news[0]:
        before = min(r[key] for r in olds)
        after = min(r[key] for r in news)
        ratios.append(after / before)
        print(f"{key:40} {before:12.2f} {after:10.2f} {after / before:6.3f}")
    print(f"geometric mean of the ratios: {statistics.geometric_mean(ratios):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=6000, help="timed calls per case")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision")
    parser.add_argument("--rounds", type=int, default=10, help="alternating rounds (--against)")
    args = parser.parse_args()
    if args.against:
        against(args.against, args.rounds, args.calls)
        return
    sys.path.insert(0, str(Path(__file__).parent))
    for key, us in measure(args.calls).items():
        print(f"{key:40} {us:8.2f} us")


if __name__ == "__main__":
    main()
