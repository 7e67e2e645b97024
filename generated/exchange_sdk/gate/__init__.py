# Generated from specs/gate/ (sha256 e4ededfc891a2b004aa636bb31fde95157a127d353fc17c109f8766be2f0d1ed). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
