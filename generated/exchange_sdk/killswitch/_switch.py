"""The dead-man's switch keeper: arms every account's countdown and re-arms it before expiry.

Each exchange with a native countdown (``COUNTDOWNS``: BingX ``cancel_all_after``, Gate
``countdown_cancel_all``, HTX ``cancel_after``) is armed on the exchange, per market where the
endpoint takes one; accounts of the other exchanges (Bitget) are handed to one watchdog process
(``_watchdog``). ``DeadMansSwitch`` re-arms from a background thread, ``AsyncDeadMansSwitch``
from a task; both also offer ``beat()`` to re-arm at once (tests drive the switch this way).

The re-arm interval, for a countdown of ``T`` seconds (``heartbeat_interval``)::

    a = attempt_timeout, default min(T / 5, 10 s)   the longest one HTTP attempt may take
    r = min(0.5 s, T / 20)                          the pause before the one retry
    interval = T - (2 * a + r) - T / 10

so a re-arm that starts when the interval is up, needs both of its attempts (one retry) and
each takes as long as it may, still lands at least T / 10 before the countdown expires. For
T = 10 s: a = 2 s, r = 0.5 s, interval = 4.5 s. A re-arm that fails anyway is a *miss*: it is
logged (logger ``exchange_sdk.killswitch``), passed to ``on_miss``, counted in ``status()``,
and tried again after ``r``, then ``2r``, ``4r``, ... (at most the interval) until it succeeds;
if the countdown expires first the exchange cancels the orders: that is the switch working.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

from .. import errors
from ._accounts import Account, countdown_specs, method_of
from ._watchdog import Watchdog
from ._workers import submit

if TYPE_CHECKING:
    from .._runtime.killswitch_spec import CountdownSpec

__all__ = [
    "AsyncDeadMansSwitch",
    "DeadMansSwitch",
    "Miss",
    "SwitchStatus",
    "TargetStatus",
    "heartbeat_interval",
]

LOGGER = logging.getLogger("exchange_sdk.killswitch")
OnExit = Literal["disarm", "leave"]


def heartbeat_interval(
    timeout: float, attempt_timeout: float | None = None
) -> tuple[float, float, float]:
    """``(interval, attempt_timeout, retry_pause)`` in seconds for a countdown of ``timeout``
    seconds: ``interval = T - (2a + r) - T/10`` (see the module docstring)."""
    a = min(timeout / 5, 10.0) if attempt_timeout is None else attempt_timeout
    r = min(0.5, timeout / 20)
    interval = timeout - (2 * a + r) - timeout / 10
    if not interval > 0 or not a > 0:
        raise errors.ConfigurationError(
            f"a countdown of {timeout:g} s leaves no time to re-arm with attempts of {a:g} s "
            f"(interval = T - (2a + r) - T/10 = {interval:.3f} s); lower attempt_timeout",
            argument="attempt_timeout",
        )
    return interval, a, r


@dataclass(frozen=True)
class Miss:
    """A failed re-arm (or heartbeat to the watchdog), as passed to ``on_miss``."""

    exchange: str
    label: str
    market: str | None
    kind: Literal["native", "watchdog"]
    error: Exception
    at: float  # epoch seconds
    armed_until: float | None  # epoch seconds; the orders are cancelled then unless re-armed
    consecutive: int

    def __str__(self) -> str:
        where = f"{self.exchange}:{self.label}" + (f" [{self.market}]" if self.market else "")
        left = (
            f"{self.armed_until - self.at:.1f} s before expiry"
            if self.armed_until is not None
            else "not armed"
        )
        return f"{where}: re-arm failed ({self.consecutive} in a row, {left}): {type(self.error).__name__}: {self.error}"


@dataclass(frozen=True)
class TargetStatus:
    """One countdown (or the watchdog's share of it) as last seen by the keeper."""

    exchange: str
    label: str
    market: str | None
    kind: Literal["native", "watchdog"]
    timeout: float
    interval: float
    armed_until: float | None  # epoch seconds (conservative: from when the re-arm was sent)
    last_heartbeat: float | None  # epoch seconds of the last successful re-arm
    beats: int
    misses: int
    consecutive_misses: int
    last_error: str | None

    @property
    def expired(self) -> bool:
        return self.armed_until is not None and self.armed_until <= time.time()

    def to_json(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "label": self.label,
            "market": self.market,
            "kind": self.kind,
            "timeout": self.timeout,
            "interval": round(self.interval, 3),
            "armed_until": self.armed_until,
            "last_heartbeat": self.last_heartbeat,
            "beats": self.beats,
            "misses": self.misses,
            "consecutive_misses": self.consecutive_misses,
            "last_error": self.last_error,
        }


@dataclass(frozen=True)
class SwitchStatus:
    running: bool
    targets: tuple[TargetStatus, ...]
    watchdog_pid: int | None = None

    @property
    def armed_until(self) -> float | None:
        """The earliest expiry over every countdown (None before the first arm)."""
        times = [t.armed_until for t in self.targets if t.armed_until is not None]
        return min(times) if times else None

    @property
    def last_heartbeat(self) -> float | None:
        times = [t.last_heartbeat for t in self.targets if t.last_heartbeat is not None]
        return min(times) if len(times) == len(self.targets) and times else None

    @property
    def misses(self) -> int:
        return sum(t.misses for t in self.targets)

    @property
    def healthy(self) -> bool:
        return all(t.consecutive_misses == 0 and t.armed_until is not None for t in self.targets)


class _Target:
    """A countdown to keep armed: one (account, native spec, market), or the watchdog."""

    def __init__(
        self,
        kind: Literal["native", "watchdog"],
        account: Account | None,
        spec: CountdownSpec | None,
        market: str | None,
        timeout: float,
        attempt_timeout: float | None,
        interval: float | None,
        label: str = "",
    ) -> None:
        self.kind = kind
        self.account = account
        self.spec = spec
        self.market = market
        self.wire_timeout: int = 0
        if spec is not None:
            _check_timeout(account, spec, timeout)
            scale = 1000 if spec.unit == "ms" else 1
            self.wire_timeout = round(timeout * scale)
            timeout = self.wire_timeout / scale
        self.timeout = timeout
        auto, self.attempt_timeout, self.retry_pause = heartbeat_interval(timeout, attempt_timeout)
        self.interval = auto if interval is None else interval
        if not 0 < self.interval < timeout:
            raise errors.ConfigurationError(
                f"interval {self.interval:g} s must be between 0 and the timeout {timeout:g} s",
                argument="interval",
            )
        self.exchange = account.exchange if account is not None else "watchdog"
        self.label = account.label if account is not None else label
        self.armed_until: float | None = None
        self.armed_until_mono: float | None = None
        self.last_heartbeat: float | None = None
        self.next_due = 0.0
        self.beats = self.misses = self.consecutive = 0
        self.last_error: str | None = None
        self.expiry_logged = False

    @property
    def where(self) -> str:
        return f"{self.exchange}:{self.label}" + (f" [{self.market}]" if self.market else "")

    def arm_kwargs(self) -> dict[str, object]:
        assert self.spec is not None
        kwargs = dict(self.spec.arm)
        kwargs[self.spec.timeout_kwarg] = self.wire_timeout
        if self.market is not None and self.spec.market_kwarg:
            kwargs[self.spec.market_kwarg] = self.market
        return kwargs

    def disarm_kwargs(self) -> dict[str, object]:
        assert self.spec is not None
        kwargs = dict(self.spec.disarm)
        if self.market is not None and self.spec.market_kwarg:
            kwargs[self.spec.market_kwarg] = self.market
        return kwargs

    def succeeded(self, sent_wall: float, sent_mono: float) -> None:
        self.armed_until = sent_wall + self.timeout
        self.armed_until_mono = sent_mono + self.timeout
        self.last_heartbeat = sent_wall
        self.next_due = sent_mono + self.interval
        self.beats += 1
        self.consecutive = 0
        self.last_error = None
        self.expiry_logged = False

    def failed(self, exc: Exception) -> Miss:
        now = time.time()
        self.misses += 1
        self.consecutive += 1
        self.last_error = f"{type(exc).__name__}: {exc}"
        # Quick retries while the countdown still runs, backing off (up to the interval) so a
        # lasting outage or a refusing endpoint is not hammered.
        pause = min(self.retry_pause * 2 ** (self.consecutive - 1), self.interval)
        self.next_due = time.monotonic() + pause
        return Miss(
            self.exchange,
            self.label,
            self.market,
            self.kind,
            exc,
            now,
            self.armed_until,
            self.consecutive,
        )

    def check_expiry(self) -> None:
        if (
            self.armed_until_mono is not None
            and not self.expiry_logged
            and time.monotonic() >= self.armed_until_mono
        ):
            self.expiry_logged = True
            LOGGER.error(
                "%s: the countdown expired without a re-arm; the %s has cancelled the orders",
                self.where,
                "watchdog" if self.kind == "watchdog" else "exchange",
            )

    def status(self) -> TargetStatus:
        return TargetStatus(
            self.exchange,
            self.label,
            self.market,
            self.kind,
            self.timeout,
            self.interval,
            self.armed_until,
            self.last_heartbeat,
            self.beats,
            self.misses,
            self.consecutive,
            self.last_error,
        )


def _check_timeout(account: Account | None, spec: CountdownSpec, timeout: float) -> None:
    low, high = spec.min_timeout, spec.max_timeout
    if timeout < low or (high is not None and timeout > high):
        where = account.name if account is not None else spec.exchange
        allowed = f"{low:g} <= timeout" + (f" <= {high:g}" if high is not None else "")
        raise errors.ConfigurationError(
            f"account {where}: {spec.exchange} {spec.group}.{spec.method} takes a countdown of "
            f"{allowed} s, got {timeout:g} s",
            argument="timeout",
        )


class _Core:
    """What the sync and async keepers share: targets, bookkeeping, status."""

    def __init__(
        self,
        accounts: Sequence[Account],
        *,
        timeout: float,
        interval: float | None,
        attempt_timeout: float | None,
        on_exit: OnExit,
        on_miss: Callable[[Miss], object] | None,
        watchdog: bool,
        watchdog_timeout: float | None,
        watchdog_log: str | None,
    ) -> None:
        if on_exit not in ("disarm", "leave"):
            raise errors.ConfigurationError(
                f"on_exit must be 'disarm' or 'leave', got {on_exit!r}", argument="on_exit"
            )
        self.on_exit: OnExit = on_exit
        self.on_miss = on_miss
        self.targets: list[_Target] = []
        watched: list[Account] = []
        for account in accounts:
            specs = countdown_specs(account.exchange)
            if not specs:
                if not watchdog:
                    raise errors.ConfigurationError(
                        f"account {account.name}: {account.exchange} has no native countdown; "
                        "enable the watchdog (watchdog=True) to protect it",
                        argument="watchdog",
                    )
                watched.append(account)
                continue
            for spec in specs:
                markets: list[str | None] = (
                    list(account.markets) if spec.market_kwarg and account.markets else [None]
                )
                for market in markets:
                    self.targets.append(
                        _Target(
                            "native",
                            account,
                            spec,
                            market,
                            account.timeout or timeout,
                            attempt_timeout,
                            interval,
                        )
                    )
        self.watchdog: Watchdog | None = None
        if watched:
            wd_timeout = watchdog_timeout or timeout
            self.watchdog = Watchdog(watched, timeout=wd_timeout, log_file=watchdog_log)
            label = ",".join(a.name for a in watched)
            self.targets.append(
                _Target("watchdog", None, None, None, wd_timeout, attempt_timeout, interval, label)
            )
        if not self.targets:
            raise errors.ConfigurationError("no accounts to protect", argument="accounts")
        self.lock = threading.Lock()

    def due(self) -> list[_Target]:
        now = time.monotonic()
        for target in self.targets:
            target.check_expiry()
        return [t for t in self.targets if t.next_due <= now]

    def next_wait(self) -> float:
        return max(0.0, min(t.next_due for t in self.targets) - time.monotonic())

    def record(self, target: _Target, sent: tuple[float, float], exc: Exception | None) -> None:
        if exc is None:
            with self.lock:
                target.succeeded(*sent)
            LOGGER.debug("%s: armed until %.3f", target.where, target.armed_until)
            return
        with self.lock:
            miss = target.failed(exc)
        LOGGER.warning("%s", miss)
        if self.on_miss is not None:
            try:
                self.on_miss(miss)
            except Exception:  # the keeper must keep going whatever the callback does
                LOGGER.exception("the on_miss callback raised")

    def status(self, running: bool) -> SwitchStatus:
        with self.lock:
            targets = tuple(t.status() for t in self.targets)
        pid = self.watchdog.pid if self.watchdog is not None else None
        return SwitchStatus(running, targets, pid)

    def beat_watchdog(self, target: _Target) -> None:
        sent = (time.time(), time.monotonic())
        try:
            assert self.watchdog is not None
            self.watchdog.beat()
        except Exception as exc:
            self.record(target, sent, exc)
        else:
            self.record(target, sent, None)

    def options(self, target: _Target) -> Mapping[str, object]:
        return {"request_timeout": target.attempt_timeout, "max_retries": 1}


def _each(fn: Callable[[_Target], None], targets: Sequence[_Target]) -> None:
    """``fn(target)`` for every target at once, on the kill-switch threads."""
    for future in [submit(lambda t=t: fn(t)) for t in targets]:  # type: ignore[misc]
        future.result()


class DeadMansSwitch:
    """Keeps every account's dead-man's switch armed from a background thread.

    ::

        with DeadMansSwitch(accounts, timeout=30, on_miss=alert) as switch:
            run_the_bot()            # switch.status() says armed until when, misses, ...

    ``start()`` arms every countdown (and starts the watchdog for exchanges without one), then
    a thread re-arms each one every ``interval`` seconds (``heartbeat_interval``). ``stop()``
    (a clean exit of the ``with`` block) disarms them when ``on_exit="disarm"`` (the default) or
    leaves them armed (``"leave"``: they fire unless something re-arms them); an exception
    leaving the ``with`` block always leaves them armed. ``background=False`` runs no thread:
    call ``beat()`` yourself.
    """

    def __init__(
        self,
        accounts: Sequence[Account],
        *,
        timeout: float = 30.0,
        interval: float | None = None,
        attempt_timeout: float | None = None,
        on_exit: OnExit = "disarm",
        on_miss: Callable[[Miss], object] | None = None,
        watchdog: bool = True,
        watchdog_timeout: float | None = None,
        watchdog_log: str | None = None,
        background: bool = True,
    ) -> None:
        for account in accounts:
            if account.client is None or account.is_async:
                raise errors.ConfigurationError(
                    f"account {account.name}: DeadMansSwitch needs a sync client "
                    "(AsyncDeadMansSwitch takes async ones)",
                    argument="client",
                )
        self._core = _Core(
            accounts,
            timeout=timeout,
            interval=interval,
            attempt_timeout=attempt_timeout,
            on_exit=on_exit,
            on_miss=on_miss,
            watchdog=watchdog,
            watchdog_timeout=watchdog_timeout,
            watchdog_log=watchdog_log,
        )
        self._background = background
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._running = False

    @property
    def watchdog(self) -> Watchdog | None:
        return self._core.watchdog

    def start(self) -> Self:
        core = self._core
        if core.watchdog is not None:
            core.watchdog.start()
        self._running = True
        self.beat()
        if self._background:
            self._thread = threading.Thread(target=self._run, name="dead-mans-switch", daemon=True)
            self._thread.start()
        return self

    def _arm(self, target: _Target) -> None:
        core = self._core
        if target.kind == "watchdog":
            core.beat_watchdog(target)
            return
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        sent = (time.time(), time.monotonic())
        try:
            method(**target.arm_kwargs(), **core.options(target))
        except Exception as exc:
            core.record(target, sent, exc)
        else:
            core.record(target, sent, None)

    def _beat(self, targets: Sequence[_Target]) -> None:
        if not self._running:
            raise errors.ConfigurationError("the switch is not started (call start())")
        # The calls run on the shared long-lived workers, never on this keeper thread, which
        # exits on stop() (see workers()).
        _each(self._arm, targets)

    def beat(self) -> SwitchStatus:
        """Re-arm every countdown now (concurrently) and return the status."""
        self._core.due()
        self._beat(self._core.targets)
        return self.status()

    def _run(self) -> None:
        core = self._core
        while not self._stop.wait(core.next_wait()):
            due = core.due()
            if due:
                self._beat(due)

    def status(self) -> SwitchStatus:
        return self._core.status(self._running)

    def stop(self, *, disarm: bool | None = None) -> None:
        """Stop re-arming. ``disarm`` (default: ``on_exit == "disarm"``) switches every
        countdown off; otherwise they stay armed and fire when they expire."""
        core = self._core
        if disarm is None:
            disarm = core.on_exit == "disarm"
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        # The watchdog first: it is instant, and it must not fire while the exchanges' own
        # switches are being disarmed (which may wait for a rate-limit slot).
        if core.watchdog is not None:
            core.watchdog.stop(disarm=disarm)
        if disarm and self._running:
            natives = [t for t in core.targets if t.kind == "native"]
            _each(self._disarm, natives)
        self._running = False

    def _disarm(self, target: _Target) -> None:
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        try:
            method(**target.disarm_kwargs(), **self._core.options(target))
        except Exception as exc:
            LOGGER.warning("%s: disarm failed: %s: %s", target.where, type(exc).__name__, exc)
        else:
            with self._core.lock:
                target.armed_until = target.armed_until_mono = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop(disarm=None if exc_type is None else False)


class AsyncDeadMansSwitch:
    """``DeadMansSwitch`` for async clients: a task re-arms; ``async with``, ``await beat()``."""

    def __init__(
        self,
        accounts: Sequence[Account],
        *,
        timeout: float = 30.0,
        interval: float | None = None,
        attempt_timeout: float | None = None,
        on_exit: OnExit = "disarm",
        on_miss: Callable[[Miss], object] | None = None,
        watchdog: bool = True,
        watchdog_timeout: float | None = None,
        watchdog_log: str | None = None,
        background: bool = True,
    ) -> None:
        for account in accounts:
            if account.client is None or not account.is_async:
                raise errors.ConfigurationError(
                    f"account {account.name}: AsyncDeadMansSwitch needs an async client",
                    argument="client",
                )
        self._core = _Core(
            accounts,
            timeout=timeout,
            interval=interval,
            attempt_timeout=attempt_timeout,
            on_exit=on_exit,
            on_miss=on_miss,
            watchdog=watchdog,
            watchdog_timeout=watchdog_timeout,
            watchdog_log=watchdog_log,
        )
        self._background = background
        self._task: asyncio.Task[None] | None = None
        self._running = False

    @property
    def watchdog(self) -> Watchdog | None:
        return self._core.watchdog

    async def start(self) -> Self:
        core = self._core
        if core.watchdog is not None:
            await asyncio.to_thread(core.watchdog.start)
        self._running = True
        await self.beat()
        if self._background:
            self._task = asyncio.create_task(self._run(), name="dead-mans-switch")
        return self

    async def _arm(self, target: _Target) -> None:
        core = self._core
        if target.kind == "watchdog":
            core.beat_watchdog(target)
            return
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        sent = (time.time(), time.monotonic())
        try:
            await method(**target.arm_kwargs(), **core.options(target))
        except Exception as exc:
            core.record(target, sent, exc)
        else:
            core.record(target, sent, None)

    async def beat(self) -> SwitchStatus:
        """Re-arm every countdown now (concurrently) and return the status."""
        self._core.due()
        await asyncio.gather(*(self._arm(t) for t in self._core.targets))
        return self.status()

    async def _run(self) -> None:
        core = self._core
        while True:
            await asyncio.sleep(core.next_wait())
            due = core.due()
            if due:
                await asyncio.gather(*(self._arm(t) for t in due))

    def status(self) -> SwitchStatus:
        return self._core.status(self._running)

    async def stop(self, *, disarm: bool | None = None) -> None:
        core = self._core
        if disarm is None:
            disarm = core.on_exit == "disarm"
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if core.watchdog is not None:
            await asyncio.to_thread(core.watchdog.stop, disarm=disarm)
        if disarm:
            await asyncio.gather(*(self._disarm(t) for t in core.targets if t.kind == "native"))
        self._running = False

    async def _disarm(self, target: _Target) -> None:
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        try:
            await method(**target.disarm_kwargs(), **self._core.options(target))
        except Exception as exc:
            LOGGER.warning("%s: disarm failed: %s: %s", target.where, type(exc).__name__, exc)
        else:
            with self._core.lock:
                target.armed_until = target.armed_until_mono = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop(disarm=None if exc_type is None else False)
