# Generated from specs/bitget/ (sha256 badfaa4a6f1a866951a3e357f4632f323e1341c655bfff3254b64f5c7cbb3dd0). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
