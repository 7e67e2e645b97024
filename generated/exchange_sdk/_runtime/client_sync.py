# Generated from generated/exchange_sdk/_runtime/client_async.py (sha256 4d48be04093671ca8c1e026fb3b595301801f27de36e98e691cf5a143c777250). Do not edit: run make.
# The sync twin of that file, derived by generator/emit/unasync.py.
# unasync: off
"""The call loop of the clients, ``AsyncClient`` and ``SyncClient``, written once.

``client_async.py`` (``AsyncClient``) is the source; ``client_sync.py`` (``SyncClient``) is
derived from it by the generator (``generator/emit/unasync.py``: ``async`` and ``await``
dropped, ``AsyncX`` -> ``SyncX``, ``async_x`` -> ``sync_x``, ``aclose`` -> ``close``): edit
the async file and run ``make``. What the two share without I/O is in ``client_base``, the
retry policy in ``retry`` and response parsing in ``parse``.

One call (``_call``): per attempt, wait for a rate-limit slot, sign with a fresh timestamp,
send, parse; on failure, ``retry`` says whether and after how long to try again, and a
timestamp refusal leads to one clock synchronisation and one re-send.
"""
# unasync: on

from __future__ import annotations

import time
from collections.abc import Mapping
from logging import INFO
from typing import TYPE_CHECKING, Self

from .. import errors
from .client_base import (
    ClientBase,
    SyncSleep,
    default_sync_transport,
    fill_path,
    sync_sleep,
)
from .log import HTTP_LOGGER, LOGGER
from .messages import HttpRequest, HttpResponse, SyncTransport
from .parse import PARSERS
from .retry import may_retry
from .signing import Body
from .spec import Endpoint

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["SyncClient"]


class SyncClient(ClientBase):
    """Base of the generated sync clients. Use ``with`` or call ``close()``."""

    def _attach(self, transport: object) -> None:
        """Called by ``ClientBase.__init__`` with the ``transport=`` argument."""
        self._owns_transport = transport is None
        self._transport: SyncTransport = (
            default_sync_transport() if transport is None else transport  # type: ignore[assignment]
        )
        self._sleep: SyncSleep = sync_sleep  # a seam: tests pass a fake clock's sleep

    def _send_once(
        self,
        endpoint: Endpoint,
        path: str,
        query: Mapping[str, object],
        body: Body,  # parameters, a JSON array or exact bytes (signing.Body)
        timeout: float,
        headers: Mapping[str, str] | None,
        max_wait: float | None,
        end: float,
    ) -> HttpResponse:
        """One attempt: wait for a rate-limit slot, then sign (fresh timestamp) and send, the
        attempt's timeout clipped to what the call's deadline ``end`` leaves."""
        admitted = False
        if self._limiter is not None and endpoint.rate_limits:
            wait = self._reserve(endpoint, max_wait, end)
            if wait > 0:
                self._sleep(wait)
            while (late := self._admit(endpoint)) > 0:
                self._check_wait(endpoint, late, end, "a late rate-limit wait")
                self._sleep(late)
            admitted = True
        sent = False
        try:
            left = end - self._monotonic()  # the attempt gets at most what the deadline leaves
            attempt_timeout = timeout if timeout <= left else self._clipped(endpoint, left)
            request = self._sign(endpoint, path, query, body, attempt_timeout, headers, end)
            sent = True
            try:
                if not HTTP_LOGGER.isEnabledFor(INFO):
                    response = self._transport.send(request)
                else:
                    response = self._send_logged(endpoint.operation, request)
            except errors.RequestTimeoutError as exc:
                if attempt_timeout < timeout:  # the deadline, not request_timeout, cut it short
                    cut = self._deadline_error(
                        endpoint,
                        f"the attempt's timeout was clipped to the {attempt_timeout:.3f} s the "
                        f"deadline left, and ran out ({exc.message})",
                    )
                    cut.may_have_been_sent = exc.may_have_been_sent
                    raise cut from exc
                raise
        except errors.NetworkError as exc:
            sent = exc.may_have_been_sent  # a refused connection reached no counter
            raise
        finally:
            if admitted:  # answered, failed or never sent: out of the limiter's flight
                self._done(endpoint, sent, request.sent_at if sent else None)
        response.request = request
        if self._remaining_header is not None:
            self._learn(endpoint, response)
        return response

    def _send_logged(self, operation: str, request: HttpRequest) -> HttpResponse:
        self._log_request(operation, request)
        start = time.perf_counter()
        try:
            response = self._transport.send(request)
        except errors.NetworkError as exc:
            self._log_failure(operation, request, exc, time.perf_counter() - start)
            raise
        self._log_response(operation, request, response, time.perf_counter() - start)
        return response

    def sync_time(self) -> int:
        """Measure the offset to the exchange's clock (its public server-time endpoint) and
        sign every later request with it. Returns the offset in ms (server minus local).

        Called automatically once when the exchange rejects a request's timestamp; call it up
        front when the local clock is known to drift. Raises ``NetworkError`` or
        ``UnexpectedResponseError`` when the server time cannot be read.
        """
        return self._sync_time(self._timeout)

    def _sync_time(self, timeout: float) -> int:
        request = self._server_time_request(timeout)
        sent = self._clock.local_ms()
        try:
            if HTTP_LOGGER.isEnabledFor(INFO):
                response = self._send_logged("server_time", request)
            else:
                response = self._transport.send(request)
        except errors.NetworkError as exc:
            exc.exchange, exc.endpoint = self._info.id, "server_time"
            raise
        return self._apply_server_time(response, sent, self._clock.local_ms())

    def _resync(self, endpoint: Endpoint, exc: errors.APIError, end: float) -> bool:
        """Synchronise after ``exc`` within the call's deadline; True when the request should
        be sent once more."""
        if not self._may_resync(endpoint, exc):
            return False
        old = self._clock.offset_ms
        left = end - self._monotonic()
        if left <= 0.0:
            return False
        try:
            self._sync_time(min(self._timeout, left))
        except errors.ExchangeSDKError as sync_exc:
            if LOGGER.isEnabledFor(INFO):
                LOGGER.info("%s: clock synchronisation failed: %s", self._info.id, sync_exc)
            return False
        return self._resend_after_sync(exc, old)

    def _call(
        self,
        endpoint: Endpoint,
        query: Mapping[str, object],
        body: Body,  # parameters, a JSON array or exact bytes (signing.Body)
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
        path_params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BaseModel:
        """Perform one endpoint call; returns the parsed model or raises an errors.* exception."""
        timeout, retries, end = self._plan(
            endpoint, request_timeout, max_retries, max_wait, deadline
        )
        path = endpoint.path if not path_params else fill_path(endpoint.path, path_params)
        attempt = 0
        synced = False
        sent = False  # whether any attempt so far may have reached the exchange
        failure: Exception | None = None  # the last failed attempt's error
        while True:
            response = None
            try:
                response = self._send_once(
                    endpoint, path, query, body, timeout, headers, max_wait, end
                )
                result = PARSERS.fast(endpoint, self._info, response)
                return result if result is not None else self._parse(endpoint, response)
            except errors.NetworkError as exc:
                retry = attempt < retries and may_retry(endpoint, exc)
                sent = sent or exc.may_have_been_sent
                self._network_context(exc, endpoint, sent)
                if isinstance(exc, errors.DeadlineExceededError) and exc.__cause__ is None:
                    exc.__cause__ = failure  # what failed before the deadline stopped the call
                if not retry:
                    raise
                delay = self._retry_delay(attempt, None)
                failure = exc
            except errors.APIError as exc:
                sent = sent or exc.http_status != 0  # 0: the client-side limiter refused
                self._error_context(exc, response, endpoint)
                self._rate_limited(endpoint, exc)
                if not synced and self._may_resync(endpoint, exc):
                    synced = True
                    if self._resync(endpoint, exc, end):
                        failure = exc
                        continue
                    raise
                if attempt >= retries or not (may_retry(endpoint, exc) or self._nonce_race(exc)):
                    raise
                delay = self._retry_delay(attempt, exc.retry_after)
                if delay is None:
                    raise
                failure = exc
            assert delay is not None and failure is not None
            if delay:
                try:
                    self._check_wait(endpoint, delay, end, f"the wait before retry {attempt + 1}")
                except errors.DeadlineExceededError as stop:
                    stop.may_have_been_sent = sent
                    raise stop from failure
            self._log_retry(endpoint, attempt, retries, delay, failure)
            attempt += 1
            if delay:
                self._sleep(delay)

    def close(self) -> None:
        """Close the transport (and its connection pool) if this client created it."""
        if self._owns_transport:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:  # as contextlib.closing: any exit
        self.close()
