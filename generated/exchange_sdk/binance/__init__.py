# Generated from specs/binance/ (sha256 1ecbb5d5a5b64cab671fca37747aeb05029e720a070bcc1549148bca2e8b0630). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
