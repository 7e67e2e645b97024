"""HTX account modes: the panic asks the exchange (``/v5/account/asset_mode``) when an account
does not say its mode, then sends the v5 calls (multi-asset) or the v1 cross and isolated calls
(single-asset: one cancel per contract the listing finds when no markets are configured);
when the exchange cannot be asked, the calls of every mode. The simulator serves every endpoint
to every account (HTX does not document what the wrong mode's endpoints answer), so the
request log shows which endpoints the kill switch chose."""

from __future__ import annotations

import asyncio

import pytest
from killswitch_helpers import KEY, PASSPHRASE, SECRET, account, open_ids

from exchange_sdk.killswitch import (
    Account,
    DeadMansSwitch,
    aopen_orders,
    apanic,
    build_client,
    open_orders,
    panic,
)
from exchange_sdk.simulator.pytest_plugin import SimAdmin

pytestmark = pytest.mark.usefixtures("all_simulated")

V5 = {"futures.cancel_all_orders", "futures.open_orders"}
V1 = {
    "futures.cross_cancel_all",
    "futures.isolated_cancel_all",
    "futures.cross_open_orders",
    "futures.isolated_open_orders",
}


def _htx(url: str, *, markets: tuple[str, ...] = (), asynchronous: bool = False) -> Account:
    client = build_client(
        "htx",
        asynchronous=asynchronous,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE,
        base_url=url,
        max_retries=0,
    )
    client.rate_limiter = None
    return Account("htx", client, label="main", markets=markets)  # mode: asked


def _single_asset(sim: SimAdmin) -> set[str]:
    """The test key in single-asset mode, with cross and isolated orders on two contracts."""
    sim.add_account(KEY, SECRET, PASSPHRASE, asset_mode=0)
    ids: set[str] = set()
    for symbol in ("BTC-USDT", "ETH-USDT"):
        for margin_mode in ("cross", "isolated"):
            orders = sim.seed_orders("htx", symbol, count=2, margin_mode=margin_mode)
            ids |= {str(o["order_id"]) for o in orders}
    return ids


def _operations(sim: SimAdmin) -> list[str]:
    return [r["operation"] for r in sim.requests() if r["exchange"] == "htx"]


def test_multi_asset_account_is_asked_then_uses_v5(exchange_sim: SimAdmin) -> None:
    exchange_sim.seed_orders("htx", "BTC-USDT", count=3)
    report = panic([_htx(exchange_sim.url, markets=("BTC-USDT",))])
    assert report.ok and report.flat, str(report)
    ops = _operations(exchange_sim)
    assert ops[0] == "futures.asset_mode"
    assert set(ops[1:]) == V5
    assert open_ids(exchange_sim, "htx") == set()


# The isolated trigger, TP/SL and trailing listings take one contract a call: an account that
# names no markets cannot have them listed (test_htx_stop_orders.py covers them with markets)
ISOLATED_BOOKS = {
    "futures.isolated_trigger_cancel_all",
    "futures.isolated_tpsl_cancel_all",
    "futures.isolated_track_cancel_all",
}


def test_single_asset_account_cancels_cross_and_isolated_per_listed_contract(
    exchange_sim: SimAdmin,
) -> None:
    seeded = _single_asset(exchange_sim)
    report = panic([_htx(exchange_sim.url)])
    assert open_ids(exchange_sim, "htx") == set()
    cancelled = {i for r in report.results for i in r.cancelled}
    assert cancelled == seeded
    ops = _operations(exchange_sim)
    assert ops[0] == "futures.asset_mode" and not set(ops) & V5
    # no market configured: the listing first, then one cancel per contract it found
    assert ops.count("futures.cross_cancel_all") == 2
    assert ops.count("futures.isolated_cancel_all") == 2
    bodies = [r for r in exchange_sim.requests() if r["operation"] == "futures.cross_cancel_all"]
    assert all(r["status"] == 200 for r in bodies)
    # every other scope is flat; the isolated stop-order books could not be listed: not flat,
    # the reason named, and nothing of theirs sent
    failed = {r.operation for r in report.results if not r.ok}
    assert failed == ISOLATED_BOOKS, str(report)
    assert all(r.flat for r in report.results if r.operation not in ISOLATED_BOOKS)
    assert not report.ok and not report.flat
    assert "name the account's markets" in str(report)
    assert not set(ops) & ISOLATED_BOOKS
    assert not {o.replace("cancel_all", "open_orders") for o in ISOLATED_BOOKS} & set(ops)


def test_single_asset_account_with_markets_cancels_them_directly(exchange_sim: SimAdmin) -> None:
    _single_asset(exchange_sim)
    report = panic([_htx(exchange_sim.url, markets=("BTC-USDT",))])
    assert report.ok and report.flat, str(report)
    left = {o["symbol"] for o in exchange_sim.orders(exchange="htx")}
    assert left == {"ETH-USDT"}  # outside the account's markets
    ops = _operations(exchange_sim)
    assert ops.count("futures.cross_cancel_all") == 1
    assert ops.count("futures.isolated_cancel_all") == 1


def test_configured_mode_is_not_asked(exchange_sim: SimAdmin) -> None:
    _single_asset(exchange_sim)
    report = panic([account(exchange_sim.url, "htx", htx_mode="single-asset")])
    assert report.ok and report.flat, str(report)
    assert "futures.asset_mode" not in _operations(exchange_sim)


def test_mode_unknown_sends_the_calls_of_every_mode(exchange_sim: SimAdmin) -> None:
    seeded = _single_asset(exchange_sim)
    exchange_sim.request(
        "POST", "faults", {"kind": "status", "status": 503, "operation": "futures.asset_mode"}
    )
    report = panic([_htx(exchange_sim.url, markets=("BTC-USDT", "ETH-USDT"))])
    assert report.flat, str(report)
    assert open_ids(exchange_sim, "htx") == set()
    ops = set(_operations(exchange_sim))
    assert ops >= V5 | {"futures.cross_cancel_all", "futures.isolated_cancel_all"}
    assert {i for r in report.results for i in r.cancelled} == seeded


def test_mode_is_remembered_per_client(exchange_sim: SimAdmin) -> None:
    _single_asset(exchange_sim)
    htx = _htx(exchange_sim.url)
    panic([htx])
    panic([htx])
    assert _operations(exchange_sim).count("futures.asset_mode") == 1


def test_open_orders_asks_the_mode_too(exchange_sim: SimAdmin) -> None:
    seeded = _single_asset(exchange_sim)
    listed = open_orders([_htx(exchange_sim.url)])
    assert {o.order_id for part in listed for o in part} == seeded
    ops = set(_operations(exchange_sim))
    assert "futures.asset_mode" in ops and not ops & V5
    # the isolated stop-order books need a contract: their lists carry the reason, unsent
    failed = {part.operation: part.error for part in listed if not part.ok}
    assert set(failed) == {o.replace("cancel_all", "open_orders") for o in ISOLATED_BOOKS}
    assert all("name the account's markets" in str(e) for e in failed.values())
    assert not set(failed) & ops


def test_async_panic_and_listing_ask_the_mode(exchange_sim: SimAdmin) -> None:
    seeded = _single_asset(exchange_sim)

    async def go() -> tuple[set[str], bool]:
        listed = await aopen_orders([_htx(exchange_sim.url, asynchronous=True)])
        report = await apanic([_htx(exchange_sim.url, asynchronous=True)])
        return {o.order_id for part in listed for o in part}, report.flat

    listed, flat = asyncio.run(go())
    assert listed == seeded and not flat  # the isolated stop-order books: no markets named
    assert open_ids(exchange_sim, "htx") == set()


def test_switch_arms_htx_natively_in_single_asset_mode(exchange_sim: SimAdmin) -> None:
    exchange_sim.add_account(KEY, SECRET, PASSPHRASE, asset_mode=0)
    with DeadMansSwitch([_htx(exchange_sim.url, markets=("BTC-USDT",))], timeout=60) as switch:
        kinds = {t.kind for t in switch.status().targets}
    assert kinds == {"native"}
    assert "futures.cancel_after" in _operations(exchange_sim)


def test_switch_watches_htx_in_multi_asset_mode(exchange_sim: SimAdmin) -> None:
    with DeadMansSwitch([_htx(exchange_sim.url, markets=("BTC-USDT",))], timeout=60) as switch:
        kinds = {t.kind for t in switch.status().targets}
    assert kinds == {"watchdog"}  # no v5 countdown is specified: the watchdog protects it
    assert "futures.cancel_after" not in _operations(exchange_sim)
