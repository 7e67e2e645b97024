# Generated from specs/bybit/exchange.yaml (sha256 7eb764222e96b7a2681ed0d3e386d1fa767edbc63f33fc8c20298e226d0f6d45). Do not edit: run make.
"""The known-answer vectors of Bybit's signing recipe (specs/bybit/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.bybit._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.bybit import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "guide-get-text",
        "provenance": "published",
        "source": "https://github.com/bybit-exchange/docs/blob/072c197d0c11b4d9a88d1dd0c7b9d7ca8ea3a996/docs/v5/guide.mdx",
        "credentials": ["XXXXXXXXXX", "unknown", None],
        "request": {
            "method": "GET",
            "base_url": "https://api-testnet.bybit.com",
            "path": "/v5/order/realtime",
            "query": {"category": "option", "symbol": "BTC-29JUL22-25000-C"},
            "body": {},
            "now_ms": 1658384314791,
        },
        "expect": {"text": "1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C"},
    },
    {
        "id": "guide-post-text",
        "provenance": "published",
        "source": "https://github.com/bybit-exchange/docs/blob/072c197d0c11b4d9a88d1dd0c7b9d7ca8ea3a996/docs/v5/guide.mdx",
        "credentials": ["XXXXXXXXXX", "unknown", None],
        "request": {
            "method": "POST",
            "base_url": "https://api-testnet.bybit.com",
            "path": "/v5/order/create",
            "query": {},
            "body": '{"category": "option"}',
            "now_ms": 1658385579423,
        },
        "expect": {"text": '1658385579423XXXXXXXXXX5000{"category": "option"}'},
    },
    {
        "id": "ccxt-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/v4.5.90/python/ccxt/bybit.py",
        "credentials": ["bybit-key", "bybit-secret", None],
        "request": {
            "method": "POST",
            "base_url": "https://api.bybit.com",
            "path": "/v5/order/cancel-all",
            "query": {},
            "body": {"category": "linear", "settleCoin": "USDT"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.bybit.com/v5/order/cancel-all",
            "headers": {
                "X-BAPI-API-KEY": "bybit-key",
                "X-BAPI-TIMESTAMP": "1700000000123",
                "X-BAPI-SIGN": "64feae947a9f53ca2bafc4e5f5f03fe50d203fdece3ea30ff76242b9ef2df5b7",
                "X-BAPI-RECV-WINDOW": "5000",
                "Content-Type": "application/json",
            },
            "headers_exact": False,
            "body": '{"category":"linear","settleCoin":"USDT"}',
        },
    },
    {
        "id": "ccxt-realtime",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/v4.5.90/python/ccxt/bybit.py",
        "credentials": ["bybit-key", "bybit-secret", None],
        "request": {
            "method": "GET",
            "base_url": "https://api.bybit.com",
            "path": "/v5/order/realtime",
            "query": {"category": "linear", "settleCoin": "USDT", "limit": "50"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.bybit.com/v5/order/realtime?category=linear&settleCoin=USDT&limit=50",
            "headers": {
                "X-BAPI-SIGN": "4fd6daf68b312aec12de4686777017e79f24af3edfbf0d47c23694f73ac148e2"
            },
            "headers_exact": False,
            "body": None,
        },
    },
    {
        "id": "ccxt-dcp",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/v4.5.90/python/ccxt/bybit.py",
        "credentials": ["bybit-key", "bybit-secret", None],
        "request": {
            "method": "POST",
            "base_url": "https://api.bybit.com",
            "path": "/v5/order/disconnected-cancel-all",
            "query": {},
            "body": {"product": "DERIVATIVES", "timeWindow": 10},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "X-BAPI-SIGN": "c6434121e25156fc9725c4cc12e167fba952106ba95231f0a2590cd9f45350d6"
            },
            "headers_exact": False,
            "body": '{"product":"DERIVATIVES","timeWindow":10}',
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
