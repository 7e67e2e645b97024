# Generated from specs/gate/ (sha256 71d6151eff0d4a440dbcad05ba12c329aa95f6f1e9747a1fc6f500bf55537fb2). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
