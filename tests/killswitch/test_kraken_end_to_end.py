"""Kraken spot and Kraken Futures through the kill switch as a trader runs it: the CLI
(``exchange-sdk``, subprocesses with exit codes checked) against the simulator started by its
documented command, a TOML accounts file with ``exchange = "kraken"`` and
``exchange = "krakenfutures"``, orders seeded through the admin API.

- ``panic --yes --json`` cancels every order of both (Kraken spot: CancelAll, then the
  OpenOrders map keyed by txid proves nothing is left), exits 0 and says ``"flat": true``;
- a Kraken spot order whose cancel fails keeps the panic from exiting 0 and is named;
- ``heartbeat`` arms both native countdowns (CancelAllOrdersAfter, cancelallordersafter),
  and on SIGTERM disarms them and exits 0; killed with SIGKILL it leaves them armed, and when
  they expire the simulator cancels the orders.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from killswitch_helpers import sim_client

from exchange_sdk import Kraken, errors
from exchange_sdk._runtime.ratelimit import RateLimiter
from exchange_sdk.killswitch import Account, panic
from exchange_sdk.simulator import AdminClient

_LIMIT = 60.0  # seconds: a generous bound for a loaded machine, never a measured expectation


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("exchange-sdk")
    if script.exists():
        return [str(script)]
    found = shutil.which("exchange-sdk")
    return [found] if found else [sys.executable, "-m", "exchange_sdk.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


EXCHANGES = ("kraken", "krakenfutures")
SYMBOLS = {"kraken": "XBTUSD", "krakenfutures": "PF_XBTUSD"}
# Kraken shows (and the SDK takes) the secret as base64 text: the simulator's account
# test-secret is "dGVzdC1zZWNyZXQ=" to a Kraken client.
SECRET = base64.b64encode(b"test-secret").decode()


@pytest.fixture(scope="module")
def simulator() -> Iterator[AdminClient]:
    port = _free_port()
    process = subprocess.Popen(
        [*_cli(), "simulate", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    admin = AdminClient(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + _LIMIT
    while True:
        try:
            if admin.health():
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the simulator did not start")
        time.sleep(0.05)
    yield admin
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _url(sim: AdminClient) -> str:
    return f"http://{sim.host}:{sim.port}"


def _toml(url: str, heartbeat_timeout: int | None = None) -> str:
    out = [] if heartbeat_timeout is None else ["[heartbeat]", f"timeout = {heartbeat_timeout}", ""]
    for ex in EXCHANGES:
        out += [
            "[[account]]",
            f'exchange = "{ex}"',
            'label = "main"',
            f'base_url = "{url}"',
            'api_key_env = "KR_E2E_KEY"',
            'api_secret_env = "KR_E2E_SECRET"',
            "",
        ]
    return "\n".join(out)


def _env() -> dict[str, str]:
    return {**os.environ, "KR_E2E_KEY": "test-key", "KR_E2E_SECRET": SECRET}


def _run(tmp_path: Path, toml: str, *argv: str) -> tuple[int, str, str]:
    config = tmp_path / "accounts.toml"
    config.write_text(toml)
    done = subprocess.run(
        [*_cli(), "--config", str(config), *argv],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=_LIMIT,
    )
    assert done.returncode >= 0, f"killed by signal {-done.returncode}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def _seed(sim: AdminClient, count: int = 3) -> dict[str, list[str]]:
    return {
        ex: [str(o["order_id"]) for o in sim.seed_orders(ex, SYMBOLS[ex], count=count)]
        for ex in EXCHANGES
    }


def test_panic_cancels_both_and_proves_them_flat(sim: AdminClient, tmp_path: Path) -> None:
    _seed(sim)
    code, out, err = _run(tmp_path, _toml(_url(sim)), "panic", "--yes", "--json")
    report = json.loads(out)
    assert code == 0, err + out
    assert report["flat"] is True and report["ok"] is True
    assert report["open_orders"] == []
    assert sim.orders() == []
    operations = {r["operation"] for r in sim.requests()}
    assert {"spot.cancel_all", "spot.open_orders"} <= operations  # Kraken spot: cancel, then list
    assert {"futures.cancel_all_orders", "futures.open_orders"} <= operations


def test_a_kraken_order_that_will_not_cancel_is_reported_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    stuck = seeded["kraken"][0]
    sim.fail_order(stuck, code="EOrder:Unknown order", message="order is being matched")
    code, out, err = _run(tmp_path, _toml(_url(sim)), "panic", "--yes", "--json")
    report = json.loads(out)
    assert code == 1, err + out
    assert report["flat"] is False
    left = [o for o in report["open_orders"] if o["exchange"] == "kraken"]
    assert len(left) == 1 and left[0]["market"] == SYMBOLS["kraken"]
    assert [o["order_id"] for o in sim.orders()] == [stuck]  # everything else was cancelled


def test_panic_goes_flat_after_another_process_filled_the_kraken_counter(
    sim: AdminClient,
) -> None:
    """Another bot on the same key has just used Kraken's whole REST counter (max 15, -0.33/s).
    The panic's first call is refused with ``EAPI:Rate limit exceeded`` (no delay given); the
    counter then needs one unit (about 3 s) to drain, not a whole 45 s window, so the panic
    cancels and proves it flat within its 10 s deadline."""
    seeded = [str(o["order_id"]) for o in sim.seed_orders("kraken", "XBTUSD", count=3)]
    other_bot = sim_client(_url(sim), "kraken", max_retries=0)  # another process: no limiter
    assert isinstance(other_bot, Kraken)
    for _ in range(15):
        other_bot.spot.open_orders()
    with pytest.raises(errors.RateLimitError):
        other_bot.spot.open_orders()  # the counter is full
    client = sim_client(_url(sim), "kraken")
    client.rate_limiter = RateLimiter()  # this process's own, as a new process has
    trader = Account("kraken", client, label="main")
    started = time.monotonic()
    report = panic([trader], deadline=10.0)
    took = time.monotonic() - started
    assert report.flat and report.ok, report
    assert [r.cancelled_count for r in report.results] == [len(seeded)]
    assert sim.orders("kraken") == []
    answers = [(r["operation"], r["code"]) for r in sim.requests() if r["exchange"] == "kraken"]
    refused = ("spot.open_orders", "EAPI:Rate limit exceeded")
    assert answers[:16] == [("spot.open_orders", None)] * 15 + [refused]  # the other bot
    # The panic's cancel was refused once, then sent again when one unit had drained.
    assert answers[16:] == [
        ("spot.cancel_all", "EAPI:Rate limit exceeded"),
        ("spot.cancel_all", None),
        ("spot.open_orders", None),
    ]
    assert took >= 3.0  # it waited for the counter; before, it paused 45 s and missed the deadline


_BOT = """
import base64, json, random, sys, time
from exchange_sdk import Kraken, errors
client = Kraken(api_key="test-key", api_secret=base64.b64encode(b"test-secret").decode(),
                base_url=sys.argv[1])
client.rate_limiter = None  # the simulator's limits are off: only nonces can collide
calls, failures = 0, []
stop = time.monotonic() + float(sys.argv[2])
while time.monotonic() < stop:
    time.sleep(random.uniform(0, 0.01))
    calls += 1
    try:
        client.spot.open_orders()
    except errors.ExchangeSDKError as exc:
        failures.append(f"{type(exc).__name__}: {exc.code if isinstance(exc, errors.APIError) else exc}")
print(json.dumps({"calls": calls, "failures": failures}))
"""


def test_a_bot_and_panics_on_one_kraken_key_do_not_break_each_others_nonces(
    sim: AdminClient, tmp_path: Path
) -> None:
    """A bot keeps calling Kraken on the key while the trader runs ``exchange-sdk panic`` three
    times with the same key. Kraken takes a nonce only above the key's last, so the two
    processes' nonces race: a loser is refused (``EAPI:Invalid nonce``), checks the clock against
    Kraken's whole-second server time without moving a right clock, and is sent again with a
    new nonce. Before, that check put the loser's clock up to a second behind and most of its
    later calls were refused (measured: 1,416 of 3,000 calls of two such processes)."""
    sim.configure(rate_limits=False)
    bot = subprocess.Popen(
        [sys.executable, "-c", _BOT, _url(sim), "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    toml = "\n".join(_toml(_url(sim)).split("\n\n")[0:1]) + "\n"  # the Kraken spot account
    assert 'exchange = "kraken"' in toml and "krakenfutures" not in toml
    try:
        for _ in range(3):
            sim.seed_orders("kraken", SYMBOLS["kraken"], count=2)
            code, out, err = _run(tmp_path, toml, "panic", "--yes", "--json")
            assert code == 0, err + out
            assert json.loads(out)["flat"] is True
        out, err = bot.communicate(timeout=_LIMIT)
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait()
    assert bot.returncode == 0, err
    result = json.loads(out)
    assert result["calls"] > 100  # it really ran alongside the panics
    assert len(result["failures"]) <= result["calls"] // 100, result["failures"]


def _start_heartbeat(tmp_path: Path, url: str) -> subprocess.Popen[str]:
    config = tmp_path / "accounts.toml"
    config.write_text(_toml(url, heartbeat_timeout=10))
    return subprocess.Popen(
        [*_cli(), "--config", str(config), "heartbeat"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def _wait_armed(sim: AdminClient, process: subprocess.Popen[str]) -> list[dict[str, object]]:
    deadline = time.monotonic() + _LIMIT
    while time.monotonic() < deadline:
        armed = [c for c in sim.countdowns() if c.get("exchange") in EXCHANGES]
        if len(armed) == 2:
            return armed
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"heartbeat exited {process.returncode}: {err}")
        time.sleep(0.05)
    process.kill()
    process.communicate()
    raise AssertionError("the heartbeat did not arm both countdowns")


def test_heartbeat_arms_both_and_disarms_on_sigterm(sim: AdminClient, tmp_path: Path) -> None:
    process = _start_heartbeat(tmp_path, _url(sim))
    try:
        armed = _wait_armed(sim, process)
        assert {c["exchange"] for c in armed} == set(EXCHANGES)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=_LIMIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert [c for c in sim.countdowns() if c.get("exchange") in EXCHANGES] == []


def test_heartbeat_killed_leaves_the_countdowns_that_cancel_the_orders(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    process = _start_heartbeat(tmp_path, _url(sim))
    try:
        _wait_armed(sim, process)
    finally:
        process.kill()  # the bot dies: nothing disarms
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    sim.manual_clock()
    sim.advance(seconds=11)  # past the 10 s countdowns
    deadline = time.monotonic() + _LIMIT
    while sim.orders() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sim.orders() == []
