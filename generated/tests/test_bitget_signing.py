# Generated from specs/bitget/exchange.yaml (sha256 9bf1585be836207baa2088330465029dd282ebacbfb1e1c7b8a8fe3e25b6d7da). Do not edit: run make.
"""The known-answer vectors of Bitget's signing recipe (specs/bitget/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.bitget._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.bitget import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "get-depth",
        "provenance": "derived",
        "source": "protocols:§3b",
        "credentials": ["key", "secret", "pass"],
        "request": {
            "method": "GET",
            "base_url": "https://api.bitget.com",
            "path": "/api/mix/v2/market/depth",
            "query": {"symbol": "BTCUSDT", "limit": 20},
            "body": {},
            "now_ms": 16273667805456,
        },
        "expect": {
            "url": "https://api.bitget.com/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT",
            "headers": {
                "ACCESS-SIGN": "RI9g5pCkEX/+tr0RueyMGckGzeuXz9BiN78aBgIEayo=",
                "ACCESS-TIMESTAMP": "16273667805456",
            },
            "headers_exact": False,
            "body": None,
            "text": "16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT",
        },
    },
    {
        "id": "cancel-all-orders",
        "provenance": "derived",
        "source": "protocols:§3b",
        "credentials": ["key", "secret", "pass"],
        "request": {
            "method": "POST",
            "base_url": "https://api.bitget.com",
            "path": "/api/v2/mix/order/cancel-all-orders",
            "query": {},
            "body": {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
            "now_ms": 1659076670000,
        },
        "expect": {
            "url": "https://api.bitget.com/api/v2/mix/order/cancel-all-orders",
            "headers": {
                "ACCESS-KEY": "key",
                "ACCESS-SIGN": "ZL9+jJzw2eq/ichE21aCx7ONRrvBpWoLAf1K9u2THXM=",
                "ACCESS-TIMESTAMP": "1659076670000",
                "ACCESS-PASSPHRASE": "pass",
                "Content-Type": "application/json",
            },
            "headers_exact": True,
            "body": '{"productType":"USDT-FUTURES","marginCoin":"USDT"}',
        },
    },
    {
        "id": "ccxt-mix-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/bitget.py",
        "credentials": ["bg-key", "bg-secret", "bg-pass"],
        "request": {
            "method": "POST",
            "base_url": "https://api.bitget.com",
            "path": "/api/v2/mix/order/cancel-all-orders",
            "query": {},
            "body": {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.bitget.com/api/v2/mix/order/cancel-all-orders",
            "headers": {
                "ACCESS-KEY": "bg-key",
                "ACCESS-SIGN": "3+RkilN3cpyfX1Rqc1+RB+S3Mb7I5zYoe/a0XYUmmyo=",
                "ACCESS-TIMESTAMP": "1700000000123",
                "ACCESS-PASSPHRASE": "bg-pass",
            },
            "headers_exact": False,
            "body": '{"productType":"USDT-FUTURES","marginCoin":"USDT"}',
        },
    },
    {
        "id": "ccxt-spot-cancel-symbol",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/bitget.py",
        "credentials": ["bg-key", "bg-secret", "bg-pass"],
        "request": {
            "method": "POST",
            "base_url": "https://api.bitget.com",
            "path": "/api/v2/spot/trade/cancel-symbol-order",
            "query": {},
            "body": {"symbol": "BTCUSDT"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {"ACCESS-SIGN": "kH135R7X39rEDm4LO5f0fyq46iR2ucPLbKpuqLsAmko="},
            "headers_exact": False,
            "body": '{"symbol":"BTCUSDT"}',
        },
    },
    {
        "id": "ccxt-mix-orders-pending",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/bitget.py",
        "credentials": ["bg-key", "bg-secret", "bg-pass"],
        "request": {
            "method": "GET",
            "base_url": "https://api.bitget.com",
            "path": "/api/v2/mix/order/orders-pending",
            "query": {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.bitget.com/api/v2/mix/order/orders-pending?marginCoin=USDT&productType=USDT-FUTURES",
            "headers": {"ACCESS-SIGN": "1wNmnsXu4E54uhER3LPm/NRUfsxgkwWkUw9ce3AOHBA="},
            "headers_exact": False,
        },
    },
]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_vector(vector: dict[str, Any]) -> None:
    check_vector(vector, _signing.sign, _signing.sign_text, _signing.SIGNATURE)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_a_changed_answer_fails(vector: dict[str, Any]) -> None:
    """The check can fail: the same vector with one thing of its answer changed."""
    changed = dict(vector)
    if "text" in vector:
        changed["signature"] = vector["signature"] + "0"
    else:
        expect = changed["expect"] = dict(vector["expect"])
        if "url" in expect:
            expect["url"] += "0"
        elif "text" in expect:
            expect["text"] += "0"
        elif expect.get("headers"):
            name = next(iter(expect["headers"]))
            expect["headers"] = {**expect["headers"], name: expect["headers"][name] + "0"}
        else:
            expect["body"] = (expect["body"] or "") + "0"
    with pytest.raises(AssertionError):
        check_vector(changed, _signing.sign, _signing.sign_text, _signing.SIGNATURE)
