"""The simulator's state: clock, accounts, open orders, countdowns, rate-limit buckets, faults.

Everything mutates under one lock, in plain synchronous methods: the ASGI app calls them from
its event loop without awaiting in between, and Python code in another thread (the runner's
owner) can call them too, so two cancels for one account can never interleave.
"""

from __future__ import annotations

import itertools
import math
import random
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

__all__ = [
    "DEFAULT_ACCOUNT",
    "Account",
    "Clock",
    "Config",
    "Countdown",
    "Fault",
    "Order",
    "State",
    "VenueFacts",
    "parse_account",
]


@dataclass(frozen=True, kw_only=True)
class VenueFacts:
    """What the state needs to know of one exchange (each ``venues/`` module's ``Venue`` is
    one): the market its endpoints act on, the symbols it lists from the start (a seeded
    order's symbol and ``POST /_sim/markets`` add more; requests naming another get its error),
    whether its pages accept symbols in either case, the defaults of a seeded order's fields,
    its config knobs (``/_sim/config``) and, when a fired countdown cancels in batches, the
    names of the knobs that give the batch size and interval."""

    market: str
    symbols: tuple[str, ...]
    # Further markets of the same exchange with their own endpoints (BingX swap beside spot):
    # a seeded order names one with its ``market`` field; the default is ``market``.
    other_markets: tuple[str, ...] = ()
    case_insensitive_symbols: bool = False
    order_defaults: Mapping[str, str] = field(default_factory=dict)
    knobs: Mapping[str, int] = field(default_factory=dict)
    countdown_batches: tuple[str, str] | None = None  # (size knob, interval-ms knob)

    def fires_on(self, scope: str, order: Order) -> bool:
        """Whether a countdown of ``scope`` ("" for every market) cancels ``order`` when it
        fires (default: the scope is a symbol; a venue whose countdown scope says more, such as
        Binance's "usdm:BTCUSDT", overrides it)."""
        return not scope or order.symbol == scope


class Clock:
    """Epoch milliseconds: real time plus an offset, or a manual time that only moves when
    told to (``advance``), so that countdown tests are exact and instant."""

    def __init__(self) -> None:
        self.mode = "real"
        self.offset_ms = 0
        self._manual_ms = 0

    def now_ms(self) -> int:
        if self.mode == "manual":
            return self._manual_ms
        return time.time_ns() // 1_000_000 + self.offset_ms

    def set_real(self, offset_ms: int = 0) -> None:
        self.mode = "real"
        self.offset_ms = offset_ms

    def set_manual(self, now_ms: int | None = None) -> None:
        start = self.now_ms() if now_ms is None else now_ms
        self.mode = "manual"
        self._manual_ms = start

    def advance(self, ms: int) -> None:
        if self.mode == "manual":
            self._manual_ms += ms
        else:
            self.offset_ms += ms

    def to_json(self) -> dict[str, object]:
        return {"mode": self.mode, "now_ms": self.now_ms(), "offset_ms": self.offset_ms}


@dataclass
class Account:
    """An API key and what it may do. ``permissions`` holds permission names as the specs
    write them ("Spot Trading", "Trade", "Read") or "*" for all."""

    key: str
    secret: str
    passphrase: str = ""
    permissions: tuple[str, ...] = ("*",)
    ip_whitelist: tuple[str, ...] = ()
    uid: str = ""
    asset_mode: int = 1  # the account's collateral mode, where endpoints depend on it

    def __post_init__(self) -> None:
        if not self.uid:
            self.uid = str(100000 + (hash(self.key) & 0xFFFFF))

    def allows(self, permission: str) -> bool:
        wanted = permission.lower()
        return any(p == "*" or p.lower() == wanted for p in self.permissions)

    def ip_allowed(self, ip: str) -> bool:
        return not self.ip_whitelist or ip in self.ip_whitelist

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["secret"] = "***"
        data["passphrase"] = "***" if self.passphrase else ""
        return data


DEFAULT_ACCOUNT = Account("test-key", "test-secret", "test-pass", uid="100001")


def parse_account(text: str) -> Account:
    """``KEY:SECRET[:PASSPHRASE]`` (the command line's --key)."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise ValueError(f"account must look like KEY:SECRET[:PASSPHRASE], got {text!r}")
    return Account(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


@dataclass
class Order:
    order_id: int
    client_order_id: str
    exchange: str
    account: str  # API key
    market: str
    symbol: str
    side: str = "BUY"
    position_side: str = "both"
    type: str = "LIMIT"
    price: str = "100"
    quantity: str = "1"
    product_type: str = ""  # for venues that file orders by product type
    margin_coin: str = ""
    margin_mode: str = "cross"  # cross or isolated
    created_ms: int = 0
    cancel_error: dict[str, str] | None = None  # {"code", "message"}: cancelling it fails

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["order_id"] = str(self.order_id)
        return data


@dataclass
class Countdown:
    exchange: str
    account: str
    scope: str  # currency pair, or "" for every market
    trigger_ms: int
    market: str = ""  # the venue market whose orders it cancels ("": the venue's ``market``)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Fault:
    """An injected failure: for the next ``remaining`` matching requests, or a ``ratio`` of them."""

    id: int
    kind: str  # latency | status | drop | truncate | non_json
    ratio: float = 1.0
    remaining: int | None = None  # None: until removed
    exchange: str | None = None
    operation: str | None = None
    latency_ms: int = 100
    status: int = 503

    KINDS = ("latency", "status", "drop", "truncate", "non_json")

    def matches(self, exchange: str, operation: str) -> bool:
        return (self.exchange in (None, exchange)) and (self.operation in (None, operation))

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Config:
    rate_limits: bool = True
    # Cancels that take effect this much later (the listing still shows the orders meanwhile),
    # as on exchanges that cancel asynchronously; 0: at once.
    cancel_lag_ms: int = 0
    max_body_bytes: int = 65536
    knobs: dict[str, int] = field(default_factory=dict)  # the venues' own (VenueFacts.knobs)

    def values(self) -> dict[str, object]:
        """Every setting by name, the venues' knobs beside the shared ones."""
        data: dict[str, object] = {
            "rate_limits": self.rate_limits,
            "cancel_lag_ms": self.cancel_lag_ms,
            "max_body_bytes": self.max_body_bytes,
        }
        data.update(self.knobs)
        return data

    def set(self, name: str, value: object) -> None:
        """Change one setting; ``ValueError`` for an unknown name or a value of another type."""
        current = self.values()
        if name not in current:
            raise ValueError(f"unknown config field {name!r}; known: {', '.join(current)}")
        if type(value) is not type(current[name]):
            raise ValueError(f"{name} must be a {type(current[name]).__name__}")
        if name in self.knobs:
            assert isinstance(value, int)
            self.knobs[name] = value
        else:
            setattr(self, name, value)

    def knob(self, name: str) -> int:
        return self.knobs[name]

    def to_json(self) -> dict[str, object]:
        return self.values()


@dataclass
class _Bucket:
    window_start: int
    used: int


@dataclass
class _Counter:
    """A counter that drains steadily (Kraken's REST counter): its level at ``at_ms``."""

    level: float
    at_ms: int


@dataclass
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_ms: int  # epoch ms when the window the decision used ends
    interval_ms: int
    now_ms: int = 0  # when the decision was taken (for headers that count down to reset_ms)


@dataclass
class _BatchCancel:
    """A fired countdown still cancelling its orders batch by batch."""

    exchange: str
    account: str
    order_ids: list[int]
    next_ms: int


@dataclass
class State:
    """``venues``: the exchanges served, by id (``simulator.venues.VENUES``)."""

    venues: Mapping[str, VenueFacts]
    clock: Clock = field(default_factory=Clock)
    config: Config = field(default_factory=Config)
    initial_accounts: tuple[Account, ...] = (DEFAULT_ACCOUNT,)
    seed: int = 0

    def __post_init__(self) -> None:
        self.lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.orders: dict[int, Order] = {}
        self.countdowns: dict[tuple[str, str, str, str], Countdown] = {}
        self.faults: list[Fault] = []
        self.log: list[dict[str, object]] = []
        self._buckets: dict[str, _Bucket] = {}
        self._counters: dict[str, _Counter] = {}
        self._batches: list[_BatchCancel] = []
        self._settling: list[tuple[int, list[int]]] = []  # (due ms, order ids) of lagged cancels
        self.markets: dict[str, set[str]] = {}
        self._ids = itertools.count(1735964997957275648)  # above 2**53, as some exchanges' are
        self._fault_ids = itertools.count(1)
        self.random = random.Random(self.seed)
        self.reset()

    # -- admin ---------------------------------------------------------------------------

    def reset(self) -> None:
        with self.lock:
            self.clock.set_real()
            self.config = Config(
                knobs={k: v for f in self.venues.values() for k, v in f.knobs.items()}
            )
            self.accounts = {a.key: Account(**asdict(a)) for a in self.initial_accounts}
            self.orders.clear()
            self.countdowns.clear()
            self.faults.clear()
            self.log.clear()
            self._buckets.clear()
            self._counters.clear()
            self._batches.clear()
            self._settling.clear()
            self.markets = {ex: set() for ex in self.venues}
            for exchange, facts in self.venues.items():
                for symbol in facts.symbols:
                    self.add_market(exchange, symbol)
            self.random.seed(self.seed)

    def _market_key(self, exchange: str, symbol: str) -> str:
        facts = self.venues.get(exchange)
        return symbol.upper() if facts is not None and facts.case_insensitive_symbols else symbol

    def _facts(self, exchange: str) -> VenueFacts:
        facts = self.venues.get(exchange)
        if facts is None:
            known = ", ".join(sorted(self.venues))
            raise ValueError(f"unknown exchange {exchange!r}; known: {known}")
        return facts

    def add_market(self, exchange: str, symbol: str) -> None:
        self._facts(exchange)
        if not symbol:
            raise ValueError("symbol must not be empty")
        with self.lock:
            self.markets.setdefault(exchange, set()).add(self._market_key(exchange, symbol))

    def knows_market(self, exchange: str, symbol: str) -> bool:
        with self.lock:
            return self._market_key(exchange, symbol) in self.markets.get(exchange, set())

    def same_market(self, exchange: str, a: str, b: str) -> bool:
        return self._market_key(exchange, a) == self._market_key(exchange, b)

    def add_account(self, account: Account) -> None:
        with self.lock:
            self.accounts[account.key] = account

    def seed_order(self, exchange: str, account: str, symbol: str, **fields: object) -> Order:
        facts = self._facts(exchange)
        if account not in self.accounts:
            raise ValueError(f"unknown account {account!r}")
        market = fields.pop("market", None) or facts.market
        if market != facts.market and market not in facts.other_markets:
            served = ", ".join((facts.market, *facts.other_markets))
            raise ValueError(f"{exchange} has no market {market!r} (markets: {served})")
        known = set(Order.__dataclass_fields__) - {
            "order_id",
            "exchange",
            "account",
            "market",
            "symbol",
            "created_ms",
        }
        unknown = set(fields) - known
        if unknown:
            raise ValueError(f"unknown order fields: {', '.join(sorted(unknown))}")
        with self.lock:
            order_id = next(self._ids)
            values: dict[str, object] = {"client_order_id": f"sim-{order_id}"}
            values.update(facts.order_defaults)
            values.update({k: v for k, v in fields.items() if v is not None})
            order = Order(
                order_id=order_id,
                exchange=exchange,
                account=account,
                market=str(market),
                symbol=symbol,
                created_ms=self.clock.now_ms(),
                **values,  # type: ignore[arg-type]
            )
            self.orders[order_id] = order
            self.add_market(exchange, symbol)
            return order

    def open_orders(
        self,
        exchange: str | None = None,
        account: str | None = None,
        symbol: str | None = None,
        market: str | None = None,
    ) -> list[Order]:
        with self.lock:
            return [
                o
                for o in self.orders.values()
                if (exchange is None or o.exchange == exchange)
                and (account is None or o.account == account)
                and (symbol is None or o.symbol == symbol)
                and (market is None or o.market == market)
            ]

    def remove(self, orders: Iterable[Order]) -> None:
        with self.lock:
            for order in orders:
                self.orders.pop(order.order_id, None)

    def cancel(self, orders: Iterable[Order]) -> None:
        """Cancel ``orders``: at once, or ``config.cancel_lag_ms`` later (they stay listed as
        open meanwhile, as on an exchange that cancels asynchronously)."""
        with self.lock:
            lag = self.config.cancel_lag_ms
            if lag <= 0:
                self.remove(orders)
                return
            ids = [o.order_id for o in orders]
            if ids:
                self._settling.append((self.clock.now_ms() + lag, ids))

    def add_fault(self, **spec: object) -> Fault:
        kind = spec.get("kind")
        if kind not in Fault.KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(Fault.KINDS)}, got {kind!r}")
        unknown = set(spec) - set(Fault.__dataclass_fields__) - {"next"}
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        nxt = spec.pop("next", None)
        if nxt is not None:
            spec["remaining"] = nxt
        ratio = spec.get("ratio", 1.0)
        if not isinstance(ratio, int | float) or not 0 <= ratio <= 1:
            raise ValueError(f"ratio must be a number between 0 and 1, got {ratio!r}")
        remaining = spec.get("remaining")
        if remaining is not None and (not isinstance(remaining, int) or remaining < 1):
            raise ValueError(f"next must be a positive integer, got {remaining!r}")
        status = spec.get("status", 503)
        if not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status, got {status!r}")
        with self.lock:
            fault = Fault(id=next(self._fault_ids), **spec)  # type: ignore[arg-type]
            self.faults.append(fault)
            return fault

    def take_fault(self, exchange: str, operation: str) -> Fault | None:
        """The fault that hits this request, if any (consumes one of its ``next`` uses)."""
        with self.lock:
            for fault in self.faults:
                if not fault.matches(exchange, operation):
                    continue
                if fault.ratio < 1 and self.random.random() >= fault.ratio:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self.faults.remove(fault)
                return fault
            return None

    # -- rate limits ----------------------------------------------------------------------

    def hit(self, keys: Iterable[tuple[str, int, int, int, bool]]) -> RateDecision | None:
        """Count one request against every bucket ``(key, count, interval_ms, weight,
        continuous)``.

        Fixed windows aligned on the clock; a continuous bucket is a counter of at most
        ``count`` that loses ``count`` every ``interval_ms`` at an even pace. When any bucket is
        full nothing is counted and the decision names the bucket that refuses; otherwise it
        names the tightest window.
        """
        items = list(keys)
        if not items:
            return None
        with self.lock:
            now = self.clock.now_ms()
            counters = [item for item in items if item[4]]
            windows = [item for item in items if not item[4]]
            decision = self._drain(counters, now)
            if decision is not None and not decision.allowed:
                return decision
            if windows:
                decision = self._windows(windows, now)
                if not decision.allowed:
                    return decision
            for key, _, _, weight, _ in counters:  # every bucket admits: count it
                self._counters[key].level += weight
            return decision

    def _windows(self, windows: list[tuple[str, int, int, int, bool]], now: int) -> RateDecision:
        """The fixed windows at ``now``: a refusal naming the full one, else (each counted)
        the tightest."""
        views: list[tuple[_Bucket, int, int, int]] = []
        for key, count, interval, weight, _ in windows:
            start = now - now % interval
            bucket = self._buckets.get(key)
            if bucket is None or bucket.window_start != start:
                bucket = self._buckets[key] = _Bucket(start, 0)
            views.append((bucket, count, interval, weight))
        if not self.config.rate_limits:
            bucket, count, interval, _ = views[0]
            return RateDecision(True, count, count, bucket.window_start + interval, interval, now)
        for bucket, count, interval, weight in views:
            if bucket.used + weight > count:
                return RateDecision(False, count, 0, bucket.window_start + interval, interval, now)
        for bucket, _, _, weight in views:
            bucket.used += weight
        bucket, count, interval, _ = min(views, key=lambda v: v[1] - v[0].used)
        return RateDecision(
            True, count, count - bucket.used, bucket.window_start + interval, interval, now
        )

    def _drain(
        self, counters: list[tuple[str, int, int, int, bool]], now: int
    ) -> RateDecision | None:
        """The draining counters brought to ``now``: a refusal when one has no room for its
        weight, else the decision of the fullest one (nothing counted yet)."""
        best: RateDecision | None = None
        for key, count, interval, weight, _ in counters:
            counter = self._counters.get(key)
            if counter is None:
                counter = self._counters[key] = _Counter(0.0, now)
            counter.level = max(0.0, counter.level - (now - counter.at_ms) * count / interval)
            counter.at_ms = now
            room = count - counter.level
            if not self.config.rate_limits:
                room = float(count)
            if room < weight:
                # When the counter will have drained enough for this request.
                ready = now + math.ceil((weight - room) * interval / count)
                return RateDecision(False, count, 0, ready, interval, now)
            left = math.floor(room - weight)
            if best is None or left < best.remaining:
                empty = now + math.ceil((counter.level + weight) * interval / count)
                best = RateDecision(True, count, left, empty, interval, now)
        return best

    # -- countdowns -----------------------------------------------------------------------

    def arm(
        self, exchange: str, account: str, scope: str, trigger_ms: int, market: str = ""
    ) -> Countdown:
        with self.lock:
            countdown = Countdown(exchange, account, scope, trigger_ms, market)
            self.countdowns[(exchange, account, scope, market)] = countdown
            return countdown

    def disarm(self, exchange: str, account: str, scope: str, market: str = "") -> Countdown | None:
        with self.lock:
            return self.countdowns.pop((exchange, account, scope, market), None)

    def batch_running(self, exchange: str, account: str) -> bool:
        with self.lock:
            return any(b.exchange == exchange and b.account == account for b in self._batches)

    def tick(self) -> None:
        """Fire every countdown whose time has come and run due cancellation batches."""
        with self.lock:
            now = self.clock.now_ms()
            for key, countdown in sorted(self.countdowns.items(), key=lambda kv: kv[1].trigger_ms):
                if countdown.trigger_ms > now:
                    continue
                del self.countdowns[key]
                self._fire(countdown)
            self._run_batches(now)
            for due, ids in list(self._settling):
                if due <= now:
                    self._settling.remove((due, ids))
                    for order_id in ids:
                        self.orders.pop(order_id, None)

    def _fire(self, countdown: Countdown) -> None:
        facts = self.venues[countdown.exchange]
        market = countdown.market or facts.market
        victims = [
            o
            for o in self.orders.values()
            if o.exchange == countdown.exchange
            and o.account == countdown.account
            and o.market == market
            and facts.fires_on(countdown.scope, o)
        ]
        if facts.countdown_batches is not None:
            ids = [o.order_id for o in victims]
            if ids:
                self._batches.append(
                    _BatchCancel(countdown.exchange, countdown.account, ids, countdown.trigger_ms)
                )
            return
        self.remove(victims)

    def _run_batches(self, now: int) -> None:
        for batch in list(self._batches):
            batching = self.venues[batch.exchange].countdown_batches
            assert batching is not None
            size = max(1, self.config.knob(batching[0]))
            interval = max(1, self.config.knob(batching[1]))
            while batch.order_ids and batch.next_ms <= now:
                chunk, batch.order_ids = batch.order_ids[:size], batch.order_ids[size:]
                for order_id in chunk:
                    self.orders.pop(order_id, None)
                batch.next_ms += interval
            if not batch.order_ids:
                self._batches.remove(batch)

    def record(self, entry: Mapping[str, object]) -> None:
        with self.lock:
            self.log.append(dict(entry))
            if len(self.log) > 500:
                del self.log[:100]
