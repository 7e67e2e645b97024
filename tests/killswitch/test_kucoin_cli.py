"""KuCoin through the kill switch as a trader runs it: ``exchange-sdk`` subprocesses (exit codes
checked) against ``exchange-sdk simulate``, a TOML accounts file with ``exchange = "kucoin"``,
spot (HF) and futures orders seeded through the admin API.

- ``panic`` cancels spot account-wide and futures one contract a call (the contracts found by
  listing the active orders), lists again (spot: the symbols with open orders, then each
  symbol's orders) and exits 0 flat, also when the cancels settle later;
- an order the exchange refuses to cancel is named and the exit code is 1 (spot and futures);
- untriggered stop orders, which neither market's ordinary cancel-all touches nor its ordinary
  listing shows: futures ``DELETE /api/v1/stopOrders`` and spot ``DELETE
  /api/v1/stop-order/cancel`` (one account-wide call each), each proven by its own stop-order
  listing; a stop order the exchange refuses to cancel keeps the exit code 1 and is named;
- ``heartbeat`` arms spot's native DCP (``dead-cancel-all``) on the exchange and leaves futures
  (no countdown) to the watchdog; SIGINT disarms and exits 0; ``kill -9`` leaves the DCP armed
  (it fires when its time comes) and the watchdog cancels the futures orders.
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

ENV = {**os.environ, "KC_KEY": "test-key", "KC_SECRET": "test-secret", "KC_PASS": "test-pass"}


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _toml(url: str, groups: tuple[str, ...] = (), heartbeat: str = "") -> str:
    lines = [heartbeat, "[[account]]", 'exchange = "kucoin"', 'label = "main"']
    lines += [f'base_url = "{url}"', 'api_key_env = "KC_KEY"', 'api_secret_env = "KC_SECRET"']
    lines.append('passphrase_env = "KC_PASS"')
    if groups:
        lines.append("groups = [" + ", ".join(f'"{g}"' for g in groups) + "]")
    return "\n".join(lines) + "\n"


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "accounts.toml"
    path.write_text(text)
    return path


def _panic(
    tmp_path: Path, sim: AdminClient, groups: tuple[str, ...] = ()
) -> tuple[int, dict[str, Any], str]:
    config = _config(tmp_path, _toml(_url(sim), groups))
    return panic_json(config, ENV)


def test_dry_run_shows_each_market_on_its_own_host(tmp_path: Path) -> None:
    """Without a base_url spot goes to api.kucoin.com and futures to api-futures.kucoin.com;
    the dry run (nothing sent) must show where each call would really go."""
    text = _toml("https://api.kucoin.com").replace('base_url = "https://api.kucoin.com"\n', "")
    config = _config(tmp_path, text)
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--dry-run", "--json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=_LIMIT,
    )
    assert done.returncode == 0, done.stderr
    requests = {c["operation"]: c["request"] for c in json.loads(done.stdout)["calls"]}
    assert requests["futures.cancel_all_orders"].startswith(
        "DELETE https://api-futures.kucoin.com/"
    )
    assert requests["futures.get_order_list"].startswith("GET https://api-futures.kucoin.com/")
    assert requests["spot.cancel_all_orders"].startswith("DELETE https://api.kucoin.com/")
    # the stop-order families: futures on the futures host, spot (tradeType TRADE) on spot's
    assert requests["futures.cancel_all_stop_orders"] == (
        "DELETE https://api-futures.kucoin.com/api/v1/stopOrders"
    )
    assert requests["futures.get_stop_order_list"] == (
        "GET https://api-futures.kucoin.com/api/v1/stopOrders"
    )
    assert requests["spot.batch_cancel_stop_orders"] == (
        "DELETE https://api.kucoin.com/api/v1/stop-order/cancel"
    )
    assert requests["spot.get_stop_orders_list"] == "GET https://api.kucoin.com/api/v1/stop-order"
    kwargs = {c["operation"]: c["kwargs"] for c in json.loads(done.stdout)["calls"]}
    assert kwargs["spot.batch_cancel_stop_orders"] == {"trade_type": "TRADE"}
    assert kwargs["spot.get_stop_orders_list"]["trade_type"] == "TRADE"


def _seed_futures(sim: AdminClient) -> set[str]:
    orders = [
        *sim.seed_orders("kucoin", "XBTUSDTM", count=2, market="futures"),
        *sim.seed_orders("kucoin", "ETHUSDTM", count=1, market="futures", side="sell"),
    ]
    return {str(o["order_id"]) for o in orders}


def _seed_spot(sim: AdminClient) -> set[str]:
    orders = [
        *sim.seed_orders("kucoin", "BTC-USDT", count=2),
        *sim.seed_orders("kucoin", "ETH-USDT", count=1),
    ]
    return {str(o["order_id"]) for o in orders}


def _operations(sim: AdminClient) -> set[tuple[str, object]]:
    return {(r["operation"], r.get("status")) for r in sim.requests()}


def test_panic_futures_cancels_each_contract_found_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed_futures(sim)
    code, report, err = _panic(tmp_path, sim, ("futures",))
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert report["cancelled"] == len(seeded)  # data.cancelledOrderIds names each one
    assert sim.orders() == []
    cancels = [r for r in sim.requests() if r["operation"] == "futures.cancel_all_orders"]
    assert len(cancels) == 2 and {r["status"] for r in cancels} == {200}  # one per contract
    assert ("futures.get_order_list", 200) in _operations(sim)


def test_panic_futures_cancels_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    """KuCoin cancels only send cancellation requests: the orders stay listed a while."""
    sim.configure(cancel_lag_ms=300)
    _seed_futures(sim)
    code, report, err = _panic(tmp_path, sim, ("futures",))
    assert code == 0, err
    assert report["flat"] is True
    # (how many listings it took depends on the machine's speed: only the outcome is checked)
    assert sim.orders() == []


def test_panic_futures_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_futures(sim)
    stuck = str(sim.seed_orders("kucoin", "SOLUSDTM", count=1, market="futures")[0]["order_id"])
    sim.fail_order(stuck, code="100004", message="order is being matched")
    code, report, err = _panic(tmp_path, sim, ("futures",))
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert {o["order_id"] for o in sim.orders()} == {stuck}


def test_panic_both_markets_exits_0_flat(sim: AdminClient, tmp_path: Path) -> None:
    seeded = _seed_spot(sim) | _seed_futures(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders() == []
    assert seeded
    sent = _operations(sim)
    assert ("spot.cancel_all_orders", 200) in sent
    assert ("futures.cancel_all_orders", 200) in sent
    # the spot proof: no symbol has open orders any more (so no symbol to list)
    assert ("spot.get_symbols_with_open_order", 200) in sent


def test_panic_spot_cancels_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    """cancelAll "only sends cancellation requests": the orders stay listed a while."""
    sim.configure(cancel_lag_ms=300)
    _seed_spot(sim)
    code, report, err = _panic(tmp_path, sim, ("spot",))
    assert code == 0, (err, report)
    assert report["flat"] is True
    assert sim.orders() == []


def _seed_spot_with_a_stuck_order(sim: AdminClient) -> str:
    """Spot orders, and one SOL-USDT order whose cancel KuCoin refuses: its id."""
    _seed_spot(sim)
    stuck = str(sim.seed_orders("kucoin", "SOL-USDT", count=1)[0]["order_id"])
    sim.fail_order(stuck, code="400100", message="order cannot be cancelled")
    return stuck


def test_panic_spot_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    stuck = _seed_spot_with_a_stuck_order(sim)
    code, report, err = _panic(tmp_path, sim, ("spot",))
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert {o["order_id"] for o in sim.orders()} == {stuck}
    # cancelAll's 200000 answer named the symbol in failedSymbols: a partial call with the
    # exchange's reason, never "ok" (the spec's killswitch.failed_markets)
    (call,) = [r for r in report["results"] if r["operation"] == "spot.cancel_all_orders"]
    assert call["status"] == "partial"
    assert call["failed_markets"] == [{"market": "SOL-USDT", "reason": "order cannot be cancelled"}]
    assert call["cancelled_count"] is None  # the answer names symbols, not orders
    # found through the symbols with open orders, then that symbol's listing
    sent = _operations(sim)
    assert ("spot.get_symbols_with_open_order", 200) in sent
    assert ("spot.get_open_orders", 200) in sent


def test_panic_table_names_the_market_the_exchange_could_not_cancel(
    sim: AdminClient, tmp_path: Path
) -> None:
    stuck = _seed_spot_with_a_stuck_order(sim)
    config = _config(tmp_path, _toml(_url(sim), ("spot",)))
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--yes"],
        capture_output=True,
        text=True,
        env={**ENV, "COLUMNS": "200"},
        timeout=_LIMIT,
    )
    assert done.returncode == 1, done.stderr
    out = done.stdout + done.stderr
    assert "market SOL-USDT not cancelled: order cannot be cancelled" in out
    assert f"order {stuck} [SOL-USDT] still open: order cannot be cancelled" in out
    assert "1 market(s) failed" in out
    assert "whose answer does not say how many" in out


# -- untriggered stop orders -----------------------------------------------------------------


def _seed_stops(sim: AdminClient) -> tuple[set[str], set[str]]:
    """Stop orders on both markets (two futures contracts, two spot symbols): their ids."""
    futures = [
        *sim.seed_orders("kucoin", "XBTUSDTM", count=2, market="futures", type="limit_stop"),
        *sim.seed_orders("kucoin", "SOLUSDTM", count=1, market="futures", type="market_stop"),
    ]
    spot = [
        *sim.seed_orders("kucoin", "BTC-USDT", count=2, type="limit_stop"),
        *sim.seed_orders("kucoin", "ETH-USDT", count=1, type="market_stop", side="sell"),
    ]
    return {str(o["order_id"]) for o in futures}, {str(o["order_id"]) for o in spot}


def _result(report: dict[str, Any], operation: str) -> dict[str, Any]:
    results: list[dict[str, Any]] = report["results"]
    (result,) = [r for r in results if r["operation"] == operation]
    return result


def test_panic_futures_cancels_untriggered_stop_orders_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    orders = _seed_futures(sim)
    stops, spot_stops = _seed_stops(sim)
    code, report, err = _panic(tmp_path, sim, ("futures",))
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert report["cancelled"] == len(orders) + len(stops)
    assert {str(o["order_id"]) for o in sim.orders()} == spot_stops  # spot was not in scope
    stop = _result(report, "futures.cancel_all_stop_orders")
    # one account-wide call (symbol optional), its answer names each stop order
    assert stop["market"] is None and stop["kwargs"] == {}
    assert set(stop["cancelled"]) == stops and stop["flat"] is True
    assert stop["open_orders"] == []
    sent = [r for r in sim.requests() if r["operation"] == "futures.cancel_all_stop_orders"]
    assert [r["status"] for r in sent] == [200]
    assert ("futures.get_stop_order_list", 200) in _operations(sim)
    # the ordinary cancel-all never named a stop order: the stop-order cancel did the work
    plain = [r for r in report["results"] if r["operation"] == "futures.cancel_all_orders"]
    assert not stops & {i for r in plain for i in r["cancelled"]}


def test_panic_spot_cancels_stop_orders_and_exits_0_flat(sim: AdminClient, tmp_path: Path) -> None:
    orders = _seed_spot(sim)
    futures_stops, stops = _seed_stops(sim)
    code, report, err = _panic(tmp_path, sim, ("spot",))
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert {str(o["order_id"]) for o in sim.orders()} == futures_stops
    assert orders
    stop = _result(report, "spot.batch_cancel_stop_orders")
    assert stop["kwargs"] == {"trade_type": "TRADE"}  # spot's stop orders, as the listing's
    assert set(stop["cancelled"]) == stops and stop["flat"] is True
    assert report["cancelled"] == len(stops)  # HF's cancelAll names symbols, not orders
    sent = _operations(sim)
    assert ("spot.batch_cancel_stop_orders", 200) in sent
    assert ("spot.get_stop_orders_list", 200) in sent


def test_panic_both_markets_with_stop_orders_exits_0_flat(sim: AdminClient, tmp_path: Path) -> None:
    _seed_spot(sim)
    _seed_futures(sim)
    _seed_stops(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders() == []
    operations = {r["operation"] for r in report["results"]}
    assert {"futures.cancel_all_stop_orders", "spot.batch_cancel_stop_orders"} <= operations


def test_panic_stop_orders_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.configure(cancel_lag_ms=300)
    _seed_stops(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True
    assert sim.orders() == []


@pytest.mark.parametrize(
    ("group", "seed", "operation"),
    [
        ("futures", {"market": "futures", "type": "limit_stop"}, "futures.cancel_all_stop_orders"),
        ("spot", {"type": "limit_stop"}, "spot.batch_cancel_stop_orders"),
    ],
)
def test_panic_stop_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path, group: str, seed: dict[str, str], operation: str
) -> None:
    _seed_stops(sim)
    symbol = "XRPUSDTM" if group == "futures" else "XRP-USDT"
    stuck = str(sim.seed_orders("kucoin", symbol, count=1, **seed)[0]["order_id"])
    sim.fail_order(stuck, code="400100", message="stop order cannot be cancelled")
    code, report, err = _panic(tmp_path, sim, (group,))
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    assert [(o["order_id"], o["market"]) for o in report["open_orders"]] == [(stuck, symbol)]
    stop = _result(report, operation)
    assert stop["flat"] is False and stop["still_open"] == [stuck]
    assert stuck not in stop["cancelled"]
    assert stuck in {str(o["order_id"]) for o in sim.orders()}


# -- heartbeat -------------------------------------------------------------------------------


def _heartbeat(tmp_path: Path, sim: AdminClient) -> subprocess.Popen[str]:
    heartbeat = "[heartbeat]\ntimeout = 10\nwatchdog_timeout = 120\n"
    config = _config(tmp_path, _toml(_url(sim), (), heartbeat))
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


def _wait_for(predicate: Any, what: str) -> None:
    deadline = time.monotonic() + _LIMIT
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_heartbeat_arms_the_spot_dcp_and_the_watchdog_for_futures_then_sigint_disarms(
    sim: AdminClient, tmp_path: Path
) -> None:
    process = _heartbeat(tmp_path, sim)
    try:
        lines = _lines_until(process, "watchdog covers")
        assert any("armed 2 switch(es)" in line for line in lines), lines
        assert "futures" in lines[-1], lines
        (countdown,) = sim.countdowns()
        assert countdown["exchange"] == "kucoin" and countdown["market"] == "spot"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=_LIMIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, out + err
    assert "Traceback" not in err, err
    assert "switches disarmed" in out
    assert sim.countdowns() == []


def _open_ids(sim: AdminClient) -> set[str]:
    return {str(o["order_id"]) for o in sim.orders()}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_heartbeat_killed_the_watchdog_cancels_the_account_and_the_dcp_stays_armed(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed_spot(sim) | _seed_futures(sim)
    process = _heartbeat(tmp_path, sim)
    try:
        _lines_until(process, "watchdog covers")
        assert len(sim.countdowns()) == 1
    finally:
        os.kill(process.pid, signal.SIGKILL)  # the bot dies: nothing disarms
        process.communicate(timeout=_LIMIT)
    assert process.returncode == -signal.SIGKILL
    # The watchdog (its own process) sees the heartbeats stop and panics the whole account
    # (futures has no countdown; it cancels spot too rather than wait for the DCP).
    assert seeded
    _wait_for(lambda: not _open_ids(sim), "the watchdog to cancel the account's orders")
    (countdown,) = sim.countdowns()  # nothing disarmed the exchange's DCP
    assert countdown["exchange"] == "kucoin"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_heartbeat_spot_only_killed_the_dcp_fires_on_the_exchange(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot = _seed_spot(sim)
    heartbeat = "[heartbeat]\ntimeout = 10\n"
    config = _config(tmp_path, _toml(_url(sim), ("spot",), heartbeat))
    process = subprocess.Popen(
        [*_cli(), "--config", str(config), "heartbeat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        lines = _lines_until(process, "armed")
        assert "armed 1 switch(es)" in lines[-1], lines
        assert len(sim.countdowns()) == 1
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=_LIMIT)
    assert process.returncode == -signal.SIGKILL
    sim.manual_clock()
    (countdown,) = sim.countdowns()
    left_ms = countdown["trigger_ms"] - sim.clock()["now_ms"]
    assert 0 < left_ms <= 10_000
    sim.advance(ms=left_ms - 1)
    assert _open_ids(sim) == spot, "cancelled before the DCP ran out"
    sim.advance(ms=1)
    _wait_for(lambda: not _open_ids(sim), "the DCP to cancel the spot orders")
    assert sim.countdowns() == []
