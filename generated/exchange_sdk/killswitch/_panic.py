"""Panic: cancel every open order on every configured account and market, all at once, then
prove it by listing what is left.

Every call runs concurrently (a kill-switch thread each for sync clients, a task each for async
ones) and on its own: a failure is recorded in the report, never raised, so one exchange that
is down cannot stop the others from being cancelled. Each call is a small pipeline: cancel,
then list the same scope (``OPEN_ORDERS``); while the listing still shows orders the cancel
said it cancelled it lists again briefly (exchanges that cancel asynchronously or in batches),
and orders the cancel never mentioned get one more cancel. An exchange without a cancel-all
(``CancelAllSpec.batch``: cancel by id, a batch a call) is listed first, every order found is
cancelled in batches (one market a batch where the spec says so), and it is listed again and
what is new is cancelled again, until the listing is empty or the deadline. The whole panic returns by its
``deadline`` whatever the exchanges do: a call still running then is reported as an error
(its thread or task is abandoned, never waited for), and ``report.ok`` is false.

Reading a cancel answer is generic over the generated response models (no exchange names):
every record that carries an order id is an order (a batch cancel's answer is read as its spec
says instead: ``read_batch_result``), and it failed when it sits in a list named like a
failure list (``failureList``), carries a non-success ``code`` (per-order codes), a
``status`` of FAILED, ``succeeded: false`` or an error message/label.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .. import errors
from ._accounts import ANY_MODE, Account, Call, clients_of, method_of, plan_cancel
from ._deadline import Deadline, DeadlinePassed, call_options, check_deadline
from ._modes import adetect_modes, detect_modes, needs_mode
from ._orders import OpenOrder, aread_listing, orders_in, payload, read_listing
from ._workers import submit

if TYPE_CHECKING:
    from .._runtime.killswitch_spec import BatchSpec

__all__ = [
    "DEFAULT_DEADLINE",
    "CallResult",
    "MarketFailure",
    "OrderFailure",
    "PanicInterrupted",
    "PanicReport",
    "apanic",
    "panic",
    "read_batch_result",
    "read_cancel_result",
]

DEFAULT_DEADLINE = 10.0
"""Seconds a panic may take, from the call to the report, unless told otherwise."""
SETTLE = 2.0
"""Longest time (within the deadline) spent listing again while orders the cancel reported
cancelled still show as open: exchanges that cancel asynchronously or in batches."""
_FIRST_PAUSE = 0.1

_ID_FIELDS = ("order_id", "orderId", "id", "ordId")
_SUCCESS_CODES = frozenset({"0", "200", "00000", "None", ""})
_FAILED_STATUSES = frozenset({"FAILED", "FAIL", "REJECTED", "ERROR"})
_REASON_FIELDS = ("error_msg", "errorMsg", "err_msg", "message", "msg", "label")
_CODE_FIELDS = ("error_code", "errorCode", "err_code", "code", "label")


@dataclass(frozen=True)
class OrderFailure:
    """An order the exchange did not cancel, with its reason as the exchange gave it."""

    order_id: str
    reason: str
    code: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"order_id": self.order_id, "reason": self.reason, "code": self.code}


@dataclass(frozen=True)
class MarketFailure:
    """A market whose orders the exchange said it could not cancel (its answer names the
    market, not the orders), with the exchange's reason."""

    market: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"market": self.market, "reason": self.reason}


@dataclass(frozen=True)
class CallResult:
    """The outcome of one cancel-all call (one account, endpoint, market) and of the listing of
    the same scope after it.

    ``status``: ``"ok"`` (every order the exchange reported was cancelled, or there was none:
    ``NothingToCancelError`` counts as success with zero orders), ``"partial"`` (some orders
    failed: ``failed``; or the answer named markets it could not cancel: ``failed_markets``)
    or ``"error"`` (the call itself failed after the retries, or did not finish by the
    deadline: ``error``). ``open_orders``: what the listing found still open
    afterwards (None: not listed: ``verify=False``, no listing endpoint, or the listing failed:
    ``verify_error``); ``flat`` is True only when a listing found nothing.
    ``cancelled_count``: how many orders the exchange's answers say were cancelled (the spec's
    ``killswitch.answer``): the ids' number where the answer names the orders, its own count
    where it gives only that, None where it says neither (the listing is the only proof).
    """

    exchange: str
    label: str
    operation: str
    market: str | None
    kwargs: Mapping[str, object]
    status: Literal["ok", "partial", "error"]
    cancelled: tuple[str, ...] = ()
    failed: tuple[OrderFailure, ...] = ()
    error: Exception | None = None
    elapsed: float = 0.0
    nothing_to_cancel: bool = False
    open_orders: tuple[OpenOrder, ...] | None = None
    verify_error: Exception | None = None
    listing: str | None = None  # the listing endpoint ("spot.open_orders")
    cancelled_count: int | None = None
    failed_markets: tuple[MarketFailure, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def flat(self) -> bool:
        """A listing after the cancels found no open order in this call's scope."""
        return self.open_orders is not None and not self.open_orders

    @property
    def still_open(self) -> tuple[str, ...] | None:
        """Ids known to be open afterwards: the listing's, else the ones that failed to cancel;
        None when unknown (the call failed and nothing was listed)."""
        if self.open_orders is not None:
            return tuple(o.order_id for o in self.open_orders)
        if self.status == "error":
            return None
        return tuple(f.order_id for f in self.failed)

    @property
    def error_text(self) -> str | None:
        return _text(self.error)

    def to_json(self) -> dict[str, object]:
        still = self.still_open
        return {
            "exchange": self.exchange,
            "label": self.label,
            "operation": self.operation,
            "market": self.market,
            "kwargs": {k: str(v) for k, v in self.kwargs.items()},
            "status": self.status,
            "cancelled": list(self.cancelled),
            "cancelled_count": self.cancelled_count,
            "failed": [f.to_json() for f in self.failed],
            "failed_markets": [f.to_json() for f in self.failed_markets],
            "flat": self.flat,
            "verified": self.open_orders is not None,
            "open_orders": None
            if self.open_orders is None
            else [o.to_json() for o in self.open_orders],
            "still_open": None if still is None else list(still),
            "error": self.error_text,
            "error_type": None if self.error is None else type(self.error).__name__,
            "verify_error": _text(self.verify_error),
            "elapsed_s": round(self.elapsed, 6),
            "nothing_to_cancel": self.nothing_to_cancel,
        }


def _text(exc: Exception | None) -> str | None:
    return None if exc is None else f"{type(exc).__name__}: {exc}"


@dataclass(frozen=True)
class PanicReport:
    """Every call's result, in the order the calls were planned, and the total wall time.

    ``flat``: every call's scope was listed afterwards and nothing was open (False when any
    listing was skipped or failed). ``ok``: every call succeeded, no order failed to cancel and,
    unless ``verify=False``, the whole scope is flat. ``open_orders``: what the listings found
    still open (exchange, label, market, order id).
    """

    results: tuple[CallResult, ...]
    elapsed: float
    started_at: float = field(default=0.0)  # epoch seconds
    verify: bool = True
    deadline: float | None = None

    @property
    def calls(self) -> tuple[CallResult, ...]:
        return self.results

    @property
    def flat(self) -> bool:
        return bool(self.results) and all(r.flat for r in self.results)

    @property
    def ok(self) -> bool:
        """True when every call succeeded, no order failed and (when verified) nothing is open."""
        return (
            bool(self.results)
            and all(r.ok for r in self.results)
            and (self.flat or not self.verify)
        )

    @property
    def open_orders(self) -> tuple[OpenOrder, ...]:
        seen: set[tuple[str, str, str]] = set()
        out: list[OpenOrder] = []
        for r in self.results:
            for o in r.open_orders or ():
                key = (o.exchange, o.label, o.order_id)
                if key not in seen:
                    seen.add(key)
                    out.append(o)
        return tuple(out)

    @property
    def cancelled(self) -> int:
        """How many orders the answers say were cancelled (see ``unreported``)."""
        return sum(r.cancelled_count or 0 for r in self.results)

    @property
    def unreported(self) -> int:
        """Calls that succeeded with an answer saying neither which nor how many orders it
        cancelled (their orders are not in ``cancelled``; the listings are the proof)."""
        return sum(1 for r in self.results if r.cancelled_count is None and r.status != "error")

    @property
    def failures(self) -> tuple[OrderFailure, ...]:
        return tuple(f for r in self.results for f in r.failed)

    @property
    def failed_markets(self) -> tuple[MarketFailure, ...]:
        return tuple(f for r in self.results for f in r.failed_markets)

    @property
    def errors(self) -> tuple[CallResult, ...]:
        return tuple(r for r in self.results if r.status == "error")

    def by_exchange(self) -> dict[str, list[CallResult]]:
        out: dict[str, list[CallResult]] = {}
        for r in self.results:
            out.setdefault(r.exchange, []).append(r)
        return out

    def summary(self) -> str:
        if self.verify:
            unlisted = sum(1 for r in self.results if r.open_orders is None)
            left = (
                "FLAT: nothing left open"
                if self.flat
                else f"NOT FLAT: {len(self.open_orders)} order(s) still open"
                + (f", {unlisted} scope(s) not listed" if unlisted else "")
            )
        else:
            left = "not verified (no listing)"
        unsaid = (
            f" (+ {self.unreported} call(s) whose answer does not say how many)"
            if self.unreported
            else ""
        )
        return (
            f"{'OK' if self.ok else 'INCOMPLETE'}: {left}; {self.cancelled} orders cancelled"
            f"{unsaid}, {len(self.failures)} failed"
            + (f", {len(self.failed_markets)} market(s) failed" if self.failed_markets else "")
            + f", {len(self.errors)} of {len(self.results)} calls "
            f"failed, {self.elapsed * 1000:.0f} ms"
        )

    def lines(self) -> list[str]:
        """One plain-text line per call (the CLI draws a table instead)."""
        out = []
        for r in self.results:
            where = f"{r.exchange}:{r.label} {r.operation}" + (f" [{r.market}]" if r.market else "")
            count = (
                "? (the answer does not say)" if r.cancelled_count is None else r.cancelled_count
            )
            text = f"{where}: {r.status}, {count} cancelled"
            if r.nothing_to_cancel:
                text += " (nothing to cancel)"
            if r.failed:
                text += ", failed: " + "; ".join(f"{f.order_id} ({f.reason})" for f in r.failed)
            if r.failed_markets:
                text += ", failed markets: " + "; ".join(
                    f"{f.market} ({f.reason})" for f in r.failed_markets
                )
            if r.error is not None:
                text += f", error: {r.error_text}"
            if r.open_orders is not None:
                text += (
                    ", flat"
                    if r.flat
                    else ", still open: " + ", ".join(o.order_id for o in r.open_orders)
                )
            elif self.verify:
                text += ", not listed" + (f" ({_text(r.verify_error)})" if r.verify_error else "")
            out.append(f"{text} in {r.elapsed * 1000:.0f} ms")
        return out

    def __str__(self) -> str:
        return "\n".join([*self.lines(), self.summary()])

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "flat": self.flat,
            "verified": self.verify,
            "cancelled": self.cancelled,
            "unreported": self.unreported,
            "open_orders": [o.to_json() for o in self.open_orders],
            "elapsed_s": round(self.elapsed, 6),
            "deadline_s": self.deadline,
            "results": [r.to_json() for r in self.results],
        }


class PanicInterrupted(KeyboardInterrupt):
    """Ctrl-C (a ``KeyboardInterrupt``) while ``panic`` waited for the exchanges. ``report`` is
    what was known at that moment: calls still running are errors (their requests may still
    reach the exchange and take effect). It is a ``KeyboardInterrupt``, so code that handles
    Ctrl-C keeps working; catch this class to keep the report."""

    def __init__(self, report: PanicReport) -> None:
        super().__init__("panic interrupted: the report is incomplete")
        self.report = report


# --------------------------------------------------------------------------------------------
# Reading a cancel-all answer


def _first(record: Mapping[str, object], names: Sequence[str]) -> object:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _failure_of(record: Mapping[str, object], in_failure_list: bool) -> OrderFailure | None:
    order_id = str(_first(record, _ID_FIELDS))
    reason = _first(record, _REASON_FIELDS)
    code = _first(record, _CODE_FIELDS)
    status = record.get("status")
    failed = (
        in_failure_list
        or record.get("succeeded") is False
        or (isinstance(status, str) and status.upper() in _FAILED_STATUSES)
        or ("code" in record and str(record.get("code")) not in _SUCCESS_CODES)
        or _first(record, ("error_msg", "errorMsg", "err_msg", "label")) is not None
    )
    if not failed:
        return None
    text = (
        str(reason) if reason is not None else (f"status {status}" if status else "not cancelled")
    )
    return OrderFailure(order_id, text, None if code is None else str(code))


def _walk(data: object, in_failure_list: bool, out: tuple[list[str], list[OrderFailure]]) -> None:
    if isinstance(data, Mapping):
        if _first(data, _ID_FIELDS) is not None:
            failure = _failure_of(data, in_failure_list)
            if failure is None:
                out[0].append(str(_first(data, _ID_FIELDS)))
            else:
                out[1].append(failure)
            return
        for key, value in data.items():
            name = str(key).lower()
            # "id1,id2" in one string under a plural name; a singular success "1" is a flag
            if isinstance(value, str) and "successes" in name:
                out[0].extend(part for part in value.split(",") if part.strip())
                continue
            # a plain list of ids under a name ending in "ids" (cancelledOrderIds)
            plain_ids = isinstance(value, list) and all(isinstance(v, str | int) for v in value)
            if name.endswith("ids") and plain_ids and not in_failure_list and "fail" not in name:
                out[0].extend(str(v) for v in value)
                continue
            _walk(value, in_failure_list or "fail" in name, out)
    elif isinstance(data, list):
        for item in data:
            _walk(item, in_failure_list, out)


def read_cancel_result(result: object) -> tuple[tuple[str, ...], tuple[OrderFailure, ...]]:
    """(cancelled ids, failures) of a cancel-all response model (or its plain data)."""
    out: tuple[list[str], list[OrderFailure]] = ([], [])
    dump = getattr(result, "model_dump", None)
    _walk(dump(mode="json") if callable(dump) else result, False, out)
    return tuple(out[0]), tuple(out[1])


def read_count(result: object, field: str) -> int | None:
    """The count a cancel-all answer gives in its payload field ``field`` (a wire name), or
    None when it is missing or not a count."""
    data = payload(result)
    value = data.get(field) if isinstance(data, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def read_failed_markets(
    result: object, where: tuple[str, str, str | None]
) -> dict[str, MarketFailure]:
    """The markets a cancel-all answer says it could not cancel, read at ``where``: (path,
    market field, reason field)."""
    path, market_field, reason_field = where
    out: dict[str, MarketFailure] = {}
    for record in orders_in(payload(result), path):
        market = record.get(market_field)
        if market is None or market == "":
            continue
        reason = record.get(reason_field) if reason_field else None
        text = str(reason) if reason not in (None, "") else "not cancelled (no reason given)"
        out[str(market)] = MarketFailure(str(market), text)
    return out


def read_batch_result(
    result: object, batch: BatchSpec
) -> tuple[tuple[str, ...], tuple[OrderFailure, ...]]:
    """(cancelled ids, failures) of a batch cancel's answer, read where its spec says: each
    result record's id, and its code (one of ``batch.success``: cancelled) or reason."""
    cancelled: list[str] = []
    failed: list[OrderFailure] = []
    for record in orders_in(payload(result), batch.results_path):
        order_id = record.get(batch.result_id)
        if order_id is None or order_id == "":
            continue
        code = record.get(batch.result_code)
        if code is not None and str(code) in batch.success:
            cancelled.append(str(order_id))
            continue
        reason = record.get(batch.result_message) if batch.result_message else None
        failed.append(
            OrderFailure(
                str(order_id),
                str(reason) if reason not in (None, "") else f"result code {code!r}",
                None if code is None else str(code),
            )
        )
    return tuple(cancelled), tuple(failed)


def batches(
    call: Call, found: Sequence[OpenOrder], skip: frozenset[str]
) -> list[dict[str, object]]:
    """The keyword arguments of each batch cancel of ``found`` (orders not in ``skip``): items
    built from each order's record as the spec says, at most ``batch.size`` a call, one market
    a call where ``batch.per_market`` (markets sorted, orders in listing order)."""
    batch = call.spec.batch
    assert batch is not None
    groups: dict[str, list[OpenOrder]] = {}
    for order in found:
        if order.order_id not in skip and order.record:  # an unlisted order has no id to send
            key = (order.market or "") if batch.per_market else ""
            groups.setdefault(key, []).append(order)
    out: list[dict[str, object]] = []
    for market in sorted(groups):
        orders = groups[market]
        for start in range(0, len(orders), batch.size):
            items = [
                {kwarg: _item_value(order, field) for kwarg, field in batch.item.items()}
                for order in orders[start : start + batch.size]
            ]
            out.append({**call.kwargs, batch.items_kwarg: items})
    return out


def _item_value(order: OpenOrder, field: str) -> object:
    value = order.record.get(field)
    return str(value) if value is not None else None


# --------------------------------------------------------------------------------------------
# One call's pipeline: cancel, list, settle


class _Progress:
    """What one call's pipeline has learnt so far; read by the waiter at the deadline."""

    def __init__(self, call: Call, started: float, verify: bool = True) -> None:
        self.call = call
        self.batch = call.spec.batch
        self.verify = verify  # False: listings only find what to cancel, none is reported
        self.listing_error: Exception | None = None
        self.started = started
        self.lock = threading.Lock()
        self.cancelled: list[str] = []
        self.count: int | None = 0  # answer "count": the counts the answers gave, summed
        self.unsaid = False  # answer "nothing": a cancel succeeded without saying how many
        self.failed: dict[str, OrderFailure] = {}
        self.failed_markets: dict[str, MarketFailure] = {}  # the last answer's
        self.error: Exception | None = None
        self.answered = False
        self.nothing = False
        self.open_orders: tuple[OpenOrder, ...] | None = None
        self.verify_error: Exception | None = None
        self.finished: float | None = None

    def record_cancel(self, answer: object) -> None:
        with self.lock:
            if isinstance(answer, errors.NothingToCancelError):
                self.answered, self.nothing, self.error = True, True, None
            elif isinstance(answer, Exception):
                if not self.answered:
                    self.error = answer
            else:
                cancelled, failed = (
                    read_cancel_result(answer)
                    if self.batch is None
                    else read_batch_result(answer, self.batch)
                )
                self.answered, self.error = True, None
                self.unsaid = self.unsaid or self.call.spec.answer == "nothing"
                if where := self.call.spec.failed_markets:
                    self.failed_markets = read_failed_markets(answer, where)
                if field := self.call.spec.count_field:
                    said = read_count(answer, field)
                    self.count = None if said is None or self.count is None else self.count + said
                for order_id in cancelled:
                    self.failed.pop(order_id, None)
                    if order_id not in self.cancelled:
                        self.cancelled.append(order_id)
                for failure in failed:
                    if failure.order_id not in self.cancelled:
                        self.failed[failure.order_id] = failure

    def record_listing(self, orders: tuple[OpenOrder, ...] | None, exc: Exception | None) -> None:
        with self.lock:
            self.listing_error = exc  # the last listing's failure (None: it answered)
            if not self.verify:
                return
            if orders is not None:
                self.open_orders, self.verify_error = orders, None
            elif self.open_orders is None:
                self.verify_error = exc

    def listed(self, found: tuple[OpenOrder, ...] | Exception) -> tuple[OpenOrder, ...] | None:
        """Record a listing's answer, its orders or the exception it raised; the orders (None:
        it failed)."""
        if isinstance(found, Exception):
            self.record_listing(None, found)
            return None
        self.record_listing(found, None)
        return found

    def known(self) -> frozenset[str]:
        """Every order id a cancel answer mentioned (cancelled or failed)."""
        with self.lock:
            return frozenset(self.cancelled) | frozenset(self.failed)

    def needs_cancel(self, orders: tuple[OpenOrder, ...]) -> bool:
        """Some open order is one the cancels never mentioned: cancel once more."""
        known = self.known()
        return any(o.order_id not in known for o in orders)

    def only_failed(self, orders: tuple[OpenOrder, ...]) -> bool:
        """Every open order is one the exchange refused to cancel: listing again won't help."""
        with self.lock:
            return all(o.order_id in self.failed or o.market in self.failed_markets for o in orders)

    def result(self, deadline: float | None, interrupted: bool = False) -> CallResult:
        call = self.call
        with self.lock:
            error = self.error
            if self.finished is None and interrupted:
                what = "the listing" if self.answered else "the cancel"
                error = error or errors.ExchangeSDKError(
                    f"{what} was still running when the panic was interrupted (Ctrl-C): the "
                    "request may still reach the exchange"
                )
            if self.finished is None and deadline is not None:
                what = "the listing" if self.answered else "the cancel"
                error = error or errors.DeadlineExceededError(
                    f"{what} did not finish within the panic deadline of {deadline:g} s "
                    "(the request may still reach the exchange)",
                    exchange=call.account.exchange,
                    endpoint=call.operation,
                )
            failed = tuple(self.failed.values())
            failed_markets = tuple(self.failed_markets.values())
            status: Literal["ok", "partial", "error"] = (
                "error" if error is not None else "partial" if failed or failed_markets else "ok"
            )
            end = self.finished if self.finished is not None else time.perf_counter()
            return CallResult(
                exchange=call.account.exchange,
                label=call.account.label,
                operation=call.operation,
                market=call.market,
                kwargs=call.kwargs,
                status=status,
                cancelled=tuple(self.cancelled),
                failed=failed,
                error=error,
                elapsed=end - self.started,
                nothing_to_cancel=self.nothing and not self.cancelled,
                open_orders=self.open_orders,
                verify_error=self.verify_error,
                listing=call.listing.operation if call.listing is not None else None,
                cancelled_count=self._cancelled_count(),
                failed_markets=failed_markets,
            )

    def _cancelled_count(self) -> int | None:
        """ids: their number; count: the answers' counts summed; nothing: unknown once a cancel
        succeeded (0 when every answer was "nothing to cancel")."""
        answer = self.call.spec.answer
        if answer == "count":
            return self.count
        if answer == "nothing":
            return None if self.unsaid else 0
        return len(self.cancelled)


def _cancel_kwargs(
    call: Call,
    progress: _Progress,
    do_list: Callable[[], tuple[OpenOrder, ...] | None] | None,
    found: tuple[OpenOrder, ...] | None = None,
) -> list[dict[str, object]]:
    """The arguments of each cancel of a call: its own (one per value of a list-valued fixed
    param: ``Call.sweeps``), or (``discover``: one market at a time, none configured) those
    per market the listing found, sorted, or (a batch cancel) one per batch of the orders the
    listing found that no cancel answer mentioned yet."""
    if not call.discover and call.spec.batch is None:
        return call.sweeps()
    if do_list is not None and found is None:
        found = do_list()
    if found is None and call.spec.batch is not None and progress.listing_error is not None:
        progress.record_cancel(progress.listing_error)  # which orders to cancel is unknown
        return []
    if found is None:  # the listing failed: which markets or orders to cancel is unknown
        what = (
            "cancels listed orders by id"
            if call.spec.batch is not None
            else f"cancels one {call.spec.market_kwarg} at a time"
        )
        progress.record_cancel(
            errors.ExchangeSDKError(
                f"{call.operation} {what} and the listing that finds them failed: "
                f"{_text(progress.listing_error or progress.verify_error)}"
            )
        )
        return []
    if not found:
        progress.record_cancel(
            errors.NothingToCancelError(
                "no open order listed",
                exchange=call.account.exchange,
                endpoint=call.operation,
                code=None,
                http_status=0,
            )
        )
    if call.spec.batch is not None:
        return batches(call, found, progress.known())
    markets = sorted({o.market for o in found if o.market})
    assert call.spec.market_kwarg is not None
    return [{**kwargs, call.spec.market_kwarg: m} for m in markets for kwargs in call.sweeps()]


def _run_sync(
    call: Call, progress: _Progress, options: Mapping[str, object], clock: Deadline, verify: bool
) -> None:
    client = call.account.client
    assert client is not None
    cancel = method_of(client, call.spec.group, call.spec.method)

    def do_list() -> tuple[OpenOrder, ...] | None:
        listing = call.listing
        assert listing is not None
        try:
            found: tuple[OpenOrder, ...] | Exception = read_listing(listing, clock, options)
        except DeadlinePassed:
            raise
        except Exception as exc:  # recorded: the listing failed, nothing is known
            found = exc
        return progress.listed(found)

    lists_first = call.discover or call.spec.batch is not None

    def do_cancel(found: tuple[OpenOrder, ...] | None = None) -> None:
        for kwargs in _cancel_kwargs(call, progress, do_list if lists_first else None, found):
            try:
                answer: object = cancel(**kwargs, **clock.options(options, client.timeout))
            except DeadlinePassed:
                raise
            except Exception as exc:  # recorded, never raised: the other calls must go on
                answer = exc
            progress.record_cancel(answer)

    try:
        do_cancel()
        if (verify or call.spec.batch is not None) and call.listing is not None:
            _settle_sync(progress, clock, do_cancel, do_list, call.spec.batch is not None)
    except DeadlinePassed:
        return
    progress.finished = time.perf_counter()


def _settle_sync(
    progress: _Progress,
    clock: Deadline,
    do_cancel: Callable[[tuple[OpenOrder, ...] | None], None],
    do_list: Callable[[], tuple[OpenOrder, ...] | None],
    again: bool,
) -> None:
    """List until nothing is open, SETTLE seconds pass without a new cancel, or only orders the
    exchange refused are left; orders no cancel mentioned are cancelled once more (``again``,
    batch cancels: each time new ones appear, until the deadline)."""
    found = do_list()
    settle_end = time.monotonic() + SETTLE
    pause, recancelled = _FIRST_PAUSE, False
    while found and time.monotonic() < settle_end and not progress.only_failed(found):
        if (again or not recancelled) and progress.needs_cancel(found):
            recancelled = True
            do_cancel(found if again else None)
            if again:
                settle_end, pause = time.monotonic() + SETTLE, _FIRST_PAUSE
        else:
            time.sleep(clock.pause(pause))
            pause = min(pause * 2, 0.5)
        found = do_list()


async def _run_async(
    call: Call, progress: _Progress, options: Mapping[str, object], clock: Deadline, verify: bool
) -> None:
    client = call.account.client
    assert client is not None
    cancel = method_of(client, call.spec.group, call.spec.method)

    async def do_cancel(found: tuple[OpenOrder, ...] | None = None) -> None:
        if found is None and (call.discover or call.spec.batch is not None):
            found = await do_list()
        for kwargs in _cancel_kwargs(call, progress, None, found):
            try:
                answer: object = await cancel(**kwargs, **clock.options(options, client.timeout))
            except DeadlinePassed:
                raise
            except Exception as exc:  # recorded, never raised: the other calls must go on
                answer = exc
            progress.record_cancel(answer)

    async def do_list() -> tuple[OpenOrder, ...] | None:
        listing = call.listing
        assert listing is not None
        try:
            found: tuple[OpenOrder, ...] | Exception = await aread_listing(listing, clock, options)
        except DeadlinePassed:
            raise
        except Exception as exc:  # recorded: the listing failed, nothing is known
            found = exc
        return progress.listed(found)

    again = call.spec.batch is not None
    try:
        await do_cancel()
        if (verify or again) and call.listing is not None:
            found = await do_list()
            settle_end = time.monotonic() + SETTLE
            pause, recancelled = _FIRST_PAUSE, False
            while found and time.monotonic() < settle_end and not progress.only_failed(found):
                if (again or not recancelled) and progress.needs_cancel(found):
                    recancelled = True
                    await do_cancel(found if again else None)
                    if again:
                        settle_end, pause = time.monotonic() + SETTLE, _FIRST_PAUSE
                else:
                    await asyncio.sleep(clock.pause(pause))
                    pause = min(pause * 2, 0.5)
                found = await do_list()
    except DeadlinePassed:
        return
    progress.finished = time.perf_counter()


# --------------------------------------------------------------------------------------------
# Running every call


def _plan(accounts: Sequence[Account], modes: Mapping[str, str]) -> list[Call]:
    from ._preflight import preflight

    calls = plan_cancel(accounts, modes)
    preflight(calls)
    return calls


def _mode_timeout(deadline: float | None) -> float:
    """How long asking an exchange for an account's mode may take: a third of the deadline, at
    most 5 s (the cancels need the rest)."""
    return 5.0 if deadline is None else min(5.0, deadline / 3)


def panic(
    accounts: Sequence[Account],
    *,
    deadline: float | None = DEFAULT_DEADLINE,
    verify: bool = True,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> PanicReport:
    """Cancel all open orders on every account and market, concurrently, then list what is left.

    Returns by ``deadline`` seconds (plus a few milliseconds) whatever the exchanges do: a call
    still running then is an error in the report (its thread is abandoned, never joined).
    Never raises for an exchange's failure: the report says, per call, what was cancelled, what
    failed and why, and what the listing found still open (``report.flat``, ``report.open_orders``).
    ``verify=False`` skips the listing. ``max_retries`` and ``request_timeout`` override the
    clients' own per call (each attempt is also cut to the time left). Raises
    ``ConfigurationError`` or ``ValidationError`` before any call when an account or an
    argument cannot be right (no client, an async client, a market the exchange cannot take,
    an unknown or missing account parameter, no accounts). Ctrl-C while it waits for the
    exchanges raises ``PanicInterrupted`` (a ``KeyboardInterrupt``) with the report so far.
    """
    check_deadline(deadline)
    clock = Deadline(deadline)
    wall, started = time.time(), time.perf_counter()
    chosen = clients_of(accounts, "panic", want_async=False)
    plan_cancel(chosen, {a.name: ANY_MODE for a in chosen if needs_mode(a)})  # config errors first
    calls = _plan(chosen, detect_modes(chosen, _mode_timeout(deadline)))
    options = call_options(max_retries, request_timeout)
    progress = [_Progress(c, started, verify) for c in calls]
    futures: list[concurrent.futures.Future[None]] = []
    try:  # from the first submission on: a Ctrl-C then may leave calls running on the exchanges
        for c, p in zip(calls, progress, strict=True):
            futures.append(submit(functools.partial(_run_sync, c, p, options, clock, verify)))
        concurrent.futures.wait(futures, timeout=clock.wait_time())
    except KeyboardInterrupt:  # Ctrl-C: say what is known, as at the deadline, and stop
        results = tuple(p.result(deadline, interrupted=True) for p in progress)
        report = PanicReport(results, time.perf_counter() - started, wall, verify, deadline)
        raise PanicInterrupted(report) from None
    results = tuple(p.result(deadline) for p in progress)
    return PanicReport(results, time.perf_counter() - started, wall, verify, deadline)


async def apanic(
    accounts: Sequence[Account],
    *,
    deadline: float | None = DEFAULT_DEADLINE,
    verify: bool = True,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> PanicReport:
    """``panic`` for async clients: one task per call; tasks still running at the deadline are
    cancelled and reported as errors."""
    check_deadline(deadline)
    clock = Deadline(deadline)
    wall, started = time.time(), time.perf_counter()
    chosen = clients_of(accounts, "apanic", want_async=True)
    plan_cancel(chosen, {a.name: ANY_MODE for a in chosen if needs_mode(a)})  # config errors first
    calls = _plan(chosen, await adetect_modes(chosen, _mode_timeout(deadline)))
    options = call_options(max_retries, request_timeout)
    progress = [_Progress(c, started, verify) for c in calls]
    tasks = [
        asyncio.ensure_future(_run_async(c, p, options, clock, verify))
        for c, p in zip(calls, progress, strict=True)
    ]
    _, pending = await asyncio.wait(tasks, timeout=clock.wait_time())
    results = tuple(p.result(deadline) for p in progress)
    for task in pending:
        task.cancel()
    if pending:  # let the cancellations run (a task that ignores them is left behind)
        await asyncio.wait(pending, timeout=0.2)
    return PanicReport(results, time.perf_counter() - started, wall, verify, deadline)
