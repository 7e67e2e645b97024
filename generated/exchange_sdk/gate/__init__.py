# Generated from specs/gate/ (sha256 f2d2e75fb2f62c1f83c309e072f94ed47e184ddf206d146dbcbe16ba37f16d88). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
