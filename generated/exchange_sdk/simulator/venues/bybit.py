"""Bybit v5 as the simulator plays it: the X-BAPI-* signature check of the integration guide,
the ``{retCode, retMsg, result, retExtInfo, time}`` envelope, and ``POST /v5/order/cancel-all``
and ``GET /v5/order/realtime`` for the linear, inverse and spot categories.

Orders are filed by ``product_type`` (Bybit's ``category``: linear, inverse, spot) and
``margin_coin`` (its ``settleCoin``). An order's kind is Bybit's ``orderFilter`` value: a
seeded ``type`` naming one (``tpslOrder``, ``StopOrder``, ``OcoOrder``,
``BidirectionalTpslOrder``, any case) makes it that kind, any other type an ``Order``. As the
cancel-all page says, a spot cancel-all without ``orderFilter`` cancels ``Order``s only, while
linear and inverse cancel every kind; with ``orderFilter`` only that kind. The listing answers
every kind unless ``orderFilter`` names one (the open-orders page: "all kinds of orders by
default"). Written from the pages (docs/pages/bybit_*.md and
https://bybit-exchange.github.io/docs/v5/guide), not from the spec's signing recipe.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Venue, int_param, same_digest, split_failing

__all__ = ["VENUE", "bybit_sign", "verify_bybit"]


# --------------------------------------------------------------------------- signature (guide)


def bybit_sign(secret: str, timestamp: str, key: str, recv_window: str, payload: str) -> str:
    """Lower-case hex HMAC-SHA256 of ``timestamp + api key + recv_window + payload`` (GET: the
    query string, POST: the JSON body, both as sent)."""
    text = timestamp + key + recv_window + payload
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


_DEFAULT_RECV_WINDOW = "5000"  # the guide: "recv_window ... default 5000"


def verify_bybit(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    """The guide's checks: the key exists, the signature matches, and
    ``server_time - recv_window <= timestamp < server_time + 1000``."""
    key = request.header("X-BAPI-API-KEY")
    sign = request.header("X-BAPI-SIGN")
    timestamp = request.header("X-BAPI-TIMESTAMP")
    recv_window = request.header("X-BAPI-RECV-WINDOW") or _DEFAULT_RECV_WINDOW
    if not key:
        return Reject("10003", "API key is invalid.")
    if not sign:
        return Reject("10004", "Error sign, please check your signature generation algorithm.")
    if not timestamp or not timestamp.isdigit() or not recv_window.isdigit():
        return Reject("10002", "The request time exceeds the time window range.")
    account = accounts.get(key)
    if account is None:
        return Reject("10003", "API key is invalid.")
    payload = (
        request.raw_query if request.method == "GET" else request.body.decode("utf-8", "replace")
    )
    if not same_digest(sign, bybit_sign(account.secret, timestamp, key, recv_window, payload)):
        return Reject("10004", "Error sign, please check your signature generation algorithm.")
    ts, window = int(timestamp), int(recv_window)
    if not now_ms - window <= ts < now_ms + 1000:
        return Reject(
            "10002",
            "invalid request, please check your server timestamp or recv_window param. "
            f"req_timestamp[{ts}],server_timestamp[{now_ms}],recv_window[{window}]",
        )
    return account


# --------------------------------------------------------------------------- endpoints

_FUTURES = ("linear", "inverse")
_FUTURES_CANCEL_LIMIT = 500  # the page: futures cancel up to 500 orders, picked at random


def _scope(
    state: State, params: Mapping[str, object], listing: bool
) -> tuple[str, str | None, str | None, str | None] | Reject:
    """category, symbol, baseCoin, settleCoin of a request, with the pages' rules: settleCoin
    is not supported for spot; cancel-all on linear or inverse and a linear listing need one of
    symbol, baseCoin, settleCoin."""
    category = str(params["category"])
    if category == "option":
        return Reject("10001", "Request parameter error: the simulator has no option market")
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    base = params.get("baseCoin")
    settle = params.get("settleCoin")
    if category == "spot" and settle is not None:
        return Reject("10001", "Request parameter error: settleCoin is not supported for spot")
    needs_one = category == "linear" if listing else category in _FUTURES
    if needs_one and symbol is None and base is None and settle is None:
        return Reject(
            "10001",
            f"Request parameter error: category {category} needs symbol, baseCoin or settleCoin",
        )
    return (
        category,
        symbol,
        base if isinstance(base, str) else None,
        settle if isinstance(settle, str) else None,
    )


_KINDS = {k.lower(): k for k in ("tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder")}


def _kind(order: Order) -> str:
    """The order's ``orderFilter`` kind: the one its type names, else ``Order``."""
    return _KINDS.get(order.type.lower(), "Order")


def _matching(
    state: State,
    account: Account,
    scope: tuple[str, str | None, str | None, str | None],
    kinds: tuple[str, ...] | None = None,
) -> list[Order]:
    """The open orders of the scope, of ``kinds`` (None: every kind)."""
    category, symbol, base, settle = scope
    return [
        o
        for o in state.open_orders("bybit", account.key, None)
        if o.product_type == category
        and (symbol is None or o.symbol == symbol)
        and (base is None or o.symbol.startswith(base))
        and (settle is None or o.margin_coin == settle)
        and (kinds is None or _kind(o) in kinds)
    ]


def _kinds(params: Mapping[str, object], category: str, cancel: bool) -> tuple[str, ...] | None:
    """The kinds a request is about: its ``orderFilter``, else ``Order`` for a spot cancel-all
    and every kind otherwise (None)."""
    wanted = params.get("orderFilter")
    if isinstance(wanted, str):
        return (wanted,)
    return ("Order",) if cancel and category == "spot" else None


def cancel_all(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Cancels the matching open orders of one category (by symbol > baseCoin > settleCoin);
    linear and inverse at most 500 a call, picked at random; an order whose cancel fails
    (injected) is left out of ``list`` and stays open."""
    scope = _scope(state, params, listing=False)
    if isinstance(scope, Reject):
        return scope
    with state.lock:
        orders = _matching(state, account, scope, _kinds(params, scope[0], cancel=True))
        if scope[0] in _FUTURES and len(orders) > _FUTURES_CANCEL_LIMIT:
            orders = random.Random(now).sample(orders, _FUTURES_CANCEL_LIMIT)
        ok, _failed = split_failing(orders)
        state.cancel(ok)
    return {
        "list": [{"orderId": str(o.order_id), "orderLinkId": o.client_order_id} for o in ok],
        "success": "1",
    }


_CURSOR = "page_args="


def _cursor_id(cursor: object) -> int | None:
    """The order id a ``nextPageCursor`` continues after. The cursor is percent-encoded as
    Bybit's are (``page_args%3D...%26``), and may arrive encoded once more."""
    if not isinstance(cursor, str) or not cursor:
        return None
    text = cursor
    for _ in range(3):
        if _CURSOR in text:
            break
        text = unquote(text)
    value = text.partition(_CURSOR)[2].partition("&")[0]
    return int(value) if value.isdigit() else None


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Open orders of one category, newest first, ``limit`` (default 20, at most 50) a page;
    ``cursor`` = the previous page's ``nextPageCursor`` (empty on the last page). openOnly=1
    (closed orders) finds nothing: the simulator keeps no closed orders."""
    scope = _scope(state, params, listing=True)
    if isinstance(scope, Reject):
        return scope
    category = scope[0]
    kinds = _kinds(params, category, cancel=False)
    orders = sorted(_matching(state, account, scope, kinds), key=lambda o: -o.order_id)
    for name in ("orderId", "orderLinkId"):
        wanted = params.get(name)
        if isinstance(wanted, str):
            field = "order_id" if name == "orderId" else "client_order_id"
            orders = [o for o in orders if str(getattr(o, field)) == wanted]
    if params.get("openOnly") == 1:
        orders = []
    after = _cursor_id(params.get("cursor"))
    if after is not None:
        orders = [o for o in orders if o.order_id < after]
    limit = min(max(int_param(params, "limit", 20), 1), 50)
    page = orders[:limit]
    more = len(orders) > limit
    return {
        "list": [_open(o, category) for o in page],
        "nextPageCursor": f"page_args%3D{page[-1].order_id}%26" if more else "",
        "category": category,
    }


def _open(o: Order, category: str) -> dict[str, object]:
    created = str(o.created_ms)
    return {
        "orderId": str(o.order_id),
        "orderLinkId": o.client_order_id,
        "blockTradeId": "",
        "symbol": o.symbol,
        "price": o.price,
        "qty": o.quantity,
        "side": o.side.capitalize(),
        "isLeverage": "0" if category == "spot" else "",
        "positionIdx": 0,
        "orderStatus": "New",
        "cancelType": "UNKNOWN",
        "rejectReason": "EC_NoError",
        "avgPrice": "",
        "leavesQty": o.quantity,
        "leavesValue": "0",
        "cumExecQty": "0",
        "cumExecValue": "0",
        "cumExecFee": "0",
        "timeInForce": "GTC",
        "orderType": "Limit" if o.type.lower() in _KINDS else o.type.capitalize(),
        "stopOrderType": "",
        "orderIv": "",
        "triggerPrice": "0",
        "takeProfit": "",
        "stopLoss": "",
        "tpTriggerBy": "",
        "slTriggerBy": "",
        "triggerDirection": 0,
        "triggerBy": "",
        "lastPriceOnCreated": "",
        "reduceOnly": False,
        "closeOnTrigger": False,
        "smpType": "None",
        "smpGroup": 0,
        "smpOrderId": "",
        "tpslMode": "",
        "tpLimitPrice": "",
        "slLimitPrice": "",
        "placeType": "",
        "createdTime": created,
        "updatedTime": created,
    }


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class BybitVenue(Venue):
    """Every answer, success or error, is ``{retCode, retMsg, result, retExtInfo, time}``."""

    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        return 200, {
            "retCode": 0,
            "retMsg": "OK",
            "result": payload,
            "retExtInfo": {},
            "time": now_ms,
        }

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {
            "retCode": self.code(reject.code),
            "retMsg": reject.message,
            "result": {},
            "retExtInfo": {},
            "time": now_ms,
        }

    def bare_time_body(self, body: dict[str, object]) -> dict[str, object]:
        """GET /v5/market/time: ``result`` holds timeSecond and timeNano; the spec reads the
        envelope's ``time`` (ms)."""
        now_ms = body["time"]
        assert isinstance(now_ms, int)
        result = {"timeSecond": str(now_ms // 1000), "timeNano": str(now_ms * 1_000_000)}
        return {"retCode": 0, "retMsg": "OK", "result": result, "retExtInfo": {}, "time": now_ms}


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC")

VENUE = BybitVenue(
    wire=EXCHANGES["bybit"],
    verify=verify_bybit,
    handlers={
        "order.cancel_all": cancel_all,
        "order.open_orders": open_orders,
    },
    market="v5",
    # linear USDT and USDC (…PERP) perpetuals and spot pairs share names (BTCUSDT); inverse
    # contracts are …USD. A seeded order's product_type says which category it is in.
    symbols=(
        *tuple(f"{b}USDT" for b in _BASES),
        "BTCPERP",
        "ETHPERP",
        "BTCUSD",
        "ETHUSD",
    ),
    order_defaults={"product_type": "linear", "margin_coin": "USDT", "side": "Buy"},
    rate_limit_code="10006",
    rate_limit_status=200,
    permission_code="10005",
    permission_status=200,
    ip_code="10010",
    ip_status=200,
    busy_code="10016",
    unknown_market_code="10001",
    unknown_market_status=200,
    method_not_allowed_code="10017",
    body_error_code="10001",
)
