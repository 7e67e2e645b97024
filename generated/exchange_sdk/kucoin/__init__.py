# Generated from specs/kucoin/ (sha256 72013a7f4eb9036bd3484d044a39cf9cba959f4a7cf61f009c9e966dbf07ed48). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
