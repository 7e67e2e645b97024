# Generated from specs/kucoin/ (sha256 b63a79c344a08cb7fc6c9cd482b56253117f4bec4a0ae8dcd6dd16f38598ed7d). Do not edit: run make.
"""KuCoin: KuCoin (sync) and AsyncKuCoin (async)."""

from ._client import (
    AsyncKuCoin,
    KuCoin,
)

__all__ = [
    "AsyncKuCoin",
    "KuCoin",
]
