# Generated from specs/krakenfutures/ (sha256 0924daf86ba96f54e95cc046de1d3f812aa24a19c5be54415feb6cc269128671). Do not edit: run make.
"""KrakenFutures: KrakenFutures (sync) and AsyncKrakenFutures (async)."""

from ._client import (
    AsyncKrakenFutures,
    KrakenFutures,
)

__all__ = [
    "AsyncKrakenFutures",
    "KrakenFutures",
]
