# Generated from specs/bingx/exchange.yaml (sha256 391abf33d57dbe3d386fbf3cdb55f69529db2c44774adfb258e402401821b8b7). Do not edit: run make.
"""The known-answer vectors of BingX's signing recipe (specs/bingx/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.bingx._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.bingx import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "old-spot-page",
        "provenance": "published",
        "source": "protocols:§1b",
        "credentials": [
            "Zsm4DcrHBTewmVaElrdwA67PmivPv6VDK6JAkiECZ9QfcUnmn67qjCOgvRuZVOzU",
            "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI",
            None,
        ],
        "text": "quoteOrderQty=20&side=BUY&symbol=ETHUSDT&timestamp=1649404670162&type=MARKET",
        "signature": "428a3c383bde514baff0d10d3c20e5adfaacaf799e324546dafe5ccc480dd827",
    },
    {
        "id": "old-spot-page-dash",
        "provenance": "derived",
        "source": "protocols:§1b",
        "credentials": [
            "x",
            "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI",
            None,
        ],
        "text": "quoteOrderQty=20&side=BUY&symbol=ETH-USDT&timestamp=1649404670162&type=MARKET",
        "signature": "59b6ebf3e92a09063ad034b4a9273e1cbf3d6fb056547d0d8b678d5ce10096c7",
    },
    {
        "id": "current-docs-symbol",
        "provenance": "published-wrong",
        "source": "protocols:§1b",
        "credentials": [
            "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A",
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w",
            None,
        ],
        "text": "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
        "signature": "f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2",
        "wrong_signature": "1e63e8cfd1c04919881e60cf369e404b9b7c87d3a09bc300f1abfdcce7da57e8",
    },
    {
        "id": "current-docs-subaccount",
        "provenance": "published-wrong",
        "source": "protocols:§1b",
        "credentials": [
            "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A",
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w",
            None,
        ],
        "text": "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
        "signature": "8d0d3ea9b592be3678c33332ab13e9102e093e67255921e15a581146c87c272f",
        "wrong_signature": "1e63e8cfd1c04919881e60cf369e404b9b7c87d3a09bc300f1abfdcce7da57e8",
    },
    {
        "id": "cancel-all-after",
        "provenance": "derived",
        "source": "protocols:§1b",
        "credentials": [
            "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A",
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://open-api.bingx.com",
            "path": "/openApi/spot/v1/trade/cancelAllAfter",
            "query": {"type": "ACTIVATE", "timeOut": 10},
            "body": {},
            "now_ms": 1696751141337,
        },
        "expect": {
            "url": "https://open-api.bingx.com/openApi/spot/v1/trade/cancelAllAfter?timeOut=10&timestamp=1696751141337&type=ACTIVATE&signature=8ecf33df9c05faf45cc6fd31a43fec3925ed71186df156ee4314cd29e3c93f3b",
            "headers": {
                "X-BX-APIKEY": "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A"
            },
            "headers_exact": True,
            "body": None,
        },
    },
    {
        "id": "body-params-in-query",
        "provenance": "derived",
        "source": "protocols:§1b",
        "credentials": [
            "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A",
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "http://127.0.0.1:8765",
            "path": "/openApi/spot/v1/trade/cancelOpenOrders",
            "query": {"symbol": "BTC-USDT"},
            "body": {"recvWindow": 0},
            "now_ms": 1696751141337,
        },
        "expect": {
            "url": "http://127.0.0.1:8765/openApi/spot/v1/trade/cancelOpenOrders?recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337&signature=f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2",
            "body": None,
        },
    },
    {
        "id": "caller-timestamp-replaced",
        "provenance": "derived",
        "source": "protocols:§1b",
        "credentials": [
            "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A",
            "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://h.example",
            "path": "/p",
            "query": {"symbol": "BTC-USDT", "timestamp": 1},
            "body": {},
            "now_ms": 1696751141337,
        },
        "expect": {
            "url": "https://h.example/p?symbol=BTC-USDT&timestamp=1696751141337&signature=b1aa30a7a0a263d212f0e059e2f91c09a9337977a891eaf21ad67b74b2932fef"
        },
    },
    {
        "id": "bracketed-values-encoded",
        "provenance": "derived",
        "source": "protocols:§1a",
        "credentials": ["k", "s", None],
        "request": {
            "method": "POST",
            "base_url": "https://h.example",
            "path": "/p",
            "query": {"data": [{"symbol": "BTC-USDT"}], "b": "x y"},
            "body": {},
            "now_ms": 1,
        },
        "expect": {
            "url": "https://h.example/p?b=x y&data=%5B%7B%22symbol%22%3A%22BTC-USDT%22%7D%5D&timestamp=1&signature=8fbb6dfcce30e6c065fcc159e67cc86f50ca1c5ed5d9f8c2cdc8ad38b6ba648a",
            "text": 'b=x y&data=[{"symbol":"BTC-USDT"}]&timestamp=1',
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
