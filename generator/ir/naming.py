"""Every name transform of the generator lives here, so templates never munge strings."""

from __future__ import annotations

import keyword
import re

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def snake_case(name: str) -> str:
    """`timeOut` -> `time_out`, `clientOrderID` -> `client_order_id`, `contract_code` unchanged."""
    parts = [p for p in _NON_WORD.split(_CAMEL_BOUNDARY.sub("_", name)) if p]
    return "_".join(p.lower() for p in parts)


def pascal_case(name: str) -> str:
    """`cancel_all_after` -> `CancelAllAfter`, `spot` -> `Spot`."""
    return "".join(p[:1].upper() + p[1:] for p in snake_case(name).split("_") if p)


def kebab_case(name: str) -> str:
    """`cancel_all_after` -> `cancel-all-after` (command-line names)."""
    return snake_case(name).replace("_", "-")


def constant_case(name: str) -> str:
    """`cancel_all_after` -> `CANCEL_ALL_AFTER`."""
    return snake_case(name).upper()


def is_python_keyword(name: str) -> bool:
    """Hard keywords only: soft keywords such as `type` are valid parameter names."""
    return keyword.iskeyword(name)
