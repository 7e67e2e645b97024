# Generated from specs/gate/ (sha256 f54b2a4973eb326f888139e3118c64963dfd087b1549b896ba71b549340a8e92). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
