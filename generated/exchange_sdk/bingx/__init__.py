# Generated from specs/bingx/ (sha256 e7c155e4364576e01b2057d3fdb3d760f3e03d61f9e7021d8dcb5d7d96389dac). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
