"""What a panic report says was cancelled, per cancel-all endpoint, on the simulator.

Each spec's `killswitch.answer` says what its answer tells: the cancelled orders (their ids are
read from it), only how many (Kraken `count`), or nothing (Binance USDⓈ-M's `{code, msg}`,
KuCoin spot's symbols, Bitget spot's echoed symbol). Every cancel-all endpoint of every
exchange is run here with two seeded orders in its scope: the call's ``cancelled_count`` must
be 2 where the answer names the orders or counts them, and None (unknown, never 0) where it
says neither; the report's total and its summary must say the same. A new cancel-all spec
without a row here fails ``test_every_cancel_all_endpoint_has_a_row``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from killswitch_helpers import sim_client

from exchange_sdk import Kraken, KuCoin, errors
from exchange_sdk._killswitch_specs import CANCEL_ALL
from exchange_sdk._runtime.client import SyncClient
from exchange_sdk.killswitch import (
    Account,
    CallResult,
    MarketFailure,
    PanicReport,
    open_orders,
    panic,
    plan_cancel,
)
from exchange_sdk.killswitch._panic import _Progress, read_count, read_failed_markets
from exchange_sdk.simulator.pytest_plugin import SimAdmin

SEEDED = 2


@dataclass(frozen=True)
class Scope:
    operation: str  # exchange:group.method of the cancel-all endpoint under test
    symbol: str
    seed: dict[str, str] = field(default_factory=dict)  # simulator fields placing the orders
    groups: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()
    params: dict[str, object] = field(default_factory=dict)
    mode: str | None = None

    @property
    def exchange(self) -> str:
        return self.operation.split(":")[0]


SCOPES = [
    Scope("binance:spot.cancel_open_orders", "BTCUSDT", groups=("spot",)),
    Scope("binance:usdm.cancel_all_open_orders", "BTCUSDT", {"product_type": "usdm"}, ("usdm",)),
    Scope(
        "binance:usdm.cancel_all_algo_open_orders",
        "BTCUSDT",
        {"product_type": "usdm-algo"},
        ("usdm",),
    ),
    Scope("bingx:spot.cancel_open_orders", "BTC-USDT", groups=("spot",), markets=("BTC-USDT",)),
    Scope("bingx:swap.cancel_all_open_orders", "BTC-USDT", {"market": "swap"}, ("swap",)),
    Scope(
        "bitget:mix.cancel_all_orders",
        "BTCUSDT",
        {"product_type": "USDT-FUTURES"},
        ("mix",),
        params={"product_type": ["USDT-FUTURES"]},
    ),
    Scope("bitget:spot.cancel_symbol_order", "BTCUSDT", {"market": "spot"}, ("spot",)),
    Scope(
        "bitget:spot_plan.batch_cancel_plan_order",
        "BTCUSDT",
        {"market": "spot", "type": "plan"},
        ("spot_plan",),
    ),
    Scope("bitmex:all.cancel_all_orders", "XBTUSD"),
    Scope(
        "bybit:order.cancel_all",
        "BTCUSDT",
        params={"category": ["linear"], "settle_coin": ["USDT"]},
    ),
    Scope("gate:spot.cancel_all_orders", "BTC_USDT", groups=("spot",), markets=("BTC_USDT",)),
    Scope(
        "gate:futures.cancel_all_orders",
        "BTC_USDT",
        {"market": "futures"},
        ("futures",),
        params={"settle": "usdt"},
    ),
    Scope(
        "gate:spot.cancel_price_triggered_order_list",
        "BTC_USDT",
        {"type": "limit_trigger"},
        ("spot",),
    ),
    Scope(
        "gate:futures.cancel_price_triggered_order_list",
        "BTC_USDT",
        {"market": "futures", "type": "limit_trigger"},
        ("futures",),
        params={"settle": "usdt"},
    ),
    Scope("htx:futures.cancel_all_orders", "BTC-USDT", mode="multi-asset"),
    # single-asset: the account names its contract (the isolated stop-order listings need one)
    *(
        Scope(
            f"htx:futures.{margin}_{book}cancel_all",
            "BTC-USDT",
            {"margin_mode": margin, **({"type": book[:-1]} if book else {})},
            markets=("BTC-USDT",),
            mode="single-asset",
        )
        for margin in ("cross", "isolated")
        for book in ("", "trigger_", "tpsl_", "track_")
    ),
    Scope("kraken:spot.cancel_all", "XBTUSD"),
    Scope("krakenfutures:futures.cancel_all_orders", "PF_XBTUSD"),
    Scope("kucoin:spot.cancel_all_orders", "BTC-USDT", groups=("spot",)),
    Scope("kucoin:spot.batch_cancel_stop_orders", "BTC-USDT", {"type": "limit_stop"}, ("spot",)),
    Scope("kucoin:futures.cancel_all_orders", "XBTUSDTM", {"market": "futures"}, ("futures",)),
    Scope(
        "kucoin:futures.cancel_all_stop_orders",
        "XBTUSDTM",
        {"market": "futures", "type": "limit_stop"},
        ("futures",),
    ),
    Scope("okx:trade.cancel_batch_orders", "BTC-USDT-SWAP"),
    Scope("okx:trade.cancel_algos", "BTC-USDT-SWAP", {"market": "algo", "type": "conditional"}),
]


def _answer(operation: str) -> str:
    exchange, name = operation.split(":")
    return next(s.answer for s in CANCEL_ALL[exchange] if f"{s.group}.{s.method}" == name)


def _account(url: str, scope: Scope) -> Account:
    return Account(
        scope.exchange,
        sim_client(url, scope.exchange),
        markets=scope.markets,
        params=scope.params,
        groups=scope.groups,
        account_mode=scope.mode,
    )


def test_every_cancel_all_endpoint_has_a_row() -> None:
    specs = {f"{ex}:{s.group}.{s.method}" for ex, specs in CANCEL_ALL.items() for s in specs}
    assert specs == {s.operation for s in SCOPES}


def test_the_answers_that_name_no_order_are_the_documented_ones() -> None:
    """Spec facts: Kraken counts, these four name nothing, every other answer names orders."""
    kinds = {s.operation: _answer(s.operation) for s in SCOPES}
    assert {op for op, kind in kinds.items() if kind == "count"} == {"kraken:spot.cancel_all"}
    assert {op for op, kind in kinds.items() if kind == "nothing"} == {
        "binance:usdm.cancel_all_open_orders",
        "binance:usdm.cancel_all_algo_open_orders",
        "kucoin:spot.cancel_all_orders",
        "bitget:spot.cancel_symbol_order",
    }


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.operation)
def test_a_panic_reports_what_the_answer_says(exchange_sim: SimAdmin, scope: Scope) -> None:
    exchange_sim.seed_orders(scope.exchange, scope.symbol, count=SEEDED, **scope.seed)
    account = _account(exchange_sim.url, scope)
    listed = {o.order_id for orders in open_orders([account]) for o in orders}  # their own ids
    assert len(listed) == SEEDED
    report = panic([account], deadline=30.0)
    assert report.ok and report.flat, str(report)
    assert exchange_sim.orders(exchange=scope.exchange) == []
    name = scope.operation.split(":")[1]
    calls = [r for r in report.calls if r.operation == name]
    assert calls, str(report)
    ours: CallResult = calls[0] if len(calls) == 1 else _the_one_that_cancelled(calls)
    kind = _answer(scope.operation)
    if kind == "nothing":
        assert ours.cancelled_count is None and ours.cancelled == ()
        assert report.unreported >= 1
        assert "whose answer does not say how many" in report.summary()
        assert "? (the answer does not say) cancelled" in "\n".join(report.lines())
        assert report.to_json()["unreported"] == report.unreported
    else:
        assert ours.cancelled_count == SEEDED, str(report)
        if kind == "ids":
            assert set(ours.cancelled) == listed
        else:
            assert ours.cancelled == ()
    # The total counts what is known; every other call of the scope cancelled nothing.
    assert report.cancelled == sum(r.cancelled_count or 0 for r in report.calls)
    assert report.cancelled == (0 if kind == "nothing" else SEEDED)
    as_json = json.loads(json.dumps(report.to_json()))
    assert [r["cancelled_count"] for r in as_json["results"]] == [
        r.cancelled_count for r in report.calls
    ]


def _the_one_that_cancelled(calls: list[CallResult]) -> CallResult:
    """Where an endpoint is called once per market, the call of the seeded market."""
    busy = [r for r in calls if r.cancelled_count or r.cancelled_count is None]
    assert len(busy) == 1, calls
    return busy[0]


def test_a_count_answer_is_summed_over_repeated_cancels_and_refused_when_odd() -> None:
    class Answer:
        def __init__(self, data: object) -> None:
            self.data = data

        def model_dump(self, mode: str, by_alias: bool) -> object:
            assert (mode, by_alias) == ("json", True)
            return self.data

    assert read_count(Answer({"count": 3, "pending": False}), "count") == 3
    assert read_count({"count": 0}, "count") == 0
    for odd in ({"count": -1}, {"count": True}, {"count": "3"}, {"count": None}, {}, [1]):
        assert read_count(odd, "count") is None, odd


def test_an_unknown_count_is_not_shown_as_zero() -> None:
    known = CallResult("kraken", "main", "spot.cancel_all", None, {}, "ok", cancelled_count=4)
    unknown = CallResult("kucoin", "main", "spot.cancel_all_orders", None, {}, "ok")
    failed = CallResult("okx", "main", "trade.cancel_batch_orders", None, {}, "error")
    report = PanicReport((known, unknown, failed), 0.1, verify=False)
    assert report.cancelled == 4
    assert report.unreported == 1  # the failed call's count is not "unreported": it failed
    assert "4 orders cancelled (+ 1 call(s) whose answer does not say how many)" in str(report)
    assert "spot.cancel_all_orders: ok, ? (the answer does not say) cancelled" in str(report)


def test_markets_an_answer_says_it_could_not_cancel_are_read_where_the_spec_says() -> None:
    """KuCoin spot's `failedSymbols[{symbol, error}]` (killswitch.failed_markets)."""
    (spec,) = [
        s for s in CANCEL_ALL["kucoin"] if s.method == "cancel_all_orders" and s.group == "spot"
    ]
    assert spec.failed_markets == ("failedSymbols[]", "symbol", "error")
    answer = {
        "succeedSymbols": ["BTC-USDT"],
        "failedSymbols": [
            {"symbol": "SOL-USDT", "error": "order cannot be cancelled"},
            {"symbol": "ETH-USDT", "error": ""},
            {"symbol": "", "error": "no market: skipped"},
        ],
    }
    assert read_failed_markets(answer, spec.failed_markets) == {
        "SOL-USDT": MarketFailure("SOL-USDT", "order cannot be cancelled"),
        "ETH-USDT": MarketFailure("ETH-USDT", "not cancelled (no reason given)"),
    }
    assert (
        read_failed_markets({"succeedSymbols": [], "failedSymbols": []}, spec.failed_markets) == {}
    )


def test_a_failed_market_makes_the_call_partial_in_every_rendering() -> None:
    failure = MarketFailure("SOL-USDT", "order cannot be cancelled")
    call = CallResult(
        "kucoin", "main", "spot.cancel_all_orders", None, {}, "partial", failed_markets=(failure,)
    )
    report = PanicReport((call,), 0.1, verify=False)
    assert not report.ok
    assert report.failed_markets == (failure,)
    assert "failed markets: SOL-USDT (order cannot be cancelled)" in str(report)
    assert "1 market(s) failed" in report.summary()
    assert report.to_json()["results"][0]["failed_markets"] == [  # type: ignore[index]
        {"market": "SOL-USDT", "reason": "order cannot be cancelled"}
    ]


def _progress(exchange: str, client: SyncClient) -> _Progress:
    """The progress of the exchange's spot account-wide cancel-all (Kraken ``cancel_all``,
    KuCoin HF ``cancel_all_orders``; not KuCoin's spot stop-order cancel)."""
    (call,) = [
        c
        for c in plan_cancel([Account(exchange, client)])
        if c.spec.group == "spot" and c.spec.method.startswith("cancel_all")
    ]
    return _Progress(call, 0.0)


def _nothing(exchange: str) -> errors.NothingToCancelError:
    return errors.NothingToCancelError(
        "none", exchange=exchange, endpoint="spot", code="0", http_status=200
    )


def test_a_later_nothing_to_cancel_keeps_what_the_earlier_answers_said() -> None:
    """A panic may cancel again; a last "nothing to cancel" must not erase a count or turn an
    unknown number into a made-up 0."""
    kraken = _progress("kraken", Kraken(api_key="k", api_secret="c2VjcmV0"))
    kraken.record_cancel({"count": 2})
    kraken.record_cancel({"count": 1})
    kraken.record_cancel(_nothing("kraken"))
    assert kraken.result(None).cancelled_count == 3
    kucoin = _progress("kucoin", KuCoin(api_key="k", api_secret="s", passphrase="p"))
    kucoin.record_cancel({"succeedSymbols": ["BTC-USDT"], "failedSymbols": []})
    kucoin.record_cancel(_nothing("kucoin"))
    assert kucoin.result(None).cancelled_count is None
    only_nothing = _progress("kucoin", KuCoin(api_key="k", api_secret="s", passphrase="p"))
    only_nothing.record_cancel(_nothing("kucoin"))
    result = only_nothing.result(None)
    assert result.cancelled_count == 0 and result.nothing_to_cancel
