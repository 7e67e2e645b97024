# Generated from specs/bingx/ (sha256 eee6a78845e91fee63ff0d8ec2fed23eca2a5a845fd5c82cfdf6af373b94d67a). Do not edit: run make.
"""BingX: BingX (sync) and AsyncBingX (async)."""

from ._client import (
    AsyncBingX,
    BingX,
)

__all__ = [
    "AsyncBingX",
    "BingX",
]
