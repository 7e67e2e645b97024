"""Panic: cancel every open order on every configured account and market, all at once.

Every call runs concurrently (a thread each for sync clients, a task each for async ones) and
each is isolated: a failure is recorded in the report, never raised, so one exchange that is
down cannot stop the others from being cancelled. Transient faults (network, 5xx, rate limits)
are retried by the client under the runtime's policy (``max_retries``).

Reading the answers is generic over the generated response models (no exchange names): every
record that carries an order id is an order, and it failed when it sits in a list named like a
failure list (Bitget ``failureList``), carries a non-success ``code`` (HTX per-order codes), a
``status`` of FAILED (BingX), ``succeeded: false`` or an error message/label (Gate).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .. import errors
from ._accounts import Account, Call, method_of, plan_cancel, workers

__all__ = ["CallResult", "OrderFailure", "PanicReport", "apanic", "panic", "read_cancel_result"]

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
class CallResult:
    """The outcome of one cancel-all call (one account, endpoint, market).

    ``status``: ``"ok"`` (every order the exchange reported was cancelled, or there was none:
    ``NothingToCancelError`` counts as success with zero orders), ``"partial"`` (some orders
    failed: ``failed``) or ``"error"`` (the call itself failed after the retries: ``error``).
    ``still_open`` lists the orders known to be open afterwards (the failed ones); ``None``
    when unknown, because the call failed.
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

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def still_open(self) -> tuple[str, ...] | None:
        if self.status == "error":
            return None
        return tuple(f.order_id for f in self.failed)

    @property
    def error_text(self) -> str | None:
        if self.error is None:
            return None
        return f"{type(self.error).__name__}: {self.error}"

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
            "failed": [f.to_json() for f in self.failed],
            "still_open": None if still is None else list(still),
            "error": self.error_text,
            "error_type": None if self.error is None else type(self.error).__name__,
            "elapsed_s": round(self.elapsed, 6),
            "nothing_to_cancel": self.nothing_to_cancel,
        }


@dataclass(frozen=True)
class PanicReport:
    """Every call's result, in the order the calls were planned, and the total wall time."""

    results: tuple[CallResult, ...]
    elapsed: float
    started_at: float = field(default=0.0)  # epoch seconds

    @property
    def ok(self) -> bool:
        """True when every call succeeded and no order failed to cancel."""
        return all(r.ok for r in self.results)

    @property
    def cancelled(self) -> int:
        return sum(len(r.cancelled) for r in self.results)

    @property
    def failures(self) -> tuple[OrderFailure, ...]:
        return tuple(f for r in self.results for f in r.failed)

    @property
    def errors(self) -> tuple[CallResult, ...]:
        return tuple(r for r in self.results if r.status == "error")

    def by_exchange(self) -> dict[str, list[CallResult]]:
        out: dict[str, list[CallResult]] = {}
        for r in self.results:
            out.setdefault(r.exchange, []).append(r)
        return out

    def summary(self) -> str:
        failed = len(self.failures)
        return (
            f"{'OK' if self.ok else 'INCOMPLETE'}: {self.cancelled} orders cancelled, {failed} "
            f"failed, {len(self.errors)} of {len(self.results)} calls failed, "
            f"{self.elapsed * 1000:.0f} ms"
        )

    def lines(self) -> list[str]:
        """One plain-text line per call (the CLI draws a table instead)."""
        out = []
        for r in self.results:
            where = f"{r.exchange}:{r.label} {r.operation}" + (f" [{r.market}]" if r.market else "")
            text = f"{where}: {r.status}, {len(r.cancelled)} cancelled"
            if r.nothing_to_cancel:
                text += " (nothing to cancel)"
            if r.failed:
                text += ", failed: " + "; ".join(f"{f.order_id} ({f.reason})" for f in r.failed)
            if r.error is not None:
                text += f", error: {r.error_text}"
            out.append(f"{text} in {r.elapsed * 1000:.0f} ms")
        return out

    def __str__(self) -> str:
        return "\n".join([*self.lines(), self.summary()])

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "cancelled": self.cancelled,
            "elapsed_s": round(self.elapsed, 6),
            "results": [r.to_json() for r in self.results],
        }


# --------------------------------------------------------------------------------------------
# Reading a cancel-all answer


def _dump(result: object) -> object:
    dump = getattr(result, "model_dump", None)
    return dump(mode="json") if callable(dump) else result


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
            _walk(value, in_failure_list or "fail" in str(key).lower(), out)
    elif isinstance(data, list):
        for item in data:
            _walk(item, in_failure_list, out)


def read_cancel_result(result: object) -> tuple[tuple[str, ...], tuple[OrderFailure, ...]]:
    """(cancelled ids, failures) of a cancel-all response model (or its plain data)."""
    out: tuple[list[str], list[OrderFailure]] = ([], [])
    _walk(_dump(result), False, out)
    return tuple(out[0]), tuple(out[1])


# --------------------------------------------------------------------------------------------
# Running the calls


def _options(max_retries: int | None, request_timeout: float | None) -> dict[str, object]:
    options: dict[str, object] = {}
    if max_retries is not None:
        options["max_retries"] = max_retries
    if request_timeout is not None:
        options["request_timeout"] = request_timeout
    return options


def _result(call: Call, started: float, answer: object) -> CallResult:
    account = call.account
    elapsed = time.perf_counter() - started
    base = {
        "exchange": account.exchange,
        "label": account.label,
        "operation": call.operation,
        "market": call.market,
        "kwargs": call.kwargs,
        "elapsed": elapsed,
    }
    if isinstance(answer, errors.NothingToCancelError):
        return CallResult(status="ok", nothing_to_cancel=True, **base)  # type: ignore[arg-type]
    if isinstance(answer, Exception):
        return CallResult(status="error", error=answer, **base)  # type: ignore[arg-type]
    cancelled, failed = read_cancel_result(answer)
    status: Literal["ok", "partial"] = "partial" if failed else "ok"
    return CallResult(status=status, cancelled=cancelled, failed=failed, **base)  # type: ignore[arg-type]


def _check(accounts: Sequence[Account], want_async: bool) -> list[Call]:
    for account in accounts:
        if account.client is None:
            raise errors.ConfigurationError(
                f"account {account.name} has no client", argument="client"
            )
        if account.is_async != want_async:
            kind = "an async" if want_async else "a sync"
            fn = "apanic" if want_async else "panic"
            raise errors.ConfigurationError(
                f"account {account.name}: {fn}() needs {kind} client, got {account.client!r}",
                argument="client",
            )
    return plan_cancel(accounts)


def _run_sync(call: Call, options: Mapping[str, object]) -> CallResult:
    started = time.perf_counter()
    assert call.account.client is not None
    try:
        answer = method_of(call.account.client, call.spec.group, call.spec.method)(
            **call.kwargs, **options
        )
    except Exception as exc:  # recorded, never raised: the other calls must go on
        return _result(call, started, exc)
    return _result(call, started, answer)


async def _run_async(call: Call, options: Mapping[str, object]) -> CallResult:
    started = time.perf_counter()
    assert call.account.client is not None
    try:
        answer = await method_of(call.account.client, call.spec.group, call.spec.method)(
            **call.kwargs, **options
        )
    except Exception as exc:  # recorded, never raised: the other calls must go on
        return _result(call, started, exc)
    return _result(call, started, answer)


def panic(
    accounts: Sequence[Account],
    *,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> PanicReport:
    """Cancel all open orders on every account and market, concurrently (a thread per call).

    Never raises for an exchange's failure: the report says, per call, what was cancelled,
    what failed and why, and what is known to be still open. ``max_retries`` and
    ``request_timeout`` override the clients' own per call. Raises ``ConfigurationError``
    before any call when an account is misconfigured (no client, an async client, a missing
    account parameter).
    """
    calls = _check(accounts, want_async=False)
    options = _options(max_retries, request_timeout)
    wall, started = time.time(), time.perf_counter()
    results = list(workers().map(lambda c: _run_sync(c, options), calls))
    return PanicReport(tuple(results), time.perf_counter() - started, wall)


async def apanic(
    accounts: Sequence[Account],
    *,
    max_retries: int | None = None,
    request_timeout: float | None = None,
) -> PanicReport:
    """``panic`` for async clients: one task per call, all awaited together."""
    calls = _check(accounts, want_async=True)
    options = _options(max_retries, request_timeout)
    wall, started = time.time(), time.perf_counter()
    results = await asyncio.gather(*(_run_async(c, options) for c in calls))
    return PanicReport(tuple(results), time.perf_counter() - started, wall)
