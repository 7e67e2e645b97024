# Generated from specs/krakenfutures/exchange.yaml (sha256 0dafe8ce479dda7ea88c281955e4e91d40fd71b7babccd9e8421baf77ad6539d). Do not edit: run make.
"""The known-answer vectors of KrakenFutures's signing recipe (specs/krakenfutures/exchange.yaml,
`auth.vectors`, each with its source), run through the generated signer
exchange_sdk.krakenfutures._signing."""

from __future__ import annotations

from typing import Any

import pytest
from _signing_vectors import check_vector

from exchange_sdk.krakenfutures import _signing

VECTORS: list[dict[str, Any]] = [
    {
        "id": "kf-doc-ws-challenge",
        "provenance": "published",
        "source": "https://docs.kraken.com/api/docs/guides/futures-websockets",
        "credentials": [
            "kf-key",
            "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
            None,
        ],
        "text": "c100b894-1729-464d-ace1-52dbce11db42",
        "signature": "4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==",
    },
    {
        "id": "kf-cancel-all",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kf-key",
            "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://futures.kraken.com",
            "path": "/derivatives/api/v3/cancelallorders",
            "query": {},
            "body": {"symbol": "PF_XBTUSD"},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://futures.kraken.com/derivatives/api/v3/cancelallorders",
            "headers": {
                "APIKey": "kf-key",
                "Authent": "j4ZI6FpslI737HB6b9l0rCBfDKk/OK1tNEhVczzWySFdbP8QKIo2quxeWRNNM/6QkM8q5OCIy0YGNrXZbCnYkw==",
            },
            "headers_exact": False,
            "body": "symbol=PF_XBTUSD",
            "text": "symbol=PF_XBTUSD/api/v3/cancelallorders",
        },
    },
    {
        "id": "kf-cancel-all-query",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kf-key",
            "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://futures.kraken.com",
            "path": "/derivatives/api/v3/cancelallorders",
            "query": {"symbol": "PF_XBTUSD"},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://futures.kraken.com/derivatives/api/v3/cancelallorders?symbol=PF_XBTUSD",
            "headers": {
                "APIKey": "kf-key",
                "Authent": "j4ZI6FpslI737HB6b9l0rCBfDKk/OK1tNEhVczzWySFdbP8QKIo2quxeWRNNM/6QkM8q5OCIy0YGNrXZbCnYkw==",
            },
            "headers_exact": False,
            "body": None,
            "text": "symbol=PF_XBTUSD/api/v3/cancelallorders",
        },
    },
    {
        "id": "kf-cancel-all-after",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kf-key",
            "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
            None,
        ],
        "request": {
            "method": "POST",
            "base_url": "https://futures.kraken.com",
            "path": "/derivatives/api/v3/cancelallordersafter",
            "query": {},
            "body": {"timeout": 60},
            "now_ms": 1700000000123,
        },
        "expect": {
            "headers": {
                "Authent": "Fy/R8IfTKZoUDUcQijs6KCU7r+PAoHHKtAFxhgnKNE2ErSs39cMyBWmmTRFkgRTf+rxHD9FgQDxNjyrDO8WMcQ=="
            },
            "headers_exact": False,
            "body": "timeout=60",
        },
    },
    {
        "id": "kf-open-orders",
        "provenance": "ccxt-4.5.90",
        "source": "https://pypi.org/project/ccxt/4.5.90/",
        "credentials": [
            "kf-key",
            "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
            None,
        ],
        "request": {
            "method": "GET",
            "base_url": "https://futures.kraken.com",
            "path": "/derivatives/api/v3/openorders",
            "query": {},
            "body": {},
            "now_ms": 1700000000123,
        },
        "expect": {
            "url": "https://futures.kraken.com/derivatives/api/v3/openorders",
            "headers": {
                "Authent": "kBn7/IG7mqM1ljrz46KhrrqTnLxF7gqlegm5P3s4CmQVqLrjuUBJ+Y+ISjuGwkF4UWXq4IALKPjqgJAXcAgnoA=="
            },
            "headers_exact": False,
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
