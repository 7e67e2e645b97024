"""Binance through the kill switch as a trader runs it: ``exchange-sdk`` subprocesses (exit codes
checked) against ``exchange-sdk simulate``, a TOML accounts file with ``exchange = "binance"``,
spot and USDⓈ-M orders seeded through the admin API.

- ``panic`` with no markets lists both markets, cancels every symbol it finds in each (the
  cancels take one symbol a call) and exits 0 flat;
- an order that will not cancel is named and the exit code is 1;
- ``heartbeat`` with a market arms USDⓈ-M's per-symbol countdown on the exchange, says that
  the watchdog covers spot, and disarms on SIGINT (exit 0);
- ``heartbeat`` without markets arms no countdown and says why the watchdog covers the account.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_end_to_end import _LIMIT, _cli, _url, panic_json, simulator

from exchange_sdk.simulator import AdminClient

__all__ = ["simulator"]

ENV = {**os.environ, "BN_KEY": "test-key", "BN_SECRET": "test-secret"}


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _toml(url: str, markets: tuple[str, ...] = (), heartbeat: str = "") -> str:
    lines = [heartbeat, "[[account]]", 'exchange = "binance"', 'label = "main"']
    lines += [f'base_url = "{url}"', 'api_key_env = "BN_KEY"', 'api_secret_env = "BN_SECRET"']
    if markets:
        lines.append("markets = [" + ", ".join(f'"{m}"' for m in markets) + "]")
    return "\n".join(lines) + "\n"


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "accounts.toml"
    path.write_text(text)
    return path


def _panic(tmp_path: Path, sim: AdminClient) -> tuple[int, dict[str, Any], str]:
    config = _config(tmp_path, _toml(_url(sim)))
    return panic_json(config, ENV)


def _seed(sim: AdminClient) -> set[str]:
    orders = [
        *sim.seed_orders("binance", "BTCUSDT", count=2),
        *sim.seed_orders("binance", "ETHUSDT", count=1),
        *sim.seed_orders("binance", "BTCUSDT", count=2, product_type="usdm"),
        *sim.seed_orders("binance", "SOLUSDT", count=1, product_type="usdm"),
    ]
    return {str(o["order_id"]) for o in orders}


def test_panic_finds_every_symbol_of_both_markets_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    # spot's answer names its 3 orders; USDⓈ-M's names none ({"code": 200}): the listing after
    # the cancels is what proves those 3 gone
    assert report["cancelled"] == 3
    assert sim.orders() == []
    sent = {(r["operation"], r.get("status")) for r in sim.requests()}
    assert ("spot.cancel_open_orders", 200) in sent
    assert ("usdm.cancel_all_open_orders", 200) in sent


def test_an_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    stuck = str(sim.seed_orders("binance", "XRPUSDT", count=1, product_type="usdm")[0]["order_id"])
    sim.fail_order(
        stuck, code="-2011", message="Order was not canceled due to cancel restrictions."
    )
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert {o["order_id"] for o in sim.orders()} == {stuck}


def _heartbeat(tmp_path: Path, sim: AdminClient, markets: tuple[str, ...]) -> subprocess.Popen[str]:
    config = _config(tmp_path, _toml(_url(sim), markets, "[heartbeat]\ntimeout = 30\n"))
    return subprocess.Popen(
        [*_cli(), "--config", str(config), "heartbeat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def _lines_until(process: subprocess.Popen[str], needle: str) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + _LIMIT
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if needle in line:
            return lines
    process.kill()
    raise AssertionError(f"no {needle!r} in {lines!r}")


def _stop(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=_LIMIT)
    assert process.returncode >= 0, f"killed by signal {-process.returncode}"
    assert "Traceback" not in err, err
    return process.returncode, out, err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_heartbeat_arms_one_countdown_per_market_and_the_watchdog_for_spot(
    sim: AdminClient, tmp_path: Path
) -> None:
    process = _heartbeat(tmp_path, sim, ("BTCUSDT",))
    lines = _lines_until(process, "watchdog covers")
    assert any("armed 2 switch(es)" in line for line in lines), lines
    assert "spot has no native countdown" in lines[-1]
    (countdown,) = sim.countdowns()
    assert countdown["exchange"] == "binance" and countdown["scope"] == "usdm:BTCUSDT"
    code, out, err = _stop(process)
    assert code == 0, out + err
    assert "switches disarmed" in out
    assert sim.countdowns() == []


def test_heartbeat_without_markets_leaves_the_account_to_the_watchdog_and_says_why(
    sim: AdminClient, tmp_path: Path
) -> None:
    process = _heartbeat(tmp_path, sim, ())
    lines = _lines_until(process, "watchdog covers")
    assert any("armed 1 switch(es)" in line for line in lines), lines
    assert "arms one symbol at a time and the account names no markets" in lines[-1]
    assert sim.countdowns() == []  # no countdown pretends to cover the account
    code, out, err = _stop(process)
    assert code == 0, out + err
