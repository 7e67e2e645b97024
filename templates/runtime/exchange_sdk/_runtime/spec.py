"""What the specs say, as plain frozen dataclasses the runtime reads at call time.

The generated ``<exchange>/_spec.py`` modules instantiate these at import, so they stay cheap:
slotted, frozen, no validation, no pydantic. The envelope, error and rate-limit rules of the
YAML specs arrive here unchanged; ``envelope.py`` and ``client.py`` interpret them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .. import errors

__all__ = [
    "Endpoint",
    "Envelope",
    "ErrorRule",
    "ExchangeInfo",
    "RateLimitHeaders",
    "RateLimitRule",
    "ServerTime",
    "TimeUnit",
]

TimeUnit = Literal["epoch_ms", "epoch_s", "ms", "s"]


@dataclass(frozen=True, slots=True)
class ErrorRule:
    """One documented error code (or label) and the SDK class it raises."""

    code: str
    error_class: type[errors.APIError]
    retryable: bool
    meaning: str
    http_status: int | None = None
    retry_after_pattern: str | None = None  # regex with one group: the wait in the message
    retry_after_unit: TimeUnit | None = None


@dataclass(frozen=True, slots=True)
class RateLimitRule:
    """One enforced rate-limit bucket; endpoints naming the same ``key`` share the bucket."""

    key: str  # "bingx:uid:spot.cancel_all_after", "bingx:ip:group-2"
    scope: Literal["uid", "ip"]
    count: int
    interval_ms: int
    weight: int = 1


@dataclass(frozen=True, slots=True)
class Envelope:
    """How an exchange wraps its answers.

    Success means the HTTP status is in ``success_http_status`` and, when there is a
    ``code_field``, its value (stringified) is in ``success_codes``. The payload is the body's
    ``payload_field`` (or the whole body when None). An error's code is the first present of
    ``error_code_fields`` and its text the first present of ``error_message_fields``.
    """

    success_http_status: tuple[int, ...]
    code_field: str | None
    success_codes: tuple[str, ...]
    message_field: str | None
    payload_field: str | None
    error_code_fields: tuple[str, ...]
    error_message_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ServerTime:
    """The exchange's public server-time endpoint and where the time sits in its body."""

    method: str
    path: str
    field_path: tuple[str, ...]  # ("data", "serverTime")
    unit: Literal["ms", "s"]


@dataclass(frozen=True, slots=True)
class RateLimitHeaders:
    """Names of the response headers that report the exchange's rate-limit state."""

    remaining: str | None = None
    limit: str | None = None
    reset: str | None = None
    reset_unit: TimeUnit | None = None
    retry_after: str | None = None


@dataclass(frozen=True, slots=True)
class ExchangeInfo:
    """Everything the runtime needs to know about one exchange."""

    id: str  # "bingx": package name and error-message prefix source
    name: str  # "BingX": display name and class-name stem
    base_url: str  # "https://open-api.bingx.com"
    alternate_base_urls: tuple[str, ...]
    auth_scheme: str  # a key of signing.SIGNERS
    api_key_env: str
    api_secret_env: str
    passphrase_env: str | None  # None: the scheme takes no passphrase
    timestamp_tolerance_ms: int
    envelope: Envelope
    errors: Mapping[str, ErrorRule]
    server_time: ServerTime | None
    rate_limit_headers: RateLimitHeaders


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One endpoint of one exchange, as its spec describes it."""

    exchange: str  # ExchangeInfo.id
    operation: str  # "spot.cancel_all_after"
    method: str  # "POST"
    path: str  # "/openApi/spot/v1/trade/cancelAllAfter"; may hold {name} segments
    errors: Mapping[str, ErrorRule]  # looked up before the exchange's common errors
    rate_limits: tuple[RateLimitRule, ...]
    safe_to_repeat: bool  # retries are allowed only when True
    response_model: str  # "exchange_sdk.bingx.models:CancelAllAfterResponse"
