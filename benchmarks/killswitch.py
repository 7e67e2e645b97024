"""Kill switch benchmarks against the simulator (its own process, real clock).

1. Panic latency: ``panic`` over the four exchanges at once, verified (the cancels, then every
   scope listed again: ``flat``) and unverified (``verify=False``, the cancels only), against
   the slowest of the four single cancels (one account's cancel-all call, ``verify=False``)
   measured in the same round (each measurement seeds fresh orders first). Goals: a verified
   flat panic <= 2.2x the slowest single cancel (one cancel round trip, one listing round
   trip, everything else in parallel); an unverified one <= 1.2x (the concurrency costs at
   most 20 %). Run with no added latency (loopback: the SDK's own overhead dominates) and with
   a latency injected into every exchange request (``--latency-ms``, a network round trip).
2. Heartbeat margin: a ``DeadMansSwitch`` keeps Gate's native countdown (T = 5 s, the minimum)
   armed under injected latency and dropped connections; every successful re-arm's margin is
   the time the previous countdown still had to run when the re-arm was seen through the
   status API (so slightly understated). The formula predicts T - interval - latency.

The client-side rate limiter and the simulator's limits are off: rounds follow each other
faster than BingX's 2 cancels per second would allow, which is not what is measured here.
HTX's account mode is configured (multi-asset), as asking it is a once-per-client round trip.

    python benchmarks/killswitch.py [--rounds 15] [--latency-ms 50] [--quick] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _harness import table

from exchange_sdk.killswitch import Account, DeadMansSwitch, build_client, heartbeat_interval, panic
from exchange_sdk.simulator import AdminClient, SimulatorServer

SETUP = {  # exchange: (seeded symbol, markets, params)
    "bingx": ("BTC-USDT", ("BTC-USDT",), {}),
    "htx": ("BTC-USDT", ("BTC-USDT",), {}),
    "bitget": ("BTCUSDT", (), {"product_type": "USDT-FUTURES"}),
    "gate": ("BTC_USDT", ("BTC_USDT",), {}),
}


def accounts(url: str) -> list[Account]:
    out = []
    for exchange, (_, markets, params) in SETUP.items():
        client = build_client(
            exchange,
            api_key="test-key",
            api_secret="test-secret",
            passphrase="test-pass",
            base_url=url,
            max_retries=1,
        )
        client.rate_limiter = None
        mode = "multi-asset" if exchange == "htx" else None
        out.append(
            Account(
                exchange,
                client,
                label="bench",
                markets=markets,
                params=params,
                account_mode=mode,
            )
        )
    return out


def seed(admin: AdminClient, orders: int) -> None:
    for exchange, (symbol, _, _) in SETUP.items():
        admin.seed_orders(exchange, symbol, count=orders)


def _timed(admin: AdminClient, accs: list[Account], orders: int, verify: bool) -> float:
    """Seconds of one panic over ``accs`` after seeding fresh orders; a panic that fails (or,
    verified, is not flat) stops the benchmark."""
    seed(admin, orders)
    started = time.perf_counter()
    report = panic(accs, verify=verify)
    seconds = time.perf_counter() - started
    if not report.ok or (verify and not report.flat):
        raise SystemExit(f"panic failed:\n{report}")
    admin.request("DELETE", "orders")
    return seconds


def panic_rounds(
    admin: AdminClient, accs: list[Account], rounds: int, orders: int
) -> dict[str, float]:
    for _ in range(2):  # warm-up: models imported, connections open
        _timed(admin, accs, orders, True)
        _timed(admin, accs, orders, False)
    verified, unverified, slowest, ratios, ratios_cancel = [], [], [], [], []
    singles: dict[str, list[float]] = {a.exchange: [] for a in accs}
    for _ in range(rounds):
        full = _timed(admin, accs, orders, True)
        bare = _timed(admin, accs, orders, False)
        one = {a.exchange: _timed(admin, [a], orders, False) for a in accs}
        for exchange, seconds in one.items():
            singles[exchange].append(seconds)
        worst = max(one.values())
        verified.append(full)
        unverified.append(bare)
        slowest.append(worst)
        ratios.append(full / worst)
        ratios_cancel.append(bare / worst)
    result = {
        "verified_panic_ms": statistics.median(verified) * 1000,
        "unverified_panic_ms": statistics.median(unverified) * 1000,
        "slowest_single_ms": statistics.median(slowest) * 1000,
        "ratio_median": statistics.median(ratios),
        "ratio_p90": sorted(ratios)[int(0.9 * (len(ratios) - 1))],
        "unverified_ratio_median": statistics.median(ratios_cancel),
        "unverified_ratio_p90": sorted(ratios_cancel)[int(0.9 * (len(ratios_cancel) - 1))],
    }
    for exchange, values in singles.items():
        result[f"{exchange}_ms"] = statistics.median(values) * 1000
    return result


def margin_run(
    admin: AdminClient, url: str, latency_ms: int, drop_ratio: float, seconds: float
) -> dict[str, float]:
    admin.clear_faults()
    # A request takes the first fault that matches: the drops go first, the latency hits the
    # requests they spare.
    if drop_ratio:
        admin.add_fault("drop", ratio=drop_ratio, exchange="gate")
    if latency_ms:
        admin.add_fault("latency", latency_ms=latency_ms, exchange="gate")
    (gate,) = [a for a in accounts(url) if a.exchange == "gate"]
    timeout = 5
    margins: list[float] = []
    misses = 0
    with DeadMansSwitch([gate], timeout=timeout) as switch:
        previous = switch.status().targets[0]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.005)
            now = time.time()
            current = switch.status().targets[0]
            if current.last_heartbeat != previous.last_heartbeat and previous.armed_until:
                margins.append(previous.armed_until - now)
            previous = current
        misses = switch.status().misses
        admin.clear_faults()
    interval, _, _ = heartbeat_interval(timeout)
    return {
        "latency_ms": latency_ms,
        "drop_ratio": drop_ratio,
        "rearms": len(margins),
        "misses": misses,
        "min_margin_s": min(margins) if margins else float("nan"),
        "median_margin_s": statistics.median(margins) if margins else float("nan"),
        "predicted_s": timeout - interval - latency_ms / 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--orders", type=int, default=5, help="open orders per exchange per round")
    parser.add_argument("--latency-ms", type=int, default=50, help="injected per request")
    parser.add_argument("--margin-seconds", type=float, default=12.0, help="per heartbeat scenario")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, shorter scenarios")
    parser.add_argument("--json", metavar="PATH", help="also write the numbers as JSON")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.margin_seconds = 4, 5.0
    out: dict[str, object] = {}
    with SimulatorServer(subprocess=True) as sim:
        admin = sim.admin
        admin.configure(rate_limits=False)
        accs = accounts(sim.url)
        rows = []
        for latency in (0, args.latency_ms):
            admin.clear_faults()
            if latency:
                admin.add_fault("latency", latency_ms=latency)
            numbers = panic_rounds(admin, accs, args.rounds, args.orders)
            out[f"panic_latency_{latency}ms"] = numbers
            rows.append(
                [
                    f"{latency} ms",
                    *(f"{numbers[f'{ex}_ms']:.1f}" for ex in SETUP),
                    f"{numbers['slowest_single_ms']:.1f}",
                    f"{numbers['unverified_panic_ms']:.1f}",
                    f"{numbers['unverified_ratio_median']:.2f}x "
                    f"({numbers['unverified_ratio_p90']:.2f}x)",
                    f"{numbers['verified_panic_ms']:.1f}",
                    f"{numbers['ratio_median']:.2f}x ({numbers['ratio_p90']:.2f}x)",
                ]
            )
        admin.clear_faults()
        print(
            f"Panic over four exchanges vs the slowest single cancel ({args.rounds} rounds, "
            f"{args.orders} orders per exchange, medians, ratio (p90); goals: cancels only "
            "<= 1.2x, verified flat <= 2.2x)\n"
        )
        headers = [
            "latency",
            *(f"{ex} ms" for ex in SETUP),
            "slowest ms",
            "cancels ms",
            "ratio",
            "verified ms",
            "ratio",
        ]
        print(table(headers, rows, set(range(1, len(headers)))))

        scenarios = [(0, 0.0), (200, 0.0), (500, 0.0), (500, 0.5)]
        margin_rows = []
        for latency, drops in scenarios:
            numbers = margin_run(admin, sim.url, latency, drops, args.margin_seconds)
            out[f"margin_{latency}ms_drop{drops}"] = numbers
            margin_rows.append(
                [
                    f"{latency} ms",
                    f"{drops:.0%}",
                    str(int(numbers["rearms"])),
                    str(int(numbers["misses"])),
                    f"{numbers['min_margin_s']:.2f}",
                    f"{numbers['median_margin_s']:.2f}",
                    f"{numbers['predicted_s']:.2f}",
                ]
            )
        print(
            f"\nHeartbeat margin before expiry: Gate countdown T = 5 s, interval "
            f"{heartbeat_interval(5)[0]:.2f} s, {args.margin_seconds:g} s per scenario\n"
        )
        headers = [
            "latency",
            "dropped",
            "re-arms",
            "misses",
            "min margin s",
            "median s",
            "T-interval-latency",
        ]
        print(table(headers, margin_rows, set(range(2, len(headers)))))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
