# Generated from specs/gate/ (sha256 903c355d4d4e7a3fc6bd3617123f85599363f511fb8fcd42cfe60f32ad59d5be). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
