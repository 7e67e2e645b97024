# Generated from specs/bingx/ (sha256 4e13ed6f3d182aa016debc4baafcecd6de4ebdbca32fe7f2937900869219bd24). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
