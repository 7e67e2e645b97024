"""Envelopes of the four exchanges: success, every error shape, and bodies that are not theirs."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal

import pytest
from runtime_helpers import (
    BINGX,
    BINGX_CANCEL_ALL_AFTER,
    BINGX_CANCEL_OPEN_ORDERS,
    BITGET,
    BITGET_CANCEL_ALL,
    GATE,
    GATE_COUNTDOWN,
    HTX,
    HTX_CANCEL_ALL,
    json_response,
    raw_response,
)

from exchange_sdk import errors
from exchange_sdk._runtime.envelope import MISSING, decode_json, parse_retry_after, unwrap
from exchange_sdk._runtime.spec import Endpoint, ExchangeInfo
from exchange_sdk._runtime.transport import HttpResponse

NOW = 1727193800.0  # seconds; BingX's 100410 example unblocks at 1727193814249 ms

CASES: dict[str, tuple[ExchangeInfo, Endpoint]] = {
    "bingx": (BINGX, BINGX_CANCEL_ALL_AFTER),
    "htx": (HTX, HTX_CANCEL_ALL),
    "bitget": (BITGET, BITGET_CANCEL_ALL),
    "gate": (GATE, GATE_COUNTDOWN),
}


def run(exchange: str, response: HttpResponse, endpoint: Endpoint | None = None) -> object:
    info, default = CASES[exchange]
    return unwrap(response, info, endpoint or default, NOW)


def raises(
    exchange: str, response: HttpResponse, endpoint: Endpoint | None = None
) -> errors.APIError:
    with pytest.raises(errors.APIError) as info:
        run(exchange, response, endpoint)
    exc = info.value
    # Whatever the class, the raw material is always kept.
    assert exc.raw_body == response.body
    assert exc.http_status == response.status
    assert exc.headers is response.headers
    return exc


# ---------------------------------------------------------------------------- success


def test_bingx_success_returns_data() -> None:
    body = {
        "code": 0,
        "msg": "",
        "debugMsg": "",
        "data": {"triggerTime": 1710389137, "status": "ACTIVATED", "note": "..."},
    }
    assert run("bingx", json_response(body)) == body["data"]


def test_htx_success_returns_the_list() -> None:
    data = [
        {"client_order_id": "1", "code": 200, "message": "成功", "order_id": "1329854624317231104"}
    ]
    body = {"code": 200, "data": data, "message": "Success", "ts": 1737104244869}
    assert run("htx", json_response(body)) == data


def test_htx_success_with_null_message_and_success_flag() -> None:
    assert run(
        "htx", json_response({"code": 200, "data": {"a": 1}, "message": None, "success": True})
    ) == {"a": 1}


def test_bitget_success_string_code() -> None:
    body = {
        "code": "00000",
        "msg": "success",
        "requestTime": 1627293504612,
        "data": {"successList": []},
    }
    assert run("bitget", json_response(body)) == {"successList": []}


@pytest.mark.parametrize("status", [200, 201, 202])
def test_gate_success_is_the_bare_body(status: int) -> None:
    assert run("gate", json_response({"triggerTime": "1660039145000"}, status)) == {
        "triggerTime": "1660039145000"
    }


def test_gate_success_may_be_a_list() -> None:
    assert run("gate", json_response([{"id": 1}])) == [{"id": 1}]


def test_gate_204_without_body_is_missing_payload() -> None:
    assert run("gate", HttpResponse(204)) is MISSING


def test_missing_or_null_payload_field_is_missing() -> None:
    assert run("bingx", json_response({"code": 0, "msg": ""})) is MISSING
    assert (
        run("bitget", json_response({"code": "00000", "msg": "success", "data": None})) is MISSING
    )


def test_big_ints_stay_exact_and_floats_become_decimal() -> None:
    body = b'{"code":0,"msg":"","data":{"orders":[{"orderId":1735964997957275648,"price":0.1,"qty":"0.10"}]}}'
    payload = run("bingx", HttpResponse(200, {}, body), BINGX_CANCEL_OPEN_ORDERS)
    assert isinstance(payload, dict)
    order = payload["orders"][0]
    assert order["orderId"] == 1735964997957275648
    assert order["price"] == Decimal("0.1") and isinstance(order["price"], Decimal)
    assert order["qty"] == "0.10"


# ---------------------------------------------------------------------------- documented errors


def test_bingx_http_200_error_maps_by_rule() -> None:
    exc = raises(
        "bingx", json_response({"code": 100001, "msg": "Signature verification failed", "data": {}})
    )
    assert type(exc) is errors.AuthenticationError
    assert (exc.code, exc.message, exc.retryable, exc.exchange, exc.endpoint) == (
        "100001",
        "Signature verification failed",
        False,
        "bingx",
        "spot.cancel_all_after",
    )


def test_bingx_rate_limit_retry_after_from_epoch_ms_in_message() -> None:
    msg = (
        "The endpoint trigger frequency limit rule is currently in the disabled period "
        "and will be unblocked after 1727193814249"
    )
    exc = raises("bingx", json_response({"code": 100410, "msg": msg}))
    assert type(exc) is errors.RateLimitError
    assert exc.retryable is True
    assert exc.retry_after == pytest.approx(14.249)


def test_retry_after_in_the_past_is_zero() -> None:
    msg = "will be unblocked after 1000000000000"
    assert raises("bingx", json_response({"code": 100410, "msg": msg})).retry_after == 0.0


def test_retry_after_falls_back_to_the_header_when_the_message_has_none() -> None:
    exc = raises(
        "bingx", json_response({"code": 100410, "msg": "slow down"}, headers={"Retry-After": "3"})
    )
    assert exc.retry_after == 3.0


def test_endpoint_rules_come_before_exchange_rules() -> None:
    exc = raises(
        "bingx", json_response({"code": 100204, "msg": "no data"}), BINGX_CANCEL_OPEN_ORDERS
    )
    assert type(exc) is errors.NothingToCancelError
    # The same code on another endpoint is not documented there: base APIError.
    other = raises("bingx", json_response({"code": 100204, "msg": "no data"}))
    assert type(other) is errors.APIError
    assert other.retryable is False


def test_htx_v5_error_and_nothing_to_cancel() -> None:
    exc = raises("htx", json_response({"code": 1051, "message": "No orders to cancel.", "ts": 1}))
    assert type(exc) is errors.NothingToCancelError
    assert (exc.code, exc.message) == ("1051", "No orders to cancel.")


def test_htx_legacy_error_shape() -> None:
    body = {"status": "error", "err_code": 4002, "err_msg": "bad param", "ts": 1}
    exc = raises("htx", json_response(body))
    assert type(exc) is errors.InvalidRequestError
    assert (exc.code, exc.message) == ("4002", "bad param")


def test_htx_rate_limit_reads_recovery_time_header() -> None:
    body = {"code": 1032, "message": "The number of access exceeded the limit"}
    exc = raises("htx", json_response(body, headers={"recovery-time": str(int((NOW + 20) * 1000))}))
    assert type(exc) is errors.RateLimitError
    assert exc.retry_after == pytest.approx(20.0)


def test_bitget_http_400_error() -> None:
    body = {
        "code": "40009",
        "msg": "sign signature error",
        "requestTime": 1630896973038,
        "data": None,
    }
    exc = raises("bitget", json_response(body, 400))
    assert type(exc) is errors.AuthenticationError
    assert (exc.code, exc.http_status) == ("40009", 400)


def test_bitget_timestamp_error() -> None:
    exc = raises(
        "bitget", json_response({"code": "40008", "msg": "Request timestamp expired"}, 400)
    )
    assert type(exc) is errors.TimestampError


def test_bitget_429() -> None:
    exc = raises("bitget", json_response({"code": "429", "msg": "Too many requests"}, 429))
    assert type(exc) is errors.RateLimitError
    assert exc.retryable


@pytest.mark.parametrize(
    ("status", "label", "cls"),
    [
        (401, "INVALID_KEY", errors.AuthenticationError),
        (401, "READ_ONLY", errors.PermissionDeniedError),
        (401, "REQUEST_EXPIRED", errors.TimestampError),
        (400, "INVALID_PARAM_VALUE", errors.InvalidRequestError),
        (429, "TOO_MANY_REQUESTS", errors.RateLimitError),
        (500, "SERVER_ERROR", errors.ServerError),
    ],
)
def test_gate_labels(status: int, label: str, cls: type[errors.APIError]) -> None:
    exc = raises("gate", json_response({"label": label, "message": f"text of {label}"}, status))
    assert type(exc) is cls
    assert (exc.code, exc.message) == (label, f"text of {label}")


def test_gate_prefers_detail_over_message() -> None:
    exc = raises(
        "gate", json_response({"label": "INVALID_PARAM_VALUE", "message": "m", "detail": "d"}, 400)
    )
    assert exc.message == "d"


def test_error_without_message_uses_the_rules_meaning() -> None:
    exc = raises("bingx", json_response({"code": 100421}))
    assert type(exc) is errors.TimestampError
    assert exc.message == "meaning of 100421"


# ---------------------------------------------------------------------------- unknown codes


@pytest.mark.parametrize(
    ("status", "cls", "retryable"),
    [
        (401, errors.AuthenticationError, False),
        (403, errors.PermissionDeniedError, False),
        (404, errors.InvalidRequestError, False),
        (400, errors.InvalidRequestError, False),
        (418, errors.RateLimitError, False),
        (429, errors.RateLimitError, True),
        (500, errors.ServerError, True),
        (503, errors.ServerError, True),
    ],
)
@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
def test_unknown_code_falls_back_by_status(
    exchange: str, status: int, cls: type[errors.APIError], retryable: bool
) -> None:
    body = {"code": 987654, "label": "SOMETHING_NEW", "msg": "new", "message": "new"}
    exc = raises(exchange, json_response(body, status))
    assert type(exc) is cls
    assert exc.retryable is retryable
    assert exc.code in {"987654", "SOMETHING_NEW"}


def test_unknown_code_with_http_200_is_a_plain_api_error() -> None:
    exc = raises("bitget", json_response({"code": "99999", "msg": "new thing"}))
    assert type(exc) is errors.APIError
    assert exc.retryable is False
    assert exc.code == "99999"


def test_error_status_with_json_but_no_code() -> None:
    exc = raises("gate", json_response({}, 502))
    assert type(exc) is errors.ServerError
    assert exc.code is None
    assert exc.message == "HTTP 502 Bad Gateway"


def test_success_status_without_code_field_is_unexpected() -> None:
    exc = raises("bingx", json_response({"msg": "hello", "data": {}}))
    assert type(exc) is errors.UnexpectedResponseError
    assert "'code'" in exc.message


# ---------------------------------------------------------------------------- not the exchange's format

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
def test_html_502_is_a_retryable_server_error(exchange: str) -> None:
    exc = raises(exchange, raw_response(HTML, 502))
    assert type(exc) is errors.ServerError
    assert exc.retryable
    assert exc.code is None
    assert "HTTP 502 Bad Gateway" in exc.message
    assert "not valid JSON" in exc.message


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
def test_html_200_is_unexpected(exchange: str) -> None:
    exc = raises(exchange, raw_response(b"<html>maintenance</html>", 200))
    assert type(exc) is errors.UnexpectedResponseError
    assert not exc.retryable
    assert "<html>maintenance</html>" in exc.message


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
def test_truncated_json_is_unexpected(exchange: str) -> None:
    exc = raises(
        exchange, raw_response(b'{"code":0,"msg":"","data":{"trigger', 200, "application/json")
    )
    assert type(exc) is errors.UnexpectedResponseError
    assert "not valid JSON" in exc.message


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget"])
@pytest.mark.parametrize("body", [b"[1,2]", b"42", b'"ok"', b"null", b""])
def test_non_object_envelope_is_unexpected(exchange: str, body: bytes) -> None:
    exc = raises(exchange, raw_response(body, 200, "application/json"))
    assert type(exc) is errors.UnexpectedResponseError


def test_not_utf8_is_unexpected() -> None:
    exc = raises("bingx", raw_response(b"\xff\xfe{}", 200))
    assert type(exc) is errors.UnexpectedResponseError
    assert "UTF-8" in exc.message


@pytest.mark.parametrize("status", [400, 404, 401, 403])
def test_html_4xx_is_unexpected_with_the_status(status: int) -> None:
    exc = raises("gate", raw_response(b"<html>denied</html>", status))
    assert type(exc) is errors.UnexpectedResponseError
    assert f"HTTP {status}" in exc.message


def test_html_429_is_a_rate_limit_with_retry_after_header() -> None:
    exc = raises("bitget", raw_response(b"<html>slow down</html>", 429, **{"Retry-After": "7"}))
    assert type(exc) is errors.RateLimitError
    assert exc.retry_after == 7.0


def test_redirect_is_unexpected() -> None:
    exc = raises("gate", raw_response(b"", 302, Location="https://elsewhere"))
    assert type(exc) is errors.UnexpectedResponseError


def test_long_bodies_are_cut_in_messages() -> None:
    exc = raises("bingx", raw_response(b"x" * 10_000, 200))
    assert len(exc.message) < 400
    assert len(exc.raw_body) == 10_000


def test_secrets_are_redacted_from_messages() -> None:
    body = {"code": 100413, "msg": "Incorrect apiKey my-key-123 for secret my-secret-456"}
    with pytest.raises(errors.AuthenticationError) as info:
        unwrap(
            json_response(body),
            BINGX,
            BINGX_CANCEL_ALL_AFTER,
            NOW,
            ("my-key-123", "my-secret-456", None),
        )
    text = str(info.value) + repr(info.value)
    assert "my-key-123" not in text and "my-secret-456" not in text
    assert "**********" in info.value.message


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"code":',
        b"]",
        b"\x00",
        b'{"a":1}garbage',
        b"[" * 100_000,
        json.dumps({"code": None}).encode(),
    ],
)
def test_nothing_but_api_errors_escape(body: bytes) -> None:
    for exchange in CASES:
        for status in (200, 400, 500):
            with contextlib.suppress(errors.APIError):
                run(exchange, HttpResponse(status, {}, body))


# ---------------------------------------------------------------------------- helpers


def test_decode_json_reasons() -> None:
    with pytest.raises(ValueError, match="position"):
        decode_json(b'{"a":')
    assert decode_json(b'{"n": 12345678901234567890123, "f": 1.5}') == {
        "n": 12345678901234567890123,
        "f": Decimal("1.5"),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        (str(int((NOW + 5) * 1000)), 5.0),
        (str(int(NOW + 9)), 9.0),
        ("Tue, 24 Sep 2024 16:03:40 GMT", 20.0),  # NOW is 16:03:20 GMT
        ("soon", None),
        ("nan", None),
        ("-4", 0.0),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    result = parse_retry_after(value, NOW)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, abs=0.01)


# ---------------------------------------------------------------------------- endpoint envelope
# An endpoint may wrap its answers differently from its exchange (HTX's v1 linear-cancel-after
# says msg where v5 says message): its own Envelope replaces the exchange's.

HTX_V1_CANCEL_AFTER = HTX_CANCEL_ALL._replace(
    operation="futures.cancel_after",
    path="/linear-swap-api/v1/linear-cancel-after",
    envelope=HTX.envelope._replace(
        message_field="msg", error_message_fields=("msg", "err_msg", "message")
    ),
)


def test_endpoint_envelope_success_and_payload() -> None:
    body = {"code": 200, "msg": "", "ts": 1, "data": {"current_time": 1, "trigger_time": 5001}}
    assert run("htx", json_response(body), HTX_V1_CANCEL_AFTER) == body["data"]


def test_endpoint_envelope_reads_its_own_message_field() -> None:
    body = {"code": 1030, "msg": "Input error: time_out", "ts": 1}
    exc = raises("htx", json_response(body), HTX_V1_CANCEL_AFTER)
    assert (type(exc), exc.code, exc.message) == (
        errors.InvalidRequestError,
        "1030",
        "Input error: time_out",
    )
    # The exchange's envelope alone would have lost the message (it looks for `message`).
    assert raises("htx", json_response(body)).message != "Input error: time_out"


def test_endpoint_envelope_still_reads_the_legacy_error_shape() -> None:
    body = {"status": "error", "err_code": 1032, "err_msg": "too many", "ts": 1}
    exc = raises("htx", json_response(body), HTX_V1_CANCEL_AFTER)
    assert (type(exc), exc.code, exc.message) == (errors.RateLimitError, "1032", "too many")


def test_spec_records_pickle_by_keyword() -> None:
    """``__slots__`` are sorted, not in constructor order: pickling must not swap fields."""
    import pickle

    for record in (HTX_V1_CANCEL_AFTER, *HTX.errors.values(), HTX.envelope):
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record and repr(copy) == repr(record)
