# Generated from specs/bitmex/exchange.yaml (sha256 1063e142d7eae5041cc230f6c618cdd02807ce3937c57713fcb20d9d30ad3c33). Do not edit: run make.
"""The known-answer vectors of BitMEX's signing recipe (specs/bitmex/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.bitmex._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.bitmex import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "bitmex-page-simple-get",
        "provenance": "published",
        "source": "https://www.bitmex.com/app/apiKeysUsage",
        "credentials": [
            "LAqUlngMIQkIUjXMUreyu3qn",
            "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
            None,
        ],
        "request": {
            "method": "GET",
            "base_url": "https://www.bitmex.com",
            "path": "/api/v1/instrument",
            "query": {},
            "body": {},
            "now_ms": 1518064176000,
        },
        "expect": {
            "url": "https://www.bitmex.com/api/v1/instrument",
            "headers": {
                "api-expires": "1518064236",
                "api-key": "LAqUlngMIQkIUjXMUreyu3qn",
                "api-signature": "c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1f0f77b8af73423bf00",
            },
            "headers_exact": True,
            "body": None,
        },
    },
    {
        "id": "bitmex-page-get-query",
        "provenance": "published",
        "source": "https://www.bitmex.com/app/apiKeysUsage",
        "credentials": [
            "LAqUlngMIQkIUjXMUreyu3qn",
            "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
            None,
        ],
        "request": {
            "method": "GET",
            "base_url": "https://www.bitmex.com",
            "path": "/api/v1/instrument",
            "query": {"filter": '{"symbol": "XBTM15"}'},
            "body": {},
            "now_ms": 1518064177000,
        },
        "expect": {
            "url": "https://www.bitmex.com/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
            "headers": {
                "api-signature": "e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f"
            },
            "headers_exact": False,
        },
    },
    {
        "id": "bitmex-page-post",
        "provenance": "published",
        "source": "https://www.bitmex.com/app/apiKeysUsage",
        "credentials": [
            "LAqUlngMIQkIUjXMUreyu3qn",
            "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://www.bitmex.com",
            "path": "/api/v1/order",
            "query": {},
            "body": '{"symbol":"XBTM15","price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA","orderQty":98}',
            "now_ms": 1518064178000,
        },
        "expect": {
            "headers": {
                "api-expires": "1518064238",
                "api-signature": "1749cd2ccae4aa49048ae09f0b95110cee706e0944e6a14ad0b3a8cb45bd336b",
                "Content-Type": "application/json",
            },
            "headers_exact": False,
        },
    },
    {
        "id": "bitmex-vba-get",
        "provenance": "published",
        "source": "BitMEX/api-connectors@9f8f5e699732424b6fb0f70d25782c3accadcce2:official-http/vba/hexhash.vbs",
        "credentials": [
            "LAqUlngMIQkIUjXMUreyu3qn",
            "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
            None,
        ],
        "text": "GET/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D1429631577690",
        "signature": "9f1753e2db64711e39d111bc2ecace3dc9e7f026e6f65b65c4f53d3d14a60e5f",
    },
    {
        "id": "bitmex-vba-post",
        "provenance": "published",
        "source": "BitMEX/api-connectors@9f8f5e699732424b6fb0f70d25782c3accadcce2:official-http/vba/hexhash.vbs",
        "credentials": [
            "LAqUlngMIQkIUjXMUreyu3qn",
            "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
            None,
        ],
        "text": 'POST/api/v1/order1429631577995{"symbol":"XBTM15","price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA","quantity":98}',
        "signature": "c8f371f0bdae96fd6b4a4d506632b5832982c5143f5c22973bc08d2f56a8beaf",
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
