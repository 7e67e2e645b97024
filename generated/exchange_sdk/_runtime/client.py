"""The base of every generated client: credentials, limits, signing, sending, unwrapping, parsing.

Generated classes (``BingX``, ``AsyncGate``, ...) subclass ``SyncClient``/``AsyncClient`` and
their methods end in ``self._client._call(endpoint, query, body, ...)``. One call is:

    wait for a slot in the endpoint's rate-limit buckets (``ratelimit``; past ``max_wait``:
    ``RateLimitError`` without sending) -> sign (fresh timestamp from ``self._clock``) -> send
    (``self._transport``) -> learn from the rate-limit headers -> envelope (``envelope.unwrap``)
    -> model (``endpoint.response_model``, imported once) -> attach the raw response

wrapped in two loops:

- retries, for endpoints whose spec says ``safe_to_repeat``: network failures, timeouts,
  server errors and retryable rate-limit errors, with exponential backoff and full jitter
  (``uniform(0, min(8 s, retry_backoff * 2**n))``), at least the exchange's ``retry_after``
  (a longer one than ``max_retry_wait`` is raised at once), each attempt signed anew;
  authentication, permission, validation and invalid-request errors never are;
- one re-send after a clock synchronisation, for any endpoint (the exchange refused the
  request before acting on it): on a ``TimestampError``, and, for exchanges whose spec maps no
  code to ``TimestampError`` (HTX answers an expired signature like any bad signature), on an
  ``AuthenticationError`` when the measured offset moved by more than half the tolerance.

A rate-limit error from the exchange pauses the endpoint's buckets for its ``retry_after`` (or
one interval of the strictest rule), and a response whose remaining-requests header says 0
pauses them until the header's reset time, so every client of the key waits instead of being
refused (and, on BingX, banned).

Hand-written because the exchange-specific parts it drives (signing, envelopes, spec-driven
limits) are; the generated code only supplies the spec objects and the arguments.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from logging import DEBUG, INFO
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

from .. import errors
from .clock import Clock, offset_from, server_time_ms
from .envelope import MISSING, parse_retry_after, unwrap
from .log import (
    HTTP_LOGGER,
    LOGGER,
    body_text,
    redact_headers,
    redact_url,
    request_secrets,
    scrub,
)
from .ratelimit import Bucket, RateLimiter, WaitTooLong, default_limiter, host_of, key_id
from .secrets import Secret
from .signing import SIGNERS, Credentials, Signer, format_value, percent_encode
from .spec import Endpoint, ExchangeInfo, RateLimitRule
from .transport import (
    AsyncTransport,
    DefaultAsyncTransport,
    DefaultSyncTransport,
    HttpRequest,
    HttpResponse,
    SyncTransport,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

_Parser = Callable[[bytes], object]

__all__ = ["AsyncClient", "SyncClient"]

_RETRY_BACKOFF = 0.25  # seconds: the cap of the first retry's jittered wait; doubles each time
_RETRY_BACKOFF_MAX = 8.0
_MAX_RETRY_WAIT = 30.0  # a longer wait asked by the exchange is raised, not slept through

Buckets = tuple[tuple[Bucket, int], ...]

# "module:Class" -> (model class, value validated when the payload is absent)
_MODELS: dict[str, tuple[type[BaseModel], object]] = {}

# id(endpoint) -> (endpoint, success statuses, success codes or None, JSON parser or None).
_FAST: dict[int, tuple[Endpoint, tuple[int, ...], tuple[str, ...] | None, _Parser | None]] = {}
# (response model, code field, payload field) -> JSON parser or None: shared by endpoints.
_PARSERS: dict[tuple[str, str | None, str | None], _Parser | None] = {}


def _resolve_model(spec: str) -> tuple[type[BaseModel], object]:
    """Import the generated models module on first use (this is when pydantic loads)."""
    global _attach
    import importlib

    from . import models

    _attach = models.attach_raw_response

    module_name, _, class_name = spec.partition(":")
    model = getattr(importlib.import_module(module_name), class_name)
    empty: object = [] if issubclass(model, models.ResponseRootModel) else {}
    _MODELS[spec] = (model, empty)
    return model, empty


def _attach_first(model: BaseModel, response: HttpResponse) -> None:
    from .models import attach_raw_response

    attach_raw_response(model, response)


_attach: Callable[[BaseModel, HttpResponse], None] = _attach_first  # models' own after import


def _fast_entry(
    endpoint: Endpoint, info: ExchangeInfo
) -> tuple[Endpoint, tuple[int, ...], tuple[str, ...] | None, _Parser | None]:
    """The JSON fast path of an endpoint (models.json_parser), built on its first response."""
    from .models import json_parser

    envelope = endpoint.envelope or info.envelope
    code_field, payload_field = envelope.code_field, envelope.payload_field
    spec = endpoint.response_model
    key = (spec, code_field, payload_field)
    if key in _PARSERS:
        parser = _PARSERS[key]
    else:
        model, _ = _MODELS.get(spec) or _resolve_model(spec)
        parser = _PARSERS[key] = json_parser(model, code_field, payload_field)
    codes = None if code_field is None else envelope.success_codes
    entry = (endpoint, envelope.success_http_status, codes, parser)
    _FAST[id(endpoint)] = entry
    return entry


def _fill_path(path: str, params: Mapping[str, object]) -> str:
    for name, value in params.items():
        path = path.replace("{" + name + "}", percent_encode(format_value(value)))
    return path


def _retryable(exc: errors.APIError) -> bool:
    # http_status 0: the client-side limiter refused within max_wait; nothing was sent.
    return (
        exc.retryable
        and exc.http_status != 0
        and isinstance(exc, errors.ServerError | errors.RateLimitError)
    )


def _check_max_wait(value: float | None, argument: str = "max_wait") -> float | None:
    if value is not None and not value >= 0:
        raise errors.ValidationError(
            argument=argument, constraint="must be >= 0 seconds (or None)", value=value
        )
    return value


class _BaseClient:
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
        retry_backoff: float = _RETRY_BACKOFF,
        max_retry_wait: float = _MAX_RETRY_WAIT,
        max_wait: float | None = None,
        rate_limit: bool = True,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self._info = info
        key = _credential(info, api_key, "api_key", info.api_key_env, "API key")
        secret = _credential(info, api_secret, "api_secret", info.api_secret_env, "API secret")
        phrase: str | None = None
        if info.passphrase_env is not None:
            phrase = _credential(info, passphrase, "passphrase", info.passphrase_env, "passphrase")
        signer = SIGNERS.get(info.auth_scheme)
        if signer is None:
            raise errors.ConfigurationError(
                f"{info.name}: unknown auth scheme {info.auth_scheme!r}; known: {', '.join(sorted(SIGNERS))}"
            )
        if not timeout > 0:
            raise errors.ConfigurationError(
                f"{info.name}: timeout must be > 0 seconds, got {timeout!r}", argument="timeout"
            )
        if max_retries < 0:
            raise errors.ConfigurationError(
                f"{info.name}: max_retries must be >= 0, got {max_retries!r}",
                argument="max_retries",
            )
        if max_wait is not None and not max_wait >= 0:
            raise errors.ConfigurationError(
                f"{info.name}: max_wait must be >= 0 seconds or None, got {max_wait!r}",
                argument="max_wait",
            )
        self._signer: Signer = signer
        self._credentials = Credentials(key, secret, phrase)
        self._secrets = (Secret(key), Secret(secret), Secret(phrase or ""))
        self._base_url = _base_url(info, base_url)
        self._timeout = float(timeout)
        self._max_retries = max_retries
        self._retry_backoff = retry_backoff
        self._max_retry_wait = max_retry_wait
        self._clock = Clock()
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
        body: Mapping[str, object],
        timeout: float,
        headers: Mapping[str, str] | None,
    ) -> HttpRequest:
        request = self._signer(
            endpoint.method,
            self._base_url,
            path,
            query,
            body,
            self._credentials,
            self._clock.now_ms(),
        )
        request.timeout = timeout
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

    def _reserve(self, endpoint: Endpoint, max_wait: float | None) -> float:
        """Seconds to wait for this attempt's slot (0.0 without limits); reserves the slot."""
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits:
            return 0.0
        bound = self._max_wait if max_wait is None else max_wait
        try:
            wait = limiter.reserve(self._buckets(endpoint, limiter), bound)
        except WaitTooLong as exc:
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

    def _admit(self, endpoint: Endpoint) -> float:
        """0.0 when the actual send times admit this request now (and it is logged as sent),
        else the seconds to wait first: the caller woke later than its reserved slot."""
        limiter = self._limiter
        if limiter is None or not endpoint.rate_limits:
            return 0.0
        return limiter.admit(self._buckets(endpoint, limiter))

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
            seconds = self._shortest_interval(endpoint)
        # A window always resets within its interval; this also bounds a misread unit.
        self._pause(endpoint, min(seconds, longest), f"{name}: {value}")

    def _rate_limited(self, endpoint: Endpoint, exc: errors.APIError) -> None:
        """The exchange refused for rate: every client of the key waits it out."""
        if exc.http_status == 0 or not isinstance(exc, errors.RateLimitError):
            return
        seconds = exc.retry_after
        if seconds is None:
            seconds = self._shortest_interval(endpoint)
        self._pause(endpoint, seconds, f"{type(exc).__name__} code {exc.code}")

    def _unwrap(self, endpoint: Endpoint, response: HttpResponse) -> object:
        return unwrap(response, self._info, endpoint, self._clock.now_s, self._secrets)

    def _parse_fast(self, endpoint: Endpoint, response: HttpResponse) -> BaseModel | None:
        """The model of a success response straight from its JSON bytes (models.json_parser),
        or None: anything else (errors, floats, no payload...) takes unwrap + _parse."""
        entry = _FAST.get(id(endpoint))
        if entry is None or entry[0] is not endpoint:
            entry = _fast_entry(endpoint, self._info)
        _, statuses, codes, parser = entry
        if parser is None or response.status not in statuses:
            return None
        try:
            data: Any = parser(response.body)
        except ValueError:  # pydantic's ValidationError: invalid JSON, a float, a bad payload
            return None
        if codes is not None:
            code = data.get("c")
            if code.__class__ is int:
                code = int.__repr__(code)
            elif code.__class__ is not str:
                return None  # absent, null, bool...: the slow path decides
            if code not in codes:
                return None
        if data.__class__ is dict:
            data = data.get("p")
            if data is None:
                return None  # no payload: the slow path validates the empty value
        _attach(data, response)
        return cast("BaseModel", data)

    def _parse(self, endpoint: Endpoint, payload: object, response: HttpResponse) -> BaseModel:
        model, empty = _MODELS.get(endpoint.response_model) or _resolve_model(
            endpoint.response_model
        )
        try:
            result = model.model_validate(empty if payload is MISSING else payload)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            text = str(exc)
            if len(text) > 1000:
                text = text[:1000] + "..."
            raise errors.UnexpectedResponseError(
                scrub(
                    f"unexpected response: payload does not match {model.__name__}: {text}",
                    self._secrets,
                ),
                exchange=self._info.id,
                endpoint=endpoint.operation,
                code=None,
                http_status=response.status,
                raw_body=response.body,
                headers=response.headers,
                retryable=False,
            ) from exc
        _attach(result, response)
        return result

    def _plan(
        self,
        endpoint: Endpoint,
        request_timeout: float | None,
        max_retries: int | None,
        max_wait: float | None,
    ) -> tuple[float, int]:
        timeout = self._timeout if request_timeout is None else request_timeout
        if not timeout > 0:
            raise errors.ValidationError(
                argument="request_timeout", constraint="must be > 0 seconds", value=request_timeout
            )
        if max_wait is not None:
            _check_max_wait(max_wait)
        if not endpoint.safe_to_repeat:
            return timeout, 0
        retries = self._max_retries if max_retries is None else max_retries
        if retries < 0:
            raise errors.ValidationError(
                argument="max_retries", constraint="must be >= 0", value=max_retries
            )
        return timeout, retries

    def _network_context(self, exc: errors.NetworkError, endpoint: Endpoint) -> None:
        exc.exchange = self._info.id
        exc.endpoint = endpoint.operation
        exc.message = scrub(exc.message, self._secrets)
        exc.args = (exc.message,)

    def _error_context(self, exc: errors.APIError, response: HttpResponse | None) -> None:
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
        """Seconds before retry number ``attempt + 1``; None when the wait is too long.

        Full jitter: uniform between 0 and the exponential cap, so that many clients failing
        together do not come back together.
        """
        import random

        cap = min(self._retry_backoff * (1 << min(attempt, 30)), _RETRY_BACKOFF_MAX)
        delay = random.uniform(0.0, cap)
        if retry_after is not None:
            if retry_after > self._max_retry_wait:
                return None
            delay = max(delay, retry_after)
        return delay

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

    def _resend_after_sync(self, exc: errors.APIError, old_offset: int) -> bool:
        """After a synchronisation: re-send a TimestampError always, an auth error only when
        the clock was found off by more than half the exchange's tolerance."""
        if isinstance(exc, errors.TimestampError):
            return True
        moved = abs(self._clock.offset_ms - old_offset)
        return moved * 2 > self._info.timestamp_tolerance_ms

    def _server_time_request(self) -> HttpRequest:
        spec = self._info.server_time
        if spec is None:
            raise errors.ConfigurationError(
                f"{self._info.name}: the spec names no server-time endpoint; cannot sync_time()"
            )
        return HttpRequest(spec.method, self._base_url + spec.path, {}, None, self._timeout)

    def _apply_server_time(self, response: HttpResponse, sent_ms: float, received_ms: float) -> int:
        spec = self._info.server_time
        assert spec is not None
        server_ms = server_time_ms(spec, response, self._info.id)
        offset = offset_from(server_ms, sent_ms, received_ms)
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
        if HTTP_LOGGER.isEnabledFor(DEBUG):
            hidden = request_secrets(request.headers, request.url, self._secrets)
            text += (
                f" headers={redact_headers(request.headers)} body={body_text(request.body, hidden)}"
            )
        else:
            hidden = self._secrets_list()
        HTTP_LOGGER.info("%s", scrub(text, hidden))

    def _log_response(
        self, operation: str, request: HttpRequest, response: HttpResponse, seconds: float
    ) -> None:
        path = request.url.partition("?")[0]
        text = (
            f"response {self._info.id} {operation}: {response.status} {request.method} {path}"
            f" in {seconds * 1000:.1f} ms ({len(response.body)} bytes)"
        )
        if HTTP_LOGGER.isEnabledFor(DEBUG):
            hidden = request_secrets(request.headers, request.url, self._secrets)
            text += (
                f" headers={redact_headers(response.headers)}"
                f" body={body_text(response.body, hidden)}"
            )
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
    return value


def _base_url(info: ExchangeInfo, base_url: str | None) -> str:
    url = (base_url or info.base_url).rstrip("/")
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        raise errors.ConfigurationError(
            f"{info.name}: base_url must look like https://host[:port], got {url!r}",
            argument="base_url",
        )
    return url


class SyncClient(_BaseClient):
    """Base of the generated sync clients. Use as a context manager or call ``close()``."""

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
        transport: SyncTransport | None = None,
        retry_backoff: float = _RETRY_BACKOFF,
        max_retry_wait: float = _MAX_RETRY_WAIT,
        max_wait: float | None = None,
        rate_limit: bool = True,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        super().__init__(
            info,
            api_key=api_key,
            api_secret=api_secret,
            passphrase=passphrase,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_retry_wait=max_retry_wait,
            max_wait=max_wait,
            rate_limit=rate_limit,
            rate_limiter=rate_limiter,
        )
        self._owns_transport = transport is None
        self._transport: SyncTransport = DefaultSyncTransport() if transport is None else transport
        self._sleep: Callable[[float], None] = time.sleep

    def _send_once(
        self,
        endpoint: Endpoint,
        path: str,
        query: Mapping[str, object],
        body: Mapping[str, object],
        timeout: float,
        headers: Mapping[str, str] | None,
        max_wait: float | None = None,
    ) -> HttpResponse:
        """Wait for a rate-limit slot, then sign (fresh timestamp) and send one attempt."""
        wait = self._reserve(endpoint, max_wait)
        if wait > 0:
            self._sleep(wait)
        while (late := self._admit(endpoint)) > 0:
            self._sleep(late)
        request = self._sign(endpoint, path, query, body, timeout, headers)
        if not HTTP_LOGGER.isEnabledFor(INFO):
            response = self._transport.send(request)
        else:
            response = self._send_logged(endpoint.operation, request)
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
        request = self._server_time_request()
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

    def _resync(self, endpoint: Endpoint, exc: errors.APIError) -> bool:
        """Synchronise after ``exc``; True when the request should be sent once more."""
        if not self._may_resync(endpoint, exc):
            return False
        old = self._clock.offset_ms
        try:
            self.sync_time()
        except errors.ExchangeSDKError as sync_exc:
            if LOGGER.isEnabledFor(INFO):
                LOGGER.info("%s: clock synchronisation failed: %s", self._info.id, sync_exc)
            return False
        return self._resend_after_sync(exc, old)

    def _call(
        self,
        endpoint: Endpoint,
        query: Mapping[str, object],
        body: Mapping[str, object],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        path_params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BaseModel:
        """Perform one endpoint call; returns the parsed model or raises an errors.* exception."""
        timeout, retries = self._plan(endpoint, request_timeout, max_retries, max_wait)
        path = endpoint.path if not path_params else _fill_path(endpoint.path, path_params)
        attempt = 0
        synced = False
        while True:
            response = None
            try:
                response = self._send_once(endpoint, path, query, body, timeout, headers, max_wait)
                result = self._parse_fast(endpoint, response)
                if result is not None:
                    return result
                payload = self._unwrap(endpoint, response)
            except errors.NetworkError as exc:
                self._network_context(exc, endpoint)
                if attempt >= retries:
                    raise
                delay = self._retry_delay(attempt, None)
                failure: Exception = exc
            except errors.APIError as exc:
                self._error_context(exc, response)
                self._rate_limited(endpoint, exc)
                if not synced and self._may_resync(endpoint, exc):
                    synced = True
                    if self._resync(endpoint, exc):
                        continue
                    raise
                if attempt >= retries or not _retryable(exc):
                    raise
                delay = self._retry_delay(attempt, exc.retry_after)
                if delay is None:
                    raise
                failure = exc
            else:
                return self._parse(endpoint, payload, response)
            assert delay is not None
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

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """Base of the generated async clients. Use ``async with`` or call ``aclose()``."""

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
        transport: AsyncTransport | None = None,
        retry_backoff: float = _RETRY_BACKOFF,
        max_retry_wait: float = _MAX_RETRY_WAIT,
        max_wait: float | None = None,
        rate_limit: bool = True,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        super().__init__(
            info,
            api_key=api_key,
            api_secret=api_secret,
            passphrase=passphrase,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_retry_wait=max_retry_wait,
            max_wait=max_wait,
            rate_limit=rate_limit,
            rate_limiter=rate_limiter,
        )
        self._owns_transport = transport is None
        self._transport: AsyncTransport = (
            DefaultAsyncTransport() if transport is None else transport
        )

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def _send_once(
        self,
        endpoint: Endpoint,
        path: str,
        query: Mapping[str, object],
        body: Mapping[str, object],
        timeout: float,
        headers: Mapping[str, str] | None,
        max_wait: float | None = None,
    ) -> HttpResponse:
        """Wait for a rate-limit slot (without blocking the loop), then sign and send."""
        wait = self._reserve(endpoint, max_wait)
        if wait > 0:
            await self._sleep(wait)
        while (late := self._admit(endpoint)) > 0:
            await self._sleep(late)
        request = self._sign(endpoint, path, query, body, timeout, headers)
        if not HTTP_LOGGER.isEnabledFor(INFO):
            response = await self._transport.send(request)
        else:
            response = await self._send_logged(endpoint.operation, request)
        response.request = request
        if self._remaining_header is not None:
            self._learn(endpoint, response)
        return response

    async def _send_logged(self, operation: str, request: HttpRequest) -> HttpResponse:
        self._log_request(operation, request)
        start = time.perf_counter()
        try:
            response = await self._transport.send(request)
        except errors.NetworkError as exc:
            self._log_failure(operation, request, exc, time.perf_counter() - start)
            raise
        self._log_response(operation, request, response, time.perf_counter() - start)
        return response

    async def sync_time(self) -> int:
        """Async twin of ``SyncClient.sync_time``: measure and keep the offset to the
        exchange's clock; returns it in ms (server minus local)."""
        request = self._server_time_request()
        sent = self._clock.local_ms()
        try:
            if HTTP_LOGGER.isEnabledFor(INFO):
                response = await self._send_logged("server_time", request)
            else:
                response = await self._transport.send(request)
        except errors.NetworkError as exc:
            exc.exchange, exc.endpoint = self._info.id, "server_time"
            raise
        return self._apply_server_time(response, sent, self._clock.local_ms())

    async def _resync(self, endpoint: Endpoint, exc: errors.APIError) -> bool:
        if not self._may_resync(endpoint, exc):
            return False
        old = self._clock.offset_ms
        try:
            await self.sync_time()
        except errors.ExchangeSDKError as sync_exc:
            if LOGGER.isEnabledFor(INFO):
                LOGGER.info("%s: clock synchronisation failed: %s", self._info.id, sync_exc)
            return False
        return self._resend_after_sync(exc, old)

    async def _call(
        self,
        endpoint: Endpoint,
        query: Mapping[str, object],
        body: Mapping[str, object],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        path_params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BaseModel:
        """Perform one endpoint call; returns the parsed model or raises an errors.* exception."""
        timeout, retries = self._plan(endpoint, request_timeout, max_retries, max_wait)
        path = endpoint.path if not path_params else _fill_path(endpoint.path, path_params)
        attempt = 0
        synced = False
        while True:
            response = None
            try:
                response = await self._send_once(
                    endpoint, path, query, body, timeout, headers, max_wait
                )
                result = self._parse_fast(endpoint, response)
                if result is not None:
                    return result
                payload = self._unwrap(endpoint, response)
            except errors.NetworkError as exc:
                self._network_context(exc, endpoint)
                if attempt >= retries:
                    raise
                delay = self._retry_delay(attempt, None)
                failure: Exception = exc
            except errors.APIError as exc:
                self._error_context(exc, response)
                self._rate_limited(endpoint, exc)
                if not synced and self._may_resync(endpoint, exc):
                    synced = True
                    if await self._resync(endpoint, exc):
                        continue
                    raise
                if attempt >= retries or not _retryable(exc):
                    raise
                delay = self._retry_delay(attempt, exc.retry_after)
                if delay is None:
                    raise
                failure = exc
            else:
                return self._parse(endpoint, payload, response)
            assert delay is not None
            self._log_retry(endpoint, attempt, retries, delay, failure)
            attempt += 1
            if delay:
                await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the transport (and its connection pool) if this client created it."""
        if self._owns_transport:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
