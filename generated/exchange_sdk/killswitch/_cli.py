"""``exchange-sdk panic``, ``exchange-sdk open-orders`` and ``exchange-sdk heartbeat``: the kill
switch on the command line, over the accounts of the config file (``_config``); tables and the
live status line by rich, user text never read as markup.

Exit codes (``_cli_support``): 0 done (panic: every call succeeded and the scope was listed
flat), 1 an exchange or the network failed or orders remain open, 2 a usage, configuration or
validation error (nothing was sent).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import TYPE_CHECKING

from .. import errors
from .._cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    add_command,
    config_path,
    console,
    fail,
    text,
)

if TYPE_CHECKING:
    from rich.text import Text

    from .._cli_support import SubParsers
    from ._accounts import Account
    from ._config import Config
    from ._list import OrderList
    from ._panic import PanicReport
    from ._preflight import Planned
    from ._switch import DeadMansSwitch, Miss, SwitchStatus

__all__ = ["add_heartbeat", "add_open_orders", "add_panic"]


def _accounts_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="LABEL",
        help="only this account of the config file (label or exchange:label; repeatable; "
        "default: all)",
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not seconds > 0 or seconds != seconds or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {value!r}")
    return seconds


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {value!r}")
    return number


def _call_options(parser: argparse.ArgumentParser) -> None:
    from ._panic import DEFAULT_DEADLINE

    parser.add_argument(
        "--deadline",
        type=_seconds,
        default=DEFAULT_DEADLINE,
        metavar="SECONDS",
        help="return by then whatever the exchanges do; unfinished calls are reported as "
        "errors (default: %(default)g)",
    )
    parser.add_argument(
        "--max-retries", type=_count, metavar="N", help="retries of transient faults per call"
    )
    parser.add_argument(
        "--request-timeout", type=_seconds, metavar="SECONDS", help="per HTTP attempt"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _load(args: argparse.Namespace) -> tuple[Config, list[Account]]:
    """The chosen accounts with clients (every credential variable checked, never printed)."""
    from ._config import load_config

    config = load_config(config_path(args))
    return config, config.build(args.account, base_url=args.base_url)


# -- panic ------------------------------------------------------------------------------------


def add_panic(sub: SubParsers) -> None:
    parser = add_command(sub, "panic", run_panic)
    _accounts_option(parser)
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check everything (config, credentials present, every argument) and print the "
        "method, host and path of each call; send nothing",
    )
    parser.add_argument(
        "--no-verify",
        dest="verify",
        action="store_false",
        help="skip the listing after the cancels (then exit 0 means only: every call succeeded)",
    )
    _call_options(parser)


def _confirm(names: list[str]) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Cancel ALL open orders on {', '.join(names)}? Type 'yes' to go on: ")
    return answer.strip().lower() == "yes"


def run_panic(args: argparse.Namespace) -> int:
    """cancel every open order of the configured accounts, now, and prove it

    Cancel all open orders on every configured account and market at once (concurrently),
    then list each scope to prove nothing is left. Every exchange is attempted whatever the
    others do; the report says per call what was cancelled, what failed and why, and what is
    still open. Exit code 0 only when every call succeeded and the listings found nothing
    open; 1 otherwise; 2 for a usage or config error (nothing sent). Ctrl-C once: the panic
    goes on to its deadline; twice: it stops waiting and prints the report so far (exit 1).
    """
    from ._accounts import ANY_MODE, plan_cancel
    from ._modes import needs_mode
    from ._panic import PanicInterrupted, panic
    from ._preflight import preflight

    try:
        config, accounts = _load(args)
        # Checked for every mode an account may be in: the exchange is asked only by the panic.
        unknown = {a.name: ANY_MODE for a in accounts if needs_mode(a)}
        planned = preflight(plan_cancel(accounts, unknown))
    except errors.ExchangeSDKError as exc:
        return fail(str(exc), EXIT_USAGE)
    if args.dry_run:
        _print_plan(config.path, planned, as_json=args.json)
        return EXIT_OK
    try:
        confirmed = args.yes or _confirm([a.name for a in accounts])
    except (KeyboardInterrupt, EOFError):
        confirmed = False
    if not confirmed:
        return fail("not confirmed: nothing was cancelled (give --yes to skip the question)")
    interrupted = False
    with _second_ctrl_c_stops(args.deadline):
        try:
            report = panic(
                accounts,
                deadline=args.deadline,
                verify=args.verify,
                max_retries=args.max_retries,
                request_timeout=args.request_timeout,
            )
        except PanicInterrupted as stop:
            report, interrupted = stop.report, True
        except errors.ExchangeSDKError as exc:  # refused before anything was sent
            return fail(str(exc), EXIT_USAGE)
    if args.json:
        print(json.dumps({**report.to_json(), "interrupted": interrupted}, indent=2))
    else:
        print_report(report)
    if interrupted:
        return fail(
            "INTERRUPTED (Ctrl-C twice): this report is incomplete; cancels already sent may "
            "still take effect. `exchange-sdk open-orders` shows what is open now.",
            EXIT_FAILED,
        )
    return EXIT_OK if report.ok else EXIT_FAILED


@contextlib.contextmanager
def _second_ctrl_c_stops(deadline: float | None) -> Iterator[None]:
    """While the panic runs, a first Ctrl-C only says that it goes on until its deadline (a
    panic half done helps nobody); a second one stops waiting (``PanicInterrupted``, with the
    report so far). Off the main thread signals cannot be handled, and a process started with
    Ctrl-C ignored (a background job, ``nohup``) keeps ignoring it: nothing changes then."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    ):
        yield
        return
    presses = 0

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        nonlocal presses
        presses += 1
        if presses > 1:
            raise KeyboardInterrupt
        until = f"within its deadline ({deadline:g} s)" if deadline else "until it is done"
        print(
            f"exchange-sdk panic: Ctrl-C: still cancelling; the panic ends {until}. "
            "Ctrl-C again to stop waiting (cancels already sent may still take effect).",
            file=sys.stderr,
            flush=True,
        )

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _print_plan(path: str, planned: Sequence[Planned], *, as_json: bool) -> None:
    modes = any(p.mode for p in planned)
    note = (
        "the account mode is asked at panic time: only the calls of that mode are sent"
        if modes
        else ""
    )
    if as_json:
        calls = [p.to_json() for p in planned]
        body: dict[str, object] = {"dry_run": True, "config": path, "calls": calls}
        if note:
            body["note"] = note
        print(json.dumps(body, indent=2))
        return
    out = console()
    if out is None:
        print(f"dry run ({path}): nothing is sent; these calls would be made")
        for p in planned:
            print(p.describe())
        if note:
            print(note)
        return
    from rich.table import Table

    from ._preflight import UNSENT

    table = Table(title=text(f"panic --dry-run ({path}): checked, nothing sent"))
    columns = ("account", "step", "call", "request") + (("mode",) if modes else ())
    for column in columns:
        table.add_column(column, overflow="fold")
    for p in planned:
        shown = [f"{p.per_market}=<each listed>"] if p.per_market else []
        shown += [f"{k}={v!r}" for k, v in p.kwargs.items()]
        row = [
            text(p.account),
            text(p.kind),
            text(f"{p.operation}({', '.join(shown)})"),
            text(f"{p.http_method} {p.host}{p.path}" + (UNSENT if p.unsent else "")),
        ]
        if modes:
            row.append(text(p.mode or "any"))
        table.add_row(*row)
    out.print(table)
    if note:
        out.print(text(note))


def print_report(report: PanicReport) -> None:
    """The panic report as a table (one row per call), then every order still open, every
    failure and error, and the summary line."""
    out = console()
    if out is None:
        print(report)
        return
    from rich.table import Table

    table = Table(title="panic report")
    for column in ("account", "call", "status", "cancelled", "failed", "still open", "ms"):
        right = column in ("cancelled", "failed", "still open", "ms")
        table.add_column(column, justify="right" if right else "left", overflow="fold")
    styles = {"ok": "green", "partial": "yellow", "error": "red"}
    notes: list[str] = []
    for r in report.results:
        call = r.operation + (f" [{r.market}]" if r.market else "")
        status = r.status + (" (none open)" if r.nothing_to_cancel else "")
        if r.open_orders is None:
            left = "not listed" if report.verify else "-"
        else:
            left = str(len(r.open_orders))
        table.add_row(
            text(f"{r.exchange}:{r.label}"),
            text(call),
            text(status, styles[r.status]),
            text("?" if r.cancelled_count is None else r.cancelled_count),
            text(len(r.failed) + len(r.failed_markets)),
            text(left, "" if r.flat or not report.verify else "red"),
            text(f"{r.elapsed * 1000:.0f}"),
        )
        where = f"{r.exchange}:{r.label} {call}"
        reasons = {f.order_id: f.reason for f in r.failed}
        market_reasons = {f.market: f.reason for f in r.failed_markets}
        for o in r.open_orders or ():
            why = reasons.get(o.order_id) or market_reasons.get(o.market or "")
            market = f" [{o.market}]" if o.market and o.market != r.market else ""
            notes.append(
                f"{where}: order {o.order_id}{market} still open" + (f": {why}" if why else "")
            )
        if r.open_orders is None:
            notes += [f"{where}: order {f.order_id} not cancelled: {f.reason}" for f in r.failed]
        notes += [f"{where}: market {f.market} not cancelled: {f.reason}" for f in r.failed_markets]
        if r.error is not None:
            notes.append(f"{where}: {r.error_text}")
        if r.verify_error is not None:
            notes.append(
                f"{where}: could not list what is left: "
                f"{type(r.verify_error).__name__}: {r.verify_error}"
            )
    out.print(table)
    for note in notes:
        out.print(text(note, "red"))
    out.print(text(report.summary(), "bold green" if report.ok else "bold red"))


# -- open-orders ------------------------------------------------------------------------------


def add_open_orders(sub: SubParsers) -> None:
    parser = add_command(sub, "open-orders", run_open_orders)
    _accounts_option(parser)
    _call_options(parser)


def run_open_orders(args: argparse.Namespace) -> int:
    """list the open orders of the configured accounts

    List every open order of the configured accounts and markets on every exchange at once
    (every page). Exit code 0 when every listing succeeded (whatever is open), 1 when one
    failed, 2 for a usage or config error.
    """
    from ._list import open_orders

    try:
        _, accounts = _load(args)
        lists = open_orders(
            accounts,
            deadline=args.deadline,
            max_retries=args.max_retries,
            request_timeout=args.request_timeout,
        )
    except errors.ExchangeSDKError as exc:
        return fail(str(exc), EXIT_USAGE)
    if args.json:
        print(json.dumps({"lists": [item.to_json() for item in lists]}, indent=2))
    else:
        _print_lists(lists)
    return EXIT_OK if all(item.ok for item in lists) else EXIT_FAILED


def _print_lists(lists: Sequence[OrderList]) -> None:
    out = console()
    total = sum(len(item) for item in lists)
    failed = [item for item in lists if not item.ok]
    if out is None:
        for item in lists:
            where = f"{item.exchange}:{item.label}" + (f" [{item.market}]" if item.market else "")
            if item.error is not None:
                print(f"{where}: {type(item.error).__name__}: {item.error}")
            for o in item:
                print(f"{where}: {o.order_id}" + (f" {o.market}" if o.market else ""))
        print(f"{total} open order(s), {len(failed)} listing(s) failed")
        return
    from rich.table import Table

    table = Table(title="open orders")
    for column in ("account", "market", "order id", "listing"):
        table.add_column(column, overflow="fold")
    for item in lists:
        for o in item:
            table.add_row(
                text(f"{o.exchange}:{o.label}"),
                text(o.market),
                text(o.order_id),
                text(item.operation),
            )
    out.print(table)
    for item in failed:
        where = f"{item.exchange}:{item.label}" + (f" [{item.market}]" if item.market else "")
        out.print(
            text(f"{where} {item.operation}: {type(item.error).__name__}: {item.error}", "red")
        )
    out.print(
        text(
            f"{total} open order(s) over {len(lists)} listing(s)"
            + (f"; {len(failed)} failed: what they cover is unknown" if failed else ""),
            "bold red" if failed else "bold",
        )
    )


# -- heartbeat --------------------------------------------------------------------------------


def add_heartbeat(sub: SubParsers) -> None:
    parser = add_command(sub, "heartbeat", run_heartbeat)
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


def _status_line(status: SwitchStatus) -> Text:
    """One line per refresh: seconds left per countdown, NOT ARMED (red) with the time since
    the last proven arm, and the misses."""
    from rich.text import Text

    now = time.time()
    line = Text("heartbeat: ")
    for i, t in enumerate(status.targets):
        if i:
            line.append(" | ")
        where = f"{t.exchange}:{t.label}" + (f"[{t.market}]" if t.market else "")
        line.append(f"{where} ")
        if t.armed:
            assert t.armed_until is not None
            line.append(f"{t.armed_until - now:4.1f}s")
        else:
            since = (
                f"last armed {now - t.last_heartbeat:.1f}s ago"
                if t.last_heartbeat is not None
                else "never armed"
            )
            line.append(f"NOT ARMED ({since})", style="bold red")
        if t.misses:
            line.append(f" misses={t.misses}", style="yellow")
    return line


def run_heartbeat(args: argparse.Namespace) -> int:
    """keep the dead-man's switches of the configured accounts armed until stopped

    Arm every configured account's native countdown (where its specs have one) and a
    watchdog process for exchanges without one, and re-arm them before they expire until
    Ctrl-C or SIGTERM; then disarm them (or leave them armed: --leave-armed). If this
    process dies, the countdowns expire and the orders are cancelled.
    """
    from ._config import load_config
    from ._switch import DeadMansSwitch, SwitchNotArmedError

    def on_miss(miss: Miss) -> None:
        print(f"exchange-sdk heartbeat: {miss}", file=sys.stderr, flush=True)

    try:
        config = load_config(config_path(args))
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
    except errors.ExchangeSDKError as exc:
        return fail(str(exc), EXIT_USAGE)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        switch.start()
    except SwitchNotArmedError as exc:
        lines = [f"  {m.where}: {type(m.error).__name__}: {m.error}" for m in exc.misses]
        return fail(
            "heartbeat: NOT ARMED: the first arm failed; the bot is not protected:\n"
            + "\n".join(lines)
            + "\n(the switches that did arm were disarmed again: nothing is left armed)",
            EXIT_FAILED,
        )
    except errors.ExchangeSDKError as exc:
        return fail(f"heartbeat: {type(exc).__name__}: {exc}", EXIT_FAILED)
    status = switch.status()
    pid = f", watchdog pid {status.watchdog_pid}" if status.watchdog_pid else ""
    print(
        f"exchange-sdk heartbeat: armed {len(status.targets)} switch(es), each proven by the "
        f"exchange's answer{pid}; Ctrl-C to stop",
        flush=True,
    )
    for t in status.targets:
        if t.note:  # why the watchdog covers these accounts (no native countdown covers them)
            print(f"exchange-sdk heartbeat: watchdog covers {t.note}", flush=True)
    try:
        _show(switch, stop)
    finally:
        leave = args.leave_armed
        switch.stop(disarm=not leave)
        after = switch.status()
        if leave:
            state = "left ARMED: they fire when they expire"
        else:
            still = [
                f"{t.exchange}:{t.label}" for t in after.targets if t.kind == "native" and t.armed
            ]
            state = (
                "disarmed"
                if not still
                else f"disarm FAILED for {', '.join(still)}: they fire when they expire"
            )
        print(f"exchange-sdk heartbeat: stopped; switches {state}", flush=True)
    return EXIT_OK


def _show(switch: DeadMansSwitch, stop: threading.Event) -> None:
    out = console() if sys.stdout.isatty() else None
    if out is None:  # not a terminal: one plain line per change of the beats or misses
        last = None
        while not stop.wait(0.5):
            status = switch.status()
            key = tuple((t.beats, t.misses, t.armed) for t in status.targets)
            if key != last:
                print(_plain(status), flush=True)
                last = key
        return
    from rich.live import Live

    with Live(
        _status_line(switch.status()), console=out, refresh_per_second=4, transient=True
    ) as live:
        while not stop.wait(0.25):
            live.update(_status_line(switch.status()))


def _plain(status: SwitchStatus) -> str:
    try:
        return _status_line(status).plain
    except ImportError:  # no rich: the same words without colour
        now = time.time()
        parts = []
        for t in status.targets:
            where = f"{t.exchange}:{t.label}" + (f"[{t.market}]" if t.market else "")
            state = f"{t.armed_until - now:4.1f}s" if t.armed and t.armed_until else "NOT ARMED"
            parts.append(f"{where} {state}" + (f" misses={t.misses}" if t.misses else ""))
        return "heartbeat: " + " | ".join(parts)
