# Generated from specs/bingx/ (sha256 ccbb19a36f11fac010927c9b134a7e46a927c5f1810a21ac8a33da17d122a38e). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
