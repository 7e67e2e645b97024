# Generated from specs/gate/ (sha256 2a6b465b861db870651a318f1d4843376128d398bdee17ba750574c3aa710ffe). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
