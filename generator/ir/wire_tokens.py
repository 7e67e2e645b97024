"""Which JSON token a number field usually arrives as, computed once from a response schema.

The runtime's JSON fast path (`exchange_sdk._runtime.models.json_parser`) checks each number
field's token type (string, integer, boolean) before the field's own validator, trying the
tokens in turn: a Decimal field tries a string first, an integer field an integer first. Where
the spec says otherwise, the field's likeliest token is tried first instead, which spares a
failed try per field and answer (about 0.1 us each: Kraken Futures sends its Decimals as JSON
numbers, BingX swap its take-profit and stop-loss prices):

- a `format: decimal` field whose `type` lists `number` first (`[number, string]`) -> "int";
- an `integer` or `number` field with `x-wire-type: string` -> "str".

Only the order of the tries comes from here: which tokens a field accepts, and the value it
gets, do not change (so a wrong guess costs a failed try, never a result). The emitted models
module carries the tree (`WIRE_TOKENS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

__all__ = ["wire_tokens"]


def _leaf(node: Mapping[str, object], kinds: list[object]) -> str | None:
    if node.get("x-wire-type") == "string" and {"integer", "number"} & set(map(str, kinds)):
        return "str"
    if node.get("format") == "decimal" and kinds and kinds[0] == "number":
        return "int"
    return None


def wire_tokens(node: Mapping[str, object]) -> dict[str, object] | str | None:
    """The fields of a response schema whose first token try differs from the default, or None.

    An object gives {wire name: subtree or token}, an array {"[]": subtree}; a token is "int"
    or "str" (the JSON token to try first)."""
    kinds = node.get("type")
    kinds = list(kinds) if isinstance(kinds, list) else [kinds]
    if "object" in kinds:
        props = cast(Mapping[str, Mapping[str, object]], node.get("properties") or {})
        out: dict[str, object] = {}
        for name in sorted(props):
            below = wire_tokens(props[name])
            if below is not None:
                out[name] = below
        return out or None
    if "array" in kinds:
        below = wire_tokens(cast(Mapping[str, object], node.get("items") or {}))
        return None if below is None else {"[]": below}
    return _leaf(node, kinds)
