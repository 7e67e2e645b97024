"""An Account's list fields (``groups``, ``markets``) take a list or one string, and refuse
anything else by name before a request is sent."""

from __future__ import annotations

import pytest

from exchange_sdk import _killswitch_specs, errors
from exchange_sdk.killswitch import Account
from exchange_sdk.killswitch._accounts import groups_of

_EXCHANGE = next(iter(_killswitch_specs.EXCHANGES))


@pytest.mark.parametrize("name", ["groups", "markets"])
def test_a_lone_string_is_one_item(name: str) -> None:
    value = groups_of(_EXCHANGE)[0] if name == "groups" else "BTC-USDT"
    account = Account(_EXCHANGE, None, **{name: value})  # type: ignore[arg-type]
    assert getattr(account, name) == (value,)


@pytest.mark.parametrize("name", ["groups", "markets"])
@pytest.mark.parametrize("bad", [5, ["BTC-USDT", 7], {"a": 1}.values()])
def test_anything_else_is_refused_by_name(name: str, bad: object) -> None:
    with pytest.raises(errors.ConfigurationError, match=f"{name} must be a list of strings") as e:
        Account(_EXCHANGE, None, **{name: bad})  # type: ignore[arg-type]
    assert e.value.argument == name
