"""The accounts file of the command line (TOML): which accounts, where, and the names of the
environment variables that hold their secrets (the file never holds a secret itself).

::

    [heartbeat]                      # optional: defaults of `exchange-sdk heartbeat`
    timeout = 30                     # countdown, seconds
    on_exit = "disarm"               # or "leave"
    watchdog_timeout = 30            # exchanges without a native countdown

    [[account]]
    exchange = "..."                 # an exchange id of the specs (unknown: the error lists them)
    label = "main"
    api_key_env = "EX_MAIN_KEY"      # default: the exchange's own (from its spec's credentials)
    api_secret_env = "EX_MAIN_SECRET"
    passphrase_env = "EX_MAIN_PASS"  # only for exchanges whose spec has a passphrase
    markets = ["BTC-USDT", "ETH-USDT"]   # default: the whole account
    base_url = "http://127.0.0.1:8765"   # optional (e.g. the simulator)
    params = {product_type = ["USDT-FUTURES", "USDC-FUTURES"]}   # the spec's account_params
    account_mode = "multi-asset"     # where the specs split an exchange's endpoints by mode
    groups = ["swap"]                # the spec groups (markets) to protect; default: all of them

Every value is checked when the file is read (``ConfigurationError`` naming the file and the
account); what depends on the specs (an unknown account parameter, markets for an exchange that
cannot cancel by market, an account mode the exchange does not serve) too.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import errors
from ._accounts import Account, build_client, exchange_info, known_exchanges

__all__ = ["AccountConfig", "Config", "load_config"]

_ACCOUNT_KEYS = frozenset(
    {
        "exchange",
        "label",
        "base_url",
        "api_key_env",
        "api_secret_env",
        "passphrase_env",
        "markets",
        "params",
        "timeout",
        "request_timeout",
        "max_retries",
        "account_mode",
        "groups",
    }
)
_HEARTBEAT_KEYS = frozenset({"timeout", "on_exit", "watchdog_timeout", "interval"})


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class AccountConfig:
    """One ``[[account]]`` table; ``*_env`` name the variables holding the secrets."""

    exchange: str
    label: str
    api_key_env: str
    api_secret_env: str
    passphrase_env: str | None
    base_url: str | None = None
    markets: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=dict)
    timeout: float | None = None  # countdown override
    request_timeout: float = 10.0
    max_retries: int = 2
    account_mode: str | None = None
    groups: tuple[str, ...] = ()  # the spec groups (markets) to protect; empty: all

    @property
    def name(self) -> str:
        return f"{self.exchange}:{self.label}"

    def env_vars(self) -> tuple[tuple[str, str], ...]:
        """(what, variable) pairs: ``("api_key_env", "EX_MAIN_KEY")``."""
        pairs = [("api_key_env", self.api_key_env), ("api_secret_env", self.api_secret_env)]
        if self.passphrase_env is not None:
            pairs.append(("passphrase_env", self.passphrase_env))
        return tuple(pairs)

    def missing_env(self, environ: Mapping[str, str]) -> list[str]:
        return [f"{var} ({what})" for what, var in self.env_vars() if not environ.get(var)]

    def account(
        self,
        *,
        asynchronous: bool = False,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Account:
        """The ``Account`` with a client whose secrets come from the named variables."""
        env = os.environ if environ is None else environ
        missing = self.missing_env(env)
        if missing:
            raise errors.ConfigurationError(
                f"account {self.name}: environment variable {', '.join(missing)} is not set",
                env_var=missing[0].split(" ")[0],
            )
        try:
            client = build_client(
                self.exchange,
                asynchronous=asynchronous,
                api_key=env[self.api_key_env],
                api_secret=env[self.api_secret_env],
                passphrase=env[self.passphrase_env] if self.passphrase_env else None,
                base_url=base_url or self.base_url,
                timeout=self.request_timeout,
                max_retries=self.max_retries,
            )
        except errors.ConfigurationError as exc:  # say which account and variable
            var = {"api_key": self.api_key_env, "api_secret": self.api_secret_env}.get(
                exc.argument or ""
            )
            raise errors.ConfigurationError(
                f"account {self.name}: {exc}" + (f" (in {var})" if var else ""),
                argument=exc.argument,
                env_var=var,
            ) from None
        return self.dry_account(client)

    def dry_account(self, client: object = None) -> Account:
        """The ``Account`` without a client (enough to plan, e.g. ``panic --dry-run``)."""
        return Account(
            exchange=self.exchange,
            client=client,  # type: ignore[arg-type]
            label=self.label,
            markets=self.markets,
            params=self.params,
            timeout=self.timeout,
            account_mode=self.account_mode,
            groups=self.groups,
        )


@dataclass(frozen=True)
class Config:
    path: str
    accounts: tuple[AccountConfig, ...]
    timeout: float = 30.0
    on_exit: str = "disarm"
    watchdog_timeout: float | None = None
    interval: float | None = None

    def select_one(self, name: str, *, exchange: str | None = None) -> AccountConfig:
        """The one account named ``exchange:label`` or ``label`` (of ``exchange`` when given);
        a label several exchanges share is an error that names the choices."""
        matches = [
            a
            for a in self.accounts
            if name == a.name or (name == a.label and exchange in (None, a.exchange))
        ]
        if exchange is not None and matches and matches[0].exchange != exchange:
            raise errors.ConfigurationError(
                f"{self.path}: account {matches[0].name} is a {matches[0].exchange} account, "
                f"not {exchange}"
            )
        if len(matches) == 1:
            return matches[0]
        if not matches:
            known = ", ".join(a.name for a in self.accounts)
            raise errors.ConfigurationError(f"{self.path}: no account {name}; configured: {known}")
        choices = ", ".join(a.name for a in matches)
        raise errors.ConfigurationError(
            f"{self.path}: label {name!r} names several accounts ({choices}); give exchange:label"
        )

    def select(self, labels: Sequence[str]) -> tuple[AccountConfig, ...]:
        """The accounts named ``label`` or ``exchange:label`` (all when ``labels`` is empty)."""
        if not labels:
            return self.accounts
        chosen = [a for a in self.accounts if a.label in labels or a.name in labels]
        unknown = [n for n in labels if not any(n in (a.label, a.name) for a in self.accounts)]
        if unknown:
            known = ", ".join(a.name for a in self.accounts)
            raise errors.ConfigurationError(
                f"{self.path}: no account {', '.join(unknown)}; configured: {known}"
            )
        return tuple(chosen)

    def build(
        self,
        labels: Sequence[str] = (),
        *,
        asynchronous: bool = False,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> list[Account]:
        """Accounts with clients; every missing variable is named in one error."""
        chosen = self.select(labels)
        env = os.environ if environ is None else environ
        missing: dict[str, list[str]] = {}
        for a in chosen:
            for what, var in a.env_vars():
                if not env.get(var):
                    missing.setdefault(var, []).append(f"{a.name} {what}")
        if missing:
            text = "; ".join(f"{var} (for {', '.join(uses)})" for var, uses in missing.items())
            raise errors.ConfigurationError(
                f"{self.path}: environment variable(s) not set: {text}",
                env_var=next(iter(missing)),
            )
        return [
            a.account(asynchronous=asynchronous, base_url=base_url, environ=env) for a in chosen
        ]


def _fail(path: str, where: str, message: str) -> errors.ConfigurationError:
    return errors.ConfigurationError(f"{path}: {where}: {message}")


def _number(path: str, where: str, value: object, name: str, *, positive: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(path, where, f"{name} must be a number, got {value!r}")
    if positive and not value > 0:
        raise _fail(path, where, f"{name} must be > 0, got {value!r}")
    return float(value)


def _integer(path: str, where: str, value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(path, where, f"{name} must be a whole number >= 0, got {value!r}")
    return value


def _name(path: str, where: str, value: object, name: str) -> str:
    """A non-empty string without control characters (labels, markets, variable names)."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, where, f"{name} must be a non-empty string, got {value!r}")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise _fail(path, where, f"{name} must not hold control characters, got {value!r}")
    return value


def _account(path: str, index: int, raw: object) -> AccountConfig:
    from ._accounts import account_params, groups_of, modes_of

    where = f"account[{index}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "must be a table")
    unknown = sorted(set(raw) - _ACCOUNT_KEYS)
    if unknown:
        raise _fail(
            path,
            where,
            f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_ACCOUNT_KEYS))}",
        )
    exchange = raw.get("exchange")
    if not isinstance(exchange, str):
        raise _fail(path, where, f"exchange is required, one of: {', '.join(known_exchanges())}")
    try:
        info = exchange_info(exchange)
    except errors.ConfigurationError as exc:
        raise _fail(path, where, str(exc)) from None
    label = _name(path, where, raw.get("label", "default"), "label")
    where = f"account {exchange}:{label}"
    markets = raw.get("markets", [])
    if isinstance(markets, str):
        markets = [markets]
    if not isinstance(markets, list):
        raise _fail(path, where, "markets must be a list of strings")
    markets = [_name(path, where, m, "each market") for m in markets]
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _fail(path, where, "params must be a table")
    params = {_snake(str(k)): v for k, v in params.items()}
    known = account_params(exchange)
    bad = sorted(set(params) - set(known))
    if bad:
        takes = ", ".join(known) if known else "none"
        raise _fail(
            path, where, f"unknown params key(s) {', '.join(bad)}; {exchange} takes: {takes}"
        )
    for key in ("api_key_env", "api_secret_env", "passphrase_env", "base_url"):
        if key in raw:
            _name(path, where, raw[key], key)
    mode = raw.get("account_mode")
    if mode is not None:
        modes = modes_of(exchange)
        if mode not in modes:
            allowed = ", ".join(modes) if modes else "none: leave account_mode out"
            raise _fail(path, where, f"account_mode {mode!r} is not one of {allowed}")
    groups = raw.get("groups", [])
    if isinstance(groups, str):
        groups = [groups]
    if not isinstance(groups, list):
        raise _fail(path, where, "groups must be a list of strings")
    served = groups_of(exchange)
    for g in groups:
        if g not in served:
            raise _fail(
                path, where, f"groups: {g!r} is not one of {exchange}'s: {', '.join(served)}"
            )
    timeout = raw.get("timeout")
    return AccountConfig(
        exchange=exchange,
        label=label,
        api_key_env=str(raw.get("api_key_env", info.api_key_env)),
        api_secret_env=str(raw.get("api_secret_env", info.api_secret_env)),
        passphrase_env=(
            str(raw.get("passphrase_env", info.passphrase_env))
            if info.passphrase_env is not None
            else None
        ),
        base_url=raw.get("base_url"),
        markets=tuple(markets),
        params=params,
        timeout=None if timeout is None else _number(path, where, timeout, "timeout"),
        request_timeout=_number(path, where, raw.get("request_timeout", 10.0), "request_timeout"),
        max_retries=_integer(path, where, raw.get("max_retries", 2), "max_retries"),
        account_mode=mode,
        groups=tuple(str(g) for g in groups),
    )


def load_config(path: str | Path) -> Config:
    """Read and check an accounts file; ``ConfigurationError`` names the file and the key."""
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise errors.ConfigurationError(
            f"{name}: no such config file (give --config PATH or set EXCHANGE_SDK_CONFIG)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.ConfigurationError(f"{name}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise errors.ConfigurationError(f"{name}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"account", "heartbeat"})
    if unknown:
        raise errors.ConfigurationError(
            f"{name}: unknown table(s) {', '.join(unknown)}; known: [[account]], [heartbeat]"
        )
    raw_accounts = data.get("account", [])
    if not isinstance(raw_accounts, list) or not raw_accounts:
        raise errors.ConfigurationError(f"{name}: no [[account]] tables")
    accounts = tuple(_account(name, i, raw) for i, raw in enumerate(raw_accounts))
    names = [a.name for a in accounts]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise errors.ConfigurationError(
            f"{name}: duplicate account(s) {', '.join(duplicates)}: give each a label"
        )
    heartbeat = data.get("heartbeat", {})
    if not isinstance(heartbeat, dict):
        raise errors.ConfigurationError(f"{name}: [heartbeat] must be a table")
    bad = sorted(set(heartbeat) - _HEARTBEAT_KEYS)
    if bad:
        raise _fail(name, "[heartbeat]", f"unknown key(s) {', '.join(bad)}")
    on_exit = heartbeat.get("on_exit", "disarm")
    if on_exit not in ("disarm", "leave"):
        raise _fail(name, "[heartbeat]", f"on_exit must be 'disarm' or 'leave', got {on_exit!r}")
    wd = heartbeat.get("watchdog_timeout")
    interval = heartbeat.get("interval")
    return Config(
        path=name,
        accounts=accounts,
        timeout=_number(name, "[heartbeat]", heartbeat.get("timeout", 30.0), "timeout"),
        on_exit=on_exit,
        watchdog_timeout=None
        if wd is None
        else _number(name, "[heartbeat]", wd, "watchdog_timeout"),
        interval=None if interval is None else _number(name, "[heartbeat]", interval, "interval"),
    )
