"""Strict where it matters, lenient where it does not (issue 15).

A response model's fields are *relied-on* (order ids, per-order success/failure and its reason,
status, trigger time: the spec's ``required`` and ``x-relied-on`` fields, and the lists and
objects holding them; the generated ``RELIED_ON`` table of each models module) or
*decorative* (everything else). Exchanges send ``""`` for numbers they have no value for (a
market order's price, a fee not yet charged), and now and then a value of another type: one
such decorative field must not turn a successful cancel into an error, losing the ids of the
orders that were cancelled.

``repair`` takes the validation errors of a payload and, when every error sits in a decorative
field, returns a copy of the payload with those fields set to None (and what they held), so
that the model validates; when any error sits in a relied-on field (or in the payload itself)
it returns None and the caller raises ``UnexpectedResponseError`` keeping the raw body.
Nothing here runs for a payload the model accepts as it is: the JSON fast path and the general
path both build the model from the unrepaired payload first, so they keep giving the same
results (a payload with a decorative misfit fails the fast path's validator and takes the
general path, which repairs it).

Written by hand: the rule is this SDK's, no library has it.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable, Mapping, Sequence

from .log import scrub
from .secrets import Secret

__all__ = ["log_dropped", "repair", "where"]

LOGGER = logging.getLogger("exchange_sdk.response")
_MAX_SHOWN = 200


def where(path: Sequence[str | int]) -> str:
    """``orders[0].stopPrice`` for ("orders", 0, "stopPrice")."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _decorative_path(
    payload: object, relied_on: Mapping[str, object], loc: Sequence[str | int], missing: bool
) -> list[str | int] | None:
    """The path of the decorative field an error sits in, or None when it is relied-on.

    Walks the error's location through the payload and the relied-on tree together, as far as
    the payload goes (pydantic appends union member tags such as "int" that are not keys): the
    field is where the walk stops. The path is cut back to end at an object key, since only a
    field can become None (an item of a decorative list makes the whole list None)."""
    node: object = payload
    tree: object = relied_on
    path: list[str | int] = []
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            node = node[key]
            step: object = "[]"
        elif isinstance(key, str) and isinstance(node, dict) and (key in node or missing):
            node = node.get(key)
            step = key
        else:
            break
        path.append(key)
        if isinstance(tree, Mapping):
            tree = tree.get(step)
    if tree is not None:  # a relied-on leaf (True) or a container holding one (a mapping)
        return None
    while path and not isinstance(path[-1], str):
        path.pop()
    return path or None


def repair(
    payload: object, errors: Sequence[Mapping[str, object]], relied_on: Mapping[str, object]
) -> tuple[object, dict[str, object]] | None:
    """(a copy of the payload with every decorative misfit set to None, {path: raw value}),
    or None when an error sits in a relied-on field or in the payload itself."""
    paths: list[list[str | int]] = []
    for error in errors:
        loc = error.get("loc")
        if not isinstance(loc, tuple):
            return None
        found = _decorative_path(payload, relied_on, loc, error.get("type") == "missing")
        if found is None:
            return None
        paths.append(found)
    if not paths:
        return None
    fixed = copy.deepcopy(payload)
    dropped: dict[str, object] = {}
    for path in sorted(paths, key=len):  # a whole object before any field inside it
        parent: object = fixed
        for key in path[:-1]:
            if isinstance(parent, list) and isinstance(key, int):
                parent = parent[key]
            elif isinstance(parent, dict):
                parent = parent.get(key)
        if not isinstance(parent, dict) or path[-1] not in parent:
            continue  # inside a field already set to None
        name = where(path)
        raw = parent[path[-1]]
        if raw is None:
            continue
        dropped[name] = raw
        parent[path[-1]] = None
    return fixed, dropped


def log_dropped(dropped: Mapping[str, object], secrets: Iterable[str | Secret]) -> None:
    """One debug line per decorative value read as None, but for "" (expected, not news); the
    value scrubbed of the call's secrets (an answer may echo what it was sent)."""
    if not LOGGER.isEnabledFor(logging.DEBUG):
        return
    for name, raw in dropped.items():
        if raw == "":
            continue
        shown = repr(raw)
        if len(shown) > _MAX_SHOWN:
            shown = shown[:_MAX_SHOWN] + "..."
        LOGGER.debug(
            "response field %s does not fit its type; read as None: %s",
            name,
            scrub(shown, secrets),
        )
