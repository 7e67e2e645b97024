# Generated from specs/bitget/ (sha256 16cf2e0851e0582178b66aff12888ca719061cb70d572c21b7f6febb81cb7e5c). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
