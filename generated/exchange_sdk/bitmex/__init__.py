# Generated from specs/bitmex/ (sha256 27498c6426846abe9bfa6006cbc9c78646a161b1dfc577753605d9ee6b887a81). Do not edit: run make.
"""BitMEX: BitMEX (sync) and AsyncBitMEX (async)."""

from ._client import (
    AsyncBitMEX,
    BitMEX,
)

__all__ = [
    "AsyncBitMEX",
    "BitMEX",
]
