"""Account modes: which endpoints serve an account on an exchange that splits them by mode.

Some exchanges serve accounts of different modes through different endpoints (e.g.
multi-asset accounts through one API version and single-asset ones through another:
``killswitch.account_mode`` in the specs). An ``Account`` may say its mode
(``account_mode="single-asset"``); otherwise the exchange is asked, where a spec says how
(``ACCOUNT_MODES``: an endpoint with the ``account_mode`` role). The answer is remembered per client. When
the exchange cannot be asked (no such endpoint, or the call fails), the mode stays unknown
(``ANY_MODE``): a panic then sends the cancels of every mode (the wrong ones fail, the right
one cancels), and the dead-man's switch protects the account with the watchdog, whose panic
does the same.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from ._accounts import ANY_MODE, Account, account_mode_specs, method_of, modes_of
from ._orders import payload
from ._workers import submit

__all__ = ["ANY_MODE", "adetect_modes", "detect_modes", "needs_mode"]

_KNOWN: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _renew_lock_in_child() -> None:  # another thread may have held it at the fork
    global _LOCK
    _LOCK = threading.Lock()


os.register_at_fork(after_in_child=_renew_lock_in_child)


def needs_mode(account: Account) -> bool:
    """The exchange splits endpoints by mode and the account does not say its own."""
    return account.account_mode is None and bool(modes_of(account.exchange))


def _remembered(account: Account) -> str | None:
    with _LOCK:
        return _KNOWN.get(account.client) if account.client is not None else None


def _read(account: Account, answer: object) -> str:
    for spec in account_mode_specs(account.exchange):
        data = payload(answer)
        if isinstance(data, Mapping):
            mode = spec.modes.get(str(data.get(spec.field)))
            if mode is not None:
                with _LOCK:
                    _KNOWN[account.client] = mode
                return mode
    return ANY_MODE


def _call(account: Account) -> Any:
    (spec,) = account_mode_specs(account.exchange)[:1]
    assert account.client is not None
    return method_of(account.client, spec.group, spec.method)


def _to_ask(accounts: Sequence[Account]) -> tuple[dict[str, str], list[Account]]:
    """The modes known without asking (remembered, or ``ANY_MODE`` where the exchange has no
    way to tell), and the accounts whose mode must be asked of the exchange."""
    out: dict[str, str] = {}
    ask: list[Account] = []
    for account in accounts:
        if not needs_mode(account):
            continue
        known = _remembered(account)
        if known is not None:
            out[account.name] = known
        elif account.client is None or not account_mode_specs(account.exchange):
            out[account.name] = ANY_MODE
        else:
            ask.append(account)
    return out, ask


def detect_modes(accounts: Sequence[Account], timeout: float) -> dict[str, str]:
    """The mode of every account that needs one, by account name (sync clients); asked of the
    exchanges at once, ``ANY_MODE`` where that fails or takes longer than ``timeout``."""
    out, ask = _to_ask(accounts)
    asks: dict[concurrent.futures.Future[object], Account] = {}
    for account in ask:
        method = _call(account)
        asks[submit(lambda m=method: m(deadline=timeout, max_retries=1))] = account  # type: ignore[misc]
    done, _ = concurrent.futures.wait(asks, timeout=timeout)
    for future, account in asks.items():
        answer = future.result() if future in done and future.exception() is None else None
        out[account.name] = ANY_MODE if answer is None else _read(account, answer)
    return out


async def adetect_modes(accounts: Sequence[Account], timeout: float) -> dict[str, str]:
    """``detect_modes`` for async clients."""
    out, ask = _to_ask(accounts)
    asks: dict[asyncio.Task[object], Account] = {}
    for account in ask:
        method = _call(account)
        asks[asyncio.ensure_future(method(deadline=timeout, max_retries=1))] = account
    if asks:
        done, pending = await asyncio.wait(asks, timeout=timeout)
        for task in pending:
            task.cancel()
        for task, account in asks.items():
            ok = task in done and not task.cancelled() and task.exception() is None
            out[account.name] = _read(account, task.result()) if ok else ANY_MODE
    return out
