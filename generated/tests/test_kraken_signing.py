# Generated from specs/kraken/exchange.yaml (sha256 87cf7b938dd292f3d8b3497548fd8a1e4014570907f7f05a2f3d20bd98a93646). Do not edit: run make.
"""The known-answer vectors of Kraken's signing recipe (specs/kraken/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.kraken._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.kraken import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "kraken-doc-add-order",
        "provenance": "published",
        "source": "https://docs.kraken.com/api/docs/guides/spot-rest-auth",
        "credentials": [
            "kraken-key",
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.kraken.com",
            "path": "/0/private/AddOrder",
            "query": {},
            "body": {
                "ordertype": "limit",
                "pair": "XBTUSD",
                "price": 37500,
                "type": "buy",
                "volume": "1.25",
            },
            "now_ms": 1616492376594,
        },
        "expect": {
            "url": "https://api.kraken.com/0/private/AddOrder",
            "headers": {
                "API-Key": "kraken-key",
                "API-Sign": "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            "headers_exact": True,
            "body": "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25",
        },
    },
    {
        "id": "kraken-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kraken-key",
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.kraken.com",
            "path": "/0/private/CancelAll",
            "query": {},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "API-Sign": "bg6w1Ja9ESmmZIA/tpR0UAZoHBnQ0BqEv7uzWrAXrdc2SqYGXxntcMRiEa/a2VR9MCigimm7qX0BCziSqYsS7w=="
            },
            "headers_exact": False,
            "body": "nonce=1700000000123",
        },
    },
    {
        "id": "kraken-cancel-all-after",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kraken-key",
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.kraken.com",
            "path": "/0/private/CancelAllOrdersAfter",
            "query": {},
            "body": {"timeout": 60},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "API-Sign": "rR6ZO/XdMF6I7uip/IjnJnTaRme3heVGZt/fBp/gvX8dsfZt2q0enAC8BFdYnEmvgXiNp7NRTZ4iQA6GISgRrg=="
            },
            "headers_exact": False,
            "body": "nonce=1700000000123&timeout=60",
        },
    },
    {
        "id": "kraken-open-orders",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kraken-key",
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://api.kraken.com",
            "path": "/0/private/OpenOrders",
            "query": {},
            "body": {"trades": "false"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "API-Sign": "pZWIKQ2wnVYuWATuXTMhJIu6Tl24QZxmQalfftIei4QAlF4kx5M5HEA6nyBOs2Fc6Cg2FcLByB5I1ALs0FaCXw=="
            },
            "headers_exact": False,
            "body": "nonce=1700000000123&trades=false",
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
