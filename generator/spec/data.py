"""Typed reads of loaded spec data (the plain YAML values of a `SpecDocument`).

Every stage that reads spec data (validate, build, the review tools) reads it through these, so
that a value of the wrong type reads as absent instead of raising: validation runs them on
documents that failed the schema, and reports the type problem itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import cast

__all__ = ["Data", "mapping", "number", "sequence", "show", "string", "text"]

Data = Mapping[str, object]


def mapping(value: object) -> Data:
    """`value` if it is a mapping, else an empty one."""
    return cast(Data, value) if isinstance(value, Mapping) else {}


def sequence(value: object) -> list[object]:
    """`value` if it is a list, else an empty one."""
    return cast(list[object], value) if isinstance(value, list) else []


def string(value: object) -> str | None:
    """`value` if it is a string, else None."""
    return value if isinstance(value, str) else None


def number(value: object) -> int | float | None:
    """`value` if it is an int or float (a bool is not a number here), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def text(data: Data, key: str, default: str = "") -> str:
    """The string at `key`, or `default` when it is absent or not a string."""
    value = data.get(key)
    return value if isinstance(value, str) else default


def show(value: object) -> str:
    """A value as spec errors and review messages quote it: strings in single quotes, the rest
    as JSON."""
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
