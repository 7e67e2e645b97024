# Generated from specs/htx/exchange.yaml (sha256 68c62ef0a61e95cfe66bacae1aca66ae6946db59afe18c7f24f043792335e5c6). Do not edit: run make.
"""The known-answer vectors of HTX's signing recipe (specs/htx/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.htx._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.htx import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "go-csharp-sdk",
        "provenance": "published",
        "source": "protocols:§2b",
        "credentials": ["x", "secret", None],
        "text": "GET\napi.huobi.pro\n/v1/account/history\naccount-id=1&currency=btcusdt",
        "signature": "HUP3n78npIuTzVKyjEOrPictRKEUTRoYs7Ld5y38hmA=",
    },
    {
        "id": "java-sdk",
        "provenance": "published",
        "source": "protocols:§2b",
        "credentials": ["123", "456", None],
        "text": "GET\nhost\nurl\nAccessKeyId=123&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=123",
        "signature": "Hfdw0d/3ZOEB2eHJZiwVZ/1YLL62MFuKKmSW83vM3ps=",
    },
    {
        "id": "v5-cancel-all",
        "provenance": "derived",
        "source": "protocols:§2b",
        "credentials": ["e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx", "secret", None],
        "request": {
            "method": "POST",
            "base_url": "https://api.hbdm.com",
            "path": "/v5/trade/cancel_all_orders",
            "query": {},
            "body": {"contract_code": "BTC-USDT", "side": "buy", "position_side": "long"},
            "now_ms": 1494515970999,
        },
        "expect": {
            "url": "https://api.hbdm.com/v5/trade/cancel_all_orders?AccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2017-05-11T15%3A19%3A30&Signature=mDY6ZIusrzJaG9eBdS9W9vQKZPYwzihhBvEhKAzHSJ0%3D",
            "headers": {"Content-Type": "application/json"},
            "headers_exact": True,
            "body": '{"contract_code":"BTC-USDT","side":"buy","position_side":"long"}',
            "text": "POST\napi.hbdm.com\n/v5/trade/cancel_all_orders\nAccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2017-05-11T15%3A19%3A30",
        },
    },
    {
        "id": "empty-body",
        "provenance": "derived",
        "source": "protocols:§2a",
        "credentials": ["k", "s", None],
        "request": {
            "method": "POST",
            "base_url": "https://api.hbdm.com",
            "path": "/v5/trade/cancel_all_orders",
            "query": {},
            "body": {},
            "now_ms": 0,
        },
        "expect": {
            "headers": {"Content-Type": "application/json"},
            "headers_exact": False,
            "body": "{}",
        },
    },
    {
        "id": "host-actually-called",
        "provenance": "derived",
        "source": "protocols:§2a",
        "credentials": ["e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx", "secret", None],
        "request": {
            "method": "POST",
            "base_url": "https://API.HBDM.VN:443",
            "path": "/v5/trade/cancel_all_orders",
            "query": {},
            "body": {"side": "buy"},
            "now_ms": 1494515970000,
        },
        "expect": {
            "text": "POST\napi.hbdm.vn\n/v5/trade/cancel_all_orders\nAccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2017-05-11T15%3A19%3A30"
        },
    },
    {
        "id": "get-signs-sorted-encoded-query",
        "provenance": "derived",
        "source": "protocols:§2a",
        "credentials": ["k/1", "s", None],
        "request": {
            "method": "GET",
            "base_url": "https://api.hbdm.com",
            "path": "/v5/trade/order/opens",
            "query": {"contract_code": "BTC-USDT", "page_size": 50},
            "body": {},
            "now_ms": 1494515970000,
        },
        "expect": {
            "headers": {},
            "headers_exact": True,
            "body": None,
            "text": "GET\napi.hbdm.com\n/v5/trade/order/opens\nAccessKeyId=k%2F1&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2017-05-11T15%3A19%3A30&contract_code=BTC-USDT&page_size=50",
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
