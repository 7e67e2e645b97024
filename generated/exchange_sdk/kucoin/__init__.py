# Generated from specs/kucoin/ (sha256 eb7d6096992638f9f328b5a9a35e511f29d9f5f4d9e8b776314e0eb3517896ac). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
