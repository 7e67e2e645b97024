# Generated from specs/htx/ (sha256 640b42152b0b0e602eba038fc13e29c750722e565fdb1adf9760205588defda1). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
