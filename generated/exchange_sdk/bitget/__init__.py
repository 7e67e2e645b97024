# Generated from specs/bitget/ (sha256 7aceb76686c7e4816b0dc43221fab137f6ab1332c75de1e6d59781c63e5e4f2f). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
