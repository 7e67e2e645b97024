"""The simulator's Gate price-triggered orders, through the generated client: a seeded order whose
``type`` names a trigger (``limit_trigger``, ``market_trigger``) is an untriggered
price-triggered order of its market. Only the price-order endpoints see it: spot ``GET`` and
``DELETE /spot/price_orders``, futures ``GET`` and ``DELETE /futures/{settle}/price_orders``.
The ordinary listings do not show it, the ordinary cancel-alls and both countdowns do not cancel
it, and the price-order endpoints leave the ordinary orders alone."""

from __future__ import annotations

from decimal import Decimal

import pytest
import raw_signing as rs

from exchange_sdk import Gate, errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin


def _gate(sim: SimAdmin) -> Gate:
    client = Gate(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


def _ids(orders: list[dict[str, object]]) -> set[str]:
    return {str(o["order_id"]) for o in orders}


def test_futures_price_orders_only_on_the_price_order_endpoints(exchange_sim: SimAdmin) -> None:
    triggers = _ids(
        exchange_sim.seed_orders("gate", "BTC_USDT", 2, market="futures", type="limit_trigger")
    )
    triggers |= _ids(
        exchange_sim.seed_orders(
            "gate", "ETH_USDT", market="futures", type="market_trigger", side="sell"
        )
    )
    ordinary = _ids(exchange_sim.seed_orders("gate", "BTC_USDT", 2, market="futures"))
    spot_trigger = _ids(exchange_sim.seed_orders("gate", "BTC_USDT", type="limit_trigger"))
    client = _gate(exchange_sim)
    listed = client.futures.list_price_triggered_orders(settle="usdt", status="open")
    assert {str(o.id) for o in listed} == triggers
    sell = next(o for o in listed if o.initial.size is not None and o.initial.size < 0)
    assert (sell.initial.contract, sell.initial.tif) == ("ETH_USDT", "ioc")
    assert sell.initial.price == Decimal("0")  # a market order's price
    assert sell.trigger is not None and sell.trigger.price == Decimal("100")
    assert sell.status == "open"
    assert client.futures.list_price_triggered_orders(settle="usdt", status="finished").root == []
    btc = client.futures.list_price_triggered_orders(
        settle="usdt", status="open", contract="BTC_USDT"
    )
    assert {o.initial.contract for o in btc} == {"BTC_USDT"} and len(btc) == 2
    open_ = client.futures.list_orders(settle="usdt", status="open")
    assert {str(o.id) for o in open_} == ordinary
    # the per-contract ordinary cancel-all leaves the contract's price-triggered orders
    done = client.futures.cancel_all_orders(settle="usdt", contract="BTC_USDT")
    assert {str(o.id) for o in done} == ordinary
    assert exchange_sim.order_ids("gate") == triggers | spot_trigger
    # without a contract the price-order cancel takes every contract's, and no spot one
    cancelled = client.futures.cancel_price_triggered_order_list(settle="usdt")
    assert {str(o.id) for o in cancelled} == triggers
    assert {(o.status, o.finish_as) for o in cancelled} == {("finished", "cancelled")}
    assert exchange_sim.order_ids("gate") == spot_trigger
    assert client.futures.list_price_triggered_orders(settle="usdt", status="open").root == []


def test_futures_price_order_listing_pages_by_offset(exchange_sim: SimAdmin) -> None:
    triggers = _ids(
        exchange_sim.seed_orders("gate", "BTC_USDT", 5, market="futures", type="limit_trigger")
    )
    client = _gate(exchange_sim)
    pages = [
        client.futures.list_price_triggered_orders(
            settle="usdt", status="open", limit=2, offset=offset
        )
        for offset in (0, 2, 4)
    ]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert {str(o.id) for p in pages for o in p} == triggers


def test_futures_price_order_cancel_of_an_unknown_contract_is_refused(
    exchange_sim: SimAdmin,
) -> None:
    exchange_sim.seed_orders("gate", "BTC_USDT", market="futures", type="limit_trigger")
    with pytest.raises(errors.APIError) as info:
        _gate(exchange_sim).futures.cancel_price_triggered_order_list(
            settle="usdt", contract="NOPE_USDT"
        )
    assert info.value.code == "CONTRACT_NOT_FOUND"
    assert len(exchange_sim.orders("gate")) == 1


def test_spot_price_orders_only_on_the_price_order_endpoints(exchange_sim: SimAdmin) -> None:
    triggers = _ids(exchange_sim.seed_orders("gate", "BTC_USDT", 2, type="limit_trigger"))
    triggers |= _ids(
        exchange_sim.seed_orders("gate", "ETH_USDT", type="market_trigger", side="sell")
    )
    ordinary = _ids(exchange_sim.seed_orders("gate", "BTC_USDT", 2))
    futures_trigger = _ids(
        exchange_sim.seed_orders("gate", "BTC_USDT", market="futures", type="limit_trigger")
    )
    client = _gate(exchange_sim)
    listed = client.spot.list_price_triggered_orders(status="open")
    assert {str(o.id) for o in listed} == triggers
    sell = next(o for o in listed if o.market == "ETH_USDT")
    assert sell.put is not None and (sell.put.type, sell.put.side) == ("market", "sell")
    assert sell.put.account == "normal" and sell.status == "open"
    assert {
        o.market for o in client.spot.list_price_triggered_orders(status="open", market="BTC_USDT")
    } == {"BTC_USDT"}
    # the simulator keeps classic-account price orders only
    assert client.spot.list_price_triggered_orders(status="open", account="unified").root == []
    assert {str(o.id) for p in client.spot.open_orders() for o in p.orders or []} == ordinary
    # the ordinary cancel-all (every pair) leaves the price-triggered orders
    assert {str(o.id) for o in client.spot.cancel_all_orders()} == ordinary
    assert exchange_sim.order_ids("gate") == triggers | futures_trigger
    # one market, then the rest
    btc = client.spot.cancel_price_triggered_order_list(market="BTC_USDT")
    assert {o.market for o in btc} == {"BTC_USDT"} and len(btc) == 2
    rest = client.spot.cancel_price_triggered_order_list()
    assert {str(o.id) for o in [*btc, *rest]} == triggers
    assert {o.status for o in rest} == {"cancelled"}
    assert exchange_sim.order_ids("gate") == futures_trigger
    assert client.spot.list_price_triggered_orders(status="open").root == []


def test_a_refused_price_order_stays_and_is_not_named(exchange_sim: SimAdmin) -> None:
    (stuck, gone) = exchange_sim.seed_orders("gate", "BTC_USDT", 2, type="limit_trigger")
    exchange_sim.fail_order(stuck["order_id"], code="ORDER_NOT_FOUND", message="cannot cancel")
    client = _gate(exchange_sim)
    assert [str(o.id) for o in client.spot.cancel_price_triggered_order_list()] == [
        str(gone["order_id"])
    ]
    assert exchange_sim.order_ids("gate") == {str(stuck["order_id"])}
    listed = client.spot.list_price_triggered_orders(status="open")
    assert [str(o.id) for o in listed] == [str(stuck["order_id"])]


@pytest.mark.parametrize("market", ["spot", "futures"])
def test_the_countdown_leaves_price_orders(exchange_sim: SimAdmin, market: str) -> None:
    exchange_sim.manual_clock()
    triggers = _ids(
        exchange_sim.seed_orders("gate", "BTC_USDT", 2, market=market, type="limit_trigger")
    )
    exchange_sim.seed_orders("gate", "BTC_USDT", 2, market=market)
    client = _gate(exchange_sim)
    if market == "spot":
        client.spot.countdown_cancel_all(timeout=5)
    else:
        client.futures.countdown_cancel_all(settle="usdt", timeout=5)
    exchange_sim.advance(seconds=5)
    assert exchange_sim.order_ids("gate") == triggers
