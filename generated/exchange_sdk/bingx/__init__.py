# Generated from specs/bingx/ (sha256 97fd032f83e1b8a0b958d748d1e3d871f1e48d807fdb7b3494ab002398a8b8de). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
