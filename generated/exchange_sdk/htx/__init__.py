# Generated from specs/htx/ (sha256 ca833854ed99cfbcf138e71a490d2894c994286521411df169858897037c44d9). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
