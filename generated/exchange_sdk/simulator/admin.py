"""The admin API under ``/_sim/`` (a prefix no exchange uses): JSON in, JSON out.

GET    /_sim/health                      {"ok": true}
POST   /_sim/reset                       orders, countdowns, buckets, faults, clock, config
GET    /_sim/accounts                    accounts (secrets masked)
POST   /_sim/accounts                    {"key", "secret", "passphrase"?, "permissions"?, "ip_whitelist"?, "asset_mode"?}
DELETE /_sim/accounts/<key>
GET    /_sim/orders[?exchange=&account=&symbol=]
POST   /_sim/orders                      {"exchange", "symbol", "account"?, "count"?, "side"?, ...}
DELETE /_sim/orders                      remove every order
POST   /_sim/orders/<id>/fail            {"code"?, "message"?}: cancelling this order fails
GET    /_sim/markets                     the symbols each exchange lists (others get its error)
POST   /_sim/markets                     {"exchange", "symbol"}: list one more
GET    /_sim/countdowns
GET    /_sim/clock                       {"mode", "now_ms", "offset_ms"}
POST   /_sim/clock                       {"mode": "manual", "now_ms"?} | {"mode": "real", "offset_ms"?}
POST   /_sim/clock/advance               {"ms": N} or {"seconds": N}; fires due countdowns
GET    /_sim/faults
POST   /_sim/faults                      {"kind", "next"? | "ratio"?, "exchange"?, "operation"?, "latency_ms"?, "status"?}
DELETE /_sim/faults
GET    /_sim/config
POST   /_sim/config                      {"rate_limits"?, "cancel_lag_ms"?, <a venue's knob>?, ...}
GET    /_sim/requests                    the last requests served (method, path, status, code)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import parse_qsl

from .state import Account, State

__all__ = ["handle"]

Answer = tuple[int, object]


class _BadRequest(Exception):
    pass


def _body(raw: bytes) -> dict[str, object]:
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _BadRequest(f"body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise _BadRequest("body must be a JSON object")
    return data


def _int(data: Mapping[str, object], name: str, default: int | None = None) -> int:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _BadRequest(f"{name} must be an integer, got {value!r}")
    return value


def _str(data: Mapping[str, object], name: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise _BadRequest(f"{name} must be a string, got {value!r}")
    return value


def _strings(data: Mapping[str, object], name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _BadRequest(f"{name} must be a list of strings")
    return tuple(value)


def handle(state: State, method: str, path: str, raw_query: str, raw_body: bytes) -> Answer:
    try:
        return _route(state, method, path.rstrip("/"), dict(parse_qsl(raw_query)), raw_body)
    except (_BadRequest, ValueError, TypeError) as exc:
        return 400, {"error": str(exc)}


def _route(state: State, method: str, path: str, query: dict[str, str], raw: bytes) -> Answer:
    parts = path.split("/")[2:]  # "/_sim/orders/1/fail" -> ["orders", "1", "fail"]
    head = parts[0] if parts else ""
    if head == "health":
        return 200, {"ok": True}
    if head == "reset" and method == "POST":
        state.reset()
        return 200, {"ok": True}
    if head == "accounts":
        return _accounts(state, method, parts[1:], raw)
    if head == "orders":
        return _orders(state, method, parts[1:], query, raw)
    if head == "markets":
        if method == "GET":
            with state.lock:
                return 200, {"markets": {ex: sorted(s) for ex, s in state.markets.items()}}
        if method == "POST":
            data = _body(raw)
            state.add_market(_str(data, "exchange"), _str(data, "symbol"))
            return 200, {"ok": True}
    if head == "countdowns" and method == "GET":
        state.tick()
        return 200, {"countdowns": [c.to_json() for c in state.countdowns.values()]}
    if head == "clock":
        return _clock(state, method, parts[1:], raw)
    if head == "faults":
        if method == "GET":
            return 200, {"faults": [f.to_json() for f in state.faults]}
        if method == "POST":
            return 200, state.add_fault(**_body(raw)).to_json()
        if method == "DELETE":
            state.faults.clear()
            return 200, {"ok": True}
    if head == "config":
        if method == "POST":
            data = _body(raw)
            for name, value in data.items():
                state.config.set(name, value)
        return 200, state.config.to_json()
    if head == "requests" and method == "GET":
        return 200, {"requests": list(state.log)}
    return 404, {"error": f"no admin endpoint {method} {path}"}


def _accounts(state: State, method: str, rest: list[str], raw: bytes) -> Answer:
    if method == "GET" and not rest:
        return 200, {"accounts": [a.to_json() for a in state.accounts.values()]}
    if method == "POST" and not rest:
        data = _body(raw)
        account = Account(
            key=_str(data, "key"),
            secret=_str(data, "secret"),
            passphrase=_str(data, "passphrase", ""),
            permissions=_strings(data, "permissions", ("*",)),
            ip_whitelist=_strings(data, "ip_whitelist", ()),
            uid=_str(data, "uid", ""),
            asset_mode=_int(data, "asset_mode", 1),
        )
        state.add_account(account)
        return 200, account.to_json()
    if method == "DELETE" and len(rest) == 1:
        with state.lock:
            removed = state.accounts.pop(rest[0], None)
        return (200, {"ok": True}) if removed else (404, {"error": f"no account {rest[0]!r}"})
    return 404, {"error": "accounts: GET, POST or DELETE /_sim/accounts/<key>"}


def _orders(
    state: State, method: str, rest: list[str], query: dict[str, str], raw: bytes
) -> Answer:
    if method == "GET" and not rest:
        state.tick()
        orders = state.open_orders(
            query.get("exchange"), query.get("account"), query.get("symbol"), query.get("market")
        )
        return 200, {"orders": [o.to_json() for o in orders]}
    if method == "POST" and not rest:
        data = _body(raw)
        count = _int(data, "count", 1)
        if not 1 <= count <= 100_000:
            raise _BadRequest("count must be between 1 and 100000")
        extra = {
            k: v for k, v in data.items() if k not in ("exchange", "symbol", "account", "count")
        }
        created = [
            state.seed_order(
                _str(data, "exchange"),
                _str(data, "account", "test-key"),
                _str(data, "symbol"),
                **extra,
            )
            for _ in range(count)
        ]
        return 200, {"orders": [o.to_json() for o in created]}
    if method == "DELETE" and not rest:
        with state.lock:
            state.orders.clear()
        return 200, {"ok": True}
    if method == "POST" and len(rest) == 2 and rest[1] == "fail" and rest[0].isdigit():
        data = _body(raw)
        with state.lock:
            order = state.orders.get(int(rest[0]))
            if order is None:
                return 404, {"error": f"no open order {rest[0]}"}
            order.cancel_error = {
                "code": _str(data, "code", ""),
                "message": _str(data, "message", "cancel failed (injected)"),
            }
            if not order.cancel_error["code"]:
                del order.cancel_error["code"]
        return 200, order.to_json()
    return 404, {"error": "orders: GET, POST, DELETE /_sim/orders or POST /_sim/orders/<id>/fail"}


def _clock(state: State, method: str, rest: list[str], raw: bytes) -> Answer:
    if method == "GET" and not rest:
        return 200, state.clock.to_json()
    data = _body(raw)
    if method == "POST" and not rest:
        mode = _str(data, "mode", state.clock.mode)
        with state.lock:
            if mode == "manual":
                state.clock.set_manual(_int(data, "now_ms") if "now_ms" in data else None)
            elif mode == "real":
                state.clock.set_real(_int(data, "offset_ms", 0))
            else:
                raise _BadRequest("mode must be 'manual' or 'real'")
        state.tick()
        return 200, state.clock.to_json()
    if method == "POST" and rest == ["advance"]:
        ms = _int(data, "ms") if "ms" in data else _int(data, "seconds", 0) * 1000
        if ms < 0:
            raise _BadRequest("the clock only moves forward")
        with state.lock:
            state.clock.advance(ms)
            state.tick()
        return 200, state.clock.to_json()
    return 404, {"error": "clock: GET/POST /_sim/clock or POST /_sim/clock/advance"}
