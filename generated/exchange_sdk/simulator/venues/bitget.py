"""Bitget mix (futures) and spot as the simulator plays them: one signature check for both
(exchange-protocols.md §3a), envelope ``{code, msg, requestTime, data}``, error codes, the mix
cancel-all and pending-orders endpoints, the spot cancel-by-symbol and unfilled-orders ones, and
the spot plan-order listing and batch cancel.

Spot orders are seeded with ``market: "spot"`` and kept apart from mix orders: each market's
endpoints see only their own. The spot cancel answers with the symbol alone, as the page says
(it is executed asynchronously); with ``cancel_lag_ms`` set the orders stay listed that long.
An order seeded with a ``cancel_error`` is never cancelled (the answer cannot say so).

A spot order whose ``type`` names a plan (``plan``, ``limit_plan``, ``market_plan``) is an
untriggered spot plan (trigger) order: only the plan-order endpoints see it (``GET
/api/v2/spot/trade/current-plan-order`` lists it, ``POST
/api/v2/spot/trade/batch-cancel-plan-order`` cancels it), and the ordinary spot cancel and
listing leave it, as KuCoin's stop orders are kept apart. The batch cancel cancels every plan
order of the account: its spec declares no ``symbolList`` (the spec format has no list
parameters), so the simulator never sees one. Mix plan orders are not simulated."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Venue, int_param, required_headers, same_digest, split_failing

__all__ = ["VENUE", "bitget_sign", "verify_bitget"]


# --------------------------------------------------------------------------- signature (§3a)


def bitget_sign(secret: str, prehash: bytes) -> str:
    """Base64 HMAC-SHA256 of ``timestamp + METHOD + path[?query] + body``."""
    return base64.b64encode(hmac.new(secret.encode(), prehash, hashlib.sha256).digest()).decode()


_REQUIRED_HEADERS = (  # checked in this order; the first one missing is reported
    ("ACCESS-KEY", "40001", "ACCESS_KEY cannot be empty"),
    ("ACCESS-SIGN", "40002", "ACCESS_SIGN cannot be empty"),
    ("ACCESS-TIMESTAMP", "40005", "Invalid ACCESS_TIMESTAMP"),
    ("ACCESS-PASSPHRASE", "40011", "ACCESS_PASSPHRASE cannot be empty"),
)


def verify_bitget(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    found = required_headers(request, _REQUIRED_HEADERS)
    if isinstance(found, tuple):
        return Reject(*found)
    key, sign = found["ACCESS-KEY"], found["ACCESS-SIGN"]
    timestamp, passphrase = found["ACCESS-TIMESTAMP"], found["ACCESS-PASSPHRASE"]
    account = accounts.get(key)
    if account is None:
        return Reject("40006", "Invalid ACCESS_KEY")
    target = request.path + (f"?{request.raw_query}" if request.raw_query else "")
    prehash = f"{timestamp}{request.method.upper()}{target}".encode() + request.body
    if not same_digest(sign, bitget_sign(account.secret, prehash)):
        return Reject("40009", "sign signature error")
    if not same_digest(passphrase, account.passphrase):
        return Reject("40012", "apikey/password is incorrect")
    if not timestamp.isdigit():
        return Reject("40005", "Invalid ACCESS_TIMESTAMP")
    if abs(now_ms - int(timestamp)) > tolerance_ms:
        return Reject("40008", "Request timestamp expired")
    if request.method != "GET" and request.body and request.content_type != "application/json":
        return Reject("40007", "Invalid Content_Type, please use `application/json` format")
    return account


# --------------------------------------------------------------------------- endpoints


MIX, SPOT = "mix", "spot"


def _outside_window(params: Mapping[str, object], now: int) -> Reject | None:
    """40078 when the request's own requestTime lies outside its receiveWindow."""
    request_time = params.get("requestTime")
    window = params.get("receiveWindow")
    if (
        isinstance(request_time, int)
        and isinstance(window, int)
        and abs(now - request_time) > window
    ):
        return Reject("40078", "Timestamp for this request is outside of the ME receiveWindow")
    return None


def _batch_answer(
    ok: list[Order], failed: list[Order], message: str, code: str | None = None
) -> dict[str, object]:
    """A batch cancel's ``{successList, failureList}``: each refused order with its injected
    message (else ``message``) and, where the page's answer has one, ``errorCode`` (else
    ``code``)."""
    failures: list[dict[str, object]] = []
    for o in failed:
        error = o.cancel_error or {}
        entry: dict[str, object] = {"orderId": str(o.order_id), "clientOid": o.client_order_id}
        entry["errorMsg"] = error.get("message", message)
        if code is not None:
            entry["errorCode"] = error.get("code", code)
        failures.append(entry)
    return {
        "successList": [{"orderId": str(o.order_id), "clientOid": o.client_order_id} for o in ok],
        "failureList": failures,
    }


def cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """By productType and optional marginCoin; orders that fail (injected per order) land in
    failureList and stay open."""
    late = _outside_window(params, now)
    if late is not None:
        return late
    product = str(params["productType"]).upper()
    coin = params.get("marginCoin")
    with state.lock:
        orders = [
            o
            for o in state.open_orders("bitget", account.key, None, MIX)
            if o.product_type.upper() == product and coin in (None, o.margin_coin)
        ]
        ok, failed = split_failing(orders)
        state.cancel(ok)
    return _batch_answer(ok, failed, "order does not exist", "43001")


def pending_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Pending orders of a product type (and symbol), newest first, ``limit`` (default 100)
    per page; ``idLessThan`` = the previous page's ``endId``. An empty list is ``null``."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    product = str(params["productType"]).upper()
    orders = sorted(
        (
            o
            for o in state.open_orders("bitget", account.key, None, MIX)
            if o.product_type.upper() == product
            and (symbol is None or state.same_market("bitget", symbol, o.symbol))
        ),
        key=lambda o: -o.order_id,
    )
    before = params.get("idLessThan")
    if isinstance(before, str) and before.isdigit():
        orders = [o for o in orders if o.order_id < int(before)]
    page = orders[: int_param(params, "limit", 100)]
    return {
        "entrustedList": [_open(o) for o in page] or None,
        "endId": str(page[-1].order_id) if page else None,
    }


def _open(o: Order) -> dict[str, object]:
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


def _is_plan(order: Order) -> bool:
    return "plan" in order.type.lower()


def _spot_orders(state: State, account: Account, *, plans: bool = False) -> list[Order]:
    """The account's open spot orders: its ordinary orders, or (``plans``) its untriggered plan
    orders."""
    orders = state.open_orders("bitget", account.key, None, SPOT)
    return [o for o in orders if _is_plan(o) == plans]


def spot_cancel_symbol_order(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """POST /api/v2/spot/trade/cancel-symbol-order: cancels the symbol's spot orders (all but
    those seeded to fail) and echoes the symbol, also when nothing was open (the page documents
    no error for that)."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject) or symbol is None:
        return symbol or Reject("40017", "Parameter verification exception")
    with state.lock:
        orders = [
            o for o in _spot_orders(state, account) if state.same_market("bitget", symbol, o.symbol)
        ]
        ok, _failed = split_failing(orders)
        state.cancel(ok)
    return {"symbol": symbol}


def spot_unfilled_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v2/spot/trade/unfilled-orders: spot orders of one symbol or all, newest first,
    ``limit`` (default 100) a page, ``idLessThan`` = the previous page's last orderId. TP/SL
    orders are not simulated: ``tpslType=tpsl`` lists none."""
    late = _outside_window(params, now)
    if late is not None:
        return late
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    if params.get("tpslType", "normal") != "normal":
        return []
    wanted = params.get("orderId")
    orders = sorted(
        (
            o
            for o in _spot_orders(state, account)
            if (symbol is None or state.same_market("bitget", symbol, o.symbol))
            and (wanted is None or str(o.order_id) == str(wanted))
        ),
        key=lambda o: -o.order_id,
    )
    before = params.get("idLessThan")
    if isinstance(before, str) and before.isdigit():
        orders = [o for o in orders if o.order_id < int(before)]
    return [_spot_open(o) for o in orders[: int_param(params, "limit", 100)]]


def _spot_open(o: Order) -> dict[str, object]:
    return {
        "userId": "1000000001",
        "symbol": o.symbol,
        "orderId": str(o.order_id),
        "clientOid": o.client_order_id,
        "priceAvg": o.price,
        "size": o.quantity,
        "orderType": o.type.lower(),
        "side": o.side.lower(),
        "status": "live",
        "basePrice": "0",
        "baseVolume": "0",
        "quoteVolume": "0",
        "enterPointSource": "API",
        "orderSource": "normal",
        "presetTakeProfitPrice": "",
        "executeTakeProfitPrice": "",
        "presetStopLossPrice": "",
        "executeStopLossPrice": "",
        "cTime": str(o.created_ms),
        "uTime": str(o.created_ms),
        "triggerPrice": None,
        "tpslType": "normal",
    }


# --------------------------------------------------------------------------- spot plan orders


def spot_current_plan_order(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v2/spot/trade/current-plan-order: the untriggered spot plan orders of one
    symbol or all, newest first, ``limit`` (default 20) a page, ``idLessThan`` = the previous
    page's last orderId; ``nextFlag`` says whether older ones remain."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    orders = sorted(
        (
            o
            for o in _spot_orders(state, account, plans=True)
            if symbol is None or state.same_market("bitget", symbol, o.symbol)
        ),
        key=lambda o: -o.order_id,
    )
    before = params.get("idLessThan")
    if isinstance(before, str) and before.isdigit():
        orders = [o for o in orders if o.order_id < int(before)]
    page = orders[: int_param(params, "limit", 20)]
    return {
        "nextFlag": len(orders) > len(page),
        "idLessThan": str(page[-1].order_id) if page else None,
        "orderList": [_plan_open(o) for o in page],
    }


def _plan_open(o: Order) -> dict[str, object]:
    """One plan order as the page's published example lists it."""
    return {
        "orderId": str(o.order_id),
        "clientOid": o.client_order_id,
        "symbol": o.symbol,
        "size": o.quantity,
        "executePrice": o.price,
        "triggerPrice": o.price,
        "status": "live",
        "orderType": "market" if "market" in o.type.lower() else "limit",
        "side": o.side.lower(),
        "planType": "amount",
        "triggerType": "fill_price",
        "enterPointSource": "API",
        "uTime": str(o.created_ms),
        "cTime": str(o.created_ms),
    }


def spot_batch_cancel_plan_order(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """POST /api/v2/spot/trade/batch-cancel-plan-order without ``symbolList``: every spot plan
    order of the account ("If no value is set, all spot trigger orders will be cancelled");
    ordinary spot and mix orders are left. Orders seeded to fail land in failureList."""
    with state.lock:
        ok, failed = split_failing(_spot_orders(state, account, plans=True))
        state.cancel(ok)
    return _batch_answer(ok, failed, "failure")


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class BitgetVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        return 200, {"code": "00000", "msg": "success", "requestTime": now_ms, "data": payload}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {
            "code": self.code(reject.code),
            "msg": reject.message,
            "requestTime": now_ms,
            "data": None,
        }


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC")

VENUE = BitgetVenue(
    wire=EXCHANGES["bitget"],
    verify=verify_bitget,
    handlers={
        "mix.cancel_all_orders": cancel_all_orders,
        "mix.pending_orders": pending_orders,
        "spot.cancel_symbol_order": spot_cancel_symbol_order,
        "spot.unfilled_orders": spot_unfilled_orders,
        "spot_plan.current_plan_order": spot_current_plan_order,
        "spot_plan.batch_cancel_plan_order": spot_batch_cancel_plan_order,
    },
    market=MIX,
    other_markets=(SPOT,),  # a seeded order names it: {"market": "spot"}
    symbols=(*tuple(f"{b}USDT" for b in _BASES), "BTCUSD", "ETHUSD", "BTCPERP", "ETHPERP"),
    case_insensitive_symbols=True,  # the pages' examples use lower case
    order_defaults={"product_type": "USDT-FUTURES", "margin_coin": "USDT", "side": "buy"},
    rate_limit_code="429",
    rate_limit_status=429,
    permission_code="40014",
    permission_status=400,
    ip_code="40018",
    ip_status=400,
    busy_code="40010",
    # Unknown symbol: 40034 "Parameter {0} does not exist" (an observed answer; the error-code
    # list also has 40102 "Symbol does not exist" but says no endpoint answers which).
    unknown_market_code="40034",
    unknown_market_status=400,
)
