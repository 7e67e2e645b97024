"""The worst moments, each in a subprocess through the public API, exit codes checked (a negative
one, a death by signal, fails): fork, Ctrl-C and signal handlers during a call, other code
importing pyreqwest on a thread that exits, interpreter exit mid-call, event loops that end
or run side by side, clients dropped without closing.

Issue 10's "How this will be checked" list, transport side, is here case by case.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

HELPERS = str(Path(__file__).parent)

PRELUDE = f"""
import asyncio, gc, os, signal, socket, sys, threading, time
sys.path.insert(0, {HELPERS!r})
from fault_helpers import BINGX_OK, answer, open_fds, replies, serving, silent
from exchange_sdk import AsyncBingX, BingX, errors

def sync_client(url, **options):
    options.setdefault("max_retries", 0)
    options.setdefault("rate_limit", False)
    return BingX(api_key="k", api_secret="s", base_url=url, **options)

def async_client(url, **options):
    options.setdefault("max_retries", 0)
    options.setdefault("rate_limit", False)
    return AsyncBingX(api_key="k", api_secret="s", base_url=url, **options)

async def acall(client):
    return await client.spot.cancel_open_orders()

def healthy():
    return serving(replies(answer(BINGX_OK)))
"""


def run(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ok(proc: subprocess.CompletedProcess[str], expected: int = 0) -> str:
    assert proc.returncode >= 0, f"killed by signal {-proc.returncode}: {proc.stderr[-3000:]}"
    assert proc.returncode == expected, f"exit {proc.returncode}: {proc.stderr[-3000:]}"
    return proc.stdout.strip()


# ---------------------------------------------------------------------------- fork

FORK = """
def child(make):
    signal.alarm(20)  # a hard cap: a hang shows as a death by SIGALRM (a negative status)
    try:
        result = make()
        code = 0 if result.orders == [] else 3
    except errors.ExchangeSDKError as exc:
        print("typed error in the child:", repr(exc), flush=True)
        code = 4
    except BaseException as exc:
        print("untyped error in the child:", repr(exc), flush=True)
        code = 5
    os._exit(code)

def fork(make):
    pid = os.fork()
    if pid == 0:
        child(make)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
"""


def test_forked_children_of_a_sync_client() -> None:
    out = ok(
        run(
            FORK
            + """
with healthy() as server:
    client = sync_client(server.url, timeout=5)
    client.spot.cancel_open_orders()  # the pool holds a connection now
    reuse = fork(lambda: client.spot.cancel_open_orders())
    own = fork(lambda: sync_client(server.url, timeout=5).spot.cancel_open_orders())
    client.spot.cancel_open_orders()  # and the parent's connection still works
    print(reuse, own, server.connections)
"""
        )
    )
    # Each child opened its own connection: the parent's was never shared.
    assert out == "0 0 3"


def test_every_lock_a_thread_holds_at_a_fork_is_free_in_the_child() -> None:
    """The SDK's process-wide locks (the rate limiter, the nonces, the response validators
    being built, the kill switch's dry run and account modes), each held by another thread at
    the fork: the child gets them at once and a rate-limited call goes through. Before, the
    rate limiter's and the validators' stayed held: the child's first call hung."""
    out = ok(
        run(
            FORK
            + """
from exchange_sdk._runtime import models, ratelimit, signing
from exchange_sdk.killswitch import _modes, _preflight

LOCKS = {
    "rate limiter": lambda: ratelimit.default_limiter()._lock,
    "nonces": lambda: signing._NONCES_LOCK,
    "validators": lambda: models._build_lock,
    "dry run": lambda: _preflight._LOCK,
    "account modes": lambda: _modes._LOCK,
}
held, release = threading.Event(), threading.Event()

def hold():
    locks = [get() for get in LOCKS.values()]
    for lock in locks:
        lock.acquire()
    held.set()
    release.wait(30)
    for lock in locks:
        lock.release()

threading.Thread(target=hold, daemon=True).start()
held.wait(10)
with healthy() as server:
    def in_child():
        stuck = [name for name, get in LOCKS.items() if not get().acquire(timeout=2)]
        if stuck:
            print("held in the child:", stuck, flush=True)
            os._exit(6)
        for get in LOCKS.values():
            get().release()
        return sync_client(server.url, timeout=5, rate_limit=True).spot.cancel_open_orders()
    print(fork(in_child))
    release.set()
"""
        )
    )
    assert out == "0"


def test_a_forked_child_leaving_the_with_block_does_not_disarm_the_parents_switch() -> None:
    """``os.fork()`` inside ``with DeadMansSwitch(...)``: the child runs to the end of the
    block too. Its ``__exit__`` must not disarm the countdown the parent still relies on, and
    it cannot re-arm a switch it does not own; the parent's own exit still disarms it."""
    out = ok(
        run(
            """
from exchange_sdk.killswitch import Account, DeadMansSwitch, build_client
from exchange_sdk.simulator.runner import SimulatorServer

with SimulatorServer(subprocess=True) as sim:
    client = build_client(
        "bingx", api_key="test-key", api_secret="test-secret", base_url=sim.url, max_retries=0
    )
    with DeadMansSwitch([Account("bingx", client, label="main")], timeout=30) as switch:
        armed = len(sim.admin.countdowns())
        pid = os.fork()
        if pid == 0:
            signal.alarm(20)  # a hang shows as a death by SIGALRM
            try:
                switch.beat()
                refused = False
            except errors.ConfigurationError:
                refused = True
            status = switch.status()  # its lock is free in the child
        else:
            _, code = os.waitpid(pid, 0)
            child = os.waitstatus_to_exitcode(code)
            still = len(sim.admin.countdowns())
    if pid == 0:
        os._exit(0 if refused else 3)  # after the child's __exit__ ran
    print(armed, child, still, len(sim.admin.countdowns()))
"""
        )
    )
    armed, child, still, after = out.splitlines()[-1].split()
    # Armed by the parent (spot and swap); the child refused to beat and left both armed (they
    # were disarmed before: "2 3 0 0"); the parent's own exit disarmed them.
    assert (int(armed) > 0, child, still, after) == (True, "0", armed, "0")


def test_forked_children_of_an_async_client() -> None:
    out = ok(
        run(
            FORK
            + """
with healthy() as server:
    client = async_client(server.url, timeout=5)
    asyncio.run(acall(client))
    reuse = fork(lambda: asyncio.run(acall(client)))
    own = fork(lambda: asyncio.run(acall(async_client(server.url, timeout=5))))
    asyncio.run(acall(client))
    print(reuse, own)
"""
        )
    )
    assert out == "0 0"


# ---------------------------------------------------------------------------- signals


def _start(code: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "calling"
    time.sleep(1.0)  # well inside the call
    return proc


SILENT_CALL = """
with serving(silent) as server:
    client = sync_client(server.url, timeout=20)
    print("calling", flush=True)
    start = time.monotonic()
    try:
        client.spot.cancel_open_orders()
        print("finished", flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


def test_ctrl_c_interrupts_a_sync_call_to_a_silent_exchange() -> None:
    proc = _start(SILENT_CALL)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    assert proc.returncode == 0, f"exit {proc.returncode}: {err[-3000:]}"
    assert out.strip() == "interrupted"
    assert took < 2.0, f"{took:.2f} s after Ctrl-C (timeout=20)"


def test_a_sigterm_handler_runs_during_a_sync_call() -> None:
    # docker and systemd send SIGTERM and kill 10 s later: the handler must run now.
    proc = _start("signal.signal(signal.SIGTERM, lambda *a: sys.exit(3))\n" + SILENT_CALL)
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    assert proc.returncode == 3, f"exit {proc.returncode}: {err[-3000:]}"
    assert took < 2.0, f"{took:.2f} s after SIGTERM (timeout=20)"


def test_a_handler_that_returns_runs_and_the_call_goes_on() -> None:
    code = """
ran = []
signal.signal(signal.SIGUSR1, lambda *a: ran.append(time.monotonic()))
with serving(silent) as server:
    client = sync_client(server.url, timeout=3)
    print("calling", flush=True)
    start = time.monotonic()
    try:
        client.spot.cancel_open_orders()
    except errors.RequestTimeoutError:
        print(f"{ran[0]:.3f} {time.monotonic() - start:.2f}", flush=True)
"""
    proc = _start(code)
    sent = time.monotonic()
    proc.send_signal(signal.SIGUSR1)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, f"exit {proc.returncode}: {err[-3000:]}"
    handled_at, took = (float(x) for x in out.split())
    assert handled_at - sent < 1.0  # CLOCK_MONOTONIC is one clock for every process
    assert 3.0 <= took < 4.0  # the deadline still held


# ---------------------------------------------------------------------------- imports, exit


def test_pyreqwest_imported_elsewhere_on_a_thread_that_exits() -> None:
    # With pyreqwest 0.15 as the sync transport this segfaulted (exit -11, 3 of 3 runs).
    out = ok(
        run(
            """
t = threading.Thread(target=lambda: __import__("pyreqwest.client"))
t.start(); t.join()
with healthy() as server:
    client = sync_client(server.url, timeout=5)
    print(client.spot.cancel_open_orders().orders, client.spot.cancel_open_orders().orders)
"""
        )
    )
    assert out == "[] []"


def test_interpreter_exit_during_calls() -> None:
    # A daemon thread in a sync call, an async task in a call, a DNS lookup hung in its
    # helper thread: the interpreter exits at once, cleanly.
    proc = run(
        """
real = socket.getaddrinfo
def hung(host, *args, **kwargs):
    if host == "hung-dns.test":
        time.sleep(60)
    return real(host, *args, **kwargs)
socket.getaddrinfo = hung

def call_quietly(client):
    try:
        client.spot.cancel_open_orders()
    except errors.NetworkError:
        pass  # the server below stops before the interpreter exits

with serving(silent) as server:
    client = sync_client(server.url, timeout=20)
    threading.Thread(target=call_quietly, args=(client,), daemon=True).start()
    try:
        sync_client("http://hung-dns.test", timeout=0.5).spot.cancel_open_orders()
    except errors.RequestTimeoutError:
        print("dns bounded", flush=True)

    async def main():
        task = asyncio.ensure_future(acall(async_client(server.url, timeout=20)))
        await asyncio.sleep(0.3)
    asyncio.run(main())  # cancels the task mid-call
    time.sleep(0.3)
print("exiting", flush=True)
""",
        timeout=15,
    )
    assert ok(proc).splitlines() == ["dns bounded", "exiting"]
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


# ---------------------------------------------------------------------------- event loops


def test_aclose_after_two_asyncio_runs() -> None:
    out = ok(
        run(
            """
with healthy() as server:
    before = open_fds()
    client = async_client(server.url, timeout=5)
    asyncio.run(acall(client))
    asyncio.run(acall(client))
    asyncio.run(client.aclose())  # raised "Event loop is closed" before
    time.sleep(0.1)
    print(open_fds() - before)
"""
        )
    )
    assert out == "0"  # the sockets of both finished loops are closed


def test_one_async_client_on_two_loops_at_once_against_a_silent_exchange() -> None:
    out = ok(
        run(
            """
with serving(silent) as server:
    client = async_client(server.url, timeout=1)
    took = []
    def one():
        start = time.monotonic()
        try:
            asyncio.run(acall(client))
        except errors.RequestTimeoutError:
            took.append(time.monotonic() - start)
    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
        time.sleep(0.3)  # the second loop starts while the first one's call is waiting
    for t in threads:
        t.join(10)
    print(" ".join(f"{t:.2f}" for t in sorted(took)))
"""
        )
    )
    took = [float(t) for t in out.split()]
    assert len(took) == 2 and all(1.0 <= t < 2.0 for t in took), out


def test_async_clients_dropped_without_aclose_release_their_sockets() -> None:
    out = ok(
        run(
            """
with healthy() as server:
    async def main():
        before = open_fds()
        for _ in range(300):
            client = async_client(server.url, timeout=5)
            await acall(client)
            del client
        gc.collect()
        await asyncio.sleep(0.2)
        return open_fds() - before
    print(asyncio.run(main()))
"""
        )
    )
    assert int(out) < 10  # 300 before the fix


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_bitget_passphrase_ending_in_a_newline(mode: str) -> None:
    # Read from a file with its newline: a typed error before anything is sent (when the
    # client is built), and the passphrase in no message, repr or traceback.
    proc = run(
        f"""
import traceback
from exchange_sdk import AsyncBitget, Bitget
with healthy() as server:
    secret = "pass-" + "phrase-" + "value\\n"
    try:
        if {mode!r} == "sync":
            Bitget(api_key="k", api_secret="s", passphrase=secret, base_url=server.url).mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT")
        else:
            client = AsyncBitget(api_key="k", api_secret="s", passphrase=secret, base_url=server.url)
            asyncio.run(client.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT"))
    except errors.ExchangeSDKError as exc:
        text = "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)
        print(type(exc).__name__, "pass-phrase-value" in text, server.connections)
        traceback.print_exception(exc)
"""
    )
    assert ok(proc) == "ConfigurationError False 0"
    assert "pass-phrase-value" not in proc.stderr
    assert "passphrase contains a line break" in proc.stderr  # what is wrong, not the value
