"""Accounts on the simulator and seeded orders, for the kill-switch tests."""

from __future__ import annotations

import base64

from exchange_sdk._runtime.client import AsyncClient, SyncClient
from exchange_sdk.killswitch import Account, build_client
from exchange_sdk.simulator import AdminClient

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"
EXCHANGES = ("bingx", "htx", "bitget", "gate", "okx")
NATIVE = ("bingx", "gate", "htx", "okx")
# (symbol seeded, account markets, account params) per exchange
SETUP: dict[str, tuple[str, tuple[str, ...], dict[str, object]]] = {
    "bingx": ("BTC-USDT", ("BTC-USDT",), {}),
    "htx": ("BTC-USDT", ("BTC-USDT",), {}),
    "bitget": ("BTCUSDT", (), {"product_type": ["USDT-FUTURES"]}),
    "gate": ("BTC_USDT", ("BTC_USDT",), {}),
    "okx": ("BTC-USDT", (), {}),  # no cancel-all: listed, then cancelled by id in batches
}
# The market (spec group) each exchange's account protects here; exchanges with more than one
# (BingX spot and swap, Gate spot and futures, Bitget mix and spot) are tested per market in
# test_markets.py.
GROUPS: dict[str, tuple[str, ...]] = {"bingx": ("spot",), "gate": ("spot",), "bitget": ("mix",)}


def sim_client(
    url: str, exchange: str, *, asynchronous: bool = False, max_retries: int = 2
) -> SyncClient | AsyncClient:
    """A client of ``exchange`` on the simulator's default account, without the client-side
    rate limiter (Kraken's take the secret as the base64 text Kraken shows)."""
    secret = base64.b64encode(SECRET.encode()).decode() if exchange.startswith("kraken") else SECRET
    client = build_client(
        exchange,
        asynchronous=asynchronous,
        api_key=KEY,
        api_secret=secret,
        passphrase=PASSPHRASE,
        base_url=url,
        max_retries=max_retries,
    )
    client.rate_limiter = None
    return client


def account(
    url: str,
    exchange: str,
    *,
    asynchronous: bool = False,
    max_retries: int = 2,
    timeout: float | None = None,
    htx_mode: str | None = "multi-asset",
) -> Account:
    """An account on the simulator; HTX's in ``htx_mode`` (v5 endpoints for multi-asset, v1 and
    the native countdown for single-asset; None: asked of the exchange)."""
    client = sim_client(url, exchange, asynchronous=asynchronous, max_retries=max_retries)
    _, markets, params = SETUP[exchange]
    mode = htx_mode if exchange == "htx" else None
    return Account(
        exchange,
        client,
        label="main",
        markets=markets,
        params=params,
        timeout=timeout,
        account_mode=mode,
        groups=GROUPS.get(exchange, ()),
    )


def accounts(
    url: str, exchanges: tuple[str, ...] = EXCHANGES, *, asynchronous: bool = False, **kw: object
) -> list[Account]:
    return [account(url, ex, asynchronous=asynchronous, **kw) for ex in exchanges]  # type: ignore[arg-type]


def seed(
    sim: AdminClient, exchanges: tuple[str, ...] = EXCHANGES, count: int = 3
) -> dict[str, set[str]]:
    """``count`` open orders per exchange; returns their ids by exchange."""
    return {
        ex: {str(o["order_id"]) for o in sim.seed_orders(ex, SETUP[ex][0], count=count)}
        for ex in exchanges
    }


def open_ids(sim: AdminClient, exchange: str) -> set[str]:
    return {str(o["order_id"]) for o in sim.orders(exchange=exchange)}


def unsimulated() -> list[str]:
    """The kill-switch endpoints (from the generated tables) the simulator cannot serve yet."""
    from exchange_sdk._killswitch_specs import CANCEL_ALL, COUNTDOWNS
    from exchange_sdk.simulator.venues import simulated

    specs = [s for table in (CANCEL_ALL, COUNTDOWNS) for ex in EXCHANGES for s in table.get(ex, ())]
    return [
        f"{s.exchange} {s.group}.{s.method}"
        for s in specs
        if not simulated(s.exchange, f"{s.group}.{s.method}")
    ]
