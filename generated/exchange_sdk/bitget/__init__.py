# Generated from specs/bitget/ (sha256 17ccbc1c33a51d8542694a643c0d8c03bcba7629e0fa899d9c86ae95b77d1493). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
