# Generated from specs/htx/ (sha256 b3b7eb02a435b2e43aa0147697c8246b6036f10ccca9991863602b7a80e44b0e). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
