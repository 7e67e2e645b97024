"""Relied-on and decorative response fields (issue 15), computed once from a response schema.

The fields a caller relies on are the spec's `required` and `x-relied-on: true` properties, and
the lists and objects that hold them; every other field is decorative. The emitted models
module carries the tree (`RELIED_ON`, read by the runtime's lenient repair), and the generated
tests break each leaf of the example on either side of the line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

__all__ = ["Path", "example_leaves", "relied_on"]

Path = tuple[str | int, ...]


def relied_on(node: Mapping[str, object]) -> dict[str, object] | None:
    """The relied-on part of a response schema, or None when it has none.

    An object gives {wire name: subtree or True}: its `required` and `x-relied-on: true`
    properties, and every property holding a relied-on field; an array gives {"[]": subtree}.
    True marks a relied-on leaf; a dict marks a container that holds one.
    """
    kinds = node.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "object" in kinds:
        required = set(cast(list[str], node.get("required") or []))
        props = cast(Mapping[str, Mapping[str, object]], node.get("properties") or {})
        out: dict[str, object] = {}
        for name in sorted(props):
            sub = props[name]
            below = relied_on(sub)
            if below is not None:
                out[name] = below
            elif name in required or sub.get("x-relied-on") is True:
                out[name] = True
        return out or None
    if "array" in kinds:
        below = relied_on(cast(Mapping[str, object], node.get("items") or {}))
        return None if below is None else {"[]": below}
    return None


def example_leaves(payload: object, tree: object) -> tuple[list[Path], list[Path]]:
    """(decorative, relied-on) paths of the scalar leaves of an example payload, in order.

    A leaf is a field holding a scalar (strings, numbers, booleans, null); items of a list of
    scalars count as their field, so only object fields are listed."""
    decorative: list[Path] = []
    relied: list[Path] = []

    def walk(node: object, sub: object, path: Path) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                below = sub.get(key) if isinstance(sub, Mapping) else None
                if isinstance(value, (dict, list)) and value:
                    walk(value, below, (*path, key))
                elif below is None:
                    decorative.append((*path, key))
                elif not isinstance(value, (dict, list)):
                    relied.append((*path, key))
        elif isinstance(node, list):
            below = sub.get("[]") if isinstance(sub, Mapping) else None
            for index, item in enumerate(node):
                if isinstance(item, dict):
                    walk(item, below, (*path, index))

    walk(payload, tree, ())
    return decorative, relied
