# Generated from specs/kraken/ (sha256 abdf4cf486f39f3b92ef5448fcf57b8e09576bedb56db45e3e031c033c552f83). Do not edit: run make.
"""Kraken: Kraken (sync) and AsyncKraken (async)."""

from ._client import (
    AsyncKraken,
    Kraken,
)

__all__ = [
    "AsyncKraken",
    "Kraken",
]
