"""A real ``kill -9`` of the process keeping the switches armed (``exchange-sdk heartbeat``):
the exchanges' native countdowns fire when they expire (the simulator's manual clock is moved
past them) and the watchdog process cancels Bitget's orders once the heartbeats stop."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from killswitch_helpers import NATIVE, PASSPHRASE, SECRET, open_ids, seed

from exchange_sdk.killswitch import Account, DeadMansSwitch, Watchdog
from exchange_sdk.simulator.pytest_plugin import SimAdmin

pytestmark = pytest.mark.usefixtures("all_simulated")

HERE = Path(__file__).parent
_WAIT = 60.0  # seconds: an upper bound for a slow machine, never a measured expectation


def _config(tmp_path: Path, url: str) -> Path:
    # a watchdog timeout far longer than the test waits: it must fire when the bot dies, at once
    lines = ["[heartbeat]", "timeout = 10", "watchdog_timeout = 120", ""]
    markets = {
        "bingx": '["BTC-USDT"]',
        "htx": "[]",
        "bitget": "[]",
        "gate": '["BTC_USDT"]',
        "okx": "[]",
    }
    for ex in (*NATIVE, "bitget"):
        lines += [
            "[[account]]",
            f'exchange = "{ex}"',
            'label = "bot"',
            f'base_url = "{url}"',
            'api_key_env = "KS_KEY"',
            'api_secret_env = "KS_SECRET"',
            f"markets = {markets[ex]}",
        ]
        if ex == "bitget":
            lines += ['passphrase_env = "KS_PASS"', 'params = {product_type = ["USDT-FUTURES"]}']
        if ex == "okx":
            lines.append('passphrase_env = "KS_PASS"')
        if ex == "htx":  # its native countdown serves Single-Asset accounts (v1)
            lines.append('account_mode = "single-asset"')
        lines.append("")
    path = tmp_path / "accounts.toml"
    path.write_text("\n".join(lines))
    return path


def _wait_for(predicate: object, what: str) -> None:
    deadline = time.monotonic() + _WAIT
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def bot(manual_sim: SimAdmin, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """``exchange-sdk heartbeat`` over all four exchanges, credentials in its environment."""
    env = {**os.environ, "KS_KEY": "test-key", "KS_SECRET": SECRET, "KS_PASS": PASSPHRASE}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    log = tmp_path / "watchdog.log"
    process = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "_bot.py"),
            "--config",
            str(_config(tmp_path, manual_sim.url)),
            "heartbeat",
            "--watchdog-log",
            str(log),
        ],
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "stderr.txt").open("w"),
        text=True,
        env=env,
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()


def _watchdog_pid(line: str) -> int:
    return int(line.rsplit("watchdog pid ", 1)[1].split(";")[0])


def test_kill_9_of_the_heartbeat_process_cancels_everything(
    manual_sim: SimAdmin, bot: subprocess.Popen[str]
) -> None:
    seeded = seed(manual_sim, (*NATIVE, "bitget"))
    assert bot.stdout is not None
    line = bot.stdout.readline()
    assert "armed" in line, line + bot.stdout.read()
    watchdog = _watchdog_pid(line)
    assert {c["exchange"] for c in manual_sim.countdowns()} == set(NATIVE)
    assert all(open_ids(manual_sim, ex) == ids for ex, ids in seeded.items())

    os.kill(bot.pid, signal.SIGKILL)
    bot.wait()
    assert bot.returncode == -signal.SIGKILL
    killed = time.monotonic()

    # The watchdog (its own process, still alive) sees the pipe close without a goodbye and
    # cancels Bitget at once, not after its 120 s timeout.
    _wait_for(lambda: not open_ids(manual_sim, "bitget"), "the watchdog to cancel Bitget's orders")
    assert time.monotonic() - killed < 60
    _wait_for(lambda: not _alive(watchdog), "the watchdog to exit after firing")
    # Nothing re-arms the exchanges' countdowns any more: they fire when they expire.
    assert all(open_ids(manual_sim, ex) == seeded[ex] for ex in NATIVE)
    manual_sim.advance(seconds=11)
    for ex in NATIVE:
        assert open_ids(manual_sim, ex) == set(), ex


def test_ctrl_c_disarms_everything(manual_sim: SimAdmin, bot: subprocess.Popen[str]) -> None:
    seeded = seed(manual_sim, (*NATIVE, "bitget"))
    assert bot.stdout is not None
    line = bot.stdout.readline()
    watchdog = _watchdog_pid(line)
    manual_sim.advance(seconds=1)  # BingX takes one cancelAllAfter per second
    bot.send_signal(signal.SIGINT)
    output = bot.communicate(timeout=_WAIT)[0]
    assert bot.returncode == 0, output
    assert "disarmed" in output
    _wait_for(lambda: not _alive(watchdog), "the watchdog to exit")
    assert manual_sim.countdowns() == []
    manual_sim.advance(seconds=60)
    assert all(open_ids(manual_sim, ex) == ids for ex, ids in seeded.items())


def test_a_child_forked_by_the_bot_does_not_keep_the_watchdog_from_firing(
    exchange_sim: SimAdmin,
) -> None:
    """The watchdog learns that the bot died from its pipe closing. A child the bot forked
    (a multiprocessing worker) held a copy of that pipe: after ``kill -9`` of the bot the
    watchdog waited out its whole timeout (120 s here). Now the child lets go at the fork."""
    ids = seed(exchange_sim, ("bitget",))["bitget"]
    script = f"""
import os, sys, time
sys.path.insert(0, {str(HERE)!r})
from killswitch_helpers import account
from exchange_sdk.killswitch import Watchdog

watchdog = Watchdog([account({exchange_sim.url!r}, "bitget")], timeout=120).start()
child = os.fork()
if child == 0:
    time.sleep(90)  # a long-lived worker
    os._exit(0)
print(watchdog.pid, child, flush=True)
time.sleep(120)
"""
    bot = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert bot.stdout is not None
    line = bot.stdout.readline()
    watchdog, child = (int(x) for x in line.split())
    try:
        assert open_ids(exchange_sim, "bitget") == ids
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait()
        killed = time.monotonic()
        deadline = killed + 30.0  # far under the watchdog's 120 s timeout
        while open_ids(exchange_sim, "bitget") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not open_ids(exchange_sim, "bitget"), "the watchdog did not fire when the bot died"
        assert _alive(child)  # the worker still runs: it did not keep the pipe open
        _wait_for(lambda: not _alive(watchdog), "the watchdog to exit after firing")
    finally:
        for pid in (child, bot.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        bot.wait()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init in a container) counts as gone.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z"))


def test_watchdog_stays_quiet_while_heartbeats_arrive(exchange_sim: SimAdmin) -> None:
    from killswitch_helpers import account

    ids = seed(exchange_sim, ("bitget",))["bitget"]
    with Watchdog([account(exchange_sim.url, "bitget")], timeout=2.0) as watchdog:
        for _ in range(30):  # 3 s of heartbeats every 0.1 s against a 2 s timeout
            watchdog.beat()
            time.sleep(0.1)
        assert watchdog.alive
        assert open_ids(exchange_sim, "bitget") == ids
    assert open_ids(exchange_sim, "bitget") == ids  # stopped cleanly: disarmed, nothing cancelled


def test_watchdog_fires_through_a_short_outage(exchange_sim: SimAdmin) -> None:
    from killswitch_helpers import account

    seed(exchange_sim, ("bitget",))
    exchange_sim.add_fault("drop", exchange="bitget", next=3)  # the first cancels are dropped
    acc: Account = account(exchange_sim.url, "bitget", max_retries=1)
    switch = DeadMansSwitch([acc], timeout=1.0, background=False).start()
    assert switch.watchdog is not None and switch.watchdog.alive
    # no beat() any more: the bot "hangs"
    _wait_for(lambda: not open_ids(exchange_sim, "bitget"), "the watchdog to cancel")
    switch.stop(disarm=False)
