"""Bitget spot through the kill switch as a trader runs it: ``exchange-sdk`` subprocesses (exit
codes checked) against ``exchange-sdk simulate``, a TOML accounts file with
``exchange = "bitget"``, spot orders (``market: "spot"``) and mix orders seeded through the
admin API.

- ``panic`` on an account with a mix ``product_type`` and no markets covers both: mix by
  product type, spot by listing the unfilled orders first and cancelling each symbol found
  (cancel-symbol-order takes one symbol a call), and exits 0 flat;
- the spot cancel is asynchronous (the simulator's ``cancel_lag_ms``): the panic lists again
  until the orders are gone and still exits 0 flat;
- an order that will not cancel is named and the exit code is 1;
- ``groups = ["spot"]`` with ``markets`` cancels only those spot symbols;
- untriggered spot plan (trigger) orders (``type: "plan"``), which the spot cancel-by-symbol
  leaves and the unfilled-orders listing does not show: the ``spot_plan`` group's one
  account-wide ``batch-cancel-plan-order`` (no ``symbolList``), proven by its own listing
  (``current-plan-order``): exit 0 flat, also when the cancels settle later; a plan order the
  exchange will not cancel is named and the exit code is 1; ``groups = ["spot"]`` leaves them;
- ``heartbeat``: neither spot nor mix has a native countdown, so the watchdog covers the
  account: a ``kill -9`` of the bot cancels its spot, spot plan and mix orders (the watchdog
  runs the same panic); Ctrl-C exits 0 and cancels nothing.
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

ENV = {**os.environ, "BG_KEY": "test-key", "BG_SECRET": "test-secret", "BG_PASS": "test-pass"}


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _toml(url: str, extra: tuple[str, ...] = (), heartbeat: str = "") -> str:
    lines = [heartbeat, "[[account]]", 'exchange = "bitget"', 'label = "main"']
    lines += [f'base_url = "{url}"', 'api_key_env = "BG_KEY"', 'api_secret_env = "BG_SECRET"']
    lines += ['passphrase_env = "BG_PASS"', *extra]
    return "\n".join(lines) + "\n"


MIX_PARAMS = 'params = {product_type = ["USDT-FUTURES"]}'


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "accounts.toml"
    path.write_text(text)
    return path


def _panic(
    tmp_path: Path, sim: AdminClient, extra: tuple[str, ...] = (MIX_PARAMS,)
) -> tuple[int, dict[str, Any], str]:
    config = _config(tmp_path, _toml(_url(sim), extra))
    return panic_json(config, ENV)


def _ids(orders: list[dict[str, Any]]) -> set[str]:
    return {str(o["order_id"]) for o in orders}


def _seed_spot(sim: AdminClient) -> dict[str, set[str]]:
    return {
        "BTCUSDT": _ids(sim.seed_orders("bitget", "BTCUSDT", count=2, market="spot")),
        "ETHUSDT": _ids(sim.seed_orders("bitget", "ETHUSDT", count=1, market="spot")),
    }


def _seed_mix(sim: AdminClient) -> set[str]:
    return _ids(sim.seed_orders("bitget", "BTCUSDT", count=2, product_type="USDT-FUTURES"))


def _spot_cancels(sim: AdminClient) -> list[int]:
    return [r["status"] for r in sim.requests() if r["operation"] == "spot.cancel_symbol_order"]


def test_panic_covers_spot_and_mix_of_one_account_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_spot(sim)
    _seed_mix(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders() == []
    # the mix answer names its 2 orders; the spot answers name none (asynchronous cancels):
    # the listing after the cancels is what proves the 3 spot orders gone
    assert report["cancelled"] == 2
    # one cancel per spot symbol the listing found (the mix cancel-all is one call)
    assert _spot_cancels(sim) == [200, 200]
    operations = {r["operation"] for r in sim.requests()}
    assert {"mix.cancel_all_orders", "mix.pending_orders", "spot.unfilled_orders"} <= operations


def test_asynchronous_spot_cancel_is_proven_by_listing_again(
    sim: AdminClient, tmp_path: Path
) -> None:
    """The page says the cancel "is executed asynchronously": with the orders still listed for
    300 ms after the answer, the panic keeps listing until they are gone."""
    sim.configure(cancel_lag_ms=300)
    _seed_spot(sim)
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot"]',))
    assert code == 0, err
    assert report["flat"] is True
    listings = [r for r in sim.requests() if r["operation"] == "spot.unfilled_orders"]
    # before the cancels, then until nothing is left (how many depends on the machine's speed)
    assert len(listings) >= 2
    time.sleep(0.4)
    assert sim.orders() == []


def test_many_symbols_and_pages_stay_within_the_rate_limit_and_end_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    """151 spot orders over 12 symbols: the listing reads two pages (100 a page), the cancels
    (5 a second per UID on the page) are paced by the client, and the panic ends flat."""
    bases = ("ETH", "SOL", "XRP", "DOGE", "LTC", "ADA", "DOT", "LINK", "AVAX", "TRX", "BNB")
    seeded = _ids(sim.seed_orders("bitget", "BTCUSDT", count=140, market="spot"))
    for base in bases:
        seeded |= _ids(sim.seed_orders("bitget", f"{base}USDT", count=1, market="spot"))
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot"]',))
    assert code == 0, err
    assert report["flat"] is True and sim.orders() == []
    assert len(seeded) == 151
    # every symbol cancelled once; the client paces the cancels (5/s with a 5 % margin), and a
    # 429 that network jitter under load could still provoke is retried, never the outcome
    assert [s for s in _spot_cancels(sim) if s == 200] == [200] * 12
    assert set(_spot_cancels(sim)) <= {200, 429}
    cursors = [r for r in sim.requests() if r["operation"] == "spot.unfilled_orders"]
    assert len(cursors) >= 3  # two pages before the cancels, then at least one after


def test_a_spot_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_spot(sim)
    stuck = str(sim.seed_orders("bitget", "SOLUSDT", count=1, market="spot")[0]["order_id"])
    sim.fail_order(stuck, code="43001", message="The order does not exist")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert _ids(sim.orders()) == {stuck}


def test_groups_spot_with_markets_cancels_only_those_symbols(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot = _seed_spot(sim)
    mix = _seed_mix(sim)
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot"]', 'markets = ["BTCUSDT"]'))
    assert code == 0, err
    assert report["flat"] is True
    assert _ids(sim.orders()) == spot["ETHUSDT"] | mix
    assert "mix.cancel_all_orders" not in {r["operation"] for r in sim.requests()}


def test_markets_without_groups_are_refused_before_anything_is_sent(
    sim: AdminClient, tmp_path: Path
) -> None:
    """The mix cancel-all takes no market: markets need ``groups = ["spot"]``."""
    _seed_spot(sim)
    code, _report, err = _run_failing_panic(tmp_path, sim, (MIX_PARAMS, 'markets = ["BTCUSDT"]'))
    assert code == 2, err
    assert "cannot cancel by market" in err
    assert [r for r in sim.requests() if r["operation"] != "server_time"] == []


def test_a_spot_market_in_another_exchanges_format_is_refused_before_anything_is_sent(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_spot(sim)
    code, _report, err = _run_failing_panic(
        tmp_path, sim, ('groups = ["spot"]', 'markets = ["BTC-USDT"]')
    )
    assert code == 2, err
    assert "BTC-USDT" in err
    assert [r for r in sim.requests() if r["operation"] != "server_time"] == []
    assert len(sim.orders()) == 3


def _run_failing_panic(
    tmp_path: Path, sim: AdminClient, extra: tuple[str, ...]
) -> tuple[int, str, str]:
    config = _config(tmp_path, _toml(_url(sim), extra))
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--yes", "--json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=_LIMIT,
    )
    assert done.returncode >= 0, f"killed by signal {-done.returncode}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


# --------------------------------------------------------------------------- plan orders


def _seed_plans(sim: AdminClient) -> set[str]:
    """Untriggered spot plan orders on two symbols: their ids."""
    return _ids(
        [
            *sim.seed_orders("bitget", "BTCUSDT", count=2, market="spot", type="plan"),
            *sim.seed_orders("bitget", "ETHUSDT", count=1, market="spot", type="market_plan"),
        ]
    )


def _result(report: dict[str, Any], operation: str) -> dict[str, Any]:
    results: list[dict[str, Any]] = report["results"]
    (result,) = [r for r in results if r["operation"] == operation]
    return result


def _operations(sim: AdminClient) -> list[tuple[str, int]]:
    return [(r["operation"], r["status"]) for r in sim.requests()]


def test_panic_cancels_spot_plan_orders_with_their_own_endpoint_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot = _seed_spot(sim)
    mix = _seed_mix(sim)
    plans = _seed_plans(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders() == []
    plan = _result(report, "spot_plan.batch_cancel_plan_order")
    # one account-wide call without symbolList; its answer names each plan order
    assert plan["market"] is None and plan["kwargs"] == {}
    assert set(plan["cancelled"]) == plans and plan["flat"] is True
    assert report["cancelled"] == len(mix) + len(plans)
    sent = _operations(sim)
    assert [s for op, s in sent if op == "spot_plan.batch_cancel_plan_order"] == [200]
    assert ("spot_plan.current_plan_order", 200) in sent
    # the ordinary spot cancel never named a plan order (it names none: asynchronous), and it
    # was sent once per symbol of the ordinary orders only
    assert _spot_cancels(sim) == [200] * len(spot)


def test_panic_with_only_plan_orders_is_proven_by_the_plan_listing(
    sim: AdminClient, tmp_path: Path
) -> None:
    """Plan orders alone: the unfilled-orders listing shows none, so only the plan listing can
    prove them gone (``groups = ["spot_plan"]`` names the group alone)."""
    plans = _seed_plans(sim)
    unfilled = sim.requests()
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot_plan"]',))
    assert code == 0, (err, report)
    assert report["flat"] is True and sim.orders() == []
    assert {r["operation"] for r in report["results"]} == {"spot_plan.batch_cancel_plan_order"}
    assert set(_result(report, "spot_plan.batch_cancel_plan_order")["cancelled"]) == plans
    assert unfilled == []
    assert "spot.unfilled_orders" not in {r["operation"] for r in sim.requests()}


def test_panic_plan_orders_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.configure(cancel_lag_ms=300)
    _seed_plans(sim)
    _seed_spot(sim)
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot", "spot_plan"]',))
    assert code == 0, (err, report)
    assert report["flat"] is True
    listings = [r for r in sim.requests() if r["operation"] == "spot_plan.current_plan_order"]
    assert len(listings) >= 2  # listed again while the cancelled plan orders still showed
    time.sleep(0.4)
    assert sim.orders() == []


def test_panic_plan_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_spot(sim)
    plans = _seed_plans(sim)
    stuck = str(
        sim.seed_orders("bitget", "XRPUSDT", count=1, market="spot", type="plan")[0]["order_id"]
    )
    sim.fail_order(stuck, code="43001", message="plan order cannot be cancelled")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    assert [(o["order_id"], o["market"]) for o in report["open_orders"]] == [(stuck, "XRPUSDT")]
    plan = _result(report, "spot_plan.batch_cancel_plan_order")
    assert plan["status"] == "partial"
    assert [f["order_id"] for f in plan["failed"]] == [stuck]
    assert "plan order cannot be cancelled" in plan["failed"][0]["reason"]
    assert plan["flat"] is False and plan["still_open"] == [stuck]
    assert set(plan["cancelled"]) == plans
    assert _ids(sim.orders()) == {stuck}


def test_groups_spot_leaves_plan_orders_and_markets_refuse_the_plan_group(
    sim: AdminClient, tmp_path: Path
) -> None:
    """The plan cancel takes no symbol: ``groups = ["spot"]`` (with or without markets) leaves
    the plan orders, and naming ``spot_plan`` with markets is refused before anything is sent."""
    plans = _seed_plans(sim)
    code, report, err = _panic(tmp_path, sim, ('groups = ["spot"]', 'markets = ["BTCUSDT"]'))
    assert code == 0, err
    assert report["flat"] is True  # flat as far as its scope goes: spot's BTCUSDT
    assert _ids(sim.orders()) == plans
    assert "spot_plan.batch_cancel_plan_order" not in {r["operation"] for r in sim.requests()}
    sim.reset()
    _seed_plans(sim)
    code, _out, err = _run_failing_panic(
        tmp_path, sim, ('groups = ["spot", "spot_plan"]', 'markets = ["BTCUSDT"]')
    )
    assert code == 2, err
    assert "cannot cancel by market" in err and "batch_cancel_plan_order" in err
    assert [r for r in sim.requests() if r["operation"] != "server_time"] == []


def test_dry_run_shows_the_plan_endpoints(tmp_path: Path) -> None:
    """Without a base_url, where each plan call would really go (nothing sent)."""
    text = _toml("https://api.bitget.com", (MIX_PARAMS,))
    config = _config(tmp_path, text.replace('base_url = "https://api.bitget.com"\n', ""))
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--dry-run", "--json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=_LIMIT,
    )
    assert done.returncode == 0, done.stderr
    calls = {c["operation"]: c for c in json.loads(done.stdout)["calls"]}
    assert calls["spot_plan.batch_cancel_plan_order"]["request"] == (
        "POST https://api.bitget.com/api/v2/spot/trade/batch-cancel-plan-order"
    )
    assert calls["spot_plan.batch_cancel_plan_order"]["kwargs"] == {}
    assert calls["spot_plan.current_plan_order"]["request"] == (
        "GET https://api.bitget.com/api/v2/spot/trade/current-plan-order"
    )


# --------------------------------------------------------------------------- heartbeat


def _heartbeat(tmp_path: Path, sim: AdminClient) -> subprocess.Popen[str]:
    # a watchdog timeout far longer than the test waits: it must fire when the bot dies, at once
    text = _toml(_url(sim), (MIX_PARAMS,), "[heartbeat]\ntimeout = 10\nwatchdog_timeout = 120\n")
    return subprocess.Popen(
        [*_cli(), "--config", str(_config(tmp_path, text)), "heartbeat"],
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


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGINT to a child process")
def test_kill_9_of_the_heartbeat_lets_the_watchdog_cancel_spot_plan_and_mix(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot = _seed_spot(sim)
    mix = _seed_mix(sim)
    plans = _seed_plans(sim)
    process = _heartbeat(tmp_path, sim)
    try:
        lines = _lines_until(process, "watchdog covers")
        assert "bitget:main: no native countdown" in lines[-1], lines
        assert sim.countdowns() == []  # no countdown pretends to cover spot
        assert _ids(sim.orders()) == spot["BTCUSDT"] | spot["ETHUSDT"] | mix | plans
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=_LIMIT)
        assert process.returncode == -signal.SIGKILL
        # The watchdog (its own process) sees the pipe close without a goodbye and cancels at
        # once, not after its 120 s timeout.
        # the watchdog's panic is the same plan: the spot plan orders go with the rest
        _wait_for(lambda: sim.orders() == [], "the watchdog to cancel spot, plan and mix orders")
        assert _spot_cancels(sim) == [200, 200]
        assert ("spot_plan.batch_cancel_plan_order", 200) in _operations(sim)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=_LIMIT)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_of_the_heartbeat_exits_0_and_cancels_nothing(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot = _seed_spot(sim)
    mix = _seed_mix(sim)
    process = _heartbeat(tmp_path, sim)
    _lines_until(process, "watchdog covers")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=_LIMIT)
    assert process.returncode == 0, out + err
    assert "Traceback" not in err, err
    time.sleep(0.5)  # a watchdog that fired by mistake would have cancelled by now
    assert _ids(sim.orders()) == spot["BTCUSDT"] | spot["ETHUSDT"] | mix
    assert _spot_cancels(sim) == []


# --------------------------------------------------------------------------- library, async


def test_apanic_and_aopen_orders_cover_spot_with_async_clients(sim: AdminClient) -> None:
    """The same plan through the library with an async client: the listing names each spot
    order's market, and apanic cancels per symbol found and ends flat."""
    import asyncio

    from exchange_sdk import AsyncBitget
    from exchange_sdk.killswitch import Account, aopen_orders, apanic

    spot = _seed_spot(sim)
    mix = _seed_mix(sim)

    async def run() -> tuple[dict[str, set[str]], Any]:
        async with AsyncBitget(
            api_key="test-key", api_secret="test-secret", passphrase="test-pass", base_url=_url(sim)
        ) as client:
            account = Account("bitget", client, params={"product_type": "USDT-FUTURES"})
            listed: dict[str, set[str]] = {}
            for orders in await aopen_orders([account], deadline=_LIMIT):
                assert orders.ok, orders.error
                for order in orders:
                    listed.setdefault(f"{orders.operation}:{order.market}", set()).add(
                        order.order_id
                    )
            return listed, await apanic([account], deadline=_LIMIT)

    listed, report = asyncio.run(run())
    assert listed == {
        "spot.unfilled_orders:BTCUSDT": spot["BTCUSDT"],
        "spot.unfilled_orders:ETHUSDT": spot["ETHUSDT"],
        "mix.pending_orders:BTCUSDT": mix,
    }
    assert report.ok and report.flat, report.summary()
    assert sim.orders() == []


def test_naming_both_groups_makes_a_missing_product_type_an_error(sim: AdminClient) -> None:
    """Without product_type an account covers spot only; naming both groups refuses it."""
    from exchange_sdk import Bitget, errors
    from exchange_sdk.killswitch import Account, panic

    with Bitget(
        api_key="test-key", api_secret="test-secret", passphrase="test-pass", base_url=_url(sim)
    ) as client:
        both = Account("bitget", client, groups=("mix", "spot"))
        with pytest.raises(errors.ConfigurationError, match="product_type"):
            panic([both])
    assert sim.requests() == []


def test_an_account_without_groups_covers_spot_plan_orders_with_or_without_product_type(
    sim: AdminClient,
) -> None:
    """The plan group needs no account parameter: with or without a mix ``product_type`` an
    account that names no groups plans the plan cancel and its listing; ``groups=("spot",)``
    does not."""
    from exchange_sdk import Bitget
    from exchange_sdk.killswitch._accounts import Account, plan_cancel

    with Bitget(
        api_key="test-key", api_secret="test-secret", passphrase="test-pass", base_url=_url(sim)
    ) as client:
        plain = {c.spec.group for c in plan_cancel([Account("bitget", client)])}
        mixed = Account("bitget", client, params={"product_type": "USDT-FUTURES"})
        spot_only = Account("bitget", client, groups=("spot",))
        assert plain == {"spot", "spot_plan"}
        assert {c.spec.group for c in plan_cancel([mixed])} == {"mix", "spot", "spot_plan"}
        assert {c.spec.group for c in plan_cancel([spot_only])} == {"spot"}
        (call,) = [c for c in plan_cancel([mixed]) if c.spec.group == "spot_plan"]
        assert call.kwargs == {} and call.listing is not None
        assert call.listing.spec.method == "current_plan_order"
    assert sim.requests() == []
