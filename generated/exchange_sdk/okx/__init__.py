# Generated from specs/okx/ (sha256 4e17a454b3e98dff8128a82606de08f6911605dcd21672245a338842d4aa3234). Do not edit: run make.
"""OKX: OKX (sync) and AsyncOKX (async)."""

from ._client import (
    OKX,
    AsyncOKX,
)

__all__ = ["OKX", "AsyncOKX"]
