# Generated from specs/gate/ (sha256 ef56964f35b006bd135d8f66d8d6fc40648f55f06e6e6e7bdc54d654a61c036a). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
