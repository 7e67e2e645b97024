# Generated from specs/okx/ (sha256 af38fa6b3bf593ced168ff81be78c7ff2050bc15a668f3a55b144c9ebd2b70f2). Do not edit: run make.
"""OKX: OKX (sync) and AsyncOKX (async)."""

from ._client import (
    OKX,
    AsyncOKX,
)

__all__ = ["OKX", "AsyncOKX"]
