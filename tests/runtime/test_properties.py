"""Property tests: the hand-written encoders agree with the stdlib, and no body breaks unwrap."""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from urllib.parse import quote, quote_plus, unquote

from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_helpers import INFOS, endpoint

from exchange_sdk import errors
from exchange_sdk._runtime.envelope import unwrap
from exchange_sdk._runtime.signing import (
    Credentials,
    dump_json,
    form_encode,
    format_value,
    percent_encode,
)
from exchange_sdk._runtime.transport import HttpResponse
from exchange_sdk.bingx._signing import sign as sign_bingx
from exchange_sdk.gate._signing import sign as sign_gate

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)


@given(json_values)
def test_dump_json_round_trips_through_the_stdlib(value: object) -> None:
    assert json.loads(dump_json(value)) == value


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimals_are_written_without_exponent(value: Decimal) -> None:
    text = format_value(value)
    assert "E" not in text.upper()
    assert Decimal(text) == value
    assert Decimal(dump_json({"x": value})[5:-1]) == value


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_are_written_without_exponent_or_dot_zero(value: float) -> None:
    text = format_value(value)
    assert "e" not in text.lower()
    assert not text.endswith(".0")
    assert float(text) == value


@given(st.text())
def test_percent_encode_matches_urllib(value: str) -> None:
    assert percent_encode(value) == quote(value, safe="")
    assert percent_encode(value) == quote(value, safe="")  # a second time: from the memo
    assert unquote(percent_encode(value)) == value


@given(st.text())
def test_form_encode_matches_urllib(value: str) -> None:
    assert form_encode(value) == quote_plus(value, safe="")


def bingx_signature(secret: str, payload: str) -> str:
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


def gate_signature(secret: str, method: str, path: str, query: str, body: bytes, ts: str) -> str:
    text = f"{method}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{ts}"
    return hmac.new(secret.encode(), text.encode(), hashlib.sha512).hexdigest()


@given(
    st.dictionaries(
        st.text(
            alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8
        ).filter(lambda k: k not in {"timestamp", "signature"}),
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", max_size=10)
        | st.integers(0, 10**20),
        max_size=5,
    ),
    st.integers(0, 2**45),
)
def test_bingx_signs_the_sorted_raw_query_it_sends(params: dict[str, object], now_ms: int) -> None:
    req = sign_bingx("POST", "https://h", "/p", params, {}, Credentials("k", "s"), now_ms)
    query, _, signature = req.url.partition("?")[2].rpartition("&signature=")
    keys = [pair.split("=", 1)[0] for pair in query.split("&")]
    assert keys == sorted(keys)
    assert signature == bingx_signature("s", query)


@given(st.dictionaries(st.text(min_size=1, max_size=5), st.text(max_size=8), max_size=4))
def test_gate_url_query_decodes_to_the_signed_query(params: dict[str, object]) -> None:
    req = sign_gate(
        "GET", "https://h", "/api/v4/x", params, {}, Credentials("k", "s"), 1541993715000
    )
    _, _, query = req.url.partition("?")
    pairs = (
        [tuple(unquote(part) for part in pair.split("=")) for pair in query.split("&")]
        if query
        else []
    )
    assert pairs == list(params.items())  # every "=" and "&" inside names and values is encoded
    signed = "&".join(f"{k}={v}" for k, v in params.items())
    assert req.headers["SIGN"] == gate_signature("s", "GET", "/api/v4/x", signed, b"", "1541993715")


ANY_EP = {name: endpoint(name, "g.op", "POST", "/p", "TriggerTimeResponse") for name in INFOS}


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(INFOS)),
    st.integers(100, 599),
    st.binary(max_size=64) | json_values.map(lambda v: json.dumps(v).encode()),
)
def test_unwrap_returns_or_raises_an_api_error_for_any_body(
    exchange: str, status: int, body: bytes
) -> None:
    try:
        unwrap(HttpResponse(status, {}, body), INFOS[exchange], ANY_EP[exchange], 0.0)
    except errors.APIError as exc:
        assert exc.raw_body == body
        assert exc.http_status == status
        assert isinstance(str(exc), str) and isinstance(repr(exc), str)
