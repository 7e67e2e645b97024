# Generated from specs/htx/ (sha256 57532bd35f163bcf8126fdebfb46b6a5167bb4789bee137c72042ddd55abb347). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
