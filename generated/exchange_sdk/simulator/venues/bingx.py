"""BingX spot and USDT-M perpetual swap as the simulator plays them: the signature check
(exchange-protocols.md §1a; one key and one signing scheme for both markets), envelope
``{code, msg, debugMsg, data}``, error codes, and per market the cancel-all, open-orders and
``cancelAllAfter`` countdown (fired countdowns cancel in batches; ACTIVATE and CLOSE are
rejected until the last batch). Swap orders are seeded with ``market: "swap"``; each market's
endpoints see only its own orders."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import unquote, unquote_plus

from .._routes import EXCHANGES
from .._wire import BadBody, Reject, WireRequest
from ..state import Account, Order, RateDecision, State
from ..venue import Accounts, Venue, cancel_orders, same_digest, split_off

__all__ = ["VENUE", "bingx_sign", "verify_bingx"]


# --------------------------------------------------------------------------- signature (§1a)


def bingx_sign(secret: str, payload: str) -> str:
    """Lowercase hex HMAC-SHA256 of the parameter string."""
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


def _json_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal | int):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def verify_bingx(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    """``X-BX-APIKEY`` header; ``signature`` = hex HMAC-SHA256 over the query string as received
    (or a form body as received), or over the sorted ``k=v`` string of a JSON body; the
    ``timestamp`` (ms) within ``recvWindow`` (default: the spec's tolerance) of server time."""
    key = request.header("X-BX-APIKEY")
    if not key:
        return Reject("100413", "Null apiKey")
    account = accounts.get(key)
    if account is None:
        return Reject("100413", "Incorrect apiKey")
    candidates: list[str] = []
    query_text, signature = split_off(request.raw_query, "signature")
    params: dict[str, object] = dict(request.query)
    try:
        if signature is not None:
            candidates = [query_text, unquote(query_text)]
        elif request.content_type == "application/x-www-form-urlencoded":
            form_text, signature = split_off(request.body.decode(errors="replace"), "signature")
            form = {k: v for k, v in request.form.items() if k != "signature"}
            params.update(form)
            candidates = [
                form_text,
                unquote_plus(form_text),
                "&".join(f"{k}={v}" for k, v in sorted(form.items())),
            ]
        elif request.body.strip():
            body = request.json
            value = body.get("signature")
            signature = value if isinstance(value, str) else None
            items = {k: v for k, v in body.items() if k != "signature"}
            params.update(items)
            candidates = ["&".join(f"{k}={_json_text(v)}" for k, v in sorted(items.items()))]
    except BadBody as exc:
        return Reject("100400", str(exc), 400)
    if not signature:
        return Reject("100412", "Null signature")
    expected = [bingx_sign(account.secret, text) for text in dict.fromkeys(candidates)]
    if not any(same_digest(signature, e) for e in expected):
        return Reject("100001", "Signature verification failed")
    raw_ts = params.get("timestamp")
    timestamp = _int(raw_ts)
    if timestamp is None:
        return Reject("100421", "Null timestamp or timestamp mismatch")
    window = _int(params.get("recvWindow")) or tolerance_ms
    if abs(now_ms - timestamp) > window:
        return Reject(
            "100421",
            f"Null timestamp or timestamp mismatch: timestamp {timestamp} is {now_ms - timestamp} ms "
            f"from server time {now_ms}, allowed {window} ms",
        )
    return account


# --------------------------------------------------------------------------- endpoints


def _utc(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ms // 1000))


def cancel_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Cancels the account's spot orders (all, or one symbol); returns them as CANCELED."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    with state.lock:
        orders = state.open_orders("bingx", account.key, symbol, "spot")
        ok, failed = cancel_orders(state, orders)
    return {
        "orders": [_order(o, "CANCELED", now) for o in ok]
        + [_order(o, "FAILED", now) for o in failed]
    }


def _order(o: Order, status: str, now: int) -> dict[str, object]:
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


def _countdown(
    state: State, account: Account, params: Mapping[str, object], now: int, market: str
) -> object:
    """ACTIVATE arms or extends the market's countdown (triggerTime in seconds), CLOSE disarms;
    both are rejected while a fired countdown's orders are still being cancelled in batches."""
    if state.batch_running("bingx", account.key):
        return Reject(
            "100503",
            "pending orders are being cancelled in batches; ACTIVATE and CLOSE are rejected until it completes",
        )
    if params["type"] == "CLOSE":
        state.disarm("bingx", account.key, "", market)
        return {"triggerTime": 0, "status": "CLOSED", "note": "The countdown has been closed"}
    timeout = params["timeOut"]
    assert isinstance(timeout, int)
    trigger = now + timeout * 1000
    state.arm("bingx", account.key, "", trigger, market)
    # The swap page's example note says "spot" too (specs/bingx/swap/cancel_all_after.yaml).
    return {
        "triggerTime": trigger // 1000,
        "status": "ACTIVATED",
        "note": (
            f"All your spot pending orders will be closed automatically at {_utc(trigger)} UTC(+0),"
            "before that you can cancel the timer, or extend triggerTime time by this request"
        ),
    }


def cancel_all_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _countdown(state, account, params, now, "spot")


def swap_cancel_all_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    return _countdown(state, account, params, now, "swap")


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Every open spot order of the account (or of one symbol), at most 2000, oldest first."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    orders = sorted(
        state.open_orders("bingx", account.key, symbol, "spot"), key=lambda o: o.order_id
    )
    return {"orders": [_open(o) for o in orders[:2000]]}


def _open(o: Order) -> dict[str, object]:
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


# --------------------------------------------------------------------------- swap


def _swap_orders(
    state: State, account: Account, params: Mapping[str, object]
) -> list[Order] | Reject:
    """The account's swap orders, of one symbol and one order type when the request names them."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    kind = params.get("type")
    return sorted(
        (
            o
            for o in state.open_orders("bingx", account.key, symbol, "swap")
            if kind is None or o.type.upper() == kind
        ),
        key=lambda o: o.order_id,
    )


def swap_cancel_all_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Cancels the account's swap orders (all, one symbol, one type): ``success`` lists the
    cancelled ones, ``failed`` those whose cancel failed (null when none, as the batch-cancel
    page's example sends it)."""
    with state.lock:
        orders = _swap_orders(state, account, params)
        if isinstance(orders, Reject):
            return orders
        ok, failed = cancel_orders(state, orders)
    return {
        "success": [_swap_order(o, "CANCELLED", now) for o in ok],
        "failed": [
            {
                "orderId": o.order_id,
                "clientOrderId": o.client_order_id,
                "errorCode": int(o.cancel_error.get("code") or 80012),
                "errorMessage": o.cancel_error.get("message") or "cancel order failed",
            }
            for o in failed
            if o.cancel_error is not None
        ]
        or None,
    }


def swap_open_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Every open swap order of the account (or of one symbol or type), oldest first; the
    page documents no pagination."""
    orders = _swap_orders(state, account, params)
    if isinstance(orders, Reject):
        return orders
    return {"orders": [_swap_order(o, "PENDING", o.created_ms) for o in orders]}


def _swap_order(o: Order, status: str, now: int) -> dict[str, object]:
    return {
        "symbol": o.symbol,
        "orderId": o.order_id,
        "side": o.side.upper(),
        "positionSide": "BOTH" if o.position_side == "both" else o.position_side.upper(),
        "type": o.type.upper(),
        "origQty": o.quantity,
        "price": o.price,
        "executedQty": "0",
        "avgPrice": "0",
        "cumQuote": "0",
        "stopPrice": "",
        "profit": "0",
        "commission": "0",
        "status": status,
        "time": o.created_ms,
        "updateTime": now,
        "clientOrderId": o.client_order_id,
        "leverage": "",
        "workingType": "MARK_PRICE",
        "orderType": "",
        "positionID": 0,
        "advanceAttr": 0,
    }


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class BingXVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        return 200, {"code": 0, "msg": "", "debugMsg": "", "data": payload}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        body = {"code": self.code(reject.code), "msg": reject.message, "debugMsg": ""}
        return self.status_of(reject), body

    def rate_limited(self, decision: RateDecision) -> Reject:
        message = (
            "The endpoint trigger frequency limit rule is currently in the disabled period "
            f"and will be unblocked after {decision.reset_ms}"
        )
        return Reject(self.rate_limit_code, message, self.rate_limit_status)


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC", "ATOM")

VENUE = BingXVenue(
    wire=EXCHANGES["bingx"],
    verify=verify_bingx,
    handlers={
        "spot.cancel_open_orders": cancel_open_orders,
        "spot.cancel_all_after": cancel_all_after,
        "spot.open_orders": open_orders,
        "swap.cancel_all_open_orders": swap_cancel_all_open_orders,
        "swap.cancel_all_after": swap_cancel_all_after,
        "swap.open_orders": swap_open_orders,
    },
    market="spot",
    other_markets=("swap",),
    symbols=tuple(f"{b}-USDT" for b in _BASES),
    # A fired countdown cancels its orders in batches; ACTIVATE/CLOSE wait for the last one.
    knobs={"bingx_batch_size": 100, "bingx_batch_interval_ms": 1000},
    countdown_batches=("bingx_batch_size", "bingx_batch_interval_ms"),
    rate_limit_code="100410",
    rate_limit_status=200,
    permission_code="100403",
    permission_status=403,
    ip_code="100419",
    ip_status=200,
    busy_code="100503",
    # Unknown symbol: BingX documents no specific code; 100400 "invalid parameter" (§1c).
    unknown_market_code="100400",
    unknown_market_status=200,
)
