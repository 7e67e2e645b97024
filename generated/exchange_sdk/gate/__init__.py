# Generated from specs/gate/ (sha256 ab1bcc53fe65b986bf89c964be8495fe5a07aff5231e7e36f18fed810dbc83c9). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
