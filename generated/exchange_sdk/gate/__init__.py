# Generated from specs/gate/ (sha256 a69bc169abb245208249b29a3bb1e3b7712096b9ff904e62f85244dfedb571d2). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
