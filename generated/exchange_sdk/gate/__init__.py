# Generated from specs/gate/ (sha256 185e143a4d0defefc79fdbd3d812bfa21bf3d3ac2cea45e813ee4a5ef50d5847). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
