# Generated from templates/runtime/exchange_sdk/_runtime/clock.py (sha256 1082d916b5afabe4973a1ee9635a75059a6251a56ebd5cc46db1fe5123ddd381). Do not edit: run make.
"""The clock that stamps signed requests.

Exchanges reject a request whose timestamp strays from their own clock by more than a few
seconds (BingX 5 s, Gate 60 s), so every signature reads the time here: local time plus
``offset_ms`` (server minus local). The client owns one ``Clock``; synchronising it with the
exchange's server-time endpoint only has to set ``offset_ms``.
"""

from __future__ import annotations

import time

__all__ = ["Clock"]


class Clock:
    """Local epoch time corrected by ``offset_ms`` (server time minus local time)."""

    __slots__ = ("offset_ms",)

    def __init__(self, offset_ms: int = 0) -> None:
        self.offset_ms = offset_ms

    def now_ms(self) -> int:
        """Epoch milliseconds, as signatures want them."""
        return time.time_ns() // 1_000_000 + self.offset_ms

    def now_s(self) -> float:
        """Epoch seconds (float), for turning exchange deadlines into waits."""
        return time.time() + self.offset_ms / 1000.0

    def __repr__(self) -> str:
        return f"Clock(offset_ms={self.offset_ms})"
