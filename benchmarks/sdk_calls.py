"""Client CPU per call of the kill-switch SDK calls, beside the floor and CCXT (`make bench`).

One run, one loopback server (``_harness.run_server``: a separate process pinned to its own
CPU) that answers each exchange's path with that exchange's success body, a few order items
long so that model parsing is part of the cost. For each call, sync and async, three clients:

- **SDK**: ``exchange_sdk`` exactly as a user calls it (``BingX(...).spot.cancel_all_after(...)``)
  with ``base_url`` pointed at the server;
- **floor**: what the SDK's transports are built from, used bare (sync: a blocking socket with
  httptools' parser, ``RawSocketHttp11``; async: the event loop's sockets with httptools'
  parser, ``RawHttp11``: one connection, no pool, no deadline, no checks) with the
  exchange's signing written by hand here (per exchange-protocols.md), ``json.loads`` of the
  body and a success-code check;
- **CCXT** 4.5.90: the same request through its implicit API method, ``urls['api']`` pointed at
  the server, ``enableRateLimit`` off, markets never loaded.

Before timing, one request of every client is captured by the server and checked here:
method and path, the parameters, the signature (recomputed from the bytes received) and the
timestamp. Then every client is warmed up and timed round-robin (``process_time_ns`` around
each call: CPU of all client threads), and the import
costs are measured in fresh interpreters against paired ``python -c pass`` baselines.

Usage::

    python benchmarks/sdk_calls.py [--calls N] [--quick] [--uvloop] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import calendar
import hashlib
import hmac
import json
import platform
import socket
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import quote, unquote

import yaml

if TYPE_CHECKING:
    from exchange_sdk._runtime.transport import SyncTransport

from _harness import (
    HOST,
    AsyncCall,
    AsyncClose,
    CapturedRequest,
    Case,
    CaseResult,
    Check,
    ImportResult,
    Route,
    Server,
    SyncCall,
    async_case,
    pin_client,
    run_imports,
    run_round_robin,
    run_server,
    summarise,
    sync_case,
    table,
    versions,
)

API_KEY = "bench-api-key"
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
SECRET_BYTES = SECRET.encode()
# Kraken keys its HMAC with the base64-decoded secret: its clients hold the base64 text.
KRAKEN_SECRET = base64.b64encode(SECRET_BYTES).decode()
FORM_TYPE = "application/x-www-form-urlencoded"
PASSPHRASE = "bench-passphrase"
JSON_TYPE = "application/json"

GOAL_SDK_FLOOR = 1.5
GOAL_SDK_CCXT = 0.5
SDK, FLOOR, CCXT = "SDK", "floor", "CCXT"
IMPLEMENTATIONS = (SDK, FLOOR, CCXT)

Signed = tuple[str, dict[str, str], bytes | None]  # url, headers, body
Params = Mapping[str, object] | tuple[Mapping[str, object], ...]


def fresh(params: Params) -> Any:
    """A fresh copy of a call's wire parameters (a dict, or a list of dicts), as each call
    builds its own."""
    if isinstance(params, tuple):
        return [dict(item) for item in params]
    return dict(params)


def compact_json(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


# ----------------------------------------------------------------- the five calls

BINGX_AFTER = "BingX.spot.cancel_all_after"
BINGX_OPEN = "BingX.spot.cancel_open_orders"
HTX_CANCEL = "HTX.futures.cancel_all_orders"
BITGET_CANCEL = "Bitget.mix.cancel_all_orders"
BITGET_SPOT_CANCEL = "Bitget.spot.cancel_symbol_order"
GATE_COUNTDOWN = "Gate.spot.countdown_cancel_all"
KRAKEN_CANCEL = "Kraken.spot.cancel_all"
KRAKENFUTURES_CANCEL = "KrakenFutures.futures.cancel_all_orders"
_KRAKENFUTURES_IDS = (
    "6180adfa-e4b1-4a52-adac-ea5417620dbd",
    "89e3edbe-d739-4c52-b866-6f5a8407ff6e",
    "0cd37a77-1644-4960-a7fb-9a1f6e0e46f7",
)
BINANCE_CANCEL = "Binance.spot.cancel_open_orders"
BYBIT_CANCEL = "Bybit.order.cancel_all"
OKX_CANCEL = "OKX.trade.cancel_batch_orders"
BINGX_SWAP_CANCEL = "BingX.swap.cancel_all_open_orders"
GATE_FUTURES_CANCEL = "Gate.futures.cancel_all_orders"
_OKX_ORDERS = (
    {"instId": "BTC-USDT-SWAP", "ordId": "12345689"},
    {"instId": "BTC-USDT-SWAP", "ordId": "12344"},
)
# the same orders as the SDK's keyword arguments
OKX_ITEMS = [{"inst_id": o["instId"], "ord_id": o["ordId"]} for o in _OKX_ORDERS]
SPECS = Path(__file__).resolve().parent.parent / "specs"


def _page_example(spec: str) -> object:
    """The response example the spec took from the exchange's page (``example_kind:
    published``): what the server answers for the calls added after the first nine."""
    with open(SPECS / spec, encoding="utf-8") as fh:
        response = yaml.safe_load(fh)["response"]
    assert response["example_kind"] == "published", spec
    return response["example"]


KUCOIN_CANCEL = "KuCoin.spot.cancel_all_orders"
BITMEX_CANCEL = "BitMEX.all.cancel_all_orders"


def _spec_example(spec: str) -> Any:
    with open(SPECS / spec, encoding="utf-8") as fh:
        return yaml.safe_load(fh)["response"]["example"]


_BITMEX_ORDER: dict[str, object] = _spec_example("bitmex/all/cancel_all_orders.yaml")[0]
_BITMEX_IDS = (
    "6f8bcd3a-6b2e-4b1a-9f5e-2d1c7a0b9e41",
    "0b6f1c7e-3d2a-4f4e-9a51-7c3e2f1d8b60",
    "9e2d4c1b-7a3f-4e6d-8b2c-1f0a9e8d7c65",
)
_BINGX_ORDER_IDS = (1735964997957275648, 1735964997957275649, 1735964997957275650)
_HTX_ORDER_IDS = ("1329854624317231104", "1329854624317231105", "1329854624317231106")


def _bingx_order(order_id: int, side: str) -> dict[str, object]:
    return {
        "symbol": "BTC-USDT",
        "orderId": order_id,
        "transactTime": 1702645335000,
        "price": "42150.5",
        "stopPrice": "0",
        "origQty": "0.0015",
        "executedQty": "0",
        "cummulativeQuoteQty": "0",
        "status": "CANCELED",
        "type": "LIMIT",
        "side": side,
        "clientOrderID": f"bot-{order_id % 1000}",
    }


RESPONSES: dict[str, object] = {
    # the page's example: the cancel is asynchronous, the answer names only the symbol
    BITGET_SPOT_CANCEL: {
        "code": "00000",
        "msg": "success",
        "requestTime": 1698313139948,
        "data": {"symbol": "BTCUSDT"},
    },
    BINGX_AFTER: {
        "code": 0,
        "msg": "",
        "debugMsg": "",
        "data": {
            "triggerTime": 1710389137,
            "status": "ACTIVATED",
            "note": "All your spot pending orders will be closed automatically at 2024-03-14 "
            "04:05:37 UTC(+0),before that you can cancel the timer, or extend triggerTime "
            "time by this request",
        },
    },
    BINGX_OPEN: {
        "code": 0,
        "msg": "",
        "debugMsg": "",
        "data": {
            "orders": [
                _bingx_order(_BINGX_ORDER_IDS[0], "BUY"),
                _bingx_order(_BINGX_ORDER_IDS[1], "SELL"),
                _bingx_order(_BINGX_ORDER_IDS[2], "BUY"),
            ]
        },
    },
    HTX_CANCEL: {
        "code": 200,
        "data": [
            {"client_order_id": oid, "code": 200, "message": "成功", "order_id": oid}
            for oid in _HTX_ORDER_IDS
        ],
        "message": "Success",
        "ts": 1737104244869,
    },
    BITGET_CANCEL: {
        "code": "00000",
        "msg": "success",
        "requestTime": 1627293504612,
        "data": {
            "successList": [
                {"orderId": f"12121121212{i}", "clientOid": f"BITGET#12121121212{i}"}
                for i in range(3)
            ],
            "failureList": [
                {
                    "orderId": "232",
                    "clientOid": "321342",
                    "errorMsg": "notExistend",
                    "errorCode": "22001",
                }
            ],
        },
    },
    GATE_COUNTDOWN: {"triggerTime": "1660039145000"},
    KRAKEN_CANCEL: {"error": [], "result": {"count": 3}},
    KRAKENFUTURES_CANCEL: {  # the page's example, PF_ symbols
        "result": "success",
        "cancelStatus": {
            "receivedTime": "2019-08-01T15:57:37.518Z",
            "cancelOnly": "all",
            "status": "cancelled",
            "cancelledOrders": [{"order_id": oid} for oid in _KRAKENFUTURES_IDS],
            "orderEvents": [
                {
                    "type": "CANCEL",
                    "uid": oid,
                    "order": {
                        "orderId": oid,
                        "type": "lmt",
                        "symbol": "PF_XBTUSD",
                        "side": "buy",
                        "quantity": 890,
                        "filled": 0,
                        "limitPrice": 10040,
                        "reduceOnly": False,
                        "timestamp": "2019-08-01T15:57:08.508Z",
                        "lastUpdateTimestamp": "2019-08-01T15:57:08.508Z",
                    },
                }
                for oid in _KRAKENFUTURES_IDS
            ],
        },
        "serverTime": "2019-08-01T15:57:37.520Z",
    },
    # the page's example (rest-api.md, Cancel All Open Orders on a Symbol): two plain orders
    BINANCE_CANCEL: [
        {
            "symbol": "BTCUSDT",
            "origClientOrderId": client,
            "orderId": order_id,
            "orderListId": -1,
            "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
            "transactTime": 1684804350068,
            "price": price,
            "origQty": "0.178622",
            "executedQty": "0.000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.000000",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "selfTradePreventionMode": "NONE",
        }
        for client, order_id, price in (
            ("E6APeyTJvkMvLMYMqu1KQ4", 11, "0.089853"),
            ("A3EF2HCwxgZPFMrfwbgrhv", 13, "0.090430"),
        )
    ],
    # the page's example (docs/pages/bybit_order_cancel_all.md): two order ids
    BYBIT_CANCEL: {
        "retCode": 0,
        "retMsg": "OK",
        "result": {
            "list": [
                {"orderId": "1616024329462743808", "orderLinkId": "1616024329462743809"},
                {"orderId": "1616024287544869632", "orderLinkId": "1616024287544869633"},
            ],
            "success": "1",
        },
        "retExtInfo": {},
        "time": 1707381118116,
    },
    # the pages' examples, read from the specs: OKX two cancelled orders (sCode "0"), BingX swap
    # two cancelled orders and two failures, Gate futures one cancelled order
    OKX_CANCEL: _page_example("okx/trade/cancel_batch_orders.yaml"),
    BINGX_SWAP_CANCEL: _page_example("bingx/swap/cancel_all_open_orders.yaml"),
    GATE_FUTURES_CANCEL: _page_example("gate/futures/cancel_all_orders.yaml"),
    # the page's example (specs/kucoin/spot/cancel_all_orders.yaml): two symbols cancelled
    KUCOIN_CANCEL: {
        "code": "200000",
        "data": {"succeedSymbols": ["ETH-USDT", "BTC-USDT"], "failedSymbols": []},
    },
    # BitMEX answers the cancelled orders (swagger.json's Order; the spec's example, three ids)
    BITMEX_CANCEL: [
        {**_BITMEX_ORDER, "orderID": order_id, "clOrdID": f"bot-{n}"}
        for n, order_id in enumerate(_BITMEX_IDS)
    ],
}


@dataclass(frozen=True)
class Call:
    """One of the five SDK calls and what the floor and CCXT send for it."""

    name: str
    exchange: str  # "bingx", "htx", "bitget", "gate"
    path: str
    params: Params  # wire parameters (OKX's batch: a JSON array of them)
    ccxt_method: str | None  # None: CCXT 4.5.90 does not have the exchange (BitMEX)
    ccxt_note: str = ""
    method: str = "POST"
    ccxt_params: Mapping[str, object] | None = None  # where CCXT needs more (a path param)

    @property
    def route(self) -> Route:
        return Route(self.method, self.path, compact_json(RESPONSES[self.name]))


CALLS = (
    Call(
        BINGX_AFTER,
        "bingx",
        "/openApi/spot/v1/trade/cancelAllAfter",
        {"type": "ACTIVATE", "timeOut": 10},
        "spotV1PrivatePostTradeCancelAllAfter",
    ),
    Call(
        BINGX_OPEN,
        "bingx",
        "/openApi/spot/v1/trade/cancelOpenOrders",
        {"symbol": "BTC-USDT"},
        "spotV1PrivatePostTradeCancelOpenOrders",
    ),
    Call(
        HTX_CANCEL,
        "htx",
        "/v5/trade/cancel_all_orders",
        {"contract_code": "BTC-USDT"},
        "contractPrivatePostV5TradeCancelAllOrders",
        "the v5 endpoint, same path as the SDK",
    ),
    Call(
        BITGET_CANCEL,
        "bitget",
        "/api/v2/mix/order/cancel-all-orders",
        {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
        "privateMixPostV2MixOrderCancelAllOrders",
    ),
    Call(
        BITGET_SPOT_CANCEL,
        "bitget",
        "/api/v2/spot/trade/cancel-symbol-order",
        {"symbol": "BTCUSDT"},
        "privateSpotPostV2SpotTradeCancelSymbolOrder",
        "cancel_all_orders(spot symbol) without load_markets: the same POST",
    ),
    Call(
        GATE_COUNTDOWN,
        "gate",
        "/api/v4/spot/countdown_cancel_all",
        {"timeout": 30, "currency_pair": "BTC_USDT"},
        "privateSpotPostCountdownCancelAll",
    ),
    Call(KRAKEN_CANCEL, "kraken", "/0/private/CancelAll", {}, "privatePostCancelAll"),
    Call(
        KRAKENFUTURES_CANCEL,
        "krakenfutures",
        "/derivatives/api/v3/cancelallorders",
        {},
        "privatePostCancelallorders",
    ),
    Call(
        BINANCE_CANCEL,
        "binance",
        "/api/v3/openOrders",
        {"symbol": "BTCUSDT"},
        "privateDeleteOpenOrders",
        "cancel_all_orders(symbol) without load_markets: the same DELETE",
        method="DELETE",
    ),
    Call(
        BYBIT_CANCEL,
        "bybit",
        "/v5/order/cancel-all",
        {"category": "linear", "settleCoin": "USDT"},
        "privatePostV5OrderCancelAll",
        "cancel_all_orders without load_markets: the same POST",
    ),
    Call(
        OKX_CANCEL,
        "okx",
        "/api/v5/trade/cancel-batch-orders",
        _OKX_ORDERS,
        "privatePostTradeCancelBatchOrders",
        "what cancel_orders sends, without load_markets: the same POST of a JSON array",
    ),
    Call(
        BINGX_SWAP_CANCEL,
        "bingx",
        "/openApi/swap/v2/trade/allOpenOrders",
        {"symbol": "ATOM-USDT"},
        "swapV2PrivateDeleteTradeAllOpenOrders",
        "what cancel_all_orders on a swap symbol sends, without load_markets",
        method="DELETE",
    ),
    Call(
        GATE_FUTURES_CANCEL,
        "gate",
        "/api/v4/futures/usdt/orders",
        {"contract": "BTC_USDT"},
        "privateFuturesDeleteSettleOrders",
        "what cancel_all_orders on a USDT swap market sends, without load_markets",
        method="DELETE",
        ccxt_params={"settle": "usdt", "contract": "BTC_USDT"},
    ),
    Call(
        KUCOIN_CANCEL,
        "kucoin",
        "/api/v1/hf/orders/cancelAll",
        {},
        "privateDeleteHfOrdersCancelAll",
        "cancel_all_orders without load_markets: the same DELETE",
        method="DELETE",
    ),
    Call(
        BITMEX_CANCEL,
        "bitmex",
        "/api/v1/order/all",
        {},
        None,
        "BitMEX is not in CCXT 4.5.90 (4.5.0 had it): SDK and floor only",
        method="DELETE",
    ),
)


# ----------------------------------------------------------------- SDK


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise RuntimeError(f"unexpected result: {what}")


def _check_sdk(name: str) -> Check:
    def check(result: Any) -> None:
        _expect(result.raw_response.status == 200, f"{name}: status")
        if name == BINGX_AFTER:
            _expect(result.trigger_time == 1710389137 and result.status == "ACTIVATED", name)
        elif name == BINGX_OPEN:
            _expect([o.order_id for o in result.orders] == list(_BINGX_ORDER_IDS), name)
        elif name == HTX_CANCEL:
            _expect([item.order_id for item in result] == list(_HTX_ORDER_IDS), name)
        elif name == BITGET_CANCEL:
            _expect(len(result.success_list) == 3 and len(result.failure_list) == 1, name)
        elif name == BITGET_SPOT_CANCEL:
            _expect(result.symbol == "BTCUSDT", name)
        elif name == KRAKEN_CANCEL:
            _expect(result.count == 3, name)
        elif name == KRAKENFUTURES_CANCEL:
            ids = [o.order_id for o in result.cancel_status.cancelled_orders]
            _expect(ids == list(_KRAKENFUTURES_IDS), name)
        elif name == BINANCE_CANCEL:
            _expect([item.order_id for item in result] == [11, 13], name)
        elif name == BYBIT_CANCEL:
            ids = [o.order_id for o in result.list_]
            _expect(ids == ["1616024329462743808", "1616024287544869632"], name)
        elif name == OKX_CANCEL:
            _expect(
                [(o.ord_id, o.s_code) for o in result] == [("12345689", "0"), ("12344", "0")], name
            )
        elif name == BINGX_SWAP_CANCEL:
            _expect(len(result.success) == 2 and len(result.failed) == 2, name)
        elif name == GATE_FUTURES_CANCEL:
            _expect([o.id for o in result] == [15675394], name)
        elif name == BITMEX_CANCEL:
            _expect([o.order_id for o in result] == list(_BITMEX_IDS), name)
            _expect({o.ord_status for o in result} == {"Canceled"}, name)
        elif name == KUCOIN_CANCEL:
            _expect(result.succeed_symbols == ["ETH-USDT", "BTC-USDT"], name)
            _expect(result.failed_symbols == [], name)
        else:
            _expect(result.trigger_time == 1660039145000, name)

    return check


_ClientT = TypeVar("_ClientT")


def unlimited(client: _ClientT) -> _ClientT:
    """Turn the SDK's client-side rate limiter off, as CCXT runs with enableRateLimit=False:
    the specs' limits (BingX cancel_all_after: 1/s) would make a CPU benchmark a sleep one."""
    if hasattr(client, "rate_limiter"):
        client.rate_limiter = None
    return client


def has_limiter() -> bool:
    from exchange_sdk._runtime.client import SyncClient

    return hasattr(SyncClient, "rate_limiter")


def sdk_sync(
    name: str, base: str, transport: SyncTransport | None = None
) -> tuple[SyncCall, Callable[[], None]]:
    """The call exactly as a user writes it, on a client of its own (``close`` is the
    client's bound ``close``; ``transport`` replaces the default, for sdk_profile.py)."""
    from exchange_sdk import (
        HTX,
        OKX,
        Binance,
        BingX,
        Bitget,
        BitMEX,
        Bybit,
        Gate,
        Kraken,
        KrakenFutures,
        KuCoin,
    )

    if name == BITMEX_CANCEL:
        bm = unlimited(
            BitMEX(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return bm.all.cancel_all_orders, bm.close
    if name == OKX_CANCEL:
        okx = unlimited(
            OKX(
                api_key=API_KEY,
                api_secret=SECRET,
                passphrase=PASSPHRASE,
                base_url=base,
                transport=transport,
            )
        )
        return lambda: okx.trade.cancel_batch_orders(orders=OKX_ITEMS), okx.close
    if name == BINGX_SWAP_CANCEL:
        bx = unlimited(
            BingX(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return lambda: bx.swap.cancel_all_open_orders(symbol="ATOM-USDT"), bx.close
    if name == GATE_FUTURES_CANCEL:
        gf = unlimited(Gate(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport))
        return lambda: gf.futures.cancel_all_orders(settle="usdt", contract="BTC_USDT"), gf.close
    if name == KUCOIN_CANCEL:
        kc = unlimited(
            KuCoin(
                api_key=API_KEY,
                api_secret=SECRET,
                passphrase=PASSPHRASE,
                base_url=base,
                transport=transport,
            )
        )
        return kc.spot.cancel_all_orders, kc.close
    if name == BYBIT_CANCEL:
        bb = unlimited(
            Bybit(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return lambda: bb.order.cancel_all(category="linear", settle_coin="USDT"), bb.close
    if name == BINANCE_CANCEL:
        bn = unlimited(
            Binance(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return lambda: bn.spot.cancel_open_orders(symbol="BTCUSDT"), bn.close
    if name == BINGX_AFTER:
        bx = unlimited(
            BingX(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return lambda: bx.spot.cancel_all_after(type="ACTIVATE", time_out=10), bx.close
    if name == BINGX_OPEN:
        bx = unlimited(
            BingX(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport)
        )
        return lambda: bx.spot.cancel_open_orders(symbol="BTC-USDT"), bx.close
    if name == HTX_CANCEL:
        htx = unlimited(HTX(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport))
        return lambda: htx.futures.cancel_all_orders(contract_code="BTC-USDT"), htx.close
    if name == BITGET_SPOT_CANCEL:
        bs = unlimited(
            Bitget(
                api_key=API_KEY,
                api_secret=SECRET,
                passphrase=PASSPHRASE,
                base_url=base,
                transport=transport,
            )
        )
        return lambda: bs.spot.cancel_symbol_order(symbol="BTCUSDT"), bs.close
    if name == BITGET_CANCEL:
        bg = unlimited(
            Bitget(
                api_key=API_KEY,
                api_secret=SECRET,
                passphrase=PASSPHRASE,
                base_url=base,
                transport=transport,
            )
        )
        return (
            lambda: bg.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT"),
            bg.close,
        )
    if name == KRAKEN_CANCEL:
        kr = unlimited(
            Kraken(api_key=API_KEY, api_secret=KRAKEN_SECRET, base_url=base, transport=transport)
        )
        return kr.spot.cancel_all, kr.close
    if name == KRAKENFUTURES_CANCEL:
        kf = unlimited(
            KrakenFutures(
                api_key=API_KEY, api_secret=KRAKEN_SECRET, base_url=base, transport=transport
            )
        )
        return kf.futures.cancel_all_orders, kf.close
    gate = unlimited(Gate(api_key=API_KEY, api_secret=SECRET, base_url=base, transport=transport))
    return lambda: gate.spot.countdown_cancel_all(timeout=30, currency_pair="BTC_USDT"), gate.close


async def sdk_async(name: str, base: str) -> tuple[AsyncCall, AsyncClose]:
    from exchange_sdk import (
        AsyncBinance,
        AsyncBingX,
        AsyncBitget,
        AsyncBitMEX,
        AsyncBybit,
        AsyncGate,
        AsyncHTX,
        AsyncKraken,
        AsyncKrakenFutures,
        AsyncKuCoin,
        AsyncOKX,
    )

    if name == BITMEX_CANCEL:
        bm = unlimited(AsyncBitMEX(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return bm.all.cancel_all_orders, bm.aclose
    if name == OKX_CANCEL:
        okx = unlimited(
            AsyncOKX(api_key=API_KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=base)
        )
        return lambda: okx.trade.cancel_batch_orders(orders=OKX_ITEMS), okx.aclose
    if name == BINGX_SWAP_CANCEL:
        bx = unlimited(AsyncBingX(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: bx.swap.cancel_all_open_orders(symbol="ATOM-USDT"), bx.aclose
    if name == GATE_FUTURES_CANCEL:
        gf = unlimited(AsyncGate(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return (
            lambda: gf.futures.cancel_all_orders(settle="usdt", contract="BTC_USDT"),
            gf.aclose,
        )
    if name == KUCOIN_CANCEL:
        kc = unlimited(
            AsyncKuCoin(api_key=API_KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=base)
        )
        return kc.spot.cancel_all_orders, kc.aclose
    if name == BYBIT_CANCEL:
        bb = unlimited(AsyncBybit(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: bb.order.cancel_all(category="linear", settle_coin="USDT"), bb.aclose
    if name == BINANCE_CANCEL:
        bn = unlimited(AsyncBinance(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: bn.spot.cancel_open_orders(symbol="BTCUSDT"), bn.aclose
    if name == BINGX_AFTER:
        bx = unlimited(AsyncBingX(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: bx.spot.cancel_all_after(type="ACTIVATE", time_out=10), bx.aclose
    if name == BINGX_OPEN:
        bx = unlimited(AsyncBingX(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: bx.spot.cancel_open_orders(symbol="BTC-USDT"), bx.aclose
    if name == HTX_CANCEL:
        htx = unlimited(AsyncHTX(api_key=API_KEY, api_secret=SECRET, base_url=base))
        return lambda: htx.futures.cancel_all_orders(contract_code="BTC-USDT"), htx.aclose
    if name == BITGET_SPOT_CANCEL:
        bs = unlimited(
            AsyncBitget(api_key=API_KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=base)
        )
        return lambda: bs.spot.cancel_symbol_order(symbol="BTCUSDT"), bs.aclose
    if name == BITGET_CANCEL:
        bg = unlimited(
            AsyncBitget(api_key=API_KEY, api_secret=SECRET, passphrase=PASSPHRASE, base_url=base)
        )
        return (
            lambda: bg.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT"),
            bg.aclose,
        )
    if name == KRAKEN_CANCEL:
        kr = unlimited(AsyncKraken(api_key=API_KEY, api_secret=KRAKEN_SECRET, base_url=base))
        return kr.spot.cancel_all, kr.aclose
    if name == KRAKENFUTURES_CANCEL:
        kf = unlimited(AsyncKrakenFutures(api_key=API_KEY, api_secret=KRAKEN_SECRET, base_url=base))
        return kf.futures.cancel_all_orders, kf.aclose
    gate = unlimited(AsyncGate(api_key=API_KEY, api_secret=SECRET, base_url=base))
    return (
        lambda: gate.spot.countdown_cancel_all(timeout=30, currency_pair="BTC_USDT"),
        gate.aclose,
    )


# ----------------------------------------------------------------- floor: hand-written signing


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _b64_hmac_sha256(message: str) -> str:
    digest = hmac.new(SECRET_BYTES, message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def floor_bingx(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """All parameters in the query, ASCII-sorted, raw values; hex HMAC-SHA256 appended."""
    params["timestamp"] = _now_ms()
    query = "&".join([f"{k}={params[k]}" for k in sorted(params)])
    signature = hmac.new(SECRET_BYTES, query.encode(), hashlib.sha256).hexdigest()
    return f"{base}{path}?{query}&signature={signature}", {"X-BX-APIKEY": API_KEY}, None


_HTX_KEY = quote(API_KEY, safe="")


def floor_htx(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """Signature V2 over the four auth parameters and the host called; JSON body unsigned."""
    host = base.partition("://")[2]
    timestamp = quote(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()), safe="")
    query = (
        f"AccessKeyId={_HTX_KEY}&SignatureMethod=HmacSHA256&SignatureVersion=2"
        f"&Timestamp={timestamp}"
    )
    signature = _b64_hmac_sha256(f"POST\n{host}\n{path}\n{query}")
    return (
        f"{base}{path}?{query}&Signature={quote(signature, safe='')}",
        {"Content-Type": JSON_TYPE},
        json.dumps(params, separators=(",", ":")).encode(),
    )


def floor_bitget(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """ACCESS-* headers; base64 HMAC-SHA256 of timestamp + method + path + body."""
    timestamp = str(_now_ms())
    body = json.dumps(params, separators=(",", ":"))
    headers = {
        "ACCESS-KEY": API_KEY,
        "ACCESS-SIGN": _b64_hmac_sha256(timestamp + "POST" + path + body),
        "ACCESS-TIMESTAMP": timestamp,
        "ACCESS-PASSPHRASE": PASSPHRASE,
        "Content-Type": JSON_TYPE,
    }
    return base + path, headers, body.encode()


def floor_gate(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """KEY/Timestamp/SIGN; hex HMAC-SHA512 of method, path, query, SHA-512(body), seconds.
    POST: the parameters as a JSON body; DELETE: in the query, and an empty body."""
    timestamp = str(int(time.time()))
    query, body = "", b""
    if method == "POST":
        body = json.dumps(params, separators=(",", ":")).encode()
    else:
        query = "&".join([f"{k}={v}" for k, v in params.items()])
    text = f"{method}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{timestamp}"
    headers = {
        "KEY": API_KEY,
        "Timestamp": timestamp,
        "SIGN": hmac.new(SECRET_BYTES, text.encode(), hashlib.sha512).hexdigest(),
    }
    if method == "POST":
        headers["Content-Type"] = JSON_TYPE
        return base + path, headers, body
    return f"{base}{path}?{query}", headers, None


def floor_okx(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """OK-ACCESS-*; base64 HMAC-SHA256 of ISO-8601 ms timestamp + method + path + JSON body."""
    now = time.time_ns() // 1_000_000
    timestamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now // 1000)) + f".{now % 1000:03d}Z"
    body = json.dumps(params, separators=(",", ":"))
    headers = {
        "OK-ACCESS-KEY": API_KEY,
        "OK-ACCESS-SIGN": _b64_hmac_sha256(timestamp + method + path + body),
        "OK-ACCESS-TIMESTAMP": timestamp,
        "OK-ACCESS-PASSPHRASE": PASSPHRASE,
        "Content-Type": JSON_TYPE,
    }
    return base + path, headers, body.encode()


_kraken_nonce = [0]


def floor_kraken(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """Form body led by an increasing ms nonce; API-Sign = base64 HMAC-SHA512 (decoded secret)
    of path + SHA-256(nonce + body)."""
    nonce = _kraken_nonce[0] = max(_now_ms(), _kraken_nonce[0] + 1)
    body = "&".join([f"nonce={nonce}", *(f"{k}={v}" for k, v in params.items())])
    digest = hashlib.sha256(f"{nonce}{body}".encode()).digest()
    sign = hmac.new(SECRET_BYTES, path.encode() + digest, hashlib.sha512).digest()
    headers = {"API-Key": API_KEY, "API-Sign": base64.b64encode(sign).decode()}
    headers["Content-Type"] = FORM_TYPE
    return base + path, headers, body.encode()


def floor_krakenfutures(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """Arguments in the query; Authent = base64 HMAC-SHA512 (decoded secret) of
    SHA-256(postData + path without /derivatives)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    text = query + path.removeprefix("/derivatives")
    digest = hashlib.sha256(text.encode()).digest()
    sign = hmac.new(SECRET_BYTES, digest, hashlib.sha512).digest()
    headers = {"APIKey": API_KEY, "Authent": base64.b64encode(sign).decode()}
    return base + path + (f"?{query}" if query else ""), headers, None


def floor_binance(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """Parameters in the query (given order), timestamp last; hex HMAC-SHA256 of the query
    appended as signature; key in X-MBX-APIKEY; no body."""
    params["timestamp"] = _now_ms()
    query = "&".join([f"{k}={v}" for k, v in params.items()])
    signature = hmac.new(SECRET_BYTES, query.encode(), hashlib.sha256).hexdigest()
    return f"{base}{path}?{query}&signature={signature}", {"X-MBX-APIKEY": API_KEY}, None


def floor_bybit(base: str, path: str, params: Any, method: str = "POST") -> Signed:
    """JSON body; X-BAPI-SIGN = hex HMAC-SHA256 of timestamp + key + recv window + body."""
    body = json.dumps(params, separators=(",", ":"))
    timestamp = str(_now_ms())
    text = timestamp + API_KEY + "5000" + body
    headers = {
        "X-BAPI-API-KEY": API_KEY,
        "X-BAPI-TIMESTAMP": timestamp,
        "X-BAPI-SIGN": hmac.new(SECRET_BYTES, text.encode(), hashlib.sha256).hexdigest(),
        "X-BAPI-RECV-WINDOW": "5000",
        "Content-Type": JSON_TYPE,
    }
    return base + path, headers, body.encode()


def floor_kucoin(base: str, path: str, params: Any, method: str = "DELETE") -> Signed:
    """A DELETE without a query or body; KC-API-SIGN = base64 HMAC-SHA256 of timestamp + METHOD +
    path, KC-API-PASSPHRASE the passphrase signed the same way (key version 2)."""
    timestamp = str(_now_ms())
    headers = {
        "KC-API-KEY": API_KEY,
        "KC-API-SIGN": _b64_hmac_sha256(timestamp + "DELETE" + path),
        "KC-API-TIMESTAMP": timestamp,
        "KC-API-PASSPHRASE": _b64_hmac_sha256(PASSPHRASE),
        "KC-API-KEY-VERSION": "2",
    }
    return base + path, headers, None


def floor_bitmex(base: str, path: str, params: Any, method: str = "DELETE") -> Signed:
    """No parameters: no query, no body; api-signature = hex HMAC-SHA256 of verb + path +
    api-expires (UNIX seconds, 60 s ahead) + the (empty) body."""
    expires = str(time.time_ns() // 1_000_000_000 + 60)
    signature = hmac.new(SECRET_BYTES, (method + path + expires).encode(), hashlib.sha256)
    headers = {"api-expires": expires, "api-key": API_KEY, "api-signature": signature.hexdigest()}
    return base + path, headers, None


FLOOR_SIGNERS: dict[str, Callable[[str, str, Any, str], Signed]] = {
    "bingx": floor_bingx,
    "htx": floor_htx,
    "bitget": floor_bitget,
    "gate": floor_gate,
    "kraken": floor_kraken,
    "krakenfutures": floor_krakenfutures,
    "binance": floor_binance,
    "bybit": floor_bybit,
    "okx": floor_okx,
    "kucoin": floor_kucoin,
    "bitmex": floor_bitmex,
}


def floor_payload(exchange: str) -> Callable[[int, Any], Any]:
    """The hand-written envelope check: success code (or status), then the payload."""
    if exchange == "kraken":

        def kraken_payload(status: int, data: Any) -> Any:
            if status != 200 or data.get("error"):
                raise RuntimeError(f"kraken: error response {status}: {data!r}")
            return data["result"]

        return kraken_payload
    if exchange == "bybit":

        def bybit_payload(status: int, data: Any) -> Any:
            if status != 200 or data.get("retCode") != 0:
                raise RuntimeError(f"bybit: error response {status}: {data!r}")
            return data["result"]

        return bybit_payload
    if exchange == "krakenfutures":

        def krakenfutures_payload(status: int, data: Any) -> Any:
            if status != 200 or data.get("result") != "success":
                raise RuntimeError(f"krakenfutures: error response {status}: {data!r}")
            return data

        return krakenfutures_payload
    field, success = {
        "bingx": ("code", 0),
        "htx": ("code", 200),
        "bitget": ("code", "00000"),
        "okx": ("code", "0"),
        "kucoin": ("code", "200000"),
    }.get(exchange, ("", None))

    def payload(status: int, data: Any) -> Any:
        if status != 200 or (field and data.get(field) != success):
            raise RuntimeError(f"{exchange}: error response {status}: {data!r}")
        return data["data"] if field else data

    return payload


def _expected_payload(call: Call) -> object:
    data = RESPONSES[call.name]
    if call.exchange in ("kraken", "bybit"):
        return data["result"]  # type: ignore[index]
    whole = ("gate", "binance", "krakenfutures", "bitmex")
    return data if call.exchange in whole else data["data"]  # type: ignore[index]


def _check_equal(expected: object, what: str) -> Check:
    def check(result: Any) -> None:
        _expect(result == expected, what)

    return check


class RawSocketHttp11:
    """The sync floor's HTTP: what the SDK's sync transport is built from (a blocking socket
    and httptools' parser) used bare: one keep-alive connection, the request written as bytes,
    no pool, no deadline, no checks. See also http_clients.py."""

    def __init__(self, base: str) -> None:
        from httptools import HttpResponseParser

        self.host, _, port = base.partition("://")[2].partition(":")
        self.port = int(port)
        self.head = f"Host: {self.host}:{self.port}\r\n"
        self.parser = HttpResponseParser(self)
        self.sock: socket.socket | None = None
        self.body: list[bytes] = []
        self.done = False

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.done = True

    def post(
        self, target: str, headers: dict[str, str], body: bytes, method: str = "POST"
    ) -> tuple[int, bytes]:
        if self.sock is None:
            self.sock = socket.create_connection((self.host, self.port))
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.sock.sendall(
            f"{method} {target} HTTP/1.1\r\n{self.head}{lines}Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        self.done = False
        while not self.done:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("connection lost")
            self.parser.feed_data(data)
        out, self.body = b"".join(self.body), []
        return self.parser.get_status_code(), out

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()


def floor_sync(call: Call, base: str) -> tuple[SyncCall, Callable[[], None]]:
    client = RawSocketHttp11(base)
    sign = FLOOR_SIGNERS[call.exchange]
    unwrap = floor_payload(call.exchange)
    path, params, method = call.path, call.params, call.method
    cut = len(base)

    def run() -> Any:
        url, headers, body = sign(base, path, fresh(params), method)
        status, data = client.post(url[cut:], headers, body or b"", method)
        return unwrap(status, json.loads(data))

    return run, client.close


class RawHttp11:
    """The async floor's HTTP: what the SDK's async transport is built from (the event loop's
    sockets and httptools' parser) used bare: one keep-alive connection, the request written
    as bytes, no pool, no deadline, no checks. See also http_clients.py."""

    def __init__(self, base: str) -> None:
        from httptools import HttpResponseParser

        self.host, _, port = base.partition("://")[2].partition(":")
        self.port = int(port)
        self.head = f"Host: {self.host}:{self.port}\r\n"
        self.parser = HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.body: list[bytes] = []

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.parser.feed_data(data)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("connection lost"))

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        assert self.waiter is not None
        self.waiter.set_result((self.parser.get_status_code(), b"".join(self.body)))
        self.body = []

    async def post(
        self, target: str, headers: dict[str, str], body: bytes, method: str = "POST"
    ) -> tuple[int, bytes]:
        loop = asyncio.get_running_loop()
        if self.transport is None:
            protocol = cast("Callable[[], asyncio.Protocol]", lambda: self)
            await loop.create_connection(protocol, self.host, self.port)
        assert self.transport is not None
        self.waiter = loop.create_future()
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.transport.write(
            f"{method} {target} HTTP/1.1\r\n{self.head}{lines}Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        return await self.waiter

    async def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


async def floor_async(call: Call, base: str) -> tuple[AsyncCall, AsyncClose]:
    client = RawHttp11(base)
    sign = FLOOR_SIGNERS[call.exchange]
    unwrap = floor_payload(call.exchange)
    path, params, method = call.path, call.params, call.method
    cut = len(base)

    async def run() -> Any:
        url, headers, body = sign(base, path, fresh(params), method)
        status, data = await client.post(url[cut:], headers, body or b"", method)
        return unwrap(status, json.loads(data))

    return run, client.close


# ----------------------------------------------------------------- CCXT


def _ccxt_config(exchange: str, base: str) -> dict[str, Any]:
    """Credentials, no rate limiter, and the API root of this call's section on the server."""
    sections: dict[str, dict[str, Any]] = {
        "bingx": {"api": {"spot": base + "/openApi", "swap": base + "/openApi"}},
        # HTX signs the host it is told it talks to: point the hostname itself at the server.
        "htx": {"api": {"contract": "http://{hostname}"}, "hostnames": {"contract": base[7:]}},
        "bitget": {"api": {"mix": base, "spot": base}},
        "gate": {"api": {"private": {"spot": base + "/api/v4", "futures": base + "/api/v4"}}},
        "kraken": {"api": {"public": base, "private": base}},
        "krakenfutures": {
            "api": {"public": base + "/derivatives/api/", "private": base + "/derivatives/api/"}
        },
        "binance": {"api": {"private": base + "/api/v3"}},
        "bybit": {"api": {"private": base}},
        "okx": {"api": {"rest": base}},
        "kucoin": {"api": {"private": base}},
    }
    return {
        "apiKey": API_KEY,
        "secret": KRAKEN_SECRET if exchange.startswith("kraken") else SECRET,
        "password": PASSPHRASE,
        "enableRateLimit": False,
        "urls": sections[exchange],
    }


def ccxt_sync(call: Call, base: str) -> tuple[SyncCall, Callable[[], None]]:
    import ccxt

    assert call.ccxt_method is not None
    exchange = getattr(ccxt, call.exchange)(_ccxt_config(call.exchange, base))
    method = getattr(exchange, call.ccxt_method)
    params = call.params if call.ccxt_params is None else call.ccxt_params

    def close() -> None:
        exchange.session.close()

    return lambda: method(fresh(params)), close


async def ccxt_async(call: Call, base: str) -> tuple[AsyncCall, AsyncClose]:
    import ccxt.async_support

    assert call.ccxt_method is not None
    exchange = getattr(ccxt.async_support, call.exchange)(_ccxt_config(call.exchange, base))
    method = getattr(exchange, call.ccxt_method)
    params = call.params if call.ccxt_params is None else call.ccxt_params

    async def close() -> None:
        await exchange.close()

    return lambda: method(fresh(params)), close


# ----------------------------------------------------------------- request checks


def _fresh(timestamp: float, what: str) -> list[str]:
    skew = abs(time.time() - timestamp)
    return [] if skew < 60 else [f"{what} is {skew:.0f} s off"]


def _pairs(query: str) -> list[tuple[str, str]]:
    return [
        (unquote(k), unquote(v))
        for k, _, v in (item.partition("=") for item in query.split("&") if item)
    ]


def _json_body(request: CapturedRequest, call: Call) -> list[str]:
    """The parameters: a JSON body, or the query of a DELETE (nothing in the body)."""
    wanted = fresh(call.params)
    if call.method == "DELETE":
        sent = dict(_pairs(request.query))
        wanted = {k: str(v) for k, v in wanted.items()}
        extra = [f"body {request.body[:80]!r} on a DELETE"] if request.body else []
        return extra + ([] if sent == wanted else [f"query {sent!r} != {wanted!r}"])
    try:
        sent = json.loads(request.body)
    except ValueError:
        return [f"body is not JSON: {request.body[:80]!r}"]
    return [] if sent == wanted else [f"body {sent!r} != {wanted!r}"]


def _verify_bingx(request: CapturedRequest, call: Call) -> list[str]:
    signed, sep, signature = request.query.rpartition("&signature=")
    problems = [] if sep else ["no signature parameter"]
    expected = hmac.new(SECRET_BYTES, signed.encode(), hashlib.sha256).hexdigest()
    if signature != expected:
        problems.append("bad signature")
    params = dict(_pairs(signed))
    timestamp = params.pop("timestamp", "0")
    params.pop("recvWindow", None)
    wanted = {k: str(v) for k, v in fresh(call.params).items()}
    if params != wanted:
        problems.append(f"query params {params!r} != {wanted!r}")
    if request.headers.get("x-bx-apikey") != API_KEY:
        problems.append("X-BX-APIKEY missing")
    return problems + _fresh(int(timestamp) / 1000, "timestamp")


def _verify_htx(request: CapturedRequest, call: Call) -> list[str]:
    items = [item for item in request.query.split("&") if item]
    signature = [unquote(i.partition("=")[2]) for i in items if i.startswith("Signature=")]
    canonical = "&".join(sorted((i for i in items if not i.startswith("Signature=")), key=_key))
    host = request.headers.get("host", "")
    problems = _json_body(request, call)
    if signature != [_b64_hmac_sha256(f"{request.method}\n{host}\n{request.path}\n{canonical}")]:
        problems.append(f"bad signature (host {host!r})")
    params = dict(_pairs(canonical))
    if params.get("AccessKeyId") != API_KEY or params.get("SignatureVersion") != "2":
        problems.append(f"auth parameters {params!r}")
    try:
        when = calendar.timegm(time.strptime(params.get("Timestamp", ""), "%Y-%m-%dT%H:%M:%S"))
    except ValueError:
        return [*problems, f"bad Timestamp {params.get('Timestamp')!r}"]
    return problems + _fresh(when, "Timestamp")


def _key(item: str) -> str:
    return item.partition("=")[0]


def _verify_bitget(request: CapturedRequest, call: Call) -> list[str]:
    headers = request.headers
    timestamp = headers.get("access-timestamp", "0")
    target = request.path + (f"?{request.query}" if request.query else "")
    prehash = timestamp + request.method + target + request.body.decode()
    problems = _json_body(request, call)
    if headers.get("access-sign") != _b64_hmac_sha256(prehash):
        problems.append("bad ACCESS-SIGN")
    if headers.get("access-key") != API_KEY or headers.get("access-passphrase") != PASSPHRASE:
        problems.append("ACCESS-KEY / ACCESS-PASSPHRASE")
    return problems + _fresh(int(timestamp) / 1000, "ACCESS-TIMESTAMP")


def _verify_gate(request: CapturedRequest, call: Call) -> list[str]:
    headers = request.headers
    timestamp = headers.get("timestamp", "0")
    body_hash = hashlib.sha512(request.body).hexdigest()
    text = f"{request.method}\n{request.path}\n{request.query}\n{body_hash}\n{timestamp}"
    problems = _json_body(request, call)
    if headers.get("sign") != hmac.new(SECRET_BYTES, text.encode(), hashlib.sha512).hexdigest():
        problems.append("bad SIGN")
    if headers.get("key") != API_KEY:
        problems.append("KEY")
    return problems + _fresh(float(timestamp), "Timestamp")


def _verify_kraken(request: CapturedRequest, call: Call) -> list[str]:
    """Spot REST auth guide: API-Sign over the URI path and SHA-256(nonce + POST data)."""
    pairs = _pairs(request.body.decode().replace("+", " "))
    nonce = [v for k, v in pairs if k == "nonce"]
    problems = [] if len(nonce) == 1 and nonce[0].isdigit() else [f"nonce {nonce!r}"]
    if not problems:
        digest = hashlib.sha256(nonce[0].encode() + request.body).digest()
        mac = hmac.new(SECRET_BYTES, request.path.encode() + digest, hashlib.sha512).digest()
        if request.headers.get("api-sign") != base64.b64encode(mac).decode():
            problems.append("bad API-Sign")
    params = {k: v for k, v in pairs if k != "nonce"}
    if params != {k: str(v) for k, v in fresh(call.params).items()}:
        problems.append(f"body params {params!r}")
    if request.headers.get("api-key") != API_KEY:
        problems.append("API-Key")
    return problems


def _verify_krakenfutures(request: CapturedRequest, call: Call) -> list[str]:
    """Futures REST guide: Authent over SHA-256(postData + Nonce + path without /derivatives)."""
    headers = request.headers
    text = (
        request.query
        + request.body.decode()
        + headers.get("nonce", "")
        + request.path.removeprefix("/derivatives")
    )
    digest = hashlib.sha256(text.encode()).digest()
    mac = hmac.new(SECRET_BYTES, digest, hashlib.sha512).digest()
    problems = [] if headers.get("authent") == base64.b64encode(mac).decode() else ["bad Authent"]
    params = dict(_pairs(request.query + request.body.decode()))
    if params != {k: str(v) for k, v in fresh(call.params).items()}:
        problems.append(f"params {params!r}")
    if headers.get("apikey") != API_KEY:
        problems.append("APIKey")
    return problems


def _verify_binance(request: CapturedRequest, call: Call) -> list[str]:
    """totalParams = query + body; signature = hex HMAC-SHA256 of it, the last parameter."""
    total = request.query + request.body.decode()
    signed, sep, signature = total.rpartition("&signature=")
    problems = [] if sep else ["no signature parameter"]
    if signature != hmac.new(SECRET_BYTES, signed.encode(), hashlib.sha256).hexdigest():
        problems.append("bad signature")
    params = dict(_pairs(signed))
    timestamp = params.pop("timestamp", "0")
    params.pop("recvWindow", None)
    wanted = {k: str(v) for k, v in fresh(call.params).items()}
    if params != wanted:
        problems.append(f"params {params!r} != {wanted!r}")
    if request.headers.get("x-mbx-apikey") != API_KEY:
        problems.append("X-MBX-APIKEY missing")
    return problems + _fresh(int(timestamp) / 1000, "timestamp")


def _verify_bybit(request: CapturedRequest, call: Call) -> list[str]:
    """Integration guide: X-BAPI-SIGN = hex HMAC-SHA256 of timestamp + key + recv window +
    the JSON body as sent."""
    headers = request.headers
    timestamp = headers.get("x-bapi-timestamp", "0")
    window = headers.get("x-bapi-recv-window", "")
    text = timestamp + API_KEY + window + request.body.decode()
    problems = _json_body(request, call)
    if (
        headers.get("x-bapi-sign")
        != hmac.new(SECRET_BYTES, text.encode(), hashlib.sha256).hexdigest()
    ):
        problems.append("bad X-BAPI-SIGN")
    if headers.get("x-bapi-api-key") != API_KEY:
        problems.append("X-BAPI-API-KEY")
    return problems + _fresh(int(timestamp) / 1000, "X-BAPI-TIMESTAMP")


def _verify_okx(request: CapturedRequest, call: Call) -> list[str]:
    """REST authentication: OK-ACCESS-SIGN = base64 HMAC-SHA256 of the ISO-8601 timestamp +
    method + request path (with its query) + the body as sent."""
    headers = request.headers
    timestamp = headers.get("ok-access-timestamp", "")
    target = request.path + (f"?{request.query}" if request.query else "")
    problems = _json_body(request, call)
    if headers.get("ok-access-sign") != _b64_hmac_sha256(
        timestamp + request.method + target + request.body.decode()
    ):
        problems.append("bad OK-ACCESS-SIGN")
    if headers.get("ok-access-key") != API_KEY or headers.get("ok-access-passphrase") != PASSPHRASE:
        problems.append("OK-ACCESS-KEY / OK-ACCESS-PASSPHRASE")
    try:
        when = calendar.timegm(time.strptime(timestamp[:19], "%Y-%m-%dT%H:%M:%S"))
    except ValueError:
        return [*problems, f"bad OK-ACCESS-TIMESTAMP {timestamp!r}"]
    return problems + _fresh(when, "OK-ACCESS-TIMESTAMP")


def _verify_kucoin(request: CapturedRequest, call: Call) -> list[str]:
    """KuCoin "Signing a Message": KC-API-SIGN = base64 HMAC-SHA256 of timestamp + METHOD + path
    [+ ?query] + body; KC-API-PASSPHRASE signed with the secret for key version 2."""
    headers = request.headers
    timestamp = headers.get("kc-api-timestamp", "0")
    target = request.path + (f"?{request.query}" if request.query else "")
    text = timestamp + request.method + target + request.body.decode()
    problems = [] if not request.body and not request.query else ["a query or body was sent"]
    if headers.get("kc-api-sign") != _b64_hmac_sha256(text):
        problems.append("bad KC-API-SIGN")
    if headers.get("kc-api-key") != API_KEY or headers.get("kc-api-key-version") != "2":
        problems.append("KC-API-KEY / KC-API-KEY-VERSION")
    if headers.get("kc-api-passphrase") != _b64_hmac_sha256(PASSPHRASE):
        problems.append("KC-API-PASSPHRASE is not the signed passphrase")
    return problems + _fresh(int(timestamp) / 1000, "KC-API-TIMESTAMP")


def _verify_bitmex(request: CapturedRequest, call: Call) -> list[str]:
    """ "API Key Usage": api-signature = hex HMAC-SHA256 of verb + path (+ ?query) + api-expires
    + the body as sent; api-expires in the future (UNIX seconds)."""
    headers = request.headers
    expires = headers.get("api-expires", "0")
    target = request.path + (f"?{request.query}" if request.query else "")
    text = request.method + target + expires + request.body.decode()
    problems = [] if not request.body and not request.query else ["a query or body was sent"]
    if (
        headers.get("api-signature")
        != hmac.new(SECRET_BYTES, text.encode(), hashlib.sha256).hexdigest()
    ):
        problems.append("bad api-signature")
    if headers.get("api-key") != API_KEY:
        problems.append("api-key")
    if not expires.isdigit() or int(expires) <= time.time():
        problems.append(f"api-expires {expires!r} is not in the future")
    return problems


VERIFIERS: dict[str, Callable[[CapturedRequest, Call], list[str]]] = {
    "bingx": _verify_bingx,
    "htx": _verify_htx,
    "bitget": _verify_bitget,
    "gate": _verify_gate,
    "kraken": _verify_kraken,
    "krakenfutures": _verify_krakenfutures,
    "binance": _verify_binance,
    "bybit": _verify_bybit,
    "okx": _verify_okx,
    "kucoin": _verify_kucoin,
    "bitmex": _verify_bitmex,
}


def verify_requests(server: Server, cases: list[tuple[Call, str, Case]]) -> list[str]:
    """Capture one request of every case and check it as the exchange would."""
    problems: list[str] = []
    for call, impl, case in cases:
        where = f"{impl} {case.mode} {call.name}"
        captured = server.capture(case.once, 1)
        if len(captured) != 1:
            problems.append(f"{where}: the server saw {len(captured)} requests, not 1")
            continue
        request = captured[0]
        if (request.method, request.path) != (call.method, call.path):
            problems.append(
                f"{where}: sent {request.method} {request.path}, not {call.method} {call.path}"
            )
            continue
        problems += [f"{where}: {p}" for p in VERIFIERS[call.exchange](request, call)]
    return problems


# ----------------------------------------------------------------- runs


@dataclass
class Row:
    call: str
    mode: str
    sdk_us: float
    sdk_p90_us: float
    floor_us: float
    floor_p90_us: float
    ccxt_us: float | None  # None: CCXT does not have the exchange
    ccxt_p90_us: float | None
    sdk_floor: float
    sdk_ccxt: float | None
    floor_ccxt: float | None  # what the floor itself reaches against CCXT: a bound for the SDK
    goal_sdk_floor: float = GOAL_SDK_FLOOR
    goal_sdk_ccxt: float = GOAL_SDK_CCXT


@dataclass
class ImportRow:
    name: str
    sdk_code: str
    ccxt_code: str
    sdk_ms: float
    ccxt_ms: float
    sdk_ccxt: float
    goal: float


IMPORT_PAIRS: list[tuple[str, str, str, float]] = [
    ("import", "import exchange_sdk", "import ccxt", 0.1),
    (
        "import + first client",
        f"from exchange_sdk import BingX; BingX(api_key={API_KEY!r}, api_secret={SECRET!r})",
        "import ccxt; ccxt.bingx()",
        0.3,
    ),
]


def _sync_client(impl: str, call: Call, base: str) -> tuple[SyncCall, Callable[[], None]]:
    if impl == SDK:
        return sdk_sync(call.name, base)
    return floor_sync(call, base) if impl == FLOOR else ccxt_sync(call, base)


def build_cases(
    base: str, runner: asyncio.Runner, calls: tuple[Call, ...] = CALLS
) -> list[tuple[Call, str, Case]]:
    cases: list[tuple[Call, str, Case]] = []
    for call in calls:
        expected = _expected_payload(call)
        whole = json.loads(call.route.body)
        checks: dict[str, Check] = {
            SDK: _check_sdk(call.name),
            FLOOR: _check_equal(expected, f"floor {call.name}"),
            CCXT: _check_equal(whole, f"CCXT {call.name}"),
        }
        impls = IMPLEMENTATIONS if call.ccxt_method is not None else (SDK, FLOOR)
        for impl in impls:
            run, close = _sync_client(impl, call, base)
            cases.append((call, impl, sync_case(f"{impl} {call.name}", run, close, checks[impl])))
        async_factories = {
            SDK: sdk_async(call.name, base),
            FLOOR: floor_async(call, base),
        }
        if call.ccxt_method is not None:
            async_factories[CCXT] = ccxt_async(call, base)
        for impl in impls:
            arun, aclose = runner.run(async_factories[impl])
            case = async_case(f"{impl} {call.name}", arun, aclose, runner, checks[impl])
            cases.append((call, impl, case))
    return cases


def rows_of(cases: list[tuple[Call, str, Case]]) -> tuple[list[Row], list[CaseResult]]:
    results: dict[tuple[str, str, str], CaseResult] = {}
    for call, impl, case in cases:
        results[call.name, case.mode, impl] = summarise(case)
    rows = []
    for call in {call.name: call for call, _, _ in cases}.values():
        for mode in ("sync", "async"):
            sdk, floor = results[call.name, mode, SDK], results[call.name, mode, FLOOR]
            ccxt = results.get((call.name, mode, CCXT))
            rows.append(
                Row(
                    call.name,
                    mode,
                    sdk.median_us,
                    sdk.p90_us,
                    floor.median_us,
                    floor.p90_us,
                    ccxt.median_us if ccxt else None,
                    ccxt.p90_us if ccxt else None,
                    sdk.median_us / floor.median_us,
                    sdk.median_us / ccxt.median_us if ccxt else None,
                    floor.median_us / ccxt.median_us if ccxt else None,
                )
            )
    return rows, list(results.values())


def import_rows(repeats: int) -> tuple[float, list[ImportRow], list[ImportResult]]:
    codes = [
        (f"{kind} {impl}", code)
        for kind, s, c, _ in IMPORT_PAIRS
        for impl, code in ((SDK, s), (CCXT, c))
    ]
    baseline, results = run_imports(codes, repeats)
    rows = []
    for i, (kind, sdk_code, ccxt_code, goal) in enumerate(IMPORT_PAIRS):
        sdk, ccxt = results[2 * i], results[2 * i + 1]
        rows.append(
            ImportRow(
                kind,
                sdk_code,
                ccxt_code,
                sdk.median_ms,
                ccxt.median_ms,
                sdk.median_ms / ccxt.median_ms,
                goal,
            )
        )
    return baseline, rows, results


# ----------------------------------------------------------------- output


def _ratio(value: float | None, goal: float, show_goal: bool = False) -> str:
    if value is None:
        return "n/a"
    verdict = "ok" if value <= goal else "OVER"
    return f"{value:.2f} (<= {goal:g}) {verdict}" if show_goal else f"{value:.2f} {verdict}"


def render(rows: list[Row], imports: list[ImportRow]) -> str:
    body = [
        [
            r.call,
            r.mode,
            f"{r.sdk_us:.1f}",
            f"{r.sdk_p90_us:.1f}",
            f"{r.floor_us:.1f}",
            f"{r.floor_p90_us:.1f}",
            "n/a" if r.ccxt_us is None else f"{r.ccxt_us:.1f}",
            "n/a" if r.ccxt_p90_us is None else f"{r.ccxt_p90_us:.1f}",
            _ratio(r.sdk_floor, r.goal_sdk_floor),
            _ratio(r.sdk_ccxt, r.goal_sdk_ccxt),
        ]
        for r in rows
    ]
    body += [
        [
            f"{i.name}: {i.sdk_code.partition(';')[0]}"
            if i.name == "import"
            else f"{i.name}: BingX(...) vs ccxt.bingx()",
            "import",
            f"{i.sdk_ms:.1f} ms",
            "",
            "",
            "",
            f"{i.ccxt_ms:.1f} ms",
            "",
            "",
            _ratio(i.sdk_ccxt, i.goal, show_goal=True),
        ]
        for i in imports
    ]
    return table(
        [
            "call",
            "mode",
            "SDK us",
            "p90",
            "floor us",
            "p90",
            "CCXT us",
            "p90",
            f"SDK/floor (<= {GOAL_SDK_FLOOR:g})",
            f"SDK/CCXT (<= {GOAL_SDK_CCXT:g})",
        ],
        body,
        right={2, 3, 4, 5, 6, 7},
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, help="timed calls per case (default 1000)")
    parser.add_argument("--warmup", type=int, help="untimed warm-up calls per case (default 100)")
    parser.add_argument(
        "--rounds", type=int, help="round-robin blocks the timed calls are split into (default 10)"
    )
    parser.add_argument(
        "--import-repeats", type=int, help="paired runs per import measurement (default 9)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 100 calls, 20 warm-up, 3 import pairs"
    )
    parser.add_argument(
        "--uvloop", action="store_true", help="run the async cases on uvloop instead of asyncio"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument(
        "--only",
        action="append",
        metavar="EXCHANGE",
        help="time only this exchange's calls (repeatable; e.g. --only kraken)",
    )
    args = parser.parse_args()
    selected = tuple(c for c in CALLS if not args.only or c.exchange in args.only)
    if not selected:
        parser.error(
            f"--only: no call of {args.only}; known: {sorted({c.exchange for c in CALLS})}"
        )
    calls = args.calls or (100 if args.quick else 1000)
    warmup = args.warmup or (20 if args.quick else 100)
    rounds = args.rounds or (4 if args.quick else 10)
    repeats = args.import_repeats or (3 if args.quick else 9)
    if warmup < 1 or repeats < 1 or not 1 <= rounds <= calls // 2:
        parser.error("need --warmup >= 1, --import-repeats >= 1 and 1 <= --rounds <= --calls / 2")

    loop_factory = None
    if args.uvloop:
        import uvloop

        loop_factory = uvloop.new_event_loop
    loop_name = "uvloop" if args.uvloop else "asyncio"

    started = time.perf_counter()
    with run_server([call.route for call in selected]) as server:
        client_pin = pin_client()
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            cases = build_cases(server.base_url, runner, selected)
            try:
                problems = verify_requests(server, cases)
                if problems:
                    print("requests failed the server-side checks:", file=sys.stderr)
                    print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
                    return 1
                run_round_robin(
                    [case for _, _, case in cases],
                    server.connections,
                    warmup=warmup,
                    calls=calls,
                    rounds=rounds,
                )
            finally:
                for _, _, case in cases:
                    case.close()
        hits = server.hits()
        port, server_loop, server_cpus = server.port, server.loop_name, server.cpus
    client_secs = time.perf_counter() - started
    if hits["unmatched"]:
        print(f"{hits['unmatched']} requests hit no route", file=sys.stderr)
        return 1
    rows, results = rows_of(cases)
    baseline_ms, imports, import_results = import_rows(repeats)
    elapsed = time.perf_counter() - started

    found = versions(
        "exchange-sdk", "httptools", "pydantic", "ccxt", "requests", "aiohttp", "uvloop"
    )
    print(
        f"python {platform.python_version()} | server {HOST}:{port} ({server_loop}, CPUs "
        f"{server_cpus}) | client {client_pin} | async cases on {loop_name}"
    )
    print(" ".join(f"{k} {v}" for k, v in found.items()))
    limiter = "off (client.rate_limiter = None)" if has_limiter() else "none in this SDK"
    print(f"SDK client-side rate limiting: {limiter}; CCXT: enableRateLimit=False")
    print(
        f"client CPU per call (process_time_ns, all client threads): median and p90 of {calls} "
        f"calls per case after {warmup} warm-up, {len(cases)} cases interleaved in {rounds} "
        f"rounds ({client_secs:.1f} s)"
    )
    print(
        f"requests checked: {len(cases)}/{len(cases)} (path, parameters, signature, timestamp);"
        " floor = socket + httptools bare (sync: blocking, async: the event loop's) +"
        " hand-written signing + json.loads; CCXT: implicit API methods, "
        "no markets loaded"
    )
    for call in selected:
        note = f" ({call.ccxt_note})" if call.ccxt_note else ""
        method = call.ccxt_method or "-"
        print(f"  CCXT {call.exchange}.{method} -> {call.method} {call.path}{note}")
    print()
    print(render(rows, imports))
    print(
        f"\nimport: wall of `python -c CODE` minus a paired `python -c pass` (median "
        f"{baseline_ms:.1f} ms), median of {repeats} pairs; total {elapsed:.0f} s"
    )
    for mode in ("sync", "async"):
        bounds = [r.floor_ccxt for r in rows if r.mode == mode and r.floor_ccxt is not None]
        if not bounds:
            continue
        print(
            f"floor/CCXT {mode}: {min(bounds):.2f}-{max(bounds):.2f} "
            "(what the bare HTTP library reaches against CCXT)"
        )
    met_floor = sum(r.sdk_floor <= r.goal_sdk_floor for r in rows)
    with_ccxt = [r for r in rows if r.sdk_ccxt is not None]
    met_ccxt = sum(r.sdk_ccxt is not None and r.sdk_ccxt <= r.goal_sdk_ccxt for r in with_ccxt)
    met_import = sum(i.sdk_ccxt <= i.goal for i in imports)
    print(
        f"goals met: SDK/floor {met_floor}/{len(rows)}, SDK/CCXT {met_ccxt}/{len(with_ccxt)}, "
        f"import {met_import}/{len(imports)}"
    )

    if args.json:
        payload = {
            "python": platform.python_version(),
            "versions": found,
            "server": {"loop": server_loop, "cpus": server_cpus, "hits": hits},
            "client_affinity": client_pin,
            "async_loop": loop_name,
            "warmup": warmup,
            "calls": calls,
            "rounds": rounds,
            "requests_checked": len(cases),
            "ccxt_methods": {
                c.name: f"{c.exchange}.{c.ccxt_method}" if c.ccxt_method else None for c in CALLS
            },
            "rows": [asdict(r) for r in rows],
            "import_repeats": repeats,
            "import_baseline_ms": baseline_ms,
            "imports": [asdict(i) for i in imports],
            "import_cases": [asdict(i) for i in import_results],
            "cases": [asdict(r) for r in results],
            "elapsed_s": elapsed,
        }
        with open(args.json, "w") as fh:
            json.dump(payload, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
