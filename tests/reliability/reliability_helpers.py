"""What the reliability tests share: one call per endpoint, for sync and async clients."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from exchange_sdk import (
    HTX,
    AsyncBingX,
    AsyncBitget,
    AsyncGate,
    AsyncHTX,
    BingX,
    Bitget,
    Gate,
    errors,
)
from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk.transports import HttpRequest, HttpResponse, SocketTransport

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"

# (exchange, operation) -> keyword arguments of a valid call
ENDPOINTS: dict[tuple[str, str], dict[str, object]] = {
    ("bingx", "spot.cancel_all_after"): {"type": "ACTIVATE", "time_out": 10},
    ("bingx", "spot.cancel_open_orders"): {"symbol": "BTC-USDT"},
    ("htx", "futures.cancel_all_orders"): {"contract_code": "BTC-USDT"},
    ("bitget", "mix.cancel_all_orders"): {"product_type": "USDT-FUTURES", "margin_coin": "USDT"},
    ("gate", "spot.countdown_cancel_all"): {"timeout": 30, "currency_pair": "BTC_USDT"},
}
SYNC = {"bingx": BingX, "htx": HTX, "bitget": Bitget, "gate": Gate}
ASYNC = {"bingx": AsyncBingX, "htx": AsyncHTX, "bitget": AsyncBitget, "gate": AsyncGate}
SERVER_TIME_OPERATION = "server_time"


def credentials(
    exchange: str, key: str = KEY, secret: str = SECRET, phrase: str = PASSPHRASE
) -> dict[str, str]:
    out = {"api_key": key, "api_secret": secret}
    if exchange == "bitget":
        out["passphrase"] = phrase
    return out


def sync_client(exchange: str, url: str, **kwargs: Any) -> SyncClient:
    creds: dict[str, Any] = credentials(exchange, **kwargs.pop("creds", {}))
    client: SyncClient = SYNC[exchange](base_url=url, **creds, **kwargs)
    return client


def async_client(exchange: str, url: str, **kwargs: Any) -> AsyncClient:
    creds: dict[str, Any] = credentials(exchange, **kwargs.pop("creds", {}))
    client: AsyncClient = ASYNC[exchange](base_url=url, **creds, **kwargs)
    return client


def method(client: SyncClient | AsyncClient, operation: str) -> Callable[..., Any]:
    group, name = operation.split(".")
    return getattr(getattr(client, group), name)  # type: ignore[no-any-return]


def call(client: SyncClient, operation: str, **options: Any) -> object:
    exchange = client._info.id
    return method(client, operation)(**ENDPOINTS[(exchange, operation)], **options)


def acall(client: AsyncClient, operation: str, **options: Any) -> Awaitable[object]:
    exchange = client._info.id
    result: Awaitable[object] = method(client, operation)(
        **ENDPOINTS[(exchange, operation)], **options
    )
    return result


def run(coro: Awaitable[object]) -> object:
    async def main() -> object:
        return await coro

    return asyncio.run(main())


def accepted(outcome: object) -> bool:
    """A call the exchange admitted: a result, or a business answer that is not about rate."""
    if isinstance(outcome, errors.NothingToCancelError):
        return True  # HTX 1051 when there is nothing to cancel: served, counted, not limited
    return not isinstance(outcome, BaseException)


class RecordingTransport(SocketTransport):
    """The real transport, keeping every request sent (to know the signatures to look for)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest) -> HttpResponse:
        self.sent.append(request)
        return super().send(request)


def served(sim: Any, exchange: str, operation: str | None = None) -> list[dict[str, Any]]:
    """The simulator's log of requests served for ``exchange`` (and ``operation``)."""
    return [
        r
        for r in sim.requests()
        if r.get("exchange") == exchange and (operation is None or r.get("operation") == operation)
    ]
