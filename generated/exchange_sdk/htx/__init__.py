# Generated from specs/htx/ (sha256 7f3402456594c29f5dede2e7034f1bb215165aaf71c9c42152a2e8af707c27c4). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
