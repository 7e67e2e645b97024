# Generated from specs/htx/ (sha256 81398d2289acbdb3b537f9c20d6dca44268954dc707337e2000faf84d4fce029). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
