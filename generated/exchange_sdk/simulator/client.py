"""A small client of the simulator's admin API (``/_sim/``), standard library only."""

from __future__ import annotations

import http.client
import json
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import urlencode, urlsplit

__all__ = ["AdminClient", "AdminError"]


class AdminError(Exception):
    """The admin API refused a request (its message says why)."""


class AdminClient:
    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout

    def request(self, method: str, path: str, body: Mapping[str, object] | None = None) -> Any:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            payload = json.dumps(body).encode() if body is not None else None
            headers = {"Content-Type": "application/json"} if payload is not None else {}
            conn.request(method, f"/_sim/{path.lstrip('/')}", body=payload, headers=headers)
            response = conn.getresponse()
            data = json.loads(response.read() or b"null")
        finally:
            conn.close()
        if response.status != 200:
            raise AdminError(f"{method} /_sim/{path}: HTTP {response.status}: {data}")
        return data

    def health(self) -> bool:
        return bool(self.request("GET", "health")["ok"])

    def reset(self) -> None:
        self.request("POST", "reset")

    def add_account(
        self, key: str, secret: str, passphrase: str = "", **fields: object
    ) -> dict[str, object]:
        body = {"key": key, "secret": secret, "passphrase": passphrase, **fields}
        return cast(dict[str, object], self.request("POST", "accounts", body))

    def seed_orders(
        self, exchange: str, symbol: str, count: int = 1, **fields: object
    ) -> list[dict[str, Any]]:
        body = {"exchange": exchange, "symbol": symbol, "count": count, **fields}
        return cast(list[dict[str, Any]], self.request("POST", "orders", body)["orders"])

    def orders(
        self, exchange: str | None = None, account: str | None = None, symbol: str | None = None
    ) -> list[dict[str, Any]]:
        query = {
            k: v for k, v in (("exchange", exchange), ("account", account), ("symbol", symbol)) if v
        }
        path = "orders" + (f"?{urlencode(query)}" if query else "")
        return cast(list[dict[str, Any]], self.request("GET", path)["orders"])

    def order_ids(self, exchange: str | None = None) -> set[str]:
        return {str(o["order_id"]) for o in self.orders(exchange)}

    def fail_order(
        self, order_id: str | int, code: str = "", message: str = "cancel failed (injected)"
    ) -> None:
        self.request("POST", f"orders/{order_id}/fail", {"code": code, "message": message})

    def markets(self) -> dict[str, list[str]]:
        """The symbols each exchange lists; requests naming another get the exchange's error."""
        return cast(dict[str, list[str]], self.request("GET", "markets")["markets"])

    def add_market(self, exchange: str, symbol: str) -> None:
        self.request("POST", "markets", {"exchange": exchange, "symbol": symbol})

    def countdowns(self) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], self.request("GET", "countdowns")["countdowns"])

    def clock(self) -> dict[str, Any]:
        return cast(dict[str, Any], self.request("GET", "clock"))

    def manual_clock(self, now_ms: int | None = None) -> dict[str, Any]:
        body: dict[str, object] = {"mode": "manual"}
        if now_ms is not None:
            body["now_ms"] = now_ms
        return cast(dict[str, Any], self.request("POST", "clock", body))

    def real_clock(self, offset_ms: int = 0) -> dict[str, Any]:
        return cast(
            dict[str, Any], self.request("POST", "clock", {"mode": "real", "offset_ms": offset_ms})
        )

    def advance(self, ms: int = 0, *, seconds: float = 0) -> dict[str, Any]:
        return cast(
            dict[str, Any], self.request("POST", "clock/advance", {"ms": ms + int(seconds * 1000)})
        )

    def add_fault(self, kind: str, **fields: object) -> dict[str, Any]:
        return cast(dict[str, Any], self.request("POST", "faults", {"kind": kind, **fields}))

    def clear_faults(self) -> None:
        self.request("DELETE", "faults")

    def configure(self, **fields: object) -> dict[str, Any]:
        return cast(dict[str, Any], self.request("POST", "config", fields))

    def requests(self) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], self.request("GET", "requests")["requests"])
