# Generated from specs/kucoin/ (sha256 8d125b7d5f176bca04afa45a029d8ef39704e47ef609662141c30bc124582fe0). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
