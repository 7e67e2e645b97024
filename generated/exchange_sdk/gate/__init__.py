# Generated from specs/gate/ (sha256 b479d3fc1fd0d37cb98f4bf8df884a0a946c7b283f76d0bea0463e688d24a6fb). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
