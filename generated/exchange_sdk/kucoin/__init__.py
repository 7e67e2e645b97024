# Generated from specs/kucoin/ (sha256 ee57b5880e440284838a5a8b49c9f2a2b9268ef7a0484321e01327dc8d5d69e9). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
