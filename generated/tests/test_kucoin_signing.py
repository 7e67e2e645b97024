# Generated from specs/kucoin/exchange.yaml (sha256 14254e936b19399c3ed36e06f6d7280d809ac7541ab61ed3788ca35226be0f53). Do not edit: run make.
"""The known-answer vectors of KuCoin's signing recipe (specs/kucoin/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.kucoin._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.kucoin import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "kucoin-doc-deposit-address",
        "provenance": "published",
        "source": "https://github.com/Kucoin/kucoin-api-docs/blob/7f01bbefeebb034ba9acc44c115d737816664c48/source/localizable/index.html.md",
        "credentials": [
            "5c2db93503aa674c74a31734",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "kc-pass",
        ],
        "request": {
            "method": "POST",
            "base_url": "http://api.kucoin.com",
            "path": "/api/v1/deposit-addresses",
            "query": {},
            "body": {"currency": "BTC"},
            "now_ms": 1547015186532,
        },
        "expect": {
            "headers": {
                "KC-API-KEY": "5c2db93503aa674c74a31734",
                "KC-API-TIMESTAMP": "1547015186532",
                "KC-API-SIGN": "7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4=",
                "KC-API-KEY-VERSION": "2",
            },
            "headers_exact": False,
            "body": '{"currency":"BTC"}',
            "text": '1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"}',
        },
    },
    {
        "id": "kucoin-sdk-primitive",
        "provenance": "published",
        "source": "Kucoin/kucoin-universal-sdk@78c90c77d749e4e57d61e99b7c04f090150e08d2:sdk/python/kucoin_universal_sdk/internal/infra/test_default_signer.py",
        "credentials": ["test_api_key", "test_api_secret", "kc-pass"],
        "text": "test_plain",
        "signature": "jie/gxS38wLFFaBwl/cAzFbAzlI8MIny96jSXrB+iP4=",
    },
    {
        "id": "kucoin-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/Kucoin/kucoin-api-docs/blob/7f01bbefeebb034ba9acc44c115d737816664c48/source/localizable/index.html.md",
        "credentials": [
            "5c2db93503aa674c74a31734",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "kc-pass",
        ],
        "request": {
            "method": "DELETE",
            "base_url": "https://api.kucoin.com",
            "path": "/api/v1/hf/orders/cancelAll",
            "query": {},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.kucoin.com/api/v1/hf/orders/cancelAll",
            "headers": {
                "KC-API-KEY": "5c2db93503aa674c74a31734",
                "KC-API-SIGN": "MItkrYeRzq/Tv/wAeN2GlAMDAwZhcYWkEOM/hN5mWXg=",
                "KC-API-TIMESTAMP": "1700000000123",
                "KC-API-PASSPHRASE": "wRCB+MyuWfNvTJzXErzD8YQPpYcotCI2nArKzTpHSIA=",
                "KC-API-KEY-VERSION": "2",
            },
            "headers_exact": True,
            "body": None,
        },
    },
    {
        "id": "kucoin-cancel-symbol",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/Kucoin/kucoin-api-docs/blob/7f01bbefeebb034ba9acc44c115d737816664c48/source/localizable/index.html.md",
        "credentials": [
            "5c2db93503aa674c74a31734",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "kc-pass",
        ],
        "request": {
            "method": "DELETE",
            "base_url": "https://api.kucoin.com",
            "path": "/api/v1/hf/orders",
            "query": {"symbol": "BTC-USDT"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api.kucoin.com/api/v1/hf/orders?symbol=BTC-USDT",
            "headers": {"KC-API-SIGN": "cqF3JquuThrX9Ci9OWkz7l+1hbTBShJ4WbQWxwZdtoQ="},
            "headers_exact": False,
        },
    },
    {
        "id": "kucoin-dead-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/Kucoin/kucoin-api-docs/blob/7f01bbefeebb034ba9acc44c115d737816664c48/source/localizable/index.html.md",
        "credentials": [
            "5c2db93503aa674c74a31734",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "kc-pass",
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.kucoin.com",
            "path": "/api/v1/hf/orders/dead-cancel-all",
            "query": {},
            "body": {"timeout": 60, "symbols": "BTC-USDT,ETH-USDT"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "KC-API-SIGN": "zRC6QfBxnuXM7feh+sjK7KP8kOpQZ+dSyrg5CtkZEBs=",
                "Content-Type": "application/json",
            },
            "headers_exact": False,
            "body": '{"timeout":60,"symbols":"BTC-USDT,ETH-USDT"}',
        },
    },
    {
        "id": "kucoin-futures-cancel",
        "provenance": "ccxt-4.5.90",
        "source": "https://github.com/Kucoin/kucoin-api-docs/blob/7f01bbefeebb034ba9acc44c115d737816664c48/source/localizable/index.html.md",
        "credentials": [
            "5c2db93503aa674c74a31734",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "kc-pass",
        ],
        "request": {
            "method": "DELETE",
            "base_url": "https://api-futures.kucoin.com",
            "path": "/api/v3/orders",
            "query": {"symbol": "XBTUSDTM"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://api-futures.kucoin.com/api/v3/orders?symbol=XBTUSDTM",
            "headers": {"KC-API-SIGN": "OzhzNu+DFKL/+RE0wndA5nkiJWPJVm2Nx5KXeZDMy08="},
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
