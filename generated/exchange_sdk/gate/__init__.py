# Generated from specs/gate/ (sha256 a268f37ecc81bd4065c8d5867a160f503aadc5bae16d8555b96bfccb78460c13). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
