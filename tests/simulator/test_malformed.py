"""Malformed requests (bad JSON, wrong types, missing fields, huge bodies, unknown paths and
methods, random bytes) get the exchange's error format and a 4xx, never a 500, and the server
keeps serving."""

from __future__ import annotations

import httpx
import pytest
import raw_signing as rs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchange_sdk.simulator.pytest_plugin import SimAdmin


def host(sim: SimAdmin) -> str:
    return sim.url.split("://")[1]


def bingx(params: dict[str, object]) -> rs.Raw:
    return rs.at(rs.bingx_query(params), rs.BINGX_CANCEL_AFTER)


@pytest.mark.parametrize(
    ("raw_params", "code"),
    [
        ({"type": "ACTIVATE"}, 100400),  # timeOut missing
        ({"timeOut": 10}, 100400),  # type missing
        ({"type": "ACTIVATE", "timeOut": "ten"}, 100400),
        ({"type": "ACTIVATE", "timeOut": 9}, 100400),
        ({"type": "ACTIVATE", "timeOut": 121}, 100400),
        ({"type": "activate", "timeOut": 10}, 100400),
    ],
)
def test_bingx_bad_parameters(
    exchange_sim: SimAdmin, raw_params: dict[str, object], code: int
) -> None:
    response = bingx(raw_params).send(exchange_sim.url)
    assert response.status_code == 400
    assert response.json()["code"] == code and response.json()["msg"]


def test_bingx_bad_json_body(exchange_sim: SimAdmin) -> None:
    raw = rs.Raw(
        "POST",
        rs.BINGX_CANCEL_OPEN,
        "",
        {"X-BX-APIKEY": rs.KEY, "Content-Type": "application/json"},
        b'{"symbol": "BTC',
    )
    response = raw.send(exchange_sim.url)
    assert response.status_code == 400 and response.json()["code"] == 100400


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"side": "up"}, 400, 1030),
        ({"contract_code": 5}, 400, 1030),
        ({"position_side": None}, 400, 1030),
    ],
)
def test_htx_bad_parameters(
    exchange_sim: SimAdmin, body: dict[str, object], status: int, code: int
) -> None:
    response = rs.htx(rs.HTX_CANCEL_ALL, body, host(exchange_sim)).send(exchange_sim.url)
    assert response.status_code == status and response.json()["code"] == code


def test_htx_bad_json_body(exchange_sim: SimAdmin) -> None:
    raw = rs.htx(rs.HTX_CANCEL_ALL, {}, host(exchange_sim))
    raw.body = b"{not json"  # the HTX body is not signed: the signature still holds
    response = raw.send(exchange_sim.url)
    assert response.status_code == 400 and response.json()["code"] == 1030


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "40017"),  # productType missing
        ({"productType": "usdt-futures-x"}, "40017"),
        ({"productType": "USDT-FUTURES", "marginCoin": "usdt"}, "40017"),  # must be capitalised
        ({"productType": "USDT-FUTURES", "receiveWindow": "60000"}, "40079"),
        ({"productType": "USDT-FUTURES", "requestTime": "soon"}, "40017"),
        ({"productType": 1}, "40017"),
    ],
)
def test_bitget_bad_parameters(exchange_sim: SimAdmin, body: dict[str, object], code: str) -> None:
    response = rs.bitget(rs.BITGET_CANCEL_ALL, body).send(exchange_sim.url)
    assert response.status_code == 400 and response.json()["code"] == code


def test_bitget_request_outside_receive_window(exchange_sim: SimAdmin) -> None:
    body = {
        "productType": "USDT-FUTURES",
        "requestTime": str(rs.now_ms() - 30_000),
        "receiveWindow": "5000",
    }
    response = rs.bitget(rs.BITGET_CANCEL_ALL, body).send(exchange_sim.url)
    assert response.json()["code"] == "40078"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (b"{}", "MISSING_REQUIRED_PARAM"),
        (b'{"timeout": "30"}', "INVALID_PARAM_VALUE"),
        (b'{"timeout": 3}', "INVALID_PARAM_VALUE"),
        (b'{"timeout": -1}', "INVALID_PARAM_VALUE"),
        (b'{"timeout": 30, "currency_pair": 7}', "INVALID_PARAM_VALUE"),
        (b'{"timeout": 30', "INVALID_REQUEST_BODY"),
        (b"[1, 2]", "INVALID_REQUEST_BODY"),
        (b"[" * 5000 + b"]" * 5000, "INVALID_REQUEST_BODY"),
        (b"\xff\xfe", "INVALID_REQUEST_BODY"),
    ],
)
def test_gate_bad_bodies(exchange_sim: SimAdmin, body: bytes, label: str) -> None:
    response = rs.gate(rs.GATE_COUNTDOWN, body).send(exchange_sim.url)
    assert response.status_code == 400 and response.json()["label"] == label


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (lambda sim: rs.at(rs.bingx_json({"symbol": "x" * 100_000}), rs.BINGX_CANCEL_OPEN), "code"),
        (lambda sim: rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "x" * 100_000}), "code"),
        (lambda sim: rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30, "pad": "x" * 100_000}), "label"),
        (lambda sim: rs.htx(rs.HTX_CANCEL_ALL, {"pad": "x" * 100_000}, host(sim)), "code"),
    ],
    ids=["bingx", "bitget", "gate", "htx"],
)
def test_huge_bodies_refused_with_413(exchange_sim: SimAdmin, raw: object, field: str) -> None:
    response = raw(exchange_sim).send(exchange_sim.url)  # type: ignore[operator]
    assert response.status_code == 413 and field in response.json()
    assert exchange_sim.health()


@pytest.mark.parametrize(
    ("method", "path", "status", "field"),
    [
        ("POST", "/openApi/spot/v1/trade/nothing", 404, "code"),
        ("GET", "/openApi/spot/v1/trade/cancelOpenOrders", 405, "code"),
        ("POST", "/v5/trade/nothing", 404, "code"),
        ("POST", "/api/v2/mix/order/nothing", 404, "code"),
        ("POST", "/api/v4/spot/nothing", 404, "label"),
        ("DELETE", "/api/v4/spot/countdown_cancel_all", 405, "label"),
        ("GET", "/nowhere", 404, "error"),
        ("GET", "/_sim/nothing", 404, "error"),
    ],
)
def test_unknown_paths_and_methods(
    exchange_sim: SimAdmin, method: str, path: str, status: int, field: str
) -> None:
    response = httpx.request(method, exchange_sim.url + path)
    assert response.status_code == status and field in response.json()


def test_missing_auth_headers(exchange_sim: SimAdmin) -> None:
    url = exchange_sim.url
    assert httpx.post(url + rs.BINGX_CANCEL_OPEN).json()["code"] == 100413
    bingx_no_sig = httpx.post(
        url + rs.BINGX_CANCEL_OPEN + "?timestamp=1", headers={"X-BX-APIKEY": rs.KEY}
    )
    assert bingx_no_sig.json()["code"] == 100412
    assert httpx.post(url + rs.HTX_CANCEL_ALL).status_code == 401
    assert httpx.post(url + rs.BITGET_CANCEL_ALL).json()["code"] == "40001"
    no_phrase = rs.bitget(rs.BITGET_CANCEL_ALL, {"productType": "USDT-FUTURES"})
    del no_phrase.headers["ACCESS-PASSPHRASE"]
    assert no_phrase.send(url).json()["code"] == "40011"
    gate = httpx.post(url + rs.GATE_COUNTDOWN)
    assert (gate.status_code, gate.json()["label"]) == (401, "MISSING_REQUIRED_HEADER")


PATHS = [
    rs.BINGX_CANCEL_OPEN,
    rs.BINGX_CANCEL_AFTER,
    rs.HTX_CANCEL_ALL,
    rs.BITGET_CANCEL_ALL,
    rs.GATE_COUNTDOWN,
    "/api/v4/x",
    "/_sim/orders",
]
header_names = st.sampled_from(
    [
        "X-BX-APIKEY",
        "ACCESS-KEY",
        "ACCESS-SIGN",
        "ACCESS-TIMESTAMP",
        "ACCESS-PASSPHRASE",
        "KEY",
        "SIGN",
        "Timestamp",
        "Content-Type",
        "Host",
    ]
)
header_values = st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=40)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.sampled_from(PATHS),
    method=st.sampled_from(["POST", "GET", "PUT"]),
    query=st.text(
        st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="#"), max_size=60
    ),
    headers=st.dictionaries(header_names, header_values, max_size=5),
    body=st.binary(max_size=200)
    | st.builds(
        lambda d: __import__("json").dumps(d).encode(),
        st.dictionaries(
            st.text(max_size=8), st.integers() | st.text(max_size=8) | st.none(), max_size=4
        ),
    ),
)
def test_fuzzed_requests_never_get_a_500(
    exchange_sim: SimAdmin, path: str, method: str, query: str, headers: dict[str, str], body: bytes
) -> None:
    if path.startswith("/_sim/") and method != "GET":
        return  # the admin API may legitimately change state
    response = httpx.request(
        method, f"{exchange_sim.url}{path}?{query}", headers=headers, content=body, timeout=10
    )
    assert response.status_code < 500, response.text
    response.json()  # always JSON


def test_server_keeps_serving_after_all_that(exchange_sim: SimAdmin) -> None:
    assert exchange_sim.health()
    assert rs.gate(rs.GATE_COUNTDOWN, {"timeout": 30}).send(exchange_sim.url).status_code == 200
