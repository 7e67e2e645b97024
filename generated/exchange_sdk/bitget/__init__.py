# Generated from specs/bitget/ (sha256 459ebd4020d74b40e2f614ea08a56e7c9ba54a8d40af65ed284d362898fea89f). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
