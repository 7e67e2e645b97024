"""Gate's price-triggered orders through the kill switch as a trader runs it: ``exchange-sdk``
subprocesses (exit codes checked) against ``exchange-sdk simulate``, a TOML accounts file with
``exchange = "gate"`` (``params = {settle = "usdt"}`` for USDT-settled futures), orders seeded
through the admin API (``type: limit_trigger`` / ``market_trigger``: an untriggered
price-triggered order, which the ordinary cancel-alls, listings and countdowns leave alone).

- ``panic`` also sends spot ``DELETE /spot/price_orders`` and futures ``DELETE
  /futures/usdt/price_orders`` (one account-wide call each: neither needs a market), each proven
  by its own listing (``GET .../price_orders?status=open``), and exits 0 flat; also when the
  cancels settle later (listed again until flat);
- a price-triggered order the exchange refuses to cancel keeps the exit code 1 and is the one
  open order named (spot and futures);
- the dry run shows both price-order endpoints.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from test_end_to_end import _url, panic_json, simulator

from exchange_sdk.simulator import AdminClient

__all__ = ["simulator"]

ENV = {**os.environ, "GT_KEY": "test-key", "GT_SECRET": "test-secret"}
SPOT_OP = "spot.cancel_price_triggered_order_list"
FUTURES_OP = "futures.cancel_price_triggered_order_list"


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _toml(url: str, groups: tuple[str, ...] = (), markets: tuple[str, ...] = ()) -> str:
    lines = ["[[account]]", 'exchange = "gate"', 'label = "main"', f'base_url = "{url}"']
    lines += ['api_key_env = "GT_KEY"', 'api_secret_env = "GT_SECRET"']
    lines.append('params = {settle = "usdt"}')
    if groups:
        lines.append("groups = [" + ", ".join(f'"{g}"' for g in groups) + "]")
    if markets:
        lines.append("markets = [" + ", ".join(f'"{m}"' for m in markets) + "]")
    return "\n".join(lines) + "\n"


def _panic(
    tmp_path: Path,
    sim: AdminClient,
    groups: tuple[str, ...] = (),
    markets: tuple[str, ...] = (),
    *extra: str,
) -> tuple[int, dict[str, Any], str]:
    config = tmp_path / "accounts.toml"
    config.write_text(_toml(_url(sim), groups, markets))
    return panic_json(config, ENV, *extra)


def _ids(orders: list[dict[str, Any]]) -> set[str]:
    return {str(o["order_id"]) for o in orders}


def _seed_ordinary(sim: AdminClient) -> tuple[set[str], set[str]]:
    """Ordinary orders: spot on two pairs, futures on two contracts (their ids)."""
    spot = [*sim.seed_orders("gate", "BTC_USDT", 2), *sim.seed_orders("gate", "ETH_USDT", 1)]
    futures = [
        *sim.seed_orders("gate", "BTC_USDT", 2, market="futures"),
        *sim.seed_orders("gate", "SOL_USDT", 1, market="futures", side="sell"),
    ]
    return _ids(spot), _ids(futures)


def _seed_triggers(sim: AdminClient) -> tuple[set[str], set[str]]:
    """Untriggered price-triggered orders: spot on two pairs, futures on two contracts."""
    spot = [
        *sim.seed_orders("gate", "BTC_USDT", 2, type="limit_trigger"),
        *sim.seed_orders("gate", "ETH_USDT", 1, type="market_trigger", side="sell"),
    ]
    futures = [
        *sim.seed_orders("gate", "BTC_USDT", 2, market="futures", type="limit_trigger"),
        *sim.seed_orders("gate", "ETH_USDT", 1, market="futures", type="market_trigger"),
    ]
    return _ids(spot), _ids(futures)


def _result(report: dict[str, Any], operation: str) -> dict[str, Any]:
    results: list[dict[str, Any]] = report["results"]
    (result,) = [r for r in results if r["operation"] == operation]
    return result


def _operations(sim: AdminClient) -> list[tuple[str, object]]:
    return [(r["operation"], r.get("status")) for r in sim.requests()]


def test_dry_run_shows_the_price_order_endpoints(sim: AdminClient, tmp_path: Path) -> None:
    code, report, err = _panic(tmp_path, sim, (), (), "--dry-run")
    assert code == 0, err
    host = _url(sim).rstrip("/")
    requests = {c["operation"]: c["request"] for c in report["calls"]}
    assert requests[SPOT_OP] == f"DELETE {host}/api/v4/spot/price_orders"
    assert requests[FUTURES_OP] == f"DELETE {host}/api/v4/futures/usdt/price_orders"
    assert requests["spot.list_price_triggered_orders"] == f"GET {host}/api/v4/spot/price_orders"
    assert requests["futures.list_price_triggered_orders"] == (
        f"GET {host}/api/v4/futures/usdt/price_orders"
    )
    kwargs = {(c["kind"], c["operation"]): c["kwargs"] for c in report["calls"]}
    assert kwargs[("cancel", SPOT_OP)] == {}  # account-wide: no market, no account type
    assert kwargs[("cancel", FUTURES_OP)] == {"settle": "usdt"}
    assert sim.requests() == []


def test_panic_cancels_price_triggered_orders_on_both_markets_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    spot, futures = _seed_ordinary(sim)
    spot_triggers, futures_triggers = _seed_triggers(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders("gate") == []
    assert report["cancelled"] == len(spot | futures | spot_triggers | futures_triggers)
    for operation, triggers, kwargs in (
        (SPOT_OP, spot_triggers, {}),
        (FUTURES_OP, futures_triggers, {"settle": "usdt"}),
    ):
        result = _result(report, operation)
        # one account-wide call, whose answer names each price-triggered order
        assert result["market"] is None and result["kwargs"] == kwargs
        assert set(result["cancelled"]) == triggers and result["flat"] is True
        assert result["open_orders"] == []
    # the ordinary cancel-alls never named a price-triggered order
    ordinary = {"spot.cancel_all_orders", "futures.cancel_all_orders"}
    named = {i for r in report["results"] if r["operation"] in ordinary for i in r["cancelled"]}
    assert named == spot | futures
    sent = _operations(sim)
    for operation in (SPOT_OP, FUTURES_OP):
        assert [s for o, s in sent if o == operation] == [200]
    assert ("spot.list_price_triggered_orders", 200) in sent
    assert ("futures.list_price_triggered_orders", 200) in sent


@pytest.mark.parametrize(
    ("group", "operation", "left"),
    [("futures", FUTURES_OP, "spot"), ("spot", SPOT_OP, "futures")],
)
def test_panic_of_one_market_cancels_its_price_triggered_orders_only(
    sim: AdminClient, tmp_path: Path, group: str, operation: str, left: str
) -> None:
    spot_triggers, futures_triggers = _seed_triggers(sim)
    code, report, err = _panic(tmp_path, sim, (group,))
    assert code == 0, (err, report)
    assert report["flat"] is True
    mine, other = (
        (futures_triggers, spot_triggers)
        if group == "futures"
        else (spot_triggers, futures_triggers)
    )
    assert _ids(sim.orders("gate")) == other  # the other market was not in scope
    assert set(_result(report, operation)["cancelled"]) == mine


def test_panic_with_markets_cancels_price_triggered_orders_per_market(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed_triggers(sim)
    eth = {str(o["order_id"]) for o in sim.orders("gate") if o["symbol"] == "ETH_USDT"}
    code, report, err = _panic(tmp_path, sim, (), ("BTC_USDT",))
    assert code == 0, (err, report)
    assert report["flat"] is True  # flat in scope: BTC_USDT only
    assert _ids(sim.orders("gate")) == eth
    assert _result(report, SPOT_OP)["kwargs"] == {"market": "BTC_USDT"}
    assert _result(report, FUTURES_OP)["kwargs"] == {"contract": "BTC_USDT", "settle": "usdt"}


def test_panic_price_triggered_orders_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.configure(cancel_lag_ms=300)
    _seed_triggers(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True
    assert sim.orders("gate") == []
    listed = [o for o, _ in _operations(sim) if o.endswith("list_price_triggered_orders")]
    assert len(listed) > 2  # each listing ran again while the cancels settled


@pytest.mark.parametrize(
    ("group", "seed", "operation"),
    [
        ("futures", {"market": "futures", "type": "limit_trigger"}, FUTURES_OP),
        ("spot", {"type": "limit_trigger"}, SPOT_OP),
    ],
)
def test_panic_price_triggered_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path, group: str, seed: dict[str, str], operation: str
) -> None:
    _seed_triggers(sim)
    stuck = str(sim.seed_orders("gate", "XRP_USDT", count=1, **seed)[0]["order_id"])
    sim.fail_order(stuck, code="ORDER_NOT_FOUND", message="price order cannot be cancelled")
    code, report, err = _panic(tmp_path, sim, (group,))
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    assert [(o["order_id"], o["market"]) for o in report["open_orders"]] == [(stuck, "XRP_USDT")]
    result = _result(report, operation)
    assert result["flat"] is False and result["still_open"] == [stuck]
    assert stuck not in result["cancelled"]
    assert stuck in _ids(sim.orders("gate"))
