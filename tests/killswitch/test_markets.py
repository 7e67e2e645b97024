"""The other markets of the four first exchanges (BingX USDT-M perpetual swap, Gate USDT-settled
futures, Bitget spot) through the kill switch on the simulator: ``exchange-sdk panic`` and
``exchange-sdk heartbeat`` as real subprocesses (exit codes checked), the account's ``groups``
choosing the market, and an account without ``groups`` covering every market of its exchange.

Each market is seeded beside an order of the exchange's other market on the same account, so a
cancel or a countdown that reached the wrong market fails the test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from killswitch_helpers import KEY, PASSPHRASE, SECRET, sim_client

from exchange_sdk import Gate, errors
from exchange_sdk.killswitch import (
    Account,
    DeadMansSwitch,
    open_orders,
    panic,
    plan_cancel,
    preflight,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin

HERE = Path(__file__).parent
_WAIT = 60.0  # seconds: an upper bound for a slow machine, never a measured expectation


@dataclass(frozen=True)
class Market:
    exchange: str
    group: str  # the spec group the account's ``groups`` names
    symbol: str
    seed: dict[str, str]  # the simulator order fields that put an order in this market
    other: dict[str, str]  # ... in the exchange's other market (must be left alone)
    params: dict[str, object]  # the account's params (the specs' account_params)
    native: bool  # a native countdown (else the watchdog)

    @property
    def id(self) -> str:
        return f"{self.exchange}-{self.group}"


MARKETS = [
    Market("bingx", "swap", "BTC-USDT", {"market": "swap"}, {"market": "spot"}, {}, True),
    Market(
        "gate",
        "futures",
        "BTC_USDT",
        {"market": "futures"},
        {"market": "spot"},
        {"settle": "usdt"},
        True,
    ),
]


def _seed(sim: SimAdmin, m: Market, count: int = 3) -> tuple[set[str], set[str]]:
    """``count`` orders in the market and one in the other market, on the same symbol."""
    ours = {str(o["order_id"]) for o in sim.seed_orders(m.exchange, m.symbol, count, **m.seed)}
    other = {str(o["order_id"]) for o in sim.seed_orders(m.exchange, m.symbol, 1, **m.other)}
    return ours, other


def _open(sim: SimAdmin, exchange: str) -> set[str]:
    return {str(o["order_id"]) for o in sim.orders(exchange=exchange)}


def _config(tmp_path: Path, url: str, m: Market, *, groups: bool = True) -> Path:
    lines = [
        "[heartbeat]",
        "timeout = 10",
        "watchdog_timeout = 120",
        "",
        "[[account]]",
        f'exchange = "{m.exchange}"',
        'label = "bot"',
        f'base_url = "{url}"',
        'api_key_env = "KS_KEY"',
        'api_secret_env = "KS_SECRET"',
    ]
    if groups:
        lines.append(f'groups = ["{m.group}"]')
    if m.exchange == "bitget":
        lines.append('passphrase_env = "KS_PASS"')
    if m.params:
        inner = ", ".join(f"{k} = {json.dumps(v)}" for k, v in m.params.items())
        lines.append(f"params = {{{inner}}}")
    path = tmp_path / "accounts.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _env() -> dict[str, str]:
    env = {**os.environ, "KS_KEY": KEY, "KS_SECRET": SECRET, "KS_PASS": PASSPHRASE}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    return env


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HERE / "_bot.py"), *argv],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=_WAIT,
        check=False,
    )


def _account(url: str, m: Market, *, groups: bool = True) -> Account:
    return Account(
        m.exchange,
        sim_client(url, m.exchange),
        label="main",
        params=m.params,
        groups=(m.group,) if groups else (),
    )


@pytest.mark.parametrize("m", MARKETS, ids=[m.id for m in MARKETS])
def test_panic_subprocess_flattens_the_market_and_nothing_else(
    exchange_sim: SimAdmin, tmp_path: Path, m: Market
) -> None:
    ours, other = _seed(exchange_sim, m)
    config = _config(tmp_path, exchange_sim.url, m)
    done = _cli("--config", str(config), "panic", "--yes", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["flat"] is True
    assert _open(exchange_sim, m.exchange) == other  # the other market is untouched
    assert ours.isdisjoint(_open(exchange_sim, m.exchange))


@pytest.mark.parametrize("m", MARKETS, ids=[m.id for m in MARKETS])
def test_panic_subprocess_exits_1_when_an_order_stays_open(
    exchange_sim: SimAdmin, tmp_path: Path, m: Market
) -> None:
    ours, _ = _seed(exchange_sim, m)
    stuck = sorted(ours)[0]
    exchange_sim.fail_order(stuck, message="order is being processed")
    done = _cli("--config", str(_config(tmp_path, exchange_sim.url, m)), "panic", "--yes", "--json")
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["flat"] is False
    assert stuck in done.stdout


@pytest.mark.parametrize("m", MARKETS, ids=[m.id for m in MARKETS])
def test_an_account_without_groups_covers_every_market(exchange_sim: SimAdmin, m: Market) -> None:
    ours, other = _seed(exchange_sim, m)
    account = _account(exchange_sim.url, m, groups=False)
    listed = {str(o.order_id) for listing in open_orders([account]) for o in listing.orders}
    assert ours | other <= listed
    report = panic([account], deadline=20.0)
    assert report.ok and report.flat, report
    assert _open(exchange_sim, m.exchange) == set()
    assert {c.operation.split(".")[0] for c in report.calls} >= {m.group}


@pytest.mark.parametrize("m", MARKETS, ids=[m.id for m in MARKETS])
def test_a_group_the_exchange_does_not_have_is_refused_before_sending(
    exchange_sim: SimAdmin, tmp_path: Path, m: Market
) -> None:
    with pytest.raises(errors.ConfigurationError, match="no kill-switch group 'options'"):
        Account(m.exchange, None, groups=("options",))
    config = _config(tmp_path, exchange_sim.url, m)
    config.write_text(config.read_text().replace(f'groups = ["{m.group}"]', 'groups = ["x"]'))
    done = _cli("--config", str(config), "panic", "--yes")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "groups: 'x' is not one of" in done.stderr
    assert exchange_sim.requests() == []


@pytest.mark.parametrize("m", [m for m in MARKETS if m.native], ids=lambda m: m.id)
def test_dead_mans_switch_arms_the_market_s_own_countdown(
    exchange_sim: SimAdmin, m: Market
) -> None:
    exchange_sim.manual_clock()
    ours, other = _seed(exchange_sim, m)
    switch = DeadMansSwitch([_account(exchange_sim.url, m)], timeout=10, background=False)
    switch.start()
    try:
        countdowns = exchange_sim.countdowns()
        assert [(c["exchange"], c["market"]) for c in countdowns] == [(m.exchange, m.group)]
        assert switch.status().armed_until is not None
    finally:
        switch.stop(disarm=False)
    exchange_sim.advance(seconds=11)  # nobody re-arms: it fires, on this market only
    assert _open(exchange_sim, m.exchange) == other
    assert ours.isdisjoint(_open(exchange_sim, m.exchange))


@pytest.fixture
def heartbeat(
    exchange_sim: SimAdmin, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[subprocess.Popen[str], Market]]:
    m: Market = request.param
    exchange_sim.manual_clock()
    process = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "_bot.py"),
            "--config",
            str(_config(tmp_path, exchange_sim.url, m)),
            "heartbeat",
            "--watchdog-log",
            str(tmp_path / "watchdog.log"),
        ],
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "stderr.txt").open("w"),
        text=True,
        env=_env(),
    )
    yield process, m
    if process.poll() is None:
        process.kill()
    process.wait()


def _wait_for(predicate: object, what: str) -> None:
    deadline = time.monotonic() + _WAIT
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("heartbeat", MARKETS, ids=[m.id for m in MARKETS], indirect=True)
def test_kill_9_of_the_heartbeat_cancels_the_market(
    exchange_sim: SimAdmin, heartbeat: tuple[subprocess.Popen[str], Market]
) -> None:
    bot, m = heartbeat
    ours, other = _seed(exchange_sim, m)
    assert bot.stdout is not None
    line = bot.stdout.readline()
    assert "armed" in line, line + bot.stdout.read()
    if m.native:
        countdowns = exchange_sim.countdowns()
        assert [(c["exchange"], c["market"]) for c in countdowns] == [(m.exchange, m.group)]
    os.kill(bot.pid, signal.SIGKILL)
    bot.wait()
    assert bot.returncode == -signal.SIGKILL
    if m.native:
        assert ours <= _open(exchange_sim, m.exchange)  # armed, not yet fired
        exchange_sim.advance(seconds=11)
    _wait_for(
        lambda: ours.isdisjoint(_open(exchange_sim, m.exchange)),
        f"the {m.id} orders to be cancelled",
    )
    assert _open(exchange_sim, m.exchange) == other


@pytest.mark.parametrize("heartbeat", MARKETS, ids=[m.id for m in MARKETS], indirect=True)
def test_ctrl_c_of_the_heartbeat_disarms_and_exits_0(
    exchange_sim: SimAdmin, heartbeat: tuple[subprocess.Popen[str], Market]
) -> None:
    bot, m = heartbeat
    ours, other = _seed(exchange_sim, m)
    assert bot.stdout is not None
    assert "armed" in bot.stdout.readline()
    exchange_sim.advance(seconds=1)  # BingX takes one cancelAllAfter per second
    bot.send_signal(signal.SIGINT)
    output = bot.communicate(timeout=_WAIT)[0]
    assert bot.returncode == 0, output
    assert "disarmed" in output
    assert exchange_sim.countdowns() == []
    exchange_sim.advance(seconds=60)
    assert _open(exchange_sim, m.exchange) == ours | other


def test_the_dry_run_shows_a_per_market_cancel_on_its_real_path() -> None:
    """Gate futures cancels one contract a call (known only at panic time), but the settle
    currency in its path is known now: the dry run shows the path the request will take."""
    gate = Account(
        "gate", Gate(api_key="k", api_secret="s"), params={"settle": "usdt"}, groups=("futures",)
    )
    planned = {p.operation: p for p in preflight(plan_cancel([gate]))}
    cancel = planned["futures.cancel_all_orders"]
    assert cancel.path == "/api/v4/futures/usdt/orders"
    assert "contract=<each listed>" in cancel.describe()
