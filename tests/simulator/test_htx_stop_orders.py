"""The simulator's HTX trigger, take-profit/stop-loss and trailing orders, through the generated
client: a seeded order whose ``type`` names a book (``trigger``, ``tpsl``/``tp``/``sl``,
``track``) sits in that book of its margin mode. Only that book's v1 endpoints see it
(``swap[_cross]_{trigger,tpsl,track}_cancelall`` and ``..._openorders``); the ordinary v1 and v5
cancel-alls and listings and the ``linear-cancel-after`` countdown leave it, and each book's
endpoints leave the ordinary orders and the other books alone."""

from __future__ import annotations

import pytest
import raw_signing as rs

from exchange_sdk import HTX, errors
from exchange_sdk.simulator.pytest_plugin import SimAdmin

BOOKS = ("trigger", "tpsl", "track")


def _htx(sim: SimAdmin) -> HTX:
    client = HTX(api_key=rs.KEY, api_secret=rs.SECRET, base_url=sim.url, max_retries=0)
    client.rate_limiter = None
    return client


def _ids(orders: list[dict[str, object]]) -> set[str]:
    return {str(o["order_id"]) for o in orders}


def _seed_books(sim: SimAdmin, symbol: str = "BTC-USDT") -> dict[tuple[str, str], set[str]]:
    """Two orders per margin mode and book ("" = the ordinary book) on ``symbol``."""
    out: dict[tuple[str, str], set[str]] = {}
    for margin in ("cross", "isolated"):
        for book in ("", *BOOKS):
            fields: dict[str, object] = {"margin_mode": margin}
            if book:
                fields["type"] = book
            out[(margin, book)] = _ids(sim.seed_orders("htx", symbol, 2, **fields))
    return out


def test_the_ordinary_endpoints_leave_every_stop_book(exchange_sim: SimAdmin) -> None:
    seeded = _seed_books(exchange_sim)
    stops = set().union(*(ids for (_, book), ids in seeded.items() if book))
    client = _htx(exchange_sim)
    cross = client.futures.cross_open_orders(contract_code="BTC-USDT")
    assert {o.order_id_str for o in cross.orders} == seeded[("cross", "")]
    isolated = client.futures.isolated_open_orders(contract_code="BTC-USDT")
    assert {o.order_id_str for o in isolated.orders} == seeded[("isolated", "")]
    assert {o.order_id for o in client.futures.open_orders(limit=100)} == (
        seeded[("cross", "")] | seeded[("isolated", "")]
    )
    assert client.futures.cross_cancel_all(contract_code="BTC-USDT").successes
    assert client.futures.isolated_cancel_all(contract_code="BTC-USDT").successes
    assert exchange_sim.order_ids("htx") == stops
    with pytest.raises(errors.NothingToCancelError):
        client.futures.cancel_all_orders(contract_code="BTC-USDT")  # v5: none of its own left
    assert exchange_sim.order_ids("htx") == stops


@pytest.mark.parametrize("book", BOOKS)
@pytest.mark.parametrize("margin", ["cross", "isolated"])
def test_each_book_lists_and_cancels_only_its_own_orders(
    exchange_sim: SimAdmin, margin: str, book: str
) -> None:
    seeded = _seed_books(exchange_sim)
    other_contract = _ids(
        exchange_sim.seed_orders("htx", "ETH-USDT", margin_mode=margin, type=book)
    )
    mine = seeded[(margin, book)]
    client = _htx(exchange_sim)
    listing = getattr(client.futures, f"{margin}_{book}_open_orders")
    cancel = getattr(client.futures, f"{margin}_{book}_cancel_all")
    listed = listing(contract_code="BTC-USDT")
    assert {o.order_id_str for o in listed.orders} == mine
    assert (listed.total_size, listed.total_page, listed.current_page) == (2, 1, 1)
    assert all(o.contract_code == "BTC-USDT" for o in listed.orders)
    answer = cancel(contract_code="BTC-USDT")
    assert set(answer.successes.split(",")) == mine and not answer.errors
    assert exchange_sim.order_ids("htx") == (set().union(*seeded.values()) - mine) | other_contract
    with pytest.raises(errors.NothingToCancelError):  # 1051, as the ordinary cancel-alls
        cancel(contract_code="BTC-USDT")


def test_book_listings_page_and_cross_lists_every_contract(exchange_sim: SimAdmin) -> None:
    ids = _ids(exchange_sim.seed_orders("htx", "BTC-USDT", 3, margin_mode="cross", type="tpsl"))
    ids |= _ids(exchange_sim.seed_orders("htx", "ETH-USDT", 2, margin_mode="cross", type="sl"))
    client = _htx(exchange_sim)
    first = client.futures.cross_tpsl_open_orders(page_size=2)  # no contract: every one
    assert (first.total_size, first.total_page) == (5, 3)
    pages = [first] + [
        client.futures.cross_tpsl_open_orders(page_size=2, page_index=i) for i in (2, 3)
    ]
    assert {o.order_id_str for p in pages for o in p.orders} == ids
    kinds = {o.tpsl_order_type for p in pages for o in p.orders}
    assert kinds == {"tp", "sl"}
    # the isolated listing takes one contract: a required argument, nothing sent without it
    sent = len(exchange_sim.requests())
    with pytest.raises(TypeError, match="contract_code"):
        client.futures.isolated_tpsl_open_orders()  # type: ignore[call-arg]
    assert len(exchange_sim.requests()) == sent


def test_cancel_narrows_by_direction(exchange_sim: SimAdmin) -> None:
    buys = _ids(exchange_sim.seed_orders("htx", "BTC-USDT", 2, margin_mode="cross", type="trigger"))
    sells = _ids(
        exchange_sim.seed_orders(
            "htx", "BTC-USDT", 1, margin_mode="cross", type="trigger", side="sell"
        )
    )
    client = _htx(exchange_sim)
    answer = client.futures.cross_trigger_cancel_all(contract_code="BTC-USDT", direction="sell")
    assert set(answer.successes.split(",")) == sells
    assert exchange_sim.order_ids("htx") == buys


def test_a_refused_stop_order_is_in_the_answers_errors(exchange_sim: SimAdmin) -> None:
    ok = _ids(exchange_sim.seed_orders("htx", "BTC-USDT", 1, margin_mode="isolated", type="track"))
    stuck = _ids(
        exchange_sim.seed_orders("htx", "BTC-USDT", 1, margin_mode="isolated", type="track")
    )
    (stuck_id,) = stuck
    exchange_sim.fail_order(stuck_id, code="1061", message="This order doesnt exist.")
    answer = _htx(exchange_sim).futures.isolated_track_cancel_all(contract_code="BTC-USDT")
    assert set(answer.successes.split(",")) == ok
    assert [(e.order_id, e.err_code) for e in answer.errors or []] == [(stuck_id, 1061)]
    assert exchange_sim.order_ids("htx") == stuck


def test_the_countdown_leaves_the_stop_books(exchange_sim: SimAdmin) -> None:
    """linear-cancel-after's page says it cancels "all pending orders"; whether that includes
    untriggered trigger, TP/SL and trailing orders is not stated: the simulator's does not."""
    exchange_sim.manual_clock()
    seeded = _seed_books(exchange_sim)
    stops = set().union(*(ids for (_, book), ids in seeded.items() if book))
    _htx(exchange_sim).futures.cancel_after(on_off=1, time_out=5000)
    exchange_sim.advance(seconds=6)
    assert exchange_sim.order_ids("htx") == stops
