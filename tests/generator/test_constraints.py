"""generator.ir.constraints: one Constraint type, every stage's view of it agreeing.

For each kind the violation expression (what the generated client and the simulator run), the
validator's `problem`, the test boundaries and the JSON Schema (the OpenAPI export) must say the
same thing about the same value."""

from __future__ import annotations

from decimal import Decimal
from re import fullmatch

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from generator.ir.constraints import (
    Constraint,
    EnumConstraint,
    EnumValue,
    PatternConstraint,
    RangeConstraint,
    TypeConstraint,
    first_problem,
    param_json_schema,
)

TIMEOUT = RangeConstraint(minimum=10, maximum=120, integer=True)  # BingX timeOut
GATE = RangeConstraint(minimum=5, also_allowed=(EnumValue(0, "cancel countdown"),), integer=True)
WINDOW = RangeConstraint(exclusive_maximum=60000, integer=True)  # Bitget receiveWindow
SIDE = EnumConstraint((EnumValue("buy", "buy"), EnumValue("sell", "sell")))
COIN = PatternConstraint("[^a-z]+")


def violated(c: Constraint, value: object) -> bool:
    """Run the constraint's violation expression on `value`, as generated code does."""
    return bool(eval(c.violation("x"), {"fullmatch": fullmatch, "Decimal": Decimal}, {"x": value}))


@pytest.mark.parametrize(
    ("constraint", "name", "expected"),
    [
        (TIMEOUT, "time_out", "must be 10 <= time_out <= 120"),
        (GATE, "timeout", "must be timeout >= 5, or 0 (cancel countdown)"),
        (WINDOW, "receive_window", "must be receive_window < 60000"),
        (RangeConstraint(exclusive_minimum=0), "x", "must be x > 0"),
        (RangeConstraint(exclusive_minimum=0, maximum=1), "x", "must be 0 < x <= 1"),
        (SIDE, "side", "must be one of 'buy', 'sell'"),
        (COIN, "margin_coin", "must match [^a-z]+"),
        (TypeConstraint("integer"), "n", "must be an int"),
        (TypeConstraint("number", decimal=True), "price", "must be a Decimal, int or str"),
    ],
)
def test_messages(constraint: Constraint, name: str, expected: str) -> None:
    assert constraint.message(name) == expected


def test_violation_expressions_are_the_generated_guards() -> None:
    assert TIMEOUT.violation("time_out") == "time_out < 10 or time_out > 120"
    assert GATE.violation("timeout") == "timeout not in (0,) and (timeout < 5)"
    assert SIDE.violation("side") == "side not in ('buy', 'sell')"
    assert COIN.violation("c") == "not fullmatch('[^a-z]+', c)"


@pytest.mark.parametrize("constraint", [TIMEOUT, GATE, WINDOW, SIDE])
def test_boundaries_fall_on_the_right_side(constraint: Constraint) -> None:
    valid, invalid = constraint.boundaries()
    assert valid and invalid
    for literal in valid:
        assert not violated(constraint, eval(literal)), literal
    for literal in invalid:
        assert violated(constraint, eval(literal)), literal


def test_type_boundaries_are_values_of_another_type() -> None:
    for json_type in ("string", "integer", "number", "boolean"):
        c = TypeConstraint(json_type)
        _, invalid = c.boundaries()
        assert invalid and all(violated(c, eval(literal)) for literal in invalid)


def test_range_boundaries() -> None:
    assert TIMEOUT.boundaries() == (("10", "120"), ("9", "121"))
    assert GATE.boundaries() == (("5", "0"), ("4", "-1", "1"))
    assert WINDOW.boundaries() == (("59999",), ("60000",))


@given(st.integers(min_value=-10, max_value=200))
def test_violation_problem_and_json_schema_agree(value: int) -> None:
    for c in (TIMEOUT, GATE, WINDOW):
        schema = param_json_schema((TypeConstraint("integer"), c), {})
        valid_by_schema = Draft202012Validator(schema).is_valid(value)
        assert violated(c, value) == (c.problem(value) is not None) == (not valid_by_schema)


@given(st.text(max_size=5))
def test_pattern_and_enum_agree(value: str) -> None:
    for c in (SIDE, COIN):
        schema = param_json_schema((TypeConstraint("string"), c), {})
        assert violated(c, value) == (c.problem(value) is not None)
        assert violated(c, value) == (not Draft202012Validator(schema).is_valid(value))


def test_problems_in_the_validators_words() -> None:
    assert TIMEOUT.problem(5) == "5 is outside the range (minimum 10)"
    assert TIMEOUT.problem(10.0) is None
    assert GATE.problem(0) is None and GATE.problem(3) == "3 is outside the range (minimum 5)"
    assert SIDE.problem("both") == "'both' is not one of the enum values 'buy', 'sell'"
    assert COIN.problem("usdt") == "'usdt' does not match the pattern [^a-z]+"
    assert TypeConstraint("integer").problem("10") == "'10' is not of type integer"
    assert TypeConstraint("integer").problem(10.0) is None  # a JSON integer may be written 10.0
    assert TypeConstraint("number").problem(True) == "true is not of type number"
    assert first_problem((TypeConstraint("integer"), TIMEOUT), "x") == "'x' is not of type integer"


def test_json_schema_of_a_parameter() -> None:
    assert param_json_schema((TypeConstraint("integer"), TIMEOUT), {"format": "int32"}) == {
        "type": "integer",
        "format": "int32",
        "minimum": 10,
        "maximum": 120,
    }
    assert param_json_schema((TypeConstraint("integer"), GATE), {}) == {
        "anyOf": [
            {"type": "integer", "minimum": 5},
            {"const": 0, "description": "cancel countdown"},
        ],
        "x-also-allowed": [{"value": 0, "meaning": "cancel countdown"}],
    }
    assert param_json_schema((TypeConstraint("string"), SIDE), {})["x-enum-meanings"] == {
        "buy": "buy",
        "sell": "sell",
    }


@pytest.mark.parametrize(
    ("old", "new", "narrows", "widens"),
    [
        (TIMEOUT, RangeConstraint(minimum=10, maximum=60), True, False),
        (TIMEOUT, RangeConstraint(minimum=10, maximum=300), False, True),
        (TIMEOUT, RangeConstraint(minimum=5, maximum=60), True, True),
        (RangeConstraint(minimum=5), RangeConstraint(minimum=5, maximum=3600), True, False),
        (WINDOW, RangeConstraint(maximum=60000), False, True),  # < 60000 -> <= 60000
        (RangeConstraint(maximum=60000), WINDOW, True, False),
        (TIMEOUT, TIMEOUT, False, False),
        (SIDE, EnumConstraint((EnumValue("buy", "buy"),)), True, False),
        (SIDE, EnumConstraint((*SIDE.values, EnumValue("both", ""))), False, True),
    ],
)
def test_narrows_and_widens(old: Constraint, new: Constraint, narrows: bool, widens: bool) -> None:
    assert (new.narrows(old), new.widens(old)) == (narrows, widens)


def test_docs() -> None:
    assert GATE.doc("timeout") == "timeout >= 5, or 0 (cancel countdown)"
    assert SIDE.doc("side") == "one of buy (buy), sell (sell)"
    assert COIN.doc("c") == "matches [^a-z]+"
    assert TypeConstraint("string").doc("s") == ""
