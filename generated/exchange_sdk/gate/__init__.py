# Generated from specs/gate/ (sha256 e00039eb23dbf308d8584013f26b1377b1719ea3622b5c61389983764f972e31). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
