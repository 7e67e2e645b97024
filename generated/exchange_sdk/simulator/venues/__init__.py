"""The exchanges the simulator serves: one module each (its verifier, behaviours and
envelope), listed once here. Adding an exchange = its module + one line in ``VENUES``."""

from __future__ import annotations

from collections.abc import Mapping

from ..venue import Venue
from . import binance, bingx, bitget, bitmex, bybit, gate, htx, kraken, krakenfutures, kucoin, okx

__all__ = ["VENUES", "simulated"]

VENUES: Mapping[str, Venue] = {
    venue.id: venue
    for venue in (
        bingx.VENUE,
        htx.VENUE,
        bitget.VENUE,
        gate.VENUE,
        bybit.VENUE,
        kraken.VENUE,
        krakenfutures.VENUE,
        binance.VENUE,
        okx.VENUE,
        kucoin.VENUE,
        bitmex.VENUE,
    )
}
"""Every simulated exchange by its spec id. A spec without a module here is not served (its
paths answer 404, and its live tests skip)."""


def simulated(exchange: str, operation: str) -> bool:
    """Whether the endpoint has a behaviour here (a route without one answers HTTP 501)."""
    venue = VENUES.get(exchange)
    return venue is not None and operation in venue.handlers
