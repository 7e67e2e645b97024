"""`make demo`: the kill switch end to end against the local simulator, in under a minute.

1. start the simulator (its own process, real clock) and seed open orders on all four exchanges;
2. start the "bot": `exchange-sdk heartbeat` in a child process, which arms BingX's, Gate's and
   HTX's native countdowns and a watchdog process for Bitget (no native countdown);
3. `kill -9` the bot: nothing re-arms any more; the watchdog cancels Bitget's orders after its
   timeout, the exchanges cancel theirs when their countdowns expire;
4. seed a second set (one Bitget order refuses to cancel) and run `exchange-sdk panic --yes`,
   which prints the report.

Short timeouts keep it quick: BingX 10 s (its minimum), Gate 5 s (its minimum), HTX 5 s, the
watchdog 3 s; the simulator runs on its real clock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from exchange_sdk.simulator import SimulatorServer

EXCHANGES = {  # exchange: (seeded symbol, account lines of the config file)
    "bingx": ("BTC-USDT", 'markets = ["BTC-USDT"]\ntimeout = 10'),
    "htx": ("BTC-USDT", "timeout = 5"),
    "bitget": (
        "BTCUSDT",
        'passphrase_env = "DEMO_PASSPHRASE"\nparams = {product_type = ["USDT-FUTURES"]}',
    ),
    "gate": ("BTC_USDT", 'markets = ["BTC_USDT"]\ntimeout = 5'),
}
ENV = {"DEMO_KEY": "test-key", "DEMO_SECRET": "test-secret", "DEMO_PASSPHRASE": "test-pass"}
console = Console(highlight=False)


def config_file(directory: Path, url: str) -> Path:
    text = "[heartbeat]\ntimeout = 10\nwatchdog_timeout = 3\n\n"
    for exchange, (_, lines) in EXCHANGES.items():
        text += (
            f'[[account]]\nexchange = "{exchange}"\nlabel = "demo"\nbase_url = "{url}"\n'
            f'api_key_env = "DEMO_KEY"\napi_secret_env = "DEMO_SECRET"\n{lines}\n\n'
        )
    path = directory / "accounts.toml"
    path.write_text(text)
    return path


def open_counts(sim: SimulatorServer) -> dict[str, int]:
    orders = sim.admin.orders()
    return {ex: sum(1 for o in orders if o["exchange"] == ex) for ex in EXCHANGES}


def seed(sim: SimulatorServer, count: int = 3) -> None:
    for exchange, (symbol, _) in EXCHANGES.items():
        sim.admin.seed_orders(exchange, symbol, count=count)


def echo(stream: object, prefix: str) -> None:
    for line in stream:  # type: ignore[attr-defined]
        console.print(f"[dim]{prefix} | {line.rstrip()}[/]")


def main() -> int:
    started = time.monotonic()
    console.rule("exchange-sdk kill switch demo (simulator on its real clock)")
    with tempfile.TemporaryDirectory() as tmp, SimulatorServer(subprocess=True) as sim:
        config = config_file(Path(tmp), sim.url)
        env = {**os.environ, **ENV}
        cli = [sys.executable, "-m", "exchange_sdk.cli", "--config", str(config)]
        console.print(f"simulator at {sim.url}; accounts file {config}")
        console.print(
            "timeouts: BingX 10 s (its minimum), Gate 5 s (its minimum), HTX 5 s, "
            "Bitget watchdog 3 s"
        )

        console.rule("1. seed orders, start the bot (exchange-sdk heartbeat)")
        seed(sim)
        console.print(f"open orders: {open_counts(sim)}")
        bot = subprocess.Popen(
            [*cli, "heartbeat", "--watchdog-log", str(Path(tmp) / "watchdog.log")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        assert bot.stdout is not None
        console.print(f"[dim]bot | {bot.stdout.readline().rstrip()}[/]")
        threading.Thread(target=echo, args=(bot.stdout, "bot"), daemon=True).start()
        time.sleep(3)
        console.print(f"countdowns armed on the exchanges: {sim.admin.countdowns()}")

        console.rule(f"2. kill -9 {bot.pid} (the bot dies without a word)")
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait()
        killed = time.monotonic()
        last: dict[str, int] = {}
        while time.monotonic() - killed < 30:
            counts = open_counts(sim)
            if counts != last:
                fired = [ex for ex in EXCHANGES if last.get(ex, 0) and not counts[ex]]
                note = f"  <- cancelled: {', '.join(fired)}" if fired else ""
                console.print(f"t+{time.monotonic() - killed:4.1f} s  open orders: {counts}{note}")
                last = counts
            if not any(counts.values()):
                break
            time.sleep(0.25)
        ok = not any(last.values())
        console.print(
            "[bold green]every order cancelled by the switches[/]"
            if ok
            else "[bold red]some orders are still open[/]"
        )
        log = Path(tmp) / "watchdog.log"
        if log.exists():
            for line in log.read_text().splitlines():
                console.print(f"[dim]watchdog | {line}[/]")

        console.rule("3. panic on a second set (one Bitget order refuses to cancel)")
        seed(sim)
        stuck = sim.admin.orders(exchange="bitget")[0]["order_id"]
        sim.admin.fail_order(stuck, code="22002", message="order is being matched")
        table = Table("exchange", "open orders")
        for exchange, count in open_counts(sim).items():
            table.add_row(exchange, str(count))
        console.print(table)
        result = subprocess.run([*cli, "panic", "--yes"], env=env, check=False)
        console.print(
            f"exchange-sdk panic exited with {result.returncode} (1: something is still open)"
        )
        console.print(f"still open: {open_counts(sim)}")
    console.rule(f"done in {time.monotonic() - started:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
