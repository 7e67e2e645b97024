"""Accounts (what to protect) and the calls the kill switch makes for them.

Which endpoint to call comes only from the generated tables (``exchange_sdk._killswitch_specs``:
``CANCEL_ALL`` and ``COUNTDOWNS``, rendered from each spec's ``killswitch:`` section); nothing
here knows an exchange by name.
"""

from __future__ import annotations

import importlib
import itertools
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import errors

if TYPE_CHECKING:
    from .._runtime.client import AsyncClient, SyncClient
    from .._runtime.killswitch_spec import CancelAllSpec, CountdownSpec
    from .._runtime.spec import ExchangeInfo

__all__ = [
    "Account",
    "Call",
    "build_client",
    "cancel_specs",
    "countdown_specs",
    "exchange_info",
    "method_of",
    "plan_cancel",
    "workers",
]

_WORKERS: ThreadPoolExecutor | None = None
_WORKERS_LOCK = threading.Lock()


def workers() -> ThreadPoolExecutor:
    """The threads that make the kill switch's sync calls, shared and never shut down.

    Why shared and long-lived: a sync client used from a thread that has since exited can
    crash the process (pyreqwest's default single-threaded runtime keeps per-thread state;
    seen as a segfault on the next call from another thread). Calls from these threads only
    never hit that, however often ``panic`` or a switch runs.
    """
    global _WORKERS
    with _WORKERS_LOCK:
        if _WORKERS is None:
            _WORKERS = ThreadPoolExecutor(64, thread_name_prefix="killswitch")
        return _WORKERS


@dataclass(frozen=True)
class Account:
    """One exchange account the kill switch protects.

    ``exchange`` is the exchange id (``"bingx"``, ``"htx"``, ``"bitget"``, ``"gate"``);
    ``client`` a generated client of that exchange (sync for ``panic``/``DeadMansSwitch``,
    async for ``apanic``/``AsyncDeadMansSwitch``; ``None`` is enough for a dry run).
    ``markets`` narrows the cancels and countdowns to these markets where the endpoint takes a
    market (BingX ``symbol``, Gate ``currency_pair``, HTX ``contract_code``); empty means the
    whole account. ``params`` supplies the account parameters an endpoint needs, by keyword
    argument name (Bitget ``product_type``); a list or tuple value means one call per value.
    ``timeout`` overrides the dead-man's switch countdown (seconds) for this account.
    """

    exchange: str
    client: SyncClient | AsyncClient | None = None
    label: str = "default"
    markets: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=dict)
    timeout: float | None = None

    def __post_init__(self) -> None:
        markets: object = self.markets  # a lone string is one market, not its characters
        object.__setattr__(
            self, "markets", (markets,) if isinstance(markets, str) else tuple(self.markets)
        )
        if self.client is not None:
            info: ExchangeInfo = self.client._info
            if info.id != self.exchange:
                raise errors.ConfigurationError(
                    f"account {self.exchange}:{self.label}: the client is a {info.name} client "
                    f"(exchange {info.id!r}), not {self.exchange!r}",
                    argument="client",
                )

    @property
    def name(self) -> str:
        """``exchange:label``, as reports and logs show the account."""
        return f"{self.exchange}:{self.label}"

    @property
    def is_async(self) -> bool:
        from .._runtime.client import AsyncClient

        return isinstance(self.client, AsyncClient)

    def __repr__(self) -> str:
        return (
            f"Account(exchange={self.exchange!r}, label={self.label!r}, markets={self.markets!r}, "
            f"params={dict(self.params)!r}, client={self.client!r})"
        )


@dataclass(frozen=True)
class Call:
    """One cancel-all call: an account, the endpoint (from ``CANCEL_ALL``) and its arguments."""

    account: Account
    spec: CancelAllSpec
    market: str | None
    kwargs: Mapping[str, object]

    @property
    def operation(self) -> str:
        return f"{self.spec.group}.{self.spec.method}"

    def describe(self) -> str:
        """``bingx:main spot.cancel_open_orders(symbol='BTC-USDT')``: what ``--dry-run`` prints."""
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        return f"{self.account.name} {self.operation}({args})"


def cancel_specs(exchange: str) -> tuple[CancelAllSpec, ...]:
    from .._killswitch_specs import CANCEL_ALL

    specs = CANCEL_ALL.get(exchange)
    if not specs:
        known = ", ".join(sorted(CANCEL_ALL))
        raise errors.ConfigurationError(
            f"no cancel-all endpoint is specified for exchange {exchange!r}; specified: {known}"
        )
    return specs


def countdown_specs(exchange: str) -> tuple[CountdownSpec, ...]:
    """The exchange's native dead-man's switches (empty: it needs the watchdog)."""
    from .._killswitch_specs import COUNTDOWNS

    return COUNTDOWNS.get(exchange, ())


def _expand(values: Mapping[str, object]) -> list[dict[str, object]]:
    """``{"a": [1, 2], "b": 3}`` -> ``[{"a": 1, "b": 3}, {"a": 2, "b": 3}]`` (sorted keys)."""
    keys = sorted(values)
    options = [
        list(values[k]) if isinstance(values[k], list | tuple) else [values[k]]  # type: ignore[call-overload]
        for k in keys
    ]
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*options)]


def account_kwargs(account: Account, names: Sequence[str]) -> list[dict[str, object]]:
    """Every combination of the account parameters ``names`` (one call each)."""
    missing = [n for n in names if n not in account.params]
    if missing:
        raise errors.ConfigurationError(
            f"account {account.name}: the {account.exchange} kill switch needs account "
            f"parameter(s) {', '.join(missing)} (params = {{{missing[0]} = ...}} in the config)",
            argument=missing[0],
        )
    return _expand({n: account.params[n] for n in names})


def plan_cancel(accounts: Sequence[Account]) -> list[Call]:
    """Every cancel-all call for ``accounts``: per account, per endpoint of its exchange, per
    market (when the endpoint takes one and markets are configured) and per combination of
    account parameters."""
    calls: list[Call] = []
    for account in accounts:
        for spec in cancel_specs(account.exchange):
            markets: list[str | None] = (
                list(account.markets) if spec.market_kwarg and account.markets else [None]
            )
            for market in markets:
                for extra in account_kwargs(account, spec.account_kwargs):
                    kwargs: dict[str, object] = {}
                    if market is not None and spec.market_kwarg:
                        kwargs[spec.market_kwarg] = market
                    kwargs.update(extra)
                    calls.append(Call(account, spec, market, kwargs))
    return calls


def method_of(client: SyncClient | AsyncClient, group: str, method: str) -> Any:
    """``client.<group>.<method>``: the generated method (it validates every argument)."""
    return getattr(getattr(client, group), method)


def exchange_info(exchange: str) -> ExchangeInfo:
    try:
        module = importlib.import_module(f"exchange_sdk.{exchange}._spec")
    except ImportError:
        raise errors.ConfigurationError(f"unknown exchange {exchange!r}") from None
    info: ExchangeInfo = module.EXCHANGE
    return info


def build_client(
    exchange: str,
    *,
    asynchronous: bool = False,
    api_key: str | None = None,
    api_secret: str | None = None,
    passphrase: str | None = None,
    base_url: str | None = None,
    timeout: float = 10.0,
    max_retries: int = 2,
) -> SyncClient | AsyncClient:
    """A generated client of ``exchange`` by id (``Gate``/``AsyncGate`` for ``"gate"``)."""
    info = exchange_info(exchange)
    module = importlib.import_module(f"exchange_sdk.{exchange}")
    cls = getattr(module, f"Async{info.name}" if asynchronous else info.name)
    kwargs: dict[str, object] = {
        "api_key": api_key,
        "api_secret": api_secret,
        "base_url": base_url,
        "timeout": timeout,
        "max_retries": max_retries,
    }
    if info.passphrase_env is not None:
        kwargs["passphrase"] = passphrase
    client: SyncClient | AsyncClient = cls(**kwargs)
    return client
