"""The public error hierarchy: shape, messages, pickling, no secrets."""

from __future__ import annotations

import pickle

import pytest

from exchange_sdk import errors
from exchange_sdk._runtime.transport import Headers

# The classes a spec may name (docs/spec-format.md).
KNOWN_ERROR_CLASSES = (
    "AuthenticationError",
    "PermissionDeniedError",
    "InvalidRequestError",
    "NothingToCancelError",
    "OrderNotFoundError",
    "TimestampError",
    "RateLimitError",
    "ServerError",
)


@pytest.mark.parametrize("name", KNOWN_ERROR_CLASSES)
def test_every_class_a_spec_may_name_is_an_api_error(name: str) -> None:
    cls = getattr(errors, name)
    assert issubclass(cls, errors.APIError)


def test_tree() -> None:
    e = errors
    assert issubclass(e.ConfigurationError, e.ExchangeSDKError)
    assert issubclass(e.ValidationError, e.ExchangeSDKError)
    assert issubclass(e.ValidationError, ValueError)
    assert issubclass(e.APIError, e.ExchangeSDKError)
    for name in (
        "AuthenticationError",
        "PermissionDeniedError",
        "InvalidRequestError",
        "TimestampError",
        "RateLimitError",
        "ServerError",
        "UnexpectedResponseError",
    ):
        assert getattr(e, name).__mro__[1] is e.APIError, name
    assert e.NothingToCancelError.__mro__[1] is e.InvalidRequestError
    assert e.OrderNotFoundError.__mro__[1] is e.InvalidRequestError
    assert issubclass(e.NetworkError, e.ExchangeSDKError)
    assert not issubclass(e.NetworkError, e.APIError)
    assert issubclass(e.RequestTimeoutError, e.NetworkError)
    assert set(e.__all__) == {n for n in dir(e) if n.endswith("Error")}


def test_the_docstring_draws_the_whole_tree() -> None:
    doc = errors.__doc__ or ""
    for name in errors.__all__:
        assert name in doc, name


def _api_error(cls: type[errors.APIError] = errors.RateLimitError) -> errors.APIError:
    return cls(
        "The endpoint trigger frequency limit rule is currently in the disabled period",
        exchange="BingX",
        endpoint="spot.cancel_all_after",
        code="100410",
        http_status=200,
        raw_body=b'{"code":100410}',
        headers=Headers({"X-RateLimit-Requests-Remain": "0"}),
        retry_after=12.5,
    )


def test_api_error_attributes_and_message() -> None:
    exc = _api_error()
    assert exc.exchange == "BingX"
    assert exc.endpoint == "spot.cancel_all_after"
    assert exc.code == "100410"
    assert exc.http_status == 200
    assert exc.raw_body == b'{"code":100410}'
    assert exc.headers["x-ratelimit-requests-remain"] == "0"
    assert exc.retryable is True  # RateLimitError's default
    assert exc.retry_after == 12.5
    assert str(exc) == (
        "BingX spot.cancel_all_after: The endpoint trigger frequency limit rule is currently in "
        "the disabled period (code 100410, HTTP 200); retry after 12.500 s"
    )
    assert repr(exc).startswith(
        "RateLimitError(exchange='BingX', endpoint='spot.cancel_all_after', code='100410'"
    )


def test_default_retryable_per_class() -> None:
    assert _api_error(errors.ServerError).retryable is True
    assert _api_error(errors.AuthenticationError).retryable is False
    assert _api_error(errors.APIError).retryable is False
    exc = errors.RateLimitError(
        "banned", exchange="BingX", endpoint="x", code=None, http_status=418, retryable=False
    )
    assert exc.retryable is False
    assert str(exc) == "BingX x: banned (HTTP 418)"


ALL_INSTANCES: list[errors.ExchangeSDKError] = [
    errors.ExchangeSDKError("base"),
    errors.ConfigurationError(
        "BingX: missing API key", argument="api_key", env_var="BINGX_API_KEY"
    ),
    errors.ValidationError(
        argument="time_out",
        constraint="must be 10 <= time_out <= 120",
        value=5,
        wire_name="timeOut",
    ),
    errors.NetworkError(
        "request failed: connection refused", exchange="Gate", endpoint="spot.countdown_cancel_all"
    ),
    errors.RequestTimeoutError("request timed out"),
    *[
        _api_error(getattr(errors, n))
        for n in (*KNOWN_ERROR_CLASSES, "UnexpectedResponseError", "APIError")
    ],
]


@pytest.mark.parametrize("exc", ALL_INSTANCES, ids=lambda e: type(e).__name__)
def test_pickle_round_trip(exc: errors.ExchangeSDKError) -> None:
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is type(exc)
    assert str(copy) == str(exc)
    assert repr(copy) == repr(exc)
    assert copy.__dict__.keys() == exc.__dict__.keys()
    if isinstance(exc, errors.APIError):
        assert isinstance(copy, errors.APIError)
        assert (copy.code, copy.raw_body, copy.retry_after, dict(copy.headers)) == (
            exc.code,
            exc.raw_body,
            exc.retry_after,
            dict(exc.headers),
        )


def test_validation_error_message_names_argument_constraint_and_wire_name() -> None:
    exc = errors.ValidationError(
        argument="time_out",
        constraint="must be 10 <= time_out <= 120",
        value=5,
        wire_name="timeOut",
    )
    assert (
        str(exc) == "time_out=5 is out of range: must be 10 <= time_out <= 120 (wire name timeOut)"
    )
    assert (exc.argument, exc.constraint, exc.value, exc.wire_name) == (
        "time_out",
        "must be 10 <= time_out <= 120",
        5,
        "timeOut",
    )
    assert isinstance(exc, ValueError)
    enum = errors.ValidationError(
        argument="type",
        constraint="must be one of 'ACTIVATE', 'CLOSE'",
        value="OPEN",
        wire_name="type",
    )
    assert str(enum) == "type='OPEN' is not an allowed value: must be one of 'ACTIVATE', 'CLOSE'"
    typ = errors.ValidationError(argument="timeout", constraint="must be an int", value="30")
    assert str(typ) == "timeout='30' has the wrong type: must be an int"
    pat = errors.ValidationError(
        argument="symbol", constraint="must match [A-Z]+-[A-Z]+", value="btc"
    )
    assert str(pat) == "symbol='btc' does not match the pattern: must match [A-Z]+-[A-Z]+"


def test_configuration_error_names_argument_and_env_var() -> None:
    exc = errors.ConfigurationError("x", argument="api_secret", env_var="BINGX_API_SECRET")
    assert (exc.argument, exc.env_var, str(exc)) == ("api_secret", "BINGX_API_SECRET", "x")


def test_network_error_message_gains_context() -> None:
    exc = errors.RequestTimeoutError("request timed out")
    assert str(exc) == "request timed out"
    exc.exchange, exc.endpoint = "HTX", "futures.cancel_all_orders"
    assert str(exc) == "HTX futures.cancel_all_orders: request timed out"
