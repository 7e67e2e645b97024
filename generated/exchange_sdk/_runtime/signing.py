"""What the generated signers share: credentials, value formatting, encodings, stamps, bodies.

Each exchange's signer is generated from the ``auth.recipe`` of its spec
(``exchange_sdk/<exchange>/_signing.py``, written by ``generator/emit/signing.py``): one
straight-line function per exchange, ``sign(method, base_url, path, query, body, credentials,
now_ms) -> HttpRequest`` (the ``Signer`` protocol). This module holds only what no recipe
decides and every signer needs, so adding an exchange whose scheme fits the vocabulary adds no
Python here:

- ``Credentials``: key, secret and passphrase, with the keyed HMAC objects built once and
  copied per call, the per-key nonce state and the values derived from the secret;
- ``format_value`` and ``dump_json``: how a parameter value is written (``true``/``false``,
  Decimals without exponent, integral floats without ``.0``, lists and dicts as compact JSON);
- the query encodings (``raw``, ``rfc3986``, ``form``, ``json-values``) and ``is_plain``, the
  test that lets a signer skip encoding a query made only of unreserved characters;
- stamps (``utc_iso8601``, ``random_hex``), the host actually called (``signed_host``), and the
  body helpers (``json_body``, ``body_fields``, ``query_fields``) that accept the body shapes
  exchanges need: a mapping, a JSON array, or exact bytes.

Hand-written because no library implements exchange signing; the recipes are documented in
docs/spec-format.md ("auth").
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re
import secrets
import threading
import time
import weakref
from binascii import b2a_base64
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from json.encoder import encode_basestring_ascii
from typing import Protocol

from .. import errors
from .messages import HttpRequest
from .secrets import REDACTED

__all__ = [
    "Body",
    "Credentials",
    "Signer",
    "b64",
    "base64_in_query",
    "body_fields",
    "dump_json",
    "encode_query",
    "form_encode",
    "format_value",
    "is_plain",
    "json_body",
    "json_values_encode",
    "percent_encode",
    "query_fields",
    "random_hex",
    "signed_host",
    "utc_iso8601",
]

Body = Mapping[str, object] | Sequence[object] | bytes
"""What a signer accepts as the body: parameters (a mapping, rendered in the recipe's body
format), a JSON array (a list or tuple: OKX batch cancel), or the exact bytes to send (BitMEX
keeps ``219.0`` as written)."""


class Credentials:
    """API key, secret and optional passphrase, as the signers use them.

    Keyed HMAC objects are built once per (hash, key form) and copied per call (copying skips
    the key padding and both inner hash set-ups). Also holds the per-key state a recipe may
    need: the last nonce sent (``clock: increasing``) and values derived once from the
    credentials (a signed passphrase). ``repr`` is redacted and instances refuse to be pickled.
    """

    __slots__ = (
        "__weakref__",
        "_derived",
        "_macs",
        "_nonces",
        "_secret",
        "api_key",
        "passphrase",
    )

    def __init__(self, api_key: str, api_secret: str, passphrase: str | None = None) -> None:
        self.api_key = api_key
        self.passphrase = passphrase
        self._secret = api_secret.encode()
        self._macs: dict[str, hmac.HMAC] = {}  # "sha256", "sha512/secret-base64": keyed
        self._derived: dict[str, str] = {}
        self._nonces: _NonceState | None = None  # bound on the first nonce
        _LIVE.add(self)

    @property
    def has_passphrase(self) -> bool:
        return bool(self.passphrase)

    def hmac(self, digest: str, key: str = "secret") -> hmac.HMAC:
        """A fresh HMAC over ``digest`` (sha256, sha384, sha512) keyed by the secret as given
        (``secret``) or base64-decoded (``secret-base64``)."""
        slot = digest if key == "secret" else f"{digest}/{key}"
        proto = self._macs.get(slot)
        if proto is None:
            proto = self._macs[slot] = hmac.new(self._key(key), digestmod=digest)
        return proto.copy()

    def check_key(self, form: str) -> None:
        """Raise ``ConfigurationError`` now if the secret cannot key the HMAC in ``form``."""
        self._key(form)

    def _key(self, form: str) -> bytes:
        if form == "secret":
            return self._secret
        if form == "secret-base64":
            try:
                return base64.b64decode(self._secret, validate=True)
            except binascii.Error:
                raise errors.ConfigurationError(
                    "the API secret is not valid base64 (this exchange signs with the decoded "
                    "secret): copy it again from the exchange",
                    argument="api_secret",
                ) from None
        raise ValueError(f"unknown key form {form!r}")

    def next_nonce(self, candidate: int) -> int:
        """``candidate``, or one more than the last nonce of this API key when that is not
        smaller: strictly increasing per key within the process (``clock: increasing``), however
        many clients share the key (a panic and a heartbeat, two clients built in the same
        millisecond). Two processes sharing a key cannot see each other's nonces: give each its
        own key."""
        state = self._nonces or self._bind_nonces()
        with state.lock:
            value = candidate if candidate > state.last else state.last + 1
            state.last = value
            return value

    def _bind_nonces(self) -> _NonceState:
        with _NONCES_LOCK:
            state = _NONCES.get(self.api_key)
            if state is None:
                state = _NONCES[self.api_key] = _NonceState()
        self._nonces = state
        return state

    @property
    def _lock(self) -> threading.Lock:
        """The lock of this key's nonce state (shared by its credentials)."""
        return (self._nonces or self._bind_nonces()).lock

    def _after_fork(self) -> None:
        # A lock another thread of the parent held at the fork stays held in the child: renew it.
        if self._nonces is not None:
            self._nonces.lock = threading.Lock()

    def derived(self, name: str, compute: Callable[[], str]) -> str:
        """A value computed once from these credentials (KuCoin's signed passphrase)."""
        value = self._derived.get(name)
        if value is None:
            value = self._derived[name] = compute()
        return value

    def __repr__(self) -> str:
        return (
            f"Credentials(api_key={REDACTED!r}, api_secret={REDACTED!r}, passphrase={REDACTED!r})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Credentials cannot be pickled")


class _NonceState:
    """The last nonce of one API key in this process, shared by every ``Credentials`` of it."""

    __slots__ = ("__weakref__", "last", "lock")

    def __init__(self) -> None:
        self.last = -1
        self.lock = threading.Lock()


_LIVE: weakref.WeakSet[Credentials] = weakref.WeakSet()
_NONCES: weakref.WeakValueDictionary[str, _NonceState] = weakref.WeakValueDictionary()
_NONCES_LOCK = threading.Lock()


def _renew_locks_in_child() -> None:
    global _NONCES_LOCK
    _NONCES_LOCK = threading.Lock()
    for credentials in list(_LIVE):
        credentials._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_locks_in_child)


class Signer(Protocol):
    """Turns one call into the signed request to send (timeout is set by the caller)."""

    def __call__(
        self,
        method: str,
        base_url: str,
        path: str,
        query: Mapping[str, object],
        body: Body,
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


# ---------------------------------------------------------------------------- bodies


def json_body(body: Body) -> bytes | None:
    """The JSON body to send: None for no parameters, the exact bytes when given, a JSON
    object for a mapping, a JSON array for a list or tuple."""
    if isinstance(body, dict) or isinstance(body, Mapping):  # noqa: SIM101 - dict first: fast
        return dump_json(body).encode() if body else None
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    return dump_json(list(body)).encode()


def body_fields(
    body: Body, reserved: frozenset[str] = frozenset()
) -> list[tuple[str, object]] | bytes:
    """The body's parameters, those named like an auth parameter of the recipe dropped (the
    signer adds its own), or the exact bytes when given. A JSON array is refused: only a JSON
    body can be one."""
    if isinstance(body, dict) or isinstance(body, Mapping):  # noqa: SIM101 - dict first: fast
        return [(k, v) for k, v in body.items() if k not in reserved]
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    raise TypeError("only a JSON body can be an array; this body is a list of parameters")


def query_fields(body: Body, reserved: frozenset[str]) -> list[tuple[str, str]]:
    """A body whose parameters travel in the query (``format: in-query``): its (name, text)
    pairs, those named like an auth parameter dropped."""
    if isinstance(body, dict) or isinstance(body, Mapping):  # noqa: SIM101 - dict first: fast
        return [(k, format_value(v)) for k, v in body.items() if k not in reserved]
    raise TypeError(
        "this exchange sends body parameters in the query: a body of bytes or a JSON array "
        "cannot be sent"
    )


# ---------------------------------------------------------------------------- encodings

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
_ALL_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9_.~=&-]*")
# str.translate tables for ASCII text; other text takes the UTF-8 byte loop.
_RFC3986_TABLE = {b: f"%{b:02X}" for b in range(128) if b not in _UNRESERVED}
_FORM_TABLE = {**_RFC3986_TABLE, ord(" "): "+"}
_MEMO_SIZE = 1024


def _memoized(encode: Callable[[str], str]) -> Callable[[str], str]:
    """``encode`` with a small memo: names, keys, enum values and per-second stamps repeat on
    every call; the memo is emptied when full (unique values such as ms stamps pass through)."""
    memo: dict[str, str] = {}

    def cached(value: str) -> str:
        out = memo.get(value)
        if out is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            out = memo[value] = encode(value)
        return out

    cached.__doc__ = encode.__doc__
    return cached


def _rfc3986(value: str) -> str:
    """RFC 3986 percent-encoding of everything but unreserved characters, UTF-8, uppercase hex,
    ``%20`` for a space (``urllib.parse.quote(value, safe="")``, without importing it)."""
    if _ALL_UNRESERVED.fullmatch(value) is not None:
        return value
    if value.isascii():
        return value.translate(_RFC3986_TABLE)
    return "".join([chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in value.encode()])


def _form(value: str) -> str:
    """``application/x-www-form-urlencoded``: as RFC 3986 but ``+`` for a space
    (``urllib.parse.quote_plus(value, safe="")``)."""
    if _ALL_UNRESERVED.fullmatch(value) is not None:
        return value
    if value.isascii():
        return value.translate(_FORM_TABLE)
    return "".join(
        ["+" if b == 0x20 else chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in value.encode()]
    )


percent_encode = _memoized(_rfc3986)
form_encode = _memoized(_form)


def json_values_encode(value: str) -> str:
    """BingX: a value is percent-encoded only when it holds JSON (``[`` or ``{``)."""
    return percent_encode(value) if "[" in value or "{" in value else value


def _as_is(value: str) -> str:
    return value


# encoding name (the recipe's `encode`) -> (name encoder, value encoder)
_ENCODINGS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "raw": (_as_is, _as_is),
    "rfc3986": (percent_encode, percent_encode),
    "form": (form_encode, form_encode),
    "json-values": (_as_is, json_values_encode),
}


def encode_query(items: Sequence[tuple[str, str]], encoding: str) -> str:
    """``name=value&...`` with names and values encoded as ``encoding`` says."""
    if encoding == "raw":
        return "&".join([f"{k}={v}" for k, v in items])
    name, value = _ENCODINGS[encoding]
    return "&".join([f"{name(k)}={value(v)}" for k, v in items])


def is_plain(query: str, pairs: int) -> bool:
    """True when the raw ``name=value&...`` text of ``pairs`` pairs holds only unreserved
    characters (and only the ``=`` and ``&`` its pairs need): then every encoding leaves it
    as it is, and the signer sends the raw text without encoding each pair."""
    return (
        _PLAIN_QUERY.fullmatch(query) is not None
        and query.count("=") == pairs
        and query.count("&") == pairs - 1
    )


def base64_in_query(signature: str) -> str:
    """A base64 signature as a query value: ``+``, ``/`` and ``=`` are its only characters
    to encode (10x faster than a general encoder)."""
    return signature.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def b64(raw: bytes) -> str:
    """Standard base64 with padding, as text."""
    return b2a_base64(raw, newline=False).decode()


# ---------------------------------------------------------------------------- stamps and hosts

_last_second: tuple[int, str] = (-1, "")


def utc_iso8601(now_ms: int, fraction_digits: int = 0, zone: str = "") -> str:
    """UTC ``YYYY-MM-DDThh:mm:ss``, with ``.mmm`` when ``fraction_digits`` is 3, then
    ``zone`` (``""`` or ``Z``): HTX ``2017-05-11T15:19:30``, OKX ``2020-12-08T09:08:57.715Z``."""
    global _last_second
    second = now_ms // 1000
    cached = _last_second  # one tuple, so threads never pair one second with another's text
    if cached[0] != second:  # strftime is the slow part: once per second
        cached = _last_second = (second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second)))
    if fraction_digits:
        return f"{cached[1]}.{now_ms % 1000:03d}{zone}"
    return cached[1] + zone


def random_hex(size: int) -> str:
    """``size`` random bytes as lowercase hex (``clock: random`` nonces)."""
    return secrets.token_hex(size)


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
