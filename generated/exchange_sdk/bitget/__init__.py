# Generated from specs/bitget/ (sha256 ab4164fae929ac16d72f04b74c764f013fa6fe11882dc57ac4fc5c65ba535f5c). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
