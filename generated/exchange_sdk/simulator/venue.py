"""What every simulated exchange module provides, and the helpers they share.

A ``Venue`` is one exchange as the simulator plays it: its wire facts (``wire``, generated
from its spec into ``_routes.EXCHANGES``), its hand-written signature verifier, its endpoint
behaviours (``handlers``, by the spec's operation name), the codes it answers with, and its
envelope (``success``/``error``). Each exchange lives in one module of ``venues/`` that builds
one ``Venue`` (a subclass where its envelope differs from the defaults here) and is listed
once in ``venues/__init__.py``; the shared modules (app, state, admin, runner) only ever use
this interface. See docs/simulator.md, "Adding an exchange to the simulator".
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import unquote

from ._wire import ExchangeWire, Reject, WireRequest
from .state import Account, Order, RateDecision, State, VenueFacts

__all__ = [
    "Accounts",
    "AnyMarketHandler",
    "Handler",
    "MarketHandler",
    "Signed",
    "Venue",
    "Verifier",
    "cancel_orders",
    "int_param",
    "on_any_market",
    "on_market",
    "same_digest",
    "signed_by",
    "split_failing",
    "split_off",
]

Accounts = Mapping[str, Account]
Verifier = Callable[[WireRequest, Accounts, int, int], "Account | Reject"]
"""``(request, accounts by key, server time ms, timestamp tolerance ms)`` -> the account the
request is signed for, or the exchange's own rejection."""
Handler = Callable[[State, Account, Mapping[str, object], int], object]
"""``(state, account, parsed parameters, now ms)`` -> the payload to wrap, or a ``Reject``."""


@dataclass(frozen=True, kw_only=True)
class Venue(VenueFacts):
    """One exchange: facts for the state (``VenueFacts``), the wire, the verifier, the
    behaviours and the codes of its answers. Override ``success``/``error`` (and the other
    methods) where the exchange's envelope is not the default."""

    wire: ExchangeWire
    verify: Verifier
    handlers: Mapping[str, Handler]
    rate_limit_code: str
    rate_limit_status: int
    permission_code: str
    permission_status: int
    ip_code: str
    ip_status: int
    busy_code: str
    unknown_market_code: str  # the exchange's answer to a symbol it does not list
    unknown_market_status: int
    method_not_allowed_code: str | None = None  # None: the spec's not-found code
    body_error_code: str | None = None  # an unreadable body; None: the spec's param error

    @property
    def id(self) -> str:
        return self.wire.id

    def code(self, code: str) -> object:
        """A code as the exchange writes it in a body (a number where its spec says so)."""
        if self.wire.code_is_int and code.lstrip("-").isdigit():
            return int(code)
        return code

    # -- envelopes ----------------------------------------------------------------------------

    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        """HTTP status and body of a successful answer (default: the bare payload)."""
        return 200, payload

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        """HTTP status and body of a rejection (default: ``{code, message}`` fields as the
        spec names them)."""
        body = {
            self.wire.code_field or "code": self.code(reject.code),
            self.wire.message_field or "message": reject.message,
        }
        return self.status_of(reject), body

    def status_of(self, reject: Reject) -> int:
        if reject.http_status is not None:
            return reject.http_status
        info = self.wire.errors.get(reject.code)
        if info is not None and info.http_status is not None:
            return info.http_status
        return self.wire.default_error_status

    def rate_limited(self, decision: RateDecision) -> Reject:
        info = self.wire.errors.get(self.rate_limit_code)
        message = info.message if info is not None else "Too Many Requests"
        return Reject(self.rate_limit_code, message, self.rate_limit_status)

    def rate_headers(self, decision: RateDecision | None) -> dict[str, str]:
        if decision is None:
            return {}
        w = self.wire
        headers: dict[str, str] = {}
        if w.header_remaining:
            headers[w.header_remaining] = str(decision.remaining)
        if w.header_limit:
            headers[w.header_limit] = str(decision.limit)
        if w.header_reset:
            headers[w.header_reset] = str(decision.reset_ms)
        return headers

    def server_time(self, now_ms: int) -> tuple[int, object]:
        spec = self.wire.server_time
        assert spec is not None
        value: object = now_ms if spec.unit == "ms" else now_ms // 1000
        if spec.as_string:
            value = str(value)
        for name in reversed(spec.field_path[1:]):
            value = {name: value}
        top = spec.field_path[0]
        if top == self.wire.payload_field:
            return self.success(value, now_ms)
        return 200, self.bare_time_body({top: value})

    def bare_time_body(self, body: dict[str, object]) -> dict[str, object]:
        """The server-time body when its field is outside the usual envelope."""
        return body

    # -- helpers for the behaviours ------------------------------------------------------------

    def unknown_market(self, name: str, symbol: str) -> Reject:
        return Reject(
            self.unknown_market_code,
            f"{name} {symbol!r} does not exist",
            self.unknown_market_status,
        )

    def market_param(
        self, state: State, params: Mapping[str, object], name: str
    ) -> str | Reject | None:
        """The market param ``name`` if the request names one the exchange lists; its own
        error if it names another (exchanges refuse symbols they do not list)."""
        value = params.get(name)
        if not isinstance(value, str):
            return None
        if not state.knows_market(self.id, value):
            return self.unknown_market(name, value)
        return value


MarketHandler = Callable[[State, Account, str, Mapping[str, object], int], object]
"""``(state, account, market, parsed parameters, now ms)``: a behaviour of one market."""
AnyMarketHandler = Callable[[State, Account, "str | None", Mapping[str, object], int], object]
"""The same where the market is optional (None: every market)."""


def _market(
    state: State, exchange: str, params: Mapping[str, object], name: str
) -> str | Reject | None:
    venue = state.venues[exchange]
    assert isinstance(venue, Venue)
    return venue.market_param(state, params, name)


def on_market(
    exchange: str, missing: Reject, name: str = "symbol"
) -> Callable[[MarketHandler], Handler]:
    """A behaviour of an endpoint that needs a market: called with the request's market
    ``name`` once the exchange lists it; else the exchange's unknown-market answer, or
    ``missing`` when the request names none. The venues write this check once here."""

    def wrap(act: MarketHandler) -> Handler:
        def handler(
            state: State, account: Account, params: Mapping[str, object], now: int
        ) -> object:
            market = _market(state, exchange, params, name)
            if market is None:
                return missing
            if isinstance(market, Reject):
                return market
            return act(state, account, market, params, now)

        return handler

    return wrap


def on_any_market(exchange: str, name: str = "symbol") -> Callable[[AnyMarketHandler], Handler]:
    """``on_market`` where the market is optional: None when the request names none."""

    def wrap(act: AnyMarketHandler) -> Handler:
        def handler(
            state: State, account: Account, params: Mapping[str, object], now: int
        ) -> object:
            market = _market(state, exchange, params, name)
            if isinstance(market, Reject):
                return market
            return act(state, account, market, params, now)

        return handler

    return wrap


def split_failing(orders: list[Order]) -> tuple[list[Order], list[Order]]:
    """The orders a cancel removes, and those whose cancel fails (injected per order)."""
    ok = [o for o in orders if o.cancel_error is None]
    failed = [o for o in orders if o.cancel_error is not None]
    return ok, failed


def cancel_orders(state: State, orders: list[Order]) -> tuple[list[Order], list[Order]]:
    """Cancel ``orders`` but those whose cancel is made to fail (``split_failing``): the
    cancelled and the refused. Call it holding ``state.lock``, with the orders it selected."""
    ok, failed = split_failing(orders)
    state.cancel(ok)
    return ok, failed


def required_headers(
    request: WireRequest, table: tuple[tuple[str, str, str], ...]
) -> dict[str, str] | tuple[str, str]:
    """The request's values of the headers in ``table`` ((name, code, message) rows), or the
    (code, message) of the first one missing or empty."""
    found: dict[str, str] = {}
    for name, code, message in table:
        value = request.header(name)
        if not value:
            return code, message
        found[name] = value
    return found


def split_off(
    text: str, name: str, decode: Callable[[str], str] = unquote
) -> tuple[str, str | None]:
    """``text`` (``k=v&...`` as sent) without its ``name=...`` pair, the other pairs kept as
    received and in their order, and that pair's value through ``decode`` (None when absent):
    how a verifier separates a signature from the text it signs."""
    kept: list[str] = []
    value: str | None = None
    prefix = name + "="
    for part in text.split("&"):
        if part.startswith(prefix):
            value = decode(part[len(prefix) :])
        elif part:
            kept.append(part)
    return "&".join(kept), value


class Signed(NamedTuple):
    """A request's account (by the key it sends) and its required headers' values."""

    account: Account
    headers: dict[str, str]


def signed_by(
    request: WireRequest,
    accounts: Accounts,
    table: tuple[tuple[str, str, str], ...],
    unknown_key: tuple[str, str],
) -> Signed | tuple[str, str]:
    """How a verifier opens: the headers of ``table`` (``required_headers``; its first row
    names the key header) and the account of that key; else the (code, message) of the first
    header missing, or ``unknown_key`` for a key no account has."""
    found = required_headers(request, table)
    if isinstance(found, tuple):
        return found
    account = accounts.get(found[table[0][0]])
    if account is None:
        return unknown_key
    return Signed(account, found)


def int_param(params: Mapping[str, object], name: str, default: int) -> int:
    value = params.get(name, default)
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else default


def same_digest(a: str, b: str) -> bool:
    """Constant-time comparison of two signatures."""
    return hmac.compare_digest(a.encode(), b.encode())
