"""CCXT 4.5.90 pointed at the simulator: every API URL's scheme and host replaced by the
simulator's, the markets a test needs pre-loaded with ``set_markets`` (nothing is fetched from
the internet: no ``loadMarkets``, no ``fetchTime``, no currencies)."""

from __future__ import annotations

import re
from typing import Any

import ccxt

from exchange_sdk.simulator.pytest_plugin import SimAdmin

KEY, SECRET, PASSPHRASE = "test-key", "test-secret", "test-pass"

_HOST = re.compile(r"^https?://[^/]+")


def _point(urls: Any, base: str) -> Any:
    if isinstance(urls, dict):
        return {key: _point(value, base) for key, value in urls.items()}
    if isinstance(urls, str):
        return _HOST.sub(base, urls)
    return urls


def market(
    symbol: str,
    market_id: str,
    kind: str = "spot",
    settle: str | None = None,
    contract_size: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One market as CCXT's unified structure: ``BTC/USDT`` (spot) or ``BTC/USDT:USDT`` (a
    linear swap, ``kind="swap"``)."""
    pair = symbol.split(":", 1)[0]
    base, quote = pair.split("/")
    contract = kind != "spot"
    linear = None if not contract else settle == quote
    return {
        "id": market_id,
        "symbol": symbol,
        "base": base,
        "quote": quote,
        "settle": settle,
        "baseId": base,
        "quoteId": quote,
        "settleId": settle,
        "type": kind,
        "spot": kind == "spot",
        "margin": False,
        "swap": kind == "swap",
        "future": kind == "future",
        "option": False,
        "contract": contract,
        "linear": linear,
        "inverse": None if not contract else not linear,
        "contractSize": contract_size if contract else None,
        "active": True,
        "precision": {"amount": 0.001, "price": 0.01},
        "limits": {"amount": {}, "price": {}, "cost": {}, "leverage": {}},
        "info": {},
        **extra,
    }


def client(
    name: str,
    sim_url: str,
    markets: list[dict[str, Any]],
    secret: str = SECRET,
    **options: Any,
) -> Any:
    """CCXT's ``name`` exchange with its URLs on the simulator and ``markets`` loaded."""
    exchange = getattr(ccxt, name)(
        {
            "apiKey": KEY,
            "secret": secret,
            "password": PASSPHRASE,
            "timeout": 10_000,
            "enableRateLimit": False,
            "options": {"adjustForTimeDifference": False, **options},
        }
    )
    exchange.urls["api"] = _point(exchange.urls["api"], sim_url)
    exchange.set_markets(markets)
    return exchange


def calls(sim: SimAdmin) -> list[tuple[str, int]]:
    """``(operation, HTTP status)`` of every request the simulator logged since its reset: an
    operation name means the request was routed to a spec endpoint, 200 that the venue's own
    verifier accepted its signature."""
    return [(r["operation"], r["status"]) for r in sim.requests()]


def tamper(exchange: Any, old: str, new: str) -> None:
    """Make ``exchange`` change ``old`` to ``new`` in the URL and body of what it sends, after
    signing (a man in the middle): the simulator must refuse it."""
    send = exchange.fetch

    def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None) -> Any:
        assert old in url or old in (body or ""), f"nothing to alter: {old!r} not sent"
        if isinstance(body, str):
            body = body.replace(old, new)
        return send(url.replace(old, new), method, headers, body)

    exchange.fetch = fetch


def codes(sim: SimAdmin) -> list[str | None]:
    """The exchange code of every answer the simulator logged since its reset."""
    return [r["code"] for r in sim.requests()]
