"""Build one parameter of the IR (`Param`) from its spec data: Python name and annotation, its
`Constraint`s and the guards made from them, a sample value and the test boundaries, its
docstring line; and where a method places its parameters (`Placement`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, cast

from generator.ir.constraints import (
    Constraint,
    EnumConstraint,
    EnumValue,
    PatternConstraint,
    RangeConstraint,
    TypeConstraint,
)
from generator.ir.naming import snake_case
from generator.ir.types import (
    Guard,
    Param,
    Placement,
)
from generator.spec.data import Data, mapping, number, sequence, string, text

__all__ = ["param", "param_constraints", "placements"]

_JSON_TYPES = ("string", "integer", "number", "boolean")

# (type, decimal format) -> (annotation, command-line type)
_ANNOTATIONS = {
    ("string", False): ("str", "str"),
    ("integer", False): ("int", "int"),
    ("number", True): ("Decimal | int | str", "decimal"),
    ("number", False): ("float", "float"),
    ("boolean", False): ("bool", "bool"),
}


# --------------------------------------------------------------------------------------------
# Parameters


def _values(items: object) -> tuple[EnumValue, ...]:
    out = []
    for raw in sequence(items):
        entry = mapping(raw)
        value = entry.get("value")
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            out.append(EnumValue(value, text(entry, "meaning")))
    return tuple(out)


# The range an integer format implies (issue 15): a value outside it is refused before sending
# (Gate's `timeout` is int32: 2^31 would otherwise be sent). A page's narrower bound wins.
_FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def param_constraints(raw: Data) -> tuple[Constraint, ...]:
    """The constraints of a parameter's spec data, type first (none when its type is not one
    of the JSON types: the validator reports that). Tolerates data that failed the schema."""
    json_type = string(raw.get("type"))
    if json_type not in _JSON_TYPES:
        return ()
    out: list[Constraint] = [
        TypeConstraint(
            cast(Literal["string", "integer", "number", "boolean"], json_type),
            decimal=json_type == "number" and raw.get("format") == "decimal",
        )
    ]
    enum = _values(raw.get("enum"))
    if enum:
        out.append(EnumConstraint(enum))
    bounds = {
        key: number(raw.get(key))
        for key in ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
    }
    implied = _FORMAT_RANGES.get(str(raw.get("format"))) if json_type == "integer" else None
    if implied is not None:  # int32/int64: the format's range where the page gives none
        if bounds["minimum"] is None and bounds["exclusive_minimum"] is None:
            bounds["minimum"] = implied[0]
        if bounds["maximum"] is None and bounds["exclusive_maximum"] is None:
            bounds["maximum"] = implied[1]
    if any(v is not None for v in bounds.values()):
        out.append(
            RangeConstraint(
                **bounds,
                also_allowed=_values(raw.get("also_allowed")),
                integer=json_type == "integer",
            )
        )
    pattern = string(raw.get("pattern"))
    if pattern is not None:
        out.append(PatternConstraint(pattern))
    return tuple(out)


def _sample(raw: Data, constraints: Sequence[Constraint]) -> object:
    """A valid value: the spec's example, else its default, else one made from the
    constraints (the first enum value, the range's low end, 1, True or "x")."""
    for key in ("example", "default"):
        if raw.get(key) is not None:
            return raw.get(key)
    json_type = raw.get("type")
    enum = next((c for c in constraints if isinstance(c, EnumConstraint)), None)
    if enum is not None:
        return enum.members[0]
    lo = number(raw.get("minimum"))  # the spec's own bound, not the one the format implies
    low_exclusive = number(raw.get("exclusive_minimum"))
    if lo is None and low_exclusive is not None:
        lo = low_exclusive + 1
    if json_type == "integer":
        return int(lo) if lo is not None else 1
    if json_type == "number":
        return lo if lo is not None else 1
    if json_type == "boolean":
        return True
    return "x"


def _boundaries(constraints: Sequence[Constraint]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every constraint's edges (range first, then enum, then type), each literal once."""
    order = {"range": 0, "enum": 1, "type": 2, "pattern": 3}
    valid: list[str] = []
    invalid: list[str] = []
    for c in sorted(constraints, key=lambda c: order[c.kind]):
        v, i = c.boundaries()
        valid += v
        invalid += i
    return tuple(dict.fromkeys(valid)), tuple(dict.fromkeys(invalid))


def _doc(raw: Data, name: str, wire: str, constraints: Sequence[Constraint]) -> str:
    description = text(raw, "description").strip().replace("\n", " ")
    if description and not description.endswith((".", "!", "?")):
        description += "."
    parts = [description] if description else []
    if raw.get("unit"):
        parts.append(f"Unit: {raw.get('unit')}.")
    allowed = [d for c in constraints if (d := c.doc(name))]
    if allowed:
        parts.append("Allowed: " + "; ".join(allowed) + ".")
    parts.append(f"Wire name `{wire}`, sent in the {text(raw, 'in')}.")
    return " ".join(parts)


def param(raw: Data) -> Param:
    wire = text(raw, "name")
    name = text(raw, "python_name") or snake_case(wire)
    json_type = text(raw, "type", "string")
    decimal = json_type == "number" and raw.get("format") == "decimal"
    annotation, cli_type = _ANNOTATIONS[(json_type, decimal)]
    constraints = param_constraints(raw)
    enum = next((c for c in constraints if isinstance(c, EnumConstraint)), None)
    if enum is not None:
        annotation = "Literal[" + ", ".join(repr(v) for v in enum.members) + "]"
    required = raw.get("required") is True
    guards = tuple(
        Guard(
            c.violation(name) if required else f"{name} is not None and ({c.violation(name)})",
            c.message(name),
        )
        for c in constraints
    )
    location = text(raw, "in")
    wire_type = string(raw.get("wire_type"))
    as_text = wire_type == "string" or decimal or (location == "header" and json_type != "string")
    valid, invalid = _boundaries(constraints)
    return Param(
        wire_name=wire,
        python_name=name,
        location=cast(Literal["query", "body", "header", "path"], location),
        schema_type=json_type,
        format=string(raw.get("format")),
        annotation=annotation,
        cli_type=cli_type,
        required=required,
        auth=raw.get("auth") is True,
        description=text(raw, "description"),
        doc=_doc(raw, name, wire, constraints),
        constraints=constraints,
        guards=guards,
        wire_type=wire_type,
        unit=string(raw.get("unit")),
        default=raw.get("default"),
        example=raw.get("example"),
        sample=_sample(raw, constraints),
        boundary_valid=valid,
        boundary_invalid=invalid,
        wire_value_expr=f"str({name})" if as_text else name,  # headers are text
        argument=f"{name}: {annotation}" if required else f"{name}: {annotation} | None = None",
        error_code=string(raw.get("error_code")),
        source=string(raw.get("source")),
    )


def placements(params: Sequence[Param]) -> tuple[Placement, ...]:
    out = []
    for location, var, value_type in (
        ("query", "query", "object"),
        ("body", "body", "object"),
        ("header", "headers", "str"),
        ("path", "path_params", "object"),  # fills the path's {name} segments
    ):
        placed = [p for p in params if p.location == location]
        if location in ("header", "path") and not placed:
            continue
        out.append(
            Placement(
                var,
                value_type,
                tuple(p for p in placed if p.required),
                tuple(p for p in placed if not p.required),
            )
        )
    return tuple(out)
