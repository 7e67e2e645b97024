# Generated from specs/gate/ (sha256 84cb2f4f2b59eb0fba97cf9685072f5431a1db6bc032d5a32c38ee18908393d8). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
