"""Kraken Futures as the simulator plays it: the Authent signature of the futures REST guide
(docs.kraken.com/api/docs/guides/futures-rest, "Authentication"), ``{"result": "success", ...,
"serverTime"}`` answers and ``{"result": "error", "error": <code>}`` errors with HTTP 200, and
cancelallorders (all, or one symbol), the cancelallordersafter dead-man's switch and
openorders.

The verifier is written from the guide, not from the recipe: Authent is the base64
HMAC-SHA512, keyed by the base64-decoded secret, of the SHA-256 of postData + Nonce + the
endpoint path without ``/derivatives``; postData is the arguments as sent (query string or
form body) and the Nonce header is optional. As on Kraken spot, an account whose secret is
``S`` signs with base64(``S``) as its API secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Venue, same_digest, split_failing

__all__ = ["VENUE", "krakenfutures_sign", "verify_krakenfutures"]

EXCHANGE = "krakenfutures"


def krakenfutures_sign(key: bytes, post_data: str, nonce: str, endpoint_path: str) -> str:
    """base64(HMAC-SHA512(key, SHA256(postData + nonce + endpointPath))); ``key`` is the
    secret's bytes (the client holds their base64 text)."""
    digest = hashlib.sha256((post_data + nonce + endpoint_path).encode()).digest()
    return base64.b64encode(hmac.new(key, digest, hashlib.sha512).digest()).decode()


def verify_krakenfutures(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    key = request.header("APIKey")
    sign = request.header("Authent")
    account = accounts.get(key) if key else None
    if account is None or not sign:
        return Reject("authenticationError", "", 200)
    post_data = request.raw_query + request.body.decode(errors="replace")
    path = request.path.removeprefix("/derivatives")
    expected = krakenfutures_sign(
        account.secret.encode(), post_data, request.header("Nonce") or "", path
    )
    if not same_digest(sign, expected):
        return Reject("authenticationError", "", 200)
    return account


# --------------------------------------------------------------------------- endpoints


def _iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{moment}.{ms % 1000:03d}Z"


def _uuid(o: Order) -> str:
    text = f"{o.order_id:032x}"[-32:]
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def cancel_all_orders(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Cancels the account's open orders (of ``symbol``, or all); an order whose cancel is made
    to fail stays open and is not in cancelledOrders."""
    symbol = VENUE.market_param(state, params, "symbol")
    if isinstance(symbol, Reject):
        return symbol
    with state.lock:
        ok, _failed = split_failing(state.open_orders(EXCHANGE, account.key, symbol))
        state.cancel(ok)
    return {
        "cancelStatus": {
            "receivedTime": _iso(now),
            "cancelOnly": symbol or "all",
            "status": "cancelled" if ok else "noOrdersToCancel",
            "cancelledOrders": [{"order_id": _uuid(o)} for o in ok],
            "orderEvents": [
                {"type": "CANCEL", "uid": _uuid(o), "order": _order(o, now)} for o in ok
            ],
        }
    }


def _order(o: Order, now: int) -> dict[str, object]:
    return {
        "orderId": _uuid(o),
        "cliOrdId": None,
        "type": "lmt",
        "symbol": o.symbol,
        "side": o.side.lower(),
        "quantity": int(o.quantity) if o.quantity.isdigit() else o.quantity,
        "filled": 0,
        "limitPrice": int(o.price) if o.price.isdigit() else o.price,
        "reduceOnly": False,
        "timestamp": _iso(o.created_ms),
        "lastUpdateTimestamp": _iso(o.created_ms),
    }


def cancel_all_orders_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Arms or pushes back the account's countdown (timeout s); 0 deactivates it and answers
    triggerTime "0" (the page's cancel example)."""
    timeout = params.get("timeout")
    if not isinstance(timeout, int):
        return Reject("requiredArgumentMissing", "", 200)
    if timeout == 0:
        state.disarm(EXCHANGE, account.key, "")
        return {"status": {"currentTime": _iso(now), "triggerTime": "0"}}
    trigger = now + timeout * 1000
    state.arm(EXCHANGE, account.key, "", trigger)
    return {"status": {"currentTime": _iso(now), "triggerTime": _iso(trigger)}}


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Every open order of the account, newest first, in one answer."""
    orders = sorted(state.open_orders(EXCHANGE, account.key, None), key=lambda o: -o.order_id)
    return {
        "openOrders": [
            {
                "order_id": _uuid(o),
                "symbol": o.symbol,
                "side": o.side.lower(),
                "orderType": "lmt",
                "limitPrice": int(o.price) if o.price.isdigit() else o.price,
                "unfilledSize": int(o.quantity) if o.quantity.isdigit() else o.quantity,
                "receivedTime": _iso(o.created_ms),
                "status": "untouched",
                "filledSize": 0,
                "reduceOnly": False,
                "lastUpdateTime": _iso(o.created_ms),
            }
            for o in orders
        ]
    }


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class KrakenFuturesVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        body = {"result": "success", **(payload if isinstance(payload, dict) else {})}
        body["serverTime"] = _iso(now_ms)
        return 200, body

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        return self.status_of(reject), {
            "result": "error",
            "serverTime": _iso(now_ms),
            "error": reject.code,
        }


VENUE = KrakenFuturesVenue(
    wire=EXCHANGES[EXCHANGE],
    verify=verify_krakenfutures,
    handlers={
        "futures.cancel_all_orders": cancel_all_orders,
        "futures.cancel_all_orders_after": cancel_all_orders_after,
        "futures.open_orders": open_orders,
    },
    market="futures",
    symbols=("PF_XBTUSD", "PF_ETHUSD", "PF_SOLUSD", "PI_XBTUSD"),
    order_defaults={"side": "buy"},
    rate_limit_code="apiLimitExceeded",
    rate_limit_status=200,
    permission_code="authenticationError",
    permission_status=200,
    ip_code="authenticationError",
    ip_status=200,
    busy_code="Unavailable",
    unknown_market_code="invalidArgument",
    unknown_market_status=200,
)
