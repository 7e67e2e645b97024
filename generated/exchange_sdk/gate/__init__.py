# Generated from specs/gate/ (sha256 df902f7bd99a77850083ddf8f4410f30d09d2950be481b034535cfa0505aa7af). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
