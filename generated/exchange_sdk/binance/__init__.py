# Generated from specs/binance/ (sha256 c2128fd2ca1c26c98741d35d5805dabea340512b464b8facf75892b7fc228559). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
