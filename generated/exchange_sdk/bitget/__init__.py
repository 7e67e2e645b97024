# Generated from specs/bitget/ (sha256 9e278f3b80bf7acd501d74e9adaefc7edf332008f5cd8d6237f61a686f971beb). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
