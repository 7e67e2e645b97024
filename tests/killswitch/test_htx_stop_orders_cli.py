"""HTX's untriggered trigger, take-profit/stop-loss and trailing orders through the kill switch
as a trader runs it: ``exchange-sdk panic`` subprocesses (exit codes checked) against
``exchange-sdk simulate``, a single-asset HTX account (``asset_mode`` 0, asked at panic time)
and orders seeded through the admin API (``type`` ``trigger``, ``tpsl``, ``track``: the
simulator files them in their own books, which the ordinary v1 cancel-alls and listings leave).

- with the account's contracts named, panic sends each book's cancel-all per contract and
  margin mode, lists each book again and exits 0 flat (also when the cancels settle later);
- a stop order the exchange refuses to cancel is named and the exit code is 1;
- without markets the cross books are still found and cancelled (their listings take no
  contract), but the isolated books' listings need one: panic says so and exits 1, never flat.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_end_to_end import _LIMIT, _cli, _url, panic_json, simulator

from exchange_sdk.simulator import AdminClient

__all__ = ["simulator"]

ENV = {**os.environ, "HX_KEY": "test-key", "HX_SECRET": "test-secret"}
CONTRACTS = ("BTC-USDT", "ETH-USDT")
BOOKS = ("trigger", "tpsl", "track")
STOP_CANCELS = {f"futures.{m}_{b}_cancel_all" for m in ("cross", "isolated") for b in BOOKS}


@pytest.fixture
def sim(simulator: AdminClient) -> AdminClient:
    simulator.reset()
    simulator.add_account("test-key", "test-secret", asset_mode=0)  # single-asset: v1
    return simulator


def _panic(
    tmp_path: Path, sim: AdminClient, markets: tuple[str, ...] = CONTRACTS
) -> tuple[int, dict[str, Any], str]:
    lines = ["[[account]]", 'exchange = "htx"', 'label = "main"', f'base_url = "{_url(sim)}"']
    lines += ['api_key_env = "HX_KEY"', 'api_secret_env = "HX_SECRET"']
    lines.append("markets = [" + ", ".join(f'"{m}"' for m in markets) + "]")
    config = tmp_path / "accounts.toml"
    config.write_text("\n".join(lines) + "\n")
    return panic_json(config, ENV)


def _seed(sim: AdminClient) -> dict[tuple[str, str], set[str]]:
    """Per (margin mode, book): the ids of orders on both contracts (book "" = ordinary)."""
    out: dict[tuple[str, str], set[str]] = {}
    for margin in ("cross", "isolated"):
        for book in ("", *BOOKS):
            fields: dict[str, object] = {"margin_mode": margin}
            if book:
                fields["type"] = book
            ids = set()
            for contract in CONTRACTS:
                orders = sim.seed_orders("htx", contract, count=2, **fields)
                ids |= {str(o["order_id"]) for o in orders}
            out[(margin, book)] = ids
    return out


def _results(report: dict[str, Any], operation: str) -> list[dict[str, Any]]:
    return [r for r in report["results"] if r["operation"] == operation]


def _operations(sim: AdminClient) -> list[tuple[str, int]]:
    return [(r["operation"], r["status"]) for r in sim.requests() if r["exchange"] == "htx"]


def test_panic_cancels_every_book_of_both_margin_modes_and_exits_0_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True and report["ok"] is True
    assert sim.orders(exchange="htx") == []
    assert report["cancelled"] == sum(len(ids) for ids in seeded.values())
    for (margin, book), ids in seeded.items():
        operation = f"futures.{margin}_{book}_cancel_all".replace("__", "_")
        results = _results(report, operation)
        # one call per named contract, each answer naming that contract's orders of the book
        assert sorted(r["market"] for r in results) == sorted(CONTRACTS), operation
        assert {i for r in results for i in r["cancelled"]} == ids, operation
        assert all(r["flat"] and r["open_orders"] == [] for r in results), operation
    sent = _operations(sim)
    for margin in ("swap_cross_", "swap_"):
        for book in BOOKS:
            path = f"/linear-swap-api/v1/{margin}{book}_cancelall"
            hits = [r for r in sim.requests() if r["path"] == path]
            assert len(hits) == 2 and all(r["status"] == 200 for r in hits), path
    assert ("futures.isolated_trigger_open_orders", 200) in sent
    assert ("futures.cross_tpsl_open_orders", 200) in sent
    # the ordinary cancel-alls never named a stop order: the books' own cancels did the work
    ordinary = _results(report, "futures.cross_cancel_all") + _results(
        report, "futures.isolated_cancel_all"
    )
    stops = set().union(*(ids for (_, book), ids in seeded.items() if book))
    assert not stops & {i for r in ordinary for i in r["cancelled"]}


def test_panic_stop_orders_that_settle_later_are_listed_again_until_flat(
    sim: AdminClient, tmp_path: Path
) -> None:
    sim.configure(cancel_lag_ms=300)
    _seed(sim)
    code, report, err = _panic(tmp_path, sim)
    assert code == 0, (err, report)
    assert report["flat"] is True
    assert sim.orders(exchange="htx") == []


@pytest.mark.parametrize(
    ("margin", "book"), [("cross", "trigger"), ("isolated", "tpsl"), ("isolated", "track")]
)
def test_panic_stop_order_that_will_not_cancel_is_named_and_exits_1(
    sim: AdminClient, tmp_path: Path, margin: str, book: str
) -> None:
    _seed(sim)
    stuck = str(sim.seed_orders("htx", "ETH-USDT", margin_mode=margin, type=book)[0]["order_id"])
    sim.fail_order(stuck, code="1061", message="This order doesnt exist.")
    code, report, err = _panic(tmp_path, sim)
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    assert [(o["order_id"], o["market"]) for o in report["open_orders"]] == [(stuck, "ETH-USDT")]
    (call,) = [
        r
        for r in _results(report, f"futures.{margin}_{book}_cancel_all")
        if r["market"] == "ETH-USDT"
    ]
    assert call["flat"] is False and call["still_open"] == [stuck]
    assert [f["order_id"] for f in call["failed"]] == [stuck]
    assert {str(o["order_id"]) for o in sim.orders(exchange="htx")} == {stuck}


def test_panic_without_markets_names_the_isolated_books_it_cannot_list_and_exits_1(
    sim: AdminClient, tmp_path: Path
) -> None:
    seeded = _seed(sim)
    code, report, err = _panic(tmp_path, sim, markets=())
    assert code == 1, err
    assert report["flat"] is False and report["ok"] is False
    left = {str(o["order_id"]) for o in sim.orders(exchange="htx")}
    isolated_stops = set().union(*(seeded[("isolated", b)] for b in BOOKS))
    assert left == isolated_stops  # everything else found by listing and cancelled
    for book in BOOKS:
        (cross,) = _results(report, f"futures.cross_{book}_cancel_all")
        assert cross["status"] == "ok" and cross["flat"]
        assert set(cross["cancelled"]) == seeded[("cross", book)]
        (isolated,) = _results(report, f"futures.isolated_{book}_cancel_all")
        assert isolated["status"] == "error" and not isolated["flat"]
        assert "name the account's markets" in isolated["error"]
        assert f"futures.isolated_{book}_open_orders" in isolated["error"]
    sent = {operation for operation, _ in _operations(sim)}
    assert not {o for o in sent if o.startswith("futures.isolated_") and "_open_orders" in o} - {
        "futures.isolated_open_orders"
    }


def test_dry_run_without_markets_shows_the_isolated_book_listings_as_not_sent(
    sim: AdminClient, tmp_path: Path
) -> None:
    config = tmp_path / "accounts.toml"
    config.write_text(
        "\n".join(
            [
                "[[account]]",
                'exchange = "htx"',
                'label = "main"',
                f'base_url = "{_url(sim)}"',
                'api_key_env = "HX_KEY"',
                'api_secret_env = "HX_SECRET"',
                'account_mode = "single-asset"',
            ]
        )
        + "\n"
    )
    done = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--dry-run", "--json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=_LIMIT,
    )
    assert done.returncode == 0, done.stderr
    calls = json.loads(done.stdout)["calls"]
    unsent = {c["operation"] for c in calls if c.get("unsent")}
    assert unsent == {f"futures.isolated_{b}_open_orders" for b in BOOKS}
    # the cross books are listed account-wide, then cancelled per contract found
    cancels = {c["operation"]: c for c in calls if c["kind"] == "cancel"}
    assert {f"futures.cross_{b}_cancel_all" for b in BOOKS} <= set(cancels)
    assert all(cancels[f"futures.cross_{b}_cancel_all"]["per_market"] for b in BOOKS)
    # the table a trader reads says it too, once per isolated book
    table = subprocess.run(
        [*_cli(), "--config", str(config), "panic", "--dry-run"],
        capture_output=True,
        text=True,
        env={**ENV, "COLUMNS": "400"},
        timeout=_LIMIT,
    )
    assert table.returncode == 0, table.stderr
    assert table.stdout.count("not sent") == len(BOOKS), table.stdout
    assert sim.requests() == []
