# Generated from specs/bitmex/ (sha256 11edd07ec68f567e2422a490ba54285d673212a6644ea64cd7f1a4bb9fd8d1d0). Do not edit: run make.
"""BitMEX: BitMEX (sync) and AsyncBitMEX (async)."""

from ._client import (
    AsyncBitMEX,
    BitMEX,
)

__all__ = [
    "AsyncBitMEX",
    "BitMEX",
]
