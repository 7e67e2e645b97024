"""Bybit v5 through the kill switch as a trader runs it: ``exchange-sdk`` subprocesses (exit
codes checked) against ``exchange-sdk simulate``, a TOML accounts file with ``exchange =
"bybit"`` and the account parameters ``category`` and ``settle_coin`` (one call per value).

- ``panic`` cancels every linear order of both settle coins and the inverse ones, re-lists,
  and exits 0 flat; more than 500 linear orders take more than one cancel-all (the page's
  limit), which the re-listing finds and repeats;
- an order that will not cancel is named and the exit code is 1;
- one account covers spot, linear and inverse: ``category = ["linear", "inverse", "spot"]``
  and the settle coins per category (``settle_coin = {linear = [...], inverse = [...]}``);
  spot is cancelled and listed without ``settleCoin`` (the spec's ``account_param_rules``:
  the page does not support it for spot, and the simulator refuses it with 10001), and
  cancelled once per ``orderFilter`` kind (a spot cancel-all without it takes ``Order``s only:
  TP/SL, conditional and OCO orders would survive);
- ``heartbeat`` arms no native countdown (DCP is a WebSocket-disconnect window, not a REST
  countdown): the watchdog covers the account, and SIGINT stops it (exit 0).
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

ENV = {**os.environ, "BB_KEY": "test-key", "BB_SECRET": "test-secret"}


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _toml(url: str, heartbeat: str = "") -> str:
    lines = [heartbeat]
    for label, params in (
        ("linear", 'params = {category = "linear", settleCoin = ["USDT", "USDC"]}'),
        ("inverse", 'params = {category = "inverse", settle_coin = ["BTC"]}'),
    ):
        lines += ["[[account]]", 'exchange = "bybit"', f'label = "{label}"', params]
        lines += [f'base_url = "{url}"', 'api_key_env = "BB_KEY"', 'api_secret_env = "BB_SECRET"']
    return "\n".join(lines) + "\n"


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "accounts.toml"
    path.write_text(text)
    return path


_ONE_ACCOUNT = (
    'params = {category = ["linear", "inverse", "spot"], '
    'settle_coin = {linear = ["USDT", "USDC"], inverse = ["BTC"]}}'
)


def _one_account(url: str) -> str:
    return "\n".join(
        [
            "[[account]]",
            'exchange = "bybit"',
            'label = "all"',
            _ONE_ACCOUNT,
            f'base_url = "{url}"',
            'api_key_env = "BB_KEY"',
            'api_secret_env = "BB_SECRET"',
            "",
        ]
    )


def _panic(
    tmp_path: Path, sim: AdminClient, text: str | None = None
) -> tuple[int, dict[str, Any], str]:
    config = _config(tmp_path, text or _toml(_url(sim)))
    return panic_json(config, ENV)


def _seed(sim: AdminClient) -> None:
    sim.seed_orders("bybit", "BTCUSDT", count=2)
    sim.seed_orders("bybit", "BTCPERP", count=1, margin_coin="USDC")
    sim.seed_orders("bybit", "BTCUSD", count=2, product_type="inverse", margin_coin="BTC")


def test_panic_cancels_linear_and_inverse_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    sim.seed_orders("bybit", "BTCUSDT", count=1, product_type="spot")  # no spot account here
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert report["cancelled"] == 5
    assert [o["product_type"] for o in sim.orders()] == ["spot"]
    sent = [r for r in sim.requests() if r["operation"] == "order.cancel_all"]
    assert len(sent) == 3 and {r["code"] for r in sent} == {"0"}  # linear x2 coins, inverse


def test_more_than_500_linear_orders_take_a_second_cancel(sim: AdminClient, tmp_path: Path) -> None:
    sim.seed_orders("bybit", "ETHUSDT", count=503)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True
    assert sim.orders() == []
    usdt = [
        r for r in sim.requests() if r["operation"] == "order.cancel_all" and r["status"] == 200
    ]
    assert len(usdt) >= 4  # USDT twice (500 + 3), USDC and inverse at least once


def test_an_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    stuck = str(sim.seed_orders("bybit", "SOLUSDT", count=1)[0]["order_id"])
    sim.fail_order(stuck, code="170147", message="Order cancellation timeout")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert {str(o["order_id"]) for o in sim.orders()} == {stuck}


def _seed_spot(sim: AdminClient) -> list[str]:
    seeded = sim.seed_orders("bybit", "BTCUSDT", count=2, product_type="spot")
    seeded += sim.seed_orders("bybit", "ETHUSDT", count=1, product_type="spot")
    return [str(o["order_id"]) for o in seeded]


def test_one_account_cancels_spot_linear_and_inverse_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    _seed_spot(sim)
    code, report, err = _panic(tmp_path, sim, _one_account(_url(sim)))
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert report["cancelled"] == 8
    assert sim.orders() == []
    sent = [r for r in sim.requests() if r["operation"] == "order.cancel_all"]
    # linear USDT, linear USDC, inverse BTC, and spot once per orderFilter kind (five): each
    # answered 0 (a spot call carrying settleCoin would be refused with 10001)
    assert len(sent) == 3 + 5 and {r["code"] for r in sent} == {"0"}
    listed = [r for r in sim.requests() if r["operation"] == "order.open_orders"]
    assert listed and {r["code"] for r in listed} == {"0"}


_SPOT_KINDS = ("tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder")


def test_spot_tp_sl_conditional_and_oco_orders_are_cancelled_one_order_filter_at_a_time(
    sim: AdminClient, tmp_path: Path
) -> None:
    """A spot cancel-all without orderFilter cancels ``Order``s only (the page), so a panic
    that sent one would leave a trader's spot TP/SL, conditional and OCO orders open and
    report not flat at its deadline; it sends one per kind the page lists for spot."""
    _seed(sim)
    _seed_spot(sim)
    for kind in _SPOT_KINDS:
        sim.seed_orders("bybit", "BTCUSDT", count=1, product_type="spot", type=kind)
    # a linear conditional order: linear's cancel-all without orderFilter takes every kind
    sim.seed_orders("bybit", "ETHUSDT", count=1, type="StopOrder")
    code, report, err = _panic(tmp_path, sim, _one_account(_url(sim)))
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert report["cancelled"] == 8 + len(_SPOT_KINDS) + 1
    assert sim.orders() == []
    sent = [r for r in sim.requests() if r["operation"] == "order.cancel_all"]
    assert len(sent) == 3 + 5 and {r["code"] for r in sent} == {"0"}


def test_a_spot_tp_sl_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_spot(sim)
    stuck = str(
        sim.seed_orders("bybit", "BTCUSDT", count=1, product_type="spot", type="tpslOrder")[0][
            "order_id"
        ]
    )
    sim.fail_order(stuck, code="170147", message="Order cancellation timeout")
    code, report, err = _panic(tmp_path, sim, _one_account(_url(sim)))
    assert code == 1, err
    assert report["flat"] is False
    assert [str(o["order_id"]) for o in report["open_orders"]] == [stuck]
    assert {str(o["order_id"]) for o in sim.orders()} == {stuck}


def test_a_spot_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    stuck = _seed_spot(sim)[0]
    sim.fail_order(stuck, code="170147", message="Order cancellation timeout")
    code, report, err = _panic(tmp_path, sim, _one_account(_url(sim)))
    assert code == 1, err
    assert report["flat"] is False
    assert [str(o["order_id"]) for o in report["open_orders"]] == [stuck]
    assert {str(o["order_id"]) for o in sim.orders()} == {stuck}


def test_a_category_without_its_settle_coin_is_refused_before_anything_is_sent(
    sim: AdminClient, tmp_path: Path
) -> None:
    text = _one_account(_url(sim)).replace('linear = ["USDT", "USDC"], ', "")
    config = _config(tmp_path, text)
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--yes", "--json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=_LIMIT,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "params.settle_coin has no entry for category 'linear'" in done.stdout + done.stderr
    assert [r for r in sim.requests() if r["operation"] == "order.cancel_all"] == []


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


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_heartbeat_leaves_bybit_to_the_watchdog_and_stops_on_sigint(
    sim: AdminClient, tmp_path: Path
) -> None:
    config = _config(tmp_path, _toml(_url(sim), "[heartbeat]\ntimeout = 30\n"))
    process = subprocess.Popen(
        [*_cli(), "--config", str(config), "heartbeat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    lines = _lines_until(process, "watchdog covers")
    assert any("armed" in line for line in lines), lines
    assert sim.countdowns() == []  # Bybit has no REST countdown
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=_LIMIT)
    assert process.returncode == 0, out + err
    assert "Traceback" not in err, err
