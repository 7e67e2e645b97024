# unasync: off
"""The dead-man's switch keeper, written once: ``AsyncDeadMansSwitch`` in ``_switch_async.py``,
and its sync twin ``DeadMansSwitch`` in ``_switch_sync.py``, derived from it by the generator
(unasync; the I/O pairs it swaps live in ``_switch_common``).

It arms every account's countdown and re-arms it before expiry. Each exchange with a native
countdown (``COUNTDOWNS``: BingX ``cancel_all_after``, Gate ``countdown_cancel_all``, HTX
``cancel_after``) is armed on the exchange, per market where the endpoint takes one; accounts of
the other exchanges (Bitget, HTX multi-asset) are handed to one watchdog process
(``_watchdog``). An arm counts only when the exchange's answer proves it (``_switch_common``).
A background task (the sync twin: a thread) re-arms; ``beat()`` re-arms at once (the tests
drive the switch this way).
"""
# unasync: on

# unasync: AsyncDeadMansSwitch -> DeadMansSwitch

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Self

from .. import errors
from ._accounts import Account, method_of
from ._switch_common import (
    LOGGER,
    AsyncStopper,
    AsyncWorker,
    Core,
    Miss,
    OnExit,
    Settings,
    SwitchNotArmedError,
    SwitchStatus,
    Target,
    async_detect_modes,
    async_each,
    async_to_thread,
    client_kind_async,
    start_async_worker,
)
from ._watchdog import Watchdog

__all__ = ["AsyncDeadMansSwitch"]


class AsyncDeadMansSwitch:
    """Keeps every account's dead-man's switch armed in the background.

    ::

        async with AsyncDeadMansSwitch(accounts, timeout=30, on_miss=alert) as switch:
            ...                      # the bot runs; switch.status(): armed until when, misses

    ``start()`` arms every countdown (and starts the watchdog for exchanges without one) and
    raises ``SwitchNotArmedError`` when any of them did not arm, after disarming the ones that
    did (a failed start leaves nothing behind; ``require_armed=False``: go on anyway, reporting
    misses); then the keeper re-arms each one every ``interval`` seconds
    (``heartbeat_interval``), each re-arm bounded by the interval. ``stop()`` (a clean exit of
    the ``with`` block) disarms them when ``on_exit="disarm"`` (the default) or leaves them
    armed (``"leave"``: they fire unless something re-arms them); an exception leaving the
    ``with`` block always leaves them armed. ``background=False`` runs no keeper: call
    ``beat()`` yourself.
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
        require_armed: bool = True,
    ) -> None:
        settings = Settings(
            timeout=timeout,
            interval=interval,
            attempt_timeout=attempt_timeout,
            on_exit=on_exit,
            on_miss=on_miss,
            watchdog=watchdog,
            watchdog_timeout=watchdog_timeout,
            watchdog_log=watchdog_log,
        )
        self._core = Core(accounts, settings, client_kind_async())
        self._background = background
        self._require_armed = require_armed
        self._stopper = AsyncStopper()
        self._worker: AsyncWorker | None = None
        self._running = False
        self._pid = os.getpid()  # the process that started it owns the countdowns

    @property
    def watchdog(self) -> Watchdog | None:
        return self._core.watchdog

    async def start(self) -> Self:
        core = self._core
        if self._running:
            raise errors.ConfigurationError("the switch is already started")
        if core.undecided:
            core.decide(await async_detect_modes(core.undecided, core.longest_interval([])))
        core.decide({})
        if core.watchdog is not None:
            await async_to_thread(core.watchdog.start)
        self._running = True
        self._pid = os.getpid()
        await self.beat()
        not_armed = core.first_misses()
        if not_armed and self._require_armed:
            # A start that failed leaves nothing behind: what did arm is disarmed again.
            await self.stop(disarm=True)
            raise SwitchNotArmedError(not_armed)
        if self._background:
            self._worker = start_async_worker(self._run, "dead-mans-switch")
        return self

    async def _arm(self, target: Target) -> None:
        core = self._core
        if target.kind == "watchdog":
            core.beat_watchdog(target)
            return
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        sent = (time.time(), time.monotonic())
        try:
            answer = await method(**target.arm_kwargs(), **target.options())
        except Exception as exc:
            core.record(target, sent, exc)
        else:
            core.arm_answered(target, sent, answer)

    async def _beat(self, targets: Sequence[Target]) -> None:
        if not self._running:
            raise errors.ConfigurationError("the switch is not started (call start())")
        started = time.monotonic()
        late = await async_each(self._arm, targets, self._core.longest_interval(targets))
        self._core.late(late, started)

    async def beat(self) -> SwitchStatus:
        """Re-arm every countdown now (concurrently) and return the status."""
        self._check_owner()
        self._core.due()
        await self._beat(self._core.targets)
        return self.status()

    async def _run(self) -> None:
        core = self._core
        while not await self._stopper.wait(core.next_wait()):
            due = core.due()
            if due:
                await self._beat(due)

    def status(self) -> SwitchStatus:
        return self._core.status(self._running)

    async def stop(self, *, disarm: bool | None = None) -> None:
        """Stop re-arming. ``disarm`` (default: ``on_exit == "disarm"``) switches every
        countdown off; otherwise they stay armed and fire when they expire."""
        if os.getpid() != self._pid:
            # A forked child leaving the parent's ``with`` block: the countdowns, the keeper and
            # the watchdog are the parent's, still running there. Disarming them from here
            # would switch off the parent's protection without its knowing.
            LOGGER.warning(
                "dead-man's switch of process %d: not stopped or disarmed from forked child %d",
                self._pid,
                os.getpid(),
            )
            self._running = False
            self._worker = None
            return
        core = self._core
        if disarm is None:
            disarm = core.settings.on_exit == "disarm"
        self._stopper.set()
        worker = self._worker
        self._worker = None
        if worker is not None:
            await worker.join(timeout=core.longest_interval(core.targets))
        # The watchdog first: it is instant, and it must not fire while the exchanges' own
        # switches are being disarmed (which may wait for a rate-limit slot).
        if core.watchdog is not None:
            await async_to_thread(core.watchdog.stop, disarm=disarm)
        if disarm and self._running:
            natives = [t for t in core.targets if t.kind == "native"]
            await async_each(self._disarm, natives, core.longest_interval(natives))
        self._running = False

    async def _disarm(self, target: Target) -> None:
        assert target.account is not None and target.account.client is not None
        assert target.spec is not None
        method = method_of(target.account.client, target.spec.group, target.spec.method)
        try:
            await method(**target.disarm_kwargs(), **target.options())
        except Exception as exc:
            LOGGER.warning("%s: disarm failed: %s: %s", target.where, type(exc).__name__, exc)
        else:
            self._core.disarmed(target)

    def _check_owner(self) -> None:
        if os.getpid() != self._pid and self._running:
            raise errors.ConfigurationError(
                f"this dead-man's switch belongs to process {self._pid}, which started it; a "
                "forked child cannot re-arm it (start a switch of its own)"
            )

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop(disarm=None if exc_type is None else False)
