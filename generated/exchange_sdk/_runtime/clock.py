"""The clock that stamps signed requests, and its synchronisation with the exchange.

Exchanges reject a request whose timestamp strays from their own clock by more than a few
seconds (BingX 5 s, Gate 60 s, HTX 5 min), so every signature reads the time here: local time
plus ``offset_ms`` (server minus local). The client owns one ``Clock``; synchronising it with
the exchange's server-time endpoint (``ServerTime`` in the spec: a public, unsigned GET) only
sets ``offset_ms``: the offset is the server's time minus the midpoint of the local send and
receive times, which cancels a symmetric network delay.
"""

from __future__ import annotations

import math
import time
from decimal import Decimal

from .. import errors
from .envelope import decode_json
from .messages import HttpResponse
from .spec import ServerTime

__all__ = ["Clock", "offset_from", "server_time_ms"]


class Clock:
    """Local epoch time corrected by ``offset_ms`` (server time minus local time)."""

    __slots__ = ("offset_ms", "synced")

    def __init__(self, offset_ms: int = 0) -> None:
        self.offset_ms = offset_ms
        self.synced = False  # set once offset_ms was measured against the server

    def now_ms(self) -> int:
        """Epoch milliseconds, as signatures want them."""
        return time.time_ns() // 1_000_000 + self.offset_ms

    def now_s(self) -> float:
        """Epoch seconds (float), for turning exchange deadlines into waits."""
        return time.time() + self.offset_ms / 1000.0

    def local_ms(self) -> float:
        """Uncorrected local epoch milliseconds (what synchronisation measures against)."""
        return time.time_ns() / 1_000_000

    def __repr__(self) -> str:
        return f"Clock(offset_ms={self.offset_ms})"


def server_time_ms(spec: ServerTime, response: HttpResponse, exchange: str) -> int:
    """The server's epoch milliseconds from a server-time response.

    Raises ``errors.UnexpectedResponseError`` when the status is not 2xx or the field is missing
    or not a number (Bitget sends a string of digits, which is accepted).
    """

    def unreadable(message: str) -> errors.UnexpectedResponseError:
        return errors.UnexpectedResponseError(
            f"server time: {message}",
            exchange=exchange,
            endpoint="server_time",
            code=None,
            http_status=response.status,
            raw_body=response.body,
            headers=response.headers,
        )

    if not 200 <= response.status < 300:
        raise unreadable(f"HTTP {response.status}")
    try:
        value: object = decode_json(response.body)
        for name in spec.field_path:
            if isinstance(value, list) and name.isdigit():  # OKX: data.0.ts
                value = value[int(name)]
                continue
            if not isinstance(value, dict):
                raise ValueError(f"no field {name!r}")
            value = value[name]
        if isinstance(value, bool) or not isinstance(value, int | str | Decimal | float):
            raise ValueError(f"{value!r} is not a number")
        number = Decimal(str(value))
        if not number.is_finite():
            raise ValueError(f"{value!r} is not a finite number")
    except (ValueError, KeyError, IndexError, ArithmeticError) as exc:
        raise unreadable(f"cannot read {'.'.join(spec.field_path)}: {exc}") from None
    return int(number * 1000) if spec.unit == "s" else int(number)


def offset_from(
    server_ms: int, sent_local_ms: float, received_local_ms: float, resolution_ms: int = 1
) -> int:
    """Server minus local time.

    A millisecond stamp is taken to be from mid-flight. A coarser one (Kraken's ``unixtime``
    is whole seconds) only says the server's time was in ``[stamp, stamp + resolution)`` at
    some moment of the round trip: every offset in ``[stamp - received, stamp + resolution -
    sent]`` agrees with it, and the one nearest zero is taken, so a clock that is right stays
    untouched. (Mid-flight would move it by up to the resolution: a second behind for Kraken,
    whose nonces then fall behind those of any other process on the key, which the exchange
    refuses.)
    """
    if resolution_ms <= 1:
        return round(server_ms - (sent_local_ms + received_local_ms) / 2)
    low = server_ms - received_local_ms
    high = server_ms + resolution_ms - 1 - sent_local_ms
    if low > 0:
        return math.ceil(low)
    if high < 0:
        return math.floor(high)
    return 0
