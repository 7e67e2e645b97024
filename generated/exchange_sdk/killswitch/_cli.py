"""``exchange-sdk panic`` and ``exchange-sdk heartbeat``: the kill switch on the command line,
over the accounts of the config file (``_config``); tables and the live status line by rich."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from types import FrameType
from typing import TYPE_CHECKING

from .. import errors
from ..cli import _config_path, fail

if TYPE_CHECKING:
    from ..cli import SubParsers
    from ._panic import PanicReport
    from ._switch import Miss, SwitchStatus

__all__ = ["add_heartbeat", "add_panic"]


def _accounts_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="LABEL",
        help="only this account (label or exchange:label; repeatable; default: all)",
    )


def add_panic(sub: SubParsers) -> None:
    parser = sub.add_parser(
        "panic",
        help="cancel every open order of the configured accounts, now",
        description=(
            "Cancel all open orders on every configured account and market at once "
            "(concurrently); every exchange is attempted whatever the others do, and the "
            "report says per call what was cancelled, what failed and why."
        ),
    )
    _accounts_option(parser)
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the calls that would be made, send nothing (no credentials needed)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--max-retries", type=int, metavar="N", help="per call (default: 2)")
    parser.add_argument("--request-timeout", type=float, metavar="SECONDS", help="per attempt")
    parser.set_defaults(handler=run_panic)


def _confirm(names: list[str]) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Cancel ALL open orders on {', '.join(names)}? Type 'yes' to go on: ")
    return answer.strip().lower() == "yes"


def run_panic(args: argparse.Namespace) -> int:
    from ._accounts import plan_cancel
    from ._config import load_config
    from ._panic import panic

    try:
        config = load_config(_config_path(args))
        chosen = config.select(args.account)
        plan = plan_cancel([a.dry_account() for a in chosen])
        if args.dry_run:
            _print_plan(config.path, chosen, [c.describe() for c in plan], args)
            return 0
        accounts = config.build(args.account, base_url=args.base_url)
    except errors.ConfigurationError as exc:
        return fail(str(exc), 2)
    if not args.yes and not _confirm([a.name for a in chosen]):
        return fail("not confirmed: nothing was cancelled (give --yes to skip the question)", 2)
    report = panic(accounts, max_retries=args.max_retries, request_timeout=args.request_timeout)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print_report(report)
    return 0 if report.ok else 1


def _print_plan(path: str, chosen: object, calls: list[str], args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps({"dry_run": True, "config": path, "calls": calls}, indent=2))
        return
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print("\n".join(["dry run: these calls would be made", *calls]))
        return
    table = Table(title=f"panic --dry-run ({path}): nothing is sent")
    table.add_column("account")
    table.add_column("call")
    for text in calls:
        account, _, call = text.partition(" ")
        table.add_row(account, call)
    Console().print(table)


def print_report(report: PanicReport) -> None:
    """The panic report as a table (one row per call), then the summary line."""
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print(report)
        return
    table = Table(title="panic report")
    for column in ("account", "call", "status", "cancelled", "failed", "ms"):
        table.add_column(
            column, justify="right" if column in ("cancelled", "failed", "ms") else "left"
        )
    styles = {"ok": "green", "partial": "yellow", "error": "red"}
    notes: list[str] = []
    for r in report.results:
        call = r.operation + (f" [{r.market}]" if r.market else "")
        status = r.status + (" (none open)" if r.nothing_to_cancel else "")
        table.add_row(
            f"{r.exchange}:{r.label}",
            call,
            f"[{styles[r.status]}]{status}[/]",
            str(len(r.cancelled)),
            str(len(r.failed)),
            f"{r.elapsed * 1000:.0f}",
        )
        where = f"{r.exchange}:{r.label} {call}"
        notes += [f"{where}: order {f.order_id} still open: {f.reason}" for f in r.failed]
        if r.error is not None:
            notes.append(f"{where}: {r.error_text} (what is still open is unknown)")
    console = Console()
    console.print(table)
    for note in notes:
        console.print(note, style="red", markup=False, highlight=False)
    console.print(report.summary(), style="bold green" if report.ok else "bold red")


# -- heartbeat --------------------------------------------------------------------------------


def add_heartbeat(sub: SubParsers) -> None:
    parser = sub.add_parser(
        "heartbeat",
        help="keep the dead-man's switches of the configured accounts armed until stopped",
        description=(
            "Arm every configured account's native countdown (BingX, Gate, HTX) and a watchdog "
            "process for exchanges without one (Bitget), and re-arm them before they expire "
            "until Ctrl-C or SIGTERM; then disarm them (or leave them armed: --leave-armed). "
            "If this process dies, the countdowns expire and the orders are cancelled."
        ),
    )
    _accounts_option(parser)
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="countdown (default: config or 30)"
    )
    parser.add_argument(
        "--watchdog-timeout",
        type=float,
        metavar="SECONDS",
        help="watchdog countdown (default: --timeout)",
    )
    parser.add_argument(
        "--leave-armed",
        action="store_true",
        help="on Ctrl-C/SIGTERM leave the switches armed (they fire) instead of disarming",
    )
    parser.add_argument("--watchdog-log", metavar="PATH", help="the watchdog's log file")
    parser.set_defaults(handler=run_heartbeat)


def _status_line(status: SwitchStatus) -> str:
    now = time.time()
    parts = []
    for t in status.targets:
        where = f"{t.exchange}:{t.label}" + (f"[{t.market}]" if t.market else "")
        if t.armed_until is None:
            state = "NOT ARMED"
        elif t.armed_until <= now:
            state = "EXPIRED"
        else:
            state = f"{t.armed_until - now:4.1f}s"
        miss = f" misses={t.misses}" if t.misses else ""
        parts.append(f"{where} {state}{miss}")
    return "heartbeat: " + " | ".join(parts)


def run_heartbeat(args: argparse.Namespace) -> int:
    from ._config import load_config
    from ._switch import DeadMansSwitch

    def on_miss(miss: Miss) -> None:
        print(f"exchange-sdk heartbeat: {miss}", file=sys.stderr, flush=True)

    try:
        config = load_config(_config_path(args))
        accounts = config.build(args.account, base_url=args.base_url)
        switch = DeadMansSwitch(
            accounts,
            timeout=args.timeout or config.timeout,
            interval=config.interval,
            on_exit="leave" if args.leave_armed else "disarm",
            on_miss=on_miss,
            watchdog_timeout=args.watchdog_timeout or config.watchdog_timeout,
            watchdog_log=args.watchdog_log,
        )
    except errors.ConfigurationError as exc:
        return fail(str(exc), 2)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        switch.start()
    except errors.ExchangeSDKError as exc:
        return fail(f"{type(exc).__name__}: {exc}", 1)
    status = switch.status()
    pid = f", watchdog pid {status.watchdog_pid}" if status.watchdog_pid else ""
    print(
        f"exchange-sdk heartbeat: armed {len(status.targets)} switch(es){pid}; Ctrl-C to stop",
        flush=True,
    )
    try:
        _show(switch, stop)
    finally:
        leave = args.leave_armed
        switch.stop(disarm=not leave)
        print(
            "exchange-sdk heartbeat: stopped; switches "
            + ("left ARMED: they fire when they expire" if leave else "disarmed"),
            flush=True,
        )
    return 0


def _show(switch: object, stop: threading.Event) -> None:
    from ._switch import DeadMansSwitch

    assert isinstance(switch, DeadMansSwitch)
    live = None
    if sys.stdout.isatty():
        try:
            from rich.live import Live
        except ImportError:
            pass
        else:
            live = Live(_status_line(switch.status()), refresh_per_second=4, transient=True)
    if live is None:  # not a terminal: one line per change of the beat or miss counts
        last = None
        while not stop.wait(0.5):
            status = switch.status()
            key = tuple((t.beats, t.misses) for t in status.targets)
            if key != last:
                print(_status_line(status), flush=True)
                last = key
        return
    with live:
        while not stop.wait(0.25):
            live.update(_status_line(switch.status()))
