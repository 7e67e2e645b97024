"""The SDK's own kill-switch requests, captured at the transport, checked by the simulator's
verifiers: for every exchange and market added after the first four (Binance spot and USDⓈ-M,
OKX, Bybit linear, inverse and spot, Kraken, Kraken Futures, BingX swap, Gate USDT futures,
KuCoin spot and futures, BitMEX, Bitget spot), each cancel-all, dead-man's-switch and open-orders call made through the
public client classes (sync and async) goes through a ``MockTransport`` whose handler hands the
request, exactly as signed, to the venue's hand-written verifier
(``exchange_sdk.simulator.venues.<id>.VENUE.verify``, written from the exchange's docs and
independent of the SDK's recipes; validated against CCXT in ``test_ccxt_*.py`` and against the
published vectors in ``test_vectors.py`` and ``test_bitmex.py``), then to the same verifier
with another secret (which must refuse it), and only then forwards it to the simulator so that
the call completes and its effect can be checked.

test_sdk_requests_kucoin_bitmex.py checks KuCoin's and BitMEX's requests once more, with
verifiers of its own validated against the published examples and CCXT's requests."""

from __future__ import annotations

import asyncio
import base64
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

import exchange_sdk
from exchange_sdk.simulator._wire import Reject, WireRequest
from exchange_sdk.simulator.pytest_plugin import SimAdmin
from exchange_sdk.simulator.state import Account
from exchange_sdk.simulator.venues import VENUES
from exchange_sdk.transports import AsyncMockTransport, HttpRequest, HttpResponse, MockTransport

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"


def wire(request: HttpRequest) -> WireRequest:
    """The request as the simulator's verifiers see it (lower-case header names)."""
    parts = urlsplit(request.url)
    headers = {name.lower(): value for name, value in request.headers.items()}
    headers.setdefault("host", parts.netloc)
    return WireRequest(
        request.method, parts.path, parts.query, headers, request.body or b"", "127.0.0.1"
    )


@dataclass
class Checked:
    """Every request one client sent, each verified before it was forwarded."""

    exchange: str
    paths: list[str]

    def handle(self, request: HttpRequest) -> HttpResponse:
        venue = VENUES[self.exchange]
        seen = wire(request)
        now = int(time.time() * 1000)
        tolerance = venue.wire.timestamp_tolerance_ms
        ours = {KEY: Account(KEY, SECRET, PASSPHRASE, uid="100001")}
        verified = venue.verify(seen, ours, now, tolerance)
        assert isinstance(verified, Account), f"{request.method} {seen.path}: {verified}"
        other = {KEY: Account(KEY, "another-secret", PASSPHRASE, uid="100001")}
        refused = venue.verify(seen, other, now, tolerance)
        assert isinstance(refused, Reject), f"{seen.path} verified with another secret"
        self.paths.append(f"{request.method} {seen.path}")
        answer = httpx.request(
            request.method,
            request.url,
            headers=dict(request.headers.items()),
            content=request.body or None,
            timeout=10,
        )
        return HttpResponse(answer.status_code, dict(answer.headers), answer.content)


def _secret(exchange: str) -> str:
    # Kraken shows its users the secret in base64: the simulator's test-secret is signed with it.
    if exchange in ("kraken", "krakenfutures"):
        return base64.b64encode(SECRET.encode()).decode()
    return SECRET


def _client(cls: Any, exchange: str, sim: SimAdmin, checked: Checked, *, asynchronous: bool) -> Any:
    options: dict[str, Any] = {"api_key": KEY, "api_secret": _secret(exchange)}
    if exchange in ("okx", "kucoin", "bitget"):
        options["passphrase"] = PASSPHRASE
    transport: Any = (
        AsyncMockTransport(checked.handle) if asynchronous else MockTransport(checked.handle)
    )
    return cls(**options, base_url=sim.url, max_retries=0, transport=transport)


@dataclass(frozen=True)
class Case:
    """One exchange market: seed orders, then the SDK's calls (all sync, or all async)."""

    id: str
    exchange: str
    client: str  # the class name in exchange_sdk (its Async twin for async)
    seed: dict[str, Any]  # seed_orders keywords
    calls: list[tuple[str, str, dict[str, Any]]]  # (group, method, keywords)
    paths: list[str]


CASES = [
    Case(
        "binance-spot",
        "binance",
        "Binance",
        {"symbol": "BTCUSDT", "count": 2},
        [
            ("spot", "open_orders", {"symbol": "BTCUSDT"}),
            ("spot", "cancel_open_orders", {"symbol": "BTCUSDT"}),
        ],
        ["GET /api/v3/openOrders", "DELETE /api/v3/openOrders"],
    ),
    Case(
        "binance-usdm",
        "binance",
        "Binance",
        {"symbol": "BTCUSDT", "count": 2, "product_type": "usdm"},
        [
            ("usdm", "open_orders", {"symbol": "BTCUSDT"}),
            ("usdm", "cancel_all_open_orders", {"symbol": "BTCUSDT"}),
            ("usdm", "countdown_cancel_all", {"symbol": "BTCUSDT", "countdown_time": 120000}),
        ],
        [
            "GET /fapi/v1/openOrders",
            "DELETE /fapi/v1/allOpenOrders",
            "POST /fapi/v1/countdownCancelAll",
        ],
    ),
    Case(
        "okx",
        "okx",
        "OKX",
        {"symbol": "BTC-USDT-SWAP", "count": 2},
        [
            ("trade", "orders_pending", {"inst_type": "SWAP"}),
            ("trade", "cancel_batch_orders", {"orders": "LISTED"}),
            ("trade", "cancel_all_after", {"time_out": 60}),
        ],
        [
            "GET /api/v5/trade/orders-pending",
            "POST /api/v5/trade/cancel-batch-orders",
            "POST /api/v5/trade/cancel-all-after",
        ],
    ),
    Case(
        "bybit-linear",
        "bybit",
        "Bybit",
        {"symbol": "BTCUSDT", "count": 2},
        [
            ("order", "open_orders", {"category": "linear", "settle_coin": "USDT"}),
            ("order", "cancel_all", {"category": "linear", "settle_coin": "USDT"}),
        ],
        ["GET /v5/order/realtime", "POST /v5/order/cancel-all"],
    ),
    Case(
        "bybit-spot",
        "bybit",
        "Bybit",
        {"symbol": "BTCUSDT", "count": 2, "product_type": "spot"},
        [
            ("order", "open_orders", {"category": "spot"}),
            ("order", "cancel_all", {"category": "spot"}),
        ],
        ["GET /v5/order/realtime", "POST /v5/order/cancel-all"],
    ),
    Case(
        "bybit-inverse",
        "bybit",
        "Bybit",
        {"symbol": "BTCUSD", "count": 2, "product_type": "inverse"},
        [
            ("order", "open_orders", {"category": "inverse", "symbol": "BTCUSD"}),
            ("order", "cancel_all", {"category": "inverse", "symbol": "BTCUSD"}),
        ],
        ["GET /v5/order/realtime", "POST /v5/order/cancel-all"],
    ),
    Case(
        "kraken",
        "kraken",
        "Kraken",
        {"symbol": "XBTUSD", "count": 2},
        [
            ("spot", "open_orders", {}),
            ("spot", "cancel_all", {}),
            ("spot", "cancel_all_orders_after", {"timeout": 60}),
        ],
        [
            "POST /0/private/OpenOrders",
            "POST /0/private/CancelAll",
            "POST /0/private/CancelAllOrdersAfter",
        ],
    ),
    Case(
        "krakenfutures",
        "krakenfutures",
        "KrakenFutures",
        {"symbol": "PF_XBTUSD", "count": 2},
        [
            ("futures", "open_orders", {}),
            ("futures", "cancel_all_orders", {"symbol": "PF_XBTUSD"}),
            ("futures", "cancel_all_orders_after", {"timeout": 60}),
        ],
        [
            "GET /derivatives/api/v3/openorders",
            "POST /derivatives/api/v3/cancelallorders",
            "POST /derivatives/api/v3/cancelallordersafter",
        ],
    ),
    Case(
        "bingx-swap",
        "bingx",
        "BingX",
        {"symbol": "BTC-USDT", "count": 2, "market": "swap"},
        [
            ("swap", "open_orders", {"symbol": "BTC-USDT"}),
            ("swap", "cancel_all_open_orders", {"symbol": "BTC-USDT"}),
            ("swap", "cancel_all_after", {"type": "ACTIVATE", "time_out": 60}),
        ],
        [
            "GET /openApi/swap/v2/trade/openOrders",
            "DELETE /openApi/swap/v2/trade/allOpenOrders",
            "POST /openApi/swap/v2/trade/cancelAllAfter",
        ],
    ),
    Case(
        "gate-futures",
        "gate",
        "Gate",
        {"symbol": "BTC_USDT", "count": 2, "market": "futures"},
        [
            ("futures", "list_orders", {"settle": "usdt", "status": "open"}),
            ("futures", "cancel_all_orders", {"settle": "usdt", "contract": "BTC_USDT"}),
            ("futures", "countdown_cancel_all", {"settle": "usdt", "timeout": 30}),
        ],
        [
            "GET /api/v4/futures/usdt/orders",
            "DELETE /api/v4/futures/usdt/orders",
            "POST /api/v4/futures/usdt/countdown_cancel_all",
        ],
    ),
    Case(
        "kucoin-spot",
        "kucoin",
        "KuCoin",
        {"symbol": "BTC-USDT", "count": 2},
        [
            ("spot", "get_open_orders", {"symbol": "BTC-USDT"}),
            ("spot", "cancel_all_orders", {}),
            ("spot", "set_dcp", {"timeout": 30, "symbols": "BTC-USDT"}),
        ],
        [
            "GET /api/v1/hf/orders/active",
            "DELETE /api/v1/hf/orders/cancelAll",
            "POST /api/v1/hf/orders/dead-cancel-all",
        ],
    ),
    Case(
        "kucoin-futures",
        "kucoin",
        "KuCoin",
        {"symbol": "XBTUSDTM", "count": 2, "market": "futures"},
        [
            ("futures", "get_order_list", {"status": "active", "symbol": "XBTUSDTM"}),
            ("futures", "cancel_all_orders", {"symbol": "XBTUSDTM"}),
        ],
        ["GET /api/v1/orders", "DELETE /api/v3/orders"],
    ),
    Case(
        "bitmex",
        "bitmex",
        "BitMEX",
        {"symbol": "XBTUSD", "count": 2},
        [
            ("all", "get_orders", {"filter": '{"open": true}'}),
            ("all", "cancel_all_orders", {"symbol": "XBTUSD"}),
            ("all", "cancel_all_after", {"timeout": 60000}),
        ],
        [
            "GET /api/v1/order",
            "DELETE /api/v1/order/all",
            "POST /api/v1/order/cancelAllAfter",
        ],
    ),
    Case(
        "bitget-spot",
        "bitget",
        "Bitget",
        {"symbol": "BTCUSDT", "count": 2, "market": "spot"},
        [
            ("spot", "unfilled_orders", {"symbol": "BTCUSDT"}),
            ("spot", "cancel_symbol_order", {"symbol": "BTCUSDT"}),
        ],
        ["GET /api/v2/spot/trade/unfilled-orders", "POST /api/v2/spot/trade/cancel-symbol-order"],
    ),
]


def _run(case: Case, client: Any, ids: list[str], asynchronous: bool) -> list[Any]:
    async def each_async() -> list[Any]:
        async with client:
            return [
                await _call(client, group, method, kwargs, ids)
                for group, method, kwargs in case.calls
            ]

    if asynchronous:
        return asyncio.run(each_async())
    with client:
        return [_call(client, group, method, kwargs, ids) for group, method, kwargs in case.calls]


def _call(client: Any, group: str, method: str, kwargs: dict[str, Any], ids: list[str]) -> Any:
    if kwargs.get("orders") == "LISTED":  # OKX: cancel what the listing returned
        kwargs = {"orders": [{"inst_id": "BTC-USDT-SWAP", "ord_id": i} for i in ids]}
    return getattr(getattr(client, group), method)(**kwargs)  # a coroutine for the async twin


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sdk_requests_pass_the_simulators_verifier(
    exchange_sim: SimAdmin, case: Case, asynchronous: bool
) -> None:
    ours = [str(o["order_id"]) for o in exchange_sim.seed_orders(case.exchange, **case.seed)]
    checked = Checked(case.exchange, [])
    name = ("Async" if asynchronous else "") + case.client
    client = _client(
        getattr(exchange_sdk, name), case.exchange, exchange_sim, checked, asynchronous=asynchronous
    )
    _run(case, client, ours, asynchronous)
    assert checked.paths == case.paths
    assert exchange_sim.orders(case.exchange) == []  # the cancel-all really cancelled
    if len(case.paths) == 3:  # and the dead-man's switch is armed
        assert [c["exchange"] for c in exchange_sim.countdowns()] == [case.exchange]
