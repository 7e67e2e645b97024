# Generated from specs/kucoin/ (sha256 a82511590d36177a8f1cc93dd20798edd67c6d8c81022f7f3ab961ceefcd050d). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
