"""BitMEX through the kill switch as a trader runs it: ``exchange-sdk`` subprocesses (exit
codes checked) against ``exchange-sdk simulate``, a TOML accounts file with ``exchange =
"bitmex"``, orders seeded through the admin API.

- ``panic --yes --json`` cancels every order (``DELETE /api/v1/order/all``), lists
  ``GET /api/v1/order?filter={"open": true}`` to prove nothing is left, exits 0 and says
  ``"flat": true``;
- an order the simulator refuses to cancel keeps the panic from exiting 0: ``"flat": false``
  and the order named;
- ``heartbeat`` arms the native ``cancelAllAfter`` countdown (milliseconds on the wire);
  Ctrl-C (SIGINT) disarms it (``timeout: 0``) and exits 0; killed with SIGKILL it leaves the
  countdown armed, and when it expires the simulator cancels the orders.
"""

from __future__ import annotations

import json
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

ENV = {**os.environ, "BM_KEY": "test-key", "BM_SECRET": "test-secret"}
HEARTBEAT_S = 10


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _config(tmp_path: Path, url: str, heartbeat: bool = False) -> Path:
    lines = ["[heartbeat]", f"timeout = {HEARTBEAT_S}", ""] if heartbeat else []
    lines += [
        "[[account]]",
        'exchange = "bitmex"',
        'label = "main"',
        f'base_url = "{url}"',
        'api_key_env = "BM_KEY"',
        'api_secret_env = "BM_SECRET"',
    ]
    path = tmp_path / "accounts.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _panic(tmp_path: Path, sim: AdminClient) -> tuple[int, dict[str, Any], str]:
    config = _config(tmp_path, _url(sim))
    return panic_json(config, ENV)


def _seed(sim: AdminClient) -> list[str]:
    orders = sim.seed_orders("bitmex", "XBTUSD", count=3)
    orders += sim.seed_orders("bitmex", "ETHUSD", count=2, side="Sell")
    return [str(o["order_id"]) for o in orders]


def test_panic_cancels_everything_and_proves_it_flat(sim: AdminClient, tmp_path: Path) -> None:
    _seed(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err + json.dumps(report)
    assert report["flat"] is True and report["ok"] is True
    assert report["open_orders"] == []
    assert sim.orders("bitmex") == []
    log = [(r["operation"], r["status"]) for r in sim.requests() if r["exchange"] == "bitmex"]
    assert ("all.cancel_all_orders", 200) in log
    assert log[-1] == ("all.get_orders", 200)  # the listing after the cancel proves it


def test_an_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    stuck = seeded[0]
    sim.fail_order(stuck)
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err + json.dumps(report)
    assert report["flat"] is False
    left = report["open_orders"]
    assert [(o["exchange"], o["market"]) for o in left] == [("bitmex", "XBTUSD")]
    assert [o["order_id"] for o in sim.orders("bitmex")] == [stuck]  # the rest was cancelled


def test_panic_with_nothing_open_is_flat(sim: AdminClient, tmp_path: Path) -> None:
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True


def _start_heartbeat(tmp_path: Path, sim: AdminClient) -> subprocess.Popen[str]:
    config = _config(tmp_path, _url(sim), heartbeat=True)
    return subprocess.Popen(
        [*_cli(), "--config", str(config), "heartbeat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def _wait_armed(sim: AdminClient, process: subprocess.Popen[str]) -> dict[str, Any]:
    deadline = time.monotonic() + _LIMIT
    while time.monotonic() < deadline:
        armed = [c for c in sim.countdowns() if c.get("exchange") == "bitmex"]
        if armed:
            return armed[0]
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"heartbeat exited {process.returncode}: {err}")
        time.sleep(0.05)
    process.kill()
    process.communicate()
    raise AssertionError("the heartbeat did not arm the BitMEX countdown")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_heartbeat_arms_in_ms_and_ctrl_c_disarms_and_exits_0(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    before = int(sim.clock()["now_ms"])
    process = _start_heartbeat(tmp_path, sim)
    try:
        countdown = _wait_armed(sim, process)
        # timeout = 10 s in the config is 10000 ms on the wire (not 10 ms, not 10000 s)
        armed_for = int(countdown["trigger_ms"]) - before
        assert HEARTBEAT_S * 1000 - 1000 <= armed_for <= HEARTBEAT_S * 1000 + _LIMIT * 1000
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=_LIMIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert [c for c in sim.countdowns() if c.get("exchange") == "bitmex"] == []
    sim.manual_clock()
    sim.advance(seconds=HEARTBEAT_S * 2)
    assert sorted(o["order_id"] for o in sim.orders("bitmex")) == sorted(seeded)  # kept


def test_heartbeat_killed_leaves_the_countdown_that_cancels_the_orders(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    process = _start_heartbeat(tmp_path, sim)
    try:
        _wait_armed(sim, process)
    finally:
        process.kill()  # the bot dies: nothing disarms
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert len(sim.orders("bitmex")) == 5
    sim.manual_clock()
    sim.advance(seconds=HEARTBEAT_S + 1)  # past the countdown
    deadline = time.monotonic() + _LIMIT
    while sim.orders("bitmex") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sim.orders("bitmex") == []
