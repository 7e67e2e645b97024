"""BitMEX as the simulator plays it: the api-expires signature of the "API Key Usage" page
(www.bitmex.com/app/apiKeysUsage), bare answers (an array of Order) and
``{"error": {"message", "name"}}`` errors with the HTTP status saying what went wrong
(swagger.json ``definitions.Error``), the order routes of the kill switch: ``DELETE
/api/v1/order/all`` (all, one symbol, or a ``filter``), ``POST /api/v1/order/cancelAllAfter``
(timeout in ms, 0 disarms) and ``GET /api/v1/order`` (``filter`` JSON such as ``{"open":
true}``, ``count``/``start``/``reverse`` paging), and the ``x-ratelimit-*`` headers with HTTP
429 and ``Retry-After`` (api-connectors' python-swaggerpy README).

The verifier is written from the page, not from the recipe: api-signature is the hex
HMAC-SHA256, keyed by the secret as text, of verb + path (with ``?query`` as sent) + the
api-expires value + the raw body; a request whose api-expires (UNIX seconds) is in the past
is refused. No maximum distance into the future is published, so none is enforced.

The simulator keeps no order history: every order it holds is open, so a listing without
``{"open": true}`` shows the same orders (BitMEX would add filled and cancelled ones).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, RateDecision, State
from ..venue import (
    Accounts,
    Signed,
    Venue,
    cancel_orders,
    int_param,
    same_digest,
    signed_by,
)

__all__ = ["VENUE", "bitmex_sign", "verify_bitmex"]

EXCHANGE = "bitmex"
_AUTH = "HTTPError"  # the error name of every non-parameter refusal (see the spec's notes)
_PARAM = "ValidationError"


_REQUIRED_HEADERS = tuple(  # one message for any of the three missing
    (name, _AUTH, "Missing API key, api-expires or api-signature header.")
    for name in ("api-key", "api-expires", "api-signature")
)


def bitmex_sign(secret: str, verb: str, path: str, expires: str, data: str) -> str:
    """hex(HMAC_SHA256(apiSecret, verb + path + expires + data)), the page's formula; ``path``
    carries the query string as sent."""
    message = (verb + path + expires + data).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify_bitmex(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    signed = signed_by(request, accounts, _REQUIRED_HEADERS, (_AUTH, "Invalid API Key."))
    if not isinstance(signed, Signed):
        return Reject(*signed, 401)
    account, found = signed
    expires, sign = found["api-expires"], found["api-signature"]
    if not expires.isdigit():
        return Reject(_AUTH, "api-expires must be a UNIX timestamp in seconds.", 401)
    if int(expires) < now_ms // 1000:
        return Reject(
            _AUTH,
            f"This request has expired - `expires` is in the past. Current time: {now_ms // 1000}",
            401,
        )
    target = request.path + (f"?{request.raw_query}" if request.raw_query else "")
    body = request.body.decode(errors="replace")
    if not same_digest(sign, bitmex_sign(account.secret, request.method, target, expires, body)):
        return Reject(_AUTH, "Signature not valid.", 401)
    return account


# --------------------------------------------------------------------------- records


def _iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{moment}.{ms % 1000:03d}Z"


def order_guid(order: Order) -> str:
    """The order's id as BitMEX writes one (a GUID), derived from the simulator's number so that
    a test can tell which seeded order it is."""
    return str(uuid.UUID(int=order.order_id))


def _number(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _record(o: Order, account: Account, status: str, now: int) -> dict[str, object]:
    """An Order (swagger.json definitions.Order) with the fields the simulator knows."""
    qty = _number(o.quantity)
    open_ = status == "New"
    return {
        "orderID": order_guid(o),
        "clOrdID": o.client_order_id,
        "clOrdLinkID": "",
        "account": int(account.uid) if account.uid.isdigit() else None,
        "symbol": o.symbol,
        "side": o.side,
        "orderQty": qty,
        "price": _number(o.price),
        "ordType": "Limit",
        "timeInForce": "GoodTillCancel",
        "execInst": "",
        "ordStatus": status,
        "workingIndicator": open_,
        "leavesQty": qty if open_ else 0,
        "cumQty": 0,
        "avgPx": None,
        "text": "Submitted via API." if open_ else "Canceled: Cancel all via API",
        "transactTime": _iso(o.created_ms),
        "timestamp": _iso(o.created_ms if open_ else now),
    }


def _filter(params: Mapping[str, object]) -> dict[str, object] | Reject:
    """The ``filter`` param: a JSON object of field/value pairs (``{"side": "Buy"}``)."""
    raw = params.get("filter")
    if raw is None:
        return {}
    try:
        data = json.loads(str(raw))
    except ValueError:
        return Reject(_PARAM, "filter: must be valid JSON.", 400)
    if not isinstance(data, dict):
        return Reject(_PARAM, "filter: must be a JSON object.", 400)
    return data


_FIELDS = {"symbol": "symbol", "side": "side", "clOrdID": "client_order_id"}


def _matches(state: State, o: Order, wanted: Mapping[str, object]) -> bool:
    """Whether ``o`` passes a filter: ``open`` (every order here is open), symbol, side and
    clOrdID compared; keys the simulator does not model pass every order."""
    for name, value in wanted.items():
        if name == "open":
            if value is False:
                return False
            continue
        attr = _FIELDS.get(name)
        if attr is None:
            continue
        have = getattr(o, attr)
        if name == "symbol" and isinstance(value, str):
            if not state.same_market(EXCHANGE, have, value):
                return False
        elif have != value:
            return False
    return True


def _selected(state: State, account: Account, params: Mapping[str, object]) -> list[Order] | Reject:
    """The account's orders that the request's ``symbol`` and ``filter`` select, oldest first."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    wanted = _filter(params)
    if isinstance(wanted, Reject):
        return wanted
    orders = [
        o
        for o in state.open_orders(EXCHANGE, account.key)
        if (symbol is None or state.same_market(EXCHANGE, o.symbol, symbol))
        and _matches(state, o, wanted)
    ]
    return sorted(orders, key=lambda o: o.order_id)


# --------------------------------------------------------------------------- endpoints


def cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Cancels the selected orders and answers them with ordStatus Canceled; an order whose
    cancel is made to fail stays open and is not in the answer."""
    with state.lock:
        selected = _selected(state, account, params)
        if isinstance(selected, Reject):
            return selected
        ok, _failed = cancel_orders(state, selected)
    return [_record(o, account, "Canceled", now) for o in ok]


def cancel_all_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Arms or replaces the account's countdown (timeout in ms, every order of the account);
    0 cancels the timer. Answers ``{now, cancelTime}`` (the fields CCXT 4.5.0 documents)."""
    timeout = params.get("timeout")
    if not isinstance(timeout, int):
        return Reject(_PARAM, "timeout: is required", 400)
    if timeout == 0:
        state.disarm(EXCHANGE, account.key, "")
        return {"now": _iso(now)}
    trigger = now + timeout
    state.arm(EXCHANGE, account.key, "", trigger)
    return {"now": _iso(now), "cancelTime": _iso(trigger)}


def get_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """The selected orders: ``count`` of them (default 100) from offset ``start``, oldest first
    unless ``reverse``."""
    selected = _selected(state, account, params)
    if isinstance(selected, Reject):
        return selected
    if params.get("reverse") is True:
        selected.reverse()
    start = int_param(params, "start", 0)
    count = int_param(params, "count", 100)
    return [_record(o, account, "New", now) for o in selected[start : start + count]]


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class BitMEXVenue(Venue):
    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {"error": {"message": reject.message, "name": reject.code}}

    def rate_headers(self, decision: RateDecision | None) -> dict[str, str]:
        """x-ratelimit-limit / -remaining, and -reset in UNIX seconds: when the window that
        decided ends ("If you have not exceeded your limit, this value is always the current
        timestamp": the simulator's fixed windows give their end instead)."""
        headers = super().rate_headers(decision)
        if decision is not None and self.wire.header_reset:
            headers[self.wire.header_reset] = str(-(-decision.reset_ms // 1000))
        return headers

    def rate_limited(self, decision: RateDecision) -> Reject:
        """HTTP 429 with ``Retry-After`` in seconds ("the number of seconds you should sleep
        before retrying"): at most one window."""
        wait_s = max(1, -(-decision.interval_ms // 1000))
        message = f"Rate limit exceeded, retry in {wait_s} seconds."
        return Reject(_AUTH, message, 429, {"Retry-After": str(wait_s)})


VENUE = BitMEXVenue(
    wire=EXCHANGES[EXCHANGE],
    verify=verify_bitmex,
    handlers={
        "all.cancel_all_orders": cancel_all_orders,
        "all.cancel_all_after": cancel_all_after,
        "all.get_orders": get_orders,
    },
    market="all",
    symbols=("XBTUSD", "ETHUSD", "XBTUSDT", "ETHUSDT", "SOLUSDT"),
    case_insensitive_symbols=True,  # get_orders: "Symbols are case-insensitive."
    order_defaults={"side": "Buy"},
    rate_limit_code=_AUTH,
    rate_limit_status=429,
    permission_code=_AUTH,
    permission_status=403,
    ip_code=_AUTH,
    ip_status=403,
    busy_code=_AUTH,
    unknown_market_code=_PARAM,
    unknown_market_status=400,
)
