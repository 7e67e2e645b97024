# Generated from specs/htx/ (sha256 9d5cce1275cac6a13f4bb7e63af1e54befac1f885902de37140a2e196f3a96c1). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
