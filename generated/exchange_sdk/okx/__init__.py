# Generated from specs/okx/ (sha256 072b8dddc18abae5f8e01d319edffd46589a88ea48c82cb21d040eb9a89dc7e3). Do not edit: run make.
"""OKX: OKX (sync) and AsyncOKX (async)."""

from ._client import (
    OKX,
    AsyncOKX,
)

__all__ = ["OKX", "AsyncOKX"]
