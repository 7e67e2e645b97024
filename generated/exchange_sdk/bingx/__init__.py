# Generated from specs/bingx/ (sha256 3a1589eda4a70f608c8e406c0313238f3e2d1792cba5c25c9d8034b8704ce054). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
