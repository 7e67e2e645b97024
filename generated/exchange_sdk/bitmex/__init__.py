# Generated from specs/bitmex/ (sha256 92bb13a30206b9fb0141a1188272adb0d29974c9b8d8a866eab2f87f7e86c5f7). Do not edit: run make.
"""BitMEX: BitMEX (sync) and AsyncBitMEX (async)."""

from ._client import (
    AsyncBitMEX,
    BitMEX,
)

__all__ = [
    "AsyncBitMEX",
    "BitMEX",
]
