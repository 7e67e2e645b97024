# Generated from specs/htx/ (sha256 04c75de8eff69cc548bd8563c8e0fab82b67dade39205a5a75f7f432138aea20). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
