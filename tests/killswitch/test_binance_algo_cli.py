"""Binance USDⓈ-M algo (conditional) orders through the kill switch as a trader runs it:
``exchange-sdk panic`` subprocesses (exit codes checked) against ``exchange-sdk simulate``.

Since Binance moved conditional orders (TP/SL, trailing stop) to the Algo Service they have
their own cancel-all (``DELETE /fapi/v1/algoOpenOrders``, one symbol a call) and listing
(``GET /fapi/v1/openAlgoOrders``). A panic runs both beside the order-book ones: without
markets it lists the algo orders first and cancels each symbol found; flat (exit 0) only when
both USDⓈ-M listings are empty. The simulator files algo orders under product type
``usdm-algo``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_binance_cli import _panic
from test_end_to_end import simulator

from exchange_sdk.simulator import AdminClient

__all__ = ["simulator"]


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _seed(sim: AdminClient) -> set[str]:
    orders = [
        *sim.seed_orders("binance", "BTCUSDT", count=2, product_type="usdm"),
        *sim.seed_orders("binance", "BTCUSDT", count=2, product_type="usdm-algo"),
        *sim.seed_orders("binance", "SOLUSDT", count=1, product_type="usdm-algo"),
    ]
    return {str(o["order_id"]) for o in orders}


def test_panic_cancels_algo_orders_of_every_symbol_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders() == []
    algo = [r for r in sim.requests() if r["operation"] == "usdm.cancel_all_algo_open_orders"]
    assert len(algo) == 2 and {r["status"] for r in algo} == {200}  # BTCUSDT and SOLUSDT
    results = {r["operation"]: r for r in report["results"]}
    assert results["usdm.cancel_all_algo_open_orders"]["flat"] is True


def test_an_algo_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    _seed(sim)
    stuck = str(
        sim.seed_orders("binance", "XRPUSDT", count=1, product_type="usdm-algo")[0]["order_id"]
    )
    sim.fail_order(stuck, code="-2012", message="Batch cancel failure.")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [stuck]
    assert {str(o["order_id"]) for o in sim.orders()} == {stuck}
