"""Checking every call exactly as the real one would be checked, without sending it.

The generated methods validate their arguments (types, enums, ranges, market patterns) before
anything goes out. ``preflight`` runs each planned call through the same method of a *shadow*
client of the same exchange and base URL whose transport stops the request at the door: the
arguments are validated and the request is built and signed exactly as it would be, then
nothing is sent. A panic does this for every call before sending the first, so a market in
the wrong format refuses the whole panic up front (nothing sent) instead of failing one call
among many; ``panic --dry-run`` shows the method, host and path each call would use.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from .. import errors
from ._accounts import Call, Listing, MarketsListing, build_client, method_of

if TYPE_CHECKING:
    from .._runtime.client import SyncClient
    from .._runtime.messages import HttpRequest, HttpResponse

__all__ = ["Planned", "preflight"]


class _Stopped(BaseException):
    """Raised by the shadow transport with the request it refused to send. A BaseException so
    that no retry or error translation on the way out mistakes it for a failure to handle."""

    def __init__(self, request: HttpRequest) -> None:
        super().__init__("not sent")
        self.request = request


UNSENT = " (not sent: the endpoint needs a market and the account names none)"
"""What a dry run shows beside a listing it will not send (``Planned.unsent``)."""


@dataclass(frozen=True)
class Planned:
    """What one call would send: who, which endpoint, and the HTTP method, host and path (never
    the query: it carries the signature, and on some exchanges the key)."""

    account: str
    operation: str
    kwargs: Mapping[str, object]
    http_method: str
    host: str
    path: str
    kind: str  # "cancel" or "list"
    mode: str | None = None  # the account mode the endpoint serves (None: every mode)
    per_market: str | None = None  # "contract_code": sent once per market the listing finds
    per_batch: int | None = None  # a batch cancel: at most this many listed orders a call
    unsent: bool = False  # a listing that needs the account's markets and has none: not sent

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "account": self.account,
            "kind": self.kind,
            "operation": self.operation,
            "kwargs": {k: str(v) for k, v in self.kwargs.items()},
            "request": f"{self.http_method} {self.host}{self.path}",
        }
        if self.mode is not None:
            out["mode"] = self.mode
        if self.per_market is not None:
            out["per_market"] = self.per_market
        if self.per_batch is not None:
            out["per_batch"] = self.per_batch
        if self.unsent:
            out["unsent"] = "the account names no markets and the endpoint needs one"
        return out

    def describe(self) -> str:
        """``ex:main cancel futures.cross_cancel_all(contract_code=<each listed>) POST
        https://host/path [single-asset accounts]``: one line of ``panic --dry-run``."""
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        if self.per_batch is not None and self.per_market:
            listed = f"{self.per_market}=<the listed orders, {self.per_batch} a call>"
            args = ", ".join(x for x in (listed, args) if x)
        elif self.per_market:
            args = ", ".join(x for x in (f"{self.per_market}=<each listed>", args) if x)
        return (
            f"{self.account} {self.kind} {self.operation}({args}) {self.http_method} "
            f"{self.host}{self.path}"
            + (f" [{self.mode} accounts]" if self.mode else "")
            + (UNSENT if self.unsent else "")
        )


_SHADOWS: dict[tuple[str, str | None], SyncClient] = {}
_LOCK = threading.Lock()


def _renew_lock_in_child() -> None:  # another thread may have held it at the fork
    global _LOCK
    _LOCK = threading.Lock()


os.register_at_fork(after_in_child=_renew_lock_in_child)


def _stop(request: HttpRequest) -> HttpResponse:
    raise _Stopped(request)


def _shadow(exchange: str, base_url: str | None) -> SyncClient:
    from .._runtime.client import SyncClient
    from .._runtime.mock import MockTransport

    key = (exchange, base_url)
    with _LOCK:
        client = _SHADOWS.get(key)
        if client is None:
            built = build_client(
                exchange,
                api_key="preflight-key",
                # base64 text ("preflight-secret"): valid for the schemes that decode it (a key form of the recipes)
                api_secret="cHJlZmxpZ2h0LXNlY3JldA==",
                passphrase="preflight-pass",
                base_url=base_url,
                max_retries=0,
                transport=MockTransport(_stop),
            )
            assert isinstance(built, SyncClient)
            built.rate_limiter = None
            client = _SHADOWS[key] = built
        return client


def _base_url(call: Call | Listing) -> str | None:
    """The account client's base_url, or None where it is on its default hosts, so that a
    group served by its own host (a futures API on a domain of its own) is shown there."""
    client = call.account.client
    if client is None or getattr(client, "_group_urls", None):
        return None
    return str(client.base_url)


def _mode_of(call: Call | Listing | MarketsListing) -> str | None:
    mode = getattr(call.spec, "mode", None)
    return mode if isinstance(mode, str) else None


def _per_market(
    call: Call | Listing, base_url: str | None, kwargs: Mapping[str, object] | None = None
) -> Planned:
    """A call sent once per market (or batch of orders) a listing finds: its arguments are
    checked when they are known (at panic time); here the endpoint's method, host and path
    (``kwargs``: the arguments known already, default the call's own)."""
    known = call.kwargs if kwargs is None else kwargs
    import importlib

    account = call.account
    module = importlib.import_module(f"exchange_sdk.{account.exchange}._spec")
    endpoint = getattr(module, f"{call.spec.group}_{call.spec.method}".upper())
    # a group served by its own host (a futures API on a domain of its own) shows that host
    host = base_url or module.EXCHANGE.group_base_urls.get(
        call.spec.group, _shadow(account.exchange, None).base_url
    )
    parts = urlsplit(host)
    batch = call.spec.batch if isinstance(call, Call) else None
    path = endpoint.path
    for name, value in known.items():  # the path params already known (a settle currency)
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return Planned(
        account.name,
        call.operation,
        dict(known),
        endpoint.method,
        f"{parts.scheme}://{parts.netloc}",
        path,
        "cancel" if isinstance(call, Call) else "list",
        _mode_of(call),
        call.spec.market_kwarg if batch is None else batch.items_kwarg,
        None if batch is None else batch.size,
    )


def _check_one(
    call: Call | Listing | MarketsListing,
    kwargs: Mapping[str, object],
    base_url: str | None,
    kind: str,
) -> Planned:
    account = call.account
    shadow = _shadow(account.exchange, base_url)
    method = method_of(shadow, call.spec.group, call.spec.method)
    args = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    try:
        method(**kwargs)
    except _Stopped as stop:
        parts = urlsplit(stop.request.url)
        return Planned(
            account.name,
            call.operation,
            dict(kwargs),
            stop.request.method,
            f"{parts.scheme}://{parts.netloc}",
            parts.path,
            kind,
            _mode_of(call),
        )
    except errors.ValidationError as exc:
        raise errors.ConfigurationError(
            f"account {account.name}: {call.operation}({args}) would be refused before "
            f"sending: {exc}",
            argument=exc.argument,
        ) from exc
    except errors.ExchangeSDKError as exc:
        raise errors.ConfigurationError(
            f"account {account.name}: {call.operation}({args}) cannot be sent: {exc}"
        ) from exc
    raise errors.ConfigurationError(  # pragma: no cover - the shadow transport always stops
        f"account {account.name}: {call.operation} returned without sending a request"
    )


def preflight(
    calls: Sequence[Call | Listing], base_urls: Mapping[str, str | None] | None = None
) -> list[Planned]:
    """Validate every call (and the first page of every listing) as the generated method does,
    sending nothing; the planned requests, in order. ``base_urls`` maps an account's name to
    its host when the account has no client (a dry run without credentials). Raises
    ``ConfigurationError`` (chained to the ``ValidationError``) naming the account and call."""
    from ._orders import Pager

    planned: list[Planned] = []
    for call in calls:
        base_url = (base_urls or {}).get(call.account.name) or _base_url(call)
        if isinstance(call, Call):
            for kwargs in call.sweeps():  # each value of a list-valued fixed param
                if call.discover or call.spec.batch is not None:
                    # a cancel per listed market or batch of listed orders: checked when known
                    planned.append(_per_market(call, base_url, kwargs))
                else:
                    planned.append(_check_one(call, kwargs, base_url, "cancel"))
            if call.listing is None:
                continue
            call = call.listing
        if call.needs_markets:
            # nothing to send: at panic time the listing reports call.unlistable()
            planned.append(replace(_per_market(call, base_url), per_market=None, unsent=True))
            continue
        if call.lists_markets:
            # the markets with open orders first, then the listing once per market found
            markets = call.markets_listing()
            planned.append(_check_one(markets, markets.kwargs, base_url, "list"))
            planned.append(_per_market(call, base_url))
            continue
        for kwargs in call.sweeps():  # each value of a list-valued fixed param is checked
            first = Pager(call.spec.pagination, kwargs).first()
            planned.append(_check_one(call, first, base_url, "list"))
    return planned
