# Generated from specs/gate/exchange.yaml (sha256 4e886f444f1c21034071da8eb715b27fa5e628a8de1eaf778611070ad1de2b21). Do not edit: run make.
"""The known-answer vectors of Gate's signing recipe (specs/gate/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.gate._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.gate import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "doc-get",
        "provenance": "published",
        "source": "protocols:§4b",
        "credentials": ["key", "secret", None],
        "request": {
            "method": "GET",
            "base_url": "https://api.gateio.ws",
            "path": "/api/v4/futures/orders",
            "query": {"contract": "BTC_USD", "status": "finished", "limit": 50},
            "body": {},
            "now_ms": 1541993715123,
        },
        "expect": {
            "url": "https://api.gateio.ws/api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50",
            "headers": {
                "KEY": "key",
                "Timestamp": "1541993715",
                "SIGN": "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a",
                "Content-Type": "application/json",
            },
            "headers_exact": True,
            "body": None,
        },
    },
    {
        "id": "doc-post",
        "provenance": "published",
        "source": "protocols:§4b",
        "credentials": ["key", "secret", None],
        "request": {
            "method": "POST",
            "base_url": "https://api.gateio.ws",
            "path": "/api/v4/futures/orders",
            "query": {},
            "body": {
                "contract": "BTC_USD",
                "type": "limit",
                "size": 100,
                "price": 6800,
                "time_in_force": "gtc",
            },
            "now_ms": 1541993715000,
        },
        "expect": {
            "headers": {
                "SIGN": "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"
            },
            "headers_exact": False,
            "body": '{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}',
        },
    },
    {
        "id": "countdown-cancel-all",
        "provenance": "derived",
        "source": "protocols:§4b",
        "credentials": ["key", "secret", None],
        "request": {
            "method": "POST",
            "base_url": "http://127.0.0.1:8765",
            "path": "/api/v4/spot/countdown_cancel_all",
            "query": {},
            "body": {"timeout": 30, "currency_pair": "BTC_USDT"},
            "now_ms": 1541993715000,
        },
        "expect": {
            "url": "http://127.0.0.1:8765/api/v4/spot/countdown_cancel_all",
            "headers": {
                "SIGN": "8e636aa6e956ab4248735036b2023ee2cff077357c90392082ee9da0327b9d91ba22ee9835453a1747eed688d4d908d52b8bb2c7bd8703e1c5cc9ff2f79c69dd"
            },
            "headers_exact": False,
        },
    },
    {
        "id": "raw-query-signed-encoded-sent",
        "provenance": "derived",
        "source": "protocols:§4a",
        "credentials": ["key", "secret", None],
        "request": {
            "method": "GET",
            "base_url": "https://h.example",
            "path": "/api/v4/x",
            "query": {"text": "a b/c"},
            "body": {},
            "now_ms": 1541993715000,
        },
        "expect": {
            "url": "https://h.example/api/v4/x?text=a%20b%2Fc",
            "text": "GET\n/api/v4/x\ntext=a b/c\ncf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\n1541993715",
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
