# Generated from specs/kraken/ (sha256 f3dcb6ae7841b6595336b3da2051ba8be64add8874dc7fa6aad25ba98988e8a1). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
