"""KuCoin spot (HF, the "pro" account) and futures as the simulator plays them, written from
KuCoin's "Signing a Message" and "Request" sections (specs/kucoin/exchange.yaml cites them),
independently of the signing recipe: the ``KC-API-*`` header check (the passphrase signed with
the secret for key version 2 and 3, plain for 1), the ``{"code": "200000", "data": ...}``
envelope, the 400xxx error codes, and the endpoints the kill switch uses.

One exchange, two markets, two hosts in production (api.kucoin.com, api-futures.kucoin.com)
but no colliding paths, so one server serves both: spot HF under ``/api/v1/hf/``, spot stop
orders under ``/api/v1/stop-order``, futures under ``/api/v1/orders``, ``/api/v3/orders`` and
``/api/v1/stopOrders``. Futures orders are seeded with ``market: "futures"``.

An order (spot or futures) whose ``type`` names a stop (``limit_stop``, ``market_stop``) is an
untriggered stop order: only its market's stop-order cancel touches it (futures
``DELETE /api/v1/stopOrders``, spot ``DELETE /api/v1/stop-order/cancel``) and only the
stop-order listing shows it (``GET /api/v1/stopOrders``, ``GET /api/v1/stop-order``); the
ordinary cancel-alls and listings (spot HF's, futures' ``status=active``) leave it out, as the
pages say for futures ("excluding stop orders"). For spot the sources do not say whether HF's
``cancelAll`` includes stop orders; the simulator reads spot as futures: they are apart.

Spot's dead-man's switch (``dead-cancel-all``) is one setting per account: every call
overwrites the previous one (its timeout and its symbols), ``timeout: -1`` removes it, and when
it fires it cancels the spot orders of its symbols (all symbols when none are named). Whether
it cancels stop orders is not stated either: here it does not (it is HF's cancel, deferred), so
a bot tested on the simulator does not count on it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, RateDecision, State
from ..venue import (
    Accounts,
    Handler,
    Signed,
    Venue,
    int_param,
    on_any_market,
    on_market,
    same_digest,
    signed_by,
    split_failing,
)

__all__ = ["VENUE", "kucoin_sign", "verify_kucoin"]

SPOT, FUTURES = "spot", "futures"
EXCHANGE = "kucoin"


# --------------------------------------------------------------------------- signature


def kucoin_sign(secret: str, text: bytes) -> str:
    """Base64 HMAC-SHA256 keyed by the secret ("Signing a Message")."""
    return base64.b64encode(hmac.new(secret.encode(), text, hashlib.sha256).digest()).decode()


_REQUIRED_HEADERS = tuple(  # 400001 names all four: any one missing is that error
    (
        name,
        "400001",
        "Any of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE is missing in "
        "your request header",
    )
    for name in ("KC-API-KEY", "KC-API-SIGN", "KC-API-TIMESTAMP", "KC-API-PASSPHRASE")
)


def _auth(code: str, message: str) -> Reject:
    return Reject(code, message, 401)  # "401 Unauthorized -- Invalid API Key." (HTTP table)


def _signed_texts(request: WireRequest, timestamp: str) -> list[bytes]:
    """``timestamp + METHOD + endpoint + body`` where a GET or DELETE endpoint carries its
    query. The pages do not say whether the query is signed percent-encoded or not: the
    official SDK signs it as given and sends it encoded, CCXT signs what it sends, so both
    readings are accepted (they differ only for characters that need encoding)."""
    head = f"{timestamp}{request.method.upper()}{request.path}"
    queries = [request.raw_query]
    decoded = unquote(request.raw_query)
    if decoded != request.raw_query:
        queries.append(decoded)
    return [(head + (f"?{query}" if query else "")).encode() + request.body for query in queries]


def verify_kucoin(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    """KC-API-KEY, KC-API-SIGN (above), KC-API-TIMESTAMP (ms, within ``tolerance_ms``: 5 s)
    and KC-API-PASSPHRASE: for KC-API-KEY-VERSION 2 or 3 the base64 HMAC-SHA256 of the
    passphrase keyed by the secret, for version 1 (or no version header) the passphrase
    itself."""
    signed = signed_by(request, accounts, _REQUIRED_HEADERS, ("400003", "KC-API-KEY not exists"))
    if not isinstance(signed, Signed):
        return _auth(*signed)
    account, found = signed
    timestamp = found["KC-API-TIMESTAMP"]
    if not timestamp.isdigit() or abs(now_ms - int(timestamp)) > tolerance_ms:
        return _auth(
            "400002",
            "KC-API-TIMESTAMP Invalid -- Time differs from server time by more than 5 seconds",
        )
    version = request.header("KC-API-KEY-VERSION") or "1"
    if version not in ("1", "2", "3"):
        return _auth("400009", "Invalid KC-API-KEY-VERSION.")
    passphrase = (
        account.passphrase
        if version == "1"
        else kucoin_sign(account.secret, account.passphrase.encode())
    )
    if not same_digest(found["KC-API-PASSPHRASE"], passphrase):
        return _auth("400004", "KC-API-PASSPHRASE error")
    signature = found["KC-API-SIGN"]
    if not any(
        same_digest(signature, kucoin_sign(account.secret, text))
        for text in _signed_texts(request, timestamp)
    ):
        return _auth("400005", "Signature error")
    if request.body.strip() and request.content_type != "application/json":
        return Reject(
            "415000",
            "Unsupported Media Type -- The Content-Type of the request header needs to be set "
            "to application/json",
            415,
        )
    return account


# --------------------------------------------------------------------------- common


def _is_stop(order: Order) -> bool:
    return "stop" in order.type.lower()


def _orders(
    state: State, account: Account, market: str, symbol: str | None = None, *, stops: bool = False
) -> list[Order]:
    """The account's open orders of ``market`` (one symbol, or all): its ordinary orders, or
    (``stops``) its untriggered stop orders; by id."""
    orders = state.open_orders(EXCHANGE, account.key, symbol, market)
    return sorted((o for o in orders if _is_stop(o) == stops), key=lambda o: o.order_id)


def _base_type(order: Order) -> str:
    """A stop order's own type as its listing gives it: ``limit`` or ``market``."""
    return "market" if "market" in order.type.lower() else "limit"


def _filtered(orders: list[Order], params: Mapping[str, object]) -> list[Order]:
    """The orders matching the listing's ``side`` and ``type`` filters (absent: any)."""
    return [
        o
        for o in orders
        if params.get("side") in (None, o.side.lower())
        and params.get("type") in (None, _base_type(o))
    ]


def _page_of(params: Mapping[str, object], default_size: int) -> tuple[int, int]:
    """``currentPage`` (from 1) and ``pageSize``, the page listings of both markets take."""
    page = int_param(params, "currentPage", 1)
    size = int_param(params, "pageSize", default_size)
    return max(1, page), max(1, size)


_NO_SYMBOL = Reject("400100", "Parameter Error: symbol is required")


def _ids(orders: list[Order]) -> list[str]:
    return [str(o.order_id) for o in orders]


# --------------------------------------------------------------------------- spot (HF)


def _spot_record(o: Order) -> dict[str, object]:
    funds = str(_decimal_product(o.price, o.quantity))
    return {
        "id": str(o.order_id),
        "clientOid": o.client_order_id,
        "symbol": o.symbol,
        "opType": "DEAL",
        "type": o.type.lower(),
        "side": o.side.lower(),
        "price": o.price,
        "size": o.quantity,
        "funds": funds,
        "dealSize": "0",
        "dealFunds": "0",
        "fee": "0",
        "feeCurrency": o.symbol.rpartition("-")[2] or "USDT",
        "stp": None,
        "timeInForce": "GTC",
        "postOnly": False,
        "hidden": False,
        "iceberg": False,
        "visibleSize": "0",
        "cancelAfter": 0,
        "channel": "API",
        "remark": None,
        "tags": None,
        "cancelExist": False,
        "tradeType": "TRADE",
        "inOrderBook": True,
        "cancelledSize": "0",
        "cancelledFunds": "0",
        "remainSize": o.quantity,
        "remainFunds": funds,
        "tax": "0",
        "active": True,
        "createdAt": o.created_ms,
        "lastUpdatedAt": o.created_ms,
    }


def _decimal_product(a: str, b: str) -> object:
    try:
        return (Decimal(a) * Decimal(b)).normalize()
    except InvalidOperation:
        return "0"


def spot_cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """DELETE /api/v1/hf/orders/cancelAll: requests the cancel of every spot HF order; a
    symbol with an order whose cancel fails is reported in ``failedSymbols`` (its other orders
    are cancelled)."""
    with state.lock:
        ok, failed = split_failing(_orders(state, account, SPOT))
        state.cancel(ok)
    failed_symbols: dict[str, str] = {}
    for o in failed:
        reason = o.cancel_error or {}
        failed_symbols.setdefault(o.symbol, reason.get("message", "cancel failed"))
    succeeded = sorted({o.symbol for o in ok} - set(failed_symbols))
    return {
        "succeedSymbols": succeeded,
        "failedSymbols": [{"symbol": s, "error": e} for s, e in sorted(failed_symbols.items())],
    }


@on_market(EXCHANGE, _NO_SYMBOL)
def spot_get_open_orders(
    state: State, account: Account, symbol: str, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/hf/orders/active: the symbol's open orders (symbol required), one list."""
    return [_spot_record(o) for o in _orders(state, account, SPOT, symbol)]


@on_market(EXCHANGE, _NO_SYMBOL)
def spot_get_open_orders_by_page(
    state: State, account: Account, symbol: str, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/hf/orders/active/page: ``pageNum`` (from 1), ``pageSize`` (default 20)."""
    page = max(1, int_param(params, "pageNum", 1))
    size = max(1, int_param(params, "pageSize", 20))
    return _page([_spot_record(o) for o in _orders(state, account, SPOT, symbol)], page, size)


def _page(records: list[dict[str, object]], page: int, size: int) -> dict[str, object]:
    total = len(records)
    return {
        "currentPage": page,
        "pageSize": size,
        "totalNum": total,
        "totalPage": -(-total // size),
        "items": records[(page - 1) * size : page * size],
    }


def spot_get_symbols_with_open_order(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/hf/orders/active/symbols: the symbols that have open spot HF orders."""
    return {"symbols": sorted({o.symbol for o in _orders(state, account, SPOT)})}


def _dcp(state: State, account: Account) -> tuple[str, int] | None:
    """The account's spot DCP setting: (symbols, trigger ms), or None when none is set."""
    with state.lock:
        for (exchange, key, scope, market), countdown in state.countdowns.items():
            if (exchange, key, market) == (EXCHANGE, account.key, SPOT):
                return scope, countdown.trigger_ms
    return None


def spot_set_dcp(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """POST /api/v1/hf/orders/dead-cancel-all: overwrites the account's setting; -1 removes
    it (the answer's data is then empty: "If the data is empty, it means that DCP is not
    set"). Times in the answer are Unix seconds."""
    timeout = params["timeout"]
    assert isinstance(timeout, int)
    symbols = params.get("symbols")
    scope = (
        ",".join(s.strip() for s in symbols.split(",") if s.strip())
        if isinstance(symbols, str)
        else ""
    )
    with state.lock:
        previous = _dcp(state, account)
        if previous is not None:
            state.disarm(EXCHANGE, account.key, previous[0], SPOT)
        if timeout == -1:
            return {}
        trigger = now + timeout * 1000
        state.arm(EXCHANGE, account.key, scope, trigger, SPOT)
    return {"currentTime": now // 1000, "triggerTime": trigger // 1000}


def spot_get_dcp(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """GET /api/v1/hf/orders/dead-cancel-all/query: the setting, or empty data when none."""
    setting = _dcp(state, account)
    if setting is None:
        return {}
    scope, trigger = setting
    # The timeout is what is left of the countdown (the page does not say whether it is the
    # value set or the time left; the set value is not kept once re-armed from elsewhere).
    return {
        "timeout": max(0, -(-(trigger - now) // 1000)),
        "symbols": scope,
        "currentTime": now // 1000,
        "triggerTime": trigger // 1000,
    }


# --------------------------------------------------------------------------- spot stop orders


def _spot_trade(params: Mapping[str, object]) -> bool:
    """The request is about spot (``tradeType`` TRADE, the listing's documented default when
    absent; the simulator keeps no margin stop orders)."""
    return params.get("tradeType", "TRADE") == "TRADE"


def _named_ids(params: Mapping[str, object]) -> set[str] | None:
    """``orderIds``, comma-separated, as a set (None: not sent, every order)."""
    ids = params.get("orderIds")
    return None if not isinstance(ids, str) else {i.strip() for i in ids.split(",") if i.strip()}


def _spot_stop_record(account: Account, o: Order) -> dict[str, object]:
    """One stop order as GET /api/v1/stop-order lists it (the published example's fields)."""
    return {
        "id": str(o.order_id),
        "symbol": o.symbol,
        "userId": account.uid,
        "status": "NEW",
        "type": _base_type(o),
        "side": o.side.lower(),
        "price": o.price,
        "size": o.quantity,
        "funds": None,
        "stp": None,
        "timeInForce": "GTC",
        "cancelAfter": -1,
        "postOnly": False,
        "hidden": False,
        "iceberg": False,
        "visibleSize": None,
        "channel": "API",
        "clientOid": o.client_order_id,
        "remark": "",
        "tags": None,
        "relatedNo": None,
        "orderTime": o.created_ms * 1_000_000,
        "domainId": "kucoin",
        "tradeSource": "USER",
        "tradeType": "TRADE",
        "feeCurrency": o.symbol.rpartition("-")[2] or "USDT",
        "takerFeeRate": "0.001",
        "makerFeeRate": "0.001",
        "createdAt": o.created_ms,
        "stop": "loss" if o.side.lower() == "sell" else "entry",
        "stopTriggerTime": None,
        "stopPrice": o.price,
        "limitPrice": None,
        "pop": None,
        "activateCondition": None,
    }


def _spot_stops(
    state: State, account: Account, symbol: str | None, params: Mapping[str, object]
) -> list[Order]:
    """The spot stop orders a stop-order request is about: of ``symbol`` (None: every symbol),
    of its trade type, narrowed to its ``orderIds``."""
    if not _spot_trade(params):
        return []
    named = _named_ids(params)
    orders = _orders(state, account, SPOT, symbol, stops=True)
    return [o for o in orders if named is None or str(o.order_id) in named]


def spot_get_stop_orders_list(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/stop-order: the untriggered spot stop orders, newest first, filtered by
    symbol, side, type, ``tradeType`` and ``orderIds``, paged by ``currentPage``/``pageSize``
    (default 50). A symbol filter is not checked (an unknown one matches nothing), as in the
    futures listings; ``stop=oco`` lists nothing: the simulator keeps no OCO orders."""
    symbol = params.get("symbol")
    symbol = symbol if isinstance(symbol, str) else None
    listed = params.get("stop", "stop") == "stop"
    orders = _spot_stops(state, account, symbol, params) if listed else []
    page, size = _page_of(params, 50)
    records = [_spot_stop_record(account, o) for o in reversed(_filtered(orders, params))]
    return _page(records, page, size)


@on_any_market(EXCHANGE)
def spot_batch_cancel_stop_orders(
    state: State, account: Account, symbol: str | None, params: Mapping[str, object], now: int
) -> object:
    """DELETE /api/v1/stop-order/cancel: the untriggered spot stop orders of the symbol (every
    symbol without one), of the trade type, narrowed to ``orderIds`` when sent; HF orders are
    left alone. The answer names the cancelled ids; one whose cancel fails stays open, unnamed."""
    with state.lock:
        ok, _failed = split_failing(_spot_stops(state, account, symbol, params))
        state.cancel(ok)
    return {"cancelledOrderIds": _ids(ok)}


# --------------------------------------------------------------------------- futures


def _futures_record(o: Order) -> dict[str, object]:
    return {
        "id": str(o.order_id),
        "symbol": o.symbol,
        "type": o.type.lower(),
        "side": o.side.lower(),
        "price": o.price,
        "size": int(o.quantity) if o.quantity.isdigit() else 1,
        "value": str(_decimal_product(o.price, o.quantity)),
        "dealValue": "0",
        "dealSize": 0,
        "stp": "",
        "stop": "",
        "stopPriceType": "",
        "stopTriggered": False,
        "stopPrice": None,
        "timeInForce": "GTC",
        "postOnly": False,
        "hidden": False,
        "iceberg": False,
        "leverage": "1",
        "forceHold": False,
        "closeOrder": False,
        "visibleSize": 0,
        "clientOid": o.client_order_id,
        "remark": None,
        "tags": "",
        "isActive": True,
        "cancelExist": False,
        "createdAt": o.created_ms,
        "updatedAt": o.created_ms,
        "endAt": None,
        "orderTime": o.created_ms * 1_000_000,
        "settleCurrency": "USDT",
        "marginMode": o.margin_mode.upper(),
        "avgDealPrice": "0",
        "status": "open",
        "filledSize": 0,
        "filledValue": "0",
        "reduceOnly": False,
    }


def _futures_stop_record(o: Order) -> dict[str, object]:
    """One untriggered stop order as GET /api/v1/stopOrders lists it: the order record with its
    own type (limit or market) and the stop fields filled (the published example shows an
    ordinary order: these follow the field descriptions)."""
    return {
        **_futures_record(o),
        "type": _base_type(o),
        "stop": "down" if o.side.lower() == "sell" else "up",
        "stopPriceType": "TP",
        "stopPrice": o.price,
    }


def _futures_cancel_all(*, stops: bool, symbol_required: bool) -> Handler:
    """The futures cancel-alls: DELETE /api/v3/orders?symbol= (the contract's open orders,
    symbol required, stop orders excluded), DELETE /api/v1/orders (one contract or all, stop
    orders excluded, as in the v3 endpoint that replaces it) and DELETE /api/v1/stopOrders
    (the untriggered stop orders of one contract or of all). The answer names the cancelled
    ids; an order whose cancel fails stays open, unnamed."""

    def cancel_all(
        state: State, account: Account, symbol: str | None, params: Mapping[str, object], now: int
    ) -> object:
        with state.lock:
            orders = _orders(state, account, FUTURES, symbol, stops=stops)
            ok, _failed = split_failing(orders)
            state.cancel(ok)
        return {"cancelledOrderIds": _ids(ok)}

    return (
        on_market(EXCHANGE, _NO_SYMBOL)(cancel_all)
        if symbol_required
        else on_any_market(EXCHANGE)(cancel_all)
    )


def futures_get_order_list(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/orders: ``status=active`` lists the open (non-stop) orders, newest first,
    filtered by symbol, side and type, paged by ``currentPage``/``pageSize`` (default 50);
    ``done`` orders are not kept by the simulator (an empty page). A symbol filter is not
    checked against the contracts listed (the sources do not say it is): an unknown one
    matches nothing."""
    symbol = params.get("symbol")
    symbol = symbol if isinstance(symbol, str) else None
    orders: list[Order] = []
    if params.get("status", "done") == "active":  # "done as default"
        orders = [
            o
            for o in reversed(_orders(state, account, FUTURES, symbol))
            if params.get("side") in (None, o.side.lower())
            and params.get("type") in (None, o.type.lower())
        ]
    page, size = _page_of(params, 50)
    return _page([_futures_record(o) for o in orders], page, size)


def futures_get_stop_order_list(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """GET /api/v1/stopOrders: the untriggered stop orders (of one contract, or all), newest
    first, filtered by side and type (``limit``/``market``), paged by ``currentPage``/
    ``pageSize`` (default 50). A symbol filter is not checked, as in the order list."""
    symbol = params.get("symbol")
    symbol = symbol if isinstance(symbol, str) else None
    orders = _filtered(list(reversed(_orders(state, account, FUTURES, symbol, stops=True))), params)
    page, size = _page_of(params, 50)
    return _page([_futures_stop_record(o) for o in orders], page, size)


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class KuCoinVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        return 200, {"code": "200000", "data": payload}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {"code": reject.code, "msg": reject.message}

    def rate_headers(self, decision: RateDecision | None) -> dict[str, str]:
        """gw-ratelimit-limit, -remaining and -reset, the last "the reset countdown in
        milliseconds" (rate-limit page), not a moment."""
        if decision is None:
            return {}
        return {
            "gw-ratelimit-limit": str(decision.limit),
            "gw-ratelimit-remaining": str(decision.remaining),
            "gw-ratelimit-reset": str(max(0, decision.reset_ms - decision.now_ms)),
        }

    def fires_on(self, scope: str, order: Order) -> bool:
        """A DCP's scope is its comma-separated symbols ("": every symbol); it cancels HF
        orders only (stop orders stay: see the module docstring)."""
        return not _is_stop(order) and (not scope or order.symbol in scope.split(","))


VENUE = KuCoinVenue(
    wire=EXCHANGES[EXCHANGE],
    verify=verify_kucoin,
    handlers={
        "spot.cancel_all_orders": spot_cancel_all_orders,
        "spot.get_open_orders": spot_get_open_orders,
        "spot.get_open_orders_by_page": spot_get_open_orders_by_page,
        "spot.get_symbols_with_open_order": spot_get_symbols_with_open_order,
        "spot.set_dcp": spot_set_dcp,
        "spot.get_dcp": spot_get_dcp,
        "spot.get_stop_orders_list": spot_get_stop_orders_list,
        "spot.batch_cancel_stop_orders": spot_batch_cancel_stop_orders,
        "futures.cancel_all_orders": _futures_cancel_all(stops=False, symbol_required=True),
        "futures.cancel_all_orders_v1": _futures_cancel_all(stops=False, symbol_required=False),
        "futures.cancel_all_stop_orders": _futures_cancel_all(stops=True, symbol_required=False),
        "futures.get_order_list": futures_get_order_list,
        "futures.get_stop_order_list": futures_get_stop_order_list,
    },
    market=SPOT,
    other_markets=(FUTURES,),
    symbols=(
        "BTC-USDT",
        "ETH-USDT",
        "SOL-USDT",
        "XRP-USDT",
        "ETH-BTC",
        "XBTUSDTM",
        "ETHUSDTM",
        "SOLUSDTM",
    ),
    order_defaults={"side": "buy", "type": "limit"},
    rate_limit_code="429000",
    rate_limit_status=429,
    permission_code="400007",
    permission_status=403,
    ip_code="400006",
    ip_status=403,
    busy_code="500000",
    unknown_market_code="900001",
    unknown_market_status=400,
)
