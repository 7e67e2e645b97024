# Generated from specs/bingx/ (sha256 730b61a2923271371d2d27f633ee5aa988ea8fc5a6f4f7d0a6a51f55626cad10). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
