# Generated from specs/gate/ (sha256 797a486b4cb84387f89c7d01422787a0a07dd6b248ceb9d26efedd7e2a8d7f6d). Do not edit: run make.
"""Gate: Gate (sync) and AsyncGate (async)."""

from ._client import (
    AsyncGate,
    Gate,
)

__all__ = [
    "AsyncGate",
    "Gate",
]
