# Generated from specs/htx/ (sha256 f130f66a46cfa95fbc3d9bd4c487dea611034e475bda8faa7c4717cb516372f6). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
