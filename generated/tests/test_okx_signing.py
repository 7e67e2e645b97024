# Generated from specs/okx/exchange.yaml (sha256 11b8b9f778ecd7688a3681ae3f2362369ac60fad995691a99c2173ed06f56072). Do not edit: run make.
"""The known-answer vectors of OKX's signing recipe (specs/okx/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.okx._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.okx import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "okx-cancel-all-after",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/okx.py",
        "credentials": ["okx-key", "22582BD0CFF14C41EDBF1AB98506286D", "okx-pass"],
        "request": {
            "method": "POST",
            "base_url": "https://www.okx.com",
            "path": "/api/v5/trade/cancel-all-after",
            "query": {},
            "body": {"timeOut": "60"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://www.okx.com/api/v5/trade/cancel-all-after",
            "headers": {
                "OK-ACCESS-KEY": "okx-key",
                "OK-ACCESS-SIGN": "bM21iY85/6fqrsYeata6jOHohGHNZE0QANwY+8009tA=",
                "OK-ACCESS-TIMESTAMP": "2023-11-14T22:13:20.123Z",
                "OK-ACCESS-PASSPHRASE": "okx-pass",
                "Content-Type": "application/json",
            },
            "headers_exact": False,
            "body": '{"timeOut":"60"}',
        },
    },
    {
        "id": "okx-orders-pending",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/okx.py",
        "credentials": ["okx-key", "22582BD0CFF14C41EDBF1AB98506286D", "okx-pass"],
        "request": {
            "method": "GET",
            "base_url": "https://www.okx.com",
            "path": "/api/v5/trade/orders-pending",
            "query": {"instType": "SWAP", "limit": "100"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://www.okx.com/api/v5/trade/orders-pending?instType=SWAP&limit=100",
            "headers": {"OK-ACCESS-SIGN": "LlU3666ngb5HeDc21sx9i6GQzRe5REs6gXb1tEZ22RQ="},
            "headers_exact": False,
            "body": None,
        },
    },
    {
        "id": "okx-cancel-batch-orders",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/ccxt/ccxt/blob/4.5.90/python/ccxt/okx.py",
        "credentials": ["okx-key", "22582BD0CFF14C41EDBF1AB98506286D", "okx-pass"],
        "request": {
            "method": "POST",
            "base_url": "https://www.okx.com",
            "path": "/api/v5/trade/cancel-batch-orders",
            "query": {},
            "body": [
                {"instId": "BTC-USDT-SWAP", "ordId": "590908157585625111"},
                {"instId": "BTC-USDT-SWAP", "clOrdId": "b15"},
            ],
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {"OK-ACCESS-SIGN": "spjtbVHLdAF2MRcL1c2pM+uS8e0yRQ2RsGei5YlLJOs="},
            "headers_exact": False,
            "body": '[{"instId":"BTC-USDT-SWAP","ordId":"590908157585625111"},{"instId":"BTC-USDT-SWAP","clOrdId":"b15"}]',
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
