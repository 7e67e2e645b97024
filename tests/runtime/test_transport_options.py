"""Both transports take the same options (``wire.Options``), with ``wire.Settings``' defaults
and checks; the async one adds ``max_connections_per_host``. A misspelt option is refused."""

from __future__ import annotations

import pytest

from exchange_sdk import errors
from exchange_sdk._runtime import wire
from exchange_sdk.transports import AsyncioTransport, SocketTransport


@pytest.mark.parametrize("transport", [SocketTransport, AsyncioTransport])
def test_options_reach_the_settings(transport: type[SocketTransport | AsyncioTransport]) -> None:
    t = transport(pool_idle_timeout=7.0, max_idle_per_host=3, proxy=None, trust_env=False)
    settings = t._settings
    assert (settings.pool_idle_timeout, settings.max_idle, settings.trust_env) == (7.0, 3, False)
    default = transport()._settings
    assert (default.pool_idle_timeout, default.max_idle, default.trust_env) == (50.0, 32, True)
    assert default.max_response_size == wire.DEFAULT_MAX_RESPONSE_SIZE


@pytest.mark.parametrize("transport", [SocketTransport, AsyncioTransport])
def test_a_bad_or_misspelt_option_is_refused(
    transport: type[SocketTransport | AsyncioTransport],
) -> None:
    with pytest.raises(errors.ConfigurationError, match="pool_idle_timeout"):
        transport(pool_idle_timeout=-1)
    with pytest.raises(TypeError, match="pool_idle_timeuot"):
        transport(pool_idle_timeuot=5)  # type: ignore[call-arg]


def test_the_options_type_lists_what_settings_takes() -> None:
    keys = wire.Options.__optional_keys__ | wire.Options.__required_keys__
    code = wire.Settings.__init__.__code__
    assert keys == set(code.co_varnames[1 : 1 + code.co_kwonlyargcount])


def test_the_async_transport_checks_its_connection_cap() -> None:
    with pytest.raises(errors.ConfigurationError, match="max_connections_per_host"):
        AsyncioTransport(max_connections_per_host=0)
    assert AsyncioTransport(max_connections_per_host=None)._max_active > 1000
