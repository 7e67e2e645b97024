"""What the specs say about the kill switch, as frozen records (``exchange_sdk._killswitch_specs``).

The generated ``_killswitch_specs`` module fills these in from the endpoint specs'
``killswitch:`` sections: which method cancels every open order (and which keyword narrows it
to one market), which method lists the open orders (where the orders sit in its answer, how to
page through them), which method is a native dead-man's switch (its timeout keyword, unit and
bounds, the fixed keywords that arm and disarm it, and what in its answer proves it armed), and
which method says an account's mode where an exchange serves accounts of different modes
through different endpoints. ``exchange_sdk.killswitch`` reads only these tables and the
generated clients.

Cheap on purpose, like ``spec.py`` (same record base, no ``dataclasses``): importing the tables
must not cost the kill switch's start-up time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from .spec import _Record

__all__ = [
    "AccountModeSpec",
    "BatchSpec",
    "CancelAllSpec",
    "CountdownSpec",
    "MarketsSpec",
    "OpenOrdersSpec",
    "Pagination",
]

_set = object.__setattr__


def _hash_items(value: object) -> object:
    return tuple(sorted(value.items())) if isinstance(value, Mapping) else value


class BatchSpec(_Record):
    """How a batch cancel (role ``cancel_batch``) is called and read: ``method(**{items_kwarg:
    [item, ...]})`` with at most ``size`` items, each built from a listed order's record:
    ``item`` maps an item keyword to the record field giving its value; ``per_market``: one
    market a batch. The answer holds one result per order at ``results_path`` (as an
    ``OpenOrdersSpec.orders_path``): its ``result_id`` field is the order id, its
    ``result_code`` field is one of ``success`` when cancelled, else ``result_message`` says
    why not."""

    __slots__ = (
        "item",
        "items_kwarg",
        "per_market",
        "result_code",
        "result_id",
        "result_message",
        "results_path",
        "size",
        "success",
    )
    items_kwarg: str  # "orders"
    size: int  # 20
    item: Mapping[str, str]  # {"inst_id": "instId", "ord_id": "ordId"}
    per_market: bool
    results_path: str  # "[]"
    result_id: str  # "ordId"
    result_code: str  # "sCode"
    success: tuple[str, ...]  # ("0",)
    result_message: str | None  # "sMsg"

    def __init__(
        self,
        items_kwarg: str,
        size: int,
        item: Mapping[str, str],
        per_market: bool,
        results_path: str,
        result_id: str,
        result_code: str,
        success: tuple[str, ...],
        result_message: str | None,
    ) -> None:
        _set(self, "items_kwarg", items_kwarg)
        _set(self, "size", size)
        _set(self, "item", item)
        _set(self, "per_market", per_market)
        _set(self, "results_path", results_path)
        _set(self, "result_id", result_id)
        _set(self, "result_code", result_code)
        _set(self, "success", success)
        _set(self, "result_message", result_message)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))


class CancelAllSpec(_Record):
    """An endpoint that cancels every open order now: ``getattr(getattr(client, group), method)``.

    ``market_kwarg`` narrows the call to one market (None: account-wide only; with
    ``market_required`` there is no account-wide call, one call per market is needed);
    ``account_kwargs`` must come from the account configuration (Bitget ``product_type``);
    ``mode`` is the account mode the endpoint serves (None: every account of the exchange);
    ``listed_by`` the ``group.method`` of the listing that proves it, where the mode has more
    than one (HTX v1 cross and isolated). ``batch``: the endpoint cancels listed orders by id,
    in batches (role ``cancel_batch``): a panic lists first and cancels what it found.
    ``params``: fixed keyword arguments every call sends (the spec's ``params``); a list of
    values is one cancel request per value (Bybit spot ``order_filter``).
    ``account_rules``: ``(keyword, per, not_for)``: an account keyword that depends on another
    (``per``): the account may give it per value of ``per``, and it is not sent where ``per``
    is one of ``not_for`` (Bybit ``("settle_coin", "category", ("spot",))``); a rule may also
    name a fixed ``params`` keyword, not sent for those values (Bybit's ``order_filter``, spot
    only).
    ``answer``: what the answer says it cancelled, for the report: ``"ids"`` the orders (read
    from it), ``"count"`` how many, in the payload field ``count_field`` (Kraken ``count``),
    ``"nothing"`` neither (the listing after it is the only proof). ``failed_markets``:
    ``(path, market field, reason field)`` of the markets the answer says it could not cancel
    (KuCoin spot HF ``("failedSymbols[]", "symbol", "error")``), or None.
    """

    __slots__ = (
        "account_kwargs",
        "account_rules",
        "answer",
        "batch",
        "count_field",
        "exchange",
        "failed_markets",
        "group",
        "listed_by",
        "market_kwarg",
        "market_required",
        "method",
        "mode",
        "params",
    )
    exchange: str  # "bingx"
    group: str  # "spot"
    method: str  # "cancel_open_orders"
    market_kwarg: str | None  # "symbol"
    account_kwargs: tuple[str, ...]  # ("product_type",)
    mode: str | None  # "multi-asset"
    market_required: bool
    listed_by: str | None  # "futures.cross_open_orders"
    batch: BatchSpec | None
    params: Mapping[str, object]  # {"status": "active"}
    account_rules: tuple[tuple[str, str, tuple[str, ...]], ...]
    answer: Literal["ids", "count", "nothing"]
    count_field: str | None  # "count"
    failed_markets: tuple[str, str, str | None] | None

    def __init__(
        self,
        exchange: str,
        group: str,
        method: str,
        market_kwarg: str | None,
        account_kwargs: tuple[str, ...],
        mode: str | None = None,
        market_required: bool = False,
        listed_by: str | None = None,
        batch: BatchSpec | None = None,
        params: Mapping[str, object] | None = None,
        account_rules: tuple[tuple[str, str, tuple[str, ...]], ...] = (),
        answer: Literal["ids", "count", "nothing"] = "ids",
        count_field: str | None = None,
        failed_markets: tuple[str, str, str | None] | None = None,
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "market_kwarg", market_kwarg)
        _set(self, "account_kwargs", account_kwargs)
        _set(self, "mode", mode)
        _set(self, "market_required", market_required)
        _set(self, "listed_by", listed_by)
        _set(self, "batch", batch)
        _set(self, "account_rules", account_rules)
        _set(self, "params", params or {})
        _set(self, "answer", answer)
        _set(self, "count_field", count_field)
        _set(self, "failed_markets", failed_markets)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))


class Pagination(_Record):
    """How to get every page of a listing (keyword names; payload fields are wire names).

    ``cursor``: the next request sends ``param`` = the payload field ``next_field`` or the field
    ``next_from_order`` of the page's last order; ``page``: page numbers from ``start`` up to
    the payload field ``total_pages`` when there is one. Every request sends ``size_param`` =
    ``size`` and ``fixed``. A page with fewer than ``size`` orders is the last. ``param_is_int``:
    the cursor keyword takes an int (cursors read from an answer are text).
    """

    __slots__ = (
        "fixed",
        "next_field",
        "next_from_order",
        "param",
        "param_is_int",
        "size",
        "size_param",
        "start",
        "style",
        "total_pages",
    )
    style: Literal["cursor", "page", "offset"]
    param: str
    next_field: str | None
    next_from_order: str | None
    start: int
    total_pages: str | None
    size_param: str
    size: int
    fixed: Mapping[str, object]
    param_is_int: bool

    def __init__(
        self,
        style: Literal["cursor", "page", "offset"],
        param: str,
        next_field: str | None,
        next_from_order: str | None,
        start: int,
        total_pages: str | None,
        size_param: str,
        size: int,
        fixed: Mapping[str, object],
        param_is_int: bool = False,
    ) -> None:
        _set(self, "style", style)
        _set(self, "param", param)
        _set(self, "next_field", next_field)
        _set(self, "next_from_order", next_from_order)
        _set(self, "start", start)
        _set(self, "total_pages", total_pages)
        _set(self, "size_param", size_param)
        _set(self, "size", size)
        _set(self, "fixed", fixed)
        _set(self, "param_is_int", param_is_int)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))


class MarketsSpec(_Record):
    """An endpoint that lists the markets that still have open orders (role ``open_markets``):
    ``method(**params)`` answers the market names at ``path`` (``"symbols[]"``, as an
    ``OpenOrdersSpec.orders_path``). An ``OpenOrdersSpec`` that needs a market names it in
    ``markets``: without configured markets the listing runs once per market it answers."""

    __slots__ = ("exchange", "group", "method", "params", "path")
    exchange: str
    group: str
    method: str
    path: str  # "symbols[]"
    params: Mapping[str, object]

    def __init__(
        self,
        exchange: str,
        group: str,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "path", path)
        _set(self, "params", params or {})

    @property
    def operation(self) -> str:
        return f"{self.group}.{self.method}"

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))


class OpenOrdersSpec(_Record):
    """An endpoint that lists the open orders a ``CancelAllSpec`` of the same exchange and mode
    cancels. ``orders_path`` says where the orders sit in the payload (``"orders[]"``,
    ``"[]"``, ``"[].orders[]"``: dotted wire names, ``[]`` for every item of a list);
    ``order_id`` and ``order_market`` are wire names of an order's fields; without a
    ``market_kwarg`` the listing is filtered by ``order_market``. ``params``: fixed keyword
    arguments every page request sends (``{"status": "active"}``). ``markets``: the listing
    needs a market and, where none is configured, runs once per market this endpoint answers
    (a listing of the markets that have open orders). ``market_required``: the endpoint takes
    one market a call (its market param is required) and has no ``markets`` listing: an
    account that names no markets cannot be listed by it (the listing reports so, never flat).
    ``account_rules`` as in ``CancelAllSpec``."""

    __slots__ = (
        "account_kwargs",
        "account_rules",
        "exchange",
        "group",
        "market_kwarg",
        "market_required",
        "markets",
        "method",
        "mode",
        "order_id",
        "order_market",
        "orders_path",
        "pagination",
        "params",
    )
    exchange: str
    group: str
    method: str
    market_kwarg: str | None
    account_kwargs: tuple[str, ...]
    mode: str | None
    orders_path: str
    order_id: str
    order_market: str
    pagination: Pagination | None
    params: Mapping[str, object]
    markets: MarketsSpec | None
    account_rules: tuple[tuple[str, str, tuple[str, ...]], ...]
    market_required: bool

    def __init__(
        self,
        exchange: str,
        group: str,
        method: str,
        market_kwarg: str | None,
        account_kwargs: tuple[str, ...],
        mode: str | None,
        orders_path: str,
        order_id: str,
        order_market: str,
        pagination: Pagination | None,
        params: Mapping[str, object] | None = None,
        markets: MarketsSpec | None = None,
        account_rules: tuple[tuple[str, str, tuple[str, ...]], ...] = (),
        market_required: bool = False,
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "market_kwarg", market_kwarg)
        _set(self, "account_kwargs", account_kwargs)
        _set(self, "mode", mode)
        _set(self, "orders_path", orders_path)
        _set(self, "order_id", order_id)
        _set(self, "order_market", order_market)
        _set(self, "pagination", pagination)
        _set(self, "account_rules", account_rules)
        _set(self, "params", params or {})
        _set(self, "markets", markets)
        _set(self, "market_required", market_required)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))


class CountdownSpec(_Record):
    """A native dead-man's switch: ``method(**arm, timeout_kwarg=t)`` arms or extends the
    countdown, ``method(**disarm)`` stops it.

    ``min_timeout`` and ``max_timeout`` are in seconds whatever the wire ``unit`` is (a
    ``unit`` of "ms" means the keyword takes milliseconds: multiply by 1000). An arm counts only
    when its answer proves it: every ``armed_when`` payload field has its value, and the payload
    field ``trigger_field`` (epoch ``trigger_unit``) is in the future. ``market_required``: the
    countdown covers one market (``market_kwarg``) a call, so it protects only the markets it
    is armed for (Binance USDⓈ-M, one countdown per symbol). ``account_kwargs`` must come from
    the account configuration (Gate futures' ``settle``).
    """

    __slots__ = (
        "account_kwargs",
        "arm",
        "armed_when",
        "disarm",
        "exchange",
        "group",
        "market_kwarg",
        "market_required",
        "max_timeout",
        "method",
        "min_timeout",
        "mode",
        "timeout_kwarg",
        "trigger_field",
        "trigger_unit",
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
    mode: str | None
    armed_when: Mapping[str, object]  # payload field -> value, e.g. {"status": "ACTIVATED"}
    trigger_field: str | None  # payload field, e.g. "triggerTime"
    trigger_unit: Literal["s", "ms"] | None
    market_required: bool
    account_kwargs: tuple[str, ...]  # ("settle",)

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
        mode: str | None = None,
        armed_when: Mapping[str, object] | None = None,
        trigger_field: str | None = None,
        trigger_unit: Literal["s", "ms"] | None = None,
        market_required: bool = False,
        account_kwargs: tuple[str, ...] = (),
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "timeout_kwarg", timeout_kwarg)
        _set(self, "account_kwargs", account_kwargs)
        _set(self, "unit", unit)
        _set(self, "min_timeout", min_timeout)
        _set(self, "max_timeout", max_timeout)
        _set(self, "arm", arm)
        _set(self, "disarm", disarm)
        _set(self, "market_kwarg", market_kwarg)
        _set(self, "mode", mode)
        _set(self, "armed_when", armed_when or {})
        _set(self, "trigger_field", trigger_field)
        _set(self, "trigger_unit", trigger_unit)
        _set(self, "market_required", market_required)

    def __hash__(self) -> int:  # arm/disarm/armed_when are dicts: hash their items
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))

    def wire_timeout(self, seconds: float) -> int:
        """The timeout keyword's value for a countdown of ``seconds`` (in ``unit``, rounded up
        so that the countdown is never shorter than asked)."""
        scale = 1000 if self.unit == "ms" else 1
        value = seconds * scale
        whole = int(value)
        return whole if whole == value else whole + 1


class AccountModeSpec(_Record):
    """An endpoint that says which account mode an account is in: the payload field ``field``
    (as a string) is looked up in ``modes`` (HTX ``assets_mode``: "0" single-asset, "1"
    multi-asset)."""

    __slots__ = ("exchange", "field", "group", "method", "modes")
    exchange: str
    group: str
    method: str
    field: str
    modes: Mapping[str, str]

    def __init__(
        self, exchange: str, group: str, method: str, field: str, modes: Mapping[str, str]
    ) -> None:
        _set(self, "exchange", exchange)
        _set(self, "group", group)
        _set(self, "method", method)
        _set(self, "field", field)
        _set(self, "modes", modes)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(_hash_items(v) for v in self._values())))
