# Generated from specs/kraken/ (sha256 bc83140f205748f1bc310bc736fef2bf4339bb260a271f1fe36449f557181944). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
