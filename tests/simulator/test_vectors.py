"""The simulator's verifiers against the published known-answer vectors of
exchange-protocols.md (VERIFIED ones from the exchanges and their SDKs; DERIVED ones as
regression vectors), as pure functions and through the full request verifiers."""

from __future__ import annotations

import sys

import pytest

from exchange_sdk.simulator._wire import Reject, WireRequest
from exchange_sdk.simulator.state import Account
from exchange_sdk.simulator.venues.binance import binance_sign, verify_binance
from exchange_sdk.simulator.venues.bingx import bingx_sign, verify_bingx
from exchange_sdk.simulator.venues.bitget import bitget_sign, verify_bitget
from exchange_sdk.simulator.venues.gate import gate_sign, verify_gate
from exchange_sdk.simulator.venues.htx import htx_canonical_query, htx_sign, verify_htx
from exchange_sdk.simulator.venues.kraken import kraken_sign, verify_kraken
from exchange_sdk.simulator.venues.krakenfutures import krakenfutures_sign
from exchange_sdk.simulator.venues.kucoin import kucoin_sign, verify_kucoin

BX2 = "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w"


@pytest.mark.parametrize(
    ("secret", "payload", "signature"),
    [
        (  # §1b.1 VERIFIED
            "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI",
            "quoteOrderQty=20&side=BUY&symbol=ETHUSDT&timestamp=1649404670162&type=MARKET",
            "428a3c383bde514baff0d10d3c20e5adfaacaf799e324546dafe5ccc480dd827",
        ),
        (
            BX2,
            "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
            "f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2",
        ),
        (
            BX2,
            "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
            "8d0d3ea9b592be3678c33332ab13e9102e093e67255921e15a581146c87c272f",
        ),
        (
            BX2,
            "timeOut=10&timestamp=1696751141337&type=ACTIVATE",
            "8ecf33df9c05faf45cc6fd31a43fec3925ed71186df156ee4314cd29e3c93f3b",
        ),
        (
            BX2,
            "symbol=BTC-USDT&timestamp=1696751141337",
            "b1aa30a7a0a263d212f0e059e2f91c09a9337977a891eaf21ad67b74b2932fef",
        ),
    ],
)
def test_bingx_vectors(secret: str, payload: str, signature: str) -> None:
    assert bingx_sign(secret, payload) == signature


def test_bingx_published_wrong_value_is_not_accepted() -> None:
    wrong = "1e63e8cfd1c04919881e60cf369e404b9b7c87d3a09bc300f1abfdcce7da57e8"  # §1b.2
    assert bingx_sign(BX2, "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337") != wrong


def test_htx_vectors() -> None:
    assert (  # §2b.1 huobi_Golang / huobi_CSharp signer tests
        htx_sign(
            "secret", "GET", "api.huobi.pro", "/v1/account/history", "account-id=1&currency=btcusdt"
        )
        == "HUP3n78npIuTzVKyjEOrPictRKEUTRoYs7Ld5y38hmA="
    )
    java = htx_canonical_query(  # §2b.2 huobi_Java TestApiSignature
        [
            ("AccessKeyId", "123"),
            ("SignatureMethod", "HmacSHA256"),
            ("SignatureVersion", "2"),
            ("Timestamp", "123"),
        ]
    )
    assert (
        htx_sign("456", "GET", "host", "url", java)
        == "Hfdw0d/3ZOEB2eHJZiwVZ/1YLL62MFuKKmSW83vM3ps="
    )
    v5 = htx_canonical_query(  # §2b.4 DERIVED
        [
            ("AccessKeyId", "e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx"),
            ("SignatureMethod", "HmacSHA256"),
            ("SignatureVersion", "2"),
            ("Timestamp", "2017-05-11T15:19:30"),
        ]
    )
    assert v5.endswith("Timestamp=2017-05-11T15%3A19%3A30")
    assert (
        htx_sign("secret", "POST", "api.hbdm.com", "/v5/trade/cancel_all_orders", v5)
        == "mDY6ZIusrzJaG9eBdS9W9vQKZPYwzihhBvEhKAzHSJ0="
    )


def test_bitget_vectors() -> None:  # §3b DERIVED (no official vector exists)
    assert (
        bitget_sign("secret", b"16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT")
        == "RI9g5pCkEX/+tr0RueyMGckGzeuXz9BiN78aBgIEayo="
    )
    prehash = b'1659076670000POST/api/v2/mix/order/cancel-all-orders{"productType":"USDT-FUTURES","marginCoin":"USDT"}'
    assert bitget_sign("secret", prehash) == "ZL9+jJzw2eq/ichE21aCx7ONRrvBpWoLAf1K9u2THXM="


GATE_BODY = b'{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}'


def test_gate_vectors() -> None:  # §4b.1-2 VERIFIED (official docs), §4b.3 DERIVED
    assert gate_sign(
        "secret",
        "GET",
        "/api/v4/futures/orders",
        "contract=BTC_USD&status=finished&limit=50",
        b"",
        "1541993715",
    ) == (
        "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a"
    )
    assert gate_sign("secret", "POST", "/api/v4/futures/orders", "", GATE_BODY, "1541993715") == (
        "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"
    )
    body = b'{"timeout":30,"currency_pair":"BTC_USDT"}'
    assert gate_sign(
        "secret", "POST", "/api/v4/spot/countdown_cancel_all", "", body, "1541993715"
    ) == (
        "8e636aa6e956ab4248735036b2023ee2cff077357c90392082ee9da0327b9d91ba22ee9835453a1747eed688d4d908d52b8bb2c7bd8703e1c5cc9ff2f79c69dd"
    )


# -- the same vectors through the request verifiers ---------------------------------------


def _accounts(key: str, secret: str, passphrase: str = "") -> dict[str, Account]:
    return {key: Account(key, secret, passphrase)}


def test_verify_bingx_accepts_the_published_request() -> None:
    secret = "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI"
    query = "quoteOrderQty=20&side=BUY&symbol=ETHUSDT&timestamp=1649404670162&type=MARKET&signature=428a3c383bde514baff0d10d3c20e5adfaacaf799e324546dafe5ccc480dd827"
    request = WireRequest(
        "POST", "/openApi/spot/v1/trade/order", query, {"x-bx-apikey": "k"}, b"", "127.0.0.1"
    )
    assert isinstance(verify_bingx(request, _accounts("k", secret), 1649404670162, 5000), Account)
    late = verify_bingx(request, _accounts("k", secret), 1649404670162 + 5001, 5000)
    assert isinstance(late, Reject) and late.code == "100421"


def test_verify_bingx_json_body_is_checked_sorted() -> None:
    body = b'{"type":"ACTIVATE","timeOut":10,"timestamp":1696751141337,"signature":"8ecf33df9c05faf45cc6fd31a43fec3925ed71186df156ee4314cd29e3c93f3b"}'
    request = WireRequest(
        "POST", "/x", "", {"x-bx-apikey": "k", "content-type": "application/json"}, body, ""
    )
    assert isinstance(verify_bingx(request, _accounts("k", BX2), 1696751141337, 5000), Account)


def test_verify_htx_accepts_the_derived_v5_request() -> None:
    query = (
        "AccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx&SignatureMethod=HmacSHA256&SignatureVersion=2"
        "&Timestamp=2017-05-11T15%3A19%3A30&Signature=mDY6ZIusrzJaG9eBdS9W9vQKZPYwzihhBvEhKAzHSJ0%3D"
    )
    now = 1494515970000  # 2017-05-11T15:19:30Z
    accounts = _accounts("e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx", "secret")
    request = WireRequest(
        "POST", "/v5/trade/cancel_all_orders", query, {"host": "api.hbdm.com"}, b"{}", ""
    )
    assert isinstance(verify_htx(request, accounts, now, 300000), Account)
    other_host = WireRequest(
        "POST", "/v5/trade/cancel_all_orders", query, {"host": "api.hbdm.vn"}, b"{}", ""
    )
    assert isinstance(verify_htx(other_host, accounts, now, 300000), Reject)
    other_path = WireRequest(
        "POST", "/v5/trade/cancel_all_order", query, {"host": "api.hbdm.com"}, b"{}", ""
    )
    assert isinstance(verify_htx(other_path, accounts, now, 300000), Reject)


def test_verify_bitget_accepts_the_derived_request() -> None:
    headers = {
        "access-key": "k",
        "access-sign": "ZL9+jJzw2eq/ichE21aCx7ONRrvBpWoLAf1K9u2THXM=",
        "access-timestamp": "1659076670000",
        "access-passphrase": "p",
        "content-type": "application/json",
    }
    body = b'{"productType":"USDT-FUTURES","marginCoin":"USDT"}'
    request = WireRequest("POST", "/api/v2/mix/order/cancel-all-orders", "", headers, body, "")
    assert isinstance(
        verify_bitget(request, _accounts("k", "secret", "p"), 1659076670000, 60000), Account
    )
    other_path = WireRequest("POST", "/api/v2/mix/order/cancel-all-order", "", headers, body, "")
    rejected = verify_bitget(other_path, _accounts("k", "secret", "p"), 1659076670000, 60000)
    assert isinstance(rejected, Reject) and rejected.code == "40009"


def test_verify_gate_accepts_the_published_requests() -> None:
    sign = "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"
    headers = {
        "key": "key",
        "sign": sign,
        "timestamp": "1541993715",
        "content-type": "application/json",
    }
    request = WireRequest("POST", "/api/v4/futures/orders", "", headers, GATE_BODY, "")
    assert isinstance(
        verify_gate(request, _accounts("key", "secret"), 1541993715000, 60000), Account
    )
    other_path = WireRequest("POST", "/api/v4/futures/order", "", headers, GATE_BODY, "")
    rejected = verify_gate(other_path, _accounts("key", "secret"), 1541993715000, 60000)
    assert isinstance(rejected, Reject) and rejected.code == "INVALID_SIGNATURE"
    get_sign = "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a"
    get = WireRequest(
        "GET",
        "/api/v4/futures/orders",
        "contract=BTC_USD&status=finished&limit=50",
        {**headers, "sign": get_sign},
        b"",
        "",
    )
    assert isinstance(verify_gate(get, _accounts("key", "secret"), 1541993715000, 60000), Account)


BN_SPOT_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
BN_USDM_SECRET = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9"
BN_SPOT_QUERY = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
BN_SPOT_SIGNATURE = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"


@pytest.mark.parametrize(
    ("secret", "payload", "signature"),
    [
        # rest-api.md "SIGNED Endpoint Examples for POST /api/v3/order" (published)
        (BN_SPOT_SECRET, BN_SPOT_QUERY, BN_SPOT_SIGNATURE),
        (
            BN_SPOT_SECRET,
            "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3",
        ),
        # USDⓈ-M general info, Example 1 (published) and Example 3 as the page echoes it
        (
            BN_USDM_SECRET,
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943",
            "3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9",
        ),
        (
            BN_USDM_SECRET,
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943",
            "f9d0ae5e813ef6ccf15c2b5a434047a0181cb5a342b903b367ca6d27a66e36f2",
        ),
    ],
)
def test_binance_vectors(secret: str, payload: str, signature: str) -> None:
    assert binance_sign(secret, payload) == signature


def test_verify_binance_accepts_the_published_request_in_the_query_or_the_body() -> None:
    accounts = _accounts("k", BN_SPOT_SECRET)
    signed = f"{BN_SPOT_QUERY}&signature={BN_SPOT_SIGNATURE}"
    now = 1499827319559
    in_query = WireRequest("POST", "/api/v3/order", signed, {"x-mbx-apikey": "k"}, b"", "")
    assert isinstance(verify_binance(in_query, accounts, now, 5000), Account)
    # "Example 2: As a request body": the same parameters form-encoded in the body
    form = {"content-type": "application/x-www-form-urlencoded", "x-mbx-apikey": "k"}
    in_body = WireRequest("POST", "/api/v3/order", "", form, signed.encode(), "")
    assert isinstance(verify_binance(in_body, accounts, now, 5000), Account)
    upper = WireRequest(
        "POST", "/api/v3/order", signed.upper().replace("SIGNATURE=", "signature="), {}, b"", ""
    )
    assert isinstance(verify_binance(upper, accounts, now, 5000), Reject)  # no key header
    late = verify_binance(in_query, accounts, now + 5001, 5000)  # outside recvWindow
    assert isinstance(late, Reject) and late.code == "-1021"
    early = verify_binance(in_query, accounts, now - 1000, 5000)  # 1000 ms ahead of the server
    assert isinstance(early, Reject) and early.code == "-1021"
    tampered = WireRequest(
        "POST", "/api/v3/order", signed.replace("LTCBTC", "BTCUSDT"), {"x-mbx-apikey": "k"}, b"", ""
    )
    rejected = verify_binance(tampered, accounts, now, 5000)
    assert isinstance(rejected, Reject) and rejected.code == "-1022"


def test_simulator_never_imports_the_sdk_signing() -> None:
    import subprocess

    code = (
        "import sys, exchange_sdk.simulator.app, exchange_sdk.simulator.venues;"
        "print('exchange_sdk._runtime.signing' in sys.modules, 'exchange_sdk._runtime' in sys.modules,"
        " any(m.endswith('._signing') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    # Neither the runtime helpers nor any generated signer (exchange_sdk/<id>/_signing.py, the
    # recipes compiled): the verifiers are written from the docs, so the two check each other.
    assert out.split() == ["False", "False", "False"]


def test_core_sdk_never_imports_the_simulator() -> None:
    import subprocess

    code = (
        "import sys, exchange_sdk; from exchange_sdk import BingX;"
        "BingX(api_key='k', api_secret='s');"
        "print(any(m.startswith(('exchange_sdk.simulator', 'uvicorn')) for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


KRAKEN_SECRET = (
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="
)
KRAKEN_FUTURES_SECRET = (
    "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm"
)


def test_kraken_published_vector() -> None:
    """docs.kraken.com spot-rest-auth "Examples": the AddOrder request and its API-Sign."""
    import base64

    body = b"nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"
    sign = kraken_sign(
        base64.b64decode(KRAKEN_SECRET), "/0/private/AddOrder", "1616492376594", body
    )
    assert sign == (
        "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="
    )


def test_kraken_futures_vectors() -> None:
    """The futures guide's chain, checked on the CCXT 4.5.90 cancel-all vector (postData +
    path without /derivatives), as query or body."""
    import base64

    key = base64.b64decode(KRAKEN_FUTURES_SECRET)
    expected = (
        "j4ZI6FpslI737HB6b9l0rCBfDKk/OK1tNEhVczzWySFdbP8QKIo2quxeWRNNM/6QkM8q5OCIy0YGNrXZbCnYkw=="
    )
    assert krakenfutures_sign(key, "symbol=PF_XBTUSD", "", "/api/v3/cancelallorders") == expected


def test_kraken_verifier_refuses_a_replayed_nonce() -> None:
    """A nonce not above the key's last one is EAPI:Invalid nonce, even with a good signature."""
    import base64

    account = Account("kr-key", "kr-secret")
    accounts = {"kr-key": account}
    body = b"nonce=1700000000000"
    sign = kraken_sign(b"kr-secret", "/0/private/CancelAll", "1700000000000", body)
    headers = {
        "api-key": "kr-key",
        "api-sign": sign,
        "content-type": "application/x-www-form-urlencoded",
    }
    request = WireRequest("POST", "/0/private/CancelAll", "", headers, body, "127.0.0.1")
    assert verify_kraken(request, accounts, 0, 0) is account
    replay = verify_kraken(request, accounts, 0, 0)
    assert isinstance(replay, Reject) and replay.code == "EAPI:Invalid nonce"
    assert base64.b64encode(b"kr-secret").decode() == "a3Itc2VjcmV0"  # what the client is given


# -- KuCoin (exchanges-next.md §8.4; the vectors of specs/kucoin/exchange.yaml) ---------------

KC_KEY, KC_SECRET = "5c2db93503aa674c74a31734", "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3"


def test_kucoin_published_vectors() -> None:
    # "Signing a Message" (kucoin-api-docs) and the universal SDK's test_default_signer.py
    text = b'1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"}'
    assert kucoin_sign(KC_SECRET, text) == "7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4="
    assert kucoin_sign("test_api_secret", b"test_plain") == (
        "jie/gxS38wLFFaBwl/cAzFbAzlI8MIny96jSXrB+iP4="
    )


def _kucoin_request(
    method: str, path: str, query: str, sign: str, body: bytes = b""
) -> WireRequest:
    headers = {  # CCXT 4.5.90's headers for these requests (the spec's ccxt-4.5.90 vectors)
        "kc-api-key": KC_KEY,
        "kc-api-sign": sign,
        "kc-api-timestamp": "1700000000123",
        "kc-api-passphrase": "wRCB+MyuWfNvTJzXErzD8YQPpYcotCI2nArKzTpHSIA=",
        "kc-api-key-version": "2",
    }
    if body:
        headers["content-type"] = "application/json"
    return WireRequest(method, path, query, headers, body, "")


def test_verify_kucoin_accepts_the_ccxt_requests() -> None:
    accounts = _accounts(KC_KEY, KC_SECRET, "kc-pass")
    now = 1700000000123
    for request in (
        _kucoin_request(
            "DELETE",
            "/api/v1/hf/orders/cancelAll",
            "",
            "MItkrYeRzq/Tv/wAeN2GlAMDAwZhcYWkEOM/hN5mWXg=",
        ),
        _kucoin_request(
            "DELETE",
            "/api/v1/hf/orders",
            "symbol=BTC-USDT",
            "cqF3JquuThrX9Ci9OWkz7l+1hbTBShJ4WbQWxwZdtoQ=",
        ),
        _kucoin_request(
            "POST",
            "/api/v1/hf/orders/dead-cancel-all",
            "",
            "zRC6QfBxnuXM7feh+sjK7KP8kOpQZ+dSyrg5CtkZEBs=",
            b'{"timeout":60,"symbols":"BTC-USDT,ETH-USDT"}',
        ),
        _kucoin_request(
            "DELETE",
            "/api/v3/orders",
            "symbol=XBTUSDTM",
            "OzhzNu+DFKL/+RE0wndA5nkiJWPJVm2Nx5KXeZDMy08=",
        ),
    ):
        assert isinstance(verify_kucoin(request, accounts, now, 5000), Account), request.path


def test_verify_kucoin_rejections() -> None:
    accounts = _accounts(KC_KEY, KC_SECRET, "kc-pass")
    now = 1700000000123
    good = "MItkrYeRzq/Tv/wAeN2GlAMDAwZhcYWkEOM/hN5mWXg="
    path = "/api/v1/hf/orders/cancelAll"

    def code(request: WireRequest, at: int = now) -> str:
        result = verify_kucoin(request, accounts, at, 5000)
        assert isinstance(result, Reject)
        return result.code

    assert code(_kucoin_request("DELETE", path + "x", "", good)) == "400005"  # other path
    assert code(_kucoin_request("DELETE", path, "", good), now + 5001) == "400002"
    missing = _kucoin_request("DELETE", path, "", good)
    missing.headers = {k: v for k, v in missing.headers.items() if k != "kc-api-sign"}
    assert code(missing) == "400001"
    plain = _kucoin_request("DELETE", path, "", good)
    plain.headers = {**plain.headers, "kc-api-passphrase": "kc-pass"}
    assert code(plain) == "400004"  # version 2 wants the signed passphrase
    plain.headers = {**plain.headers, "kc-api-key-version": "1"}
    assert isinstance(verify_kucoin(plain, accounts, now, 5000), Account)  # v1: plain text
    unknown = _kucoin_request("DELETE", path, "", good)
    unknown.headers = {**unknown.headers, "kc-api-key": "nobody"}
    assert code(unknown) == "400003"
