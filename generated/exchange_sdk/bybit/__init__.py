# Generated from specs/bybit/ (sha256 0d6faca8de162bc4537062f7138cd082c707ec157792fd0b9c40304c2f8a4d3e). Do not edit: run make.
"""Bybit: Bybit (sync) and AsyncBybit (async)."""

from ._client import (
    AsyncBybit,
    Bybit,
)

__all__ = [
    "AsyncBybit",
    "Bybit",
]
