"""`generator.ir.wire_tokens`: which JSON token a number field usually arrives as, from the
spec's response schema (the fast path tries it first)."""

from __future__ import annotations

from generator.ir.wire_tokens import wire_tokens


def test_number_first_decimals_and_string_wire_integers_are_listed() -> None:
    schema = {
        "type": "object",
        "properties": {
            "orders": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "price": {"type": ["number", "string"], "format": "decimal"},
                        "qty": {"type": ["string", "number"], "format": "decimal"},
                        "fee": {"type": "string", "format": "decimal"},
                        "size": {"type": "number", "format": "decimal"},
                        "id": {"type": "integer"},
                        "time": {"type": "integer", "x-wire-type": "string"},
                        "ratio": {"type": "number"},
                    },
                },
            },
            "status": {"type": "string"},
            "empty": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
    }
    assert wire_tokens(schema) == {"orders": {"[]": {"price": "int", "size": "int", "time": "str"}}}


def test_a_schema_without_such_fields_gives_none() -> None:
    assert wire_tokens({"type": "object", "properties": {"a": {"type": "string"}}}) is None
    assert wire_tokens({"type": "array", "items": {"type": "integer"}}) is None
