# Generated from specs/bybit/ (sha256 82f870551a57aa1d4969e997552c09b091bf178a6be2a264fe788c968003d4c1). Do not edit: run make.
"""Bybit: Bybit (sync) and AsyncBybit (async)."""

from ._client import (
    AsyncBybit,
    Bybit,
)

__all__ = [
    "AsyncBybit",
    "Bybit",
]
