"""The hand-written signers of the runtime as they were at f2bca8c, frozen: the oracle of
`test_recipe_signers_match_the_hand_written_ones.py`.

The four schemes moved into the recipe vocabulary (`auth.recipe` of each exchange spec; the
generator writes `exchange_sdk/<exchange>/_signing.py`). This copy of
`generated/exchange_sdk/_runtime/signing.py` @ f2bca8c (imports made absolute, nothing else
changed) keeps the proof runnable that the generated signers put the same bytes on the wire.
Never edit it; never import it from the SDK.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from binascii import b2a_base64
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from json.encoder import encode_basestring_ascii
from types import MappingProxyType
from typing import Protocol

from exchange_sdk import errors
from exchange_sdk._runtime.messages import HttpRequest
from exchange_sdk._runtime.secrets import REDACTED

__all__ = [
    "SIGNERS",
    "Credentials",
    "Signer",
    "bingx_signature",
    "bitget_signature",
    "dump_json",
    "format_value",
    "gate_body_hash",
    "gate_signature",
    "htx_signature",
    "htx_signed_query",
    "percent_encode",
    "sign_bingx",
    "sign_bitget",
    "sign_gate",
    "sign_htx",
]

JSON_CONTENT_TYPE = "application/json"


class Credentials:
    """API key, secret and optional passphrase, with the HMAC key objects built once.

    ``repr`` is redacted and instances refuse to be pickled.
    """

    __slots__ = ("_encoded_key", "_passphrase", "_sha256", "_sha512", "api_key")

    def __init__(self, api_key: str, api_secret: str, passphrase: str | None = None) -> None:
        secret = api_secret.encode()
        self.api_key = api_key
        self._encoded_key = percent_encode(api_key)  # HTX sends it in the query
        self._passphrase = passphrase
        # Copying a keyed HMAC object skips the key padding and both inner hash set-ups.
        self._sha256 = hmac.new(secret, digestmod=hashlib.sha256)
        self._sha512 = hmac.new(secret, digestmod=hashlib.sha512)

    @property
    def has_passphrase(self) -> bool:
        return bool(self._passphrase)

    def __repr__(self) -> str:
        return (
            f"Credentials(api_key={REDACTED!r}, api_secret={REDACTED!r}, passphrase={REDACTED!r})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Credentials cannot be pickled")


class Signer(Protocol):
    """Turns one call into the signed request to send (timeout is set by the caller)."""

    def __call__(
        self,
        method: str,
        base_url: str,
        path: str,
        query: Mapping[str, object],
        body: Mapping[str, object],
        credentials: Credentials,
        now_ms: int,
        /,
    ) -> HttpRequest: ...


# ---------------------------------------------------------------------------- values


def format_value(value: object) -> str:
    """A parameter value as it appears in a query string or a signed text."""
    if isinstance(value, str):
        return str.__str__(value)  # plain text even for str-based enums
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        return _format_decimal(value)
    if isinstance(value, list | tuple | dict):
        return dump_json(value)
    raise TypeError(f"cannot send a {type(value).__name__} value: {value!r}")


def _format_float(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "n" in text:  # exponent (1e-07) or nan/inf
        return _format_decimal(Decimal(text))
    return text


def _format_decimal(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"cannot send a non-finite number: {value}")
    return format(value, "f")


def dump_json(value: object) -> str:
    """Compact JSON (``separators=(",", ":")``, ASCII) with the exchange value formatting.

    Decimals become JSON numbers without exponent and integral floats lose their ``.0``.
    """
    if isinstance(value, str):
        return encode_basestring_ascii(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, dict):
        return (
            "{"
            + ",".join(
                [encode_basestring_ascii(str(k)) + ":" + dump_json(v) for k, v in value.items()]
            )
            + "}"
        )
    if isinstance(value, list | tuple):
        return "[" + ",".join([dump_json(v) for v in value]) + "]"
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        return _format_decimal(value)
    raise TypeError(f"cannot send a {type(value).__name__} value: {value!r}")


_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
_ALL_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def percent_encode(value: str) -> str:
    """RFC 3986 percent-encoding of everything but unreserved characters, UTF-8, uppercase hex
    (``urllib.parse.quote(value, safe="")``, without importing urllib.parse)."""
    if _ALL_UNRESERVED.fullmatch(value) is not None:
        return value
    return "".join([chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in value.encode()])


def _hmac_hex(prototype: hmac.HMAC, message: bytes) -> str:
    mac = prototype.copy()
    mac.update(message)
    return mac.hexdigest()


def _hmac_base64(prototype: hmac.HMAC, message: bytes) -> str:
    mac = prototype.copy()
    mac.update(message)
    return b2a_base64(mac.digest(), newline=False).decode()


# ---------------------------------------------------------------------------- BingX

_BINGX_RESERVED = frozenset({"timestamp", "signature"})


def bingx_signature(secret: str, payload: str) -> str:
    """Lowercase hex HMAC-SHA256 of the ``k=v&...`` parameter string (BingX)."""
    return _hmac_hex(Credentials("", secret)._sha256, payload.encode())


def _bingx_url_value(value: str) -> str:
    # BingX: encode a value only when it holds "[" or "{" (JSON arrays/objects); never keys.
    return percent_encode(value) if "[" in value or "{" in value else value


def sign_bingx(
    method: str,
    base_url: str,
    path: str,
    query: Mapping[str, object],
    body: Mapping[str, object],
    credentials: Credentials,
    now_ms: int,
    /,
) -> HttpRequest:
    """BingX: every parameter in the query, ASCII-sorted, raw values, plus ``timestamp``;
    ``signature`` = hex HMAC-SHA256 of that string, appended last; key in ``X-BX-APIKEY``."""
    items = [(k, format_value(v)) for k, v in query.items() if k not in _BINGX_RESERVED]
    if body:
        items += [(k, format_value(v)) for k, v in body.items() if k not in _BINGX_RESERVED]
    items.append(("timestamp", str(now_ms)))
    items.sort()
    payload = "&".join([f"{k}={v}" for k, v in items])
    signature = _hmac_hex(credentials._sha256, payload.encode())
    if "[" in payload or "{" in payload:
        payload = "&".join([f"{k}={_bingx_url_value(v)}" for k, v in items])
    return HttpRequest(
        method,
        f"{base_url}{path}?{payload}&signature={signature}",
        {"X-BX-APIKEY": credentials.api_key},
    )


# ---------------------------------------------------------------------------- HTX

_DEFAULT_PORTS = {"http": "80", "https": "443"}


@lru_cache(maxsize=64)
def signed_host(base_url: str) -> str:
    """Lowercase ``host[:port]`` of the URL actually called (default ports dropped)."""
    scheme, _, rest = base_url.partition("://")
    for stop in "/?#":
        rest = rest.partition(stop)[0]
    host = rest.rpartition("@")[2].lower()
    name, colon, port = host.rpartition(":")
    if colon and "]" not in port and port == _DEFAULT_PORTS.get(scheme.lower()):
        return name
    return host


_last_timestamp: tuple[int, str, str] = (-1, "", "")


def _htx_timestamps(now_ms: int) -> tuple[int, str, str]:
    # (second, UTC text with whole seconds and no "Z", that text percent-encoded); cached per
    # second (strftime is the slow part). One tuple, so threads never pair one second with
    # another second's text.
    global _last_timestamp
    second = now_ms // 1000
    cached = _last_timestamp
    if cached[0] == second:
        return cached
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
    cached = _last_timestamp = (second, text, text.replace(":", "%3A"))  # only ":" is reserved
    return cached


_HTX_AUTH = "&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp="


def _htx_query(
    credentials: Credentials,
    method: str,
    host: str,
    path: str,
    params: Mapping[str, object],
    timestamp: str,
    encoded_timestamp: str | None = None,
) -> str:
    if encoded_timestamp is None:
        encoded_timestamp = percent_encode(timestamp)
    if params:
        items = [
            ("AccessKeyId", credentials._encoded_key),
            ("SignatureMethod", "HmacSHA256"),
            ("SignatureVersion", "2"),
            ("Timestamp", encoded_timestamp),
        ]
        items += [(k, percent_encode(format_value(v))) for k, v in params.items()]
        items.sort()
        canonical = "&".join([f"{percent_encode(k)}={v}" for k, v in items])
    else:  # the four auth parameters are already in sorted order
        canonical = f"AccessKeyId={credentials._encoded_key}{_HTX_AUTH}{encoded_timestamp}"
    signature = _hmac_base64(credentials._sha256, f"{method}\n{host}\n{path}\n{canonical}".encode())
    # percent_encode of base64, 10x faster: "+", "/" and "=" are its only reserved characters
    quoted = signature.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return f"{canonical}&Signature={quoted}"


def htx_signature(secret: str, method: str, host: str, path: str, canonical_query: str) -> str:
    """Base64 HMAC-SHA256 of ``METHOD\\nhost\\npath\\nsorted-encoded-query`` (HTX v2)."""
    payload = f"{method}\n{host}\n{path}\n{canonical_query}"
    return _hmac_base64(Credentials("", secret)._sha256, payload.encode())


def htx_signed_query(
    api_key: str,
    secret: str,
    method: str,
    host: str,
    path: str,
    params: Mapping[str, object],
    timestamp: str,
) -> str:
    """The query string an HTX call sends: sorted encoded auth + query params, then Signature."""
    return _htx_query(Credentials(api_key, secret), method, host, path, params, timestamp)


def sign_htx(
    method: str,
    base_url: str,
    path: str,
    query: Mapping[str, object],
    body: Mapping[str, object],
    credentials: Credentials,
    now_ms: int,
    /,
) -> HttpRequest:
    """HTX Signature V2: AccessKeyId/SignatureMethod/SignatureVersion/Timestamp plus any query
    params, sorted and encoded, signed with the host actually called; business params travel
    as a JSON body (not signed)."""
    _, timestamp, encoded_timestamp = _htx_timestamps(now_ms)
    query_string = _htx_query(
        credentials, method, signed_host(base_url), path, query, timestamp, encoded_timestamp
    )
    if body:
        payload: bytes | None = dump_json(body).encode()
    elif method == "GET":
        payload = None
    else:
        payload = b"{}"  # a JSON endpoint called with no parameters still gets a JSON body
    headers = {"Content-Type": JSON_CONTENT_TYPE} if payload is not None else {}
    return HttpRequest(method, f"{base_url}{path}?{query_string}", headers, payload)


# ---------------------------------------------------------------------------- Bitget


def bitget_signature(secret: str, prehash: str | bytes) -> str:
    """Base64 HMAC-SHA256 of ``timestamp + METHOD + path[?query] + body`` (Bitget)."""
    message = prehash.encode() if isinstance(prehash, str) else prehash
    return _hmac_base64(Credentials("", secret)._sha256, message)


def sign_bitget(
    method: str,
    base_url: str,
    path: str,
    query: Mapping[str, object],
    body: Mapping[str, object],
    credentials: Credentials,
    now_ms: int,
    /,
) -> HttpRequest:
    """Bitget: ACCESS-* headers; the prehash is ms timestamp, method, path with the sorted raw
    query, and the exact body bytes sent."""
    passphrase = credentials._passphrase
    if not passphrase:
        raise errors.ConfigurationError("Bitget requires a passphrase", argument="passphrase")
    timestamp = str(now_ms)
    target = path
    if query:
        target += "?" + "&".join([f"{k}={format_value(v)}" for k, v in sorted(query.items())])
    payload = dump_json(body).encode() if body else None
    prehash = f"{timestamp}{method}{target}".encode()
    if payload is not None:
        prehash += payload
    return HttpRequest(
        method,
        base_url + target,
        {
            "ACCESS-KEY": credentials.api_key,
            "ACCESS-SIGN": _hmac_base64(credentials._sha256, prehash),
            "ACCESS-TIMESTAMP": timestamp,
            "ACCESS-PASSPHRASE": passphrase,
            "Content-Type": JSON_CONTENT_TYPE,
        },
        payload,
    )


# ---------------------------------------------------------------------------- Gate


def gate_body_hash(body: bytes) -> str:
    """Hex SHA-512 of the body bytes (of ``b""`` when there is no body)."""
    return hashlib.sha512(body).hexdigest()


def _gate_sign(
    credentials: Credentials, method: str, path: str, query: str, body: bytes, timestamp: str
) -> str:
    text = f"{method}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{timestamp}"
    return _hmac_hex(credentials._sha512, text.encode())


def gate_signature(
    secret: str, method: str, path: str, query: str, body: bytes, timestamp: str
) -> str:
    """Hex HMAC-SHA512 of ``METHOD\\n/api/v4/path\\nquery\\nhex(sha512(body))\\ntimestamp`` (Gate)."""
    return _gate_sign(Credentials("", secret), method, path, query, body, timestamp)


def sign_gate(
    method: str,
    base_url: str,
    path: str,
    query: Mapping[str, object],
    body: Mapping[str, object],
    credentials: Credentials,
    now_ms: int,
    /,
) -> HttpRequest:
    """Gate v4: KEY/Timestamp(s)/SIGN headers; the signed text holds the spec path (with its
    ``/api/v4`` prefix), the raw query in URL order and the SHA-512 of the body bytes."""
    timestamp = str(now_ms // 1000)
    url = base_url + path
    signed_query = ""
    if query:
        pairs = [(k, format_value(v)) for k, v in query.items()]
        signed_query = "&".join([f"{k}={v}" for k, v in pairs])
        url += "?" + "&".join([f"{percent_encode(k)}={percent_encode(v)}" for k, v in pairs])
    payload = dump_json(body).encode() if body else None
    return HttpRequest(
        method,
        url,
        {
            "KEY": credentials.api_key,
            "Timestamp": timestamp,
            "SIGN": _gate_sign(credentials, method, path, signed_query, payload or b"", timestamp),
            "Content-Type": JSON_CONTENT_TYPE,
        },
        payload,
    )


SIGNERS: Mapping[str, Signer] = MappingProxyType(
    {
        "bingx-hmac-sha256": sign_bingx,
        "htx-signature-v2": sign_htx,
        "bitget-hmac-sha256": sign_bitget,
        "gate-hmac-sha512": sign_gate,
    }
)
"""Auth scheme name (the spec's ``auth.scheme``) -> signer."""
