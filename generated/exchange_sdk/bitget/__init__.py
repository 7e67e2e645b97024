# Generated from specs/bitget/ (sha256 4a90bed6802c2a025eef50f24f403dcd1c0a1b8af1b8c05f8e1d6eb6698c41e0). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
