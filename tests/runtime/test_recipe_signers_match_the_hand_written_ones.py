"""The generated signers (compiled from each spec's `auth.recipe`) put the same bytes on the
wire as the hand-written signers they replaced (`hand_written_signing`, frozen).

Same method, URL, headers in order and body, for every call of a fixed set of shapes (GET, POST,
PUT, DELETE; empty and non-empty query and body; booleans, Decimals, floats, JSON values,
non-ASCII text, reserved characters; IPv6, default-port and upper-case hosts) under several
clocks and credentials, and for thousands of calls hypothesis makes up.

The one intended difference: HTX's hand-written signer, given a caller parameter named like one
of its auth parameters (AccessKeyId, ...), sent both; the recipe replaces it, as BingX's
hand-written signer already did for timestamp. No generated method passes such a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import hand_written_signing as hand
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchange_sdk._runtime.signing import Credentials, Signer
from exchange_sdk.bingx import _signing as bingx
from exchange_sdk.bitget import _signing as bitget
from exchange_sdk.gate import _signing as gate
from exchange_sdk.htx import _signing as htx

PAIRS: dict[str, tuple[Signer, hand.Signer]] = {
    "bingx": (bingx.sign, hand.sign_bingx),
    "htx": (htx.sign, hand.sign_htx),
    "bitget": (bitget.sign, hand.sign_bitget),
    "gate": (gate.sign, hand.sign_gate),
}
RESERVED = {
    "bingx": bingx.QUERY_RESERVED,
    "htx": htx.QUERY_RESERVED,
    "bitget": frozenset[str](),
    "gate": frozenset[str](),
}

CALLS: list[tuple[str, str, str, dict[str, object], dict[str, object]]] = [
    (
        "POST",
        "https://open-api.bingx.com",
        "/openApi/spot/v1/trade/cancelAllAfter",
        {"type": "ACTIVATE", "timeOut": 10},
        {},
    ),
    ("POST", "https://h.example", "/p", {"symbol": "BTC-USDT"}, {"recvWindow": 0}),
    ("GET", "https://h.example", "/p", {}, {}),
    (
        "DELETE",
        "https://h.example",
        "/api/v4/spot/orders",
        {"currency_pair": "BTC_USDT", "side": "buy"},
        {},
    ),
    (
        "GET",
        "https://h.example",
        "/q",
        {"z": "a b:c/d~", "a": True, "m": Decimal("0.00000001"), "f": 1e-7},
        {},
    ),
    (
        "POST",
        "https://h.example",
        "/q",
        {"data": [{"symbol": "BTC-USDT", "orderId": 1}], "b": "x y"},
        {},
    ),
    ("POST", "https://h.example", "/b", {}, {"productType": "USDT-FUTURES", "marginCoin": "USDT"}),
    (
        "POST",
        "https://h.example",
        "/b",
        {"k": "v"},
        {"list": [1, "a"], "nested": {"x": False}, "é": "ü"},
    ),
    (
        "PUT",
        "http://127.0.0.1:8765",
        "/b",
        {"ünï": "cödé", "plus": "+&="},
        {"p": Decimal("-12.50")},
    ),
    ("POST", "https://API.HBDM.VN:443", "/v5/trade/cancel_all_orders", {}, {}),
    ("GET", "http://[::1]:9000", "/v1/x", {"Symbol": "a"}, {}),
    (
        "POST",
        "https://api.gateio.ws",
        "/api/v4/spot/countdown_cancel_all",
        {},
        {"timeout": 30, "currency_pair": "BTC_USDT"},
    ),
    (
        "GET",
        "https://api.hbdm.com",
        "/v5/trade/order/opens",
        {"contract_code": "BTC-USDT", "page_index": 2},
        {},
    ),
    (
        "POST",
        "https://h.example",
        "/f",
        {"price": 0.1, "qty": 3.0, "big": 10**20},
        {"n": -0.0, "s": ""},
    ),
]
NOWS = [0, 1494515970999, 1700000000123, 1700000000999]
CREDENTIALS = [
    ("k", "s", "p"),
    ("key/with+chars=", "sécret", "pässphrase"),
    ("e2xxxxxx-99xxxxxx", "secret", "pass"),
]


def _same(
    exchange: str,
    method: str,
    base_url: str,
    path: str,
    query: Mapping[str, object],
    body: Mapping[str, object],
    now: int,
    creds: tuple[str, str, str],
) -> None:
    generated, written = PAIRS[exchange]
    want = written(method, base_url, path, query, body, hand.Credentials(*creds), now)
    got = generated(method, base_url, path, query, body, Credentials(*creds), now)
    assert (got.method, got.url, got.body) == (want.method, want.url, want.body)
    assert list(got.headers.items()) == list(want.headers.items())


@pytest.mark.parametrize("exchange", list(PAIRS))
def test_the_same_bytes_for_every_fixed_call(exchange: str) -> None:
    compared = 0
    for method, base_url, path, query, body in CALLS:
        for now in NOWS:
            for creds in CREDENTIALS:
                _same(exchange, method, base_url, path, query, body, now, creds)
                compared += 1
    assert compared == len(CALLS) * len(NOWS) * len(CREDENTIALS) == 168


names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=8)
values = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
    st.sampled_from(["BTC-USDT", "a b", "x&y=z", "[1]", "{}", "50%", "~._-", "+/="]),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64),
    st.decimals(allow_nan=False, allow_infinity=False, places=8),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers() | st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers() | st.booleans(), max_size=2),
)
params = st.dictionaries(names, values, max_size=5)


@pytest.mark.parametrize("exchange", list(PAIRS))
@settings(max_examples=500, deadline=None)
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
    base_url=st.sampled_from(
        [
            "https://api.example.com",
            "http://127.0.0.1:8765",
            "https://H.Example:443",
            "http://[::1]:80",
        ]
    ),
    path=st.sampled_from(["/", "/api/v4/spot/orders", "/v5/trade/cancel_all_orders", "/p/ü"]),
    query=params,
    body=params,
    now=st.integers(min_value=0, max_value=2**41),
    creds=st.tuples(
        st.text(min_size=1, max_size=10), st.text(max_size=10), st.text(min_size=1, max_size=6)
    ),
)
def test_the_same_bytes_for_made_up_calls(
    exchange: str,
    method: str,
    base_url: str,
    path: str,
    query: dict[str, object],
    body: dict[str, object],
    now: int,
    creds: tuple[str, str, str],
) -> None:
    reserved = RESERVED[exchange]
    query = {k: v for k, v in query.items() if k not in reserved}
    body = {k: v for k, v in body.items() if k not in reserved}
    _same(exchange, method, base_url, path, query, body, now, creds)


def test_the_one_intended_difference_a_caller_param_named_like_an_auth_param() -> None:
    args: tuple[str, str, str, dict[str, object], dict[str, object]] = (
        "GET",
        "https://api.hbdm.com",
        "/v1/x",
        {"AccessKeyId": "shadow"},
        {},
    )
    want = hand.sign_htx(*args, hand.Credentials("k", "s"), 0)
    got = htx.sign(*args, Credentials("k", "s"), 0)
    assert "AccessKeyId=k&AccessKeyId=shadow&" in want.url
    assert "AccessKeyId=k&SignatureMethod" in got.url and "shadow" not in got.url
