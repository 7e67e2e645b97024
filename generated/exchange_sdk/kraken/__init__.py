# Generated from specs/kraken/ (sha256 859e68ba7aa3471654039298d7548560e2fe69034987e63e369b044b9c81847a). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
