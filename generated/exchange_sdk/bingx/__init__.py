# Generated from specs/bingx/ (sha256 395c7ad670cb5606b313d7fd10d78cf4360a18f6279a5f6baf1a08a9ed80a9d8). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
