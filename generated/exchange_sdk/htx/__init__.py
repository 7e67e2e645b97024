# Generated from specs/htx/ (sha256 f3c407e540d6a186c861056c24aa66ec72fe97dd5504d567c4e26edc42a004b2). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
