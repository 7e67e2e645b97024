# Generated from specs/gate/ (sha256 9a0bc5f74894421a073c34e4ed4b188ed1e7f4c257228d15090d6ed8c49f53c4). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
