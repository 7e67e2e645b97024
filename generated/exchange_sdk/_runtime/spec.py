"""What the specs say, as plain frozen records the runtime reads at call time.

The generated ``<exchange>/_spec.py`` modules instantiate these at import, so they stay cheap:
slotted, immutable, no validation, no pydantic. The envelope, error and rate-limit rules of the
YAML specs arrive here unchanged; ``envelope.py`` and ``client.py`` interpret them.

They are written out by hand rather than with ``@dataclass(frozen=True, slots=True)``: the
``dataclasses`` module imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize``) and
compiles each class's methods with ``exec``, which together cost more import time than the
rest of the runtime. They behave like frozen dataclasses (keyword or positional construction
in field order, ``==``, ``hash``, ``repr``, pickling) and ``_replace(**changes)`` stands in for
``dataclasses.replace``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, Self

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

_set = object.__setattr__


class _Record:
    """Immutable slotted record; ``__slots__`` names the fields (sorted), ``__init__`` orders them."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def _replace(self, **changes: object) -> Self:
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable (use _replace)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[object, ...]:
        # By keyword: ``__slots__`` is kept sorted, not in constructor order.
        return (_rebuild, (type(self), dict(zip(self.__slots__, self._values(), strict=True))))


def _rebuild(cls: type[_Record], fields: dict[str, object]) -> _Record:
    return cls(**fields)


class ErrorRule(_Record):
    """One documented error code (or label) and the SDK class it raises."""

    __slots__ = (
        "code",
        "error_class",
        "http_status",
        "meaning",
        "retry_after_pattern",
        "retry_after_unit",
        "retryable",
    )
    code: str
    error_class: type[errors.APIError]
    retryable: bool
    meaning: str
    http_status: int | None
    retry_after_pattern: str | None  # regex with one group: the wait in the message
    retry_after_unit: TimeUnit | None

    def __init__(
        self,
        code: str,
        error_class: type[errors.APIError],
        retryable: bool,
        meaning: str,
        http_status: int | None = None,
        retry_after_pattern: str | None = None,
        retry_after_unit: TimeUnit | None = None,
    ) -> None:
        _set(self, "code", code)
        _set(self, "error_class", error_class)
        _set(self, "retryable", retryable)
        _set(self, "meaning", meaning)
        _set(self, "http_status", http_status)
        _set(self, "retry_after_pattern", retry_after_pattern)
        _set(self, "retry_after_unit", retry_after_unit)


class RateLimitRule(_Record):
    """One enforced rate-limit bucket; endpoints naming the same ``key`` share the bucket.

    A window rule (``continuous`` False) admits ``count`` requests in any ``interval_ms``. A
    continuous rule is a counter that holds at most ``count`` and drains steadily, emptying in
    ``interval_ms`` (Kraken's REST counter: 15, -0.33 per second): a burst of ``count``, then
    one request each ``interval_ms / count``.
    """

    __slots__ = ("continuous", "count", "interval_ms", "key", "scope", "weight")
    key: str  # "bingx:uid:spot.cancel_all_after", "bingx:ip:group-2"
    scope: Literal["uid", "ip"]
    count: int
    interval_ms: int
    weight: int
    continuous: bool

    def __init__(
        self,
        key: str,
        scope: Literal["uid", "ip"],
        count: int,
        interval_ms: int,
        weight: int = 1,
        continuous: bool = False,
    ) -> None:
        _set(self, "key", key)
        _set(self, "scope", scope)
        _set(self, "count", count)
        _set(self, "interval_ms", interval_ms)
        _set(self, "weight", weight)
        _set(self, "continuous", continuous)


class Envelope(_Record):
    """How an exchange wraps its answers.

    Success means the HTTP status is in ``success_http_status`` and, when there is a
    ``code_field``, its value (stringified) is in ``success_codes``. The payload is the body's
    ``payload_field`` (or the whole body when None). An error's code is the first present of
    ``error_code_fields`` and its text the first present of ``error_message_fields``.

    ``error_list`` (Kraken): the first ``error_code_fields`` field holds a list of strings; the
    answer is an error when an entry does not start with ``warning_prefix``, and the code is
    the documented code that entry starts with (``EGeneral:Invalid arguments:ordertype`` is
    ``EGeneral:Invalid arguments``).
    """

    __slots__ = (
        "code_field",
        "error_code_fields",
        "error_list",
        "error_message_fields",
        "message_field",
        "payload_field",
        "success_codes",
        "success_http_status",
        "warning_prefix",
    )
    success_http_status: tuple[int, ...]
    code_field: str | None
    success_codes: tuple[str, ...]
    message_field: str | None
    payload_field: str | None
    error_code_fields: tuple[str, ...]
    error_message_fields: tuple[str, ...]
    error_list: bool
    warning_prefix: str

    def __init__(
        self,
        success_http_status: tuple[int, ...],
        code_field: str | None,
        success_codes: tuple[str, ...],
        message_field: str | None,
        payload_field: str | None,
        error_code_fields: tuple[str, ...],
        error_message_fields: tuple[str, ...],
        error_list: bool = False,
        warning_prefix: str = "",
    ) -> None:
        _set(self, "success_http_status", success_http_status)
        _set(self, "code_field", code_field)
        _set(self, "success_codes", success_codes)
        _set(self, "message_field", message_field)
        _set(self, "payload_field", payload_field)
        _set(self, "error_code_fields", error_code_fields)
        _set(self, "error_message_fields", error_message_fields)
        _set(self, "error_list", error_list)
        _set(self, "warning_prefix", warning_prefix)


class ServerTime(_Record):
    """The exchange's public server-time endpoint and where the time sits in its body."""

    __slots__ = ("field_path", "method", "path", "unit")
    method: str
    path: str
    field_path: tuple[str, ...]  # ("data", "serverTime")
    unit: Literal["ms", "s"]

    def __init__(
        self, method: str, path: str, field_path: tuple[str, ...], unit: Literal["ms", "s"]
    ) -> None:
        _set(self, "method", method)
        _set(self, "path", path)
        _set(self, "field_path", field_path)
        _set(self, "unit", unit)


class RateLimitHeaders(_Record):
    """Names of the response headers that report the exchange's rate-limit state."""

    __slots__ = ("limit", "remaining", "reset", "reset_unit", "retry_after")
    remaining: str | None
    limit: str | None
    reset: str | None
    reset_unit: TimeUnit | None
    retry_after: str | None  # a Retry-After-like header (HTX: recovery-time, epoch ms)

    def __init__(
        self,
        remaining: str | None = None,
        limit: str | None = None,
        reset: str | None = None,
        reset_unit: TimeUnit | None = None,
        retry_after: str | None = None,
    ) -> None:
        _set(self, "remaining", remaining)
        _set(self, "limit", limit)
        _set(self, "reset", reset)
        _set(self, "reset_unit", reset_unit)
        _set(self, "retry_after", retry_after)


class ExchangeInfo(_Record):
    """Everything the runtime needs to know about one exchange."""

    __slots__ = (
        "alternate_base_urls",
        "api_key_env",
        "api_secret_env",
        "auth_scheme",
        "base_url",
        "envelope",
        "errors",
        "group_base_urls",
        "id",
        "increasing_nonce",
        "name",
        "passphrase_env",
        "rate_limit_headers",
        "secret_form",
        "server_time",
        "timestamp_tolerance_ms",
    )
    id: str  # "bingx": the package name
    name: str  # "BingX": display name, used in error messages
    base_url: str  # "https://open-api.bingx.com"
    alternate_base_urls: tuple[str, ...]
    auth_scheme: str  # the recipe's name (the signer is exchange_sdk.<id>._signing.sign)
    api_key_env: str
    api_secret_env: str
    passphrase_env: str | None  # None: the scheme takes no passphrase
    timestamp_tolerance_ms: int
    envelope: Envelope
    errors: Mapping[str, ErrorRule]
    server_time: ServerTime | None
    rate_limit_headers: RateLimitHeaders
    # Endpoint groups served by another host than base_url (Binance "usdm": fapi.binance.com);
    # a caller's base_url overrides them all.
    group_base_urls: Mapping[str, str]
    # How the recipe keys its HMAC: "secret" as given, or "secret-base64" (Kraken): a secret
    # that cannot be decoded is refused when the client is built, not at the first call.
    secret_form: str
    # The recipe stamps a nonce that must exceed the key's last (Kraken): a nonce refusal after
    # the clock was checked is a race with another process on the key, retried with a new one.
    increasing_nonce: bool

    def __init__(
        self,
        id: str,
        name: str,
        base_url: str,
        alternate_base_urls: tuple[str, ...],
        auth_scheme: str,
        api_key_env: str,
        api_secret_env: str,
        passphrase_env: str | None,
        timestamp_tolerance_ms: int,
        envelope: Envelope,
        errors: Mapping[str, ErrorRule],
        server_time: ServerTime | None,
        rate_limit_headers: RateLimitHeaders,
        group_base_urls: Mapping[str, str] | None = None,
        secret_form: str = "secret",
        increasing_nonce: bool = False,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "base_url", base_url)
        _set(self, "alternate_base_urls", alternate_base_urls)
        _set(self, "auth_scheme", auth_scheme)
        _set(self, "api_key_env", api_key_env)
        _set(self, "api_secret_env", api_secret_env)
        _set(self, "passphrase_env", passphrase_env)
        _set(self, "timestamp_tolerance_ms", timestamp_tolerance_ms)
        _set(self, "envelope", envelope)
        _set(self, "errors", errors)
        _set(self, "server_time", server_time)
        _set(self, "rate_limit_headers", rate_limit_headers)
        _set(self, "group_base_urls", dict(group_base_urls or {}))
        _set(self, "secret_form", secret_form)
        _set(self, "increasing_nonce", increasing_nonce)


class Endpoint(_Record):
    """One endpoint of one exchange, as its spec describes it."""

    __slots__ = (
        "body_format",
        "envelope",
        "errors",
        "exchange",
        "method",
        "operation",
        "path",
        "rate_limits",
        "response_model",
        "safe_to_repeat",
    )
    exchange: str  # ExchangeInfo.id
    operation: str  # "spot.cancel_all_after"
    method: str  # "POST"
    path: str  # "/openApi/spot/v1/trade/cancelAllAfter"; may hold {name} segments
    errors: Mapping[str, ErrorRule]  # looked up before the exchange's common errors
    rate_limits: tuple[RateLimitRule, ...]
    safe_to_repeat: bool  # retries are allowed only when True
    response_model: str  # "exchange_sdk.bingx.models:CancelAllAfterResponse"
    envelope: Envelope | None  # the endpoint's own envelope; None: the exchange's
    body_format: str | None  # "json" | "form" unlike the recipe; None: the recipe's

    def __init__(
        self,
        exchange: str,
        operation: str,
        method: str,
        path: str,
        errors: Mapping[str, ErrorRule],
        rate_limits: tuple[RateLimitRule, ...],
        safe_to_repeat: bool,
        response_model: str,
        envelope: Envelope | None = None,
        body_format: str | None = None,
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "operation", operation)
        _set(self, "method", method)
        _set(self, "path", path)
        _set(self, "errors", errors)
        _set(self, "rate_limits", rate_limits)
        _set(self, "safe_to_repeat", safe_to_repeat)
        _set(self, "response_model", response_model)
        _set(self, "envelope", envelope)
        _set(self, "body_format", body_format)
