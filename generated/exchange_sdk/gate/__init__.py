# Generated from specs/gate/ (sha256 8aebe380f89f6052a290d7e90ee105458a8724dcbd205f4badd909bb6b6f8d51). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
