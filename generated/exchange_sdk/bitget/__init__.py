# Generated from specs/bitget/ (sha256 dc558ca6f0b57e59fc6b64214458714705f8ea6b78e41cb758bb5c92999e5ff3). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
