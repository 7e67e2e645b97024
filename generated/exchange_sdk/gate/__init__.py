# Generated from specs/gate/ (sha256 6d48550029aef56005a92b7a1b535540d8fd62ef3110500442f5b3e6c60ea9df). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
