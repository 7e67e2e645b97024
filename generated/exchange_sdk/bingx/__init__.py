# Generated from specs/bingx/ (sha256 3d3ccb7be08a57d6f17c2e9c38aa427fe7e10e13f85facd9e255f0452d9deffc). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
