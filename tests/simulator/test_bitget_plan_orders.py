"""The simulator's Bitget spot plan (trigger) orders, through the generated client: a spot order
seeded with a ``type`` naming a plan (``plan``, ``limit_plan``, ``market_plan``) is an
untriggered plan order. Only the plan-order endpoints see it: ``GET
/api/v2/spot/trade/current-plan-order`` lists it (one symbol or all, pages by ``idLessThan``)
and ``POST /api/v2/spot/trade/batch-cancel-plan-order`` cancels it. The ordinary spot listing
(``unfilled-orders``) does not show it, the ordinary spot cancel (``cancel-symbol-order``) and
the mix cancel-all leave it, and the plan endpoints leave ordinary spot and mix orders alone."""

from __future__ import annotations

import raw_signing as rs

from exchange_sdk import Bitget
from exchange_sdk.simulator.pytest_plugin import SimAdmin


def _bitget(sim: SimAdmin) -> Bitget:
    client = Bitget(
        api_key=rs.KEY,
        api_secret=rs.SECRET,
        passphrase=rs.PASSPHRASE,
        base_url=sim.url,
        max_retries=0,
    )
    client.rate_limiter = None
    return client


def _ids(orders: list[dict[str, object]]) -> set[str]:
    return {str(o["order_id"]) for o in orders}


def test_plan_orders_only_on_the_plan_endpoints(exchange_sim: SimAdmin) -> None:
    plans = _ids(exchange_sim.seed_orders("bitget", "BTCUSDT", 2, market="spot", type="plan"))
    plans |= _ids(
        exchange_sim.seed_orders(
            "bitget", "ETHUSDT", market="spot", type="market_plan", side="sell"
        )
    )
    spot = _ids(exchange_sim.seed_orders("bitget", "BTCUSDT", 2, market="spot"))
    mix = _ids(exchange_sim.seed_orders("bitget", "BTCUSDT", 1, product_type="USDT-FUTURES"))
    client = _bitget(exchange_sim)
    listed = client.spot_plan.current_plan_order()
    assert listed.order_list is not None
    assert {o.order_id for o in listed.order_list} == plans
    assert listed.next_flag is False
    sell = next(o for o in listed.order_list if o.side == "sell")
    assert (sell.symbol, sell.order_type, sell.status) == ("ETHUSDT", "market", "live")
    assert sell.trigger_price is not None
    one = client.spot_plan.current_plan_order(symbol="BTCUSDT").order_list
    assert one is not None and {o.symbol for o in one} == {"BTCUSDT"} and len(one) == 2
    # the ordinary spot listing shows no plan order, and its cancel leaves them
    assert {o.order_id for o in client.spot.unfilled_orders()} == spot
    client.spot.cancel_symbol_order(symbol="BTCUSDT")
    client.mix.cancel_all_orders(product_type="USDT-FUTURES")
    assert exchange_sim.order_ids("bitget") == plans
    # the batch cancel takes every plan order of the account and names each
    spot_again = _ids(exchange_sim.seed_orders("bitget", "SOLUSDT", 1, market="spot"))
    answer = client.spot_plan.batch_cancel_plan_order()
    assert answer.success_list is not None
    assert {o.order_id for o in answer.success_list} == plans
    assert answer.failure_list == []
    assert exchange_sim.order_ids("bitget") == spot_again
    assert mix  # cancelled above by the mix cancel-all, not by the plan cancel


def test_plan_listing_pages_newest_first_by_id_less_than(exchange_sim: SimAdmin) -> None:
    plans = _ids(exchange_sim.seed_orders("bitget", "BTCUSDT", 25, market="spot", type="plan"))
    client = _bitget(exchange_sim)
    first = client.spot_plan.current_plan_order()  # the page's default: 20
    assert first.order_list is not None and len(first.order_list) == 20
    assert first.next_flag is True
    ids = [int(o.order_id) for o in first.order_list]
    assert ids == sorted(ids, reverse=True)
    assert first.id_less_than == first.order_list[-1].order_id
    rest = client.spot_plan.current_plan_order(id_less_than=first.order_list[-1].order_id)
    assert rest.order_list is not None and rest.next_flag is False
    assert {o.order_id for o in first.order_list} | {o.order_id for o in rest.order_list} == plans
    small = client.spot_plan.current_plan_order(limit=3)
    assert small.order_list is not None and len(small.order_list) == 3


def test_a_plan_order_that_will_not_cancel_is_in_the_failure_list(exchange_sim: SimAdmin) -> None:
    plans = _ids(exchange_sim.seed_orders("bitget", "BTCUSDT", 2, market="spot", type="plan"))
    (stuck,) = _ids(exchange_sim.seed_orders("bitget", "ETHUSDT", market="spot", type="plan"))
    exchange_sim.fail_order(stuck, code="43001", message="plan order cannot be cancelled")
    answer = _bitget(exchange_sim).spot_plan.batch_cancel_plan_order()
    assert answer.success_list is not None and answer.failure_list is not None
    assert {o.order_id for o in answer.success_list} == plans
    assert [(o.order_id, o.error_msg) for o in answer.failure_list] == [
        (stuck, "plan order cannot be cancelled")
    ]
    assert exchange_sim.order_ids("bitget") == {stuck}
