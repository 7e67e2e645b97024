"""HTX USDT-M futures as the simulator plays it: Signature Version 2 (exchange-protocols.md
§2a), three envelopes (v5 ``{code, data, message, ts}``, v1 ``{code, msg, ts, data}`` of
linear-cancel-after, legacy ``{status: "ok", data, ts}`` of the linear-swap-api endpoints, and
the gateway's ``err_code``/``err_msg`` errors), the v5 and the cross/isolated v1 cancel-all and
open-orders endpoints, the asset mode and the ``linear-cancel-after`` countdown.

Untriggered trigger (plan), take-profit/stop-loss and trailing (track) orders are order books of
their own: a seeded order whose ``type`` names one (``trigger``, ``tpsl``/``tp``/``sl``,
``track``/``trailing``, e.g. ``limit_trigger``) is only touched by that book's v1 cancel-all
(``swap[_cross]_{trigger,tpsl,track}_cancelall``) and only shown by its listing
(``..._openorders``); the ordinary v5 and v1 cancel-alls and listings leave them. Whether
``linear-cancel-after`` cancels them is not stated by its page: here its countdown does not."""

from __future__ import annotations

import base64
import hashlib
import hmac
from calendar import timegm
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from time import strptime
from urllib.parse import quote

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, RateDecision, State
from ..venue import Accounts, Venue, int_param, same_digest, split_failing

__all__ = ["VENUE", "htx_canonical_query", "htx_sign", "verify_htx"]


# --------------------------------------------------------------------------- signature (§2a)


def htx_canonical_query(pairs: list[tuple[str, str]]) -> str:
    """Decoded ``(key, value)`` pairs, ``Signature`` excluded -> sorted, RFC 3986 encoded."""
    encoded = sorted(
        (quote(k, safe="-_.~"), quote(v, safe="-_.~")) for k, v in pairs if k != "Signature"
    )
    return "&".join(f"{k}={v}" for k, v in encoded)


def htx_sign(secret: str, method: str, host: str, path: str, canonical_query: str) -> str:
    """Base64 HMAC-SHA256 of ``METHOD\\nhost\\npath\\ncanonical``."""
    payload = f"{method.upper()}\n{host.lower()}\n{path}\n{canonical_query}"
    return base64.b64encode(
        hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    ).decode()


def _auth_error(message: str) -> Reject:
    # The gateway's shape (err_code/err_msg); HTTP 401 because v5 documents no status for it.
    return Reject("403", message, 401, legacy=True)


def verify_htx(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    """Signature Version 2 over the method, the Host header the request actually carries, the
    path and the sorted encoded query (for POST: only the four auth parameters travel there)."""
    pairs = request.query_pairs
    params = dict(pairs)
    for name in ("AccessKeyId", "SignatureMethod", "SignatureVersion", "Timestamp", "Signature"):
        if not params.get(name):
            return _auth_error(f"Verification failure [校验失败]: missing {name}")
    account = accounts.get(params["AccessKeyId"])
    if account is None:
        return _auth_error("Incorrect Access key [Access key错误]")
    if params["SignatureMethod"] != "HmacSHA256" or params["SignatureVersion"] != "2":
        return _auth_error(
            "Verification failure [校验失败]: unsupported SignatureMethod/SignatureVersion"
        )
    host = request.header("host") or ""
    expected = htx_sign(
        account.secret, request.method, host, request.path, htx_canonical_query(pairs)
    )
    if not same_digest(params["Signature"], expected):
        return _auth_error("Verification failure [校验失败]")
    try:
        stamp = timegm(strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%S")) * 1000
    except (ValueError, OverflowError):
        return _auth_error("Verification failure [校验失败]: invalid Timestamp")
    if abs(now_ms - stamp) > tolerance_ms:
        return _auth_error(
            "Verification failure [校验失败]: Timestamp is outside the 5 minute window"
        )
    return account


# --------------------------------------------------------------------------- envelopes


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


@dataclass(frozen=True, kw_only=True)
class HtxVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        if isinstance(payload, HtxV1):
            return 200, {"code": 200, "msg": "", "ts": now_ms, "data": payload.data}
        if isinstance(payload, HtxLegacy):
            return 200, {"status": "ok", "data": payload.data, "ts": now_ms}
        return 200, {"code": 200, "data": payload, "message": "Success", "ts": now_ms}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        status = self.status_of(reject)
        code = self.code(reject.code)
        if reject.legacy:
            return status, {
                "status": "error",
                "err_code": code,
                "err_msg": reject.message,
                "ts": now_ms,
            }
        return status, {"code": code, "message": reject.message, "data": None, "ts": now_ms}

    def rate_headers(self, decision: RateDecision | None) -> dict[str, str]:
        headers = super().rate_headers(decision)
        if decision is not None:
            headers["ratelimit-interval"] = str(decision.interval_ms)
        return headers

    def bare_time_body(self, body: dict[str, object]) -> dict[str, object]:
        return {"status": "ok", **body}  # the legacy v1 shape of /api/v1/timestamp

    def fires_on(self, scope: str, order: Order) -> bool:
        """linear-cancel-after cancels the ordinary orders ("all pending orders"); whether it
        cancels untriggered trigger, TP/SL or trailing orders is not stated: here it does not
        (see the module docstring)."""
        return book_of(order) == ORDERS and super().fires_on(scope, order)


# --------------------------------------------------------------------------- order books

ORDERS = "order"  # the ordinary book (limit, market, post-only, ... orders)
BOOKS = ("trigger", "tpsl", "track")


def book_of(order: Order) -> str:
    """The book a seeded order sits in, read from its ``type``: ``trigger``/``plan``,
    ``tpsl``/``tp``/``sl``, ``track``/``trailing``, else the ordinary book."""
    kind = order.type.lower()
    words = set(kind.replace("-", "_").split("_"))
    if words & {"trigger", "plan"}:
        return "trigger"
    if words & {"tpsl", "tp", "sl"}:
        return "tpsl"
    if words & {"track", "trailing"}:
        return "track"
    return ORDERS


def _open_book(state: State, account: Account, book: str = ORDERS) -> list[Order]:
    return [o for o in state.open_orders("htx", account.key, None) if book_of(o) == book]


# --------------------------------------------------------------------------- v5 endpoints


def cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Filters by contract_code, side and position_side; one item per order with its own code;
    1051 when nothing matches."""
    contract = VENUE.market_param(state, params, "contract_code")
    if isinstance(contract, Reject):
        return contract
    with state.lock:
        orders = [
            o
            for o in _open_book(state, account)
            if (contract is None or state.same_market("htx", contract, o.symbol))
            and params.get("side") in (None, o.side)
            and params.get("position_side") in (None, o.position_side)
        ]
        if not orders:
            return Reject("1051", "No orders to cancel.")
        ok, failed = split_failing(orders)
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


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """v5 Get Current Orders: chronological; a page of ``limit`` (default 10) orders after the
    ``from`` id (direct next) or before it (direct prev)."""
    contract = VENUE.market_param(state, params, "contract_code")
    if isinstance(contract, Reject):
        return contract
    orders = sorted(
        (
            o
            for o in _open_book(state, account)
            if contract is None or state.same_market("htx", contract, o.symbol)
        ),
        key=lambda o: o.order_id,
    )
    limit = int_param(params, "limit", 10)
    start = params.get("from")
    if isinstance(start, int) and start > 0:
        if params.get("direct") == "prev":
            orders = [o for o in orders if o.order_id < start][-limit:]
        else:
            orders = [o for o in orders if o.order_id > start]
    return [_open(o) for o in orders[:limit]]


def _open(o: Order) -> dict[str, object]:
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


# --------------------------------------------------------------------------- v1 (single-asset)


def asset_mode(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """v5 Get Asset Mode: the account's collateral mode (``/_sim/accounts`` asset_mode)."""
    return HtxV1({"assets_mode": account.asset_mode})


def _v1_orders(
    state: State,
    account: Account,
    params: Mapping[str, object],
    margin_mode: str,
    book: str = ORDERS,
) -> list[Order] | Reject:
    contract = VENUE.market_param(state, params, "contract_code")
    if isinstance(contract, Reject):
        return Reject(contract.code, contract.message, contract.http_status, legacy=True)
    pair = params.get("pair")
    return sorted(
        (
            o
            for o in _open_book(state, account, book)
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


def _v1_cancel(
    margin_mode: str,
    state: State,
    account: Account,
    params: Mapping[str, object],
    now: int,
    book: str = ORDERS,
) -> object:
    """[Cross]/[Isolated] Cancel All Orders (of ``book``: the ordinary orders, or the trigger,
    TP/SL or trailing orders): one contract (or pair + contract_type), optional direction and
    offset; data.errors (the orders that failed) and data.successes (ids joined by commas);
    1051 in the legacy error shape when nothing matches."""
    if params.get("contract_code") is None and (
        params.get("pair") is None or params.get("contract_type") is None
    ):
        return Reject(
            "1014", "contract_code, or pair and contract_type, must be filled in", legacy=True
        )
    with state.lock:
        orders = _v1_orders(state, account, params, margin_mode, book)
        if isinstance(orders, Reject):
            return orders
        orders = [o for o in orders if params.get("direction") in (None, o.side)]
        if not orders:
            return Reject("1051", "No orders to cancel.", legacy=True)
        ok, failed = split_failing(orders)
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


def _v1_open(
    margin_mode: str,
    state: State,
    account: Account,
    params: Mapping[str, object],
    now: int,
    book: str = ORDERS,
) -> object:
    """[Cross]/[Isolated] Current unfilled orders (of ``book``): newest first, ``page_size``
    (default 20) per page from ``page_index`` 1, with total_page, current_page and
    total_size."""
    orders = _v1_orders(state, account, params, margin_mode, book)
    if isinstance(orders, Reject):
        return orders
    orders = orders[::-1]
    size = max(1, int_param(params, "page_size", 20))
    page = max(1, int_param(params, "page_index", 1))
    chunk = orders[(page - 1) * size : page * size]
    return HtxLegacy(
        {
            "orders": [_v1_order(o, margin_mode, book) for o in chunk],
            "total_page": max(1, -(-len(orders) // size)),
            "current_page": page,
            "total_size": len(orders),
        }
    )


def _v1_order(o: Order, margin_mode: str, book: str = ORDERS) -> dict[str, object]:
    if book != ORDERS:
        return _book_order(o, margin_mode, book)
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


def _book_order(o: Order, margin_mode: str, book: str) -> dict[str, object]:
    """A trigger, TP/SL or trailing order as its v1 listing gives it (the published examples'
    fields: a trigger price and type, TP/SL's tpsl_order_type, a trailing order's
    callback_rate; status 2, "ready to submit": not triggered)."""
    record: dict[str, object] = {
        "symbol": o.symbol.split("-")[0],
        "contract_code": o.symbol,
        "margin_mode": margin_mode,
        "margin_account": "USDT" if margin_mode == "cross" else o.symbol,
        "volume": o.quantity,
        "order_type": 1,
        "direction": o.side,
        "order_id": o.order_id,
        "order_id_str": str(o.order_id),
        "order_source": "api",
        "created_at": o.created_ms,
        "order_price_type": "limit" if book == "trigger" else "optimal_5",
        "status": 2,
    }
    if book == "trigger":
        record |= {"trigger_type": "ge", "trigger_price": o.price, "order_price": o.price}
        record |= {"offset": "open", "lever_rate": 5, "reduce_only": 0}
    elif book == "tpsl":
        kind = "sl" if "sl" in o.type.lower().replace("-", "_").split("_") else "tp"
        record |= {"tpsl_order_type": kind, "trigger_type": "le", "trigger_price": o.price}
        record |= {"order_price": 0, "source_order_id": None, "relation_tpsl_order_id": "-1"}
    else:
        record |= {"offset": "open", "lever_rate": 5, "callback_rate": "0.03"}
        record |= {"active_price": o.price, "is_active": 0, "reduce_only": 0}
    return record


_DEFAULT_TIMEOUT_MS = 5000  # the page's default countdown


def cancel_after(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """linear-cancel-after: on_off 1 arms (or restarts) a countdown of time_out ms (default
    5000) that cancels every futures order of the account when it ends; on_off 0 disarms."""
    if params["on_off"] == 0:
        state.disarm("htx", account.key, "")
        return HtxV1({"current_time": now})
    timeout = params.get("time_out", _DEFAULT_TIMEOUT_MS)
    assert isinstance(timeout, int)
    trigger = now + timeout
    state.arm("htx", account.key, "", trigger)
    return HtxV1({"current_time": now, "trigger_time": trigger})


_BASES = ("BTC", "ETH", "SOL", "XRP", "DOGE", "LTC")

VENUE = HtxVenue(
    wire=EXCHANGES["htx"],
    verify=verify_htx,
    handlers={
        "futures.cancel_all_orders": cancel_all_orders,
        "futures.cancel_after": cancel_after,
        "futures.open_orders": open_orders,
        "futures.asset_mode": asset_mode,
        # the v1 endpoints of the two margin modes behave alike on their own orders
        "futures.cross_cancel_all": partial(_v1_cancel, "cross"),
        "futures.isolated_cancel_all": partial(_v1_cancel, "isolated"),
        "futures.cross_open_orders": partial(_v1_open, "cross"),
        "futures.isolated_open_orders": partial(_v1_open, "isolated"),
        # each stop-family book alike, in its own orders
        **{
            f"futures.{mode}_{book}_{kind}": partial(handler, mode, book=book)
            for mode in ("cross", "isolated")
            for book in BOOKS
            for kind, handler in (("cancel_all", _v1_cancel), ("open_orders", _v1_open))
        },
    },
    market="futures",
    symbols=(*tuple(f"{b}-USDT" for b in _BASES), "BTC-USDT-241115", "BTC-USDT-210625"),
    case_insensitive_symbols=True,  # the pages say "Case-Insensitive"
    order_defaults={"side": "buy"},
    # HTX documents no permission or IP codes for v5: the gateway's 403 with the HTTP status.
    rate_limit_code="1032",
    rate_limit_status=200,
    permission_code="403",
    permission_status=403,
    ip_code="403",
    ip_status=403,
    busy_code="1004",
    # Unknown contract: 1014 (the [Cross] Cancel All Orders page names it for a missing contract).
    unknown_market_code="1014",
    unknown_market_status=200,
)
