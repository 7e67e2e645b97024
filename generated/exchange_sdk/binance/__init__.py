# Generated from specs/binance/ (sha256 e951a8f692b4221f7a00454460671e7dc2f1ca013935c22699581615e4647f25). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
