# Generated from specs/bybit/ (sha256 caf526ef3967b3ed97586de5e68e449f1ce1ae10e280e1f2717698111278c734). Do not edit: run make.
"""Bybit: Bybit (sync) and AsyncBybit (async)."""

from ._client import (
    AsyncBybit,
    Bybit,
)

__all__ = [
    "AsyncBybit",
    "Bybit",
]
