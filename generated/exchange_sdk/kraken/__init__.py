# Generated from specs/kraken/ (sha256 7939b449d65e5d812217b05c22b79443dc3b7195eb1856174c14c259875c52d2). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
