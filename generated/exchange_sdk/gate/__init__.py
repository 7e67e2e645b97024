# Generated from specs/gate/ (sha256 3c651eef95f23c619de77951712bc93f82cbc52357accb2c161f1bac3ce3b91d). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
