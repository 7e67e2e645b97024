"""What the sync and async dead-man's switches share: the targets and their bookkeeping, the
re-arm interval, the proof that an arm took, the status, and the I/O pairs the sync twin is
derived with.

The switch itself is written once, async, in ``_switch_async.py``; ``_switch_sync.py`` is
derived from it by the generator (unasync: ``async_each`` -> ``sync_each``, ``AsyncStopper``
-> ``SyncStopper``, ...). Everything here is plain code both twins call.

**An arm counts only when the answer proves it.** A countdown spec names what proves it
(``armed_when``: BingX ``status: ACTIVATED``; ``trigger_time``: the field saying when the
countdown fires). An answer without them, or whose trigger time is not in the future (by the
exchange's clock, within the clock difference the exchange itself tolerates), is a failed arm:
a miss, never "armed". ``armed_until`` is the exchange's trigger time on the local clock (never
later than the send time plus the countdown).

The re-arm interval, for a countdown of ``T`` seconds (``heartbeat_interval``)::

    a = attempt_timeout, default min(T / 5, 10 s)   the longest one HTTP attempt may take
    r = min(0.5 s, T / 20)                          the pause before the one retry
    interval = T - (2 * a + r) - T / 10

so a re-arm that starts when the interval is up, needs both of its attempts (one retry) and
each takes as long as it may, still lands at least T / 10 before the countdown expires. Each
re-arm is also bounded by the interval as a whole (the call's ``deadline``, and the keeper stops
waiting for it then): a hung call is a miss, never a stalled keeper.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .. import errors
from ._accounts import (
    ANY_MODE,
    Account,
    account_kwargs,
    cancel_specs,
    countdown_specs,
    modes_of,
    of_groups,
)
from ._modes import needs_mode
from ._orders import payload
from ._watchdog import Watchdog
from ._workers import submit

if TYPE_CHECKING:
    from .._runtime.killswitch_spec import CountdownSpec

__all__ = [
    "LOGGER",
    "AsyncStopper",
    "AsyncWorker",
    "Core",
    "Miss",
    "OnExit",
    "SwitchNotArmedError",
    "SwitchStatus",
    "SyncStopper",
    "SyncWorker",
    "Target",
    "TargetStatus",
    "async_detect_modes",
    "async_each",
    "async_to_thread",
    "client_kind_async",
    "client_kind_sync",
    "heartbeat_interval",
    "start_async_worker",
    "start_sync_worker",
    "sync_detect_modes",
    "sync_each",
    "sync_to_thread",
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


class SwitchNotArmedError(errors.ExchangeSDKError):
    """The first arm of a dead-man's switch failed for some target: the bot is not protected.

    Raised by ``start()`` (and so by ``with DeadMansSwitch(...)``) unless
    ``require_armed=False``. ``misses`` holds one ``Miss`` per target that is not armed (its
    ``error`` the exchange's or the network's). A failed start leaves nothing behind: the
    countdowns that did arm are disarmed again and the watchdog is stopped (a disarm that fails
    is logged; that countdown then fires when it expires).
    """

    def __init__(self, misses: Sequence[Miss]) -> None:
        self.misses = tuple(misses)
        lines = "; ".join(f"{m.where}: {type(m.error).__name__}: {m.error}" for m in self.misses)
        super().__init__(f"NOT ARMED: {len(self.misses)} switch(es) failed to arm: {lines}")


class _NotArmed(errors.UnexpectedResponseError):
    """An answer that does not prove the countdown is armed (a failed arm)."""


@dataclass(frozen=True)
class _Scope:
    """What one countdown protects: an account (exchange and label), a market or all (None),
    and whether the exchange's native countdown or the watchdog keeps it."""

    exchange: str
    label: str
    market: str | None
    kind: Literal["native", "watchdog"]

    @property
    def where(self) -> str:
        return f"{self.exchange}:{self.label}" + (f" [{self.market}]" if self.market else "")


@dataclass(frozen=True)
class Miss(_Scope):
    """A failed re-arm (or heartbeat to the watchdog), as passed to ``on_miss``."""

    error: Exception
    at: float  # epoch seconds
    armed_until: float | None  # epoch seconds; the orders are cancelled then unless re-armed
    consecutive: int

    def __str__(self) -> str:
        if self.armed_until is None:
            left = "not armed"
        elif self.armed_until >= self.at:
            left = f"{self.armed_until - self.at:.1f} s before expiry"
        else:
            left = f"expired {self.at - self.armed_until:.1f} s ago"
        return (
            f"{self.where}: re-arm failed ({self.consecutive} in a row, {left}): "
            f"{type(self.error).__name__}: {self.error}"
        )


@dataclass(frozen=True)
class TargetStatus(_Scope):
    """One countdown (or the watchdog's share of it) as last seen by the keeper."""

    timeout: float
    interval: float
    armed_until: float | None  # epoch seconds, from the exchange's answer; None: never armed
    last_heartbeat: float | None  # epoch seconds of the last arm the exchange proved
    beats: int
    misses: int
    consecutive_misses: int
    last_error: str | None
    # Why the watchdog protects these accounts ("binance:main: usdm.countdown_cancel_all arms
    # one symbol at a time and the account names no markets; spot has no native countdown").
    note: str | None = None

    @property
    def expired(self) -> bool:
        return self.armed_until is not None and self.armed_until <= time.time()

    @property
    def armed(self) -> bool:
        """Armed now: the last proven arm has not expired."""
        return self.armed_until is not None and self.armed_until > time.time()

    def to_json(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "label": self.label,
            "market": self.market,
            "kind": self.kind,
            "timeout": self.timeout,
            "interval": round(self.interval, 3),
            "armed": self.armed,
            "armed_until": self.armed_until,
            "last_heartbeat": self.last_heartbeat,
            "beats": self.beats,
            "misses": self.misses,
            "consecutive_misses": self.consecutive_misses,
            "last_error": self.last_error,
            "note": self.note,
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
        return min(times) if len(times) == len(self.targets) and times else None

    @property
    def last_heartbeat(self) -> float | None:
        times = [t.last_heartbeat for t in self.targets if t.last_heartbeat is not None]
        return min(times) if len(times) == len(self.targets) and times else None

    @property
    def misses(self) -> int:
        return sum(t.misses for t in self.targets)

    @property
    def armed(self) -> bool:
        """Every countdown is armed now (proven by the exchange, not expired)."""
        return bool(self.targets) and all(t.armed for t in self.targets)

    @property
    def healthy(self) -> bool:
        return self.armed and all(t.consecutive_misses == 0 for t in self.targets)


class Target:
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
        self.last_exc: Exception | None = None
        self.expiry_logged = False
        self.note: str | None = None
        # the account parameters the countdown takes (its spec's account_kwargs), one value each
        self.extra: dict[str, object] = {}

    @property
    def where(self) -> str:
        return f"{self.exchange}:{self.label}" + (f" [{self.market}]" if self.market else "")

    def arm_kwargs(self) -> dict[str, object]:
        assert self.spec is not None
        kwargs = dict(self.spec.arm)
        kwargs.update(self.extra)
        kwargs[self.spec.timeout_kwarg] = self.wire_timeout
        if self.market is not None and self.spec.market_kwarg:
            kwargs[self.spec.market_kwarg] = self.market
        return kwargs

    def disarm_kwargs(self) -> dict[str, object]:
        assert self.spec is not None
        kwargs = dict(self.spec.disarm)
        kwargs.update(self.extra)
        if self.market is not None and self.spec.market_kwarg:
            kwargs[self.spec.market_kwarg] = self.market
        return kwargs

    def options(self) -> dict[str, object]:
        """Per-call options of an arm: attempts of at most ``attempt_timeout``, one retry, the
        whole call within the interval."""
        return {
            "request_timeout": self.attempt_timeout,
            "max_retries": 1,
            "deadline": self.interval,
        }

    def prove(self, answer: object, sent_wall: float) -> float:
        """When the countdown fires (epoch seconds, local clock), from the answer of an arm;
        ``_NotArmed`` when the answer does not prove the countdown armed."""
        spec, account = self.spec, self.account
        assert spec is not None and account is not None and account.client is not None
        data = payload(answer)
        record = data if isinstance(data, Mapping) else {}
        for field, wanted in spec.armed_when.items():
            got = record.get(field)
            if str(got) != str(wanted):
                raise self._not_armed(f"{field} is {got!r}, not {wanted!r}", answer)
        until = sent_wall + self.timeout
        if spec.trigger_field is None:
            return until
        raw = record.get(spec.trigger_field)
        try:
            fires = float(str(raw))
        except ValueError:
            raise self._not_armed(f"{spec.trigger_field} is {raw!r}, not a time", answer) from None
        if spec.trigger_unit == "ms":
            fires /= 1000
        client = account.client
        offset = client.clock_offset_ms / 1000  # server - local
        tolerance = client._info.timestamp_tolerance_ms / 1000
        fires_local = fires - offset
        if fires_local <= sent_wall - tolerance:
            raise self._not_armed(
                f"{spec.trigger_field} {raw!r} is not in the future (the countdown is not running)",
                answer,
            )
        return min(fires_local, until)

    def _not_armed(self, reason: str, answer: object) -> _NotArmed:
        raw = getattr(answer, "raw_response", None)
        body = getattr(raw, "body", b"")
        assert self.spec is not None
        return _NotArmed(
            f"the answer does not prove the countdown armed: {reason}",
            exchange=self.exchange,
            endpoint=f"{self.spec.group}.{self.spec.method}",
            code=None,
            http_status=getattr(raw, "status", 0),
            raw_body=body if isinstance(body, bytes) else b"",
        )

    def succeeded(self, sent_wall: float, sent_mono: float, until: float) -> None:
        self.armed_until = until
        self.armed_until_mono = sent_mono + (until - sent_wall)
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
        self.last_exc = exc
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
            self.note,
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


def _check_number(name: str, value: object, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise errors.ConfigurationError(
            f"{name} must be a number of seconds > 0, got {value!r}", argument=name
        )


@dataclass(frozen=True)
class Settings:
    """How a switch keeps its countdowns: the switch's keyword arguments (see
    ``DeadMansSwitch``), checked when built."""

    timeout: float
    interval: float | None
    attempt_timeout: float | None
    on_exit: OnExit
    on_miss: Callable[[Miss], object] | None
    watchdog: bool
    watchdog_timeout: float | None
    watchdog_log: str | None

    def __post_init__(self) -> None:
        if self.on_exit not in ("disarm", "leave"):
            raise errors.ConfigurationError(
                f"on_exit must be 'disarm' or 'leave', got {self.on_exit!r}", argument="on_exit"
            )
        _check_number("timeout", self.timeout)
        _check_number("interval", self.interval, optional=True)
        _check_number("attempt_timeout", self.attempt_timeout, optional=True)
        _check_number("watchdog_timeout", self.watchdog_timeout, optional=True)


_CORES: weakref.WeakSet[Core] = weakref.WeakSet()


def _renew_locks_in_child() -> None:
    # The keeper thread of the parent may have held a switch's lock at the fork: a child
    # reading the inherited switch's status() would wait for it forever.
    for core in list(_CORES):
        core.lock = threading.Lock()


os.register_at_fork(after_in_child=_renew_locks_in_child)


class Core:
    """What the sync and async keepers share: targets, bookkeeping, status."""

    def __init__(
        self,
        accounts: Sequence[Account],
        settings: Settings,
        client_kind: Literal["async", "sync"],
    ) -> None:
        if not accounts:
            raise errors.ConfigurationError("no accounts to protect", argument="accounts")
        want_async = client_kind == "async"
        kind = "AsyncDeadMansSwitch" if want_async else "DeadMansSwitch"
        for account in accounts:
            if not isinstance(account, Account):
                raise errors.ConfigurationError(
                    f"accounts must be Account objects, got {type(account).__name__}",
                    argument="accounts",
                )
            if account.client is None or account.is_async != want_async:
                need = "an async" if want_async else "a sync"
                raise errors.ConfigurationError(
                    f"account {account.name}: {kind} needs {need} client", argument="client"
                )
        self.settings = settings
        self.targets: list[Target] = []
        self.watched: list[Account] = []
        self.watch_reasons: list[str] = []  # why each watched account needs the watchdog
        self.undecided: list[Account] = []  # the mode is asked of the exchange at start()
        self.watchdog: Watchdog | None = None
        self.lock = threading.Lock()
        _CORES.add(self)
        for account in accounts:
            modes = modes_of(account.exchange)
            if account.account_mode is not None and account.account_mode not in modes:
                allowed = ", ".join(modes) if modes else "none (omit account_mode)"
                raise errors.ConfigurationError(
                    f"account {account.name}: account_mode {account.account_mode!r} is not one "
                    f"{account.exchange} serves; modes: {allowed}",
                    argument="account_mode",
                )
            if needs_mode(account):
                self.undecided.append(account)
            else:
                self.add(account, account.account_mode)

    def add(self, account: Account, mode: str | None) -> None:
        """The targets of one account in ``mode`` (``ANY_MODE``: unknown; the watchdog, whose
        panic sends the cancels of every mode, protects it).

        A native countdown covers its own group only, and one that arms one market at a time
        (``market_required``: Binance USDⓈ-M, one countdown per symbol) covers only the markets
        the account names. Whatever a countdown does not cover (a group whose orders no
        countdown cancels, or a per-market countdown with no markets configured) makes the
        account the watchdog's too: the switch never reports "armed" for orders nothing would
        cancel. The reasons are kept for the watchdog's status (``TargetStatus.note``).
        """
        specs = (
            () if mode == ANY_MODE else of_groups(account, countdown_specs(account.exchange, mode))
        )
        gaps: list[str] = []
        covered: set[str] = set()
        for spec in specs:
            if spec.market_required and not account.markets:
                gaps.append(
                    f"{spec.group}.{spec.method} arms one {spec.market_kwarg} at a time and the "
                    "account names no markets"
                )
                continue
            covered.add(spec.group)
            markets: list[str | None] = (
                list(account.markets) if spec.market_kwarg and account.markets else [None]
            )
            for market in markets:
                for extra in account_kwargs(account, spec.account_kwargs):
                    target = Target(
                        "native",
                        account,
                        spec,
                        market,
                        account.timeout or self.settings.timeout,
                        self.settings.attempt_timeout,
                        self.settings.interval,
                    )
                    target.extra = extra
                    self.targets.append(target)
        if not specs:
            gaps.append(
                "no native countdown"
                + (f" for {mode} accounts" if mode not in (None, ANY_MODE) else "")
            )
        else:
            cancels = of_groups(account, cancel_specs(account.exchange, mode))
            groups = sorted({c.group for c in cancels} - covered)
            gaps += [
                f"{g} has no native countdown"
                for g in groups
                if not any(s.group == g for s in specs)
            ]
        if not gaps:
            return
        if not self.settings.watchdog and not specs:
            raise errors.ConfigurationError(
                f"account {account.name}: {account.exchange} has no native countdown"
                + (f" for {mode} accounts" if mode not in (None, ANY_MODE) else "")
                + "; enable the watchdog (watchdog=True) to protect it",
                argument="watchdog",
            )
        if not self.settings.watchdog:
            raise errors.ConfigurationError(
                f"account {account.name}: {account.exchange}: {'; '.join(gaps)}; enable the "
                "watchdog (watchdog=True) to protect it"
                + (" or name the account's markets" if covered != {s.group for s in specs} else ""),
                argument="watchdog",
            )
        self.watched.append(account)
        self.watch_reasons.append(f"{account.name}: {'; '.join(gaps)}")

    def decide(self, modes: Mapping[str, str]) -> None:
        """The accounts whose mode was asked of the exchange get their targets, then the
        watchdog its accounts (once, before the first arm)."""
        for account in self.undecided:
            self.add(account, modes.get(account.name, ANY_MODE))
        self.undecided = []
        if self.watched and self.watchdog is None:
            wd_timeout = self.settings.watchdog_timeout or self.settings.timeout
            self.watchdog = Watchdog(
                self.watched, timeout=wd_timeout, log_file=self.settings.watchdog_log
            )
            label = ",".join(a.name for a in self.watched)
            target = Target(
                "watchdog",
                None,
                None,
                None,
                wd_timeout,
                self.settings.attempt_timeout,
                self.settings.interval,
                label,
            )
            target.note = " | ".join(self.watch_reasons)
            self.targets.append(target)

    def due(self) -> list[Target]:
        now = time.monotonic()
        for target in self.targets:
            target.check_expiry()
        return [t for t in self.targets if t.next_due <= now]

    def next_wait(self) -> float:
        return max(0.0, min(t.next_due for t in self.targets) - time.monotonic())

    def longest_interval(self, targets: Sequence[Target]) -> float:
        """The longest interval of ``targets`` (with none: the shortest interval a countdown
        of this switch can have, to bound asking the exchanges for account modes)."""
        if not targets:
            return heartbeat_interval(self.settings.timeout, self.settings.attempt_timeout)[0]
        return max(t.interval for t in targets)

    def arm_answered(self, target: Target, sent: tuple[float, float], answer: object) -> None:
        """An arm returned: proven armed (a beat), or not (a miss)."""
        try:
            until = target.prove(answer, sent[0])
        except _NotArmed as exc:
            self.record(target, sent, exc)
        else:
            self.record(target, sent, None, until)

    def record(
        self,
        target: Target,
        sent: tuple[float, float],
        exc: Exception | None,
        until: float | None = None,
    ) -> None:
        if exc is None:
            with self.lock:
                target.succeeded(*sent, until if until is not None else sent[0] + target.timeout)
            LOGGER.debug("%s: armed until %.3f", target.where, target.armed_until)
            return
        with self.lock:
            miss = target.failed(exc)
        LOGGER.warning("%s", miss)
        if self.settings.on_miss is not None:
            try:
                self.settings.on_miss(miss)
            except Exception:  # the keeper must keep going whatever the callback does
                LOGGER.exception("the on_miss callback raised")

    def late(self, targets: Sequence[Target], started: float) -> None:
        """The re-arms still running when the keeper stopped waiting: misses."""
        for target in targets:
            exc = errors.DeadlineExceededError(
                f"the re-arm did not finish within its interval ({target.interval:g} s)",
                exchange=target.exchange,
                endpoint=target.spec.method if target.spec is not None else "watchdog",
            )
            self.record(target, (time.time(), started), exc)

    def first_misses(self) -> list[Miss]:
        """After the first beat: the targets that are not armed, as misses."""
        out = []
        with self.lock:
            for t in self.targets:
                if t.armed_until is None:
                    error = t.last_exc or errors.ExchangeSDKError(t.last_error or "not armed")
                    out.append(
                        Miss(t.exchange, t.label, t.market, t.kind, error, time.time(), None, 1)
                    )
        return out

    def status(self, running: bool) -> SwitchStatus:
        with self.lock:
            targets = tuple(t.status() for t in self.targets)
        pid = self.watchdog.pid if self.watchdog is not None else None
        return SwitchStatus(running, targets, pid)

    def beat_watchdog(self, target: Target) -> None:
        sent = (time.time(), time.monotonic())
        try:
            assert self.watchdog is not None
            self.watchdog.beat()
        except Exception as exc:
            self.record(target, sent, exc)
        else:
            self.record(target, sent, None)

    def disarmed(self, target: Target) -> None:
        with self.lock:
            target.armed_until = target.armed_until_mono = None


# --------------------------------------------------------------------------------------------
# The I/O pairs (the async one is used by _switch_async.py, the sync one by its derived twin)


def client_kind_async() -> Literal["async", "sync"]:
    return "async"


def client_kind_sync() -> Literal["async", "sync"]:
    return "sync"


async def async_each(
    fn: Callable[[Target], Awaitable[None]], targets: Sequence[Target], timeout: float | None
) -> list[Target]:
    """``fn(target)`` for every target at once (tasks); the targets not done within
    ``timeout`` seconds (their tasks are cancelled)."""
    if not targets:
        return []
    tasks = {asyncio.ensure_future(fn(t)): t for t in targets}
    _, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=0.2)
    return [tasks[task] for task in pending]


def sync_each(
    fn: Callable[[Target], None], targets: Sequence[Target], timeout: float | None
) -> list[Target]:
    """``fn(target)`` for every target at once (kill-switch threads); the targets not done
    within ``timeout`` seconds (their threads are abandoned, never joined)."""
    if not targets:
        return []
    futures = {submit(lambda t=t: fn(t)): t for t in targets}  # type: ignore[misc]
    _, pending = concurrent.futures.wait(futures, timeout=timeout)
    return [futures[f] for f in pending]


async def async_detect_modes(accounts: Sequence[Account], timeout: float) -> dict[str, str]:
    from ._modes import adetect_modes

    return await adetect_modes(accounts, timeout)


def sync_detect_modes(accounts: Sequence[Account], timeout: float) -> dict[str, str]:
    from ._modes import detect_modes

    return detect_modes(accounts, timeout)


async def async_to_thread(fn: Callable[..., object], *args: object, **kwargs: object) -> object:
    return await asyncio.to_thread(fn, *args, **kwargs)


def sync_to_thread(fn: Callable[..., object], *args: object, **kwargs: object) -> object:
    return fn(*args, **kwargs)


class AsyncStopper:
    """The async keeper's stop flag: ``wait(seconds)`` sleeps unless stopped (True if so)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self._event.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    def set(self) -> None:
        self._event.set()


class SyncStopper:
    """The sync keeper's stop flag: ``wait(seconds)`` sleeps unless stopped (True if so)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)

    def set(self) -> None:
        self._event.set()


class AsyncWorker:
    def __init__(self, task: asyncio.Task[None]) -> None:
        self.task = task

    async def join(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(self.task), timeout=timeout)
        except (TimeoutError, asyncio.CancelledError):
            self.task.cancel()


class SyncWorker:
    def __init__(self, thread: threading.Thread) -> None:
        self.thread = thread

    def join(self, timeout: float) -> None:
        self.thread.join(timeout)


def start_async_worker(fn: Callable[[], Awaitable[None]], name: str) -> AsyncWorker:
    return AsyncWorker(asyncio.ensure_future(fn()))


def start_sync_worker(fn: Callable[[], None], name: str) -> SyncWorker:
    thread = threading.Thread(target=fn, name=name, daemon=True)
    thread.start()
    return SyncWorker(thread)
