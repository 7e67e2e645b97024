# Generated from specs/htx/ (sha256 35504d43982457c2176a4eaa74b6cac95cf75b3024a286787f87f5d33ed40004). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
