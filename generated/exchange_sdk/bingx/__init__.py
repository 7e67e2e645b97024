# Generated from specs/bingx/ (sha256 b83b23821fb24ee9649750c9d9ed8dfa32bcfc4735ae5e2586067e7c0dc0b3ee). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
