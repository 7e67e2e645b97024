"""OKX v5 as the simulator plays it, written from OKX's "REST Authentication" and "General Info"
sections (specs/okx/exchange.yaml cites them), independently of the signing recipe: the
signature check, the ``{code, msg, data}`` envelope (a batch answers code "0", "1" or "2" with
each order's ``sCode``/``sMsg``), error codes, and the order-book endpoints the kill switch uses:
``orders-pending`` (newest first, ``after``/``before`` cursors by ``ordId``, ``limit``),
``cancel-batch-orders`` (a JSON array of ``{instId, ordId|clOrdId}``) and the account-level
``cancel-all-after`` countdown (a tag-level one cancels only orders of that tag: the simulator's
orders carry no tag, so it cancels none); and the algo orders (seeded with ``{"market":
"algo", "type": "trigger"}``: the order's type is its ``ordType``): ``orders-algo-pending``
(one ``ordType`` a call, or ``conditional,oco``; newest first, ``after``/``before`` by
``algoId``) and ``cancel-algos`` (a JSON array of ``{instId, algoId|algoClOrdId}``). The
countdown cancels order-book orders only (the page does not say it cancels algo orders)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Signed, Venue, int_param, same_digest, signed_by

__all__ = ["VENUE", "okx_sign", "verify_okx"]


# --------------------------------------------------------------------------- signature


def okx_sign(secret: str, prehash: bytes) -> str:
    """Base64 HMAC-SHA256 (key: the secret as given) of ``timestamp + METHOD + requestPath +
    body``, where a GET's requestPath carries its query."""
    return base64.b64encode(hmac.new(secret.encode(), prehash, hashlib.sha256).digest()).decode()


_REQUIRED_HEADERS = (  # checked in this order; the first one missing is reported
    ("OK-ACCESS-KEY", "50103", 'Request header "OK-ACCESS-KEY" cannot be empty.'),
    ("OK-ACCESS-SIGN", "50106", 'Request header "OK-ACCESS-SIGN" cannot be empty.'),
    ("OK-ACCESS-TIMESTAMP", "50107", 'Request header "OK-ACCESS-TIMESTAMP" cannot be empty.'),
    ("OK-ACCESS-PASSPHRASE", "50104", 'Request header "OK-ACCESS-PASSPHRASE" cannot be empty.'),
)
_ISO_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def _auth(code: str, message: str) -> Reject:
    return Reject(code, message, 401)


def _epoch_ms(timestamp: str) -> int | None:
    """An ISO-8601 UTC time with milliseconds (2020-12-08T09:08:57.715Z), as epoch ms."""
    if not _ISO_MS.fullmatch(timestamp):
        return None
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return int(moment.timestamp() * 1000)


def verify_okx(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    signed = signed_by(request, accounts, _REQUIRED_HEADERS, ("50111", "Invalid OK-ACCESS-KEY."))
    if not isinstance(signed, Signed):
        return _auth(*signed)
    account, found = signed
    timestamp = found["OK-ACCESS-TIMESTAMP"]
    sent_ms = _epoch_ms(timestamp)
    if sent_ms is None:
        return _auth("50112", "Invalid OK-ACCESS-TIMESTAMP.")
    if abs(now_ms - sent_ms) > tolerance_ms:
        return _auth("50102", "Timestamp request expired.")
    target = request.path + (f"?{request.raw_query}" if request.raw_query else "")
    prehash = f"{timestamp}{request.method.upper()}{target}".encode() + request.body
    if not same_digest(found["OK-ACCESS-SIGN"], okx_sign(account.secret, prehash)):
        return _auth("50113", "Invalid signature.")
    if not same_digest(found["OK-ACCESS-PASSPHRASE"], account.passphrase):
        return _auth("50105", 'Request header "OK-ACCESS-PASSPHRASE" incorrect.')
    if request.method != "GET" and request.body and request.content_type != "application/json":
        return Reject("50006", 'Invalid Content-Type. Please use "application/JSON".', 400)
    return account


# --------------------------------------------------------------------------- endpoints


def _record(o: Order) -> dict[str, object]:
    created = str(o.created_ms)
    return {
        "instType": "SWAP" if o.symbol.endswith("-SWAP") else "SPOT",
        "instId": o.symbol,
        "ordId": str(o.order_id),
        "clOrdId": o.client_order_id,
        "tag": "",
        "px": o.price,
        "sz": o.quantity,
        "ordType": o.type.lower(),
        "side": o.side.lower(),
        "posSide": "net",
        "tdMode": "cash",
        "accFillSz": "0",
        "state": "live",
        "category": "normal",
        "reduceOnly": "false",
        "uTime": created,
        "cTime": created,
    }


ALGO = "algo"  # the simulator's market of algo orders (order-book orders are in "v5")
_ALGO_TYPES = ("conditional", "oco", "chase", "trigger", "move_order_stop", "iceberg", "twap")


def _algo_type(o: Order) -> str:
    kind = o.type.lower()
    return kind if kind in _ALGO_TYPES else "conditional"


def _algo_record(o: Order) -> dict[str, object]:
    created = str(o.created_ms)
    return {
        "instType": "SWAP" if o.symbol.endswith("-SWAP") else "SPOT",
        "instId": o.symbol,
        "ordId": "",
        "ordIdList": [],
        "algoId": str(o.order_id),
        "algoClOrdId": o.client_order_id,
        "clOrdId": "",
        "sz": o.quantity,
        "ordType": _algo_type(o),
        "side": o.side.lower(),
        "posSide": "net",
        "tdMode": "cash",
        "state": "live",
        "triggerPx": o.price,
        "triggerPxType": "last",
        "ordPx": "-1",
        "tag": "",
        "triggerTime": "",
        "cTime": created,
        "uTime": created,
    }


def _page(
    state: State, account: Account, params: Mapping[str, object], market: str
) -> list[Order] | Reject:
    """The open orders of ``market`` (of the instrument ``instId`` when given), newest first;
    ``after`` keeps those older than that id, ``before`` those newer; ``limit`` (100) a page."""
    inst = VENUE.market_param(state, params, "instId")
    if isinstance(inst, Reject):
        return inst
    orders = sorted(
        (
            o
            for o in state.open_orders("okx", account.key, None, market)
            if inst is None or state.same_market("okx", inst, o.symbol)
        ),
        key=lambda o: -o.order_id,
    )
    after, before = params.get("after"), params.get("before")
    if isinstance(after, str) and after.isdigit():
        orders = [o for o in orders if o.order_id < int(after)]
    if isinstance(before, str) and before.isdigit():
        orders = [o for o in orders if o.order_id > int(before)]
    return orders


def orders_pending(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Incomplete order-book orders, newest first, paged by ``ordId``."""
    orders = _page(state, account, params, VENUE.market)
    if isinstance(orders, Reject):
        return orders
    return [_record(o) for o in orders[: int_param(params, "limit", 100)]]


def orders_algo_pending(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Untriggered algo orders of the ``ordType`` asked (``conditional,oco``: both), newest
    first, paged by ``algoId``."""
    kinds = str(params["ordType"]).split(",")
    orders = _page(state, account, params, ALGO)
    if isinstance(orders, Reject):
        return orders
    mine = [o for o in orders if _algo_type(o) in kinds]
    return [_algo_record(o) for o in mine[: int_param(params, "limit", 100)]]


def cancel_algos(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Each item cancels one algo order of its instrument, by ``algoId`` (preferred) or
    ``algoClOrdId``; one that is not open (or whose cancel is made to fail) answers 51400 in
    its sCode (the error table's "Order cancellation failed as the order has been filled,
    canceled or does not exist"; it names no algo-specific code)."""
    items = params["items"]
    assert isinstance(items, list)
    results: list[dict[str, object]] = []
    with state.lock:
        open_now = state.open_orders("okx", account.key, None, ALGO)
        for item in items:
            algo_id, client_id = item.get("algoId"), item.get("algoClOrdId")
            inst = str(item.get("instId", ""))
            match = [
                o
                for o in open_now
                if state.same_market("okx", inst, o.symbol)
                and (
                    str(o.order_id) == algo_id
                    if algo_id is not None
                    else o.client_order_id == client_id
                )
            ]
            if not match or match[0].cancel_error is not None:
                error = (match[0].cancel_error if match else None) or {}
                results.append(
                    {
                        "algoId": "" if algo_id is None else str(algo_id),
                        "algoClOrdId": "" if client_id is None else str(client_id),
                        "clOrdId": "",
                        "tag": "",
                        "sCode": error.get("code", "51400"),
                        "sMsg": error.get(
                            "message",
                            "Order cancellation failed as the order has been filled, canceled "
                            "or does not exist.",
                        ),
                    }
                )
                continue
            order = match[0]
            state.cancel([order])
            open_now.remove(order)
            results.append(
                {
                    "algoId": str(order.order_id),
                    "algoClOrdId": order.client_order_id,
                    "clOrdId": "",
                    "tag": "",
                    "sCode": "0",
                    "sMsg": "",
                }
            )
    return results


def cancel_batch_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Each item cancels one order of its instrument, by ``ordId`` (preferred) or ``clOrdId``;
    an order that is not open (or whose cancel is made to fail) answers 51400 in its sCode."""
    items = params["items"]
    assert isinstance(items, list)
    results: list[dict[str, object]] = []
    with state.lock:
        open_now = state.open_orders("okx", account.key, None, VENUE.market)
        for item in items:
            order_id, client_id = item.get("ordId"), item.get("clOrdId")
            inst = str(item.get("instId", ""))
            match = [
                o
                for o in open_now
                if state.same_market("okx", inst, o.symbol)
                and (
                    str(o.order_id) == order_id
                    if order_id is not None
                    else o.client_order_id == client_id
                )
            ]
            if not match or match[0].cancel_error is not None:
                error = (match[0].cancel_error if match else None) or {}
                results.append(
                    {
                        "ordId": "" if order_id is None else str(order_id),
                        "clOrdId": "" if client_id is None else str(client_id),
                        "ts": str(now),
                        "sCode": error.get("code", "51400"),
                        "sMsg": error.get(
                            "message",
                            "Order cancellation failed as the order has been filled, canceled "
                            "or does not exist.",
                        ),
                    }
                )
                continue
            order = match[0]
            state.cancel([order])
            open_now.remove(order)
            results.append(
                {
                    "ordId": str(order.order_id),
                    "clOrdId": order.client_order_id,
                    "ts": str(now),
                    "sCode": "0",
                    "sMsg": "",
                }
            )
    return results


def cancel_all_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Account-level (no tag) or tag-level countdown; 0 disarms. The page's example has
    10-digit triggerTime and ts: seconds here (the unit is recorded as a conflict in the spec)."""
    timeout = params["timeOut"]
    assert isinstance(timeout, int)
    tag = params.get("tag")
    scope = "" if not tag else f"tag:{tag}"  # the simulator's orders carry no tag
    if timeout == 0:
        state.disarm("okx", account.key, scope)
        trigger = "0"
    else:
        trigger = str((now + timeout * 1000) // 1000)
        state.arm("okx", account.key, scope, now + timeout * 1000)
    return [{"triggerTime": trigger, "tag": tag or "", "ts": str(now // 1000)}]


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class OKXVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        code = "0"
        codes = (
            [r.get("sCode") for r in payload if isinstance(r, dict)]
            if isinstance(payload, list)
            else []
        )
        if any(c is not None for c in codes):  # a batch: "1" all failed, "2" some failed
            failed = sum(c != "0" for c in codes)
            code = "0" if not failed else "1" if failed == len(codes) else "2"
        return 200, {"code": code, "msg": "", "data": payload}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {"code": reject.code, "msg": reject.message, "data": []}

    def server_time(self, now_ms: int) -> tuple[int, object]:
        """``GET /api/v5/public/time``: ``data[0].ts``, milliseconds as a string."""
        return self.success([{"ts": str(now_ms)}], now_ms)


VENUE = OKXVenue(
    wire=EXCHANGES["okx"],
    verify=verify_okx,
    handlers={
        "trade.orders_pending": orders_pending,
        "trade.cancel_batch_orders": cancel_batch_orders,
        "trade.cancel_all_after": cancel_all_after,
        "trade.orders_algo_pending": orders_algo_pending,
        "trade.cancel_algos": cancel_algos,
    },
    market="v5",
    other_markets=(ALGO,),
    symbols=("BTC-USDT", "ETH-USDT", "SOL-USDT", "BTC-USDT-SWAP", "ETH-USDT-SWAP", "ETH-BTC"),
    order_defaults={"side": "buy"},
    rate_limit_code="50011",
    rate_limit_status=429,
    # The transcribed error table has no "missing permission" code: 50100 "API frozen, please
    # contact customer service." (HTTP 400) is the documented refusal of a key that may not act.
    permission_code="50100",
    permission_status=400,
    ip_code="50110",
    ip_status=401,
    busy_code="50013",
    unknown_market_code="51001",
    unknown_market_status=200,
    method_not_allowed_code="50115",
    body_error_code="50002",
)
