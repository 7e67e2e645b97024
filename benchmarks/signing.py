"""CPU per signature: each exchange's generated signer (compiled from its spec's `auth.recipe`)
against the hand-written signer it replaced (frozen in tests/runtime/hand_written_signing.py),
on the kill-switch calls of `make bench`.

Both are timed in alternating batches of 100 calls, 200 rounds; the fastest batch of each
counts (interference from other processes only ever adds time, so on a shared machine the
minimum is the stable estimate).

Usage::

    python benchmarks/signing.py [--rounds R]
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exchange_sdk._runtime.signing import Credentials
from exchange_sdk.bingx import _signing as bingx
from exchange_sdk.bitget import _signing as bitget
from exchange_sdk.gate import _signing as gate
from exchange_sdk.htx import _signing as htx

ROOT = Path(__file__).resolve().parents[1]
NOW_MS = 1_700_000_000_123
BATCH = 100


def _hand_written() -> Any:
    path = ROOT / "tests" / "runtime" / "hand_written_signing.py"
    spec = importlib.util.spec_from_file_location("hand_written_signing", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases(hand: Any) -> dict[str, tuple[Callable[..., Any], Callable[..., Any], tuple[Any, ...]]]:
    return {
        "BingX cancel_open_orders": (
            bingx.sign,
            hand.sign_bingx,
            (
                "POST",
                "https://open-api.bingx.com",
                "/openApi/spot/v1/trade/cancelOpenOrders",
                {"symbol": "BTC-USDT"},
                {},
            ),
        ),
        "BingX cancel_all_after": (
            bingx.sign,
            hand.sign_bingx,
            (
                "POST",
                "https://open-api.bingx.com",
                "/openApi/spot/v1/trade/cancelAllAfter",
                {"type": "ACTIVATE", "timeOut": 10},
                {},
            ),
        ),
        "HTX cancel_all_orders": (
            htx.sign,
            hand.sign_htx,
            (
                "POST",
                "https://api.hbdm.com",
                "/v5/trade/cancel_all_orders",
                {},
                {"contract_code": "BTC-USDT"},
            ),
        ),
        "Bitget cancel_all_orders": (
            bitget.sign,
            hand.sign_bitget,
            (
                "POST",
                "https://api.bitget.com",
                "/api/v2/mix/order/cancel-all-orders",
                {},
                {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
            ),
        ),
        "Gate countdown_cancel_all": (
            gate.sign,
            hand.sign_gate,
            (
                "POST",
                "https://api.gateio.ws",
                "/api/v4/spot/countdown_cancel_all",
                {},
                {"timeout": 30, "currency_pair": "BTC_USDT"},
            ),
        ),
        "Gate open_orders (GET, query)": (
            gate.sign,
            hand.sign_gate,
            (
                "GET",
                "https://api.gateio.ws",
                "/api/v4/spot/open_orders",
                {"page": 1, "limit": 100},
                {},
            ),
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=200, help="alternating rounds of 100 calls")
    args = parser.parse_args()
    hand = _hand_written()
    print(
        f"{'call':32} {'hand-written':>12} {'generated':>10} {'ratio':>6}   (us per signature, fastest batch)"
    )
    for name, (generated, written, call) in cases(hand).items():
        new_creds = Credentials("bench-key", "bench-secret", "bench-pass")
        old_creds = hand.Credentials("bench-key", "bench-secret", "bench-pass")
        timed: dict[str, Callable[[], object]] = {
            "hand": lambda: written(*call, old_creds, NOW_MS),  # noqa: B023
            "generated": lambda: generated(*call, new_creds, NOW_MS),  # noqa: B023
        }
        best = dict.fromkeys(timed, float("inf"))
        for _ in range(args.rounds):
            for key, fn in timed.items():
                start = time.perf_counter_ns()
                for _ in range(BATCH):
                    fn()
                best[key] = min(best[key], (time.perf_counter_ns() - start) / BATCH / 1000)
        ratio = best["generated"] / best["hand"]
        print(f"{name:32} {best['hand']:12.2f} {best['generated']:10.2f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
