"""The HTTP seam's vocabulary: ``HttpRequest``, ``HttpResponse``, ``Headers`` and the two
transport protocols.

Everything above the transports speaks these types only, so a test swaps the network for
``MockTransport(handler)`` without patching anything, and a transport can be replaced behind
one small class. This module imports nothing from the transports (they import it), so any
transport module can be imported on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

__all__ = [
    "USER_AGENT",
    "AsyncTransport",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "SyncTransport",
]

USER_AGENT = "exchange-sdk"


def _collect(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    store: dict[str, str] = {}
    for key, value in pairs:
        lower = key.lower()
        previous = store.get(lower)
        store[lower] = value if previous is None else f"{previous}, {value}"
    return store


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive HTTP headers. Repeated headers are joined with ", "."""

    __slots__ = ("_map", "_source")

    def __init__(
        self, headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None
    ) -> None:
        self._source: list[tuple[bytes, bytes]] | None = None
        self._map: dict[str, str] | None = (
            _collect(headers.items() if isinstance(headers, Mapping) else headers)
            if headers is not None
            else {}
        )

    @classmethod
    def _from_raw(cls, raw: list[tuple[bytes, bytes]]) -> Headers:
        # As parsed off the wire: decoded on first access (most calls never look).
        obj = cls.__new__(cls)
        obj._source = raw
        obj._map = None
        return obj

    @property
    def _store(self) -> dict[str, str]:
        store = self._map
        if store is None:
            source = self._source
            assert source is not None
            store = _collect((k.decode("latin-1"), v.decode("latin-1")) for k, v in source)
            self._map, self._source = store, None
        return store

    def __reduce__(self) -> tuple[object, ...]:
        return (Headers, (list(self._store.items()),))

    def __getitem__(self, key: str) -> str:
        return self._store[key.lower()]

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        source = self._source
        if source is not None:
            # A scan of the raw pairs, without decoding all of them (the client reads a
            # rate-limit header on every response).
            try:
                wanted = key.lower().encode("latin-1")
            except UnicodeEncodeError:
                return default
            values = [v.decode("latin-1") for k, v in source if k.lower() == wanted]
            if not values:
                return default
            return values[0] if len(values) == 1 else ", ".join(values)
        return self._store.get(key.lower(), default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._store

    def __iter__(self) -> Iterator[str]:
        return iter(self._store)

    def __len__(self) -> int:
        return len(self._store)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Headers):
            return self._store == other._store
        if isinstance(other, Mapping):
            return self._store == {str(k).lower(): v for k, v in other.items()}
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Headers({self._store!r})"


class HttpRequest:
    """One request as it goes on the wire: signed, with its time limits.

    ``timeout`` (seconds) bounds one attempt from the moment the transport starts on it: DNS,
    connect, TLS, sending and the whole response. ``deadline``, when set, is an absolute
    ``time.monotonic()`` instant the transport never runs past either (the client's per-call
    deadline over all attempts); the earlier of the two applies.

    ``sent_at`` is set by the transport: the ``time.monotonic()`` instant the request's last
    byte went to the operating system (after any connect and TLS handshake), or None when the
    transport does not say. The rate limiter counts the request from then (else from its
    answer).
    """

    __slots__ = ("body", "deadline", "headers", "method", "sent_at", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None = None,
        timeout: float | None = None,
        deadline: float | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.deadline = deadline
        self.sent_at: float | None = None

    def __repr__(self) -> str:
        # The URL's query may carry a key id (HTX) and the headers do (everyone): show neither.
        return f"HttpRequest({self.method!r}, {self.url.partition('?')[0]!r})"


class HttpResponse:
    """One response: status, case-insensitive headers, the whole body, seconds it took.

    ``request`` is the request it answers, when the client set it (for redacting that
    request's signature from error messages); it is not pickled.
    """

    __slots__ = ("body", "elapsed", "headers", "request", "status")

    def __init__(
        self,
        status: int,
        headers: Headers | Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        body: bytes = b"",
        elapsed: float = 0.0,
    ) -> None:
        self.status = status
        self.headers = headers if isinstance(headers, Headers) else Headers(headers)
        self.body = body
        self.elapsed = elapsed
        self.request: HttpRequest | None = None

    @classmethod
    def _from_wire(cls, status: int, raw: list[tuple[bytes, bytes]], body: bytes) -> HttpResponse:
        # What the transports' parser builds: the raw header pairs kept as parsed off the wire
        # (Headers._from_raw), without the checks and calls of __init__ (once per request).
        headers = _new_headers(Headers)
        headers._source = raw
        headers._map = None
        response = _new_response(cls)
        response.status = status
        response.headers = headers
        response.body = body
        response.elapsed = 0.0
        response.request = None
        return response

    def __repr__(self) -> str:
        return f"HttpResponse(status={self.status}, body={len(self.body)} bytes, elapsed={self.elapsed:.6f})"

    def __reduce__(self) -> tuple[object, ...]:
        return (HttpResponse, (self.status, self.headers, self.body, self.elapsed))


_new_headers = Headers.__new__
_new_response = HttpResponse.__new__


class SyncTransport(Protocol):
    """Sends one request and returns the whole response; raises errors.NetworkError."""

    def send(self, request: HttpRequest) -> HttpResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    """Async twin of SyncTransport."""

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def aclose(self) -> None: ...
