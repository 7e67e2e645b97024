# Generated from specs/gate/ (sha256 d02afe3a5b01760cb4c1ef44d2e9bd04d449e790627041ea8551a6fadddf60d8). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
