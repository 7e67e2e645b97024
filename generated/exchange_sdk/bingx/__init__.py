# Generated from specs/bingx/ (sha256 ab5f02cab00b89bcd6ba4a167abbd01de4311e0f59ad3d33397951a1951f2565). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
