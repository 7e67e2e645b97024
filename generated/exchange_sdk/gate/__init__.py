# Generated from specs/gate/ (sha256 2793e9b4d5c45b304174b840825fd219afa2b94410f184467315ddaa11329c78). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
