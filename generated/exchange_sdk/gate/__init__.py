# Generated from specs/gate/ (sha256 d587a67f3d39b80d8097ef85b33018ee45e447d5c7766d57630ae68bc9c8bf48). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
