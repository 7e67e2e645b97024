"""The watchdog: a dead-man's switch for exchanges without a native countdown.

A separate OS process (``python -m exchange_sdk.killswitch watchdog``) that the bot feeds
heartbeats through a pipe; when none arrives for ``timeout`` seconds it cancels every open
order of its accounts (``panic``) and exits. When the pipe closes without a goodbye (the bot
process is gone: a crash, ``kill -9``, the OOM killer) it cancels at once rather than waiting
out the timeout.

What it protects against: the bot process dying (crash, ``kill -9``, OOM killer) or hanging
(deadlock, a stuck event loop): the heartbeats stop and the watchdog cancels. It runs in its
own session, so a Ctrl-C meant for the bot does not reach it. What it does not protect
against: the machine dying, or losing its network: the watchdog dies or is cut off with the
bot. Only an exchange's native countdown covers that.

Protocol (one JSON line of configuration, then text lines):

    parent -> child  {"timeout": 30, "accounts": [...with credentials...]}\\n
    child  -> parent {"ready": true, "pid": 1234}\\n   or   {"error": "..."}\\n
    parent -> child  beat\\n ...            one per heartbeat
    parent -> child  stop\\n                clean exit, disarm: the watchdog exits without cancelling
    parent -> child  leave\\n               clean exit, leave armed: it cancels when the deadline passes
    (end of file, no goodbye)              the parent died: cancel now

Credentials travel only through the pipe, which only the parent holds: never on the command
line (visible to every user in ``ps``) and never in the child's environment (readable in
``/proc/<pid>/environ`` and inherited by anything it starts).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Self

from .. import errors
from .._runtime.running import Running, reap
from ._accounts import Account, build_client

if TYPE_CHECKING:
    from .._runtime.client import AsyncClient, SyncClient

__all__ = ["Watchdog", "WatchdogError", "watchdog_main"]

LOGGER = logging.getLogger("exchange_sdk.killswitch")
_FIRE_ATTEMPTS = 5  # rounds of cancel-all while calls keep failing (transient outages)


class WatchdogError(errors.ExchangeSDKError):
    """The watchdog process could not start, or is gone (a heartbeat could not be delivered)."""


def _credentials(client: SyncClient | AsyncClient) -> tuple[str, str, str | None]:
    """The client's credentials, for the watchdog's own client (sent over the pipe only)."""
    key, secret, phrase = client._secrets
    return key.reveal(), secret.reveal(), phrase.reveal() or None


def _account_config(account: Account) -> dict[str, object]:
    if account.client is None:
        raise errors.ConfigurationError(f"account {account.name} has no client", argument="client")
    key, secret, phrase = _credentials(account.client)
    return {
        "exchange": account.exchange,
        "label": account.label,
        "markets": list(account.markets),
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in account.params.items()},
        "account_mode": account.account_mode,
        "base_url": account.client.base_url,
        "timeout": account.client.timeout,
        "max_retries": account.client.max_retries,
        "api_key": key,
        "api_secret": secret,
        "passphrase": phrase,
    }


class Watchdog(Running):
    """The parent's handle on a watchdog process: ``start()``, ``beat()``, ``stop()``."""

    def __init__(
        self,
        accounts: Sequence[Account],
        *,
        timeout: float,
        log_file: str | None = None,
        python: str | None = None,
        start_timeout: float = 30.0,
    ) -> None:
        if not timeout > 0:
            raise errors.ConfigurationError(
                f"watchdog timeout must be > 0 s, got {timeout!r}", argument="timeout"
            )
        self.accounts = tuple(accounts)
        self.timeout = float(timeout)
        self.log_file = log_file
        self._python = python or sys.executable
        self._start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def returncode(self) -> int | None:
        return self._process.poll() if self._process is not None else None

    def start(self) -> Self:
        config = json.dumps(
            {
                "timeout": self.timeout,
                "log_file": self.log_file,
                "accounts": [_account_config(a) for a in self.accounts],
            }
        )
        stderr: int | IO[bytes] | None = None
        log: IO[bytes] | None = None
        if self.log_file is not None:
            log = open(self.log_file, "ab")  # noqa: SIM115 - handed to the child
            stderr = log
        try:
            process = subprocess.Popen(
                [self._python, "-m", "exchange_sdk.killswitch", "watchdog"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                start_new_session=True,  # a Ctrl-C for the bot must not kill its watchdog
                close_fds=True,
            )
        finally:
            if log is not None:
                log.close()
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        _LIVE.add(self)
        try:
            process.stdin.write(config.encode() + b"\n")
            process.stdin.flush()
        except OSError as exc:
            raise WatchdogError(f"the watchdog process exited at start: {exc}") from None
        answer = self._read_answer(process)
        if "error" in answer:
            process.wait(timeout=10)
            raise WatchdogError(f"the watchdog did not start: {answer['error']}")
        LOGGER.info("watchdog pid %d armed (timeout %.1f s)", process.pid, self.timeout)
        return self

    def _read_answer(self, process: subprocess.Popen[bytes]) -> dict[str, object]:
        assert process.stdout is not None
        box: list[bytes] = []
        reader = threading.Thread(target=lambda: box.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(self._start_timeout)
        if not box or not box[0]:
            process.kill()
            raise WatchdogError("the watchdog process did not answer at start")
        try:
            answer = json.loads(box[0])
        except ValueError:
            process.kill()
            raise WatchdogError(f"the watchdog answered {box[0][:200]!r} at start") from None
        if not isinstance(answer, dict):
            raise WatchdogError(f"the watchdog answered {answer!r} at start")
        return answer

    def _send(self, line: bytes) -> None:
        process = self._process
        if process is None or process.stdin is None:
            raise WatchdogError("the watchdog is not started")
        with self._lock:
            try:
                process.stdin.write(line)
                process.stdin.flush()
            except (OSError, ValueError) as exc:
                code = process.poll()
                state = f"exited with code {code}" if code is not None else "unreachable"
                raise WatchdogError(
                    f"watchdog pid {process.pid} {state} (it fires and exits once the heartbeats "
                    f"stop for {self.timeout:g} s): {exc}"
                ) from None

    def beat(self) -> None:
        """One heartbeat; ``WatchdogError`` when the process is gone (it has fired)."""
        self._send(b"beat\n")

    def stop(self, *, disarm: bool = True, wait: float = 10.0) -> None:
        """``disarm``: the watchdog exits without cancelling; otherwise it is told to keep its
        deadline and cancels when it passes, like a native countdown left armed. (A pipe that
        closes without either goodbye means the bot died: the watchdog cancels at once.)"""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(WatchdogError):
                self._send(b"stop\n" if disarm else b"leave\n")
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        if process.stdout is not None:
            process.stdout.close()
        if disarm:
            reap(process, wait)
        self._process = None if disarm else process

    def __repr__(self) -> str:
        return f"Watchdog(pid={self.pid}, timeout={self.timeout}, accounts={[a.name for a in self.accounts]})"


_LIVE: weakref.WeakSet[Watchdog] = weakref.WeakSet()
_INHERITED: list[subprocess.Popen[bytes]] = []  # kept, so that no finaliser touches them


def _let_go_in_forked_child() -> None:
    """A process forked from the bot must not hold the bot's pipe to its watchdog: the
    watchdog learns that the bot died from that pipe closing, which a living copy would
    prevent (it would wait out its whole timeout), and a "stop" written from the child would
    disarm the bot's watchdog. The copies now point at /dev/null; in the child the watchdog
    is not started (``beat()`` raises ``WatchdogError``)."""
    watchdogs = [w for w in list(_LIVE) if w._process is not None]
    if not watchdogs:
        return
    devnull = os.open(os.devnull, os.O_RDWR)
    try:
        for watchdog in watchdogs:
            process = watchdog._process
            assert process is not None
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError, ValueError):
                        os.dup2(devnull, stream.fileno())
            _INHERITED.append(process)
            watchdog._process = None
            watchdog._lock = threading.Lock()
    finally:
        os.close(devnull)


os.register_at_fork(after_in_child=_let_go_in_forked_child)


# --------------------------------------------------------------------------------------------
# The child process


def _accounts_from(config: dict[str, object]) -> list[Account]:
    accounts = []
    raw = config.get("accounts")
    if not isinstance(raw, list):
        raise ValueError("accounts must be a list")
    for item in raw:
        client = build_client(
            str(item["exchange"]),
            api_key=item["api_key"],
            api_secret=item["api_secret"],
            passphrase=item.get("passphrase"),
            base_url=item.get("base_url"),
            timeout=float(item.get("timeout", 10.0)),
            max_retries=int(item.get("max_retries", 2)),
        )
        accounts.append(
            Account(
                exchange=str(item["exchange"]),
                client=client,
                label=str(item.get("label", "default")),
                markets=tuple(item.get("markets", ())),
                params=dict(item.get("params", {})),
                account_mode=item.get("account_mode"),
            )
        )
    return accounts


def _fire(accounts: list[Account]) -> bool:
    from ._panic import panic

    pending = accounts
    for attempt in range(_FIRE_ATTEMPTS):
        report = panic(pending)
        for line in report.lines():
            LOGGER.warning("watchdog fired: %s", line)
        failed = {r.exchange + ":" + r.label for r in report.results if r.status == "error"}
        if not failed:
            return report.ok
        pending = [a for a in pending if a.name in failed]
        time.sleep(min(8.0, 0.5 * 2**attempt))
    return False


def watchdog_main(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> int:
    """Run the watchdog (the child side of ``Watchdog``); returns the exit code."""
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.raiseExceptions = False  # a closed stderr (dead parent) must not stop the watchdog
    try:
        config = json.loads(stdin.readline() or b"null")
        if not isinstance(config, dict):
            raise ValueError("expected a JSON object")
        log_file = config.get("log_file")
        handler: logging.Handler = (
            logging.FileHandler(str(log_file)) if log_file else logging.StreamHandler(sys.stderr)
        )
        handler.setFormatter(logging.Formatter("%(asctime)s exchange-sdk watchdog: %(message)s"))
        LOGGER.addHandler(handler)
        LOGGER.setLevel(logging.INFO)
        timeout = float(config["timeout"])
        accounts = _accounts_from(config)
    except (ValueError, KeyError, TypeError, errors.ExchangeSDKError) as exc:
        stdout.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}).encode() + b"\n")
        stdout.flush()
        return 2
    del config  # the credentials live on only inside the clients
    stdout.write(json.dumps({"ready": True, "pid": os.getpid()}).encode() + b"\n")
    stdout.flush()

    lock = threading.Lock()
    last = [time.monotonic()]
    stopped = threading.Event()
    changed = threading.Event()
    died = threading.Event()

    def read() -> None:
        for line in stdin:
            if line.strip() == b"beat":
                with lock:
                    last[0] = time.monotonic()
            elif line.strip() == b"stop":
                stopped.set()
                break
            elif line.strip() == b"leave":
                LOGGER.info(
                    "the bot left cleanly with the switch armed; cancelling at the deadline"
                )
                break
            changed.set()
        else:
            LOGGER.warning("the heartbeat pipe closed without a goodbye: the bot died")
            died.set()
        changed.set()

    threading.Thread(target=read, name="watchdog-reader", daemon=True).start()
    names = ", ".join(a.name for a in accounts)
    LOGGER.info("pid %d watching %s (timeout %.1f s)", os.getpid(), names, timeout)
    while not stopped.is_set():
        with lock:
            remaining = last[0] + timeout - time.monotonic()
        if died.is_set():
            LOGGER.warning("cancelling all orders of %s now", names)
            return 0 if _fire(accounts) else 1
        if remaining <= 0:
            LOGGER.warning("no heartbeat for %.1f s: cancelling all orders of %s", timeout, names)
            return 0 if _fire(accounts) else 1
        changed.wait(min(remaining, 1.0))
        changed.clear()
    LOGGER.info("disarmed by the bot; exiting without cancelling")
    return 0
