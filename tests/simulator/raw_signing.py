"""Hand-signed raw requests for the four exchanges, from exchange-protocols.md.

Independent of both ``exchange_sdk._runtime.signing`` and the simulator's verifiers (neither is
imported): a third implementation, so that a bug shared by the SDK and the simulator shows.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"


@dataclass
class Raw:
    """One HTTP request, ready to send (and to tamper with)."""

    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def send(self, base_url: str) -> httpx.Response:
        url = base_url + self.path + (f"?{self.query}" if self.query else "")
        return httpx.request(
            self.method, url, headers=self.headers, content=self.body or None, timeout=10
        )


def now_ms() -> int:
    return int(time.time() * 1000)


def bingx_query(
    params: dict[str, object], *, key: str = KEY, secret: str = SECRET, ts: int | None = None
) -> Raw:
    """Official demo style: parameters in insertion order, then timestamp, then signature."""
    text = "&".join(f"{k}={v}" for k, v in {**params, "timestamp": ts or now_ms()}.items())
    sig = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    return Raw("POST", "", f"{text}&signature={sig}", {"X-BX-APIKEY": key})


def bingx_form(params: dict[str, object], *, secret: str = SECRET) -> Raw:
    """[BXSK]: a sorted form body ``<canonical>&signature=<hex>``."""
    text = "&".join(f"{k}={v}" for k, v in sorted({**params, "timestamp": now_ms()}.items()))
    sig = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    headers = {"X-BX-APIKEY": KEY, "Content-Type": "application/x-www-form-urlencoded"}
    return Raw("POST", "", "", headers, f"{text}&signature={sig}".encode())


def bingx_json(params: dict[str, object], *, secret: str = SECRET) -> Raw:
    """[BXJS]: a JSON body carrying timestamp and signature, signed over the sorted k=v string."""
    items = {**params, "timestamp": now_ms()}
    text = "&".join(f"{k}={v}" for k, v in sorted(items.items()))
    items["signature"] = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    headers = {"X-BX-APIKEY": KEY, "Content-Type": "application/json"}
    return Raw("POST", "", "", headers, json.dumps(items).encode())


def htx(
    path: str, body: Mapping[str, object], host: str, *, key: str = KEY, secret: str = SECRET
) -> Raw:
    """Signature V2: the four auth parameters in the query, signed with the host; JSON body."""
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
    params = {
        "AccessKeyId": key,
        "SignatureMethod": "HmacSHA256",
        "SignatureVersion": "2",
        "Timestamp": stamp,
    }
    canonical = "&".join(f"{k}={quote(v, safe='')}" for k, v in sorted(params.items()))
    payload = f"POST\n{host.lower()}\n{path}\n{canonical}"
    sig = base64.b64encode(
        hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    ).decode()
    query = f"{canonical}&Signature={quote(sig, safe='')}"
    return Raw("POST", path, query, {"Content-Type": "application/json"}, json.dumps(body).encode())


def bitget(
    path: str, body: Mapping[str, object], *, passphrase: str = PASSPHRASE, secret: str = SECRET
) -> Raw:
    ts = str(now_ms())
    raw = json.dumps(dict(body)).encode()
    prehash = f"{ts}POST{path}".encode() + raw
    sign = base64.b64encode(hmac.new(secret.encode(), prehash, hashlib.sha256).digest()).decode()
    headers = {
        "ACCESS-KEY": KEY,
        "ACCESS-SIGN": sign,
        "ACCESS-TIMESTAMP": ts,
        "ACCESS-PASSPHRASE": passphrase,
        "Content-Type": "application/json",
        "locale": "en-US",
    }
    return Raw("POST", path, "", headers, raw)


def gate(path: str, body: bytes | Mapping[str, object], *, secret: str = SECRET) -> Raw:
    ts = str(int(time.time()))
    raw = body if isinstance(body, bytes) else json.dumps(dict(body)).encode()
    text = f"POST\n{path}\n\n{hashlib.sha512(raw).hexdigest()}\n{ts}"
    sign = hmac.new(secret.encode(), text.encode(), hashlib.sha512).hexdigest()
    headers = {"KEY": KEY, "Timestamp": ts, "SIGN": sign, "Content-Type": "application/json"}
    return Raw("POST", path, "", headers, raw)


BINGX_CANCEL_OPEN = "/openApi/spot/v1/trade/cancelOpenOrders"
BINGX_CANCEL_AFTER = "/openApi/spot/v1/trade/cancelAllAfter"
HTX_CANCEL_ALL = "/v5/trade/cancel_all_orders"
BITGET_CANCEL_ALL = "/api/v2/mix/order/cancel-all-orders"
GATE_COUNTDOWN = "/api/v4/spot/countdown_cancel_all"


def at(raw: Raw, path: str) -> Raw:
    raw.path = path
    return raw
