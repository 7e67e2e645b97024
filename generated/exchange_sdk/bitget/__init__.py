# Generated from specs/bitget/ (sha256 543b830428962073af2f2c371dc054ab014983e86151489b43d09cb204aa3fc5). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
