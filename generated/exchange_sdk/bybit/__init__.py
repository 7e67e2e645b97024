# Generated from specs/bybit/ (sha256 947353a862272f85e0c3a90170e65bb7272121587a7d578c357b12f025d948f3). Do not edit: run make.
"""Bybit: Bybit (sync) and AsyncBybit (async)."""

from ._client import (
    AsyncBybit,
    Bybit,
)

__all__ = [
    "AsyncBybit",
    "Bybit",
]
