# Generated from specs/binance/ (sha256 1dc32a741b978ed82fdfa056540f256a3f46b452c4b71970f6be07eb9c312914). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
