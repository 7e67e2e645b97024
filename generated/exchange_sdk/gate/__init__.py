# Generated from specs/gate/ (sha256 bfb3361af416122783f818e3dcff0334142700300b2dc8a0b026e2efaaf57d87). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
