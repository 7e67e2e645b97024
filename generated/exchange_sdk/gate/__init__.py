# Generated from specs/gate/ (sha256 45b397e07e4abdecf3cedceaa5f88ac45112443cefe1668e5651658a0532a1d2). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
