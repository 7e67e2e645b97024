"""OKX algo orders through the kill switch as a trader runs it: ``exchange-sdk panic``
subprocesses (exit codes checked) against ``exchange-sdk simulate``.

OKX has no cancel-all: a panic lists the order-book orders (``orders-pending``) and the algo
orders (``orders-algo-pending``, one listing per ``ordType``: conditional and oco together,
chase, trigger, move_order_stop, iceberg, twap), cancels each by id in batches
(``cancel-batch-orders`` 20 a call, ``cancel-algos`` 10 a call, one instrument a call), and
lists both again: flat (exit 0) only when both listings are empty.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from test_end_to_end import _url, panic_json, simulator

from exchange_sdk.simulator import AdminClient

__all__ = ["simulator"]

ENV = {**os.environ, "OK_KEY": "test-key", "OK_SECRET": "test-secret", "OK_PASS": "test-pass"}
KINDS = ("conditional", "oco", "chase", "trigger", "move_order_stop", "iceberg", "twap")


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    return simulator


def _panic(tmp_path: Path, sim: AdminClient) -> tuple[int, dict[str, Any], str]:
    config = tmp_path / "accounts.toml"
    config.write_text(
        "\n".join(
            [
                "[[account]]",
                'exchange = "okx"',
                'label = "main"',
                f'base_url = "{_url(sim)}"',
                'api_key_env = "OK_KEY"',
                'api_secret_env = "OK_SECRET"',
                'passphrase_env = "OK_PASS"',
                "",
            ]
        )
    )
    return panic_json(config, ENV)


def _seed_algos(sim: AdminClient) -> list[str]:
    ids = []
    for kind in KINDS:
        ids += [
            str(o["order_id"])
            for o in sim.seed_orders("okx", "BTC-USDT-SWAP", count=2, market="algo", type=kind)
        ]
    ids += [str(o["order_id"]) for o in sim.seed_orders("okx", "ETH-USDT", market="algo")]
    return ids


def test_panic_cancels_order_book_and_algo_orders_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.seed_orders("okx", "BTC-USDT-SWAP", count=3)
    algos = _seed_algos(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, err
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders("okx") == []
    by_op = {r["operation"]: r for r in report["results"]}
    assert sorted(by_op["trade.cancel_algos"]["cancelled"]) == sorted(algos)
    assert len(by_op["trade.cancel_batch_orders"]["cancelled"]) == 3
    # six listings (one per ordType) to find them, six more to prove none is left
    listed = [r for r in sim.requests() if r["operation"] == "trade.orders_algo_pending"]
    assert len(listed) >= 12 and {r["code"] for r in listed} == {"0"}
    cancels = [r for r in sim.requests() if r["operation"] == "trade.cancel_algos"]
    assert len(cancels) == 3 and {r["code"] for r in cancels} == {"0"}  # BTC 10 + 4, ETH 1


def test_an_algo_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.seed_orders("okx", "BTC-USDT-SWAP", count=1)
    algos = _seed_algos(sim)
    sim.fail_order(algos[0], code="51400", message="cancel failed (injected)")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False
    assert [o["order_id"] for o in report["open_orders"]] == [algos[0]]
    assert {str(o["order_id"]) for o in sim.orders("okx")} == {algos[0]}
