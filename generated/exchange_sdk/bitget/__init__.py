# Generated from specs/bitget/ (sha256 eebbe2b3bba15c6585f84d7abf4ee7b4a6b749f812b13c3f92e361235b826eb8). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
