"""Signature, key, passphrase and timestamp verification, as each exchange's server does it.

Written from exchange-protocols.md independently of ``exchange_sdk._runtime.signing`` (never
imported here), so that the two can check each other: the simulator's tests verify these
functions against the published vectors, and the SDK's requests must pass them.

Each ``verify_*`` takes the request as received and returns the account or the exchange's own
``Reject``. The signature is checked before the timestamp, so a changed byte anywhere in a
signed part is reported as a signature error.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from calendar import timegm
from collections.abc import Callable, Mapping
from decimal import Decimal
from time import strptime
from urllib.parse import quote, unquote, unquote_plus

from ._wire import BadBody, Reject, WireRequest
from .state import Account

__all__ = [
    "VERIFIERS",
    "bingx_sign",
    "bitget_sign",
    "gate_sign",
    "htx_canonical_query",
    "htx_sign",
    "verify_bingx",
    "verify_bitget",
    "verify_gate",
    "verify_htx",
]

Accounts = Mapping[str, Account]
Verifier = Callable[[WireRequest, Accounts, int, int], "Account | Reject"]


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


# --------------------------------------------------------------------------- BingX (§1a)


def bingx_sign(secret: str, payload: str) -> str:
    """Lowercase hex HMAC-SHA256 of the parameter string."""
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


def _without_signature(raw: str) -> tuple[str, str | None]:
    """The raw ``k=v&...`` text without its ``signature`` pair, in the order received."""
    kept: list[str] = []
    signature: str | None = None
    for part in raw.split("&"):
        if part.startswith("signature="):
            signature = unquote(part[len("signature=") :])
        elif part:
            kept.append(part)
    return "&".join(kept), signature


def _json_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal | int):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


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
    query_text, signature = _without_signature(request.raw_query)
    params: dict[str, object] = dict(request.query)
    try:
        if signature is not None:
            candidates = [query_text, unquote(query_text)]
        elif request.content_type == "application/x-www-form-urlencoded":
            form_text, signature = _without_signature(request.body.decode(errors="replace"))
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
    if not any(_same(signature, e) for e in expected):
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


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


# --------------------------------------------------------------------------- HTX (§2a)


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


def _htx_auth_error(message: str) -> Reject:
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
            return _htx_auth_error(f"Verification failure [校验失败]: missing {name}")
    account = accounts.get(params["AccessKeyId"])
    if account is None:
        return _htx_auth_error("Incorrect Access key [Access key错误]")
    if params["SignatureMethod"] != "HmacSHA256" or params["SignatureVersion"] != "2":
        return _htx_auth_error(
            "Verification failure [校验失败]: unsupported SignatureMethod/SignatureVersion"
        )
    host = request.header("host") or ""
    expected = htx_sign(
        account.secret, request.method, host, request.path, htx_canonical_query(pairs)
    )
    if not _same(params["Signature"], expected):
        return _htx_auth_error("Verification failure [校验失败]")
    try:
        stamp = timegm(strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%S")) * 1000
    except (ValueError, OverflowError):
        return _htx_auth_error("Verification failure [校验失败]: invalid Timestamp")
    if abs(now_ms - stamp) > tolerance_ms:
        return _htx_auth_error(
            "Verification failure [校验失败]: Timestamp is outside the 5 minute window"
        )
    return account


# --------------------------------------------------------------------------- Bitget (§3a)


def bitget_sign(secret: str, prehash: bytes) -> str:
    """Base64 HMAC-SHA256 of ``timestamp + METHOD + path[?query] + body``."""
    return base64.b64encode(hmac.new(secret.encode(), prehash, hashlib.sha256).digest()).decode()


def verify_bitget(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    key = request.header("ACCESS-KEY")
    if not key:
        return Reject("40001", "ACCESS_KEY cannot be empty")
    sign = request.header("ACCESS-SIGN")
    if not sign:
        return Reject("40002", "ACCESS_SIGN cannot be empty")
    timestamp = request.header("ACCESS-TIMESTAMP")
    if not timestamp:
        return Reject("40005", "Invalid ACCESS_TIMESTAMP")
    passphrase = request.header("ACCESS-PASSPHRASE")
    if not passphrase:
        return Reject("40011", "ACCESS_PASSPHRASE cannot be empty")
    account = accounts.get(key)
    if account is None:
        return Reject("40006", "Invalid ACCESS_KEY")
    target = request.path + (f"?{request.raw_query}" if request.raw_query else "")
    prehash = f"{timestamp}{request.method.upper()}{target}".encode() + request.body
    if not _same(sign, bitget_sign(account.secret, prehash)):
        return Reject("40009", "sign signature error")
    if not _same(passphrase, account.passphrase):
        return Reject("40012", "apikey/password is incorrect")
    if not timestamp.isdigit():
        return Reject("40005", "Invalid ACCESS_TIMESTAMP")
    if abs(now_ms - int(timestamp)) > tolerance_ms:
        return Reject("40008", "Request timestamp expired")
    if request.method != "GET" and request.body and request.content_type != "application/json":
        return Reject("40007", "Invalid Content_Type, please use `application/json` format")
    return account


# --------------------------------------------------------------------------- Gate (§4a)


def gate_sign(secret: str, method: str, path: str, query: str, body: bytes, timestamp: str) -> str:
    """Hex HMAC-SHA512 of ``METHOD\\npath\\nquery\\nhex(sha512(body))\\ntimestamp``."""
    text = f"{method.upper()}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{timestamp}"
    return hmac.new(secret.encode(), text.encode(), hashlib.sha512).hexdigest()


def _gate_auth(label: str, message: str) -> Reject:
    return Reject(label, message, 401)


def verify_gate(
    request: WireRequest, accounts: Accounts, now_ms: int, tolerance_ms: int
) -> Account | Reject:
    key = request.header("KEY")
    sign = request.header("SIGN")
    timestamp = request.header("Timestamp")
    for name, value in (("KEY", key), ("SIGN", sign), ("Timestamp", timestamp)):
        if not value:
            return _gate_auth("MISSING_REQUIRED_HEADER", f"missing required header: {name}")
    assert key is not None and sign is not None and timestamp is not None
    account = accounts.get(key)
    if account is None:
        return _gate_auth("INVALID_KEY", "Invalid key provided")
    queries = dict.fromkeys((request.raw_query, unquote_plus(request.raw_query)))
    expected = [
        gate_sign(account.secret, request.method, request.path, q, request.body, timestamp)
        for q in queries
    ]
    if not any(_same(sign, e) for e in expected):
        return _gate_auth("INVALID_SIGNATURE", "Signature mismatch")
    try:
        seconds = float(timestamp)
    except ValueError:
        return _gate_auth("INVALID_SIGNATURE", f"invalid Timestamp header {timestamp!r}")
    if seconds != seconds or abs(now_ms / 1000 - seconds) > tolerance_ms / 1000:
        return _gate_auth(
            "REQUEST_EXPIRED",
            f"gap between request Timestamp and server time exceeds {tolerance_ms // 1000}",
        )
    expiry = request.header("x-gate-exptime")
    if expiry is not None and (not expiry.isdigit() or int(expiry) < now_ms):
        return _gate_auth("REQUEST_EXPIRED", f"request expired at x-gate-exptime {expiry}")
    return account


VERIFIERS: Mapping[str, Verifier] = {
    "bingx": verify_bingx,
    "htx": verify_htx,
    "bitget": verify_bitget,
    "gate": verify_gate,
}
