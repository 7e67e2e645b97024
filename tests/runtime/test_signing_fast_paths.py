"""The generated HTX signer's shortcuts (the query of the auth parameters alone written out,
memoised encodings, the timestamp cached per second, base64 quoting by replace) against a
plain reference built with urllib.parse.quote."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from urllib.parse import quote

import pytest

from exchange_sdk._runtime import signing
from exchange_sdk.htx import _signing as htx


def _reference(key: str, secret: str, host: str, path: str, params: dict[str, str], ms: int) -> str:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000))
    items = {
        "AccessKeyId": key,
        "SignatureMethod": "HmacSHA256",
        "SignatureVersion": "2",
        "Timestamp": stamp,
        **params,
    }
    canonical = "&".join(
        f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in sorted(items.items())
    )
    digest = hmac.new(
        secret.encode(), f"POST\n{host}\n{path}\n{canonical}".encode(), hashlib.sha256
    ).digest()
    return f"{canonical}&Signature={quote(base64.b64encode(digest).decode(), safe='')}"


@pytest.mark.parametrize("key", ["plain-key-0123", "key with spaces/+=:é"])
@pytest.mark.parametrize("params", [{}, {"contract_code": "BTC-USDT"}, {"a b": "1:2", "Z": "x"}])
@pytest.mark.parametrize("secret", [f"secret-{i}" for i in range(12)])
def test_sign_htx_matches_reference(key: str, params: dict[str, str], secret: str) -> None:
    credentials = signing.Credentials(key, secret)
    for ms in (1_696_751_141_337, 1_696_751_141_999, 1_696_751_142_000, 0):
        request = htx.sign(
            "POST",
            "https://api.hbdm.com",
            "/v5/trade/cancel_all_orders",
            params,
            {},
            credentials,
            ms,
        )
        query = request.url.partition("?")[2]
        assert query == _reference(
            key, secret, "api.hbdm.com", "/v5/trade/cancel_all_orders", params, ms
        )
