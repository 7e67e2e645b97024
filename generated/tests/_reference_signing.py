# Generated from templates/tests/reference_signing.py.jinja (sha256 295003fca8e55c0d70ce8bf2813f140f52b4c8eb49c1fbebeb924bc9b90fa3d9). Do not edit: run make.
"""Reference signature checks for the conformance tests.

Written independently of exchange_sdk._runtime.signing (this module imports nothing from the
SDK): each function recomputes the exchange's signature from the request as it would arrive at
the exchange and fails the test when it differs. Recipes: ../shared/exchange-protocols.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Mapping
from urllib.parse import quote, unquote, urlsplit


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    raise AssertionError(f"header {name} missing; headers sent: {sorted(headers)}")


def verify_bingx(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """Query string `k=v&...&signature=<hex hmac-sha256 of everything before it>`."""
    assert _header(headers, "X-BX-APIKEY") == key
    query = urlsplit(url).query
    signed, sep, signature = query.rpartition("&signature=")
    assert sep, f"no signature parameter at the end of the query: {query!r}"
    expected = hmac.new(secret.encode(), unquote(signed).encode(), hashlib.sha256).hexdigest()
    assert signature == expected, f"BingX signature {signature} != {expected} over {signed!r}"
    assert "timestamp=" in signed


def verify_htx(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """Signature Version 2: base64 hmac-sha256 of METHOD\\nhost\\npath\\nsorted encoded query."""
    parts = urlsplit(url)
    pairs = [p.split("=", 1) for p in parts.query.split("&") if p]
    params = {k: unquote(v) for k, v in pairs}
    signature = params.pop("Signature")
    assert params["AccessKeyId"] == key
    assert params["SignatureMethod"] == "HmacSHA256"
    assert params["SignatureVersion"] == "2"
    canonical = "&".join(f"{k}={quote(params[k], safe='-_.~')}" for k in sorted(params))
    payload = f"{method.upper()}\n{parts.netloc.lower()}\n{parts.path}\n{canonical}"
    expected = base64.b64encode(
        hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    ).decode()
    assert signature == expected, f"HTX signature {signature} != {expected} over {payload!r}"


def verify_bitget(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    key: str,
    secret: str,
    passphrase: str,
) -> None:
    """ACCESS-SIGN = base64 hmac-sha256 of timestamp + METHOD + path (+ ?query) + body."""
    parts = urlsplit(url)
    assert _header(headers, "ACCESS-KEY") == key
    assert _header(headers, "ACCESS-PASSPHRASE") == passphrase
    timestamp = _header(headers, "ACCESS-TIMESTAMP")
    prehash = timestamp + method.upper() + parts.path + (f"?{parts.query}" if parts.query else "")
    prehash += (body or b"").decode()
    expected = base64.b64encode(
        hmac.new(secret.encode(), prehash.encode(), hashlib.sha256).digest()
    ).decode()
    sign = _header(headers, "ACCESS-SIGN")
    assert sign == expected, f"Bitget ACCESS-SIGN {sign} != {expected} over {prehash!r}"


def verify_okx(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    key: str,
    secret: str,
    passphrase: str,
) -> None:
    """OK-ACCESS-SIGN = base64 hmac-sha256 of timestamp + METHOD + requestPath (+ ?query) + body,
    the timestamp an ISO-8601 UTC time with milliseconds (OKX v5 "REST Authentication")."""
    parts = urlsplit(url)
    assert _header(headers, "OK-ACCESS-KEY") == key
    assert _header(headers, "OK-ACCESS-PASSPHRASE") == passphrase
    timestamp = _header(headers, "OK-ACCESS-TIMESTAMP")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", timestamp), timestamp
    prehash = timestamp + method.upper() + parts.path + (f"?{parts.query}" if parts.query else "")
    prehash += (body or b"").decode()
    expected = base64.b64encode(
        hmac.new(secret.encode(), prehash.encode(), hashlib.sha256).digest()
    ).decode()
    sign = _header(headers, "OK-ACCESS-SIGN")
    assert sign == expected, f"OKX OK-ACCESS-SIGN {sign} != {expected} over {prehash!r}"
    if body:
        assert _header(headers, "Content-Type") == "application/json"


def verify_gate(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """SIGN = hex hmac-sha512 of METHOD\\npath\\nquery\\nhex(sha512(body))\\ntimestamp."""
    parts = urlsplit(url)
    assert _header(headers, "KEY") == key
    timestamp = _header(headers, "Timestamp")
    body_hash = hashlib.sha512(body or b"").hexdigest()
    text = f"{method.upper()}\n{parts.path}\n{parts.query}\n{body_hash}\n{timestamp}"
    expected = hmac.new(secret.encode(), text.encode(), hashlib.sha512).hexdigest()
    sign = _header(headers, "SIGN")
    assert sign == expected, f"Gate SIGN {sign} != {expected} over {text!r}"


def verify_kucoin(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    key: str,
    secret: str,
    passphrase: str,
) -> None:
    """KC-API-SIGN = base64 hmac-sha256 of timestamp + METHOD + path (+ ?query, decoded) + body;
    KC-API-PASSPHRASE = base64 hmac-sha256 of the passphrase (key version 2)."""
    parts = urlsplit(url)
    assert _header(headers, "KC-API-KEY") == key
    assert _header(headers, "KC-API-KEY-VERSION") == "2"
    timestamp = _header(headers, "KC-API-TIMESTAMP")
    assert timestamp.isdigit() and len(timestamp) == 13, (
        f"KC-API-TIMESTAMP {timestamp!r} is not in ms"
    )
    signed_phrase = base64.b64encode(
        hmac.new(secret.encode(), passphrase.encode(), hashlib.sha256).digest()
    ).decode()
    assert _header(headers, "KC-API-PASSPHRASE") == signed_phrase, (
        "KC-API-PASSPHRASE is not the signed passphrase"
    )
    target = parts.path + (f"?{unquote(parts.query)}" if parts.query else "")
    prehash = timestamp + method.upper() + target + (body or b"").decode()
    expected = base64.b64encode(
        hmac.new(secret.encode(), prehash.encode(), hashlib.sha256).digest()
    ).decode()
    sign = _header(headers, "KC-API-SIGN")
    assert sign == expected, f"KuCoin KC-API-SIGN {sign} != {expected} over {prehash!r}"


def verify_bitmex(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """api-signature = hex hmac-sha256 of VERB + path (+ ?query as sent) + api-expires + body."""
    parts = urlsplit(url)
    assert _header(headers, "api-key") == key
    expires = _header(headers, "api-expires")
    assert expires.isdigit() and len(expires) == 10, f"api-expires {expires!r} is not UNIX seconds"
    text = (
        method.upper()
        + parts.path
        + (f"?{parts.query}" if parts.query else "")
        + expires
        + (body or b"").decode()
    )
    expected = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    sign = _header(headers, "api-signature")
    assert sign == expected, f"BitMEX api-signature {sign} != {expected} over {text!r}"


def verify_kraken(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """API-Sign = base64 hmac-sha512(base64-decoded secret, URI path + sha256(nonce + POST data)),
    the nonce being the POST data's own `nonce` field (docs.kraken.com spot-rest-auth)."""
    assert _header(headers, "API-Key") == key
    data = (body or b"").decode()
    nonces = [v for k, v in (p.split("=", 1) for p in data.split("&") if "=" in p) if k == "nonce"]
    assert len(nonces) == 1 and nonces[0].isdigit(), f"one integer nonce in the POST data: {data!r}"
    digest = hashlib.sha256((nonces[0] + data).encode()).digest()
    message = urlsplit(url).path.encode() + digest
    expected = base64.b64encode(
        hmac.new(base64.b64decode(secret), message, hashlib.sha512).digest()
    ).decode()
    sign = _header(headers, "API-Sign")
    assert sign == expected, f"Kraken API-Sign {sign} != {expected} over {data!r}"


def verify_kraken_futures(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """Authent = base64 hmac-sha512(base64-decoded secret, sha256(postData + Nonce + endpointPath)),
    postData the arguments as sent (query or body), endpointPath without /derivatives, the
    Nonce header optional (docs.kraken.com futures-rest "Authentication")."""
    assert _header(headers, "APIKey") == key
    parts = urlsplit(url)
    nonce = next((v for k, v in headers.items() if k.lower() == "nonce"), "")
    path = parts.path.removeprefix("/derivatives")
    text = parts.query + (body or b"").decode() + nonce + path
    digest = hashlib.sha256(text.encode()).digest()
    expected = base64.b64encode(
        hmac.new(base64.b64decode(secret), digest, hashlib.sha512).digest()
    ).decode()
    sign = _header(headers, "Authent")
    assert sign == expected, f"Kraken Futures Authent {sign} != {expected} over {text!r}"


def verify_binance(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """totalParams = query string + body as sent (percent-encoded); `signature` = hex
    hmac-sha256 of everything before it, the last parameter; key in X-MBX-APIKEY."""
    assert _header(headers, "X-MBX-APIKEY") == key
    query = urlsplit(url).query
    total = query + (body or b"").decode()
    signed, sep, signature = total.rpartition("&signature=")
    assert sep, f"no signature parameter at the end of the parameters: {total!r}"
    assert "&" not in signature
    expected = hmac.new(secret.encode(), signed.encode(), hashlib.sha256).hexdigest()
    assert signature.lower() == expected, (
        f"Binance signature {signature} != {expected} over {signed!r}"
    )
    assert "timestamp=" in signed


def verify_bybit(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, key: str, secret: str
) -> None:
    """X-BAPI-SIGN = hex hmac-sha256 of timestamp + key + recv_window + (query string | body)."""
    assert _header(headers, "X-BAPI-API-KEY") == key
    timestamp = _header(headers, "X-BAPI-TIMESTAMP")
    recv_window = _header(headers, "X-BAPI-RECV-WINDOW")
    payload = urlsplit(url).query if method.upper() == "GET" else (body or b"").decode()
    text = timestamp + key + recv_window + payload
    expected = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    sign = _header(headers, "X-BAPI-SIGN")
    assert sign == expected, f"Bybit X-BAPI-SIGN {sign} != {expected} over {text!r}"
