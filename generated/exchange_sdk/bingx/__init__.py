# Generated from specs/bingx/ (sha256 5b1f47abd1228748da62cbf6dae836197b2f3ab4d052d2f3b762e9ab04f36dae). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
