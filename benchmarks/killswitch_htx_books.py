"""What HTX's trigger, TP/SL and trailing order books add to a single-asset panic: an HTX
account in single-asset mode naming K contracts, each holding ordinary, trigger, TP/SL and
trailing orders in both margin modes, ``panic`` until flat against the simulator (its own
process, real clock, rate limits off on both sides). Printed per K: the median panic time and
the requests it made, with the books' endpoints in the kill-switch tables ("with books") and
with them taken out of the tables in this process ("ordinary only": the state before the books
were specified; its panic leaves the book orders and is not flat, which is the point of the
change, so its report is not checked).

    python benchmarks/killswitch_htx_books.py [--rounds 7] [--contracts 1,2,4] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).parent))

from _harness import table

from exchange_sdk import _killswitch_specs
from exchange_sdk.killswitch import Account, build_client, panic
from exchange_sdk.simulator import AdminClient, SimulatorServer

_CONTRACTS = ("BTC-USDT", "ETH-USDT", "SOL-USDT", "XRP-USDT")
_BOOKS = ("trigger", "tpsl", "track")


def _account(url: str, contracts: tuple[str, ...]) -> Account:
    client = build_client(
        "htx", api_key="test-key", api_secret="test-secret", base_url=url, max_retries=1
    )
    client.rate_limiter = None
    return Account("htx", client, label="bench", markets=contracts, account_mode="single-asset")


def _seed(admin: AdminClient, contracts: tuple[str, ...]) -> None:
    for contract in contracts:
        for margin in ("cross", "isolated"):
            admin.seed_orders("htx", contract, count=2, margin_mode=margin)
            for book in _BOOKS:
                admin.seed_orders("htx", contract, count=2, margin_mode=margin, type=book)


def _round(admin: AdminClient, account: Account, check: bool) -> tuple[float, int]:
    admin.reset()
    admin.configure(rate_limits=False)
    admin.add_account("test-key", "test-secret", asset_mode=0)
    _seed(admin, account.markets)
    started = time.perf_counter()
    report = panic([account], deadline=30)
    seconds = time.perf_counter() - started
    if check and not (report.ok and report.flat):
        raise SystemExit(f"panic failed:\n{report}")
    return seconds, len(admin.requests())


def _tables() -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    """The generated tables, as the dicts they are (typed as read-only mappings)."""
    cancel = cast("dict[str, tuple[Any, ...]]", _killswitch_specs.CANCEL_ALL)
    listing = cast("dict[str, tuple[Any, ...]]", _killswitch_specs.OPEN_ORDERS)
    return cancel, listing


def _without_books() -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """Take the books' endpoints out of HTX's tables (as before they were specified); returns
    the entries to put back."""
    cancel, listing = _tables()
    saved = cancel["htx"], listing["htx"]

    def keep(spec: Any) -> bool:
        return not any(f"_{b}_" in spec.method for b in _BOOKS)

    cancel["htx"] = tuple(s for s in saved[0] if keep(s))
    listing["htx"] = tuple(s for s in saved[1] if keep(s))
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--contracts", default="1,2,4", help="comma-separated contract counts")
    parser.add_argument("--json", metavar="PATH", help="also write the numbers as JSON")
    args = parser.parse_args()
    out: dict[str, object] = {}
    rows = []
    with SimulatorServer(subprocess=True) as sim:
        admin = sim.admin
        for k in (int(n) for n in args.contracts.split(",")):
            account = _account(sim.url, _CONTRACTS[:k])
            _round(admin, account, True)  # warm-up
            books = [_round(admin, account, True) for _ in range(args.rounds)]
            saved = _without_books()
            try:
                _round(admin, account, False)
                plain = [_round(admin, account, False) for _ in range(args.rounds)]
            finally:
                _tables()[0]["htx"], _tables()[1]["htx"] = saved
            with_ms = statistics.median(r[0] for r in books) * 1000
            plain_ms = statistics.median(r[0] for r in plain) * 1000
            out[f"{k}_contracts"] = {
                "with_books_ms": with_ms,
                "with_books_requests": books[-1][1],
                "ordinary_only_ms": plain_ms,
                "ordinary_only_requests": plain[-1][1],
            }
            rows.append(
                [
                    str(k),
                    f"{with_ms:.1f}",
                    str(books[-1][1]),
                    f"{plain_ms:.1f}",
                    str(plain[-1][1]),
                    f"{with_ms / plain_ms:.2f}",
                ]
            )
    print(f"HTX single-asset panic on the simulator, median of {args.rounds} rounds")
    headers = ["contracts", "with books ms", "requests", "ordinary only ms", "requests", "ratio"]
    print(table(headers, rows, {0, 1, 2, 3, 4, 5}))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
