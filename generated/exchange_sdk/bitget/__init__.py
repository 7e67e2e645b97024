# Generated from specs/bitget/ (sha256 7422fa9ecfee6f03a1418223f8d6f22e89255217ebc336ae0e1989ac942f349a). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
