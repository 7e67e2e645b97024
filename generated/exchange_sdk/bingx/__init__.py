# Generated from specs/bingx/ (sha256 f5327f885f4e72bd034a1885337e5e91f25f12237b89271925d228357899d9c2). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
