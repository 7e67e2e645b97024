"""Every known-answer vector of exchange-protocols.md through the generated signers (the digest
chain alone, `sign_text`, and whole requests), plus the full request (URL, headers, body) each
builds, with expectations written from the docs, not from the recipes."""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import json
from decimal import Decimal
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from exchange_sdk import errors
from exchange_sdk._runtime.client_base import _signers
from exchange_sdk._runtime.signing import Credentials, dump_json, format_value, signed_host
from exchange_sdk.bingx import _signing as bingx
from exchange_sdk.bitget import _signing as bitget
from exchange_sdk.gate import _signing as gate
from exchange_sdk.htx import _signing as htx

# The signers are generated from each spec's auth.recipe (exchange_sdk/<id>/_signing.py); these
# checks keep their own expectations, written from exchange-protocols.md, independent of the
# recipes and of the generated vector tests.
sign_bingx, sign_htx, sign_bitget, sign_gate = bingx.sign, htx.sign, bitget.sign, gate.sign


def bingx_signature(secret: str, payload: str) -> str:
    return bingx.sign_text(Credentials("", secret), payload.encode())


def htx_signature(secret: str, method: str, host: str, path: str, canonical: str) -> str:
    return htx.sign_text(Credentials("", secret), f"{method}\n{host}\n{path}\n{canonical}".encode())


def bitget_signature(secret: str, prehash: str | bytes) -> str:
    text = prehash.encode() if isinstance(prehash, str) else prehash
    return bitget.sign_text(Credentials("", secret), text)


def gate_body_hash(body: bytes) -> str:
    return hashlib.sha512(body).hexdigest()


def gate_signature(secret: str, method: str, path: str, query: str, body: bytes, ts: str) -> str:
    text = f"{method}\n{path}\n{query}\n{gate_body_hash(body)}\n{ts}"
    return gate.sign_text(Credentials("", secret), text.encode())


# ---------------------------------------------------------------------------- BingX §1b

BX1_SECRET = "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI"
BX2_KEY = "hO6oQotzTE0S5FRYze2Jx2wGx7eVnJGMolpA1nZyehsoMgCcgKNWQHd4QgTFZuwl4Zt4xMe2PqGBegWXO4A"
BX2_SECRET = "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w"
BX_TS = 1696751141337


@pytest.mark.parametrize(
    ("secret", "payload", "expected"),
    [
        # 1. VERIFIED, older spot auth page (symbol without the dash).
        (
            BX1_SECRET,
            "quoteOrderQty=20&side=BUY&symbol=ETHUSDT&timestamp=1649404670162&type=MARKET",
            "428a3c383bde514baff0d10d3c20e5adfaacaf799e324546dafe5ccc480dd827",
        ),
        # 1. caveat: with the dash the doc's parameter list shows.
        (
            BX1_SECRET,
            "quoteOrderQty=20&side=BUY&symbol=ETH-USDT&timestamp=1649404670162&type=MARKET",
            "59b6ebf3e92a09063ad034b4a9273e1cbf3d6fb056547d0d8b678d5ce10096c7",
        ),
        # 2. the corrected HMACs (the published 1e63e8cf... is wrong).
        (
            BX2_SECRET,
            "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
            "f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2",
        ),
        (
            BX2_SECRET,
            "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
            "8d0d3ea9b592be3678c33332ab13e9102e093e67255921e15a581146c87c272f",
        ),
        # 3. DERIVED.
        (
            BX2_SECRET,
            "timeOut=10&timestamp=1696751141337&type=ACTIVATE",
            "8ecf33df9c05faf45cc6fd31a43fec3925ed71186df156ee4314cd29e3c93f3b",
        ),
        (
            BX2_SECRET,
            "symbol=BTC-USDT&timestamp=1696751141337",
            "b1aa30a7a0a263d212f0e059e2f91c09a9337977a891eaf21ad67b74b2932fef",
        ),
    ],
)
def test_bingx_vectors(secret: str, payload: str, expected: str) -> None:
    assert bingx_signature(secret, payload) == expected


def test_bingx_published_wrong_value_is_not_reproduced() -> None:
    wrong = "1e63e8cfd1c04919881e60cf369e404b9b7c87d3a09bc300f1abfdcce7da57e8"
    for payload in (
        "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
        "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
    ):
        assert bingx_signature(BX2_SECRET, payload) != wrong


def test_bingx_full_request_cancel_all_after() -> None:
    creds = Credentials(BX2_KEY, BX2_SECRET)
    req = sign_bingx(
        "POST",
        "https://open-api.bingx.com",
        "/openApi/spot/v1/trade/cancelAllAfter",
        {"type": "ACTIVATE", "timeOut": 10},
        {},
        creds,
        BX_TS,
    )
    assert req.method == "POST"
    assert req.url == (
        "https://open-api.bingx.com/openApi/spot/v1/trade/cancelAllAfter"
        "?timeOut=10&timestamp=1696751141337&type=ACTIVATE"
        "&signature=8ecf33df9c05faf45cc6fd31a43fec3925ed71186df156ee4314cd29e3c93f3b"
    )
    assert req.headers == {"X-BX-APIKEY": BX2_KEY}
    assert req.body is None


def test_bingx_full_request_recv_window_and_body_params_go_to_query() -> None:
    creds = Credentials(BX2_KEY, BX2_SECRET)
    req = sign_bingx(
        "POST",
        "http://127.0.0.1:8765",
        "/openApi/spot/v1/trade/cancelOpenOrders",
        {"symbol": "BTC-USDT"},
        {"recvWindow": 0},
        creds,
        BX_TS,
    )
    assert req.url == (
        "http://127.0.0.1:8765/openApi/spot/v1/trade/cancelOpenOrders"
        "?recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337"
        "&signature=f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2"
    )
    assert req.body is None


def test_bingx_caller_timestamp_is_replaced_by_the_signers() -> None:
    creds = Credentials(BX2_KEY, BX2_SECRET)
    req = sign_bingx(
        "POST", "https://h", "/p", {"symbol": "BTC-USDT", "timestamp": 1}, {}, creds, BX_TS
    )
    assert req.url.endswith(
        "?symbol=BTC-USDT&timestamp=1696751141337"
        "&signature=b1aa30a7a0a263d212f0e059e2f91c09a9337977a891eaf21ad67b74b2932fef"
    )


def test_bingx_encodes_only_bracketed_values_and_signs_raw() -> None:
    creds = Credentials("k", "s")
    batch = [{"symbol": "BTC-USDT", "orderId": 1}]
    req = sign_bingx("POST", "https://h", "/p", {"data": batch, "b": "x y"}, {}, creds, 5)
    raw = 'b=x y&data=[{"symbol":"BTC-USDT","orderId":1}]&timestamp=5'
    query = urlsplit(req.url).query
    encoded_data = "%5B%7B%22symbol%22%3A%22BTC-USDT%22%2C%22orderId%22%3A1%7D%5D"
    assert query == f"b=x y&data={encoded_data}&timestamp=5&signature={bingx_signature('s', raw)}"


# ---------------------------------------------------------------------------- HTX §2b


def test_htx_go_csharp_vector() -> None:
    assert (
        htx_signature(
            "secret", "GET", "api.huobi.pro", "/v1/account/history", "account-id=1&currency=btcusdt"
        )
        == "HUP3n78npIuTzVKyjEOrPictRKEUTRoYs7Ld5y38hmA="
    )


def test_htx_java_vector_signature() -> None:
    canonical = "AccessKeyId=123&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=123"
    assert (
        htx_signature("456", "GET", "host", "url", canonical)
        == "Hfdw0d/3ZOEB2eHJZiwVZ/1YLL62MFuKKmSW83vM3ps="
    )


def test_htx_signature_is_appended_encoded_after_the_sorted_query() -> None:
    # The Java SDK sorts Signature in with the rest; the documented recipe (and this SDK)
    # appends it. Same pairs, same encoding.
    req = sign_htx("GET", "http://host", "/url", {}, {}, Credentials("123", "456"), HTX_V5_MS)
    query = urlsplit(req.url).query
    signed, _, signature = query.rpartition("&Signature=")
    assert signed == (
        "AccessKeyId=123&SignatureMethod=HmacSHA256&SignatureVersion=2"
        "&Timestamp=2017-05-11T15%3A19%3A30"
    )
    assert unquote(signature) == htx_signature("456", "GET", "host", "/url", signed)


HTX_V5_KEY = "e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx"
HTX_V5_MS = calendar.timegm((2017, 5, 11, 15, 19, 30)) * 1000


def test_htx_derived_v5_vector() -> None:
    canonical = (
        f"AccessKeyId={HTX_V5_KEY}&SignatureMethod=HmacSHA256&SignatureVersion=2"
        "&Timestamp=2017-05-11T15%3A19%3A30"
    )
    assert (
        htx_signature("secret", "POST", "api.hbdm.com", "/v5/trade/cancel_all_orders", canonical)
        == "mDY6ZIusrzJaG9eBdS9W9vQKZPYwzihhBvEhKAzHSJ0="
    )


def test_htx_full_request_v5() -> None:
    creds = Credentials(HTX_V5_KEY, "secret")
    req = sign_htx(
        "POST",
        "https://api.hbdm.com",
        "/v5/trade/cancel_all_orders",
        {},
        {"contract_code": "BTC-USDT", "side": "buy", "position_side": "long"},
        creds,
        HTX_V5_MS + 999,  # milliseconds are dropped
    )
    assert req.url == (
        "https://api.hbdm.com/v5/trade/cancel_all_orders"
        f"?AccessKeyId={HTX_V5_KEY}&SignatureMethod=HmacSHA256&SignatureVersion=2"
        "&Timestamp=2017-05-11T15%3A19%3A30&Signature=mDY6ZIusrzJaG9eBdS9W9vQKZPYwzihhBvEhKAzHSJ0%3D"
    )
    assert req.headers == {"Content-Type": "application/json"}
    assert req.body == b'{"contract_code":"BTC-USDT","side":"buy","position_side":"long"}'


def test_htx_empty_body_is_an_empty_json_object() -> None:
    req = sign_htx(
        "POST",
        "https://api.hbdm.com",
        "/v5/trade/cancel_all_orders",
        {},
        {},
        Credentials("k", "s"),
        0,
    )
    assert req.body == b"{}"
    assert "Timestamp=1970-01-01T00%3A00%3A00" in req.url


def _htx_expected(method: str, host: str, path: str, url: str, secret: str) -> str:
    pairs = [p for p in urlsplit(url).query.split("&") if not p.startswith("Signature=")]
    payload = f"{method}\n{host}\n{path}\n{'&'.join(pairs)}"
    return base64.b64encode(
        hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    ).decode()


@pytest.mark.parametrize(
    ("base_url", "host"),
    [
        ("https://api.hbdm.com", "api.hbdm.com"),
        ("https://API.HBDM.VN", "api.hbdm.vn"),
        ("https://api.hbdm.com:443", "api.hbdm.com"),
        ("http://127.0.0.1:8765", "127.0.0.1:8765"),
        ("http://localhost:80", "localhost"),
        ("http://[::1]:9000", "[::1]:9000"),
    ],
)
def test_htx_signs_the_host_actually_called(base_url: str, host: str) -> None:
    assert signed_host(base_url) == host
    req = sign_htx(
        "POST",
        base_url,
        "/v5/trade/cancel_all_orders",
        {},
        {"side": "buy"},
        Credentials("k", "s"),
        HTX_V5_MS,
    )
    signature = unquote(req.url.rsplit("&Signature=", 1)[1])
    assert signature == _htx_expected("POST", host, "/v5/trade/cancel_all_orders", req.url, "s")


def test_htx_get_signs_sorted_encoded_query_params() -> None:
    req = sign_htx(
        "GET",
        "https://api.hbdm.com",
        "/v1/x",
        {"z": "a b:c", "a": True},
        {},
        Credentials("k/1", "s"),
        HTX_V5_MS,
    )
    query = urlsplit(req.url).query
    assert query.startswith(
        "AccessKeyId=k%2F1&SignatureMethod=HmacSHA256&SignatureVersion=2"
        "&Timestamp=2017-05-11T15%3A19%3A30&a=true&z=a%20b%3Ac&Signature="
    )
    assert req.body is None
    assert unquote(query.rsplit("&Signature=", 1)[1]) == _htx_expected(
        "GET", "api.hbdm.com", "/v1/x", req.url, "s"
    )


# ---------------------------------------------------------------------------- Bitget §3b


def test_bitget_derived_vectors() -> None:
    assert (
        bitget_signature(
            "secret", "16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT"
        )
        == "RI9g5pCkEX/+tr0RueyMGckGzeuXz9BiN78aBgIEayo="
    )
    assert (
        bitget_signature(
            "secret",
            b'1659076670000POST/api/v2/mix/order/cancel-all-orders{"productType":"USDT-FUTURES","marginCoin":"USDT"}',
        )
        == "ZL9+jJzw2eq/ichE21aCx7ONRrvBpWoLAf1K9u2THXM="
    )


def test_bitget_full_request_post() -> None:
    req = sign_bitget(
        "POST",
        "https://api.bitget.com",
        "/api/v2/mix/order/cancel-all-orders",
        {},
        {"productType": "USDT-FUTURES", "marginCoin": "USDT"},
        Credentials("key", "secret", "pass"),
        1659076670000,
    )
    assert req.url == "https://api.bitget.com/api/v2/mix/order/cancel-all-orders"
    assert req.body == b'{"productType":"USDT-FUTURES","marginCoin":"USDT"}'
    assert req.headers == {
        "ACCESS-KEY": "key",
        "ACCESS-SIGN": "ZL9+jJzw2eq/ichE21aCx7ONRrvBpWoLAf1K9u2THXM=",
        "ACCESS-TIMESTAMP": "1659076670000",
        "ACCESS-PASSPHRASE": "pass",
        "Content-Type": "application/json",
    }


def test_bitget_full_request_get_with_sorted_query() -> None:
    req = sign_bitget(
        "GET",
        "https://api.bitget.com",
        "/api/mix/v2/market/depth",
        {"symbol": "BTCUSDT", "limit": 20},
        {},
        Credentials("key", "secret", "pass"),
        16273667805456,
    )
    assert req.url == "https://api.bitget.com/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT"
    assert req.body is None
    assert req.headers["ACCESS-SIGN"] == "RI9g5pCkEX/+tr0RueyMGckGzeuXz9BiN78aBgIEayo="
    assert req.headers["ACCESS-TIMESTAMP"] == "16273667805456"


def test_bitget_without_passphrase_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="passphrase"):
        sign_bitget("POST", "https://h", "/p", {}, {"a": 1}, Credentials("k", "s"), 1)


# ---------------------------------------------------------------------------- Gate §4b

EMPTY_SHA512 = (
    "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
    "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
)
GATE2_BODY = b'{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}'
GATE2_HASH = (
    "ad3c169203dc3026558f01b4df307641fa1fa361f086b2306658886d5708767b"
    "1854797c68d9e62fef2f991645aa82673622ebf417e091d0bd22bafe5d956cca"
)
GATE3_BODY = b'{"timeout":30,"currency_pair":"BTC_USDT"}'
GATE3_HASH = (
    "bdba307170047b582a1fc0fec6ca9838238b4f64340e40ada3e7caaf8829f295"
    "e868bc7a6ed5b744d45e5282d7a8b5ece1e41938a189bb42f35968d19a78f161"
)
GATE1_SIGN = (
    "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6"
    "fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a"
)
GATE2_SIGN = (
    "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541f"
    "c4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"
)
GATE3_SIGN = (
    "8e636aa6e956ab4248735036b2023ee2cff077357c90392082ee9da0327b9d91"
    "ba22ee9835453a1747eed688d4d908d52b8bb2c7bd8703e1c5cc9ff2f79c69dd"
)


def test_gate_body_hashes() -> None:
    assert gate_body_hash(b"") == EMPTY_SHA512
    assert gate_body_hash(GATE2_BODY) == GATE2_HASH
    assert gate_body_hash(GATE3_BODY) == GATE3_HASH


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "expected"),
    [
        (
            "GET",
            "/api/v4/futures/orders",
            "contract=BTC_USD&status=finished&limit=50",
            b"",
            GATE1_SIGN,
        ),
        ("POST", "/api/v4/futures/orders", "", GATE2_BODY, GATE2_SIGN),
        ("POST", "/api/v4/spot/countdown_cancel_all", "", GATE3_BODY, GATE3_SIGN),
    ],
)
def test_gate_vectors(method: str, path: str, query: str, body: bytes, expected: str) -> None:
    assert gate_signature("secret", method, path, query, body, "1541993715") == expected


def test_gate_full_request_get_vector_1() -> None:
    req = sign_gate(
        "GET",
        "https://api.gateio.ws",
        "/api/v4/futures/orders",
        {"contract": "BTC_USD", "status": "finished", "limit": 50},
        {},
        Credentials("key", "secret"),
        1541993715_123,
    )
    assert (
        req.url
        == "https://api.gateio.ws/api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50"
    )
    assert req.body is None
    assert req.headers == {
        "KEY": "key",
        "Timestamp": "1541993715",
        "SIGN": GATE1_SIGN,
        "Content-Type": "application/json",
    }


def test_gate_full_request_post_vector_2() -> None:
    body = {
        "contract": "BTC_USD",
        "type": "limit",
        "size": 100,
        "price": 6800,
        "time_in_force": "gtc",
    }
    req = sign_gate(
        "POST",
        "https://api.gateio.ws",
        "/api/v4/futures/orders",
        {},
        body,
        Credentials("key", "secret"),
        1541993715000,
    )
    assert req.body == GATE2_BODY
    assert req.headers["SIGN"] == GATE2_SIGN


def test_gate_full_request_post_vector_3() -> None:
    req = sign_gate(
        "POST",
        "http://127.0.0.1:8765",
        "/api/v4/spot/countdown_cancel_all",
        {},
        {"timeout": 30, "currency_pair": "BTC_USDT"},
        Credentials("key", "secret"),
        1541993715000,
    )
    assert req.url == "http://127.0.0.1:8765/api/v4/spot/countdown_cancel_all"
    assert req.body == GATE3_BODY
    assert req.headers == {
        "KEY": "key",
        "Timestamp": "1541993715",
        "SIGN": GATE3_SIGN,
        "Content-Type": "application/json",
    }


def test_gate_signs_raw_query_and_sends_it_encoded() -> None:
    req = sign_gate(
        "GET",
        "https://h",
        "/api/v4/x",
        {"text": "a b/c"},
        {},
        Credentials("key", "secret"),
        1541993715000,
    )
    assert req.url == "https://h/api/v4/x?text=a%20b%2Fc"
    assert req.headers["SIGN"] == gate_signature(
        "secret", "GET", "/api/v4/x", "text=a b/c", b"", "1541993715"
    )


# ---------------------------------------------------------------------------- shared


def test_every_exchange_resolves_to_its_generated_signer() -> None:
    from exchange_sdk.bingx import _spec as bingx_spec
    from exchange_sdk.bitget import _spec as bitget_spec
    from exchange_sdk.gate import _spec as gate_spec
    from exchange_sdk.htx import _spec as htx_spec

    for info, module in (
        (bingx_spec.EXCHANGE, bingx),
        (htx_spec.EXCHANGE, htx),
        (bitget_spec.EXCHANGE, bitget),
        (gate_spec.EXCHANGE, gate),
    ):
        assert _signers(info) == (module.sign, module.BODY_FORMAT_SIGNERS)


def test_an_exchange_without_a_generated_signer_is_a_configuration_error() -> None:
    from exchange_sdk.bingx import _spec as bingx_spec

    with pytest.raises(errors.ConfigurationError, match="no signer for exchange 'acme'"):
        _signers(bingx_spec.EXCHANGE._replace(id="acme", name="Acme"))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (10, "10"),
        (1735964997957275648, "1735964997957275648"),
        (10.0, "10"),
        (0.5, "0.5"),
        (1e-7, "0.0000001"),
        (1e20, "100000000000000000000"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.00000001"), "0.00000001"),
        (Decimal("-12.50"), "-12.50"),
        ("BTC-USDT", "BTC-USDT"),
        ([1, "a"], '[1,"a"]'),
        ({"a": [True, None]}, '{"a":[true,null]}'),
    ],
)
def test_format_value(value: object, text: str) -> None:
    assert format_value(value) == text


def test_format_value_rejects_what_cannot_be_sent() -> None:
    with pytest.raises(TypeError):
        format_value(object())
    with pytest.raises(ValueError, match="non-finite"):
        format_value(Decimal("NaN"))
    with pytest.raises(ValueError, match="non-finite"):
        format_value(float("inf"))


def test_dump_json_is_compact_and_matches_stdlib_for_plain_values() -> None:
    obj = {"a": 1, "b": 'é\n"', "c": [True, False, None], "d": {"e": -2}}
    assert dump_json(obj) == json.dumps(obj, separators=(",", ":"))
    assert dump_json({"p": Decimal("0.10"), "q": 3.0, "r": 0.25}) == '{"p":0.10,"q":3,"r":0.25}'


def test_hmac_prototypes_are_reused_not_mutated() -> None:
    creds = Credentials("k", "s")
    first = creds.hmac("sha256")
    first.update(b"x")
    again = creds.hmac("sha256")
    again.update(b"x")
    assert (
        first.hexdigest() == again.hexdigest() == hmac.new(b"s", b"x", hashlib.sha256).hexdigest()
    )
    assert creds.hmac("sha512").name == "hmac-sha512"


def test_a_secret_that_must_be_base64_and_is_not_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="not valid base64") as info:
        Credentials("k", "not base64!").hmac("sha512", "secret-base64")
    assert "not base64!" not in str(info.value)
    assert Credentials("k", "c2VjcmV0").hmac("sha256", "secret-base64").copy() is not None


def test_credentials_hide_their_values() -> None:
    creds = Credentials("my-key", "my-secret", "my-pass")
    for text in (repr(creds), str(creds)):
        assert "my-key" not in text and "my-secret" not in text and "my-pass" not in text
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(creds)


def test_signers_round_trip_through_parse() -> None:
    """A BingX URL parses back into exactly the signed parameters plus the signature."""
    req = sign_bingx(
        "POST", "https://h", "/p", {"type": "CLOSE", "timeOut": 10}, {}, Credentials("k", "s"), 7
    )
    pairs = parse_qsl(urlsplit(req.url).query)
    assert [k for k, _ in pairs] == ["timeOut", "timestamp", "type", "signature"]


def test_nonces_strictly_increase_and_a_forked_child_never_hangs_on_them() -> None:
    """`clock: increasing` (Kraken): the nonce state's lock, held by some thread of the parent at
    the moment of a fork, is renewed in the child instead of blocking it for ever."""
    import os
    import time

    creds = Credentials("k", "s")
    assert [creds.next_nonce(10), creds.next_nonce(10), creds.next_nonce(50)] == [10, 11, 50]
    creds._lock.acquire()  # as if another thread were inside next_nonce when the fork happens
    try:
        pid = os.fork()
        if pid == 0:  # the child
            os._exit(0 if creds.next_nonce(60) == 60 else 1)
    finally:
        creds._lock.release()
    deadline = time.monotonic() + 10
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung on the nonce lock")
        time.sleep(0.02)
    assert os.waitstatus_to_exitcode(status) == 0


def test_nonces_increase_per_key_across_clients() -> None:
    """Two clients of one key built in the same millisecond (a panic beside a heartbeat) never
    send the same Kraken nonce; another key has its own sequence."""
    first, second, other = (
        Credentials("shared-nonce-key", "s"),
        Credentials("shared-nonce-key", "s"),
        Credentials("other-nonce-key", "s"),
    )
    assert [first.next_nonce(100), second.next_nonce(100), first.next_nonce(100)] == [100, 101, 102]
    assert other.next_nonce(100) == 100
