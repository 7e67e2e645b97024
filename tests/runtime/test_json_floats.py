"""JSON floats as exact Decimals (``_runtime/jsonfloat.py``), the same Decimal on both paths.

The general path reads a float from its token (``from_token``); the fast path gets a double
from pydantic-core (``from_double``) and is trusted only for bodies ``may_hold_long_floats``
clears. Generated tokens of every shape (lengths, trailing zeros, exponents, zero,
subnormals, overflow) hold the three to their promises, and generated bodies through the real
parsers give identical models (values, Python types and spellings) whichever path answers.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from runtime_helpers import BINGX, KEY, SECRET
from test_json_fast_path import RICH, _both, _envelope

from exchange_sdk import BitMEX
from exchange_sdk._runtime import jsonfloat
from exchange_sdk._runtime.jsonfloat import from_double, from_token, may_hold_long_floats
from exchange_sdk._runtime.parse import PARSERS, ResponseParsers
from exchange_sdk._runtime.transport import HttpResponse, MockTransport


def _digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=low, max_size=high)


@st.composite
def float_tokens(draw: st.DrawFn) -> str:
    """A JSON float token: sign, integer part, then a fraction, an exponent or both."""
    sign = draw(st.sampled_from(["", "-"]))
    whole = draw(
        st.just("0") | st.builds(str.__add__, st.sampled_from("123456789"), _digits(0, 20))
    )
    fraction = draw(st.just("") | st.builds("{}{}".format, st.just("."), _digits(1, 24)))
    exponent = ""
    if not fraction or draw(st.booleans()):
        mark = draw(st.sampled_from(["e", "E"]))
        exp_sign = draw(st.sampled_from(["", "+", "-"]))
        power = draw(st.integers(0, 30) | st.integers(0, 400))
        exponent = f"{mark}{exp_sign}{power}"
    return sign + whole + fraction + exponent


def _significant(token: str) -> int:
    """The significant digits of the token's value (``25000.500`` has 6)."""
    value = Decimal(token)
    return len(value.normalize().as_tuple().digits) if value else 1


def _normal(token: str) -> bool:
    return sys.float_info.min <= abs(float(token)) <= sys.float_info.max


TOKENS = float_tokens()


@given(TOKENS)
@example("0.1000000000000000055511151231257827")
@example("25000.50")
@example("1e-400")
@example("3e-324")
@example("1e400")
@example("-0.0")
@settings(max_examples=3000)
def test_from_token_is_the_exact_value(token: str) -> None:
    assert isinstance(json.loads(token), float)  # a real JSON float token
    value = from_token(token)
    assert value == Decimal(token)
    if _normal(token) and Decimal(repr(float(token))) == value:
        assert repr(value) == repr(Decimal(repr(float(token))))  # spelled like repr
    else:
        assert repr(value) == repr(Decimal(token))  # kept as spelled
    if _significant(token) <= 15 and _normal(token):
        assert repr(value) == repr(Decimal(repr(float(token))))  # DBL_DIG: always so


@given(TOKENS)
@example("25000.50")
@example("2.500050e4")
@example("100.0")
@example("1e2")
@example("0.00001")
@example("1.7976931348623157e308")
@example("2.2250738585072014e-308")
@example("123456789012345000000e-6")
@settings(max_examples=3000)
def test_from_double_equals_from_token_for_15_digits(token: str) -> None:
    """For every value of at most 15 significant digits in the normal range, the double
    gives exactly the Decimal the token gives: the same value, the same spelling."""
    double = float(token)
    try:
        fast = from_double(double)
    except ValueError:
        assert not _normal(token)
        return
    assert _normal(token)
    if _significant(token) <= 15:
        assert repr(fast) == repr(from_token(token))
        assert fast == Decimal(token)


@given(TOKENS, st.text(max_size=40), st.text(max_size=40))
@example("1234567890.123456", "", "")
@example("0.0000000000000001", "", "")
@example("1234567890123456e-5", "", "")
@settings(max_examples=2000)
def test_the_guard_misses_no_long_float(token: str, before: str, after: str) -> None:
    """A body holding a float token of 16 or more significant digits is always flagged,
    whatever surrounds it."""
    body = json.dumps({"a": before, "b": after}).encode()[:-1] + f',"p":{token}}}'.encode()
    if _significant(token) >= 16:
        assert may_hold_long_floats(body)


def test_the_guard_on_real_answers() -> None:
    """BitMEX's answer (UUIDs, ISO times, a float price) is cleared; long digit runs are not."""
    order = (
        '{"orderID":"6f8bcd3a-6b2e-4b1a-9f5e-2d1c7a0b9e41","price":25000.5,'
        '"transactTime":"2024-01-01T00:00:00.000Z","account":123456}'
    )
    assert not may_hold_long_floats(f"[{order},{order}]".encode())
    assert may_hold_long_floats(b'{"id":1735964997957275648,"p":1.5}')  # a false alarm
    assert may_hold_long_floats(b'{"p":1234567890.123456}')
    assert not may_hold_long_floats(b'{"p":123456789012345,"q":1.5}')
    assert jsonfloat._LONG == 16


def _token_body(tokens: list[str], extra: str) -> bytes:
    orders = ",".join(f'{{"price":{t},"origQty":"1","orderId":7}}' for t in tokens)
    return _envelope("bingx", f'{{"orders":[{orders}],"total":1,"more":[{extra}]}}')


def _prices(outcome: Any) -> list[object]:
    return [order[2]["price"] for order in outcome[2]["orders"]]


@given(st.lists(TOKENS, min_size=1, max_size=4), TOKENS)
@settings(max_examples=400, deadline=None)
def test_both_paths_give_identical_models(tokens: list[str], extra: str) -> None:
    """Generated bodies through the client, with and without the fast path: identical
    models, and every price is its token's exact value; the fast path answers exactly when
    every float is normal and the guard clears the body."""
    body = _token_body(tokens, extra)
    fast, slow, answered = _both(BINGX, RICH, body)
    assert fast == slow
    assert isinstance(fast, tuple) and fast[0] == "RichResponse"
    prices = _prices(fast)
    assert prices == [("Decimal", repr(from_token(token))) for token in tokens]
    expected = all(_normal(t) for t in [*tokens, extra]) and not may_hold_long_floats(body)
    assert answered is expected


def test_bitmex_float_prices_take_the_fast_path_and_stay_exact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BitMEX's cancel-all answers prices as JSON numbers of few digits: through the public
    client the fast path answers every call (no general-path detour), exactly."""
    body = (
        b'[{"orderID":"6f8bcd3a-6b2e-4b1a-9f5e-2d1c7a0b9e41","price":25000.50,"avgPx":0.1,'
        b'"orderQty":100,"leavesQty":0,"stopPx":null,"ordStatus":"Canceled","unknown":1.50,'
        b'"timestamp":"2024-01-01T00:00:01.000Z"}]'
    )
    PARSERS.endpoints.clear()
    general = ResponseParsers.model
    calls: list[int] = []

    def counted(self: ResponseParsers, *args: Any) -> Any:
        calls.append(1)
        return general(self, *args)

    monkeypatch.setattr(ResponseParsers, "model", counted)
    client = BitMEX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(lambda r: HttpResponse(200, {}, body)),
    )
    for _ in range(5):
        orders = client.all.cancel_all_orders()
        assert repr(orders[0].price) == "Decimal('25000.5')"
        assert repr(orders[0].avg_px) == "Decimal('0.1')"
        assert orders[0].order_qty == 100 and orders[0].stop_px is None
        assert repr(orders[0].model_extra) == "{'unknown': Decimal('1.5')}"
        assert orders.raw_response.body == body
    client.close()
    assert calls == []  # the general path never ran
    monkeypatch.undo()
    # The same body with a price a double cannot hold: the general path, every digit kept
    long = body.replace(b"25000.50", b"25000.50000000000001")
    client = BitMEX(
        api_key=KEY,
        api_secret=SECRET,
        transport=MockTransport(lambda r: HttpResponse(200, {}, long)),
    )
    assert str(client.all.cancel_all_orders()[0].price) == "25000.50000000000001"
    client.close()


def test_a_validator_called_without_its_guard_refuses_floats() -> None:
    """The fast path's validator vouches for a float only through the parser that scans the
    body afterwards: called bare (no context to note the float in), it refuses it."""
    from test_json_fast_path import RichResponse

    from exchange_sdk._runtime import models

    parser = models.json_parser(RichResponse, None, None)
    assert parser is not None
    assert repr(parser(b'{"orders":[{"price":1.5}]}').orders[0].price) == "Decimal('1.5')"
    cells = zip(parser.__code__.co_freevars, parser.__closure__ or (), strict=True)
    bare = {name: cell.cell_contents for name, cell in cells}["validate"]
    with pytest.raises(ValueError):
        bare(b'{"orders":[{"price":1.5}]}')
    assert bare(b'{"orders":[{"price":"1.5"}]}').orders[0].price == Decimal("1.5")


def test_a_parse_inside_a_parse_cannot_hide_a_float(monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal handler (Ctrl-C's panic) may parse an answer while the interrupted code is in
    the middle of parsing another: each parse keeps its own record of the floats it read, so
    the inner parse can neither clear nor borrow the outer one's. Simulated deterministically:
    the first float of the outer body runs a whole inner parse before it is converted."""
    from test_json_fast_path import RichResponse

    from exchange_sdk._runtime import models

    parser = models.json_parser(RichResponse, None, None)
    assert parser is not None
    real = jsonfloat.from_double
    inner: list[object] = []

    def interrupted(value: float) -> Any:
        if not inner:
            inner.append(parser(b'{"orders":[{"price":"2"}]}'))  # no float in the inner body
        return real(value)

    monkeypatch.setattr(models, "from_double", interrupted)
    outer = b'{"orders":[{"price":1.5,"note":"x"}],"id":12345678901234567}'
    with pytest.raises(ValueError):  # the outer body still gets its guard: a long digit run
        parser(outer)
    assert inner and inner[0].orders[0].price == Decimal("2")  # type: ignore[attr-defined]
    inner.clear()
    assert repr(parser(b'{"orders":[{"price":1.5}]}').orders[0].price) == "Decimal('1.5')"
    assert inner  # the inner parse ran inside this one too, and the outer answer is exact
