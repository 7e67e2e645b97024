# Generated from specs/gate/ (sha256 54e069771648e169e56075e9db50321d5db830cf394df9ff4f7e34c4d7f291cc). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
