"""What a request parameter accepts: one `Constraint` type with four kinds (type, enum, range,
pattern), each knowing everything any stage asks of it.

- `violation(name)`: a Python expression over the variable `name`, true when the value breaks
  the constraint (the generated client's guard and the simulator's check);
- `message(name)`: what the value must be ("must be 10 <= time_out <= 120"), for errors;
- `doc(name)`: the same for docstrings and help texts ("10 <= time_out <= 120"), or "";
- `problem(value)`: why a spec value (a default, an example, a killswitch arm value) breaks it,
  in the validator's words, or None;
- `boundaries()`: Python literals just inside and just outside, for the generated tests;
- `json_schema()`: its JSON Schema keywords (`param_json_schema` joins a parameter's);
- `narrows(old)` / `widens(old)`: whether it accepts less / more than `old` (the spec diff).

A parameter's constraints are always in the order type, enum, range, pattern (`Param.constraints`);
spec values are JSON values (an integer may be written 10.0), runtime values Python ones (a bool
is not an int).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Constraint",
    "EnumConstraint",
    "EnumValue",
    "PatternConstraint",
    "RangeConstraint",
    "TypeConstraint",
    "literal",
    "param_json_schema",
]

JsonType = Literal["string", "integer", "number", "boolean"]


def literal(value: object) -> str:
    """The Python literal of a JSON scalar (an integral float is written as an int)."""
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


def _members(values: Sequence[object]) -> str:
    """A tuple literal: `(1,)`, `('A', 'B')`."""
    inner = ", ".join(literal(v) for v in values)
    return f"({inner},)" if len(values) == 1 else f"({inner})"


def _show(value: object) -> str:
    """A spec value as the validator quotes it: strings in single quotes, the rest as JSON."""
    return f"'{value}'" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def is_json_type(value: object, json_type: str) -> bool:
    """Whether a spec (JSON) value is of `json_type` (10.0 is an integer; true is no number)."""
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if json_type == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if json_type == "number":
        return isinstance(value, int | float)
    return False


@dataclass(frozen=True)
class EnumValue:
    """A value with its meaning in the source's words (enum members, also-allowed values)."""

    value: str | int | float
    meaning: str


class Constraint:
    """One thing a parameter's value must satisfy (see the module docstring)."""

    kind: str

    def violation(self, name: str) -> str:
        raise NotImplementedError

    def message(self, name: str) -> str:
        raise NotImplementedError

    def doc(self, name: str) -> str:
        return ""

    def problem(self, value: object) -> str | None:
        raise NotImplementedError

    def boundaries(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(valid, invalid) Python literals at the constraint's edges."""
        return (), ()

    def json_schema(self) -> dict[str, object]:
        return {}

    def narrows(self, old: Constraint) -> bool:
        """True when this constraint refuses a value `old` (of the same kind) accepted."""
        return self != old

    def widens(self, old: Constraint) -> bool:
        """True when this constraint accepts a value `old` (of the same kind) refused."""
        return self != old


_TYPE_VIOLATIONS = {
    # an empty string or one with a control character (CR, LF, NUL, ...) is never sent
    "string": "not isinstance({v}, str) or not {v}.isprintable() or not {v}",
    "integer": "not isinstance({v}, int) or isinstance({v}, bool)",
    "number": "not isinstance({v}, int | float) or isinstance({v}, bool)",
    "boolean": "not isinstance({v}, bool)",
}
_DECIMAL_VIOLATION = "not isinstance({v}, Decimal | int | str) or isinstance({v}, bool)"
_TYPE_NAMES = {
    "string": "a non-empty str without control characters",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
}
# A value of another type, for each type (a bool is refused where a number is wanted too);
# for strings also the empty string and one with CR LF in it.
_WRONG_TYPE = {
    "string": ("12345", "''", "'BTC\\r\\nUSDT'"),
    "integer": ("'10'", "True"),
    "number": ("'1.5'", "True"),
}
_WRONG_TYPE_BOOL = ("'true'",)


@dataclass(frozen=True)
class TypeConstraint(Constraint):
    """The JSON type; `decimal` (format: decimal) numbers take a Decimal, int or str in Python."""

    type: JsonType
    decimal: bool = False
    kind = "type"

    def violation(self, name: str) -> str:
        return (_DECIMAL_VIOLATION if self.decimal else _TYPE_VIOLATIONS[self.type]).format(v=name)

    def message(self, name: str) -> str:
        return f"must be {'a Decimal, int or str' if self.decimal else _TYPE_NAMES[self.type]}"

    def problem(self, value: object) -> str | None:
        if is_json_type(value, self.type):
            return None
        return f"{_show(value)} is not of type {self.type}"

    def boundaries(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (), _WRONG_TYPE.get(self.type, _WRONG_TYPE_BOOL)

    def json_schema(self) -> dict[str, object]:
        return {"type": self.type}

    @property
    def is_numeric(self) -> bool:
        return self.type in ("integer", "number")


@dataclass(frozen=True)
class EnumConstraint(Constraint):
    """A closed set of values, each with its meaning."""

    values: tuple[EnumValue, ...]
    kind = "enum"

    @property
    def members(self) -> tuple[str | int | float, ...]:
        return tuple(v.value for v in self.values)

    def violation(self, name: str) -> str:
        return f"{name} not in {_members(self.members)}"

    def message(self, name: str) -> str:
        return "must be one of " + ", ".join(literal(v) for v in self.members)

    def doc(self, name: str) -> str:
        return "one of " + ", ".join(
            f"{v.value} ({v.meaning})" if v.meaning else str(v.value) for v in self.values
        )

    def problem(self, value: object) -> str | None:
        if value in self.members:
            return None
        shown = ", ".join(_show(v) for v in self.members)
        return f"{_show(value)} is not one of the enum values {shown}"

    def boundaries(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        valid = tuple(literal(v) for v in self.members)
        first = self.members[0]
        if not isinstance(first, str):
            return valid, (literal(987654321),)
        lower = first.lower() if first.lower() not in self.members else ""
        return valid, (literal("NOT_A_VALID_VALUE"), literal(lower))

    def json_schema(self) -> dict[str, object]:
        return {
            "enum": list(self.members),
            "x-enum-meanings": {str(v.value): v.meaning for v in self.values},
        }

    def narrows(self, old: Constraint) -> bool:
        return isinstance(old, EnumConstraint) and bool(set(old.members) - set(self.members))

    def widens(self, old: Constraint) -> bool:
        return isinstance(old, EnumConstraint) and bool(set(self.members) - set(old.members))


# Range keyword -> (operator of the violation, JSON Schema keyword).
_BOUNDS = (
    ("minimum", "<", "minimum"),
    ("exclusive_minimum", "<=", "exclusiveMinimum"),
    ("maximum", ">", "maximum"),
    ("exclusive_maximum", ">=", "exclusiveMaximum"),
)


@dataclass(frozen=True)
class RangeConstraint(Constraint):
    """A numeric range (inclusive and/or exclusive bounds) and the values allowed outside it
    (Gate `timeout`: 0 or >= 5)."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    also_allowed: tuple[EnumValue, ...] = ()
    integer: bool = False  # boundaries step by 1 (else by 0.001)
    kind = "range"

    def _bounds(self) -> list[tuple[str, str, float, str]]:
        return [
            (key, op, bound, schema_key)
            for key, op, schema_key in _BOUNDS
            if (bound := getattr(self, key)) is not None
        ]

    @property
    def specials(self) -> tuple[str | int | float, ...]:
        return tuple(a.value for a in self.also_allowed)

    def outside(self, number: float) -> bool:
        """True when `number` is outside the range (the also-allowed values not considered)."""
        return self.broken_bound(number) is not None

    def broken_bound(self, number: float) -> str | None:
        """The range keyword `number` breaks ("minimum"), or None when it is inside."""
        for key, op, bound, _ in self._bounds():
            if (
                (op == "<" and number < bound)
                or (op == "<=" and number <= bound)
                or (op == ">" and number > bound)
                or (op == ">=" and number >= bound)
            ):
                return key
        return None

    def range_text(self, name: str) -> str:
        """`10 <= name <= 120`, `name >= 5`, `name < 60000`, or "" when unbounded."""
        lo, xlo, hi, xhi = (
            self.minimum,
            self.exclusive_minimum,
            self.maximum,
            self.exclusive_maximum,
        )
        left = (
            f"{literal(lo)} <= "
            if lo is not None
            else f"{literal(xlo)} < "
            if xlo is not None
            else ""
        )
        right = (
            f" <= {literal(hi)}"
            if hi is not None
            else f" < {literal(xhi)}"
            if xhi is not None
            else ""
        )
        if left and not right:
            return f"{name} >= {literal(lo)}" if lo is not None else f"{name} > {literal(xlo)}"
        if right and not left:
            return f"{name}{right}"
        return f"{left}{name}{right}" if left else ""

    def doc(self, name: str) -> str:
        text = self.range_text(name)
        if self.also_allowed:
            text += ", or " + " or ".join(
                f"{literal(a.value)} ({a.meaning})" for a in self.also_allowed
            )
        return text

    def violation(self, name: str) -> str:
        broken = " or ".join(f"{name} {op} {literal(bound)}" for _, op, bound, _ in self._bounds())
        if self.also_allowed:
            return f"{name} not in {_members(self.specials)} and ({broken})"
        return broken

    def message(self, name: str) -> str:
        return f"must be {self.doc(name)}"

    def problem(self, value: object) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if value in self.specials:
            return None
        broken = self.broken_bound(value)
        if broken is None:
            return None
        return f"{_show(value)} is outside the range ({broken} {_show(getattr(self, broken))})"

    def boundaries(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        step: float = 1 if self.integer else 0.001
        lo, xlo, hi, xhi = (
            self.minimum,
            self.exclusive_minimum,
            self.maximum,
            self.exclusive_maximum,
        )
        also = self.specials
        valid: list[str] = []
        invalid: list[str] = []
        if lo is not None:
            valid.append(literal(lo))
            if lo - step not in also:
                invalid.append(literal(lo - step))
        if xlo is not None:
            valid.append(literal(xlo + step))
            if xlo not in also:
                invalid.append(literal(xlo))
        if hi is not None:
            valid.append(literal(hi))
            invalid.append(literal(hi + step))
        if xhi is not None:
            valid.append(literal(xhi - step))
            invalid.append(literal(xhi))
        for a in also:
            valid.append(literal(a))
            # the nearest values on each side of a special value outside the range are invalid
            if isinstance(a, int | float) and not isinstance(a, bool):
                for near in (a - step, a + step):
                    if self.outside(near) and near not in also:
                        invalid.append(literal(near))
        return tuple(valid), tuple(invalid)

    def json_schema(self) -> dict[str, object]:
        return {schema_key: bound for _, _, bound, schema_key in self._bounds()}

    def _lower(self) -> tuple[float, int] | None:
        if self.minimum is not None:
            return (self.minimum, 0)
        if self.exclusive_minimum is not None:
            return (self.exclusive_minimum, 1)
        return None

    def _upper(self) -> tuple[float, int] | None:
        if self.maximum is not None:
            return (self.maximum, 0)
        if self.exclusive_maximum is not None:
            return (self.exclusive_maximum, -1)
        return None

    def narrows(self, old: Constraint) -> bool:
        """A bound that is new or tighter (the also-allowed values are compared apart)."""
        if not isinstance(old, RangeConstraint):
            return False
        lo, hi, old_lo, old_hi = self._lower(), self._upper(), old._lower(), old._upper()
        return (lo is not None and (old_lo is None or lo > old_lo)) or (
            hi is not None and (old_hi is None or hi < old_hi)
        )

    def widens(self, old: Constraint) -> bool:
        """A bound that is gone or looser."""
        if not isinstance(old, RangeConstraint):
            return False
        lo, hi, old_lo, old_hi = self._lower(), self._upper(), old._lower(), old._upper()
        return (old_lo is not None and (lo is None or lo < old_lo)) or (
            old_hi is not None and (hi is None or hi > old_hi)
        )


@dataclass(frozen=True)
class PatternConstraint(Constraint):
    """A regular expression the whole string must match."""

    pattern: str
    kind = "pattern"

    def violation(self, name: str) -> str:
        return f"not fullmatch({self.pattern!r}, {name})"

    def message(self, name: str) -> str:
        return f"must match {self.pattern}"

    def doc(self, name: str) -> str:
        return f"matches {self.pattern}"

    def problem(self, value: object) -> str | None:
        if not isinstance(value, str):
            return None
        try:
            if re.fullmatch(self.pattern, value) is None:
                return f"{_show(value)} does not match the pattern {self.pattern}"
        except re.error:
            return None  # the validator reports the pattern itself
        return None

    def json_schema(self) -> dict[str, object]:
        # JSON Schema patterns search; the SDK and the simulator match the whole value.
        return {"pattern": f"^(?:{self.pattern})$"}

    def narrows(self, old: Constraint) -> bool:
        return isinstance(old, PatternConstraint) and old.pattern != self.pattern

    def widens(self, old: Constraint) -> bool:
        return isinstance(old, PatternConstraint) and old.pattern != self.pattern


def first_problem(constraints: Sequence[Constraint], value: object) -> str | None:
    """Why `value` (a spec value) breaks one of `constraints`: the first problem, or None. A
    value of the wrong type is judged on its type alone."""
    for c in constraints:
        problem = c.problem(value)
        if problem is not None:
            return problem
    return None


def param_json_schema(
    constraints: Sequence[Constraint], extra: dict[str, object]
) -> dict[str, object]:
    """The JSON Schema of a parameter: every constraint's keywords plus `extra` (format,
    default, ...); values also allowed outside a range make it an `anyOf` of the range and
    one `const` each (with `x-also-allowed` listing them)."""
    schema: dict[str, object] = {}
    specials: tuple[EnumValue, ...] = ()
    for c in constraints:
        schema.update(c.json_schema())
        if isinstance(c, RangeConstraint):
            specials = c.also_allowed
        if isinstance(c, TypeConstraint):
            schema.update(extra)
    if not specials:
        return schema
    return {
        "anyOf": [schema, *({"const": a.value, "description": a.meaning} for a in specials)],
        "x-also-allowed": [{"value": a.value, "meaning": a.meaning} for a in specials],
    }
