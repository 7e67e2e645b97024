# Generated from specs/krakenfutures/ (sha256 8cd825942c18edebea8b6c82345d96b3765d44577482f778d940d9d2d9fb8316). Do not edit: run make.
"""KrakenFutures: KrakenFutures (sync) and AsyncKrakenFutures (async)."""

from ._client import (
    AsyncKrakenFutures,
    KrakenFutures,
)

__all__ = [
    "AsyncKrakenFutures",
    "KrakenFutures",
]
