"""Ctrl-C during a panic, as a trader presses it: ``exchange-sdk panic`` as a subprocess on the
simulator, with BitMEX's cancel held up for seconds and Kraken's answering at once.

- one Ctrl-C does not stop a panic half done: it says so and the panic finishes (exit 0, flat);
- a second Ctrl-C stops waiting: the report so far (the slow call an error, "interrupted"),
  "INTERRUPTED" on stderr, exit 1, never a traceback;
- ``panic()`` itself, interrupted in its waiting, raises ``PanicInterrupted`` (a
  ``KeyboardInterrupt``) that carries the report so far.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_end_to_end import _LIMIT, _cli, _url, simulator

from exchange_sdk import BitMEX
from exchange_sdk.killswitch import Account, PanicInterrupted, panic
from exchange_sdk.simulator import AdminClient
from exchange_sdk.transports import HttpRequest, HttpResponse, MockTransport

__all__ = ["simulator"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")

ENV = {
    **os.environ,
    "BITMEX_API_KEY": "test-key",
    "BITMEX_API_SECRET": "test-secret",
    "KRAKEN_API_KEY": "test-key",
    "KRAKEN_API_SECRET": base64.b64encode(b"test-secret").decode(),
}
HELD_MS = 4000  # BitMEX's cancel waits this long in the simulator


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    simulator.seed_orders("bitmex", "XBTUSD", count=2)
    simulator.seed_orders("kraken", "XBTUSD", count=2)
    simulator.add_fault(
        "latency",
        latency_ms=HELD_MS,
        exchange="bitmex",
        operation="all.cancel_all_orders",
        next=1,
    )
    return simulator


def _start(
    tmp_path: Path,
    sim: AdminClient,
    ctrl_c: Callable[[], None] | None = None,
    command: tuple[str, ...] = ("panic", "--yes", "--json"),
) -> subprocess.Popen[str]:
    """The CLI ``command`` over a BitMEX and a Kraken account on the simulator."""
    config = tmp_path / "accounts.toml"
    url = _url(sim)
    config.write_text(
        f'[[account]]\nexchange = "bitmex"\nbase_url = "{url}"\n'
        f'[[account]]\nexchange = "kraken"\nbase_url = "{url}"\n'
    )
    return subprocess.Popen(
        [*_cli(), "--config", str(config), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        preexec_fn=ctrl_c or _as_from_a_terminal,
    )


def _as_from_a_terminal() -> None:
    """Ctrl-C not ignored, as a terminal starts a command (a CI job may ignore it for its
    children, and a command started so keeps ignoring it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_kraken(
    sim: AdminClient, process: subprocess.Popen[str], operation: str = "spot.cancel_all"
) -> None:
    """The command is running (its Ctrl-C handling in place) once Kraken served
    ``operation``; BitMEX's held call is then in flight."""
    deadline = time.monotonic() + _LIMIT
    while not any(r["operation"] == operation for r in sim.requests()):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"the command never reached Kraken's {operation}"
        time.sleep(0.02)


def _finish(process: subprocess.Popen[str]) -> tuple[int, dict[str, Any], str]:
    out, err = process.communicate(timeout=_LIMIT)
    assert process.returncode >= 0, f"killed by signal {-process.returncode}"
    assert "Traceback" not in err, err
    return process.returncode, json.loads(out), err


def test_one_ctrl_c_lets_the_panic_finish(sim: AdminClient, tmp_path: Path) -> None:
    process = _start(tmp_path, sim)
    _wait_for_kraken(sim, process)
    process.send_signal(signal.SIGINT)
    code, report, err = _finish(process)
    assert "Ctrl-C: still cancelling; the panic ends within its deadline (10 s)" in err
    assert code == 0, err
    assert report["flat"] is True and report["interrupted"] is False
    assert sim.orders() == []


def test_a_second_ctrl_c_stops_waiting_and_prints_the_report_so_far(
    sim: AdminClient, tmp_path: Path
) -> None:
    process = _start(tmp_path, sim)
    _wait_for_kraken(sim, process)
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    code, report, err = _finish(process)
    assert code == 1, err
    assert time.monotonic() - started < HELD_MS / 1000  # it stopped waiting for BitMEX
    assert "INTERRUPTED (Ctrl-C twice): this report is incomplete" in err
    assert report["interrupted"] is True and report["ok"] is False
    by_exchange = {r["exchange"]: r for r in report["results"]}
    assert by_exchange["kraken"]["status"] == "ok"
    assert by_exchange["kraken"]["cancelled_count"] == 2
    assert by_exchange["bitmex"]["status"] == "error"
    assert "still running when the panic was interrupted" in by_exchange["bitmex"]["error"]


def test_a_panic_started_with_ctrl_c_ignored_keeps_ignoring_it(
    sim: AdminClient, tmp_path: Path
) -> None:
    """A background job or ``nohup``: Ctrl-C was ignored on purpose, and stays ignored."""

    def ignoring() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    process = _start(tmp_path, sim, ignoring)
    _wait_for_kraken(sim, process)
    process.send_signal(signal.SIGINT)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    code, report, err = _finish(process)
    assert code == 0, err
    assert "Ctrl-C" not in err
    assert report["flat"] is True and report["interrupted"] is False


def test_panic_interrupted_carries_the_report_so_far() -> None:
    held = threading.Event()

    def slow(request: HttpRequest) -> HttpResponse:
        held.set()
        time.sleep(3.0)  # an exchange that takes its time; the panic is interrupted meanwhile
        return HttpResponse(200, {}, b"[]")

    def ctrl_c() -> None:  # a real SIGINT to the main thread, as a terminal sends it
        if held.wait(_LIMIT):
            signal.pthread_kill(main, signal.SIGINT)

    client = BitMEX(api_key="k", api_secret="s", transport=MockTransport(slow))
    client.rate_limiter = None
    main = threading.main_thread().ident or 0
    # Python's own Ctrl-C handler, even where this test runs with SIGINT ignored (a CI job)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Thread(target=ctrl_c).start()
        with pytest.raises(PanicInterrupted) as caught:
            panic([Account("bitmex", client)], deadline=30.0)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert isinstance(caught.value, KeyboardInterrupt)
    (call,) = caught.value.report.calls
    assert call.status == "error" and not caught.value.report.ok
    assert "still running when the panic was interrupted" in str(call.error)


def test_ctrl_c_between_two_submissions_still_gives_the_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C can land while ``panic`` is still handing its calls to the workers (the first
    already on its way to the exchange): that too is a ``PanicInterrupted`` with the report,
    never a bare ``KeyboardInterrupt`` that loses what the first call did."""
    from exchange_sdk.killswitch import _workers

    sent = threading.Event()

    def answer(request: HttpRequest) -> HttpResponse:
        sent.set()
        return HttpResponse(200, {}, b"[]")

    real_submit = _workers.submit
    submitted: list[object] = []

    def submit_then_ctrl_c(fn: Callable[[], Any]) -> Any:
        if submitted:  # the second submission: the user presses Ctrl-C now
            assert sent.wait(_LIMIT)
            raise KeyboardInterrupt
        submitted.append(fn)
        return real_submit(fn)

    monkeypatch.setattr("exchange_sdk.killswitch._panic.submit", submit_then_ctrl_c)
    accounts = []
    for label in ("one", "two"):
        client = BitMEX(api_key="k", api_secret="s", transport=MockTransport(answer))
        client.rate_limiter = None
        accounts.append(Account("bitmex", client, label=label))
    with pytest.raises(PanicInterrupted) as caught:
        panic(accounts, deadline=30.0)
    assert len(caught.value.report.calls) == 2
    assert not caught.value.report.ok


def test_ctrl_c_in_another_command_exits_130_without_a_traceback(
    simulator: AdminClient, tmp_path: Path
) -> None:
    """``open-orders`` waiting on a slow listing: Ctrl-C ends it at once, with one line."""
    simulator.reset()
    simulator.seed_orders("bitmex", "XBTUSD", count=1)
    simulator.add_fault(
        "latency", latency_ms=HELD_MS, exchange="bitmex", operation="all.get_orders", next=1
    )
    process = _start(tmp_path, simulator, command=("open-orders",))
    _wait_for_kraken(simulator, process, "spot.open_orders")
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=_LIMIT)
    assert process.returncode == 130, (out, err)
    assert time.monotonic() - started < HELD_MS / 1000
    assert "Traceback" not in err, err
    assert "exchange-sdk: interrupted (Ctrl-C)" in err
