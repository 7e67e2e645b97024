# Generated from specs/kucoin/ (sha256 3aad6a00e2e10bf69bbeb835320abf1823f1c4280df126e983a822be4958c6c3). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
