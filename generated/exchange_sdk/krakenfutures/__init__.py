# Generated from specs/krakenfutures/ (sha256 ffb605c6a252f12936199253746d5c631d8ea58da1aff2d5582556c7c2b3520f). Do not edit: run make.
"""KrakenFutures: KrakenFutures (sync) and AsyncKrakenFutures (async)."""

from ._client import (
    AsyncKrakenFutures,
    KrakenFutures,
)

__all__ = [
    "AsyncKrakenFutures",
    "KrakenFutures",
]
