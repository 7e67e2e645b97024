# Generated from specs/bitget/ (sha256 533b37b2275e7b86e25c444ec8bc3241dd55051b23c87db462b5dcf4a88646f0). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
