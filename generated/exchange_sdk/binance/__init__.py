# Generated from specs/binance/ (sha256 f0afed4972ddb2b048755591b6634b4c231c93b03f1ba09b4cba97d455c9a973). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
