"""Gate spot as the simulator plays it: APIv4 signing (exchange-protocols.md §4a), bare
payloads and ``{label, message}`` errors, the spot cancel-all and open-orders endpoints and the
per-pair ``countdown_cancel_all`` heartbeat; the same for USDT-settled futures.

An order (spot or futures) whose ``type`` names a trigger (``limit_trigger``,
``market_trigger``) is an untriggered price-triggered order ("auto order"): only its market's
price-order endpoints see it (spot ``GET``/``DELETE /spot/price_orders``, futures
``GET``/``DELETE /futures/{settle}/price_orders``). The ordinary cancel-alls and listings and
both countdowns leave it: the sources give price-triggered orders their own endpoints and do
not say that the ordinary ones or the countdowns touch them, so a bot tested here does not count
on it. The simulator keeps price-triggered orders of the classic (``normal``) account only.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import unquote_plus

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Signed, Venue, int_param, same_digest, signed_by, split_failing

__all__ = ["VENUE", "gate_sign", "verify_gate"]


# --------------------------------------------------------------------------- signature (§4a)


def gate_sign(secret: str, method: str, path: str, query: str, body: bytes, timestamp: str) -> str:
    """Hex HMAC-SHA512 of ``METHOD\\npath\\nquery\\nhex(sha512(body))\\ntimestamp``."""
    text = f"{method.upper()}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{timestamp}"
    return hmac.new(secret.encode(), text.encode(), hashlib.sha512).hexdigest()


_REQUIRED_HEADERS = tuple(
    (name, "MISSING_REQUIRED_HEADER", f"missing required header: {name}")
    for name in ("KEY", "SIGN", "Timestamp")
)


def _auth(label: str, message: str) -> Reject:
    return Reject(label, message, 401)


def verify_gate(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    signed = signed_by(
        request, accounts, _REQUIRED_HEADERS, ("INVALID_KEY", "Invalid key provided")
    )
    if not isinstance(signed, Signed):
        return _auth(*signed)
    account, found = signed
    sign, timestamp = found["SIGN"], found["Timestamp"]
    queries = dict.fromkeys((request.raw_query, unquote_plus(request.raw_query)))
    expected = [
        gate_sign(account.secret, request.method, request.path, q, request.body, timestamp)
        for q in queries
    ]
    if not any(same_digest(sign, e) for e in expected):
        return _auth("INVALID_SIGNATURE", "Signature mismatch")
    try:
        seconds = float(timestamp)
    except ValueError:
        return _auth("INVALID_SIGNATURE", f"invalid Timestamp header {timestamp!r}")
    if seconds != seconds or abs(now_ms / 1000 - seconds) > tolerance_ms / 1000:
        return _auth(
            "REQUEST_EXPIRED",
            f"gap between request Timestamp and server time exceeds {tolerance_ms // 1000}",
        )
    expiry = request.header("x-gate-exptime")
    if expiry is not None and (not expiry.isdigit() or int(expiry) < now_ms):
        return _auth("REQUEST_EXPIRED", f"request expired at x-gate-exptime {expiry}")
    return account


# --------------------------------------------------------------------------- endpoints


def _is_trigger(order: Order) -> bool:
    """An untriggered price-triggered order: its type names a trigger (``limit_trigger``)."""
    return "trigger" in order.type.lower()


def _ordinary(orders: list[Order]) -> list[Order]:
    """The ordinary orders of ``orders`` (price-triggered orders have their own endpoints)."""
    return [o for o in orders if not _is_trigger(o)]


def _triggers(state: State, account: Account, symbol: str | None, market: str) -> list[Order]:
    """The account's untriggered price-triggered orders of ``market`` (one symbol, or all), by
    id (oldest first)."""
    orders = state.open_orders("gate", account.key, symbol, market)
    return sorted((o for o in orders if _is_trigger(o)), key=lambda o: o.order_id)


def _base_type(order: Order) -> str:
    """A price-triggered order's own order type: ``limit`` or ``market``."""
    return "market" if "market" in order.type.lower() else "limit"


def countdown_cancel_all(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """A heartbeat per currency pair (or for all): re-arming resets, 0 disarms; triggerTime is a
    string of milliseconds."""
    timeout = params["timeout"]
    assert isinstance(timeout, int)
    pair = VENUE.market_param(state, params, "currency_pair")
    if isinstance(pair, Reject):
        return pair
    scope = pair or ""
    if timeout == 0:
        state.disarm("gate", account.key, scope)
        return {"triggerTime": "0"}
    trigger = now + timeout * 1000
    state.arm("gate", account.key, scope, trigger)
    return {"triggerTime": str(trigger)}


def cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /spot/orders: cancels the account's open spot orders (one currency pair, one
    side, or all) and returns them; an order whose cancel fails comes back with succeeded
    false and its label, and stays open."""
    pair = VENUE.market_param(state, params, "currency_pair")
    if isinstance(pair, Reject):
        return pair
    side = params.get("side")
    with state.lock:
        orders = [
            o
            for o in _ordinary(state.open_orders("gate", account.key, pair, "spot"))
            if side in (None, o.side)
        ]
        ok, failed = split_failing(orders)
        state.cancel(ok)
    return [_order(o, now, None) for o in ok] + [
        _order(o, now, o.cancel_error or {}) for o in failed
    ]


def _order(o: Order, now: int, error: Mapping[str, str] | None) -> dict[str, object]:
    created_s = str(o.created_ms // 1000)
    return {
        "id": str(o.order_id),
        "text": o.client_order_id,
        "amend_text": "-",
        "succeeded": error is None,
        "label": "" if error is None else error.get("code", "ORDER_NOT_FOUND"),
        "message": "" if error is None else error.get("message", "Order not found"),
        "create_time": created_s,
        "update_time": str(now // 1000),
        "create_time_ms": o.created_ms,
        "update_time_ms": now,
        "status": "cancelled" if error is None else "open",
        "currency_pair": o.symbol,
        "type": o.type.lower(),
        "account": "spot",
        "side": o.side.lower(),
        "amount": o.quantity,
        "price": o.price,
        "time_in_force": "gtc",
        "left": o.quantity,
        "filled_amount": "0",
        "filled_total": "0",
        "finish_as": "cancelled" if error is None else "open",
    }


def _open(o: Order, now: int) -> dict[str, object]:
    record = _order(o, now, None)
    for key in ("succeeded", "label", "message"):
        del record[key]
    record.update(status="open", finish_as="open", update_time=record["create_time"])
    return record


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """List all open orders: one entry per currency pair with pending orders on this page;
    ``limit`` (default 100) orders of each pair per page."""
    limit = int_param(params, "limit", 100)
    page = max(1, int_param(params, "page", 1))
    by_pair: dict[str, list[Order]] = {}
    spot = _ordinary(state.open_orders("gate", account.key, None, "spot"))
    for o in sorted(spot, key=lambda o: o.order_id):
        by_pair.setdefault(o.symbol, []).append(o)
    out: list[dict[str, object]] = []
    for pair, orders in sorted(by_pair.items()):
        chunk = orders[(page - 1) * limit : page * limit]
        if chunk:
            out.append(
                {
                    "currency_pair": pair,
                    "total": len(chunk),
                    "orders": [_open(o, now) for o in chunk],
                }
            )
    return out


# --------------------------------------------------------------------------- USDT futures
# Orders seeded with market "futures"; the path's settle currency (usdt or btc) is routed
# through its enum values and not read again: a contract's settle currency is in its name.


def _contract(state: State, params: Mapping[str, object]) -> str | Reject | None:
    contract = params.get("contract")
    if not isinstance(contract, str):
        return None
    if not state.knows_market("gate", contract):
        return Reject("CONTRACT_NOT_FOUND", f"contract {contract!r} not found", 400)
    return contract


def futures_countdown_cancel_all(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """The futures heartbeat, per contract or for all: re-arming resets, 0 disarms."""
    timeout = params["timeout"]
    assert isinstance(timeout, int)
    contract = _contract(state, params)
    if isinstance(contract, Reject):
        return contract
    scope = contract or ""
    if timeout == 0:
        state.disarm("gate", account.key, scope, "futures")
        return {"triggerTime": "0"}
    trigger = now + timeout * 1000
    state.arm("gate", account.key, scope, trigger, "futures")
    return {"triggerTime": str(trigger)}


def futures_cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /futures/{settle}/orders: cancels the open orders of one contract (required),
    optionally one side (bid: buys, ask: sells), and returns them finished as cancelled; an
    order whose cancel fails is left out and stays open."""
    contract = _contract(state, params)
    if isinstance(contract, Reject):
        return contract
    side = {"bid": "buy", "ask": "sell"}.get(str(params.get("side")))
    with state.lock:
        orders = [
            o
            for o in _ordinary(state.open_orders("gate", account.key, contract, "futures"))
            if side is None or o.side == side
        ]
        ok, _failed = split_failing(orders)
        state.cancel(ok)
    return [_futures_order(o, now, "finished") for o in ok]


def futures_list_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /futures/{settle}/orders?status=open: the open orders (of one contract), oldest
    first, ``limit`` (default 100) from ``offset``, after the order ``last_id``; finished
    orders are not kept."""
    contract = _contract(state, params)
    if isinstance(contract, Reject):
        return contract
    if params.get("status") != "open":
        return []
    limit = int_param(params, "limit", 100)
    offset = int_param(params, "offset", 0)
    after = int_param(params, "last_id", 0)  # the id of the previous page's last order
    orders = sorted(
        (
            o
            for o in _ordinary(state.open_orders("gate", account.key, contract, "futures"))
            if o.order_id > after
        ),
        key=lambda o: o.order_id,
    )
    return [_futures_order(o, now, "open") for o in orders[offset : offset + limit]]


def _futures_order(o: Order, now: int, status: str) -> dict[str, object]:
    size = int(Decimal(o.quantity)) * (-1 if o.side == "sell" else 1)
    record: dict[str, object] = {
        "id": o.order_id,
        "user": 100000,
        "contract": o.symbol,
        "create_time": o.created_ms / 1000,
        "size": size,
        "iceberg": 0,
        "left": size,
        "price": o.price,
        "fill_price": "0",
        "mkfr": "-0.00025",
        "tkfr": "0.00075",
        "tif": "gtc",
        "refu": 0,
        "is_reduce_only": False,
        "is_close": False,
        "is_liq": False,
        "text": o.client_order_id,
        "status": status,
        "stp_id": 0,
        "stp_act": "-",
        "amend_text": "-",
    }
    if status == "finished":
        record.update(finish_time=now / 1000, finish_as="cancelled")
    return record


# --------------------------------------------------------------------------- price-triggered orders


def _page(
    records: list[dict[str, object]], params: Mapping[str, object]
) -> list[dict[str, object]]:
    """``limit`` (default 100) records from ``offset`` (default 0), the price-order listings'
    paging."""
    limit = max(1, int_param(params, "limit", 100))
    offset = max(0, int_param(params, "offset", 0))
    return records[offset : offset + limit]


def _spot_trigger_record(o: Order, now: int, cancelled: bool) -> dict[str, object]:
    """One spot price-triggered order as GET/DELETE /spot/price_orders give it (the published
    example's fields; a buy triggers at or below its price, a sell at or above)."""
    side = o.side.lower()
    return {
        "trigger": {"price": o.price, "rule": "<=" if side == "buy" else ">=", "expiration": 86400},
        "put": {
            "type": _base_type(o),
            "side": side,
            "price": o.price,
            "amount": o.quantity,
            "account": "normal",
            "time_in_force": "gtc",
            "text": "api",
        },
        "id": o.order_id,
        "user": 100000,
        "market": o.symbol,
        "ctime": o.created_ms // 1000,
        "ftime": now // 1000 if cancelled else 0,
        "fired_order_id": 0,
        "status": "cancelled" if cancelled else "open",
        "reason": "",
    }


def _classic(params: Mapping[str, object]) -> bool:
    """The request is about the classic spot account (``account`` absent or ``normal``): the
    simulator keeps no margin or unified price-triggered orders."""
    return params.get("account") in (None, "normal")


def spot_list_price_triggered_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /spot/price_orders: the untriggered spot price-triggered orders (``status=open``;
    ``finished`` ones are not kept), of one market or all, oldest first, ``limit`` from
    ``offset``. A market filter is not checked: an unknown one matches nothing."""
    market = params.get("market")
    if params.get("status") != "open" or not _classic(params):
        return []
    orders = _triggers(state, account, market if isinstance(market, str) else None, "spot")
    return _page([_spot_trigger_record(o, now, False) for o in orders], params)


def spot_cancel_price_triggered_order_list(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /spot/price_orders: cancels the untriggered spot price-triggered orders (one
    market, or all) and returns them cancelled; ordinary orders are left alone. One whose cancel
    fails is left out of the answer and stays open."""
    market = VENUE.market_param(state, params, "market")
    if isinstance(market, Reject):
        return market
    if not _classic(params):
        return []
    with state.lock:
        ok, _failed = split_failing(_triggers(state, account, market, "spot"))
        state.cancel(ok)
    return [_spot_trigger_record(o, now, True) for o in ok]


def _futures_trigger_record(o: Order, now: int, cancelled: bool) -> dict[str, object]:
    """One futures price-triggered order as GET/DELETE /futures/{settle}/price_orders give it
    (the published example's fields; a market order has price 0 and tif ioc, as the model says;
    a buy triggers at or below its price (rule 2), a sell at or above (rule 1))."""
    size = int(Decimal(o.quantity)) * (-1 if o.side.lower() == "sell" else 1)
    market = _base_type(o) == "market"
    record: dict[str, object] = {
        "initial": {
            "contract": o.symbol,
            "size": size,
            "price": "0" if market else o.price,
            "tif": "ioc" if market else "gtc",
            "text": "api",
            "reduce_only": False,
            "is_reduce_only": False,
            "is_close": False,
        },
        "trigger": {
            "strategy_type": 0,
            "price_type": 0,
            "price": o.price,
            "rule": 2 if o.side.lower() == "buy" else 1,
            "expiration": 86400,
        },
        "id": o.order_id,
        "user": 100000,
        "create_time": o.created_ms / 1000,
        "trade_id": 0,
        "status": "finished" if cancelled else "open",
        "reason": "",
    }
    if cancelled:
        record.update(finish_time=now / 1000, finish_as="cancelled")
    return record


def futures_list_price_triggered_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /futures/{settle}/price_orders: the untriggered price-triggered orders
    (``status=open``; finished ones are not kept), of one contract or all, oldest first,
    ``limit`` from ``offset``."""
    contract = _contract(state, params)
    if isinstance(contract, Reject):
        return contract
    if params.get("status") != "open":
        return []
    orders = _triggers(state, account, contract, "futures")
    return _page([_futures_trigger_record(o, now, False) for o in orders], params)


def futures_cancel_price_triggered_order_list(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /futures/{settle}/price_orders: cancels the untriggered price-triggered orders
    (one contract, or all) and returns them finished as cancelled; ordinary orders are left
    alone. One whose cancel fails is left out of the answer and stays open."""
    contract = _contract(state, params)
    if isinstance(contract, Reject):
        return contract
    with state.lock:
        ok, _failed = split_failing(_triggers(state, account, contract, "futures"))
        state.cancel(ok)
    return [_futures_trigger_record(o, now, True) for o in ok]


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class GateVenue(Venue):
    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {"label": reject.code, "message": reject.message}

    def fires_on(self, scope: str, order: Order) -> bool:
        """A countdown's scope is a currency pair or contract ("": all); it cancels ordinary
        orders only (price-triggered orders stay: see the module docstring)."""
        return not _is_trigger(order) and (not scope or order.symbol == scope)


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC")

VENUE = GateVenue(
    wire=EXCHANGES["gate"],
    verify=verify_gate,
    handlers={
        "spot.countdown_cancel_all": countdown_cancel_all,
        "spot.cancel_all_orders": cancel_all_orders,
        "spot.open_orders": open_orders,
        "futures.countdown_cancel_all": futures_countdown_cancel_all,
        "futures.cancel_all_orders": futures_cancel_all_orders,
        "futures.list_orders": futures_list_orders,
        "spot.list_price_triggered_orders": spot_list_price_triggered_orders,
        "spot.cancel_price_triggered_order_list": spot_cancel_price_triggered_order_list,
        "futures.list_price_triggered_orders": futures_list_price_triggered_orders,
        "futures.cancel_price_triggered_order_list": futures_cancel_price_triggered_order_list,
    },
    market="spot",
    other_markets=("futures",),
    symbols=(*tuple(f"{b}_USDT" for b in _BASES), "ETH_BTC"),
    order_defaults={"side": "buy"},
    rate_limit_code="TOO_MANY_REQUESTS",
    rate_limit_status=429,
    permission_code="READ_ONLY",
    permission_status=401,
    ip_code="IP_FORBIDDEN",
    ip_status=401,
    busy_code="TOO_BUSY",
    # Unknown pair: INVALID_CURRENCY_PAIR, in Gate's list of spot error labels.
    unknown_market_code="INVALID_CURRENCY_PAIR",
    unknown_market_status=400,
    method_not_allowed_code="METHOD_NOT_ALLOWED",
    body_error_code="INVALID_REQUEST_BODY",
)
