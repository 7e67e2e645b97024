# Generated from specs/kucoin/ (sha256 07d5f64bb02d368e5ea137ef5b548db68f569d295bc78a8a3885acbb9e4dd778). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
