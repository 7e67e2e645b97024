# Generated from specs/bitmex/ (sha256 8ece0307cc95cd2bdf20f18aaf84b61e34854f095cf399bc7551984e69b95f71). Do not edit: run make.
"""BitMEX: BitMEX (sync) and AsyncBitMEX (async)."""

from ._client import (
    AsyncBitMEX,
    BitMEX,
)

__all__ = [
    "AsyncBitMEX",
    "BitMEX",
]
