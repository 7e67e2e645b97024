"""What the sync and async clients share: options, credentials, signing, rate-limit glue,
clock synchronisation and logging; everything but sending and sleeping.

The generated classes (``BingX``, ``AsyncGate``, ...) subclass ``SyncClient``/``AsyncClient``
(``client_sync``/``client_async``: the call loop, written once), which subclass ``ClientBase``.
The steps of one call that do no I/O live here:

    wait for a slot in the endpoint's rate-limit buckets (``ratelimit``; past ``max_wait``:
    ``RateLimitError`` without sending) -> sign (fresh timestamp from ``self._clock``) -> send
    (the loop, through its transport) -> learn from the rate-limit headers -> envelope and model
    (``parse``) -> attach the raw response

A rate-limit error from the exchange pauses the endpoint's buckets for its ``retry_after`` (or
one interval of the strictest rule), and a response whose remaining-requests header says 0
pauses them until the header's reset time, so every client of the key waits instead of being
refused (and, on BingX, banned). A ``TimestampError`` (and, for exchanges whose spec maps no
code to it, an ``AuthenticationError`` when the measured offset moved by more than half the
tolerance) leads to one clock synchronisation and one re-send, for any endpoint: the exchange
refused the request before acting on it.

Hand-written because the exchange-specific parts it drives (signing, envelopes, spec-driven
limits) are; the generated code only supplies the spec objects and the arguments.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from logging import DEBUG, INFO
from typing import TYPE_CHECKING

from .. import errors
from .clock import Clock, offset_from, server_time_ms
from .envelope import parse_retry_after, unwrap
from .log import (
    HTTP_LOGGER,
    LOGGER,
    body_text,
    redact_headers,
    redact_url,
    request_secrets,
    scrub,
)
from .messages import AsyncTransport, HttpRequest, HttpResponse, SyncTransport
from .parse import PARSERS
from .ratelimit import Bucket, RateLimiter, WaitTooLong, default_limiter, host_of, key_id
from .retry import DEFAULT_DEADLINE, MAX_RETRY_WAIT, RETRY_BACKOFF, retry_delay
from .secrets import Secret
from .signing import Body, Credentials, Signer, format_value, percent_encode
from .spec import Endpoint, ExchangeInfo, RateLimitRule

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "AsyncSleep",
    "ClientBase",
    "SyncSleep",
    "async_sleep",
    "default_async_transport",
    "default_sync_transport",
    "fill_path",
    "sync_sleep",
]

Buckets = tuple[tuple[Bucket, int], ...]
_NO_DEADLINE = float("inf")
AsyncSleep = Callable[[float], Awaitable[None]]
SyncSleep = Callable[[float], None]


# The I/O pairs of the call loop: client_async.py names the async one of each pair, and its
# derived sync twin (client_sync.py) the sync one (generator/emit/unasync.py renames them).


async def async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)


def default_async_transport() -> AsyncTransport:
    from .transport import DefaultAsyncTransport

    return DefaultAsyncTransport()


def default_sync_transport() -> SyncTransport:
    from .transport import DefaultSyncTransport

    return DefaultSyncTransport()


def fill_path(path: str, params: Mapping[str, object]) -> str:
    for name, value in params.items():
        path = path.replace("{" + name + "}", percent_encode(format_value(value)))
    return path


def _typed(value: object, argument: str, *, integer: bool = False) -> None:
    """A number option of the wrong type (``timeout="10"``, ``max_retries=1.5``, a bool) is a
    ``ValidationError`` naming it, never a raw ``TypeError`` from a comparison."""
    kinds: tuple[type, ...] = (int,) if integer else (int, float)
    if value is None or (isinstance(value, kinds) and not isinstance(value, bool)):
        return
    wanted = "an int" if integer else "a number of seconds"
    raise errors.ValidationError(
        argument=argument, constraint=f"must be {wanted}, not {type(value).__name__}", value=value
    )


def _signers(info: ExchangeInfo) -> tuple[Signer, Mapping[str, Signer]]:
    """The exchange's signer and those of the body formats its endpoints choose: the module
    the generator writes from the spec's `auth.recipe`, ``exchange_sdk/<id>/_signing.py``."""
    name = f"exchange_sdk.{info.id}._signing"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name not in (name, f"exchange_sdk.{info.id}"):
            raise
        raise errors.ConfigurationError(
            f"{info.name}: no signer for exchange {info.id!r} ({name} is generated from the "
            "spec's auth.recipe: run make)"
        ) from None
    signer: Signer = module.sign
    body_format_signers: Mapping[str, Signer] = module.BODY_FORMAT_SIGNERS
    return signer, body_format_signers


def _check_max_wait(value: float | None, argument: str = "max_wait") -> float | None:
    _typed(value, argument)
    if value is not None and not value >= 0:
        raise errors.ValidationError(
            argument=argument, constraint="must be >= 0 seconds (or None)", value=value
        )
    return value


class ClientBase:
    """What the sync and async clients share; everything but sending and sleeping."""

    def __init__(
        self,
        info: ExchangeInfo,
        *,
        api_key: str | None,
        api_secret: str | None,
        passphrase: str | None = None,
        base_url: str | None = None,
        timeout: float = 10.0,
        max_retries: int = 2,
        retry_backoff: float = RETRY_BACKOFF,
        max_retry_wait: float = MAX_RETRY_WAIT,
        max_wait: float | None = None,
        rate_limit: bool = True,
        rate_limiter: RateLimiter | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        transport: object = None,
    ) -> None:
        """``transport``: a ``SyncTransport`` (sync clients) or ``AsyncTransport`` (async ones),
        None for the default; the generated clients' signatures type it."""
        self._info = info
        key = _credential(info, api_key, "api_key", info.api_key_env, "API key")
        secret = _credential(info, api_secret, "api_secret", info.api_secret_env, "API secret")
        phrase: str | None = None
        if info.passphrase_env is not None:
            phrase = _credential(info, passphrase, "passphrase", info.passphrase_env, "passphrase")
        signer, body_format_signers = _signers(info)
        for name, value, integer in (
            ("timeout", timeout, False),
            ("max_retries", max_retries, True),
            ("deadline", deadline, False),
            ("max_wait", max_wait, False),
        ):
            try:
                _typed(value, name, integer=integer)
            except errors.ValidationError as exc:
                raise errors.ConfigurationError(
                    f"{info.name}: {name} {exc.constraint}", argument=name
                ) from None
        if not timeout > 0:
            raise errors.ConfigurationError(
                f"{info.name}: timeout must be > 0 seconds, got {timeout!r}", argument="timeout"
            )
        if max_retries < 0:
            raise errors.ConfigurationError(
                f"{info.name}: max_retries must be >= 0, got {max_retries!r}",
                argument="max_retries",
            )
        if deadline is not None and not deadline > 0:
            raise errors.ConfigurationError(
                f"{info.name}: deadline must be > 0 seconds or None, got {deadline!r}",
                argument="deadline",
            )
        if max_wait is not None and not max_wait >= 0:
            raise errors.ConfigurationError(
                f"{info.name}: max_wait must be >= 0 seconds or None, got {max_wait!r}",
                argument="max_wait",
            )
        self._signer: Signer = signer
        self._body_format_signers = body_format_signers
        self._credentials = Credentials(key, secret, phrase)
        self._credentials.check_key(info.secret_form)  # a secret Kraken cannot decode: now
        self._secrets = (Secret(key), Secret(secret), Secret(phrase or ""))
        self._base_url = _base_url(info, base_url)
        # Groups served by their own host (Binance usdm); a caller's base_url (the simulator,
        # a test network) replaces every host.
        self._group_urls: Mapping[str, str] = (
            {} if base_url else {g: u.rstrip("/") for g, u in info.group_base_urls.items()}
        )
        self._timeout = float(timeout)
        self._deadline = None if deadline is None else float(deadline)
        self._max_retries = max_retries
        self._retry_backoff = retry_backoff
        self._max_retry_wait = max_retry_wait
        self._clock = Clock()
        # The clock of deadlines (a seam: tests pass a fake one with the fake sleep).
        self._monotonic: Callable[[], float] = time.monotonic
        # Rate limiting: buckets keyed by a hash of the API key (uid scope) or the host.
        self._max_wait = max_wait
        self._limiter: RateLimiter | None = None
        if rate_limit:
            self._limiter = default_limiter() if rate_limiter is None else rate_limiter
        self._uid = key_id(key)
        self._host = host_of(self._base_url)
        self._bucket_cache: dict[int, tuple[tuple[RateLimitRule, ...], Buckets]] = {}
        self._remaining_header = info.rate_limit_headers.remaining
        # HTX maps no code to TimestampError: an expired signature is just a bad signature.
        self._auth_may_be_clock = info.server_time is not None and not any(
            issubclass(r.error_class, errors.TimestampError) for r in info.errors.values()
        )
        self._attach(transport)

    def _attach(self, transport: object) -> None:
        """Keep the transport (or make the default one) and the sleep: the twins differ here."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def deadline(self) -> float | None:
        """Default seconds over a whole call (attempts, retry and rate-limit waits, clock
        synchronisation) when the call passes no ``deadline=``; None: no such bound."""
        return self._deadline

    @property
    def max_wait(self) -> float | None:
        """Longest wait (seconds) for a rate-limit slot before raising ``RateLimitError``
        without sending; None (the default) waits as long as the limits require. A call's
        ``max_wait=`` overrides it."""
        return self._max_wait

    @max_wait.setter
    def max_wait(self, value: float | None) -> None:
        self._max_wait = _check_max_wait(value)

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The limiter this client draws from (by default the process-wide one, shared by
        every client of the same key); set None to send without client-side limiting."""
        return self._limiter

    @rate_limiter.setter
    def rate_limiter(self, value: RateLimiter | None) -> None:
        self._limiter = value
        self._bucket_cache = {}

    @property
    def clock_offset_ms(self) -> int:
        """Server time minus local time, as last measured (0 until synchronised)."""
        return self._clock.offset_ms

    def __repr__(self) -> str:
        return f"{type(self).__name__}(exchange={self._info.name!r}, base_url={self._base_url!r})"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError(f"{type(self).__name__} holds credentials and cannot be pickled")

    # -- the steps of one call -------------------------------------------------------------

    def _sign(
        self,
        endpoint: Endpoint,
        path: str,
        query: Mapping[str, object],
        body: Body,
        timeout: float,
        headers: Mapping[str, str] | None,
        end: float = _NO_DEADLINE,
    ) -> HttpRequest:
        signer = (
            self._signer
            if endpoint.body_format is None
            else self._body_format_signers[endpoint.body_format]
        )
        base_url = self._base_url
        if self._group_urls:
            base_url = self._group_urls.get(endpoint.operation.partition(".")[0], base_url)
        request = signer(
            endpoint.method,
            base_url,
            path,
            query,
            body,
            self._credentials,
            self._clock.now_ms(),
        )
        request.timeout = timeout
        if end != _NO_DEADLINE:
            request.deadline = end  # transports may honour it too (messages.HttpRequest)
        if headers:
            request.headers.update(headers)
        return request

    def _buckets(self, endpoint: Endpoint, limiter: RateLimiter) -> Buckets:
        rules = endpoint.rate_limits
        entry = self._bucket_cache.get(id(rules))
        if entry is None or entry[0] is not rules:
            entry = (rules, limiter.buckets(rules, self._uid, self._host))
            self._bucket_cache[id(rules)] = entry
        return entry[1]

    def _reserve(
        self, endpoint: Endpoint, max_wait: float | None, end: float = _NO_DEADLINE
    ) -> float:
        """Seconds to wait for this attempt's slot (0.0 without limits); reserves the slot.

        The wait is bounded by ``max_wait`` (past it: ``RateLimitError``, ``http_status`` 0) and
        by the call's deadline ``end`` (past it: ``DeadlineExceededError``); either way nothing
        is reserved nor sent."""
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits:
            return 0.0
        bound = self._max_wait if max_wait is None else max_wait
        left = end - self._monotonic()
        by_deadline = bound is None or left < bound
        try:
            wait = limiter.reserve(self._buckets(endpoint, limiter), left if by_deadline else bound)
        except WaitTooLong as exc:
            if by_deadline:
                raise self._deadline_error(
                    endpoint,
                    f"the next rate-limit slot (bucket {exc.bucket}) is {exc.wait:.3f} s away, "
                    f"after the call's deadline ({max(left, 0.0):.3f} s left); this attempt was "
                    "not sent",
                ) from None
            raise errors.RateLimitError(
                f"client-side rate limit: the next slot in bucket {exc.bucket} is "
                f"{exc.wait:.3f} s away, more than max_wait={bound} s; the request was not sent",
                exchange=self._info.id,
                endpoint=endpoint.operation,
                code=None,
                http_status=0,
                retryable=True,
                retry_after=exc.wait,
            ) from None
        if wait > 0 and LOGGER.isEnabledFor(DEBUG):
            LOGGER.debug(
                "%s %s: waiting %.3f s for a rate-limit slot",
                self._info.id,
                endpoint.operation,
                wait,
            )
        return wait

    def _check_wait(self, endpoint: Endpoint, seconds: float, end: float, what: str) -> None:
        """Raise ``DeadlineExceededError`` at once when waiting ``seconds`` would end at or
        after the call's deadline ``end`` (the attempt after it would have no time left)."""
        left = end - self._monotonic()
        if seconds >= left:
            raise self._deadline_error(
                endpoint,
                f"{what} of {seconds:.3f} s would end after the call's deadline "
                f"({max(left, 0.0):.3f} s left)",
            )

    def _clipped(self, endpoint: Endpoint, left: float) -> float:
        """The timeout of an attempt that the deadline cuts short: the ``left`` seconds, or
        ``DeadlineExceededError`` when nothing is left."""
        if left <= 0.0:
            raise self._deadline_error(endpoint, "the call's deadline passed before this attempt")
        return left

    def _deadline_error(self, endpoint: Endpoint, what: str) -> errors.DeadlineExceededError:
        # may_have_been_sent: this step sent nothing; the call loop adds the earlier attempts.
        return errors.DeadlineExceededError(
            f"deadline exceeded: {what}",
            exchange=self._info.id,
            endpoint=endpoint.operation,
            may_have_been_sent=False,
        )

    def _admit(self, endpoint: Endpoint) -> float:
        """0.0 when what was really sent admits this request now (it is then in flight until
        ``_done``), else the seconds to wait first: the caller woke later than its reserved
        slot, or earlier requests are still in flight."""
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits:
            return 0.0
        return limiter.admit(self._buckets(endpoint, limiter))

    def _done(self, endpoint: Endpoint, sent: bool, at: float | None) -> None:
        """The request ``_admit`` let through is answered or failed (``sent``: logged as sent
        at ``at``, the transport's ``sent_at``, or now), or was never sent (it only leaves the
        flight)."""
        limiter = self._limiter
        if limiter is not None:
            limiter.done(self._buckets(endpoint, limiter), sent, at)

    def _pause(self, endpoint: Endpoint, seconds: float, reason: str) -> None:
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits or not seconds > 0:
            return
        limiter.pause(self._buckets(endpoint, limiter), seconds)
        if LOGGER.isEnabledFor(INFO):
            LOGGER.info(
                "%s %s: rate-limit buckets paused for %.3f s (%s)",
                self._info.id,
                endpoint.operation,
                seconds,
                reason,
            )

    def _saturate(self, endpoint: Endpoint, reason: str) -> None:
        """Out of requests, for how long unknown: the exchange's counters are full."""
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits:
            return
        seconds = self._shortest_interval(endpoint)
        limiter.saturate(self._buckets(endpoint, limiter), seconds)
        if LOGGER.isEnabledFor(INFO):
            LOGGER.info(
                "%s %s: rate-limit buckets full (windows paused %.3f s) (%s)",
                self._info.id,
                endpoint.operation,
                seconds,
                reason,
            )

    def _shortest_interval(self, endpoint: Endpoint) -> float:
        return min((r.interval_ms for r in endpoint.rate_limits), default=1000) / 1000.0

    def _learn(self, endpoint: Endpoint, response: HttpResponse) -> None:
        """Pause the buckets when the exchange's remaining-requests header reaches 0."""
        name = self._remaining_header
        if name is None:
            return
        value = response.headers.get(name)
        if value is None:
            return
        try:
            remaining = float(value)
        except ValueError:
            return
        if remaining > 0:
            return
        headers = self._info.rate_limit_headers
        longest = max((r.interval_ms for r in endpoint.rate_limits), default=1000) / 1000.0
        seconds: float | None = None
        reset = response.headers.get(headers.reset) if headers.reset else None
        if reset:
            seconds = _reset_wait(reset, headers.reset_unit, self._clock.now_s())
        if seconds is None:
            self._saturate(endpoint, f"{name}: {value}")
            return
        # A window always resets within its interval; this also bounds a misread unit.
        self._pause(endpoint, min(seconds, longest), f"{name}: {value}")

    def _rate_limited(self, endpoint: Endpoint, exc: errors.APIError) -> None:
        """The exchange refused for rate: every client of the key waits it out."""
        if exc.http_status == 0 or not isinstance(exc, errors.RateLimitError):
            return
        reason = f"{type(exc).__name__} code {exc.code}"
        if exc.retry_after is None:
            self._saturate(endpoint, reason)
        else:
            self._pause(endpoint, exc.retry_after, reason)

    def _parse(self, endpoint: Endpoint, response: HttpResponse) -> BaseModel:
        """The endpoint's model from a response the JSON fast path (``PARSERS.fast``, tried
        first by the call loop) did not answer, or the typed error: envelope, then model."""
        payload = unwrap(response, self._info, endpoint, self._clock.now_s, self._secrets)
        return PARSERS.model(endpoint, self._info, payload, response, self._secrets)

    def _plan(
        self,
        endpoint: Endpoint,
        request_timeout: float | None,
        max_retries: int | None,
        max_wait: float | None,
        deadline: float | None,
    ) -> tuple[float, int, float]:
        """(timeout per attempt, retries allowed, the call's deadline as a ``self._monotonic()``
        value, infinite without one); every option checked before anything is sent."""
        if (
            request_timeout is None
            and max_retries is None
            and max_wait is None
            and deadline is None
        ):
            # The usual call: the client's own settings, checked by __init__.
            seconds = self._deadline
            end = _NO_DEADLINE if seconds is None else self._monotonic() + seconds
            return self._timeout, self._max_retries, end
        _typed(request_timeout, "request_timeout")
        _typed(max_retries, "max_retries", integer=True)
        _typed(deadline, "deadline")
        timeout = self._timeout if request_timeout is None else request_timeout
        if not timeout > 0:
            raise errors.ValidationError(
                argument="request_timeout", constraint="must be > 0 seconds", value=request_timeout
            )
        if max_wait is not None:
            _check_max_wait(max_wait)
        retries = self._max_retries if max_retries is None else max_retries
        if retries < 0:
            raise errors.ValidationError(
                argument="max_retries", constraint="must be >= 0", value=max_retries
            )
        seconds = self._deadline if deadline is None else deadline
        if seconds is None:
            return timeout, retries, _NO_DEADLINE
        if not seconds > 0:
            raise errors.ValidationError(
                argument="deadline", constraint="must be > 0 seconds", value=deadline
            )
        return timeout, retries, self._monotonic() + seconds

    def _network_context(self, exc: errors.NetworkError, endpoint: Endpoint, sent: bool) -> None:
        """Name the call in ``exc``, hide secrets, and make ``may_have_been_sent`` cover the
        whole call (``sent``: whether any attempt may have reached the exchange)."""
        exc.may_have_been_sent = sent
        exc.exchange = self._info.id
        exc.endpoint = endpoint.operation
        exc.message = scrub(exc.message, self._secrets)
        exc.args = (exc.message,)

    def _error_context(
        self, exc: errors.APIError, response: HttpResponse | None, endpoint: Endpoint | None = None
    ) -> None:
        if not exc.endpoint and endpoint is not None:
            # Raised by the transport (an answer that breaks HTTP or a size limit): it knows
            # neither the exchange nor the endpoint.
            exc.exchange, exc.endpoint = self._info.id, endpoint.operation
        # unwrap redacted the credentials; this also hides the request's signature values
        # (an exchange may echo them) and anything named like a signature or key.
        request = response.request if response is not None else None
        hidden: list[str] | tuple[Secret, ...] = self._secrets
        if request is not None:
            hidden = request_secrets(request.headers, request.url, self._secrets)
        message = scrub(exc.message, hidden)
        if message != exc.message:
            exc.message = message
            exc.args = (message,)

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float | None:
        return retry_delay(attempt, retry_after, self._retry_backoff, self._max_retry_wait)

    def _log_retry(
        self, endpoint: Endpoint, attempt: int, retries: int, delay: float, exc: Exception
    ) -> None:
        if LOGGER.isEnabledFor(INFO):
            LOGGER.info(
                "%s %s: retry %d/%d in %.3f s after %s: %s",
                self._info.id,
                endpoint.operation,
                attempt + 1,
                retries,
                delay,
                type(exc).__name__,
                scrub(str(exc), self._secrets),
            )

    def _may_resync(self, endpoint: Endpoint, exc: errors.APIError) -> bool:
        """Whether this error may come from our clock (and a server-time endpoint exists)."""
        if self._info.server_time is None:
            return False
        if isinstance(exc, errors.TimestampError):
            return True
        return (
            isinstance(exc, errors.AuthenticationError)
            and self._auth_may_be_clock
            and not any(
                issubclass(r.error_class, errors.TimestampError) for r in endpoint.errors.values()
            )
        )

    def _nonce_race(self, exc: errors.APIError) -> bool:
        """A nonce refused again after the clock was checked (Kraken ``EAPI:Invalid nonce``):
        another process on the key sent a higher one. The exchange refused the request before
        acting on it, so it is retried with a new nonce, for any endpoint, within the budget."""
        return (
            self._info.increasing_nonce
            and isinstance(exc, errors.TimestampError)
            and exc.http_status != 0
        )

    def _resend_after_sync(self, exc: errors.APIError, old_offset: int) -> bool:
        """After a synchronisation: re-send a TimestampError always, an auth error only when
        the clock was found off by more than half the exchange's tolerance."""
        if isinstance(exc, errors.TimestampError):
            return True
        moved = abs(self._clock.offset_ms - old_offset)
        return moved * 2 > self._info.timestamp_tolerance_ms

    def _server_time_request(self, timeout: float) -> HttpRequest:
        spec = self._info.server_time
        if spec is None:
            raise errors.ConfigurationError(
                f"{self._info.name}: the spec names no server-time endpoint; cannot sync_time()"
            )
        return HttpRequest(spec.method, self._base_url + spec.path, {}, None, timeout)

    def _apply_server_time(self, response: HttpResponse, sent_ms: float, received_ms: float) -> int:
        spec = self._info.server_time
        assert spec is not None
        server_ms = server_time_ms(spec, response, self._info.id)
        resolution = 1000 if spec.unit == "s" else 1
        offset = offset_from(server_ms, sent_ms, received_ms, resolution)
        self._clock.offset_ms = offset
        self._clock.synced = True
        if LOGGER.isEnabledFor(INFO):
            LOGGER.info(
                "%s: clock synchronised, offset %+d ms (round trip %.1f ms)",
                self._info.id,
                offset,
                received_ms - sent_ms,
            )
        return offset

    # -- logging ----------------------------------------------------------------------------

    def _log_request(self, operation: str, request: HttpRequest) -> None:
        text = f"request {self._info.id} {operation}: {request.method} {redact_url(request.url)}"
        self._log_line(text, request, request.headers, request.body)

    def _log_response(
        self, operation: str, request: HttpRequest, response: HttpResponse, seconds: float
    ) -> None:
        path = request.url.partition("?")[0]
        text = (
            f"response {self._info.id} {operation}: {response.status} {request.method} {path}"
            f" in {seconds * 1000:.1f} ms ({len(response.body)} bytes)"
        )
        self._log_line(text, request, response.headers, response.body)

    def _log_line(
        self, text: str, request: HttpRequest, headers: Mapping[str, str], body: bytes | None
    ) -> None:
        """One request or response line; at DEBUG with the (redacted) headers and body."""
        if HTTP_LOGGER.isEnabledFor(DEBUG):
            hidden = request_secrets(request.headers, request.url, self._secrets)
            text += f" headers={redact_headers(headers)} body={body_text(body, hidden)}"
        else:
            hidden = self._secrets_list()
        HTTP_LOGGER.info("%s", scrub(text, hidden))

    def _log_failure(
        self, operation: str, request: HttpRequest, exc: Exception, seconds: float
    ) -> None:
        hidden = request_secrets(request.headers, request.url, self._secrets)
        path = request.url.partition("?")[0]
        HTTP_LOGGER.info(
            "%s",
            scrub(
                f"failed {self._info.id} {operation}: {request.method} {path} after "
                f"{seconds * 1000:.1f} ms: {type(exc).__name__}: {exc}",
                hidden,
            ),
        )

    def _secrets_list(self) -> list[str]:
        return [s.reveal() for s in self._secrets if s]


def _reset_wait(value: str, unit: str | None, now_s: float) -> float | None:
    """Seconds until a rate-limit reset header's moment (unit from the spec, else guessed
    from the magnitude like ``Retry-After``)."""
    if unit is None:
        return parse_retry_after(value, now_s)
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if number != number:
        return None
    if unit == "epoch_ms":
        return max(0.0, number / 1000.0 - now_s)
    if unit == "epoch_s":
        return max(0.0, number - now_s)
    if unit == "ms":
        return max(0.0, number / 1000.0)
    return max(0.0, number)


def _credential(
    info: ExchangeInfo, value: str | None, argument: str, env_var: str, label: str
) -> str:
    if value is None:
        value = os.environ.get(env_var)
    if not value:
        raise errors.ConfigurationError(
            f"{info.name}: missing {label}: pass {argument}=... or set the {env_var} environment variable",
            argument=argument,
            env_var=env_var,
        )
    if not isinstance(value, str):
        raise errors.ConfigurationError(
            f"{info.name}: {argument} must be a str, got {type(value).__name__}", argument=argument
        )
    # Refused here, before anything is sent: a credential read from a file with its newline
    # would otherwise break the request's headers or sign with the wrong secret. The value is
    # never shown.
    flaw = _credential_flaw(value)
    if flaw:
        raise errors.ConfigurationError(
            f"{info.name}: {label} {flaw} (its value is not shown); remove it from {argument}"
            f" or {env_var}",
            argument=argument,
            env_var=env_var,
        )
    return value


def _credential_flaw(value: str) -> str | None:
    for char in value:
        if char in "\r\n":
            return "contains a line break"
        if char < " " or char == "\x7f":
            return "contains a control character (NUL, tab, ...)"
        if char > "\xff":
            return "contains a character outside Latin-1"
    return None


def _base_url(info: ExchangeInfo, base_url: str | None) -> str:
    url = (base_url or info.base_url).rstrip("/")
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        raise errors.ConfigurationError(
            f"{info.name}: base_url must look like https://host[:port], got {url!r}",
            argument="base_url",
        )
    return url
