"""The simulator's behaviour for the kill switch endpoints added with the `killswitch:` specs:
Gate DELETE /spot/orders (cancel all, one pair or every pair) and HTX's v1 linear-cancel-after
(a countdown on the simulator's clock that cancels every futures order when it ends), driven
through the generated clients and through the generated kill switch tables."""

from __future__ import annotations

import json

import pytest
import raw_signing as rs

from exchange_sdk import HTX, Gate, errors
from exchange_sdk._killswitch_specs import CANCEL_ALL, COUNTDOWNS
from exchange_sdk.simulator.pytest_plugin import SimAdmin


def gate(sim: SimAdmin) -> Gate:
    client = Gate(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


def htx(sim: SimAdmin) -> HTX:
    client = HTX(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


# -- Gate DELETE /spot/orders -------------------------------------------------------------


def test_gate_cancel_all_orders_one_pair_returns_them_cancelled(exchange_sim: SimAdmin) -> None:
    btc = {o["order_id"] for o in exchange_sim.seed_orders("gate", "BTC_USDT", count=2)}
    eth = {o["order_id"] for o in exchange_sim.seed_orders("gate", "ETH_USDT")}
    other_exchange = {o["order_id"] for o in exchange_sim.seed_orders("bingx", "BTC-USDT")}
    result = gate(exchange_sim).spot.cancel_all_orders(currency_pair="BTC_USDT")
    assert {o.id for o in result} == btc
    assert all(o.succeeded and o.status == "cancelled" for o in result)
    assert exchange_sim.order_ids("gate") == eth
    assert exchange_sim.order_ids("bingx") == other_exchange


def test_gate_cancel_all_orders_every_pair_and_side_filter(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("gate", "BTC_USDT", side="buy")
    sell = {o["order_id"] for o in exchange_sim.seed_orders("gate", "ETH_USDT", side="sell")}
    client = gate(exchange_sim)
    assert len(client.spot.cancel_all_orders(side="buy")) == 1
    assert exchange_sim.order_ids("gate") == sell
    assert {o.id for o in client.spot.cancel_all_orders()} == sell
    assert exchange_sim.order_ids("gate") == set()
    assert len(client.spot.cancel_all_orders()) == 0  # nothing left: an empty list, no error


def test_gate_cancel_all_orders_reports_a_failed_cancel_per_order(exchange_sim: SimAdmin) -> None:
    (stuck,) = exchange_sim.seed_orders("gate", "BTC_USDT")
    exchange_sim.fail_order(stuck["order_id"], code="ORDER_NOT_FOUND", message="gone")
    (order,) = gate(exchange_sim).spot.cancel_all_orders(currency_pair="BTC_USDT")
    assert (order.succeeded, order.label, order.message) == (False, "ORDER_NOT_FOUND", "gone")
    assert exchange_sim.order_ids("gate") == {stuck["order_id"]}


def test_gate_cancel_all_orders_checks_action_mode_and_sends_the_query(
    exchange_sim: SimAdmin,
) -> None:
    client = gate(exchange_sim)
    with pytest.raises(errors.ValidationError):
        client.spot.cancel_all_orders(action_mode="LOUD")  # type: ignore[arg-type]
    result = client.spot.cancel_all_orders(currency_pair="BTC_USDT", action_mode="ACK")
    assert result.raw_response.status == 200
    assert exchange_sim.requests()[-1]["method"] == "DELETE"


# -- HTX linear-cancel-after --------------------------------------------------------------


def test_htx_cancel_after_fires_on_the_manual_clock(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock(now_ms=1_700_000_000_000)
    futures = {o["order_id"] for o in exchange_sim.seed_orders("htx", "BTC-USDT", count=2)}
    futures |= {o["order_id"] for o in exchange_sim.seed_orders("htx", "ETH-USDT")}
    spot = {o["order_id"] for o in exchange_sim.seed_orders("gate", "BTC_USDT")}
    result = htx(exchange_sim).futures.cancel_after(on_off=1, time_out=8000)
    assert (result.current_time, result.trigger_time) == (1_700_000_000_000, 1_700_000_008_000)
    body = json.loads(result.raw_response.body)
    assert set(body) == {"code", "msg", "ts", "data"}  # v1's shape, not v5's message
    exchange_sim.advance(7999)
    assert exchange_sim.order_ids("htx") == futures
    exchange_sim.advance(1)
    assert exchange_sim.order_ids("htx") == set()
    assert exchange_sim.order_ids("gate") == spot
    assert exchange_sim.countdowns() == []


def test_htx_cancel_after_default_timeout_rearm_and_disarm(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    orders = {o["order_id"] for o in exchange_sim.seed_orders("htx", "BTC-USDT")}
    client = htx(exchange_sim)
    client.futures.cancel_after(on_off=1)  # the page's default: 5000 ms
    exchange_sim.advance(4000)
    client.futures.cancel_after(on_off=1)  # restarts the countdown
    exchange_sim.advance(4000)
    assert exchange_sim.order_ids("htx") == orders
    client.futures.cancel_after(on_off=0)
    assert exchange_sim.countdowns() == []
    exchange_sim.advance(60_000)
    assert exchange_sim.order_ids("htx") == orders


def test_htx_cancel_after_rejects_a_short_timeout_before_sending(exchange_sim: SimAdmin) -> None:
    with pytest.raises(errors.ValidationError) as info:
        htx(exchange_sim).futures.cancel_after(on_off=1, time_out=4999)
    assert info.value.argument == "time_out"
    assert exchange_sim.requests() == []


def test_htx_cancel_after_parameter_error_reaches_the_sdk_typed(exchange_sim: SimAdmin) -> None:
    """The simulator checks the range too: a raw request below 5000 ms gets HTX's input error."""
    host = exchange_sim.url.split("://")[1]
    raw = rs.htx("/linear-swap-api/v1/linear-cancel-after", {"on_off": 1, "time_out": 10}, host)
    body = raw.send(exchange_sim.url).json()
    assert str(body["code"]) == "1030" and "time_out" in str(body.get("message"))


# -- the kill switch tables against the simulator -----------------------------------------


def test_every_table_entry_names_a_real_method_and_keywords() -> None:
    import inspect

    clients = {"gate": Gate, "htx": HTX}
    entries: list[tuple[str, str, str, set[str]]] = [
        (s.exchange, s.group, s.method, {*s.account_kwargs, s.market_kwarg or s.method})
        for specs in CANCEL_ALL.values()
        for s in specs
    ] + [
        (c.exchange, c.group, c.method, {c.timeout_kwarg, *c.arm, *c.disarm})
        for specs in COUNTDOWNS.values()
        for c in specs
    ]
    for exchange, group, name, used in entries:
        if exchange not in clients:
            continue
        client = clients[exchange](api_key="k", api_secret="s")
        method = getattr(getattr(client, group), name)
        names = {*inspect.signature(method).parameters, name}
        assert used <= names, (exchange, name)


def test_htx_countdown_entry_is_in_milliseconds() -> None:
    (spec,) = COUNTDOWNS["htx"]
    assert (spec.method, spec.unit, spec.min_timeout, spec.max_timeout) == (
        "cancel_after",
        "ms",
        5.0,
        None,
    )
    assert spec.wire_timeout(30) == 30_000 and spec.wire_timeout(5.0001) == 5001
    assert (dict(spec.arm), dict(spec.disarm)) == ({"on_off": 1}, {"on_off": 0})
    assert hash(spec) == hash(spec._replace())
