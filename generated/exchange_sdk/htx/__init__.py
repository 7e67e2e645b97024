# Generated from specs/htx/ (sha256 da52a9de1d6752add8641bfa1783cab9f5c23b26216c8934c08a647ad06fb8de). Do not edit: run make.
"""HTX: HTX (sync) and AsyncHTX (async)."""

from ._client import (
    HTX,
    AsyncHTX,
)

__all__ = ["HTX", "AsyncHTX"]
