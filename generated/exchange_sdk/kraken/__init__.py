# Generated from specs/kraken/ (sha256 8073ec02fb27dc58b97a9b67881a8db677d86a2a3c71b56123f5914facd6c93d). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
