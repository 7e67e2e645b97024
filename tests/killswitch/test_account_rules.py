"""Account parameters that depend on another (the specs' ``account_param_rules``): Bybit's
settle coin is taken per category, left out for spot, and refused before anything is sent when
a category that needs one has none."""

from __future__ import annotations

import re

import pytest

from exchange_sdk import errors
from exchange_sdk.killswitch._accounts import Account, plan_cancel, plan_listings


def _calls(params: dict[str, object]) -> list[tuple[dict[str, object], dict[str, object]]]:
    calls = plan_cancel([Account("bybit", params=params)])
    return [(dict(c.kwargs), dict(c.listing.kwargs) if c.listing else {}) for c in calls]


def test_one_account_covers_linear_inverse_and_spot() -> None:
    params: dict[str, object] = {
        "category": ["linear", "inverse", "spot"],
        "settle_coin": {"linear": ["USDT", "USDC"], "inverse": ["BTC"]},
    }
    expected = [
        {"category": "linear", "settle_coin": "USDT"},
        {"category": "linear", "settle_coin": "USDC"},
        {"category": "inverse", "settle_coin": "BTC"},
        {"category": "spot"},
    ]
    assert _calls(params) == [(kw, kw) for kw in expected]
    listings = plan_listings([Account("bybit", params=params)])
    assert [dict(listing.kwargs) for listing in listings] == expected


def test_a_flat_settle_coin_is_left_out_for_spot_and_spot_needs_none() -> None:
    both = _calls({"category": ["linear", "spot"], "settleCoin": "USDT"})
    assert [kw for kw, _ in both] == [
        {"category": "linear", "settle_coin": "USDT"},
        {"category": "spot"},
    ]
    assert [kw for kw, _ in _calls({"category": "spot"})] == [{"category": "spot"}]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"category": "linear"}, "needs account parameter(s) settle_coin for category 'linear'"),
        (  # one round of fixes is enough: what depends on the missing one is named with it
            {},
            "needs account parameter(s) category (params = {category = ...} in the config); "
            "settle_coin is needed too, per category (not for spot)",
        ),
        (
            {"category": ["linear", "spot"], "settle_coin": {"inverse": "BTC"}},
            "params.settle_coin has no entry for category 'linear' (it has 'inverse')",
        ),
        (
            {"category": "linear", "settle_coin": []},
            "params.settle_coin for category 'linear' is an empty list",
        ),
        (
            {"category": {"linear": "x"}, "settle_coin": "USDT"},
            "params.category is a table",
        ),
    ],
)
def test_what_cannot_be_right_is_refused_while_planning(
    params: dict[str, object], message: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match=re.escape(message)):
        plan_cancel([Account("bybit", params=params)])


def test_a_table_for_a_parameter_without_a_rule_is_refused() -> None:
    with pytest.raises(errors.ConfigurationError, match="takes one product_type for all calls"):
        plan_cancel([Account("bitget", params={"product_type": {"a": "USDT-FUTURES"}})])


_SPOT_FILTERS = ("Order", "tpslOrder", "StopOrder", "OcoOrder", "BidirectionalTpslOrder")


def test_spot_is_cancelled_once_per_order_filter_and_futures_without_one() -> None:
    """A rule on a fixed param (``orderFilter``, spot only) and a list of values (one cancel
    request per value): a spot cancel-all without orderFilter takes ``Order``s only (the page),
    while linear and inverse without it cancel every kind."""
    params: dict[str, object] = {"category": ["linear", "spot"], "settle_coin": "USDT"}
    calls = plan_cancel([Account("bybit", params=params)])
    linear, spot = calls
    assert linear.sweeps() == [{"category": "linear", "settle_coin": "USDT"}]
    assert spot.sweeps() == [{"category": "spot", "order_filter": f} for f in _SPOT_FILTERS]
    assert dict(spot.kwargs) == {"category": "spot"}  # one scope, one listing proves it
    assert spot.listing is not None and dict(spot.listing.kwargs) == {"category": "spot"}
    assert spot.describe().endswith("for each order_filter in " + ", ".join(_SPOT_FILTERS))


def test_the_dry_run_checks_and_shows_each_spot_cancel() -> None:
    from exchange_sdk.killswitch._preflight import preflight

    calls = plan_cancel([Account("bybit", params={"category": "spot"})])
    planned = [p for p in preflight(calls, {"bybit:default": "https://sim"}) if p.kind == "cancel"]
    assert [dict(p.kwargs) for p in planned] == [
        {"category": "spot", "order_filter": f} for f in _SPOT_FILTERS
    ]
