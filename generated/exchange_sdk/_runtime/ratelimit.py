"""The client-side rate limiter: the specs' enforced statements, shared by every client of a key.

Each ``RateLimitRule`` of an endpoint names a bucket (``rule.key``); the bucket's identity is
``(rule.key, hash of the API key)`` for ``uid`` scope and ``(rule.key, host)`` for ``ip``
scope, so every endpoint naming the same key and every client of the process using the same
API key (or host) draw from one bucket. A call needs a slot in *all* its buckets.

Semantics: a **sliding log with reservations**. A bucket remembers the send times of its last
``count`` requests; a new request gets the earliest time ``t`` at which no window of
``interval_ms`` (plus a small safety margin for network jitter) holds more than ``count``
requests, and not before the bucket's pause (learned from the server). ``t`` is reserved at
once, under one process-wide lock, in every bucket of the call, and the caller sleeps until
``t`` (``time.sleep`` or ``await asyncio.sleep``: the lock is only held for the bookkeeping,
never while waiting, so the event loop is never blocked). Reservations make the limiter FIFO
and need one sleep per call (no polling), and "at most N in any window" is at least as strict
as the fixed windows most exchanges count in, so the server never sees more than N.

A reservation is a plan; the server counts actual arrivals, and what the client knows of an
arrival is that it came after the request was written. Between ``admit`` (right before the
request is signed and sent) and the write there can be a lot: a new connection's TCP and TLS
handshakes, a busy process that gets the GIL back late, a starved event loop. A burst sent on
cold connections (written 0.3 s after admission in a loaded test process here) and the next
one sent a window after its admission on warm ones would share one of the server's windows.
So ``admit`` checks what was really sent: a finished request (``done``) counts from the time
its transport wrote it (``HttpRequest.sent_at``; from its answer when the transport does not
say), one still **in flight** as arriving now at the earliest; if that would put more than N
requests in a window, the caller waits again (when only requests in flight hold it back, for
``POLL_S``: their answers may come any moment). In the common case this costs one lock and an
append at each end.

A request counts as in flight ("arriving now") for at most one window after its admission
(a draining counter: one unit's drain time), then as arrived at admission + that window: a
request that hangs for its whole timeout (written long ago, its answer not coming) holds a
small bucket back for at most two windows, not for the timeout, and a request whose ``done``
never comes (an exception between the two calls in a process that carries on) cannot shrink a
bucket for good. After ``fork`` the child renews the lock (another thread may have held it)
and logs the parent's requests in flight: they are not the child's to finish.

A **continuous** rule (a counter that drains steadily, Kraken's REST counter) is a token
bucket kept as a theoretical arrival time (GCRA): ``tat`` is when the counter would be empty;
a request of weight ``w`` fits at ``t`` when ``tat + w * per - t <= count * per`` (``per`` is
the time one unit takes to drain, widened by the margin). The same reservation, FIFO and
actual-send check apply, with ``tat`` (reserved) and ``sent_tat`` (done, with requests in
flight added from now) for the two logs.

When the exchange says "rate limited" without saying for how long, ``saturate`` takes its
word that the counter is full: a window bucket is paused for the endpoint's shortest
interval, a continuous one is filled (its next request one ``per`` later, about 3 s on
Kraken, not a whole emptying of 45 s).

Hand-written, after measuring the two well-kept libraries (``pyrate-limiter`` 4.5 and
``limits`` 5.8), because neither fits:

- per-call overhead: ``limits`` moving window 16 us and fixed window 4 us per hit and per
  bucket, ``pyrate-limiter`` ``try_acquire`` 8.6 us per bucket; the endpoints here have two or
  three buckets, and the budget for the whole limiter is 1-2 us (this one: ~1 us);
- no atomic "all buckets must admit": checking bucket after bucket consumes a slot in the
  first when the second refuses;
- no reservation: ``pyrate-limiter`` waits by polling (``buffer_ms``, 50 ms by default, which
  costs throughput and fairness) and ``limits`` does not wait at all;
- ``limits`` keeps separate sync and async storages, so a sync and an async client of one key
  would not share a bucket.
"""

from __future__ import annotations

import _thread
import hashlib
import os
import time
import weakref
from collections import deque
from collections.abc import Callable, Sequence

from .spec import RateLimitRule

__all__ = [
    "DEFAULT_MARGIN",
    "Bucket",
    "RateLimiter",
    "WaitTooLong",
    "default_limiter",
    "host_of",
    "key_id",
]

DEFAULT_MARGIN = 0.05
"""Each window is widened by this fraction of its interval (at most ``MAX_MARGIN_S``): a
request sent exactly one interval after another may reach the server a little earlier."""
MAX_MARGIN_S = 0.25
POLL_S = 0.01
"""How soon a caller held back only by requests still in flight asks again."""


class WaitTooLong(Exception):
    """Raised by ``reserve`` when the wait would exceed ``max_wait``; nothing was reserved."""

    def __init__(self, wait: float, bucket: str) -> None:
        super().__init__(wait, bucket)
        self.wait = wait
        self.bucket = bucket


class Bucket:
    """One bucket: the reserved send times (monotonic seconds) of its last ``count`` requests,
    and for a continuous bucket the times its counter would be empty (reserved and actual)."""

    __slots__ = (
        "continuous",
        "count",
        "flying",
        "interval",
        "key",
        "log",
        "paused_until",
        "per",
        "sent",
        "sent_tat",
        "tat",
    )

    def __init__(self, key: str, count: int, interval: float, continuous: bool = False) -> None:
        self.key = key
        self.count = count
        self.interval = interval  # seconds, margin included
        self.continuous = continuous
        self.per = interval / count  # continuous: seconds one unit takes to drain
        self.log: deque[float] = deque(maxlen=count)  # reserved slots
        self.sent: deque[float] = deque(maxlen=count)  # when finished requests were written
        self.flying: list[float] = []  # requests in flight: admission times, one per unit
        self.tat = 0.0  # continuous: when the reserved counter is empty
        self.sent_tat = 0.0  # continuous: when the counter of finished requests is empty
        self.paused_until = 0.0

    def __repr__(self) -> str:
        form = "draining over" if self.continuous else "per"
        return (
            f"Bucket({self.key!r}, {self.count} {form} {self.interval:.3f} s, "
            f"{len(self.log)} in log, {len(self.flying)} in flight)"
        )

    def edge_sent(self, now: float, weight: int, flying: int) -> float:
        """Seconds from ``now`` until what was sent (and ``flying`` units in flight, counted
        as arriving now) admits ``weight`` more: 0.0 or less when it does now."""
        if self.continuous:
            tat = max(self.sent_tat, now) + flying * self.per if flying else self.sent_tat
            return tat + (weight - self.count) * self.per - now
        # The request that would be the (count+1)-th in a window with ours.
        back = self.count - weight + 1 - flying
        if back <= 0:
            return self.interval  # those in flight arrive now or later
        index = len(self.sent) - back
        return self.sent[index] + self.interval - now if index >= 0 else 0.0

    @property
    def cap(self) -> float:
        """How long after its admission a request in flight counts as arriving "now": one
        window (a draining counter: one unit's drain). Past it, as arrived at admission + cap."""
        return self.per if self.continuous else self.interval

    def fold(self, now: float) -> None:
        """Requests in flight for longer than ``cap`` (a slow answer, or a caller that never
        came back) are logged as sent at admission + cap and leave the flight (their ``done``
        logs them once more, when it comes: counted twice, never missed)."""
        flying, cap = self.flying, self.cap
        while flying and flying[0] + cap <= now:
            self.log_sent(flying.pop(0) + cap, 1)

    def log_sent(self, at: float, weight: int) -> None:
        """Log ``weight`` units sent at ``at`` (the log stays sorted: requests finish out of
        the order they were sent in)."""
        if self.continuous:
            self.sent_tat = max(self.sent_tat, at) + weight * self.per
            return
        sent = self.sent
        for _ in range(weight):
            if not sent or at >= sent[-1]:
                sent.append(at)
                continue
            if len(sent) == self.count:
                if at <= sent[0]:
                    continue  # older than the whole log: it changes no window
                sent.popleft()
            index = len(sent)
            while index and sent[index - 1] > at:
                index -= 1
            sent.insert(index, at)

    def edge(self, slot: float, weight: int) -> float:
        """The earliest time at or after ``slot`` the reservations admit ``weight`` more."""
        log = self.log
        if self.paused_until > slot:
            slot = self.paused_until
        if log and log[-1] > slot:  # FIFO: never before a slot already reserved
            slot = log[-1]
        if self.continuous:
            fits = self.tat + (weight - self.count) * self.per
            return fits if fits > slot else slot
        # The request that would be the (count+1)-th in a window with ours.
        index = len(log) - self.count + weight - 1
        if index >= 0:
            edge = log[index] + self.interval
            if edge > slot:
                slot = edge
        return slot


class RateLimiter:
    """A registry of buckets and the reservation algorithm (see the module docstring).

    ``now`` is the monotonic time source (seconds); tests pass a fake one together with a fake
    sleep on the client. ``margin`` widens every window by that fraction of its interval, at
    most ``max_margin`` seconds.
    """

    def __init__(
        self,
        *,
        now: Callable[[], float] = time.monotonic,
        margin: float = DEFAULT_MARGIN,
        max_margin: float = MAX_MARGIN_S,
    ) -> None:
        self.now = now
        self._real_time = now is time.monotonic  # transports' sent_at is on this clock
        self.margin = margin
        self.max_margin = max_margin
        self._lock = _thread.allocate_lock()
        self._buckets: dict[tuple[str, str, int, int, bool], Bucket] = {}
        _LIMITERS.add(self)

    def __repr__(self) -> str:
        return f"RateLimiter({len(self._buckets)} buckets, margin={self.margin})"

    def buckets(
        self, rules: Sequence[RateLimitRule], uid: str, host: str
    ) -> tuple[tuple[Bucket, int], ...]:
        """The buckets of ``rules`` with the weight each call takes from them.

        ``uid`` identifies the account (a hash of the API key, see ``key_id``), ``host`` the
        source of IP-scoped limits. The result is cached by the client per endpoint.
        """
        out: list[tuple[Bucket, int]] = []
        with self._lock:
            for rule in rules:
                if rule.count <= 0 or rule.interval_ms <= 0:
                    continue
                identity = uid if rule.scope == "uid" else host
                key = (rule.key, identity, rule.count, rule.interval_ms, rule.continuous)
                bucket = self._buckets.get(key)
                if bucket is None:
                    # The margin widens what jitter can squeeze: the window, or for a
                    # continuous bucket the time one unit takes to drain.
                    seconds = rule.interval_ms / 1000.0
                    if rule.continuous:
                        per = seconds / rule.count
                        seconds = (per + min(per * self.margin, self.max_margin)) * rule.count
                    else:
                        seconds += min(seconds * self.margin, self.max_margin)
                    bucket = self._buckets[key] = Bucket(
                        rule.key, rule.count, seconds, rule.continuous
                    )
                out.append((bucket, max(1, min(rule.weight, rule.count))))
        return tuple(out)

    def reserve(self, buckets: tuple[tuple[Bucket, int], ...], max_wait: float | None) -> float:
        """Reserve the earliest slot all ``buckets`` admit; return the seconds to wait for it.

        Raises ``WaitTooLong`` (and reserves nothing) when that is more than ``max_wait``.
        """
        with self._lock:
            now = self.now()
            slot = now
            for bucket, weight in buckets:
                if bucket.continuous:
                    slot = bucket.edge(slot, weight)
                    continue
                # Windows inline (the common case; a method call here costs 0.1 us a bucket).
                log = bucket.log
                if bucket.paused_until > slot:
                    slot = bucket.paused_until
                if log:
                    # FIFO: never before a slot already reserved in this bucket.
                    if log[-1] > slot:
                        slot = log[-1]
                    # The request that would be the (count+1)-th in a window with ours.
                    index = len(log) - bucket.count + weight - 1
                    if index >= 0:
                        edge = log[index] + bucket.interval
                        if edge > slot:
                            slot = edge
            wait = slot - now
            if max_wait is not None and wait > max_wait:
                raise WaitTooLong(wait, _strictest(buckets, now))
            for bucket, weight in buckets:
                if bucket.continuous:
                    bucket.tat = max(bucket.tat, slot) + weight * bucket.per
                if weight == 1:
                    bucket.log.append(slot)
                else:
                    bucket.log.extend([slot] * weight)
        return wait

    def admit(self, buckets: tuple[tuple[Bucket, int], ...]) -> float:
        """Right before sending: 0.0 when what was really sent through ``buckets`` admits one
        more request now (it is then in flight until ``done``), else the seconds to wait
        before asking again.

        A finished request counts from when it was written (``done``'s ``at``), one in flight
        as arriving now, for at most one window after its admission (``Bucket.cap``). When
        requests in flight are what holds a caller back, the wait is ``POLL_S`` (their answers
        may come any moment), but never less than the rest require.
        """
        with self._lock:
            now = self.now()
            wait = 0.0
            for bucket, weight in buckets:
                flying = bucket.flying
                if flying and flying[0] + bucket.cap <= now:
                    bucket.fold(now)
                if not flying:
                    if bucket.continuous:
                        edge = bucket.edge_sent(now, weight, 0)
                    else:  # inline (the common case): the (count+1)-th with ours
                        sent = bucket.sent
                        index = len(sent) - bucket.count + weight - 1
                        edge = sent[index] + bucket.interval - now if index >= 0 else 0.0
                else:
                    edge = bucket.edge_sent(now, weight, len(flying))
                    if edge > POLL_S:
                        edge = max(bucket.edge_sent(now, weight, 0), POLL_S)
                if edge > wait:
                    wait = edge
            if wait > 0:
                return wait
            for bucket, weight in buckets:
                if weight == 1:
                    bucket.flying.append(now)
                else:
                    bucket.flying.extend([now] * weight)
        return 0.0

    def done(
        self, buckets: tuple[tuple[Bucket, int], ...], sent: bool = True, at: float | None = None
    ) -> None:
        """The request ``admit`` let through is answered or failed, or was never sent
        (``sent`` False: it only leaves the flight). One that may have reached the server is
        logged as sent at ``at`` (``HttpRequest.sent_at``, when the transport knows when it
        wrote it, and this limiter runs on ``time.monotonic``), else now."""
        with self._lock:
            now = self.now()
            if at is None or not self._real_time or at > now:
                at = now
            for bucket, weight in buckets:
                del bucket.flying[:weight]  # (its entry may have been folded already)
                if sent:
                    log = bucket.sent
                    if weight == 1 and not bucket.continuous and (not log or at >= log[-1]):
                        log.append(at)  # inline: the common case
                    else:
                        bucket.log_sent(at, weight)

    def pause(self, buckets: tuple[tuple[Bucket, int], ...], seconds: float) -> None:
        """Admit nothing from ``buckets`` for ``seconds`` (the server said so)."""
        if not seconds > 0:
            return
        with self._lock:
            until = self.now() + seconds
            for bucket, _ in buckets:
                if until > bucket.paused_until:
                    bucket.paused_until = until

    def saturate(self, buckets: tuple[tuple[Bucket, int], ...], seconds: float) -> None:
        """The exchange refused for rate without saying for how long: its counter is full.

        Window buckets admit nothing for ``seconds`` (the caller passes the endpoint's
        shortest interval); a continuous bucket is filled, so its next request waits for one
        unit to drain.
        """
        with self._lock:
            now = self.now()
            for bucket, _ in buckets:
                if bucket.continuous:
                    full = now + bucket.count * bucket.per
                    bucket.tat = max(bucket.tat, full)
                    bucket.sent_tat = max(bucket.sent_tat, full)
                elif seconds > 0 and now + seconds > bucket.paused_until:
                    bucket.paused_until = now + seconds

    def reset(self) -> None:
        """Forget every bucket (tests; after changing keys wholesale)."""
        with self._lock:
            self._buckets.clear()

    def _after_fork(self) -> None:
        """In a forked child: a new lock (another thread may have held this one at the fork),
        and the parent's requests in flight logged as sent (they are not ours to finish)."""
        self._lock = _thread.allocate_lock()
        now = self.now()
        for bucket in self._buckets.values():
            for admitted in bucket.flying:
                bucket.log_sent(min(now, admitted + bucket.cap), 1)
            bucket.flying.clear()


def _strictest(buckets: tuple[tuple[Bucket, int], ...], now: float) -> str:
    """The key of a bucket that pushed the slot out (for the error message)."""
    best, best_edge = "", float("-inf")
    for bucket, weight in buckets:
        edge = bucket.edge(now, weight)
        if edge > best_edge:
            best, best_edge = bucket.key, edge
    return best


def key_id(api_key: str) -> str:
    """What identifies an account in bucket keys: a hash, never the key itself."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def host_of(base_url: str) -> str:
    """``scheme://host[:port]`` -> ``host[:port]``, lower-cased."""
    return base_url.partition("://")[2].partition("/")[0].lower()


_LIMITERS: weakref.WeakSet[RateLimiter] = weakref.WeakSet()


def _renew_in_child() -> None:
    for limiter in list(_LIMITERS):
        limiter._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_in_child)

_DEFAULT = RateLimiter()


def default_limiter() -> RateLimiter:
    """The process-wide limiter every client uses unless given another."""
    return _DEFAULT
