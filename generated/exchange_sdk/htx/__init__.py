# Generated from specs/htx/ (sha256 6024eb460cc3dbaac6aac95bf8099a731e2d8b50813353787ec5e4bfb841d357). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
