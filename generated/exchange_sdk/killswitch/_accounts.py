"""Accounts (what to protect) and the calls the kill switch makes for them.

Which endpoint to call comes only from the generated tables (``exchange_sdk._killswitch_specs``:
``CANCEL_ALL``, ``OPEN_ORDERS``, ``COUNTDOWNS``, ``ACCOUNT_MODES``, rendered from each spec's
``killswitch:`` section); nothing here knows an exchange by name. Planning checks everything
it can before a call is made: markets given for an endpoint without a market filter, account
parameters that no endpoint takes or that are missing, an account mode the exchange does not
serve. The arguments' values are checked by the generated methods (``_preflight``).
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import errors

if TYPE_CHECKING:
    from .._runtime.client import AsyncClient, SyncClient
    from .._runtime.killswitch_spec import (
        AccountModeSpec,
        CancelAllSpec,
        CountdownSpec,
        MarketsSpec,
        OpenOrdersSpec,
    )
    from .._runtime.spec import ExchangeInfo
    from ._deadline import Deadline

__all__ = [
    "Account",
    "Call",
    "Listing",
    "MarketsListing",
    "account_kwargs",
    "account_params",
    "build_client",
    "cancel_specs",
    "clients_of",
    "countdown_specs",
    "exchange_info",
    "groups_for",
    "groups_of",
    "known_exchanges",
    "method_of",
    "modes_of",
    "of_groups",
    "page_call",
    "plan_cancel",
    "plan_listing",
]


def _snake(name: str) -> str:
    """``productType`` -> ``product_type`` (wire names are accepted for account parameters)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


@dataclass(frozen=True)
class Account:
    """One exchange account the kill switch protects.

    ``exchange`` is an exchange id of the specs (``exchange_sdk._killswitch_specs.EXCHANGES``);
    ``client`` a generated client of that exchange (sync for ``panic``/``DeadMansSwitch``,
    async for ``apanic``/``AsyncDeadMansSwitch``; ``None`` is enough to plan). ``markets``
    narrows the cancels, listings and countdowns to these markets, in the exchange's own format
    (its market param's pattern, e.g. ``BTC-USDT`` or ``BTC_USDT``); empty means the whole
    account. An exchange whose cancel-all endpoint has no market filter refuses ``markets``.
    ``params`` supplies the account parameters its endpoints need (the specs' ``account_params``:
    a product type, a category, a settle coin...), by keyword or wire name (``product_type`` or
    ``productType``); a list or tuple means one call per value; unknown names are refused. A
    parameter that depends on another (the specs' ``account_param_rules``: a settle coin
    on the category) may be a mapping from that one's values (``{"linear": ["USDT", "USDC"],
    "inverse": ["BTC"]}``), and is not sent where the spec says so (no settle coin for spot).
    ``timeout`` overrides the dead-man's switch countdown (seconds). ``account_mode`` picks the
    endpoints of an exchange that serves account modes through different endpoints (the specs'
    ``account_mode`` values, e.g. ``"multi-asset"``); None: the only mode, or (where a spec
    says how) the exchange is asked. ``groups`` picks the exchange's markets by the specs' group
    names (``("spot",)``, ``("swap",)``, ``("futures",)``...): only their endpoints are
    cancelled, listed and armed; empty means every group of the exchange (a key without one
    market's permission then fails that market's calls).
    """

    exchange: str
    client: SyncClient | AsyncClient | None = None
    label: str = "default"
    markets: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=dict)
    timeout: float | None = None
    account_mode: str | None = None
    groups: tuple[str, ...] = ()

    def _strings(self, name: str) -> None:
        """Make the field ``name`` a tuple of strings (a lone string is one item, not its
        characters), or say what it is instead."""
        value: object = getattr(self, name)
        if isinstance(value, str):
            value = (value,)
        if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
            raise errors.ConfigurationError(
                f"account {self.name}: {name} must be a list of strings, got {value!r}",
                argument=name,
            )
        object.__setattr__(self, name, tuple(value))

    def __post_init__(self) -> None:
        exchange_info(self.exchange)  # an id of the specs, else the error lists them
        self._strings("groups")
        served = groups_of(self.exchange)
        unknown = [g for g in self.groups if g not in served]
        if unknown:
            raise errors.ConfigurationError(
                f"account {self.name}: {self.exchange} has no kill-switch group "
                f"{', '.join(map(repr, unknown))}; groups: {', '.join(served)}",
                argument="groups",
            )
        self._strings("markets")
        if not isinstance(self.params, Mapping):
            raise errors.ConfigurationError(
                f"account {self.name}: params must be a mapping, got {self.params!r}",
                argument="params",
            )
        object.__setattr__(self, "params", {_snake(str(k)): v for k, v in self.params.items()})
        if self.client is not None:
            info: ExchangeInfo | None = getattr(self.client, "_info", None)
            if info is None:
                raise errors.ConfigurationError(
                    f"account {self.name}: client must be a generated client, got "
                    f"{type(self.client).__name__}",
                    argument="client",
                )
            if info.id != self.exchange:
                raise errors.ConfigurationError(
                    f"account {self.name}: the client is a {info.name} client "
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
        mode = f", account_mode={self.account_mode!r}" if self.account_mode else ""
        mode += f", groups={self.groups!r}" if self.groups else ""
        return (
            f"Account(exchange={self.exchange!r}, label={self.label!r}, markets={self.markets!r}, "
            f"params={dict(self.params)!r}{mode}, client={self.client!r})"
        )


@dataclass(frozen=True)
class Listing:
    """One open-orders listing: the endpoint (``OPEN_ORDERS``), its arguments, and the market
    to keep when the endpoint cannot filter by market itself.

    ``lists_markets``: the endpoint needs a market and none is configured: the markets that
    have open orders are listed first (``markets_listing()``, the spec's ``MarketsSpec``), then
    this listing runs once per market found (``for_market``)."""

    account: Account
    spec: OpenOrdersSpec
    market: str | None
    kwargs: Mapping[str, object]

    @property
    def operation(self) -> str:
        return f"{self.spec.group}.{self.spec.method}"

    @property
    def lists_markets(self) -> bool:
        return (
            self.market is None and self.spec.markets is not None and bool(self.spec.market_kwarg)
        )

    @property
    def needs_markets(self) -> bool:
        """The endpoint takes one market a call, the exchange says no listing of markets, and
        the account names none: nothing can be listed (``unlistable()`` says why)."""
        return self.market is None and self.spec.market_required and self.spec.markets is None

    def unlistable(self) -> errors.ConfigurationError:
        """Why a listing that ``needs_markets`` is not sent: the error its result carries."""
        return errors.ConfigurationError(
            f"account {self.account.name}: {self.operation} lists one {self.spec.market_kwarg} "
            f"a call ({self.account.exchange} requires it) and the account names no markets, "
            "so what it lists cannot be listed or proven cancelled: name the account's markets",
            argument="markets",
        )

    def markets_listing(self) -> MarketsListing:
        assert self.spec.markets is not None
        return MarketsListing(self.account, self.spec.markets, dict(self.spec.markets.params))

    def sweeps(self) -> list[dict[str, object]]:
        """The arguments of each listing this one is made of: one per combination of the
        values of the spec's list-valued fixed params (a listing that takes one order type a
        call: one listing per type), else just ``kwargs``."""
        swept = {k: v for k, v in self.spec.params.items() if isinstance(v, list | tuple)}
        return [{**self.kwargs, **combo} for combo in _expand(swept)]

    def for_market(self, market: str) -> Listing:
        """This listing narrowed to one market (a market the markets listing found)."""
        assert self.spec.market_kwarg is not None
        return Listing(
            self.account, self.spec, market, {**self.kwargs, self.spec.market_kwarg: market}
        )

    @property
    def filter_market(self) -> str | None:
        """The market to keep from the answer (the endpoint has no market param)."""
        return self.market if self.spec.market_kwarg is None else None

    def describe(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        keep = f" keeping {self.filter_market}" if self.filter_market else ""
        if self.lists_markets:
            keep = f" for each {self.spec.market_kwarg} {self.markets_listing().operation} lists"
        for name, values in self.spec.params.items():
            if isinstance(values, list | tuple):
                keep += f" for each {name} in {', '.join(map(repr, values))}"
        return f"{self.account.name} {self.operation}({args}){keep}"


@dataclass(frozen=True)
class MarketsListing:
    """The call that lists the markets that still have open orders (``MarketsSpec``), the
    first step of a ``Listing`` that ``lists_markets``."""

    account: Account
    spec: MarketsSpec
    kwargs: Mapping[str, object]

    @property
    def operation(self) -> str:
        return self.spec.operation


@dataclass(frozen=True)
class Call:
    """One cancel-all call: an account, the endpoint (from ``CANCEL_ALL``), its arguments, and
    the listing that proves what it left open (None: the exchange has no listing specified).

    ``discover``: the endpoint cancels one market at a time and the account names none: the
    listing runs first and the cancel is sent once per market it finds. A batch cancel
    (``spec.batch``) always lists first and cancels the orders found by id, a batch a call.

    ``sweep``: the spec's list-valued fixed params this call sends (those its account rules do
    not leave out): the cancel is sent once per combination of their values (``sweeps()``),
    one scope proven by one listing (an endpoint that cancels one kind of order a request).
    """

    account: Account
    spec: CancelAllSpec
    market: str | None
    kwargs: Mapping[str, object]
    listing: Listing | None = None
    discover: bool = False
    sweep: Mapping[str, tuple[object, ...]] = field(default_factory=dict)

    @property
    def operation(self) -> str:
        return f"{self.spec.group}.{self.spec.method}"

    def sweeps(self) -> list[dict[str, object]]:
        """The arguments of each cancel request this call is made of: one per combination of
        the values of ``sweep``, else just ``kwargs``."""
        return [{**self.kwargs, **combo} for combo in _expand(self.sweep)]

    def describe(self) -> str:
        """``ex:main spot.cancel_open_orders(symbol='BTC-USDT')``: what ``--dry-run`` prints."""
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        each = f" for each {self.spec.market_kwarg} listed" if self.discover else ""
        if self.spec.batch is not None and self.listing is not None:
            each = f" for the orders {self.listing.operation} lists, {self.spec.batch.size} a call"
        for name, values in self.sweep.items():
            each += f" for each {name} in {', '.join(map(str, values))}"
        return f"{self.account.name} {self.operation}({args}){each}"


ANY_MODE = "*"
"""An account mode the exchange could not be asked for: the endpoints of every mode apply."""


def _tables() -> Any:
    from .. import _killswitch_specs

    return _killswitch_specs


def modes_of(exchange: str) -> tuple[str, ...]:
    """The account modes an exchange's kill-switch endpoints serve (empty: one mode only)."""
    t = _tables()
    specs = [
        *t.CANCEL_ALL.get(exchange, ()),
        *t.OPEN_ORDERS.get(exchange, ()),
        *t.COUNTDOWNS.get(exchange, ()),
    ]
    return tuple(sorted({s.mode for s in specs if s.mode is not None}))


def groups_of(exchange: str) -> tuple[str, ...]:
    """The spec groups (markets) an exchange's kill-switch endpoints belong to."""
    t = _tables()
    specs = [
        *t.CANCEL_ALL.get(exchange, ()),
        *t.OPEN_ORDERS.get(exchange, ()),
        *t.COUNTDOWNS.get(exchange, ()),
    ]
    return tuple(sorted({s.group for s in specs}))


def groups_for(account: Account) -> tuple[str, ...]:
    """The groups an account protects: the ones it names; else every group of its exchange
    except those whose endpoints need an account parameter it does not give (a futures market
    chosen by a settle currency is covered once the account says which), unless that would
    leave none (then the missing parameter is reported as usual)."""
    if account.groups:
        return account.groups
    t = _tables()
    specs = [
        *t.CANCEL_ALL.get(account.exchange, ()),
        *t.OPEN_ORDERS.get(account.exchange, ()),
        *t.COUNTDOWNS.get(account.exchange, ()),
    ]
    every = tuple(sorted({s.group for s in specs}))
    lacking = {
        s.group
        for s in specs
        if any(k not in account.params and k not in _ruled(s) for k in s.account_kwargs)
    }
    given = tuple(g for g in every if g not in lacking)
    return given or every


def of_groups(account: Account, specs: tuple[Any, ...]) -> tuple[Any, ...]:
    """The endpoints of ``specs`` in the groups the account protects (``groups_for``)."""
    groups = groups_for(account)
    return tuple(s for s in specs if s.group in groups)


def account_mode_specs(exchange: str) -> tuple[AccountModeSpec, ...]:
    specs: tuple[AccountModeSpec, ...] = _tables().ACCOUNT_MODES.get(exchange, ())
    return specs


def _check_mode(account: Account, mode: str | None) -> None:
    modes = modes_of(account.exchange)
    if mode == ANY_MODE and modes:
        return
    if mode is None and modes:
        raise errors.ConfigurationError(
            f"account {account.name}: {account.exchange} serves accounts of modes "
            f"{', '.join(modes)} through different endpoints; set account_mode",
            argument="account_mode",
        )
    if mode is not None and mode not in modes:
        allowed = ", ".join(modes) if modes else "none (omit account_mode)"
        raise errors.ConfigurationError(
            f"account {account.name}: account_mode {mode!r} is not one {account.exchange} "
            f"serves; modes: {allowed}",
            argument="account_mode",
        )


def _of_mode(specs: tuple[Any, ...], mode: str | None) -> tuple[Any, ...]:
    return tuple(s for s in specs if s.mode is None or mode == ANY_MODE or s.mode == mode)


def cancel_specs(exchange: str, mode: str | None = None) -> tuple[CancelAllSpec, ...]:
    table = _tables().CANCEL_ALL
    specs = table.get(exchange)
    if not specs:
        known = ", ".join(sorted(table))
        raise errors.ConfigurationError(
            f"no cancel-all endpoint is specified for exchange {exchange!r}; specified: {known}"
        )
    return _of_mode(specs, mode)


def listing_specs(exchange: str, mode: str | None = None) -> tuple[OpenOrdersSpec, ...]:
    return _of_mode(_tables().OPEN_ORDERS.get(exchange, ()), mode)


def countdown_specs(exchange: str, mode: str | None = None) -> tuple[CountdownSpec, ...]:
    """The exchange's native dead-man's switches for accounts of ``mode`` (empty: it needs the
    watchdog)."""
    return _of_mode(_tables().COUNTDOWNS.get(exchange, ()), mode)


def account_params(exchange: str) -> tuple[str, ...]:
    """Every account parameter (keyword name) the exchange's kill-switch endpoints take."""
    t = _tables()
    specs = [
        *t.CANCEL_ALL.get(exchange, ()),
        *t.OPEN_ORDERS.get(exchange, ()),
        *t.COUNTDOWNS.get(exchange, ()),
    ]
    return tuple(sorted({k for s in specs for k in s.account_kwargs}))


def _expand(values: Mapping[str, object]) -> list[dict[str, object]]:
    """``{"a": [1, 2], "b": 3}`` -> ``[{"a": 1, "b": 3}, {"a": 2, "b": 3}]`` (sorted keys)."""
    keys = sorted(values)
    options = [
        list(values[k]) if isinstance(values[k], list | tuple) else [values[k]]  # type: ignore[call-overload]
        for k in keys
    ]
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*options)]


Rules = tuple[tuple[str, str, tuple[str, ...]], ...]


def _ruled(spec: object) -> set[str]:
    """The account keywords of ``spec`` that depend on another (its ``account_rules``)."""
    rules: Rules = getattr(spec, "account_rules", ())
    return {name for name, _, _ in rules}


def _omitted(name: str, values: Mapping[str, object], rules: Rules) -> bool:
    """``name`` is not sent with ``values``: a rule leaves it out for the value they hold."""
    return any(
        rule == name and per in values and str(values[per]) in not_for
        for rule, per, not_for in rules
    )


def _check_value(account: Account, name: str, value: object, where: str = "") -> None:
    if isinstance(value, list | tuple) and not value:
        raise errors.ConfigurationError(
            f"account {account.name}: params.{name}{where} is an empty list", argument=name
        )
    if isinstance(value, Mapping):
        raise errors.ConfigurationError(
            f"account {account.name}: params.{name}{where} is a table, but {account.exchange} "
            f"takes one {name} for all calls (a value or a list)",
            argument=name,
        )


def _missing(
    account: Account, names: Sequence[str], why: str = "", also: str = ""
) -> errors.ConfigurationError:
    return errors.ConfigurationError(
        f"account {account.name}: the {account.exchange} kill switch needs account "
        f"parameter(s) {', '.join(names)}{why} (params = {{{names[0]} = ...}} in the config)"
        + also,
        argument=names[0],
    )


def account_kwargs(
    account: Account, names: Sequence[str], rules: Rules = ()
) -> list[dict[str, object]]:
    """Every combination of the account parameters ``names`` (one call each). A name with a
    rule ``(name, per, not_for)`` is taken per value of ``per``: left out where that value is
    in ``not_for``, else the account's value, or its entry for that value when a mapping."""
    dependent = {r[0]: r for r in rules if r[0] in names and r[1] in names and r[1] != r[0]}
    plain = [n for n in names if n not in dependent]
    missing = [n for n in plain if n not in account.params]
    if missing:  # name what depends on them too, so that one round of fixes is enough
        also = "".join(
            f"; {name} is needed too, per {per}"
            + (f" (not for {', '.join(not_for)})" if not_for else "")
            for name, (_, per, not_for) in sorted(dependent.items())
            if per in missing
        )
        raise _missing(account, missing, also=also)
    for name in plain:
        _check_value(account, name, account.params[name])
    out: list[dict[str, object]] = []
    for combo in _expand({n: account.params[n] for n in plain}):
        extra: dict[str, object] = {}
        for name, (_, per, _not_for) in sorted(dependent.items()):
            if _omitted(name, combo, rules):
                continue
            where = f" for {per} {combo[per]!r}"
            if name not in account.params:
                raise _missing(account, [name], where)
            value = account.params[name]
            if isinstance(value, Mapping):
                if combo[per] not in value:
                    raise errors.ConfigurationError(
                        f"account {account.name}: params.{name} has no entry for {per} "
                        f"{combo[per]!r} (it has {', '.join(map(repr, value))})",
                        argument=name,
                    )
                value = value[combo[per]]
            _check_value(account, name, value, where)
            extra[name] = value
        for more in _expand(extra):
            out.append(dict(sorted({**combo, **more}.items())))
    return out


def check_account(account: Account, mode: str | None) -> None:
    """What planning refuses before anything is sent, for one account (``ConfigurationError``):
    an unknown account mode, unknown account parameters, markets for an endpoint that cannot
    narrow to a market."""
    _check_mode(account, mode)
    known = account_params(account.exchange)
    unknown = sorted(set(account.params) - set(known))
    if unknown:
        accepted = ", ".join(known) if known else "none"
        raise errors.ConfigurationError(
            f"account {account.name}: unknown account parameter(s) {', '.join(unknown)}; "
            f"the {account.exchange} kill switch takes: {accepted}",
            argument=unknown[0],
        )
    if account.markets:
        for spec in of_groups(account, cancel_specs(account.exchange, mode)):
            if spec.market_kwarg is None and spec.batch is None:
                takes = ", ".join(spec.account_kwargs) or "no parameter"
                raise errors.ConfigurationError(
                    f"account {account.name}: markets = {list(account.markets)} but "
                    f"{account.exchange} {spec.group}.{spec.method} cannot cancel by market: it "
                    f"cancels every order of the account (narrowed by params: {takes}); "
                    "remove markets",
                    argument="markets",
                )
        empty = [m for m in account.markets if not m.strip()]
        if empty:
            raise errors.ConfigurationError(
                f"account {account.name}: markets holds an empty name", argument="markets"
            )


def _listing_for(account: Account, spec: CancelAllSpec) -> OpenOrdersSpec | None:
    """The listing that proves a cancel: the one it names, else the only one of its mode and
    group (a listing of another market, futures for a spot cancel, proves nothing)."""
    candidates = listing_specs(account.exchange, spec.mode)
    if spec.listed_by is not None:
        named = [c for c in candidates if f"{c.group}.{c.method}" == spec.listed_by]
        return named[0] if named else None
    same_group = [c for c in candidates if c.group == spec.group]
    return same_group[0] if len(same_group) == 1 else None


def plan_listing(
    account: Account,
    spec: OpenOrdersSpec,
    market: str | None,
    values: Mapping[str, object],
) -> Listing:
    # the fixed params the spec names (a list of values: one listing each, see Listing.sweeps)
    kwargs = {k: v for k, v in spec.params.items() if not isinstance(v, list | tuple)}
    if market is not None and spec.market_kwarg:
        kwargs[spec.market_kwarg] = market
    kwargs.update({k: values[k] for k in spec.account_kwargs if k in values})
    return Listing(account, spec, market, kwargs)


def plan_cancel(
    accounts: Sequence[Account], modes: Mapping[str, str | None] | None = None
) -> list[Call]:
    """Every cancel-all call for ``accounts``: per account, per endpoint of its exchange and
    mode, per market (when the endpoint takes one and markets are configured) and per
    combination of account parameters; each with the listing that proves it.

    ``modes`` maps an account's name to its mode where the exchange was asked; otherwise the
    account's own ``account_mode`` is used. Raises ``ConfigurationError`` for what cannot be
    right, before anything is sent.
    """
    if not accounts:
        raise errors.ConfigurationError("no accounts given: there is nothing to cancel")
    names = [a.name for a in accounts]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise errors.ConfigurationError(
            f"duplicate account(s) {', '.join(duplicates)}: give each a label", argument="label"
        )
    calls: list[Call] = []
    for account in accounts:
        mode = (modes or {}).get(account.name, account.account_mode)
        check_account(account, mode)
        for spec in of_groups(account, cancel_specs(account.exchange, mode)):
            narrows = spec.market_kwarg is not None or spec.batch is not None
            markets: list[str | None] = (
                list(account.markets) if narrows and account.markets else [None]
            )
            listing_spec = _listing_for(account, spec)
            discover = spec.market_required and not account.markets
            if spec.batch is not None and listing_spec is None:
                raise errors.ConfigurationError(
                    f"account {account.name}: {account.exchange} {spec.group}.{spec.method} "
                    "cancels listed orders by id and no listing is specified to find them"
                )
            if discover and listing_spec is None:
                raise errors.ConfigurationError(
                    f"account {account.name}: {account.exchange} {spec.group}.{spec.method} "
                    f"cancels one {spec.market_kwarg} at a time and no listing is specified to "
                    "find them: give the account's markets",
                    argument="markets",
                )
            for market in markets:
                for extra in account_kwargs(account, spec.account_kwargs, spec.account_rules):
                    # the spec's fixed params, but those a rule leaves out for these account
                    # values; a list of values is one cancel request per value (Call.sweeps)
                    fixed = {
                        k: v
                        for k, v in spec.params.items()
                        if not _omitted(k, extra, spec.account_rules)
                    }
                    kwargs: dict[str, object] = {
                        k: v for k, v in fixed.items() if not isinstance(v, list | tuple)
                    }
                    sweep = {k: tuple(v) for k, v in fixed.items() if isinstance(v, list | tuple)}
                    if market is not None and spec.market_kwarg is not None:
                        kwargs[spec.market_kwarg] = market
                    kwargs.update(extra)
                    listing = None
                    if listing_spec is not None:
                        values = dict(extra)
                        for name in listing_spec.account_kwargs:
                            omitted = _omitted(name, values, listing_spec.account_rules)
                            if name not in values and not omitted:
                                values.update(account_kwargs(account, (name,))[0])
                        listing = plan_listing(account, listing_spec, market, values)
                    calls.append(Call(account, spec, market, kwargs, listing, discover, sweep))
    return calls


def plan_listings(
    accounts: Sequence[Account], modes: Mapping[str, str | None] | None = None
) -> list[Listing]:
    """Every open-orders listing for ``accounts`` (per account, mode, market and combination of
    account parameters), for ``open_orders()``."""
    if not accounts:
        raise errors.ConfigurationError("no accounts given: there is nothing to list")
    out: list[Listing] = []
    for account in accounts:
        mode = (modes or {}).get(account.name, account.account_mode)
        check_account(account, mode)
        specs = of_groups(account, listing_specs(account.exchange, mode))
        if not specs:
            raise errors.ConfigurationError(
                f"account {account.name}: no open-orders endpoint is specified for "
                f"{account.exchange}",
            )
        for spec in specs:
            markets: list[str | None] = list(account.markets) or [None]
            for market in markets:
                for values in account_kwargs(account, spec.account_kwargs, spec.account_rules):
                    out.append(plan_listing(account, spec, market, values))
    return out


def clients_of(accounts: Sequence[Account], fn: str, want_async: bool) -> list[Account]:
    """``accounts`` (or one ``Account``) as a list, each checked to be an ``Account`` with a
    client of the kind ``fn()`` (the caller's name, for the error) needs."""
    if isinstance(accounts, Account):
        accounts = [accounts]
    for account in accounts:
        if not isinstance(account, Account):
            raise errors.ConfigurationError(
                f"accounts must be Account objects, got {type(account).__name__}",
                argument="accounts",
            )
        if account.client is None:
            raise errors.ConfigurationError(
                f"account {account.name} has no client", argument="client"
            )
        if account.is_async != want_async:
            kind = "an async" if want_async else "a sync"
            raise errors.ConfigurationError(
                f"account {account.name}: {fn}() needs {kind} client, got {account.client!r}",
                argument="client",
            )
    return list(accounts)


def method_of(client: SyncClient | AsyncClient, group: str, method: str) -> Any:
    """``client.<group>.<method>``: the generated method (it validates every argument)."""
    return getattr(getattr(client, group), method)


def page_call(
    listing: Listing | MarketsListing, clock: Deadline, options: Mapping[str, object]
) -> Any:
    """The listing's method with the per-call ``options`` and the time ``clock`` leaves (a
    coroutine function for an async client): what ``list_pages`` calls for each page."""
    client = listing.account.client
    assert client is not None
    method = method_of(client, listing.spec.group, listing.spec.method)

    def page(**kwargs: object) -> object:
        return method(**kwargs, **clock.options(options, client.timeout))

    return page


def known_exchanges() -> tuple[str, ...]:
    """Every exchange id in the specs, sorted (the generated ``EXCHANGES``)."""
    known: tuple[str, ...] = _tables().EXCHANGES
    return known


def exchange_info(exchange: str) -> ExchangeInfo:
    """The generated ``EXCHANGE`` record of an exchange id; ``ConfigurationError`` listing the
    known ids for any other value."""
    known = known_exchanges()
    if not isinstance(exchange, str) or exchange not in known:
        raise errors.ConfigurationError(
            f"unknown exchange {exchange!r}; known: {', '.join(known)}", argument="exchange"
        )
    module = importlib.import_module(f"exchange_sdk.{exchange}._spec")
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
    transport: object = None,
) -> SyncClient | AsyncClient:
    """A generated client of ``exchange`` by id (its sync class, or the ``Async`` twin)."""
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
    if transport is not None:
        kwargs["transport"] = transport
    client: SyncClient | AsyncClient = cls(**kwargs)
    return client
