# Generated from specs/bitget/ (sha256 7738ec078af834c979fe06e5a6910614086818f6212b27025970dd805d667ce7). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
