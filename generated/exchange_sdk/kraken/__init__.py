# Generated from specs/kraken/ (sha256 b7c3894db166ae649fa09af2e689fc9fb72a333b24bd0c41be0c528769b9d6fe). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
