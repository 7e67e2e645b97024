# Generated from specs/gate/ (sha256 226c4297898cf733b044bec224a8ae209d0fe8d57bba770fc47c6893c83cfa9a). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
