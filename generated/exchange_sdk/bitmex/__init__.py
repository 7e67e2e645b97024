# Generated from specs/bitmex/ (sha256 ae03d14d88844eef60023515f0c269db6ebec211f54a8adac183b12571ecd4b5). Do not edit: run make.
"""BitMEX: BitMEX (sync) and AsyncBitMEX (async)."""

from ._client import (
    AsyncBitMEX,
    BitMEX,
)

__all__ = [
    "AsyncBitMEX",
    "BitMEX",
]
