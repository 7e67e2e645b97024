"""What the specs say about the kill switch, as frozen records (``exchange_sdk._killswitch_specs``).

The generated ``_killswitch_specs`` module fills these in from the endpoint specs'
``killswitch:`` sections: which method cancels every open order (and which keyword narrows it
to one market), and which method is a native dead-man's switch (its timeout keyword, unit and
bounds, and the fixed keywords that arm and disarm it). ``exchange_sdk.killswitch`` reads only
these tables and the generated clients.

Cheap on purpose, like ``spec.py`` (same record base, no ``dataclasses``): importing the tables
must not cost the kill switch's start-up time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from .spec import _Record

__all__ = ["CancelAllSpec", "CountdownSpec"]

_set = object.__setattr__


class CancelAllSpec(_Record):
    """An endpoint that cancels every open order now: ``getattr(getattr(client, group), method)``.

    ``market_kwarg`` narrows the call to one market (None: account-wide only);
    ``account_kwargs`` must come from the account configuration (Bitget ``product_type``).
    """

    __slots__ = ("account_kwargs", "exchange", "group", "market_kwarg", "method")
    exchange: str  # "bingx"
    group: str  # "spot"
    method: str  # "cancel_open_orders"
    market_kwarg: str | None  # "symbol"
    account_kwargs: tuple[str, ...]  # ("product_type",)

    def __init__(
        self,
        exchange: str,
        group: str,
        method: str,
        market_kwarg: str | None,
        account_kwargs: tuple[str, ...],
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "market_kwarg", market_kwarg)
        _set(self, "account_kwargs", account_kwargs)


class CountdownSpec(_Record):
    """A native dead-man's switch: ``method(**arm, timeout_kwarg=t)`` arms or extends the
    countdown, ``method(**disarm)`` stops it.

    ``min_timeout`` and ``max_timeout`` are in seconds whatever the wire ``unit`` is (a
    ``unit`` of "ms" means the keyword takes milliseconds: multiply by 1000).
    """

    __slots__ = (
        "arm",
        "disarm",
        "exchange",
        "group",
        "market_kwarg",
        "max_timeout",
        "method",
        "min_timeout",
        "timeout_kwarg",
        "unit",
    )
    exchange: str  # "gate"
    group: str  # "spot"
    method: str  # "countdown_cancel_all"
    timeout_kwarg: str  # "timeout"
    unit: Literal["s", "ms"]
    min_timeout: float  # seconds
    max_timeout: float | None  # seconds; None: no documented maximum
    arm: Mapping[str, object]  # keyword -> value, e.g. {"type": "ACTIVATE"}
    disarm: Mapping[str, object]  # keyword -> value, e.g. {"timeout": 0}
    market_kwarg: str | None  # "currency_pair"; None: account-wide only

    def __init__(
        self,
        exchange: str,
        group: str,
        method: str,
        timeout_kwarg: str,
        unit: Literal["s", "ms"],
        min_timeout: float,
        max_timeout: float | None,
        arm: Mapping[str, object],
        disarm: Mapping[str, object],
        market_kwarg: str | None,
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "timeout_kwarg", timeout_kwarg)
        _set(self, "unit", unit)
        _set(self, "min_timeout", min_timeout)
        _set(self, "max_timeout", max_timeout)
        _set(self, "arm", arm)
        _set(self, "disarm", disarm)
        _set(self, "market_kwarg", market_kwarg)

    def __hash__(self) -> int:  # arm/disarm are dicts: hash their items
        values = tuple(
            tuple(sorted(v.items())) if isinstance(v, Mapping) else v for v in self._values()
        )
        return hash((type(self).__name__, values))

    def wire_timeout(self, seconds: float) -> int:
        """The timeout keyword's value for a countdown of ``seconds`` (in ``unit``, rounded up
        so that the countdown is never shorter than asked)."""
        scale = 1000 if self.unit == "ms" else 1
        value = seconds * scale
        whole = int(value)
        return whole if whole == value else whole + 1
