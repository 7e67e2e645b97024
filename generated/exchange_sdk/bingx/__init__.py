# Generated from specs/bingx/ (sha256 e2a4b55f9f170ffb82648c19c143f157950851c84cfe6816b91d098178289f34). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
