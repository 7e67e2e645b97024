"""A byte changed in any signed part of a valid request is rejected with the exchange's own
error: every letter and digit of the query, the body, each signed header, the path and (HTX)
the host, one at a time."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator

import httpx
import pytest
import raw_signing as rs

from exchange_sdk.simulator.pytest_plugin import SimAdmin


def bump(char: str) -> str:
    if char.isdigit():
        return str((int(char) + 1) % 10)
    if "a" <= char <= "z":
        return chr((ord(char) - ord("a") + 1) % 26 + ord("a"))
    return chr((ord(char) - ord("A") + 1) % 26 + ord("A"))


def variants(text: str, skip: Callable[[int], bool] = lambda i: False) -> Iterator[tuple[int, str]]:
    for i, char in enumerate(text):
        if char.isascii() and char.isalnum() and not skip(i):
            yield i, text[:i] + bump(char) + text[i + 1 :]


def send_all(
    sim: SimAdmin, requests: list[tuple[str, rs.Raw]]
) -> list[tuple[str, int, dict[str, object]]]:
    out = []
    with httpx.Client(base_url=sim.url, timeout=10) as client:
        for label, raw in requests:
            response = client.request(
                raw.method,
                raw.path + (f"?{raw.query}" if raw.query else ""),
                headers=raw.headers,
                content=raw.body or None,
            )
            out.append((label, response.status_code, response.json()))
    return out


def with_query(raw: rs.Raw, query: str) -> rs.Raw:
    other = copy.deepcopy(raw)
    other.query = query
    return other


def with_body(raw: rs.Raw, body: str) -> rs.Raw:
    other = copy.deepcopy(raw)
    other.body = body.encode()
    return other


def with_header(raw: rs.Raw, name: str, value: str) -> rs.Raw:
    other = copy.deepcopy(raw)
    other.headers[name] = value
    return other


def header_variants(raw: rs.Raw, name: str) -> list[tuple[str, rs.Raw]]:
    return [(f"{name}[{i}]", with_header(raw, name, v)) for i, v in variants(raw.headers[name])]


def assert_all(
    results: list[tuple[str, int, dict[str, object]]], status: int, field: str, code: object
) -> None:
    assert results, "no variants"
    wrong = [
        (label, s, body) for label, s, body in results if s != status or body.get(field) != code
    ]
    assert not wrong, (
        f"{len(wrong)} of {len(results)} tampered requests not rejected as expected: {wrong[:3]}"
    )


def test_the_untampered_requests_are_accepted(exchange_sim: SimAdmin) -> None:
    host = exchange_sim.url.split("://")[1]
    exchange_sim.seed_orders("htx", "BTC-USDT")
    for raw in (
        rs.at(rs.bingx_query({"symbol": "BTC-USDT"}), rs.BINGX_CANCEL_OPEN),
        rs.at(rs.bingx_json({"symbol": "BTC-USDT"}), rs.BINGX_CANCEL_OPEN),
        rs.htx(rs.HTX_CANCEL_ALL, {}, host),
        rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "USDT-FUTURES"}),
        rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30}),
    ):
        assert raw.send(exchange_sim.url).status_code == 200


def test_bingx_query(exchange_sim: SimAdmin) -> None:
    raw = rs.at(rs.bingx_query({"symbol": "BTC-USDT", "recvWindow": 5000}), rs.BINGX_CANCEL_OPEN)
    key_at = raw.query.index("signature=")
    skip = range(key_at, key_at + len("signature"))  # renaming the key removes the signature
    results = send_all(
        exchange_sim,
        [(f"query[{i}]", with_query(raw, q)) for i, q in variants(raw.query, skip.__contains__)],
    )
    assert_all(results, 200, "code", 100001)
    renamed = with_query(raw, raw.query.replace("signature=", "signaturf="))
    assert_all(send_all(exchange_sim, [("no signature", renamed)]), 200, "code", 100412)


def test_bingx_json_body(exchange_sim: SimAdmin) -> None:
    raw = rs.at(rs.bingx_json({"symbol": "BTC-USDT"}), rs.BINGX_CANCEL_OPEN)
    text = raw.body.decode()
    key_at = text.index('"signature"') + 1
    skip = range(key_at, key_at + len("signature"))
    results = send_all(
        exchange_sim,
        [(f"body[{i}]", with_body(raw, b)) for i, b in variants(text, skip.__contains__)],
    )
    assert_all(results, 200, "code", 100001)


def test_bingx_key_header(exchange_sim: SimAdmin) -> None:
    raw = rs.at(rs.bingx_query({"symbol": "BTC-USDT"}), rs.BINGX_CANCEL_OPEN)
    assert_all(send_all(exchange_sim, header_variants(raw, "X-BX-APIKEY")), 200, "code", 100413)


def test_htx_query_and_host(exchange_sim: SimAdmin) -> None:
    host = exchange_sim.url.split("://")[1]
    raw = rs.htx(rs.HTX_CANCEL_ALL, {}, host)
    cases = [(f"query[{i}]", with_query(raw, q)) for i, q in variants(raw.query)]
    cases += [(f"host[{i}]", with_header(raw, "Host", h)) for i, h in variants(host)]
    assert_all(send_all(exchange_sim, cases), 401, "err_code", 403)


def test_htx_path(exchange_sim: SimAdmin) -> None:
    """Inside HTX's prefix: an HTX error (a changed prefix is no exchange's path: plain 404).
    HTX's prefix is /v5/trade/: Bybit serves other /v5/ paths."""
    raw = rs.htx(rs.HTX_CANCEL_ALL, {}, exchange_sim.url.split("://")[1])
    for _, path in variants(raw.path, lambda i: i < len("/v5/trade/")):
        tampered = copy.deepcopy(raw)
        tampered.path = path
        response = tampered.send(exchange_sim.url)
        assert 400 <= response.status_code < 500
        body = response.json()
        assert "code" in body or "err_code" in body, body


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("ACCESS-SIGN", "40009"),
        ("ACCESS-TIMESTAMP", "40009"),
        ("ACCESS-KEY", "40006"),
        ("ACCESS-PASSPHRASE", "40012"),
    ],
)
def test_bitget_headers(exchange_sim: SimAdmin, header: str, code: str) -> None:
    raw = rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "USDT-FUTURES", "marginCoin": "USDT"})
    assert_all(send_all(exchange_sim, header_variants(raw, header)), 400, "code", code)


def test_bitget_body_query_and_path(exchange_sim: SimAdmin) -> None:
    raw = rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "USDT-FUTURES", "marginCoin": "USDT"})
    cases = [(f"body[{i}]", with_body(raw, b)) for i, b in variants(raw.body.decode())]
    cases.append(("query added", with_query(raw, "productType=USDT-FUTURES")))
    assert_all(send_all(exchange_sim, cases), 400, "code", "40009")


@pytest.mark.parametrize(
    ("header", "label"),
    [("SIGN", "INVALID_SIGNATURE"), ("Timestamp", "INVALID_SIGNATURE"), ("KEY", "INVALID_KEY")],
)
def test_gate_headers(exchange_sim: SimAdmin, header: str, label: str) -> None:
    raw = rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30, "currency_pair": "BTC_USDT"})
    assert_all(send_all(exchange_sim, header_variants(raw, header)), 401, "label", label)


def test_gate_body_and_query(exchange_sim: SimAdmin) -> None:
    raw = rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30, "currency_pair": "BTC_USDT"})
    cases = [(f"body[{i}]", with_body(raw, b)) for i, b in variants(raw.body.decode())]
    cases.append(("query added", with_query(raw, "currency_pair=ETH_USDT")))
    assert_all(send_all(exchange_sim, cases), 401, "label", "INVALID_SIGNATURE")
