# Generated from specs/bitget/ (sha256 b8d90a2f468afa454388416807f450828418671a4f88aac3b6642bc5d3f2d29c). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
