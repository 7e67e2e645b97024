"""The simulator's open-orders listings (BingX, HTX v5, Bitget, Gate: each exchange's paging)
and its markets: a symbol the exchange does not list gets the exchange's own error, as the real
exchanges answer, instead of being accepted; cancels that settle later (``cancel_lag_ms``)."""

from __future__ import annotations

import pytest
import raw_signing as rs

from exchange_sdk import HTX, BingX, Bitget, Gate, errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin


def _clients(sim: SimAdmin) -> tuple[BingX, HTX, Bitget, Gate]:
    common = {"api_key": rs.KEY, "api_secret": rs.SECRET, "base_url": sim.url, "max_retries": 0}
    out = (
        BingX(**common),  # type: ignore[arg-type]
        HTX(**common),  # type: ignore[arg-type]
        Bitget(passphrase=rs.PASSPHRASE, **common),  # type: ignore[arg-type]
        Gate(**common),  # type: ignore[arg-type]
    )
    for client in out:
        client.rate_limiter = None
    return out


def test_bingx_lists_every_open_order_or_one_symbol(exchange_sim: SimAdmin) -> None:
    btc = exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)
    exchange_sim.seed_orders("bingx", "ETH-USDT")
    bingx = _clients(exchange_sim)[0]
    listed = bingx.spot.open_orders(symbol="BTC-USDT").orders or []
    assert {str(o.order_id) for o in listed} == {str(o["order_id"]) for o in btc}
    assert all(o.status == "NEW" for o in listed)
    assert len(bingx.spot.open_orders().orders or []) == 3


def test_htx_pages_from_the_last_id(exchange_sim: SimAdmin) -> None:
    ids = [str(o["order_id"]) for o in exchange_sim.seed_orders("htx", "BTC-USDT", count=5)]
    htx = _clients(exchange_sim)[1]
    first = htx.futures.open_orders(limit=2, direct="next")
    assert [o.order_id for o in first] == ids[:2]
    second = htx.futures.open_orders(limit=2, direct="next", from_id=int(first[-1].id or 0))
    assert [o.order_id for o in second] == ids[2:4]
    assert len(htx.futures.open_orders()) == 5  # page size 10 by default


def test_bitget_pages_with_end_id_and_answers_null_when_empty(exchange_sim: SimAdmin) -> None:
    ids = [str(o["order_id"]) for o in exchange_sim.seed_orders("bitget", "BTCUSDT", count=3)]
    bitget = _clients(exchange_sim)[2]
    page = bitget.mix.pending_orders(product_type="USDT-FUTURES", limit=2)
    assert [o.order_id for o in page.entrusted_list or []] == ids[::-1][:2]  # newest first
    rest = bitget.mix.pending_orders(product_type="USDT-FUTURES", limit=2, id_less_than=page.end_id)
    assert [o.order_id for o in rest.entrusted_list or []] == ids[:1]
    assert bitget.mix.pending_orders(product_type="COIN-FUTURES").entrusted_list is None


def test_gate_lists_every_pair_and_pages_within_each(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("gate", "BTC_USDT", count=3)
    exchange_sim.seed_orders("gate", "ETH_USDT", count=1)
    gate = _clients(exchange_sim)[3]
    first = gate.spot.open_orders(limit=2)
    assert {p.currency_pair: len(p.orders or []) for p in first} == {"BTC_USDT": 2, "ETH_USDT": 1}
    second = gate.spot.open_orders(limit=2, page=2)
    assert {p.currency_pair: len(p.orders or []) for p in second} == {"BTC_USDT": 1}
    assert all(o.status == "open" for p in first for o in p.orders or [])


@pytest.mark.parametrize(
    ("exchange", "call", "code"),
    [
        ("bingx", lambda c: c.spot.cancel_open_orders(symbol="FOO-BAR"), "100400"),
        ("bingx", lambda c: c.spot.open_orders(symbol="FOO-BAR"), "100400"),
        ("htx", lambda c: c.futures.cancel_all_orders(contract_code="FOO-BAR"), "1014"),
        (
            "bitget",
            lambda c: c.mix.pending_orders(product_type="USDT-FUTURES", symbol="FOOBAR"),
            "40034",
        ),
        ("bitget", lambda c: c.spot.cancel_symbol_order(symbol="FOOBAR"), "40034"),
        ("bitget", lambda c: c.spot.unfilled_orders(symbol="FOOBAR"), "40034"),
        (
            "gate",
            lambda c: c.spot.cancel_all_orders(currency_pair="FOO_BAR"),
            "INVALID_CURRENCY_PAIR",
        ),
        (
            "gate",
            lambda c: c.spot.countdown_cancel_all(timeout=30, currency_pair="FOO_BAR"),
            "INVALID_CURRENCY_PAIR",
        ),
    ],
)
def test_a_symbol_the_exchange_does_not_list_gets_its_error(
    exchange_sim: SimAdmin, exchange: str, call: object, code: str
) -> None:
    client = dict(zip(("bingx", "htx", "bitget", "gate"), _clients(exchange_sim), strict=True))[
        exchange
    ]
    with pytest.raises(errors.APIError) as info:
        call(client)  # type: ignore[operator]
    assert info.value.code == code


def test_seeding_or_the_admin_api_lists_a_market(exchange_sim: SimAdmin) -> None:
    bingx = _clients(exchange_sim)[0]
    exchange_sim.add_market("bingx", "PEPE-USDT")
    assert bingx.spot.cancel_open_orders(symbol="PEPE-USDT").orders == []
    exchange_sim.seed_orders("bingx", "WIF-USDT")
    assert "WIF-USDT" in exchange_sim.markets()["bingx"]
    assert len(bingx.spot.cancel_open_orders(symbol="WIF-USDT").orders or []) == 1


def test_lagged_cancels_stay_listed_until_they_settle(exchange_sim: SimAdmin) -> None:
    exchange_sim.manual_clock()
    exchange_sim.configure(cancel_lag_ms=500)
    exchange_sim.seed_orders("bingx", "BTC-USDT", count=2)
    bingx = _clients(exchange_sim)[0]
    assert len(bingx.spot.cancel_open_orders(symbol="BTC-USDT").orders or []) == 2
    assert len(bingx.spot.open_orders(symbol="BTC-USDT").orders or []) == 2
    exchange_sim.advance(ms=500)
    assert bingx.spot.open_orders(symbol="BTC-USDT").orders == []
