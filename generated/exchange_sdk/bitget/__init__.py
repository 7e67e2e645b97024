# Generated from specs/bitget/ (sha256 70d9c9e17a6f661d16108e020ea3381bde40d9ff9b68dcd77eb3913c6d78330b). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
