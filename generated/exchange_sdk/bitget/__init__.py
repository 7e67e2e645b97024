# Generated from specs/bitget/ (sha256 92ffbda3344d2eed51345f6594f282390535088d0c2b7f054257c98cf1d56ce8). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
