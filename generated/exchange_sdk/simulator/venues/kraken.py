"""Kraken spot as the simulator plays it: the nonce-and-digest signature of the spot REST
guide (docs.kraken.com/api/docs/guides/spot-rest-auth), ``{"error": [...], "result": ...}``
answers with HTTP 200, and CancelAll, CancelAllOrdersAfter and OpenOrders over every pair of
the account.

The verifier is written from the guide, not from the recipe: API-Sign is the base64
HMAC-SHA512, keyed by the base64-decoded secret, of the URI path followed by the SHA-256 of the
nonce and the POST data; the nonce (the POST data's own ``nonce`` field) must exceed the last
one the key used. Kraken shows its users the secret in base64, so an account whose secret is
``S`` signs with base64(``S``) as its API secret (``test-secret`` -> ``dGVzdC1zZWNyZXQ=``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl

from .._routes import EXCHANGES
from .._wire import Reject, WireRequest
from ..state import Account, Order, State
from ..venue import Accounts, Venue, same_digest, split_failing

__all__ = ["VENUE", "kraken_sign", "verify_kraken"]

EXCHANGE = "kraken"

# --------------------------------------------------------------------------- signature


def kraken_sign(key: bytes, path: str, nonce: str, post_data: bytes) -> str:
    """base64(HMAC-SHA512(key, path + SHA256(nonce + POST data))); ``key`` is the secret's
    bytes (the client holds their base64 text)."""
    digest = hashlib.sha256(nonce.encode() + post_data).digest()
    return base64.b64encode(hmac.new(key, path.encode() + digest, hashlib.sha512).digest()).decode()


_nonces_lock = threading.Lock()
# The last nonce each key used, per simulator (its accounts mapping, kept alive with it).
_last_nonce: dict[int, tuple[Accounts, dict[str, int]]] = {}


def _nonce_of(request: WireRequest) -> str | None:
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return None
        value = data.get("nonce") if isinstance(data, dict) else None
        return str(value) if isinstance(value, int) else None
    values = [v for k, v in parse_qsl(request.body.decode(errors="replace")) if k == "nonce"]
    return values[0] if len(values) == 1 else None


def _accept_nonce(accounts: Accounts, key: str, nonce: int) -> bool:
    with _nonces_lock:
        _, last = _last_nonce.setdefault(id(accounts), (accounts, {}))
        if nonce <= last.get(key, -1):
            return False
        last[key] = nonce
        return True


def verify_kraken(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    key = request.header("API-Key")
    sign = request.header("API-Sign")
    if not key:
        return Reject("EAPI:Invalid key", "", 200)
    account = accounts.get(key)
    if account is None:
        return Reject("EAPI:Invalid key", "", 200)
    nonce = _nonce_of(request)
    if nonce is None or not nonce.isdigit():
        return Reject("EAPI:Invalid nonce", "", 200)
    expected = kraken_sign(account.secret.encode(), request.path, nonce, request.body)
    if not sign or not same_digest(sign, expected):
        return Reject("EAPI:Invalid signature", "", 200)
    if not _accept_nonce(accounts, key, int(nonce)):
        return Reject("EAPI:Invalid nonce", "", 200)
    return account


# --------------------------------------------------------------------------- endpoints


def _rfc3339(ms: int) -> str:
    return datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def txid(order: Order) -> str:
    """The order id as Kraken writes it (three dash-joined groups, here from the number)."""
    text = f"{order.order_id:021d}"[-18:]
    return f"O{text[:5]}-{text[5:10]}-{text[10:]}"


def cancel_all(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Cancels every open order of the account; ``count`` says how many. An order whose cancel
    is made to fail stays open (Kraken's answer names none: the listing shows it)."""
    with state.lock:
        ok, _failed = split_failing(state.open_orders(EXCHANGE, account.key, None))
        state.cancel(ok)
    return {"count": len(ok)}


def cancel_all_orders_after(
    state: State, account: Account, params: Mapping[str, object], now: int
) -> object:
    """Arms, extends (timeout s) or, with 0, disables the account's countdown. The disarm
    answer's triggerTime ("0") is this simulator's choice: the page shows only an arm."""
    timeout = params["timeout"]
    assert isinstance(timeout, int)
    if timeout == 0:
        state.disarm(EXCHANGE, account.key, "")
        return {"currentTime": _rfc3339(now), "triggerTime": "0"}
    trigger = now + timeout * 1000
    state.arm(EXCHANGE, account.key, "", trigger)
    return {"currentTime": _rfc3339(now), "triggerTime": _rfc3339(trigger)}


def _open(o: Order) -> dict[str, object]:
    side = o.side.lower()
    ordertype = o.type.lower()
    return {
        "refid": None,
        "userref": 0,
        "status": "open",
        "opentm": round(o.created_ms / 1000, 4),
        "starttm": 0,
        "expiretm": 0,
        "descr": {
            "pair": o.symbol,
            "type": side,
            "ordertype": ordertype,
            "price": o.price,
            "price2": "0",
            "leverage": "none",
            "order": f"{side} {o.quantity} {o.symbol} @ {ordertype} {o.price}",
            "close": "",
        },
        "vol": o.quantity,
        "vol_exec": "0.00000000",
        "cost": "0.00000",
        "fee": "0.00000",
        "price": "0.00000",
        "stopprice": "0.00000",
        "limitprice": "0.00000",
        "misc": "",
        "oflags": "fciq",
    }


def open_orders(state: State, account: Account, params: Mapping[str, object], now: int) -> object:
    """Every open order of the account in one answer, keyed by txid."""
    orders = sorted(state.open_orders(EXCHANGE, account.key, None), key=lambda o: o.order_id)
    return {"open": {txid(o): _open(o) for o in orders}}


# --------------------------------------------------------------------------- envelope


@dataclass(frozen=True, kw_only=True)
class KrakenVenue(Venue):
    def success(self, payload: object, now_ms: int) -> tuple[int, object]:
        return 200, {"error": [], "result": payload}

    def error(self, reject: Reject, now_ms: int) -> tuple[int, object]:
        entry = f"{reject.code}:{reject.message}" if reject.message else reject.code
        return self.status_of(reject), {"error": [entry]}


VENUE = KrakenVenue(
    wire=EXCHANGES[EXCHANGE],
    verify=verify_kraken,
    handlers={
        "spot.cancel_all": cancel_all,
        "spot.cancel_all_orders_after": cancel_all_orders_after,
        "spot.open_orders": open_orders,
    },
    market="spot",
    symbols=("XBTUSD", "ETHUSD", "SOLUSD", "XRPUSD", "ETHXBT"),
    order_defaults={"side": "buy", "type": "limit"},
    rate_limit_code="EAPI:Rate limit exceeded",
    rate_limit_status=200,
    permission_code="EGeneral:Permission denied",
    permission_status=200,
    ip_code="EGeneral:Permission denied",
    ip_status=200,
    busy_code="EService:Busy",
    unknown_market_code="EQuery:Unknown asset pair",
    unknown_market_status=200,
)
