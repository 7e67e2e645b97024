"""The public API of the generated SDK, called exactly as ../shared/design.md writes it."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from exchange_sdk._runtime.transport import HttpRequest, HttpResponse, MockTransport

BINGX_ORDERS = {
    "code": 0,
    "msg": "",
    "data": {
        "orders": [
            {
                "symbol": "BTC-USDT",
                "orderId": 1735964997957275648,
                "price": "42000.10",
                "origQty": "0.5",
                "executedQty": "0",
                "cummulativeQuoteQty": "0",
                "status": "CANCELED",
                "type": "LIMIT",
                "side": "BUY",
                "clientOrderID": "bot-1",
                "brandNewField": {"x": 1},
            },
            {"symbol": "BTC-USDT", "orderId": 2, "status": "EXPIRED_BY_NEW_RULE", "side": "SELL"},
        ]
    },
}


def answer(body: object, status: int = 200) -> MockTransport:
    def handler(request: HttpRequest) -> HttpResponse:
        return HttpResponse(status=status, headers={"X-Test": "1"}, body=json.dumps(body).encode())

    return MockTransport(handler)


def test_design_contract_calls() -> None:
    from exchange_sdk import HTX, BingX, Bitget, Gate

    bx = BingX(api_key="k", api_secret="s", base_url=None, transport=answer(BINGX_ORDERS))
    result = bx.spot.cancel_open_orders(symbol="BTC-USDT")
    assert [o.order_id for o in result.orders or []] == [1735964997957275648, 2]

    after = {
        "code": 0,
        "msg": "",
        "data": {"triggerTime": 1710389137, "status": "ACTIVATED", "note": "n"},
    }
    bx = BingX(api_key="k", api_secret="s", transport=answer(after))
    armed = bx.spot.cancel_all_after(type="ACTIVATE", time_out=10)
    assert (armed.trigger_time, armed.status, armed.note) == (1710389137, "ACTIVATED", "n")

    htx_body = {
        "code": 200,
        "data": [{"order_id": "1", "client_order_id": "c", "code": 200, "message": "ok"}],
        "message": "Success",
        "ts": 1,
    }
    htx = HTX(api_key="k", api_secret="s", transport=answer(htx_body))
    items = htx.futures.cancel_all_orders(
        contract_code="BTC-USDT", side="buy", position_side="long"
    )
    assert [i.order_id for i in items] == ["1"]

    bg_body = {
        "code": "00000",
        "msg": "success",
        "requestTime": 1,
        "data": {"successList": [{"orderId": "1", "clientOid": "a"}], "failureList": []},
    }
    bg = Bitget(api_key="k", api_secret="s", passphrase="p", transport=answer(bg_body))
    out = bg.mix.cancel_all_orders(product_type="USDT-FUTURES", margin_coin="USDT")
    assert [s.order_id for s in out.success_list or []] == ["1"]

    gate = Gate(api_key="k", api_secret="s", transport=answer({"triggerTime": "1660039145000"}))
    assert (
        gate.spot.countdown_cancel_all(timeout=30, currency_pair="BTC_USDT").trigger_time
        == 1660039145000
    )


def test_models_keep_exact_ids_decimals_unknown_fields_and_enum_values() -> None:
    from exchange_sdk import BingX
    from exchange_sdk.bingx.models import CancelOpenOrdersOrderStatus

    result = BingX(
        api_key="k", api_secret="s", transport=answer(BINGX_ORDERS)
    ).spot.cancel_open_orders()
    first, second = result.orders or []
    assert first.order_id == 1735964997957275648  # > 2**53: exact, never a float
    assert first.price == Decimal("42000.10")
    assert first.status is CancelOpenOrdersOrderStatus.CANCELED
    assert first.model_extra == {"brandNewField": {"x": 1}}
    assert second.status == "EXPIRED_BY_NEW_RULE"  # an enum value the spec does not know yet
    assert result.raw_response.status == 200
    assert result.raw_response.headers["x-test"] == "1"


def test_credentials_fall_back_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from exchange_sdk import Bitget, errors

    monkeypatch.setenv("BITGET_API_KEY", "env-key")
    monkeypatch.setenv("BITGET_API_SECRET", "env-secret")
    monkeypatch.delenv("BITGET_PASSPHRASE", raising=False)
    with pytest.raises(errors.ConfigurationError) as info:
        Bitget()
    assert "BITGET_PASSPHRASE" in str(info.value)
    monkeypatch.setenv("BITGET_PASSPHRASE", "env-pass")
    client = Bitget()
    assert (
        "env-secret" not in repr(client)
        and "env-pass" not in repr(client)
        and "env-key" not in repr(client)
    )


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda c: c.spot.cancel_all_after(type="ACTIVATE", time_out=9), "time_out"),
        (lambda c: c.spot.cancel_all_after(type="ACTIVATE", time_out=121), "time_out"),
        (lambda c: c.spot.cancel_all_after(type="activate", time_out=10), "type"),
        (lambda c: c.spot.cancel_all_after(type="ACTIVATE", time_out="10"), "time_out"),
    ],
)
def test_bad_arguments_raise_before_any_request(call: object, argument: str) -> None:
    from exchange_sdk import BingX, errors

    sent: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        sent.append(request)
        return HttpResponse(status=200, headers={}, body=b"{}")

    client = BingX(api_key="k", api_secret="s", transport=MockTransport(handler))
    with pytest.raises(errors.ValidationError) as info:
        call(client)  # type: ignore[operator]
    assert info.value.argument == argument
    assert sent == []


def test_gate_timeout_zero_or_at_least_five() -> None:
    from exchange_sdk import Gate, errors

    gate = Gate(api_key="k", api_secret="s", transport=answer({"triggerTime": "0"}))
    gate.spot.countdown_cancel_all(timeout=0)
    gate.spot.countdown_cancel_all(timeout=5)
    for bad in (1, 4, -1):
        with pytest.raises(errors.ValidationError, match="timeout"):
            gate.spot.countdown_cancel_all(timeout=bad)


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(out))


def test_import_and_client_construction_stay_light() -> None:
    """`import exchange_sdk` and building a client must not import pydantic (60+ ms)."""
    loaded = _modules_after("import exchange_sdk")
    assert "pydantic" not in loaded and "exchange_sdk.bingx" not in loaded
    loaded = _modules_after("from exchange_sdk import BingX\nBingX(api_key='k', api_secret='s')")
    assert "pydantic" not in loaded
    assert "exchange_sdk.bingx.models" not in loaded


def test_every_openapi_operation_names_a_method_of_both_client_classes() -> None:
    """Outside tests find each operation's SDK method through `x-sdk-method` in
    generated/openapi.json ("Class.group.method"): it must resolve on the public class and on
    its Async twin, as a callable taking keyword arguments."""
    import inspect
    from pathlib import Path

    import exchange_sdk

    root = Path(__file__).resolve().parents[2]
    doc = json.loads((root / "generated" / "openapi.json").read_text(encoding="utf-8"))
    names = [
        op["x-sdk-method"]
        for item in doc["paths"].values()
        for key, op in item.items()
        if key != "servers"
    ]
    assert len(names) == len(set(names)) >= 57
    for name in names:
        class_name, group, method = name.split(".")
        for cls in (getattr(exchange_sdk, class_name), getattr(exchange_sdk, f"Async{class_name}")):
            kwargs = {"api_key": "k", "api_secret": "czM="}  # base64 text: Kraken's form
            if "passphrase" in inspect.signature(cls).parameters:
                kwargs["passphrase"] = "p"
            bound = getattr(getattr(cls(**kwargs), group), method)
            assert callable(bound), name
            kinds = {p.kind for p in inspect.signature(bound).parameters.values()}
            assert kinds <= {inspect.Parameter.KEYWORD_ONLY}, (name, kinds)


@pytest.mark.parametrize("name", ["Kraken", "AsyncKraken", "KrakenFutures", "AsyncKrakenFutures"])
def test_a_secret_the_exchange_cannot_decode_is_refused_when_the_client_is_built(
    name: str,
) -> None:
    """Kraken signs with the base64-decoded secret: one that is not base64 fails at
    construction (a bad argument is refused before any request), not at the first cancel."""
    import exchange_sdk

    sent: list[HttpRequest] = []

    def handler(request: HttpRequest) -> HttpResponse:
        sent.append(request)
        return HttpResponse(status=200, headers={}, body=b"{}")

    cls = getattr(exchange_sdk, name)
    with pytest.raises(exchange_sdk.errors.ConfigurationError, match="not valid base64") as info:
        cls(api_key="k", api_secret="not base64!", transport=MockTransport(handler))
    assert info.value.argument == "api_secret"
    assert "not base64!" not in str(info.value) and sent == []
    cls(api_key="k", api_secret="c2VjcmV0", transport=MockTransport(handler))  # base64: fine
