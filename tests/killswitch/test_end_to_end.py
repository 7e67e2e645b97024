"""The kill switch as a trader checks it: the project's own CLI (``exchange-sdk``, subprocesses
with exit codes checked) against its own simulator started by its documented command
(``exchange-sdk simulate --port PORT``), a TOML accounts file for the four exchanges, orders
seeded through the admin API.

- ``panic --yes --json`` exits 0 with ``"flat": true`` and nothing left when everything can be
  cancelled;
- with one Bitget order set to fail it exits non-zero with ``"flat": false`` and that order's
  id in the output;
- with a Bitget symbol in ``markets``, or a Gate market in BingX's format, it never exits 0
  while orders remain;
- ``panic --dry-run`` with a misspelled product type exits non-zero naming it;
- ``heartbeat`` against an unreachable exchange exits non-zero within its first interval,
  without a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from exchange_sdk.simulator import AdminClient

EXCHANGES = ("bingx", "htx", "bitget", "gate", "okx")
SYMBOLS = {
    "bingx": "BTC-USDT",
    "htx": "BTC-USDT",
    "bitget": "BTCUSDT",
    "gate": "BTC_USDT",
    "okx": "BTC-USDT-SWAP",
}
_LIMIT = 60.0  # seconds: a generous bound for a loaded machine, never a measured expectation


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("exchange-sdk")
    if script.exists():
        return [str(script)]
    found = shutil.which("exchange-sdk")
    return [found] if found else [sys.executable, "-m", "exchange_sdk.cli"]


def panic_json(
    config: Path, env: Mapping[str, str], *extra: str
) -> tuple[int, dict[str, Any], str]:
    """``exchange-sdk --config CONFIG panic --yes --json [EXTRA]`` in a subprocess, as a trader
    runs it: its exit code, its JSON report and its stderr. Never killed by a signal, never a
    traceback, and no secret or passphrase of ``env`` (``*_SECRET``, ``*_PASS``) printed."""
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--yes", "--json", *extra],
        capture_output=True,
        text=True,
        env=dict(env),
        timeout=_LIMIT,
    )
    assert done.returncode >= 0, f"killed by signal {-done.returncode}"
    assert "Traceback" not in done.stderr, done.stderr
    for name, value in env.items():
        if name.endswith(("_SECRET", "_PASS")):
            assert value not in done.stdout + done.stderr, f"{name}'s value was printed"
    return done.returncode, json.loads(done.stdout), done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def simulator() -> Iterator[AdminClient]:
    """``exchange-sdk simulate --port PORT``, as the README starts it."""
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


def _toml(
    url: str, *, markets: dict[str, list[str]] | None = None, product: str = "USDT-FUTURES"
) -> str:
    markets = markets if markets is not None else {"bingx": ["BTC-USDT"], "gate": ["BTC_USDT"]}
    out = []
    for ex in EXCHANGES:
        out += [
            "[[account]]",
            f'exchange = "{ex}"',
            'label = "main"',
            f'base_url = "{url}"',
            'api_key_env = "E2E_KEY"',
            'api_secret_env = "E2E_SECRET"',
        ]
        if ex in markets:
            out.append("markets = [" + ", ".join(f'"{m}"' for m in markets[ex]) + "]")
        if ex == "bitget":
            out += ['passphrase_env = "E2E_PASS"', f'params = {{productType = ["{product}"]}}']
        if ex == "okx":
            out.append('passphrase_env = "E2E_PASS"')
        out.append("")
    return "\n".join(out)


def _run(
    tmp_path: Path, url: str, *argv: str, toml: str | None = None, timeout: float = _LIMIT
) -> tuple[int, str, str]:
    config = tmp_path / "accounts.toml"
    config.write_text(toml if toml is not None else _toml(url))
    env = {
        **os.environ,
        "E2E_KEY": "test-key",
        "E2E_SECRET": "test-secret",
        "E2E_PASS": "test-pass",
    }
    done = subprocess.run(
        [*_cli(), "--config", str(config), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    assert done.returncode >= 0, f"killed by signal {-done.returncode}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def _seed(sim: AdminClient, count: int = 3) -> dict[str, list[str]]:
    return {
        ex: [str(o["order_id"]) for o in sim.seed_orders(ex, SYMBOLS[ex], count=count)]
        for ex in EXCHANGES
    }


def _url(sim: AdminClient) -> str:
    return f"http://{sim.host}:{sim.port}"


def test_panic_flat_exits_0(sim: AdminClient, tmp_path: Path) -> None:
    _seed(sim)
    code, out, err = _run(tmp_path, _url(sim), "panic", "--yes", "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert report["open_orders"] == []
    assert report["cancelled"] == 3 * len(EXCHANGES)
    assert sim.orders() == []


def test_one_order_that_will_not_cancel_is_reported_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    stuck = seeded["bitget"][1]
    sim.fail_order(stuck, code="22002", message="order is being matched")
    code, out, err = _run(tmp_path, _url(sim), "panic", "--yes", "--json")
    report = json.loads(out)
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert stuck in out
    assert {o["order_id"] for o in sim.orders()} == {stuck}  # everything else was cancelled


@pytest.mark.parametrize(
    "markets",
    [
        {"bitget": ["BTCUSDT"]},  # a Bitget symbol where the cancel takes no market
        {"gate": ["BTC-USDT"]},  # a Gate market in BingX's format
        {"bingx": ["BTC/USDT"]},  # nobody's format
        {"bingx": ["FOO-BAR"]},  # the right format, a market that does not exist
    ],
    ids=["bitget-symbol", "gate-in-bingx-format", "slash", "unknown-market"],
)
def test_a_market_that_cannot_be_right_never_exits_0(
    sim: AdminClient, tmp_path: Path, markets: dict[str, list[str]]
) -> None:
    _seed(sim)
    code, out, err = _run(
        tmp_path, _url(sim), "panic", "--yes", "--json", toml=_toml(_url(sim), markets=markets)
    )
    assert code != 0, out
    if code == 2:  # refused before anything was sent
        assert len(sim.orders()) == 3 * len(EXCHANGES)
        assert "markets" in err or "would be refused" in err
    else:  # sent, and the exchange refused the market: reported, never flat
        assert code == 1
        assert json.loads(out)["flat"] is False


def test_dry_run_names_a_misspelled_product_type(sim: AdminClient, tmp_path: Path) -> None:
    code, _out, err = _run(
        tmp_path, _url(sim), "panic", "--dry-run", toml=_toml(_url(sim), product="USDT-FUTRES")
    )
    assert code == 2
    assert "USDT-FUTRES" in err and "product_type" in err
    assert sim.requests() == []


def test_heartbeat_against_an_unreachable_exchange_exits_non_zero_within_its_first_interval(
    tmp_path: Path,
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"  # nothing listens once closed
    toml = "[heartbeat]\ntimeout = 10\n\n" + _toml(dead)
    started = time.monotonic()
    code, out, err = _run(tmp_path, dead, "heartbeat", toml=toml, timeout=_LIMIT)
    elapsed = time.monotonic() - started
    interval = 4.5  # heartbeat_interval(10): the first re-arm would be due then
    assert code == 1, out + err
    assert "NOT ARMED" in err and "armed 4 switch" not in out
    assert "nothing is left armed" in err
    assert elapsed < interval + 3.0, elapsed  # process start-up included
