# Generated from specs/bitget/ (sha256 c0ef9a6a3eb02cfa577e4760ef88e10447269ffa3e7e751be954b25ea23c012e). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
