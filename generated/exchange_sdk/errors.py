"""The typed errors of exchange_sdk: one tree for every exchange.

Each exchange reports failures its own way (BingX: HTTP 200 with a non-zero ``code``; HTX: a
``code``/``message`` pair or a legacy ``err_code``; Bitget: a string code with HTTP 400; Gate: a
label with a non-2xx status). The runtime maps all of them onto this one hierarchy, driven by
the specs, so a caller writes ``except errors.RateLimitError`` once for all four.

    ExchangeSDKError                     base of everything raised by the SDK
    +-- ConfigurationError               missing credentials, bad base_url: fix the set-up
    +-- ClientClosedError (+ RuntimeError)  the client or its transport was used after close()
    +-- ValidationError (+ ValueError)   an argument breaks a documented constraint; nothing sent
    +-- APIError                         the exchange answered and refused (or answered nonsense)
    |   +-- AuthenticationError          bad key, signature or passphrase; IP not whitelisted
    |   +-- PermissionDeniedError        the key lacks the permission the endpoint needs
    |   +-- InvalidRequestError          the exchange rejected the parameters
    |   |   +-- NothingToCancelError     there was no open order to cancel
    |   |   +-- OrderNotFoundError       the order does not exist
    |   +-- TimestampError               the request timestamp is outside the exchange's window
    |   +-- RateLimitError               too many requests; see ``retry_after``
    |   +-- ServerError                  the exchange failed (5xx, busy, internal error)
    |   +-- UnexpectedResponseError      the body is not in the exchange's format (HTML,
    |                                    truncated JSON, missing fields)
    +-- NetworkError                     no response: connection failed or dropped
        +-- RequestTimeoutError          no response within the timeout
            +-- DeadlineExceededError    the call's deadline passed (or the next step would pass it)

Every exception here is picklable (so it crosses process pools) and carries no credentials:
its ``str`` and ``repr`` show the exchange, the endpoint, the code and the exchange's message,
which the client redacts before raising.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

__all__ = [
    "APIError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "DeadlineExceededError",
    "ExchangeSDKError",
    "InvalidRequestError",
    "NetworkError",
    "NothingToCancelError",
    "OrderNotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "TimestampError",
    "UnexpectedResponseError",
    "ValidationError",
]


def _restore(
    cls: type[ExchangeSDKError], args: tuple[object, ...], state: dict[str, object]
) -> ExchangeSDKError:
    # Rebuild without calling __init__: the subclasses take keyword-only arguments, which the
    # default BaseException pickling (cls(*self.args)) cannot replay.
    obj = cls.__new__(cls, *args)
    obj.args = args
    obj.__dict__.update(state)
    return obj


class ExchangeSDKError(Exception):
    """Base class of every error the SDK raises; ``message`` is what went wrong (the
    subclasses that know the exchange and endpoint add them in ``str``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(ExchangeSDKError):
    """The client cannot be set up: missing credentials, an unknown auth scheme, a bad URL.

    ``argument`` names the constructor argument and ``env_var`` the environment variable that
    would have supplied it, when the problem is a missing value.
    """

    def __init__(
        self, message: str, *, argument: str | None = None, env_var: str | None = None
    ) -> None:
        super().__init__(message)
        self.argument = argument
        self.env_var = env_var


class ClientClosedError(ExchangeSDKError, RuntimeError):
    """The client (or the transport it sends through) was used after ``close()``/``aclose()``.

    A programming error, never retried: nothing was sent, and sending again through the same
    client cannot succeed. Build a new client.
    """

    def __init__(self, message: str = "the client is closed: build a new one") -> None:
        super().__init__(message)


_REASONS = (
    ("must be one of", "is not an allowed value"),
    ("must match", "does not match the pattern"),
    ("must be a", "has the wrong type"),
)


def _reason(constraint: str) -> str:
    for prefix, reason in _REASONS:
        if constraint.startswith(prefix):
            return reason
    if "<" in constraint:
        return "is out of range"
    return "is invalid"


class ValidationError(ExchangeSDKError, ValueError):
    """An argument breaks a documented constraint; raised before any request is sent.

    ``str(exc)`` reads like
    ``time_out=5 is out of range: must be 10 <= time_out <= 120 (wire name timeOut)``.
    """

    def __init__(
        self,
        *,
        argument: str,
        constraint: str,
        value: object,
        wire_name: str | None = None,
        reason: str | None = None,
    ) -> None:
        text = f"{argument}={value!r} {reason or _reason(constraint)}: {constraint}"
        if wire_name is not None and wire_name != argument:
            text += f" (wire name {wire_name})"
        super().__init__(text)
        self.argument = argument
        self.constraint = constraint
        self.value = value
        self.wire_name = wire_name


class APIError(ExchangeSDKError):
    """The exchange answered with an error (or with a body the SDK cannot read).

    Attributes: ``exchange`` (display name, "BingX"), ``endpoint`` (operation,
    "spot.cancel_all_after"), ``code`` (the exchange's error code or label as a string, None
    when the body had none), ``message`` (the exchange's text), ``http_status``, ``raw_body``
    (bytes as received), ``headers`` (response headers), ``retryable`` (whether repeating the
    same request later can succeed) and ``retry_after`` (seconds to wait, when the exchange
    says so in the message or in a header).
    """

    default_retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        exchange: str,
        endpoint: str,
        code: str | None,
        http_status: int,
        raw_body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.exchange = exchange
        self.endpoint = endpoint
        self.code = code
        self.http_status = http_status
        self.raw_body = raw_body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.retryable = self.default_retryable if retryable is None else retryable
        self.retry_after = retry_after

    def __str__(self) -> str:
        where = f"{self.exchange} {self.endpoint}".strip()
        code = f"code {self.code}, " if self.code is not None else ""
        text = f"{where}: {self.message} ({code}HTTP {self.http_status})"
        if self.retry_after is not None:
            text += f"; retry after {self.retry_after:.3f} s"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(exchange={self.exchange!r}, endpoint={self.endpoint!r}, "
            f"code={self.code!r}, http_status={self.http_status!r}, message={self.message!r}, "
            f"retryable={self.retryable!r}, retry_after={self.retry_after!r})"
        )


class AuthenticationError(APIError):
    """The exchange did not accept the credentials: key, signature, passphrase or source IP."""


class PermissionDeniedError(APIError):
    """The key is valid but lacks the permission the endpoint requires."""


class InvalidRequestError(APIError):
    """The exchange rejected the request's parameters."""


class NothingToCancelError(InvalidRequestError):
    """There was no open order to cancel (for a kill switch, usually the desired state)."""


class OrderNotFoundError(InvalidRequestError):
    """The order named in the request does not exist."""


class TimestampError(APIError):
    """The request's timestamp is outside the exchange's window: the local clock is off."""


class RateLimitError(APIError):
    """Too many requests. ``retry_after`` (seconds) says when to come back, if the exchange did."""

    default_retryable = True


class ServerError(APIError):
    """The exchange failed to process the request (5xx, busy, internal error)."""

    default_retryable = True


class UnexpectedResponseError(APIError):
    """The response is not in the exchange's documented format (HTML, truncated JSON,
    a missing field, a payload that does not match the model). ``raw_body`` holds it."""


class NetworkError(ExchangeSDKError):
    """No response arrived: the connection failed or dropped.

    ``may_have_been_sent`` says whether the exchange may have received (and acted on) the
    request: False only when that is impossible (the connection was never made, or the request
    was refused before its first byte was written), True when it is unknown. The retry policy
    retries a request that was provably not sent for any endpoint, one that may have been sent
    only when the spec marks the endpoint ``safe_to_repeat``. ``exchange`` and ``endpoint`` are
    filled in by the client (empty when raised by a bare transport).
    """

    def __init__(
        self,
        message: str,
        *,
        exchange: str = "",
        endpoint: str = "",
        may_have_been_sent: bool = True,
    ) -> None:
        super().__init__(message)
        self.exchange = exchange
        self.endpoint = endpoint
        self.may_have_been_sent = may_have_been_sent

    def __str__(self) -> str:
        where = f"{self.exchange} {self.endpoint}".strip()
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(exchange={self.exchange!r}, endpoint={self.endpoint!r}, "
            f"message={self.message!r}, may_have_been_sent={self.may_have_been_sent!r})"
        )


class RequestTimeoutError(NetworkError):
    """No response within the timeout (client ``timeout`` or per-call ``request_timeout``)."""


class DeadlineExceededError(RequestTimeoutError):
    """The call's ``deadline`` (seconds over all its attempts, retry waits, rate-limit waits and
    clock synchronisations) passed, or the next step would have ended after it: an attempt cut
    short (its ``request_timeout`` clipped to what was left), or a backoff or rate-limit wait
    that would overrun it (raised at once, without waiting).

    ``may_have_been_sent`` covers the whole call: True when any attempt may have reached the
    exchange. When the deadline stopped a retry, the failure that would have been retried is
    ``__cause__``.
    """
