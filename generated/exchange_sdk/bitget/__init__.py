# Generated from specs/bitget/ (sha256 188b99fbb4eddbeac40e47c2ca6e487cf4a5951d850e85593cb8b456aa1c2617). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
