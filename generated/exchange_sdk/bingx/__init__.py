# Generated from specs/bingx/ (sha256 a975dd37c04593e08ab84ff6e493872427a059a74eb2fe9806fd4ec2b32f59cc). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
