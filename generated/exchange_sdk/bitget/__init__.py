# Generated from specs/bitget/ (sha256 8500c2a4be425f2178b6c5e2701361989133ae43f4777dbcb1d7a13ee3ad324e). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
