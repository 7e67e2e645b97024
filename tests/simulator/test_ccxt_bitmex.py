"""CCXT's BitMEX drives the simulator's BitMEX: a client written outside this repository, so
the venue's verifier (written from the "API Key Usage" page) is checked against someone else's
signing, not only against the SDK's recipe.

BitMEX is not in CCXT 4.5.90; CCXT publishes it apart as the ``bitmex-api`` package (0.0.163,
CCXT 4.5.83 inside). Importing it replaces ``sys.modules["ccxt"]`` with its own copy, so it runs
in a subprocess, never in this one. Its implicit methods are used (no markets loaded: nothing is
fetched from the internet): ``privateDeleteOrderAll`` (what ``cancel_all_orders`` sends),
``privatePostOrderCancelAllAfter`` and ``privateGetOrder`` with ``filter={"open": true}``. Where
CCXT and the docs differ it is recorded here: CCXT's ``cancel_all_orders_after(timeout)``
divides the millisecond timeout by 1000 before sending it (its unified method, not used here).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from exchange_sdk.simulator.pytest_plugin import SimAdmin

_SCRIPT = r"""
import json, sys
from bitmex import BitmexSync  # sets sys.modules["ccxt"] to its own copy: a subprocess only
from ccxt.base.errors import AuthenticationError  # the copy the package raises from

url, secret, steps = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
exchange = BitmexSync({
    "apiKey": "test-key", "secret": secret, "enableRateLimit": False,
    "urls": {"api": {"public": url, "private": url}},
})
out = {"version": sys.modules["ccxt"].__version__}
for name, method, params in steps:
    try:
        out[name] = getattr(exchange, method)(params)
    except AuthenticationError as exc:
        out[name] = {"AuthenticationError": str(exc)}
print(json.dumps(out))
"""


def _ccxt(
    sim: SimAdmin, steps: list[tuple[str, str, dict[str, object]]], secret: str = "test-secret"
) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, sim.url, secret, json.dumps(steps)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(autouse=True)
def _bitmex_api_installed() -> None:
    # a missing pin is a failure, not a skip: requirements-dev.txt installs it
    subprocess.run([sys.executable, "-c", "import bitmex"], check=True, timeout=60)


def test_ccxt_cancels_all_of_one_symbol_and_lists_what_is_left(exchange_sim: SimAdmin) -> None:
    xbt = exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    eth = exchange_sim.seed_orders("bitmex", "ETHUSD", count=1)
    out = _ccxt(
        exchange_sim,
        [
            ("cancel", "privateDeleteOrderAll", {"symbol": "XBTUSD"}),
            ("open", "privateGetOrder", {"filter": json.dumps({"open": True}), "count": 500}),
            ("all", "privateDeleteOrderAll", {}),
        ],
    )
    assert str(out["version"]).startswith("4.5.")
    cancelled = out["cancel"]
    assert isinstance(cancelled, list) and len(cancelled) == len(xbt)
    assert {o["ordStatus"] for o in cancelled} == {"Canceled"}
    listed = out["open"]
    assert isinstance(listed, list) and [o["symbol"] for o in listed] == ["ETHUSD"]
    assert isinstance(out["all"], list) and len(out["all"]) == len(eth)
    assert exchange_sim.orders("bitmex") == []


def test_ccxt_arms_the_countdown_in_ms_and_it_fires(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    out = _ccxt(exchange_sim, [("arm", "privatePostOrderCancelAllAfter", {"timeout": 60000})])
    armed = out["arm"]
    assert isinstance(armed, dict) and set(armed) == {"now", "cancelTime"}
    assert len(exchange_sim.countdowns()) == 1
    exchange_sim.advance(59_999)
    assert len(exchange_sim.orders("bitmex")) == 2
    exchange_sim.advance(1)
    assert exchange_sim.orders("bitmex") == []


def test_ccxt_disarms_with_timeout_0(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=2)
    _ccxt(
        exchange_sim,
        [
            ("arm", "privatePostOrderCancelAllAfter", {"timeout": 60000}),
            ("disarm", "privatePostOrderCancelAllAfter", {"timeout": 0}),
        ],
    )
    assert exchange_sim.countdowns() == []
    exchange_sim.advance(120_000)
    assert len(exchange_sim.orders("bitmex")) == 2


def test_ccxt_with_a_wrong_secret_gets_bitmex_signature_error(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("bitmex", "XBTUSD", count=1)
    out = _ccxt(exchange_sim, [("cancel", "privateDeleteOrderAll", {})], secret="wrong-secret")
    refused = out["cancel"]
    assert isinstance(refused, dict) and "Signature not valid." in refused["AuthenticationError"]
    assert len(exchange_sim.orders("bitmex")) == 1
