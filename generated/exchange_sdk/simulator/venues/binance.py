"""Binance spot and USDⓈ-M futures as the simulator plays them: the SIGNED-endpoint check
(rest-api.md "SIGNED (TRADE and USER_DATA) Endpoint security", "Timing security"), bare
payloads and ``{code, msg}`` errors (errors.md), 429 with ``Retry-After`` in seconds, the
per-symbol cancel-alls, the open-order listings and USDⓈ-M's per-symbol ``countdownCancelAll``.

One exchange, two markets on one set of paths (``/api/v3`` spot, ``/fapi/v1`` USDⓈ-M): an
order's ``product_type`` says which (``spot`` unless seeded with ``usdm``), so the same symbol
can be open in both and each market's endpoints see only their own orders.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote_plus

from .._routes import EXCHANGES
from .._wire import BadBody, Reject, WireRequest
from ..state import Account, Order, RateDecision, State
from ..venue import Accounts, Handler, Venue, on_any_market, on_market, split_failing, split_off

__all__ = ["VENUE", "binance_sign", "verify_binance"]

SPOT, USDM = "spot", "usdm"


# --------------------------------------------------------------------------- signature


def binance_sign(secret: str, total_params: str) -> str:
    """Hex HMAC-SHA256 of totalParams ("the query string concatenated with the request body")."""
    return hmac.new(secret.encode(), total_params.encode(), hashlib.sha256).hexdigest()


def _int(value: object) -> int | None:
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def verify_binance(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    """The key in ``X-MBX-APIKEY``; ``signature`` (in the query or the form body) = hex
    HMAC-SHA256 of the query string concatenated with the body, both as sent, without the
    signature itself (case-insensitive); accepted when ``timestamp < server + 1000`` and
    ``server - timestamp <= recvWindow`` (default ``tolerance_ms``: 5000)."""
    key = request.header("X-MBX-APIKEY")
    if not key:
        return Reject("-2014", "API-key format invalid.", 401)
    account = accounts.get(key)
    if account is None:
        # Binance keys are 64 letters and digits: another shape is -2014, an unknown key of
        # the right shape -2015 (whose text also covers IP and permission refusals).
        if len(key) == 64 and key.isalnum():
            return Reject("-2015", "Invalid API-key, IP, or permissions for action.", 401)
        return Reject("-2014", "API-key format invalid.", 401)
    try:
        body = request.body.decode()
    except UnicodeDecodeError as exc:
        raise BadBody(f"the body is not UTF-8: {exc}") from exc
    query, in_query = split_off(request.raw_query, "signature", unquote_plus)
    form, in_body = split_off(body, "signature", unquote_plus)
    signature = in_query or in_body
    if not signature:
        return Reject(
            "-1102",
            "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
            400,
        )
    expected = binance_sign(account.secret, query + form)
    if not hmac.compare_digest(signature.lower().encode(), expected.encode()):
        return Reject("-1022", "Signature for this request is not valid.", 400)
    params = {**request.query, **(request.form if form else {})}
    timestamp = _int(params.get("timestamp"))
    if timestamp is None:
        return Reject(
            "-1102",
            "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
            400,
        )
    window = _int(params.get("recvWindow")) or tolerance_ms
    if timestamp >= now_ms + 1000:
        return Reject(
            "-1021", "Timestamp for this request was 1000ms ahead of the server's time.", 400
        )
    if now_ms - timestamp > window:
        return Reject("-1021", "Timestamp for this request is outside of the recvWindow.", 400)
    return account


# --------------------------------------------------------------------------- endpoints


def _orders(state: State, account: Account, market: str, symbol: str | None) -> list[Order]:
    orders = state.open_orders("binance", account.key, symbol)
    return sorted((o for o in orders if o.product_type == market), key=lambda o: o.order_id)


_NO_SYMBOL = Reject("-1121", "Invalid symbol.", 400)  # the spec requires it; -1121 stands in


@on_market("binance", _NO_SYMBOL)
def spot_cancel_open_orders(
    state: State, account: Account, symbol: str, params: Mapping[str, object], now: int
) -> object:
    """DELETE /api/v3/openOrders: cancels the symbol's spot orders and returns them CANCELED;
    nothing open on the symbol answers -2011 "Unknown order sent." (the matching engine's
    message for an order it cannot find)."""
    with state.lock:
        ok, failed = split_failing(_orders(state, account, SPOT, symbol))
        if not ok:
            reason = failed[0].cancel_error if failed else None
            message = (reason or {}).get("message", "Unknown order sent.")
            return Reject("-2011", message, 400)
        state.cancel(ok)
    return [_spot_order(o, "CANCELED", now) for o in ok]


def _spot_order(o: Order, status: str, now: int) -> dict[str, object]:
    return {
        "symbol": o.symbol,
        "origClientOrderId": o.client_order_id,
        "orderId": o.order_id,
        "orderListId": -1,
        "clientOrderId": f"cancel-{o.order_id}",
        "transactTime": now,
        "price": o.price,
        "origQty": o.quantity,
        "executedQty": "0.00000000",
        "origQuoteOrderQty": "0.00000000",
        "cummulativeQuoteQty": "0.00000000",
        "status": status,
        "timeInForce": "GTC",
        "type": o.type.upper(),
        "side": o.side.upper(),
        "selfTradePreventionMode": "NONE",
    }


@on_market("binance", _NO_SYMBOL)
def usdm_countdown_cancel_all(
    state: State, account: Account, symbol: str, params: Mapping[str, object], now: int
) -> object:
    """POST /fapi/v1/countdownCancelAll: one countdown per symbol (ms); 0 stops it. The answer
    echoes the symbol and the countdown as a string."""
    countdown = params["countdownTime"]
    assert isinstance(countdown, int)
    scope = f"{USDM}:{symbol}"
    if countdown == 0:
        state.disarm("binance", account.key, scope)
    else:
        state.arm("binance", account.key, scope, now + countdown)
    return {"symbol": symbol, "countdownTime": str(countdown)}


ALGO = "usdm-algo"  # the product type of USDⓈ-M algo (conditional) orders in the simulator


def _usdm_cancel_all(product: str) -> Handler:
    """DELETE /fapi/v1/allOpenOrders (``USDM``) and DELETE /fapi/v1/algoOpenOrders (``ALGO``:
    the algo, conditional, orders): cancel the symbol's orders of that kind; the answer names
    none (code 200, also when nothing was open: the pages document no error there); a cancel
    made to fail answers -2012 "Batch cancel failure."."""

    @on_market("binance", _NO_SYMBOL)
    def cancel_all(
        state: State, account: Account, symbol: str, params: Mapping[str, object], now: int
    ) -> object:
        with state.lock:
            ok, failed = split_failing(_orders(state, account, product, symbol))
            if failed and not ok:
                return Reject("-2012", "Batch cancel failure.", 400)
            state.cancel(ok)
        return {"code": 200, "msg": "The operation of cancel all open order is done."}

    return cancel_all


def _algo_order(o: Order) -> dict[str, object]:
    """One algo order as GET /fapi/v1/openAlgoOrders lists it (the page's example's fields)."""
    return {
        "algoId": o.order_id,
        "clientAlgoId": o.client_order_id,
        "algoType": "CONDITIONAL",
        "orderType": "STOP_MARKET" if o.type.upper() == "LIMIT" else o.type.upper(),
        "symbol": o.symbol,
        "side": o.side.upper(),
        "positionSide": "BOTH",
        "timeInForce": "GTC",
        "quantity": o.quantity,
        "algoStatus": "NEW",
        "actualOrderId": "",
        "actualPrice": "0.00000",
        "triggerPrice": o.price,
        "price": "0.000",
        "icebergQuantity": None,
        "tpTriggerPrice": "0.000",
        "tpPrice": "0.000",
        "slTriggerPrice": "0.000",
        "slPrice": "0.000",
        "tpOrderType": "",
        "selfTradePreventionMode": "EXPIRE_MAKER",
        "workingType": "CONTRACT_PRICE",
        "priceMatch": "NONE",
        "closePosition": False,
        "priceProtect": False,
        "reduceOnly": False,
        "createTime": o.created_ms,
        "updateTime": o.created_ms,
        "triggerTime": 0,
        "goodTillDate": 0,
    }


@on_any_market("binance")
def usdm_open_algo_orders(
    state: State, account: Account, symbol: str | None, params: Mapping[str, object], now: int
) -> object:
    """GET /fapi/v1/openAlgoOrders: one array of the algo orders, one symbol or all."""
    return [_algo_order(o) for o in _orders(state, account, ALGO, symbol)]


def _open_order(market: str, o: Order) -> dict[str, object]:
    """One order as GET /api/v3/openOrders (spot) or GET /fapi/v1/openOrders (USDⓈ-M) lists it."""
    if market == SPOT:
        record = _spot_order(o, "NEW", o.created_ms)
        del record["origClientOrderId"], record["transactTime"]
        record.update(
            clientOrderId=o.client_order_id,
            stopPrice="0.00000000",
            icebergQty="0.00000000",
            time=o.created_ms,
            updateTime=o.created_ms,
            isWorking=True,
            workingTime=o.created_ms,
        )
        return record
    return {
        "avgPrice": "0.00000",
        "clientOrderId": o.client_order_id,
        "cumQuote": "0",
        "executedQty": "0",
        "orderId": o.order_id,
        "origQty": o.quantity,
        "origType": o.type.upper(),
        "price": o.price,
        "reduceOnly": False,
        "side": o.side.upper(),
        "positionSide": "BOTH",
        "status": "NEW",
        "stopPrice": "0",
        "closePosition": False,
        "symbol": o.symbol,
        "time": o.created_ms,
        "timeInForce": "GTC",
        "type": o.type.upper(),
        "updateTime": o.created_ms,
        "workingType": "CONTRACT_PRICE",
        "priceProtect": False,
        "priceMatch": "NONE",
        "selfTradePreventionMode": "NONE",
        "goodTillDate": 0,
    }


def _open_orders(market: str) -> Handler:
    """GET /api/v3/openOrders and GET /fapi/v1/openOrders: one array of the market's orders,
    one symbol or all, no pages."""

    @on_any_market("binance")
    def open_orders(
        state: State, account: Account, symbol: str | None, params: Mapping[str, object], now: int
    ) -> object:
        return [_open_order(market, o) for o in _orders(state, account, market, symbol)]

    return open_orders


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class BinanceVenue(Venue):
    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {"code": int(reject.code), "msg": reject.message}

    def rate_limited(self, decision: RateDecision) -> Reject:
        """-1003 with HTTP 429 and ``Retry-After`` in seconds (rest-api.md, "IP Limits")."""
        wait_s = max(1, -(-decision.interval_ms // 1000))  # at most one window
        message = (
            f"Too much request weight used; current limit is {decision.limit} request weight "
            f"per {decision.interval_ms // 1000} SECOND. Please use WebSocket Streams for live "
            "updates to avoid polling the API."
        )
        return Reject("-1003", message, 429, {"Retry-After": str(wait_s)})

    def fires_on(self, scope: str, order: Order) -> bool:
        """A countdown's scope is ``usdm:<symbol>``: it cancels that symbol's USDⓈ-M orders."""
        market, _, symbol = scope.partition(":")
        return order.product_type == market and order.symbol == symbol


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC", "BNB")

VENUE = BinanceVenue(
    wire=EXCHANGES["binance"],
    verify=verify_binance,
    handlers={
        "spot.cancel_open_orders": spot_cancel_open_orders,
        "spot.open_orders": _open_orders(SPOT),
        "usdm.cancel_all_open_orders": _usdm_cancel_all(USDM),
        "usdm.countdown_cancel_all": usdm_countdown_cancel_all,
        "usdm.open_orders": _open_orders(USDM),
        "usdm.cancel_all_algo_open_orders": _usdm_cancel_all(ALGO),
        "usdm.open_algo_orders": usdm_open_algo_orders,
    },
    market="spot+usdm",  # an order's product_type says which
    symbols=tuple(f"{b}USDT" for b in _BASES),
    order_defaults={"product_type": SPOT, "side": "BUY"},
    rate_limit_code="-1003",
    rate_limit_status=429,
    permission_code="-2015",
    permission_status=401,
    ip_code="-2015",
    ip_status=401,
    busy_code="-1008",
    unknown_market_code="-1121",
    unknown_market_status=400,
)
