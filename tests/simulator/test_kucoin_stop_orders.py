"""The simulator's KuCoin untriggered stop orders, through the generated client: a seeded order
whose ``type`` names a stop (``limit_stop``, ``market_stop``) is a stop order of its market.
Only the stop-order endpoints see it: spot ``GET /api/v1/stop-order`` and ``DELETE
/api/v1/stop-order/cancel``, futures ``GET`` and ``DELETE /api/v1/stopOrders``. The ordinary
listings (spot HF's symbols and active orders, futures ``status=active``) do not show it, the
ordinary cancel-alls and the spot DCP do not cancel it, and the stop-order endpoints leave the
ordinary orders alone."""

from __future__ import annotations

import raw_signing as rs

from exchange_sdk import KuCoin
from exchange_sdk.simulator.pytest_plugin import SimAdmin


def _kucoin(sim: SimAdmin) -> KuCoin:
    client = KuCoin(
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


def test_futures_stop_orders_only_on_the_stop_order_endpoints(exchange_sim: SimAdmin) -> None:
    stops = _ids(
        exchange_sim.seed_orders("kucoin", "XBTUSDTM", 2, market="futures", type="limit_stop")
    )
    stops |= _ids(
        exchange_sim.seed_orders(
            "kucoin", "ETHUSDTM", market="futures", type="market_stop", side="sell"
        )
    )
    ordinary = _ids(exchange_sim.seed_orders("kucoin", "XBTUSDTM", 2, market="futures"))
    spot_stop = _ids(exchange_sim.seed_orders("kucoin", "BTC-USDT", type="limit_stop"))
    client = _kucoin(exchange_sim)
    listed = client.futures.get_stop_order_list()
    assert {o.id for o in listed.items} == stops
    assert listed.total_num == 3 and listed.total_page == 1
    sell = next(o for o in listed.items if o.side == "sell")
    assert (sell.type, sell.stop, sell.stop_price_type) == ("market", "down", "TP")
    assert sell.stop_price is not None and not sell.stop_triggered
    assert {o.id for o in client.futures.get_order_list(status="active").items} == ordinary
    assert {o.id for o in client.futures.get_stop_order_list(type="market").items} == stops - {
        o.id for o in listed.items if o.type == "limit"
    }
    # the per-contract cancel-all leaves the contract's stop orders
    assert set(client.futures.cancel_all_orders(symbol="XBTUSDTM").cancelled_order_ids) == ordinary
    assert exchange_sim.order_ids("kucoin") == stops | spot_stop
    # without a symbol the stop-order cancel takes every contract's, and no spot stop order
    assert set(client.futures.cancel_all_stop_orders().cancelled_order_ids) == stops
    assert exchange_sim.order_ids("kucoin") == spot_stop
    assert client.futures.get_stop_order_list().items == []


def test_futures_stop_order_list_pages(exchange_sim: SimAdmin) -> None:
    stops = _ids(
        exchange_sim.seed_orders("kucoin", "XBTUSDTM", 5, market="futures", type="limit_stop")
    )
    client = _kucoin(exchange_sim)
    pages = [client.futures.get_stop_order_list(page_size=2, current_page=n) for n in (1, 2, 3)]
    assert [p.total_page for p in pages] == [3, 3, 3]
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert {o.id for p in pages for o in p.items} == stops
    one = client.futures.get_stop_order_list(symbol="ETHUSDTM")
    assert one.items == [] and one.total_num == 0


def test_spot_stop_orders_only_on_the_stop_order_endpoints(exchange_sim: SimAdmin) -> None:
    btc = _ids(exchange_sim.seed_orders("kucoin", "BTC-USDT", 2, type="limit_stop"))
    eth = _ids(exchange_sim.seed_orders("kucoin", "ETH-USDT", type="market_stop", side="sell"))
    hf = _ids(exchange_sim.seed_orders("kucoin", "SOL-USDT", 2))
    futures_stop = _ids(
        exchange_sim.seed_orders("kucoin", "XBTUSDTM", market="futures", type="limit_stop")
    )
    client = _kucoin(exchange_sim)
    listed = client.spot.get_stop_orders_list()
    assert {o.id for o in listed.items} == btc | eth
    sell = next(o for o in listed.items if o.side == "sell")
    assert (sell.type, sell.stop, sell.status, sell.trade_type) == (
        "market",
        "loss",
        "NEW",
        "TRADE",
    )
    assert {o.id for o in client.spot.get_stop_orders_list(symbol="BTC-USDT").items} == btc
    assert client.spot.get_stop_orders_list(trade_type="MARGIN_TRADE").items == []
    # HF's listings and cancel-all do not see them
    assert client.spot.get_symbols_with_open_order().symbols == ["SOL-USDT"]
    assert list(client.spot.get_open_orders(symbol="BTC-USDT").root) == []
    client.spot.cancel_all_orders()
    assert exchange_sim.order_ids("kucoin") == btc | eth | futures_stop
    assert hf
    # orderIds narrows the batch cancel; without it every symbol's go, futures' stay
    (first, *_) = sorted(btc)
    cancelled = client.spot.batch_cancel_stop_orders(order_ids=first, trade_type="TRADE")
    assert cancelled.cancelled_order_ids == [first]
    assert client.spot.batch_cancel_stop_orders(trade_type="MARGIN_TRADE").cancelled_order_ids == []
    rest = client.spot.batch_cancel_stop_orders(trade_type="TRADE")
    assert set(rest.cancelled_order_ids) == (btc | eth) - {first}
    assert exchange_sim.order_ids("kucoin") == futures_stop


def test_spot_stop_orders_list_pages(exchange_sim: SimAdmin) -> None:
    stops = _ids(exchange_sim.seed_orders("kucoin", "BTC-USDT", 12, type="limit_stop"))
    client = _kucoin(exchange_sim)
    first = client.spot.get_stop_orders_list(page_size=10)
    second = client.spot.get_stop_orders_list(page_size=10, current_page=2)
    assert (first.total_num, first.total_page, len(first.items), len(second.items)) == (
        12,
        2,
        10,
        2,
    )
    assert {o.id for o in [*first.items, *second.items]} == stops


def test_a_refused_stop_order_stays_and_is_not_named(exchange_sim: SimAdmin) -> None:
    (stuck, gone) = exchange_sim.seed_orders("kucoin", "BTC-USDT", 2, type="limit_stop")
    exchange_sim.fail_order(stuck["order_id"], code="400100", message="cannot cancel")
    client = _kucoin(exchange_sim)
    assert client.spot.batch_cancel_stop_orders().cancelled_order_ids == [str(gone["order_id"])]
    assert exchange_sim.order_ids("kucoin") == {str(stuck["order_id"])}
    assert [o.id for o in client.spot.get_stop_orders_list().items] == [str(stuck["order_id"])]


def test_the_spot_dcp_leaves_stop_orders(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    stops = _ids(exchange_sim.seed_orders("kucoin", "BTC-USDT", 2, type="limit_stop"))
    exchange_sim.seed_orders("kucoin", "BTC-USDT", 2)
    _kucoin(exchange_sim).spot.set_dcp(timeout=5)
    exchange_sim.advance(seconds=5)
    assert exchange_sim.order_ids("kucoin") == stops
