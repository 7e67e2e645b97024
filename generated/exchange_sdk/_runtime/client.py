# Generated from templates/runtime/exchange_sdk/_runtime/client.py (sha256 e70da6a52ea0d6b35e412f350dab221139d065203d4f098d846512d3d2af700d). Do not edit: run make.
"""The base of every generated client: credentials, signing, sending, unwrapping, parsing.

Generated classes (``BingX``, ``AsyncGate``, ...) subclass ``SyncClient``/``AsyncClient`` and
their methods end in ``self._client._call(endpoint, query, body, ...)``. One call is:

    sign (fresh timestamp from ``self._clock``) -> send (``self._transport``) -> envelope
    (``envelope.unwrap``) -> model (``endpoint.response_model``, imported once) -> attach the
    raw response

wrapped in a retry loop for endpoints whose spec says ``safe_to_repeat``: network failures,
timeouts, server errors and retryable rate-limit errors are retried with exponential backoff
and jitter, each attempt signed anew; authentication, permission, validation and timestamp
errors never are. ``_send_once`` is the seam for a rate limiter, ``self._clock`` for clock
synchronisation.

Hand-written because the exchange-specific parts it drives (signing, envelopes) are; the
generated code only supplies the spec objects and the arguments.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

from .. import errors
from .clock import Clock
from .envelope import MISSING, unwrap
from .secrets import Secret, redact
from .signing import SIGNERS, Credentials, Signer, format_value, percent_encode
from .spec import Endpoint, ExchangeInfo
from .transport import (
    AsyncPyreqwestTransport,
    AsyncTransport,
    HttpRequest,
    HttpResponse,
    PyreqwestTransport,
    SyncTransport,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["AsyncClient", "SyncClient"]

_RETRY_BACKOFF = 0.25  # seconds before the first retry; doubles each time
_RETRY_BACKOFF_MAX = 8.0
_MAX_RETRY_WAIT = 30.0  # a longer wait asked by the exchange is raised, not slept through

# "module:Class" -> (model class, value validated when the payload is absent)
_MODELS: dict[str, tuple[type[BaseModel], object]] = {}


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


def _fill_path(path: str, params: Mapping[str, object]) -> str:
    for name, value in params.items():
        path = path.replace("{" + name + "}", percent_encode(format_value(value)))
    return path


def _retryable(exc: errors.APIError) -> bool:
    return exc.retryable and isinstance(exc, errors.ServerError | errors.RateLimitError)


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
        self._signer: Signer = signer
        self._credentials = Credentials(key, secret, phrase)
        self._secrets = (Secret(key), Secret(secret), Secret(phrase or ""))
        self._base_url = _base_url(info, base_url)
        self._timeout = float(timeout)
        self._max_retries = max_retries
        self._retry_backoff = retry_backoff
        self._max_retry_wait = max_retry_wait
        self._clock = Clock()

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

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

    def _unwrap(self, endpoint: Endpoint, response: HttpResponse) -> object:
        return unwrap(response, self._info, endpoint, self._clock.now_s, self._secrets)

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
                redact(
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
        self, endpoint: Endpoint, request_timeout: float | None, max_retries: int | None
    ) -> tuple[float, int]:
        timeout = self._timeout if request_timeout is None else request_timeout
        if not timeout > 0:
            raise errors.ValidationError(
                argument="request_timeout", constraint="must be > 0 seconds", value=request_timeout
            )
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
        exc.message = redact(exc.message, self._secrets)

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds before retry number ``attempt + 1``; None when the wait is too long."""
        import random

        backoff = min(self._retry_backoff * (1 << min(attempt, 30)), _RETRY_BACKOFF_MAX)
        delay = backoff * random.uniform(0.5, 1.0)
        if retry_after is not None:
            if retry_after > self._max_retry_wait:
                return None
            delay = max(delay, retry_after)
        return delay


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
        )
        self._owns_transport = transport is None
        self._transport: SyncTransport = PyreqwestTransport() if transport is None else transport
        self._sleep: Callable[[float], None] = time.sleep

    def _send_once(
        self,
        endpoint: Endpoint,
        path: str,
        query: Mapping[str, object],
        body: Mapping[str, object],
        timeout: float,
        headers: Mapping[str, str] | None,
    ) -> HttpResponse:
        """Sign and send one attempt (a rate limiter waits here before sending)."""
        return self._transport.send(self._sign(endpoint, path, query, body, timeout, headers))

    def _call(
        self,
        endpoint: Endpoint,
        query: Mapping[str, object],
        body: Mapping[str, object],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        path_params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BaseModel:
        """Perform one endpoint call; returns the parsed model or raises an errors.* exception."""
        timeout, retries = self._plan(endpoint, request_timeout, max_retries)
        path = endpoint.path if not path_params else _fill_path(endpoint.path, path_params)
        attempt = 0
        while True:
            try:
                response = self._send_once(endpoint, path, query, body, timeout, headers)
                payload = self._unwrap(endpoint, response)
            except errors.NetworkError as exc:
                self._network_context(exc, endpoint)
                if attempt >= retries:
                    raise
                delay = self._retry_delay(attempt, None)
            except errors.APIError as exc:
                if attempt >= retries or not _retryable(exc):
                    raise
                delay = self._retry_delay(attempt, exc.retry_after)
                if delay is None:
                    raise
            else:
                return self._parse(endpoint, payload, response)
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
        )
        self._owns_transport = transport is None
        self._transport: AsyncTransport = (
            AsyncPyreqwestTransport() if transport is None else transport
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
    ) -> HttpResponse:
        """Sign and send one attempt (a rate limiter waits here before sending)."""
        return await self._transport.send(self._sign(endpoint, path, query, body, timeout, headers))

    async def _call(
        self,
        endpoint: Endpoint,
        query: Mapping[str, object],
        body: Mapping[str, object],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        path_params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BaseModel:
        """Perform one endpoint call; returns the parsed model or raises an errors.* exception."""
        timeout, retries = self._plan(endpoint, request_timeout, max_retries)
        path = endpoint.path if not path_params else _fill_path(endpoint.path, path_params)
        attempt = 0
        while True:
            try:
                response = await self._send_once(endpoint, path, query, body, timeout, headers)
                payload = self._unwrap(endpoint, response)
            except errors.NetworkError as exc:
                self._network_context(exc, endpoint)
                if attempt >= retries:
                    raise
                delay = self._retry_delay(attempt, None)
            except errors.APIError as exc:
                if attempt >= retries or not _retryable(exc):
                    raise
                delay = self._retry_delay(attempt, exc.retry_after)
                if delay is None:
                    raise
            else:
                return self._parse(endpoint, payload, response)
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
