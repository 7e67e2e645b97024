# Generated from specs/binance/exchange.yaml (sha256 e9a8249b3af2aee0d65074b8a3631188650e7b68fe8c74784770d7d1e4eed5b5). Do not edit: run make.
"""The known-answer vectors of Binance's signing recipe (specs/binance/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.binance._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.binance import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "spot-doc-ascii",
        "provenance": "published",
        "source": "https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#signed-endpoint-examples-for-post-apiv3order",
        "credentials": [
            "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
            "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.binance.com",
            "path": "/api/v3/order",
            "query": {
                "symbol": "LTCBTC",
                "side": "BUY",
                "type": "LIMIT",
                "timeInForce": "GTC",
                "quantity": "1",
                "price": "0.1",
                "recvWindow": 5000,
            },
            "body": {},
            "now_ms": 1499827319559,
        },
        "expect": {
            "url": "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            "headers": {
                "X-MBX-APIKEY": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
            },
            "headers_exact": True,
            "body": None,
        },
    },
    {
        "id": "spot-doc-non-ascii",
        "provenance": "published",
        "source": "https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/rest-api.md#signed-endpoint-examples-for-post-apiv3order",
        "credentials": [
            "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
            "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.binance.com",
            "path": "/api/v3/order",
            "query": {
                "symbol": "１２３４５６",
                "side": "BUY",
                "type": "LIMIT",
                "timeInForce": "GTC",
                "quantity": "1",
                "price": "0.1",
                "recvWindow": 5000,
            },
            "body": {},
            "now_ms": 1499827319559,
        },
        "expect": {
            "url": "https://api.binance.com/api/v3/order?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
        },
    },
    {
        "id": "usdm-doc-query",
        "provenance": "published",
        "source": "https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info",
        "credentials": [
            "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83",
            "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://fapi.binance.com",
            "path": "/fapi/v1/order",
            "query": {
                "symbol": "BTCUSDT",
                "side": "BUY",
                "type": "LIMIT",
                "quantity": 1,
                "price": 9000,
                "timeInForce": "GTC",
                "recvWindow": 5000,
            },
            "body": {},
            "now_ms": 1591702613943,
        },
        "expect": {
            "url": "https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943&signature=3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9"
        },
    },
    {
        "id": "usdm-doc-mixed-as-echoed",
        "provenance": "published",
        "source": "https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info",
        "credentials": [
            "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83",
            "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9",
            None,
        ],
        "text": "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943",
        "signature": "f9d0ae5e813ef6ccf15c2b5a434047a0181cb5a342b903b367ca6d27a66e36f2",
    },
    {
        "id": "usdm-doc-mixed-as-sent",
        "provenance": "derived",
        "source": "https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info",
        "credentials": [
            "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83",
            "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9",
            None,
        ],
        "text": "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp=1591702613943",
        "signature": "30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4",
    },
    {
        "id": "usdm-countdown",
        "provenance": "derived",
        "source": "https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Auto-Cancel-All-Open-Orders",
        "credentials": [
            "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
            "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://fapi.binance.com",
            "path": "/fapi/v1/countdownCancelAll",
            "query": {},
            "body": {"symbol": "BTCUSDT", "countdownTime": 120000},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://fapi.binance.com/fapi/v1/countdownCancelAll?symbol=BTCUSDT&countdownTime=120000&timestamp=1700000000123&signature=3d46be29bcadf6d281d43c19aaa9a036fe04e2a863164a83d0ab10ec97900877",
            "body": None,
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
