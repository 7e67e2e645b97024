# Generated from specs/bitget/ (sha256 4042178e58ba1562c806904eb0572e05457d511bb861c9017f0fcaec82a2a67e). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
