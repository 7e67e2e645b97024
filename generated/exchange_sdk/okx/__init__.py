# Generated from specs/okx/ (sha256 1cfdf68ba8c5ee33831f095b67646140d65733032dfec9401f54659e92f12f0e). Do not edit: run make.
"""OKX: OKX (sync) and AsyncOKX (async)."""

from ._client import (
    OKX,
    AsyncOKX,
)

__all__ = ["OKX", "AsyncOKX"]
