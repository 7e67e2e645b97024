# Generated from specs/bingx/ (sha256 e7b3c6595f81da8544298de1f806d60fce4a98b69a166ddb3a00483e890d96b4). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
