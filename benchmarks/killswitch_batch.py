"""Batch-cancel panic against the simulator (its own process, real clock): an OKX account with
N open orders across instruments, ``panic`` until flat, for several N. OKX has no cancel-all:
the panic lists (100 a page), cancels by id (20 a call, one instrument a batch) and lists
again, so its time grows with the pages and batches. Printed per N: the median panic time, the
requests it made (listings, batch cancels) and the time per batch round trip; the client's and
the simulator's rate limits are off (15 batch calls per 2 s would make this a sleep benchmark;
with them on, N orders need at least ceil(N / 20) / 7.5 s more).

    python benchmarks/killswitch_batch.py [--rounds 5] [--orders 5,45,205] [--json out.json]
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

from exchange_sdk.killswitch import Account, build_client, panic
from exchange_sdk.simulator import AdminClient, SimulatorServer

_SYMBOLS = ("BTC-USDT", "ETH-USDT", "BTC-USDT-SWAP")


def _account(url: str) -> Account:
    client = build_client(
        "okx",
        api_key="test-key",
        api_secret="test-secret",
        passphrase="test-pass",
        base_url=url,
        max_retries=1,
    )
    client.rate_limiter = None
    return Account("okx", client, label="bench")


def _seed(admin: AdminClient, orders: int) -> None:
    for i, symbol in enumerate(_SYMBOLS):
        count = orders // len(_SYMBOLS) + (1 if i < orders % len(_SYMBOLS) else 0)
        if count:
            admin.seed_orders("okx", symbol, count=count)


def _round(admin: AdminClient, account: Account, orders: int) -> tuple[float, int, int]:
    _seed(admin, orders)
    before = len(admin.requests())
    started = time.perf_counter()
    report = panic([account], deadline=30)
    seconds = time.perf_counter() - started
    if not (report.ok and report.flat):
        raise SystemExit(f"panic failed:\n{report}")
    made = admin.requests()[before:]
    lists = sum(1 for r in made if r["operation"] == "trade.orders_pending")
    batches = sum(1 for r in made if r["operation"] == "trade.cancel_batch_orders")
    return seconds, lists, batches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--orders", default="5,45,205", help="comma-separated order counts")
    parser.add_argument("--json", metavar="PATH", help="also write the numbers as JSON")
    args = parser.parse_args()
    counts = [int(n) for n in args.orders.split(",")]
    out: dict[str, object] = {}
    rows = []
    with SimulatorServer(subprocess=True) as sim:
        admin = sim.admin
        admin.configure(rate_limits=False)
        account = _account(sim.url)
        _round(admin, account, 5)  # warm-up: models imported, connection open
        for n in counts:
            results = [_round(admin, account, n) for _ in range(args.rounds)]
            ms = statistics.median(r[0] for r in results) * 1000
            lists, batches = results[-1][1], results[-1][2]
            out[f"{n}_orders"] = {"panic_ms": ms, "listings": lists, "batches": batches}
            rows.append(
                [str(n), f"{ms:.1f}", str(lists), str(batches), f"{ms / (lists + batches):.1f}"]
            )
    print(f"OKX panic (list, batch-cancel, list) on the simulator, median of {args.rounds} rounds")
    headers = ["orders", "panic ms", "listings", "batch calls", "ms per request"]
    print(table(headers, rows, {0, 1, 2, 3, 4}))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
