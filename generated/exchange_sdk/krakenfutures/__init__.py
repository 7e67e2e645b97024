# Generated from specs/krakenfutures/ (sha256 d6b48b2beb55f2f888fbfd7abc4c8fd096606dc2cb1e2deff1429621a92a0260). Do not edit: run make.
"""KrakenFutures: KrakenFutures (sync) and AsyncKrakenFutures (async)."""

from ._client import (
    AsyncKrakenFutures,
    KrakenFutures,
)

__all__ = [
    "AsyncKrakenFutures",
    "KrakenFutures",
]
