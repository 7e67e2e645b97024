"""Each exchange's answers: envelopes, error bodies and statuses, rate-limit replies and
headers, and the behaviour of every endpoint its page describes.

Hand-written: the specs say what the wire looks like (``_routes.EXCHANGES``: codes, fields,
header names, tolerances); what the exchange *does* (which orders a cancel touches, how a
countdown fires, what comes back when nothing matches) is written here, one function per
endpoint, registered in ``HANDLERS`` under the spec's operation name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._routes import EXCHANGES
from ._wire import ExchangeWire, Reject
from .state import Account, Order, RateDecision, State

__all__ = ["BEHAVIOURS", "HANDLERS", "Behaviour", "simulated"]

Handler = Callable[[State, Account, Mapping[str, object], int], "object | Reject"]


@dataclass(frozen=True)
class HtxV1:
    """A payload HTX answers in its v1 ``{code, msg, ts, data}`` shape (linear-cancel-after)
    instead of v5's ``{code, data, message, ts}``."""

    data: object


@dataclass(frozen=True)
class HtxLegacy:
    """A payload HTX answers in its legacy v1 ``{status: "ok", data, ts}`` shape (the
    linear-swap-api cancel-all and open-orders endpoints)."""

    data: object


@dataclass(frozen=True)
class Behaviour:
    """How one exchange wraps answers. Codes and header names come from its spec."""

    wire: ExchangeWire
    rate_limit_code: str
    rate_limit_status: int
    permission_code: str
    permission_status: int
    ip_code: str
    ip_status: int
    busy_code: str
    unknown_market_code: str  # the exchange's answer to a symbol it does not list
    unknown_market_status: int

    @property
    def id(self) -> str:
        return self.wire.id

    def _code(self, code: str) -> object:
        if self.wire.code_is_int and code.lstrip("-").isdigit():
            return int(code)
        return code

    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        w = self.wire
        if isinstance(payload, HtxV1):
            return 200, {"code": 200, "msg": "", "ts": now_ms, "data": payload.data}
        if isinstance(payload, HtxLegacy):
            return 200, {"status": "ok", "data": payload.data, "ts": now_ms}
        if self.id == "bingx":
            return 200, {"code": 0, "msg": "", "debugMsg": "", "data": payload}
        if self.id == "htx":
            return 200, {"code": 200, "data": payload, "message": "Success", "ts": now_ms}
        if self.id == "bitget":
            return 200, {"code": "00000", "msg": "success", "requestTime": now_ms, "data": payload}
        assert w.code_field is None
        return 200, payload

    def status_of(self, reject: Reject) -> int:
        if reject.http_status is not None:
            return reject.http_status
        info = self.wire.errors.get(reject.code)
        if info is not None and info.http_status is not None:
            return info.http_status
        return self.wire.default_error_status

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        status = self.status_of(reject)
        code = self._code(reject.code)
        if self.id == "bingx":
            return status, {"code": code, "msg": reject.message, "debugMsg": ""}
        if self.id == "htx":
            if reject.legacy:
                return status, {
                    "status": "error",
                    "err_code": code,
                    "err_msg": reject.message,
                    "ts": now_ms,
                }
            return status, {"code": code, "message": reject.message, "data": None, "ts": now_ms}
        if self.id == "bitget":
            return status, {
                "code": code,
                "msg": reject.message,
                "requestTime": now_ms,
                "data": None,
            }
        return status, {"label": reject.code, "message": reject.message}

    def rate_limited(self, decision: RateDecision) -> Reject:
        if self.id == "bingx":
            message = (
                "The endpoint trigger frequency limit rule is currently in the disabled period "
                f"and will be unblocked after {decision.reset_ms}"
            )
        else:
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
        if self.id == "htx":
            headers["ratelimit-interval"] = str(decision.interval_ms)
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
        body: dict[str, object] = {top: value}
        if self.id == "htx":
            body = {"status": "ok", **body}  # the legacy v1 shape of /api/v1/timestamp
        return 200, body


BEHAVIOURS: Mapping[str, Behaviour] = {
    # Unknown symbol: BingX documents no specific code; 100400 "invalid parameter" (protocols §1c).
    "bingx": Behaviour(
        EXCHANGES["bingx"], "100410", 200, "100403", 403, "100419", 200, "100503", "100400", 200
    ),
    # HTX documents no permission or IP codes for v5: the gateway's 403 with the HTTP status.
    # Unknown contract: 1014 (the [Cross] Cancel All Orders page names it for a missing contract).
    "htx": Behaviour(EXCHANGES["htx"], "1032", 200, "403", 403, "403", 403, "1004", "1014", 200),
    # Unknown symbol: 40034 "Parameter ... does not exist" (observed answer, not on a Bitget page).
    "bitget": Behaviour(
        EXCHANGES["bitget"], "429", 429, "40014", 400, "40018", 400, "40010", "40034", 400
    ),
    # Unknown pair: INVALID_CURRENCY_PAIR, in Gate's list of spot error labels.
    "gate": Behaviour(
        EXCHANGES["gate"],
        "TOO_MANY_REQUESTS",
        429,
        "READ_ONLY",
        401,
        "IP_FORBIDDEN",
        401,
        "TOO_BUSY",
        "INVALID_CURRENCY_PAIR",
        400,
    ),
}


def _unknown_market(exchange: str, name: str, symbol: str) -> Reject:
    behaviour = BEHAVIOURS[exchange]
    return Reject(
        behaviour.unknown_market_code,
        f"{name} {symbol!r} does not exist",
        behaviour.unknown_market_status,
    )


def _market(
    state: State, exchange: str, params: Mapping[str, object], name: str
) -> str | Reject | None:
    """The market param ``name`` if the request names one the exchange lists; its own error
    if it names another (exchanges refuse symbols they do not list)."""
    value = params.get(name)
    if not isinstance(value, str):
        return None
    if not state.knows_market(exchange, value):
        return _unknown_market(exchange, name, value)
    return value


# --------------------------------------------------------------------------- endpoints


def _split(orders: list[Order]) -> tuple[list[Order], list[Order]]:
    ok = [o for o in orders if o.cancel_error is None]
    failed = [o for o in orders if o.cancel_error is not None]
    return ok, failed


def _utc(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ms // 1000))


def bingx_cancel_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Cancels the account's spot orders (all, or one symbol); returns them as CANCELED."""
    symbol = _market(state, "bingx", params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    with state.lock:
        orders = state.open_orders("bingx", account.key, symbol)
        ok, failed = _split(orders)
        state.cancel(ok)
    return {
        "orders": [_bingx_order(o, "CANCELED", now) for o in ok]
        + [_bingx_order(o, "FAILED", now) for o in failed]
    }


def _bingx_order(o: Order, status: str, now: int) -> dict[str, object]:
    return {
        "symbol": o.symbol,
        "orderId": o.order_id,
        "transactTime": now,
        "price": o.price,
        "stopPrice": "0",
        "origQty": o.quantity,
        "executedQty": "0",
        "cummulativeQuoteQty": "0",
        "status": status,
        "type": o.type.upper(),
        "side": o.side.upper(),
        "clientOrderID": o.client_order_id,
    }


def bingx_cancel_all_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """ACTIVATE arms or extends the countdown (triggerTime in seconds), CLOSE disarms; both are
    rejected while a fired countdown's orders are still being cancelled in batches."""
    if state.batch_running(account.key):
        return Reject(
            "100503",
            "pending orders are being cancelled in batches; ACTIVATE and CLOSE are rejected until it completes",
        )
    if params["type"] == "CLOSE":
        state.disarm("bingx", account.key, "")
        return {"triggerTime": 0, "status": "CLOSED", "note": "The countdown has been closed"}
    timeout = params["timeOut"]
    assert isinstance(timeout, int)
    trigger = now + timeout * 1000
    state.arm("bingx", account.key, "", trigger)
    return {
        "triggerTime": trigger // 1000,
        "status": "ACTIVATED",
        "note": (
            f"All your spot pending orders will be closed automatically at {_utc(trigger)} UTC(+0),"
            "before that you can cancel the timer, or extend triggerTime time by this request"
        ),
    }


def htx_cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Filters by contract_code, side and position_side; one item per order with its own code;
    1051 when nothing matches."""
    contract = _market(state, "htx", params, "contract_code")
    if isinstance(contract, Reject):
        return contract
    with state.lock:
        orders = [
            o
            for o in state.open_orders("htx", account.key, None)
            if (contract is None or state.same_market("htx", contract, o.symbol))
            and params.get("side") in (None, o.side)
            and params.get("position_side") in (None, o.position_side)
        ]
        if not orders:
            return Reject("1051", "No orders to cancel.")
        ok, failed = _split(orders)
        state.cancel(ok)
    items: list[dict[str, object]] = [
        {
            "order_id": str(o.order_id),
            "client_order_id": o.client_order_id,
            "code": 200,
            "message": "Success",
        }
        for o in ok
    ]
    for o in failed:
        error = o.cancel_error or {}
        code = error.get("code", "1017")
        items.append(
            {
                "order_id": str(o.order_id),
                "client_order_id": o.client_order_id,
                "code": int(code) if code.isdigit() else code,
                "message": error.get("message", "Order doesn't exist"),
            }
        )
    return items


def bitget_cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """By productType and optional marginCoin; orders that fail (injected per order) land in
    failureList and stay open."""
    request_time = params.get("requestTime")
    window = params.get("receiveWindow")
    if (
        isinstance(request_time, int)
        and isinstance(window, int)
        and abs(now - request_time) > window
    ):
        return Reject("40078", "Timestamp for this request is outside of the ME receiveWindow")
    product = str(params["productType"]).upper()
    coin = params.get("marginCoin")
    with state.lock:
        orders = [
            o
            for o in state.open_orders("bitget", account.key, None)
            if o.product_type.upper() == product and coin in (None, o.margin_coin)
        ]
        ok, failed = _split(orders)
        state.cancel(ok)
    return {
        "successList": [{"orderId": str(o.order_id), "clientOid": o.client_order_id} for o in ok],
        "failureList": [
            {
                "orderId": str(o.order_id),
                "clientOid": o.client_order_id,
                "errorMsg": (o.cancel_error or {}).get("message", "order does not exist"),
                "errorCode": (o.cancel_error or {}).get("code", "43001"),
            }
            for o in failed
        ],
    }


def gate_countdown_cancel_all(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """A heartbeat per currency pair (or for all): re-arming resets, 0 disarms; triggerTime is a
    string of milliseconds."""
    timeout = params["timeout"]
    assert isinstance(timeout, int)
    pair = _market(state, "gate", params, "currency_pair")
    if isinstance(pair, Reject):
        return pair
    scope = pair or ""
    if timeout == 0:
        state.disarm("gate", account.key, scope)
        return {"triggerTime": "0"}
    trigger = now + timeout * 1000
    state.arm("gate", account.key, scope, trigger)
    return {"triggerTime": str(trigger)}


def gate_cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /spot/orders: cancels the account's open spot orders (one currency pair, one
    side, or all) and returns them; an order whose cancel fails comes back with succeeded
    false and its label, and stays open."""
    pair = _market(state, "gate", params, "currency_pair")
    if isinstance(pair, Reject):
        return pair
    side = params.get("side")
    with state.lock:
        orders = [o for o in state.open_orders("gate", account.key, pair) if side in (None, o.side)]
        ok, failed = _split(orders)
        state.cancel(ok)
    return [_gate_order(o, now, None) for o in ok] + [
        _gate_order(o, now, o.cancel_error or {}) for o in failed
    ]


def _gate_order(o: Order, now: int, error: Mapping[str, str] | None) -> dict[str, object]:
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


# --------------------------------------------------------------------------- open orders


def _int_param(params: Mapping[str, object], name: str, default: int) -> int:
    value = params.get(name, default)
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else default


def bingx_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Every open spot order of the account (or of one symbol), at most 2000, oldest first."""
    symbol = _market(state, "bingx", params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    orders = sorted(state.open_orders("bingx", account.key, symbol), key=lambda o: o.order_id)
    return {"orders": [_bingx_open(o) for o in orders[:2000]]}


def _bingx_open(o: Order) -> dict[str, object]:
    return {
        "symbol": o.symbol,
        "orderId": o.order_id,
        "price": o.price,
        "origQty": o.quantity,
        "executedQty": "0",
        "cummulativeQuoteQty": "0",
        "status": "NEW",
        "type": o.type.upper(),
        "side": o.side.upper(),
        "time": o.created_ms,
        "updateTime": o.created_ms,
        "origQuoteOrderQty": "0",
        "stopPrice": "0",
    }


def htx_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """v5 Get Current Orders: chronological; a page of ``limit`` (default 10) orders after the
    ``from`` id (direct next) or before it (direct prev)."""
    contract = _market(state, "htx", params, "contract_code")
    if isinstance(contract, Reject):
        return contract
    orders = sorted(
        (
            o
            for o in state.open_orders("htx", account.key, None)
            if contract is None or state.same_market("htx", contract, o.symbol)
        ),
        key=lambda o: o.order_id,
    )
    limit = _int_param(params, "limit", 10)
    start = params.get("from")
    if isinstance(start, int) and start > 0:
        if params.get("direct") == "prev":
            orders = [o for o in orders if o.order_id < start][-limit:]
        else:
            orders = [o for o in orders if o.order_id > start]
    return [_htx_open(o) for o in orders[:limit]]


def _htx_open(o: Order) -> dict[str, object]:
    return {
        "id": str(o.order_id),
        "contract_code": o.symbol,
        "side": o.side,
        "position_side": o.position_side,
        "type": o.type.lower(),
        "price_match": "",
        "order_id": str(o.order_id),
        "client_order_id": o.client_order_id,
        "margin_mode": "cross",
        "price": o.price,
        "volume": o.quantity,
        "lever_rate": 5,
        "state": "new",
        "order_source": "api",
        "reduce_only": False,
        "time_in_force": "gtc",
        "trade_avg_price": "0",
        "trade_volume": "0",
        "trade_turnover": "0",
        "fee_currency": "",
        "fee": "0",
        "profit": "",
        "contract_type": "swap",
        "created_time": o.created_ms,
        "updated_time": o.created_ms,
        "self_match_prevent": "cancel_both",
    }


def bitget_pending_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Pending orders of a product type (and symbol), newest first, ``limit`` (default 100)
    per page; ``idLessThan`` = the previous page's ``endId``. An empty list is ``null``."""
    symbol = _market(state, "bitget", params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    product = str(params["productType"]).upper()
    orders = sorted(
        (
            o
            for o in state.open_orders("bitget", account.key, None)
            if o.product_type.upper() == product
            and (symbol is None or state.same_market("bitget", symbol, o.symbol))
        ),
        key=lambda o: -o.order_id,
    )
    before = params.get("idLessThan")
    if isinstance(before, str) and before.isdigit():
        orders = [o for o in orders if o.order_id < int(before)]
    page = orders[: _int_param(params, "limit", 100)]
    return {
        "entrustedList": [_bitget_open(o) for o in page] or None,
        "endId": str(page[-1].order_id) if page else None,
    }


def _bitget_open(o: Order) -> dict[str, object]:
    return {
        "symbol": o.symbol,
        "size": o.quantity,
        "orderId": str(o.order_id),
        "clientOid": o.client_order_id,
        "baseVolume": "0",
        "fee": "",
        "price": o.price,
        "priceAvg": "",
        "status": "live",
        "side": o.side.lower(),
        "force": "gtc",
        "totalProfits": "",
        "posSide": "net",
        "marginCoin": o.margin_coin,
        "quoteVolume": "0",
        "leverage": "20",
        "marginMode": "crossed",
        "reduceOnly": "NO",
        "enterPointSource": "API",
        "tradeSide": "open",
        "posMode": "one_way_mode",
        "orderType": o.type.lower(),
        "orderSource": "normal",
        "cTime": str(o.created_ms),
        "uTime": str(o.created_ms),
    }


def _gate_open(o: Order, now: int) -> dict[str, object]:
    record = _gate_order(o, now, None)
    for key in ("succeeded", "label", "message"):
        del record[key]
    record.update(status="open", finish_as="open", update_time=record["create_time"])
    return record


def gate_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """List all open orders: one entry per currency pair with pending orders on this page;
    ``limit`` (default 100) orders of each pair per page."""
    limit = _int_param(params, "limit", 100)
    page = max(1, _int_param(params, "page", 1))
    by_pair: dict[str, list[Order]] = {}
    for o in sorted(state.open_orders("gate", account.key, None), key=lambda o: o.order_id):
        by_pair.setdefault(o.symbol, []).append(o)
    out: list[dict[str, object]] = []
    for pair, orders in sorted(by_pair.items()):
        chunk = orders[(page - 1) * limit : page * limit]
        if chunk:
            out.append(
                {
                    "currency_pair": pair,
                    "total": len(chunk),
                    "orders": [_gate_open(o, now) for o in chunk],
                }
            )
    return out


# --------------------------------------------------------------------------- HTX v1 (single-asset)


def htx_asset_mode(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """v5 Get Asset Mode: the account's collateral mode (``/_sim/accounts`` asset_mode)."""
    return HtxV1({"assets_mode": account.asset_mode})


def _htx_v1_orders(
    state: State, account: Account, params: Mapping[str, object], margin_mode: str
) -> list[Order] | Reject:
    contract = _market(state, "htx", params, "contract_code")
    if isinstance(contract, Reject):
        return Reject(contract.code, contract.message, contract.http_status, legacy=True)
    pair = params.get("pair")
    return sorted(
        (
            o
            for o in state.open_orders("htx", account.key, None)
            if o.margin_mode == margin_mode
            and (contract is None or state.same_market("htx", contract, o.symbol))
            and (
                contract is not None
                or pair is None
                or state.same_market("htx", str(pair), o.symbol)
            )
        ),
        key=lambda o: o.order_id,
    )


def _htx_v1_cancel(
    state: State, account: Account, params: Mapping[str, object], margin_mode: str
) -> object:
    """[Cross]/[Isolated] Cancel All Orders: one contract (or pair + contract_type), optional
    direction and offset; data.errors (the orders that failed) and data.successes (ids joined
    by commas); 1051 in the legacy error shape when nothing matches."""
    if params.get("contract_code") is None and (
        params.get("pair") is None or params.get("contract_type") is None
    ):
        return Reject(
            "1014", "contract_code, or pair and contract_type, must be filled in", legacy=True
        )
    with state.lock:
        orders = _htx_v1_orders(state, account, params, margin_mode)
        if isinstance(orders, Reject):
            return orders
        orders = [o for o in orders if params.get("direction") in (None, o.side)]
        if not orders:
            return Reject("1051", "No orders to cancel.", legacy=True)
        ok, failed = _split(orders)
        state.cancel(ok)
    errors = []
    for o in failed:
        code = str((o.cancel_error or {}).get("code") or "1017")
        message = (o.cancel_error or {}).get("message", "Order doesn't exist")
        errors.append(
            {
                "order_id": str(o.order_id),
                "err_code": int(code) if code.isdigit() else 1017,
                "err_msg": message,
            }
        )
    return HtxLegacy({"errors": errors, "successes": ",".join(str(o.order_id) for o in ok)})


def htx_cross_cancel_all(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _htx_v1_cancel(state, account, params, "cross")


def htx_isolated_cancel_all(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _htx_v1_cancel(state, account, params, "isolated")


def _htx_v1_open(
    state: State, account: Account, params: Mapping[str, object], margin_mode: str
) -> object:
    """[Cross]/[Isolated] Current unfilled orders: newest first, ``page_size`` (default 20) per
    page from ``page_index`` 1, with total_page, current_page and total_size."""
    orders = _htx_v1_orders(state, account, params, margin_mode)
    if isinstance(orders, Reject):
        return orders
    orders = orders[::-1]
    size = max(1, _int_param(params, "page_size", 20))
    page = max(1, _int_param(params, "page_index", 1))
    chunk = orders[(page - 1) * size : page * size]
    return HtxLegacy(
        {
            "orders": [_htx_v1_order(o, margin_mode) for o in chunk],
            "total_page": max(1, -(-len(orders) // size)),
            "current_page": page,
            "total_size": len(orders),
        }
    )


def _htx_v1_order(o: Order, margin_mode: str) -> dict[str, object]:
    return {
        "symbol": o.symbol.split("-")[0],
        "contract_code": o.symbol,
        "margin_mode": margin_mode,
        "margin_account": "USDT" if margin_mode == "cross" else o.symbol,
        "volume": o.quantity,
        "price": o.price,
        "order_price_type": o.type.lower(),
        "direction": o.side,
        "offset": "open",
        "lever_rate": 5,
        "order_id": o.order_id,
        "order_id_str": str(o.order_id),
        "status": 3,
    }


def htx_cross_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _htx_v1_open(state, account, params, "cross")


def htx_isolated_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _htx_v1_open(state, account, params, "isolated")


_HTX_DEFAULT_TIMEOUT_MS = 5000  # the page's default countdown


def htx_cancel_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """linear-cancel-after: on_off 1 arms (or restarts) a countdown of time_out ms (default
    5000) that cancels every futures order of the account when it ends; on_off 0 disarms."""
    if params["on_off"] == 0:
        state.disarm("htx", account.key, "")
        return HtxV1({"current_time": now})
    timeout = params.get("time_out", _HTX_DEFAULT_TIMEOUT_MS)
    assert isinstance(timeout, int)
    trigger = now + timeout
    state.arm("htx", account.key, "", trigger)
    return HtxV1({"current_time": now, "trigger_time": trigger})


HANDLERS: Mapping[tuple[str, str], Handler] = {
    ("bingx", "spot.cancel_open_orders"): bingx_cancel_open_orders,
    ("bingx", "spot.cancel_all_after"): bingx_cancel_all_after,
    ("htx", "futures.cancel_all_orders"): htx_cancel_all_orders,
    ("bitget", "mix.cancel_all_orders"): bitget_cancel_all_orders,
    ("gate", "spot.countdown_cancel_all"): gate_countdown_cancel_all,
    ("gate", "spot.cancel_all_orders"): gate_cancel_all_orders,
    ("htx", "futures.cancel_after"): htx_cancel_after,
    ("bingx", "spot.open_orders"): bingx_open_orders,
    ("htx", "futures.open_orders"): htx_open_orders,
    ("bitget", "mix.pending_orders"): bitget_pending_orders,
    ("gate", "spot.open_orders"): gate_open_orders,
    ("htx", "futures.asset_mode"): htx_asset_mode,
    ("htx", "futures.cross_cancel_all"): htx_cross_cancel_all,
    ("htx", "futures.isolated_cancel_all"): htx_isolated_cancel_all,
    ("htx", "futures.cross_open_orders"): htx_cross_open_orders,
    ("htx", "futures.isolated_open_orders"): htx_isolated_open_orders,
}
"""The behaviour of every endpoint, by (exchange, operation); a route without one answers
the exchange's error saying it is not simulated."""


def simulated(exchange: str, operation: str) -> bool:
    """Whether the endpoint has a behaviour here (a route without one answers HTTP 501)."""
    return (exchange, operation) in HANDLERS
