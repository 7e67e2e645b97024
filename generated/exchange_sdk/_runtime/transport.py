"""The HTTP seam: a request/response pair, two protocols, the default transports and mocks.

Everything above this module speaks ``HttpRequest``/``HttpResponse`` only, so a test swaps the
network for ``MockTransport(handler)`` without patching anything, and the HTTP library can be
replaced behind one small class. The defaults were chosen by measuring client CPU per call (see
the README): pyreqwest's blocking client for sync (``PyreqwestTransport``), and for async the
event loop's own sockets with httptools' parser (``AsyncioTransport``, in ``http11.py``).
Both import their libraries when the first request is sent, not when the SDK is imported.
Failures are translated at this boundary into ``errors.NetworkError`` /
``errors.RequestTimeoutError`` (not chained to pyreqwest's exception, whose text holds the
signed URL; the translated message keeps its causes, queries removed).
"""

from __future__ import annotations

import _thread
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from time import perf_counter
from typing import TYPE_CHECKING, Protocol

from .. import errors

if TYPE_CHECKING:
    from datetime import timedelta

    from pyreqwest.client import SyncClient
    from pyreqwest.http import HeaderMap

__all__ = [
    "AsyncMockTransport",
    "AsyncTransport",
    "AsyncioTransport",
    "DefaultAsyncTransport",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "MockTransport",
    "PyreqwestTransport",
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
        self._source: HeaderMap | list[tuple[bytes, bytes]] | None = None
        self._map: dict[str, str] | None = (
            _collect(headers.items() if isinstance(headers, Mapping) else headers)
            if headers is not None
            else {}
        )

    @classmethod
    def _from_header_map(cls, header_map: HeaderMap) -> Headers:
        # Converting pyreqwest's map costs microseconds per call, and most calls never look at
        # the headers: keep the map and convert on first access.
        obj = cls.__new__(cls)
        obj._source = header_map
        obj._map = None
        return obj

    @classmethod
    def _from_raw(cls, raw: list[tuple[bytes, bytes]]) -> Headers:
        # As parsed off the wire (the asyncio transport): decoded on first access.
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
            if isinstance(source, list):
                store = _collect((k.decode("latin-1"), v.decode("latin-1")) for k, v in source)
                self._map, self._source = store, None
                return store
            # pyreqwest lower-cases names; dict() in C is the fast path, and the length check
            # catches repeated names (HeaderMap counts values, the dict counts keys).
            store = dict(source.items())
            if len(store) != len(source):
                store = _collect(source.items())
            self._map, self._source = store, None
        return store

    def __reduce__(self) -> tuple[object, ...]:
        return (Headers, (list(self._store.items()),))

    def __getitem__(self, key: str) -> str:
        return self._store[key.lower()]

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        source = self._source
        if isinstance(source, list):
            # A scan of the raw pairs, without decoding all of them (read on every response).
            wanted = key.lower().encode("latin-1")
            values = [v.decode("latin-1") for k, v in source if k.lower() == wanted]
            if not values:
                return default
            return values[0] if len(values) == 1 else ", ".join(values)
        if source is not None:
            # One lookup in pyreqwest's map (case-insensitive) without converting all of it:
            # the client reads a rate-limit header on every response.
            values = source.getall(key)
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
    """One request as it goes on the wire: signed, with its per-request timeout (seconds)."""

    __slots__ = ("body", "headers", "method", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None = None,
        timeout: float | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout

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

    def __repr__(self) -> str:
        return f"HttpResponse(status={self.status}, body={len(self.body)} bytes, elapsed={self.elapsed:.6f})"

    def __reduce__(self) -> tuple[object, ...]:
        return (HttpResponse, (self.status, self.headers, self.body, self.elapsed))


class SyncTransport(Protocol):
    """Sends one request and returns the whole response; raises errors.NetworkError."""

    def send(self, request: HttpRequest) -> HttpResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    """Async twin of SyncTransport."""

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def aclose(self) -> None: ...


# ---------------------------------------------------------------------------- pyreqwest

_TIMEDELTAS: dict[float, timedelta] = {}
_QUERY_IN_MESSAGE = re.compile(r"\?[^\s)]*")


def _timedelta(seconds: float) -> timedelta:
    delta = _TIMEDELTAS.get(seconds)
    if delta is None:
        from datetime import timedelta  # pyreqwest wants timedelta; imported with it

        if len(_TIMEDELTAS) > 64:
            _TIMEDELTAS.clear()
        delta = _TIMEDELTAS[seconds] = timedelta(seconds=seconds)
    return delta


def _describe(exc: BaseException) -> str:
    """pyreqwest's message plus its causes, without URL query strings (they hold key ids)."""
    parts = [str(getattr(exc, "message", "") or type(exc).__name__)]
    details = getattr(exc, "details", None)
    causes = details.get("causes") if isinstance(details, dict) else None
    for cause in causes or ():
        text = cause.get("message") if isinstance(cause, dict) else None
        if isinstance(text, str) and text not in parts:
            parts.append(text)
    return _QUERY_IN_MESSAGE.sub("", ": ".join(parts))


def _translate(exc: BaseException, timeout_type: type[BaseException]) -> errors.NetworkError:
    if isinstance(exc, timeout_type):
        return errors.RequestTimeoutError(f"request timed out: {_describe(exc)}")
    return errors.NetworkError(f"request failed: {_describe(exc)}")


_pyreqwest_loaded = False
_pyreqwest_lock = _thread.allocate_lock()


def _load_pyreqwest() -> None:
    """Import pyreqwest on a thread that outlives the process's use of it.

    pyreqwest 0.15 ties state to the thread that first imports it: once that thread has exited,
    the next request from any thread segfaults (reproduced in tests/runtime/test_transport_threads.py).
    A bot that makes its first call from a worker thread would crash at its next call. So the
    first import happens on the main thread, or else on a parked daemon thread that never exits.
    """
    global _pyreqwest_loaded
    with _pyreqwest_lock:  # taken once per transport (on its first request), never per call
        if _pyreqwest_loaded:
            return
        import threading

        if threading.current_thread() is threading.main_thread():
            import pyreqwest.client  # noqa: F401
        else:
            ready = threading.Event()
            failure: list[BaseException] = []

            def keeper() -> None:
                try:
                    import pyreqwest.client  # noqa: F401
                except BaseException as exc:  # re-raised in the caller's thread
                    failure.append(exc)
                ready.set()
                threading.Event().wait()  # parked for the life of the process

            threading.Thread(target=keeper, name="exchange-sdk-pyreqwest", daemon=True).start()
            ready.wait()
            if failure:
                raise failure[0]
        _pyreqwest_loaded = True


class PyreqwestTransport:
    """Default sync transport: a pyreqwest client built on first use.

    Keep-alive pool, no redirects (an exchange never redirects a signed call; following one would
    replay it elsewhere), total timeout per request. ``timeout`` (seconds), when given, is set
    on the pyreqwest client once, and a request whose timeout equals it skips the per-request
    timeout (the SDK's client passes its default timeout).
    """

    def __init__(
        self,
        *,
        pool_idle_timeout: float = 90.0,
        max_connections: int | None = None,
        timeout: float | None = None,
    ) -> None:
        self._pool_idle_timeout = pool_idle_timeout
        self._max_connections = max_connections
        self._timeout = timeout
        self._client: SyncClient | None = None
        self._lock = _thread.allocate_lock()
        self._errors: tuple[type[BaseException], type[BaseException]] = (Exception, Exception)

    def _build(self) -> SyncClient:
        with self._lock:
            if self._client is None:
                _load_pyreqwest()
                from pyreqwest.client import SyncClientBuilder
                from pyreqwest.exceptions import RequestError, RequestTimeoutError

                self._errors = (RequestError, RequestTimeoutError)
                builder = (
                    SyncClientBuilder()
                    .follow_redirects(False)
                    .user_agent(USER_AGENT)
                    .pool_idle_timeout(_timedelta(self._pool_idle_timeout))
                    .max_connections(self._max_connections)
                )
                if self._timeout is not None:
                    builder = builder.timeout(_timedelta(self._timeout))
                self._client = builder.build()
            return self._client

    def send(self, request: HttpRequest) -> HttpResponse:
        client = self._client or self._build()
        builder = client.request(request.method, request.url).headers(request.headers)
        if request.body is not None:
            builder = builder.body_bytes(request.body)
        timeout = request.timeout
        if timeout is not None and timeout != self._timeout:
            builder = builder.timeout(_timedelta(timeout))
        start = perf_counter()
        try:
            response = builder.build().send()
            body = response.bytes().to_bytes()
        except self._errors[0] as exc:
            # Not chained: pyreqwest's own message names the full URL, signature included,
            # and a chained cause would print it in every traceback.
            raise _translate(exc, self._errors[1]) from None
        return HttpResponse(
            response.status,
            Headers._from_header_map(response.headers),
            body,
            perf_counter() - start,
        )

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()


# ---------------------------------------------------------------------------- mocks


class MockTransport:
    """A transport that answers with ``handler(request)``: the test seam, no network.

    The handler may raise ``errors.NetworkError`` to simulate a dropped connection.
    """

    def __init__(self, handler: Callable[[HttpRequest], HttpResponse]) -> None:
        self.handler = handler

    def send(self, request: HttpRequest) -> HttpResponse:
        return self.handler(request)

    def close(self) -> None:
        pass


class AsyncMockTransport:
    """Async twin of MockTransport; the handler may be a plain or an async function."""

    def __init__(
        self, handler: Callable[[HttpRequest], HttpResponse | Awaitable[HttpResponse]]
    ) -> None:
        self.handler = handler

    async def send(self, request: HttpRequest) -> HttpResponse:
        result = self.handler(request)
        if isinstance(result, HttpResponse):
            return result
        return await result

    async def aclose(self) -> None:
        pass


# The default async transport lives in its own module (it builds on the classes above).
from .http11 import AsyncioTransport  # noqa: E402

#: What an async client uses when it is given no transport.
DefaultAsyncTransport = AsyncioTransport
