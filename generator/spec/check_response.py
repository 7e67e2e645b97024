"""The semantic checks of an endpoint's response: its schema (required fields that exist, enum
meanings, formats, wire types) and the page's example against it (payload field, formats)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

# jsonschema ships no type information (and types-jsonschema is not a pinned dependency).
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from generator.ir.constraints import is_json_type
from generator.spec.check_shared import (
    Report,
)
from generator.spec.data import Data, mapping, sequence, show, string
from generator.spec.fastschema import Unsupported, compile_schema
from generator.spec.load import SpecDocument, child_path

__all__ = ["check_example", "check_response_schema"]

_INT_FORMATS = {"int32": 2**31, "int64": 2**63}
_RESPONSE_FORMAT_TYPES = {
    "int32": "integer",
    "int64": "integer",
    "decimal": "string",
    "float64": "number",
}


# ---------------------------------------------------------------------------------------------
# Response schema and example


_JSON_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})


def _types(schema: Data) -> list[str]:
    """The declared types, or [] when the declaration is invalid (the schema pass says so)."""
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else sequence(declared)
    if not names or not all(isinstance(n, str) and n in _JSON_TYPES for n in names):
        return []
    return [str(n) for n in names]


def check_response_schema(report: Report, schema: Data, path: str) -> None:
    types = _types(schema)
    properties = mapping(schema.get("properties"))
    for k, name in enumerate(sequence(schema.get("required"))):
        if isinstance(name, str) and name not in properties:
            report(f"{path}.required[{k}]", f"required field '{name}' is not in properties")
    enum = sequence(schema.get("enum"))
    for k, value in enumerate(enum):
        if types and not any(is_json_type(value, t) for t in types):
            report(
                f"{path}.enum[{k}]",
                f"enum value {show(value)} is not of type {' or '.join(types)}",
            )
    meanings = schema.get("x-enum-meanings")
    if isinstance(meanings, Mapping):
        if not enum:
            report(f"{path}.x-enum-meanings", "x-enum-meanings needs an enum")
        for key in meanings:
            if enum and key not in [str(v) for v in enum]:
                report(
                    child_path(f"{path}.x-enum-meanings", key),
                    f"'{key}' is not one of the enum values",
                )
    fmt = string(schema.get("format"))
    if fmt in _RESPONSE_FORMAT_TYPES and types and _RESPONSE_FORMAT_TYPES[fmt] not in types:
        report(f"{path}.format", f"format {fmt} does not apply to type {' or '.join(types)}")
    if "x-wire-type" in schema and types and not {"integer", "number"} & set(types):
        report(f"{path}.x-wire-type", "x-wire-type applies only to integer and number fields")
    for name, sub in properties.items():
        if isinstance(sub, Mapping):
            check_response_schema(report, sub, child_path(f"{path}.properties", name))
    items = schema.get("items")
    if isinstance(items, Mapping):
        check_response_schema(report, items, f"{path}.items")


def _is_decimal(value: object) -> bool:
    return not isinstance(value, str) or Decimal(value).is_finite()


def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -_INT_FORMATS["int32"] <= value < _INT_FORMATS["int32"]


def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -_INT_FORMATS["int64"] <= value < _INT_FORMATS["int64"]


# The formats of the spec's response schemas, checked on examples.
_FORMAT_CHECKS: dict[str, Callable[[object], bool]] = {
    "decimal": _is_decimal,
    "int32": _is_int32,
    "int64": _is_int64,
}
_FORMATS = FormatChecker(formats=())
_FORMATS.checks("decimal", raises=(InvalidOperation, ValueError))(_is_decimal)
_FORMATS.checks("int32")(_is_int32)
_FORMATS.checks("int64")(_is_int64)


def _wire_schema(schema: Data) -> Data:
    """The payload schema as it is checked on the wire: `x-wire-type: string` also admits a
    string of digits. Returns `schema` itself (no copy) when nothing needs rewriting."""
    changed = False
    out: dict[str, object] = dict(schema)
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        rewritten = {
            k: _wire_schema(v) if isinstance(v, Mapping) else v for k, v in properties.items()
        }
        if any(rewritten[k] is not properties[k] for k in rewritten):
            out["properties"], changed = rewritten, True
    items = schema.get("items")
    if isinstance(items, Mapping):
        new_items = _wire_schema(items)
        if new_items is not items:
            out["items"], changed = new_items, True
    if schema.get("x-wire-type") == "string":
        declared = out.pop("type", None)
        out["anyOf"] = [{"type": declared}, {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}]
        changed = True
    return out if changed else schema


def check_example(
    report: Report,
    response: Data,
    schema: Data,
    exchange_doc: SpecDocument | None,
    envelope: Data,
) -> None:
    example = response.get("example")
    if "payload" in response:
        payload_field = string(response.get("payload"))
    elif "payload_field" in envelope:  # the endpoint's own envelope
        payload_field = string(envelope.get("payload_field"))
    elif exchange_doc is not None:
        payload_field = string(mapping(exchange_doc.data.get("envelope")).get("payload_field"))
    else:
        return  # the missing exchange file is reported already
    path = "$.response.example"
    payload = example
    if payload_field is not None:
        if not isinstance(example, Mapping) or payload_field not in example:
            report(path, f"example has no payload field '{payload_field}'")
            return
        payload = example[payload_field]
        path = child_path(path, payload_field)
    wire = _wire_schema(schema)
    try:
        if compile_schema(wire, _FORMAT_CHECKS)(payload):
            return
    except Unsupported:
        pass
    validator = Draft202012Validator(wire, format_checker=_FORMATS)
    for error in validator.iter_errors(payload):
        if error.validator in ("anyOf", "oneOf") and error.context:
            error = best_match(error.context)
        where = path
        for step in error.absolute_path:
            where = child_path(where, step)
        report(where, f"example does not match the response schema: {error.message}")
