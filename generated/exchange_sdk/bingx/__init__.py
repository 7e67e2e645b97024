# Generated from specs/bingx/ (sha256 4f5b04d034ead926ca8035746a95f9de402baad532991a9f39fe76d3cc4ed733). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
