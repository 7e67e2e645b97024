"""The JSON fast path (``models.json_parser``, used by ``parse.ResponseParsers.fast``) must give
exactly what the slow path (``envelope.unwrap`` with Decimal floats, then ``model_validate``)
gives, or step aside: every body here is answered twice, with and without the fast path, and
the results (model values and their Python types, fields set, extra fields) or the raised
errors (class, message, code, status, raw body) must be identical.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field
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
    KEY,
    PASSPHRASE,
    SECRET,
    endpoint,
)

from exchange_sdk import errors
from exchange_sdk._runtime import models, parse
from exchange_sdk._runtime.client import SyncClient
from exchange_sdk._runtime.models import ResponseModel
from exchange_sdk._runtime.parse import PARSERS, ResponseParsers
from exchange_sdk._runtime.spec import Endpoint, ExchangeInfo
from exchange_sdk._runtime.transport import HttpResponse, MockTransport


class Side(StrEnum):
    BUY = "BUY"
    SELL = "SELL"


class RichOrder(ResponseModel):
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    price: Decimal | None = None
    qty: Annotated[Decimal | None, Field(alias="origQty")] = None
    side: Annotated[Side | str | None, Field(union_mode="left_to_right")] = None
    time: Annotated[int | str | None, Field(union_mode="left_to_right")] = None
    done: bool | None = None
    note: str | None = None


class RichResponse(ResponseModel):
    orders: list[RichOrder] | None = None
    total: int | None = None


class WithAny(ResponseModel):
    anything: Any = None


class WithFloat(ResponseModel):
    ratio: float | None = None


def _here(exchange: str, model: str) -> Endpoint:
    ep = endpoint(exchange, "spot.test", "POST", "/test", model)
    return ep._replace(response_model=f"{__name__}:{model}")  # endpoint() names the helpers


RICH = _here("bingx", "RichResponse")
RICH_GATE = _here("gate", "RichResponse")
WITH_ANY = _here("bingx", "WithAny")
WITH_FLOAT = _here("htx", "WithFloat")


def _snapshot(value: object) -> object:
    """Values with their exact Python types (Decimal('1.10') is not Decimal('1.1'))."""
    if isinstance(value, BaseModel):
        return (
            type(value).__name__,
            sorted(value.model_fields_set),
            {name: _snapshot(getattr(value, name)) for name in type(value).model_fields},
            _snapshot(value.model_extra),
        )
    if isinstance(value, dict):
        return {k: _snapshot(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_snapshot(v) for v in value]
    return (type(value).__name__, repr(value))


def _outcome(info: ExchangeInfo, ep: Endpoint, response: HttpResponse) -> object:
    client = SyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        passphrase=PASSPHRASE if info.passphrase_env else None,
        transport=MockTransport(lambda request: response),
        max_retries=0,
        rate_limit=False,
    )
    try:
        result = client._call(ep, {}, {})
    except errors.APIError as exc:
        return (type(exc).__name__, str(exc), exc.code, exc.http_status, exc.raw_body)
    assert result.raw_response is response  # type: ignore[attr-defined]
    return _snapshot(result)


_SEAM = "fast"  # ResponseParsers.fast, replaced per run (setattr: a plain function)


def _both(
    info: ExchangeInfo, ep: Endpoint, body: bytes, status: int = 200
) -> tuple[object, object, bool]:
    """(outcome with the fast path, outcome without it, whether the fast path answered)."""
    response = HttpResponse(status, {"Content-Type": "application/json"}, body)
    answered: list[bool] = []
    real = ResponseParsers.fast

    def spy(
        self: ResponseParsers, e: Endpoint, i: ExchangeInfo, r: HttpResponse
    ) -> BaseModel | None:
        result = real(self, e, i, r)
        answered.append(result is not None)
        return result

    def off(
        self: ResponseParsers, e: Endpoint, i: ExchangeInfo, r: HttpResponse
    ) -> BaseModel | None:
        return None

    try:
        setattr(ResponseParsers, _SEAM, spy)
        PARSERS.endpoints.clear()  # forget an earlier body's miss (``_Entry.skip``)
        fast = _outcome(info, ep, response)
        setattr(ResponseParsers, _SEAM, off)
        slow = _outcome(info, ep, response)
    finally:
        setattr(ResponseParsers, _SEAM, real)
    return fast, slow, any(answered)


def _envelope(exchange: str, payload: str) -> bytes:
    if exchange == "gate":
        return payload.encode()
    code = {"bingx": "0", "htx": "200", "bitget": '"00000"'}[exchange]
    return f'{{"code":{code},"msg":"","data":{payload}}}'.encode()


ORDER = (
    '{"orderId":1735964997957275648,"price":"42150.5","origQty":"0.0015","side":"BUY",'
    '"time":1702645335000,"done":true,"note":"x"}'
)
PAYLOADS = [
    # The fast path answers these.
    f'{{"orders":[{ORDER},{ORDER}],"total":2}}',
    '{"orders":[{"orderId":1180591620717411303424,"price":"0.1000000000000000055511151231257827"}]}',
    '{"orders":[{"price":"1.10","origQty":3,"side":"HOLD","time":"soon","done":"true"}]}',
    '{"orders":[{"orderId":"  12 ","done":1,"extra":{"a":[1,"x",null,true]},"big":123456789012345678901234}]}',
    '{"orders":[{"side":"BUY","side":"SELL","note":"\\u00e9\\ud83d\\ude00\\u0000"}],"orders2":[]}',
    '{"orders":null}',
    "{}",
    # Floats a double holds (at most 15 significant digits, normal): the same exact Decimal
    # either way (jsonfloat), in Decimal fields and extra fields alike.
    '{"orders":[{"price":1.10}]}',
    '{"orders":[{"extra":{"a":[1.5]}}]}',
    '{"orders":[{"price":25000.50,"origQty":-0.00001,"x":[2.5e-7,1e21,1E+2,12345678901234.5]}]}',
    '{"orders":[{"price":-1234567.89012345,"origQty":1.79769313486231e308}]}',
    # Floats read from their token: the fast path steps aside (zero, subnormal, overflow,
    # 16 or more digits, a long integer beside a float: a false alarm costs time only), and
    # floats where the model wants an int or a bool.
    '{"orders":[{"price":0.1000000000000000055511151231257827}]}',
    '{"orders":[{"price":0.0}]}',
    '{"orders":[{"price":-0.0}]}',
    '{"orders":[{"price":1e-400}]}',
    '{"orders":[{"price":3e-324}]}',
    '{"orders":[{"price":1e400}]}',
    '{"orders":[{"price":1.5,"orderId":12345678901234567}]}',
    '{"orders":[{"orderId":1180591620717411303424.0}]}',
    '{"orders":[{"orderId":1.0}]}',
    '{"orders":[{"done":1.0}]}',
    '{"total":1e3}',
    '{"orders":[{"x":NaN}]}',
    '{"orders":[{"x":-Infinity}]}',
    # Refused by the model: same error either way.
    '{"orders":[{"price":true}]}',
    '{"orders":[{"note":1}]}',
    '{"orders":[null]}',
    '{"orders":{}}',
    "[]",
    "null",
    '"text"',
    # Not quite JSON, or JSON that only one parser takes.
    '{"orders":[{"note":"\\ud83d"}]}',
    '{"orders":[{"note":"a\x01b"}]}',
    '{"orders":[{"x":01}]}',
    '{"orders":[{"x":+1}]}',
    '{"orders":[]},',
    '{"orders":[' + "[" * 3000 + "]" * 3000 + "]}",
]
FAST = 11  # the first PAYLOADS the fast path answers


@pytest.mark.parametrize("exchange", ["bingx", "htx", "bitget", "gate"])
@pytest.mark.parametrize("index", range(len(PAYLOADS)))
def test_fast_path_matches_slow_path(exchange: str, index: int) -> None:
    info = {"bingx": BINGX, "htx": HTX, "bitget": BITGET, "gate": GATE}[exchange]
    ep = (RICH_GATE if exchange == "gate" else RICH)._replace(exchange=info.id)
    fast, slow, answered = _both(info, ep, _envelope(exchange, PAYLOADS[index]))
    assert fast == slow
    assert answered is (index < FAST)


@pytest.mark.parametrize(
    "body",
    [
        b'\xef\xbb\xbf{"code":0,"data":{}}',
        b'{"code":0,"data":{"orders":[{"note":"\xff"}]}}',
        b'{"code":0,"data":{"orders":[{"note":"\xed\xa0\x80"}]}}',
        b'{"code":0,\x0c"data":{}}',
        b'{"code":0,"data":{}} x',
        b'{"code":0,"data":{}}\n \t\r',
        b'{"code":0,"data":{},}',
        b"",
        b"   ",
        b"<html>502</html>",
        b'{"code":0}',
        b'{"code":0,"data":null}',
        b'{"code":"0","data":{}}',
        b'{"code":0.0,"data":{}}',
        b'{"code":false,"data":{}}',
        b'{"code":null,"data":{}}',
        b'{"data":{}}',
        b'{"code":100204,"msg":"no orders","data":{}}',
        b'{"code":1,"code":0,"data":{}}',
        b'{"code":0,"code":1,"data":{}}',
        b'{"code":0,"data":{"total":1},"data":{"total":2}}',
        b'{"code":0,"msg":1.5,"data":{"total":2}}',
    ],
)
@pytest.mark.parametrize("status", [200, 400, 429, 500])
def test_envelope_edges_match_slow_path(body: bytes, status: int) -> None:
    fast, slow, _ = _both(BINGX, RICH, body, status)
    assert fast == slow


@pytest.mark.parametrize(
    ("info", "ep", "payload"),
    [
        (BINGX, BINGX_CANCEL_ALL_AFTER, {"triggerTime": 1710389137, "status": "ACTIVATED"}),
        (BINGX, BINGX_CANCEL_OPEN_ORDERS, {"orders": [{"symbol": "A", "orderId": 2**70}]}),
        (HTX, HTX_CANCEL_ALL, [{"order_id": "1", "code": 200, "message": "成功"}]),
        (BITGET, BITGET_CANCEL_ALL, {"successList": [{"orderId": "1"}], "failureList": []}),
        (GATE, GATE_COUNTDOWN, {"triggerTime": "1660039145000"}),
    ],
)
def test_helper_endpoints_match(info: ExchangeInfo, ep: Endpoint, payload: object) -> None:
    body = json.dumps(payload, ensure_ascii=False)
    fast, slow, _ = _both(info, ep, _envelope(info.id, body))
    assert fast == slow


def test_unsupported_models_take_the_slow_path() -> None:
    for info, ep, payload in [
        (BINGX, WITH_ANY, '{"anything":1}'),
        (HTX, WITH_FLOAT, '{"ratio":2}'),
        (BITGET, BITGET_CANCEL_ALL, '{"successList":[],"failureList":[{"a":1}]}'),
    ]:
        fast, slow, answered = _both(info, ep, _envelope(info.id, payload))
        assert fast == slow
        assert not answered


def test_fast_path_is_active_and_exact() -> None:
    assert models._self_check()
    fast, slow, answered = _both(BINGX, RICH, _envelope("bingx", PAYLOADS[1]))
    assert answered and fast == slow
    assert "Decimal('0.1000000000000000055511151231257827')" in repr(fast)
    assert "1180591620717411303424" in repr(fast)
    # The models stay usable (and complete) after their JSON validator was built.
    assert RichOrder.__pydantic_complete__ and RichResponse.__pydantic_complete__
    assert RichOrder.model_validate({"price": 1.5}).price == Decimal("1.5")
    assert PARSERS.validators


def _counting(ep: Endpoint, info: ExchangeInfo) -> list[int]:
    """Counts the fast-path attempts of ``ep`` (a wrapper around its validator)."""
    PARSERS.endpoints.clear()
    PARSERS.fast(ep, info, HttpResponse(500, {}, b""))  # builds the entry
    entry = PARSERS.endpoints[id(ep)]
    parser, attempts = entry.parser, [0]
    assert parser is not None

    def counted(body: bytes) -> object:
        attempts[0] += 1
        return parser(body)

    entry.parser = counted
    return attempts


def _client(info: ExchangeInfo, answers: list[bytes]) -> SyncClient:
    def reply(request: object) -> HttpResponse:
        return HttpResponse(200, {"Content-Type": "application/json"}, answers[0])

    return SyncClient(
        info,
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(reply),
        max_retries=0,
        rate_limit=False,
    )


FLOATS = _envelope(
    "bingx",
    '{"orders":[{"price":12345678901234567.123456789,"origQty":0.1000000000000000055511151231257827,'
    '"orderId":7,"extra":[2.50]}],"total":1}',
)


def test_a_missed_success_skips_the_fast_path_then_retries_it() -> None:
    """Floats on every answer (BitMEX's prices): one doomed attempt, then ``_MISS_SKIP``
    answers straight from the general path, exact, then one attempt again."""
    attempts = _counting(RICH, BINGX)
    answers = [FLOATS]
    client = _client(BINGX, answers)
    for _ in range(parse._MISS_SKIP + 1):
        result: Any = client._call(RICH, {}, {})
        assert result.orders[0].price == Decimal("12345678901234567.123456789")
        assert str(result.orders[0].qty) == "0.1000000000000000055511151231257827"
        assert result.orders[0].model_extra == {"extra": [Decimal("2.50")]}
        assert result.raw_response.body == FLOATS
    assert attempts == [1]
    answers[0] = _envelope("bingx", PAYLOADS[1])  # a float-free answer: the fast path answers
    result = client._call(RICH, {}, {})
    assert attempts == [2]
    assert str(result.orders[0].price) == "0.1000000000000000055511151231257827"
    result = client._call(RICH, {}, {})
    assert attempts == [3]  # that success cleared nothing it should not have: still fast


def test_a_missed_error_answer_costs_no_skipping() -> None:
    """A miss the general path turns into an error (a payload the model refuses) leaves the
    next success on the fast path."""
    attempts = _counting(RICH, BINGX)
    answers = [_envelope("bingx", '{"orders":[{"orderId":"x"}]}')]
    client = _client(BINGX, answers)
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        client._call(RICH, {}, {})
    assert caught.value.raw_body == answers[0]
    assert attempts == [1]
    answers[0] = _envelope("bingx", PAYLOADS[0])
    for _ in range(2):
        result: Any = client._call(RICH, {}, {})
        assert result.total == 2
    assert attempts == [3]


def test_bitmex_float_prices_stay_exact_on_every_call() -> None:
    """BitMEX's cancel-all answers prices as JSON numbers: through the public client, each of
    a run of calls gives the exact Decimals of the wire, the raw body kept."""
    from exchange_sdk import BitMEX

    body = (
        b'[{"orderID":"a","price":12345678901234567.123456789,'
        b'"avgPx":0.1000000000000000055511151231257827,"orderQty":100,"leavesQty":0,'
        b'"stopPx":null,"ordStatus":"Canceled","unknown":1.50}]'
    )
    PARSERS.endpoints.clear()
    client = BitMEX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(lambda r: HttpResponse(200, {}, body)),
    )
    for _ in range(3):
        orders = client.all.cancel_all_orders()
        assert [str(o.price) for o in orders] == ["12345678901234567.123456789"]
        assert str(orders[0].avg_px) == "0.1000000000000000055511151231257827"
        assert orders[0].order_qty == 100 and orders[0].stop_px is None
        assert orders[0].model_extra == {"unknown": Decimal("1.50")}
        assert orders.raw_response.body == body
    client.close()


def _first_tokens(schema: object, field: str) -> list[str]:
    """The first token tried for ``field`` at each place of a rewritten core schema."""
    found: list[str] = []

    def union_in(node: Any) -> Any:
        while node.get("type") != "union":
            node = node["schema"]
        return node

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "model-fields" and field in node["fields"]:
                first = union_in(node["fields"][field])["choices"][0]
                found.append(first["steps"][0]["type"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(schema)
    return found


def test_wire_tokens_order_the_tries_never_the_results() -> None:
    """``WIRE_TOKENS`` (which token a number field usually arrives as) puts that token's try
    first; every body still gives what the default order gives."""
    tree = {"orders": {"[]": {"price": "int", "orderId": "str", "done": "str"}}}
    tuned_schema = models._rewrite(RichResponse.__pydantic_core_schema__, set(), None, tree)
    plain_schema = models._rewrite(RichResponse.__pydantic_core_schema__, set())
    assert _first_tokens(tuned_schema, "price") == ["int"]
    assert _first_tokens(plain_schema, "price") == ["str"]
    assert _first_tokens(tuned_schema, "order_id") == ["str"]
    assert _first_tokens(plain_schema, "order_id") == ["int"]
    assert _first_tokens(tuned_schema, "done") == ["bool"]  # booleans keep their order
    assert _first_tokens(tuned_schema, "qty") == _first_tokens(plain_schema, "qty") == ["str"]
    tuned = models.json_parser(RichResponse, "code", "data", tree)
    plain = models.json_parser(RichResponse, "code", "data")
    assert tuned is not None and plain is not None
    for payload in PAYLOADS:
        body = _envelope("bingx", payload)
        outcomes = []
        for parser in (tuned, plain):
            try:
                outcomes.append(_snapshot(parser(body)))
            except ValueError as exc:
                outcomes.append(type(exc).__name__)
        assert outcomes[0] == outcomes[1], payload


def test_generated_models_carry_their_wire_tokens() -> None:
    """The specs' ``[number, string]`` Decimals reach the fast path's validator: Kraken
    Futures' order prices and BingX swap's take-profit prices try an integer token first."""
    from exchange_sdk.bingx import models as bingx
    from exchange_sdk.krakenfutures import models as krakenfutures

    for module, name, field in [
        (krakenfutures, "CancelAllOrdersResponse", "limit_price"),
        (bingx, "SwapCancelAllOpenOrdersResponse", "take_profit_entrust_price"),
    ]:
        model = getattr(module, name)
        tokens = module.WIRE_TOKENS[name]
        schema = models._rewrite(model.__pydantic_core_schema__, set(), None, tokens)
        assert _first_tokens(schema, field) == ["int"]
    PARSERS.clear()
    _, _, _, tokens = PARSERS.model_of("exchange_sdk.bingx.models:SwapCancelAllOpenOrdersResponse")
    assert tokens == bingx.WIRE_TOKENS["SwapCancelAllOpenOrdersResponse"]


def test_the_miss_memory_under_threads_keeps_every_answer_exact() -> None:
    """Threads sharing one endpoint, answers with and without floats interleaved: every call
    gives its own body's exact values, and the shared count stays in its range."""
    import threading

    PARSERS.endpoints.clear()
    bodies = [FLOATS, _envelope("bingx", PAYLOADS[1])]
    expected = ["12345678901234567.123456789", "0.1000000000000000055511151231257827"]
    failures: list[str] = []

    def worker(offset: int) -> None:
        for i in range(300):
            which = (i + offset) % 2
            client = _client(BINGX, [bodies[which]])
            try:
                result: Any = client._call(RICH, {}, {})
                if str(result.orders[0].price) != expected[which]:
                    failures.append(f"{which}: {result.orders[0].price!r}")
                if result.raw_response.body != bodies[which]:
                    failures.append(f"{which}: raw body")
            except Exception as exc:  # any exception is a failure of this test
                failures.append(repr(exc))
            finally:
                client.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert parse._MISSED <= PARSERS.endpoints[id(RICH)].skip <= parse._MISS_SKIP
