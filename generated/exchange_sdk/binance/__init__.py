# Generated from specs/binance/ (sha256 497c72c1d76d6d5533e0876b51d6f131d65d639998014be1ab8b828fd701ce6b). Do not edit: run make.
"""Binance: Binance (sync) and AsyncBinance (async)."""

from ._client import (
    AsyncBinance,
    Binance,
)

__all__ = [
    "AsyncBinance",
    "Binance",
]
