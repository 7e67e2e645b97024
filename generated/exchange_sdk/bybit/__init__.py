# Generated from specs/bybit/ (sha256 f6d12813906720d6940bc4103052995edad1afb9611c46590743e00e23f1872c). Do not edit: run make.
"""Bybit: Bybit (sync) and AsyncBybit (async)."""

from ._client import (
    AsyncBybit,
    Bybit,
)

__all__ = [
    "AsyncBybit",
    "Bybit",
]
