"""``PyreqwestTransport``: the sync transport on pyreqwest's blocking client.

Failures are translated at this boundary into ``errors.NetworkError`` /
``errors.RequestTimeoutError`` (not chained to pyreqwest's exception, whose text holds the
signed URL; the translated message keeps its causes, queries removed).
"""

from __future__ import annotations

import _thread
import re
from time import perf_counter
from typing import TYPE_CHECKING

from .. import errors
from .messages import USER_AGENT, Headers, HttpRequest, HttpResponse

if TYPE_CHECKING:
    from datetime import timedelta

    from pyreqwest.client import SyncClient

__all__ = ["PyreqwestTransport"]

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
