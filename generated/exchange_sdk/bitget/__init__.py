# Generated from specs/bitget/ (sha256 43d64a15cc8f219502681b15179781cac3075b64f543505950fdcc691ceb98eb). Do not edit: run make.
"""Bitget: Bitget (sync) and AsyncBitget (async)."""

from ._client import (
    AsyncBitget,
    Bitget,
)

__all__ = [
    "AsyncBitget",
    "Bitget",
]
