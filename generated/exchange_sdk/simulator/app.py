"""The simulator as a plain ASGI application: every exchange of ``venues.VENUES`` on one server
(their paths do not collide), the admin API under ``/_sim/``.

One request goes: admin? -> route (generated from the specs) -> injected fault -> body size ->
IP rate limits -> signature, key, passphrase, timestamp (the venue's ``verify``) -> IP
whitelist and permission -> UID rate limits -> parameters (the route's generated parse
function) -> the endpoint's behaviour (the venue's ``handlers``) -> the venue's envelope. Every failure is an
answer in that exchange's own format; nothing the client sends can make it answer 500.

Plain ASGI (no framework): the routing is one dict lookup, and the app must reach into the
server's transport to drop connections on purpose.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import replace
from typing import Any

from . import admin
from ._routes import EXCHANGES, ROUTES
from ._wire import BadBody, Reject, Route, WireRequest
from .state import Account, Fault, RateDecision, State
from .venue import Venue
from .venues import VENUES

__all__ = ["SimulatorApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

ADMIN_PREFIX = "/_sim/"
_TICK_SECONDS = 0.05
_LOG = logging.getLogger("exchange_sdk.simulator")


class _Answer:
    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = headers or {}


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


class SimulatorApp:
    """The ASGI callable. ``state`` is shared with whoever created the app (tests, the runner)."""

    def __init__(self, state: State | None = None) -> None:
        self.state = state or State(VENUES)
        served = [r for r in ROUTES if r.exchange in VENUES]  # a spec without a venue: 404
        self.routes: dict[tuple[str, str], Route] = {(r.method, r.path): r for r in served}
        self.paths: dict[str, list[Route]] = {}
        for route in served:
            self.paths.setdefault(route.path, []).append(route)
        # Exchanges may share a server-time path (HTX and KuCoin: GET /api/v1/timestamp).
        self.server_times: dict[tuple[str, str], tuple[Venue, ...]] = {}
        for w in EXCHANGES.values():
            if w.server_time is not None and w.id in VENUES:
                at = (w.server_time.method, w.server_time.path)
                self.server_times[at] = (*self.server_times.get(at, ()), VENUES[w.id])
        self.prefixes = sorted(
            (
                (p, VENUES[w.id])
                for w in EXCHANGES.values()
                if w.id in VENUES
                for p in w.path_prefixes
            ),
            key=lambda item: -len(item[0]),
        )
        self._ticker: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    # -- lifespan: a ticker fires countdowns in real time --------------------------------

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._ticker = asyncio.create_task(self._tick_forever())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._ticker is not None:
                    self._ticker.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await self._ticker
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(_TICK_SECONDS)
            try:
                self.state.tick()
            except Exception:  # pragma: no cover - a bug must not stop the countdowns
                _LOG.exception("simulator tick failed")

    # -- http -------------------------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        path = str(scope["path"])
        raw_query = bytes(scope.get("query_string", b"")).decode("latin-1")
        headers: dict[str, str] = {}
        for key, value in scope.get("headers", ()):
            name = bytes(key).decode("latin-1").lower()
            text = bytes(value).decode("latin-1")
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
        client = scope.get("client")
        ip = str(client[0]) if client else ""
        limit = self.state.config.max_body_bytes
        body, too_large = await _read_body(receive, limit)
        if path.startswith(ADMIN_PREFIX) or path == ADMIN_PREFIX.rstrip("/"):
            status, data = admin.handle(self.state, method, path, raw_query, body)
            await _respond(send, _Answer(status, _json(data)))
            return
        request = WireRequest(method, path, raw_query, headers, body, ip)
        try:
            answer = await self._exchange(request, too_large, send)
        except Exception:  # a bug in the simulator: still answer, and say so
            _LOG.exception("simulator failed on %s %s", method, path)
            answer = _Answer(500, _json({"error": "simulator internal error (a bug: see its log)"}))
        if answer is not None:
            await _respond(send, answer)

    async def _exchange(self, request: WireRequest, too_large: bool, send: Send) -> _Answer | None:
        state = self.state
        state.tick()
        now = state.clock.now_ms()
        key = (request.method, request.path)
        route = self.routes.get(key)
        behaviour: Venue | None = None
        timekeepers: tuple[Venue, ...] = ()
        if route is not None:
            behaviour = VENUES[route.exchange]
            operation = route.operation
        elif key in self.server_times:
            timekeepers = self.server_times[key]
            behaviour = timekeepers[0]
            operation = "server_time"
        else:
            behaviour = self._behaviour_of(request.path)
            if behaviour is None:
                return self._log(
                    request,
                    None,
                    "",
                    _Answer(404, _json({"error": f"unknown path {request.path}"})),
                )
            if request.path in self.paths:
                code = behaviour.method_not_allowed_code or behaviour.wire.not_found_code
                reject = Reject(code, f"method {request.method} not allowed", 405)
            else:
                reject = Reject(
                    behaviour.wire.not_found_code, f"no such endpoint: {request.path}", 404
                )
            return self._log(request, behaviour, "", self._error(behaviour, reject, now))

        fault = None
        for venue in timekeepers or (behaviour,):
            fault = state.take_fault(venue.id, operation)
            if fault is not None:
                break
        if fault is not None:
            if fault.kind == "latency":
                await asyncio.sleep(fault.latency_ms / 1000)
                now = state.clock.now_ms()
            elif fault.kind == "drop":
                _drop(send)
                self._log(request, behaviour, operation, None)
                return None
            elif fault.kind == "status" and fault.status == 429:
                # the exchange's own rate-limit answer (code, message, headers) with HTTP 429;
                # the window "ends" one second from now
                decision = RateDecision(False, 1, 0, now + 1000, 1000, now)
                limited = replace(behaviour.rate_limited(decision), http_status=429)
                answer = self._error(behaviour, limited, now, decision)
                return self._log(request, behaviour, operation, answer)
            elif fault.kind == "status":
                busy = Reject(
                    behaviour.busy_code, "service unavailable (injected fault)", fault.status
                )
                return self._log(request, behaviour, operation, self._error(behaviour, busy, now))
            elif fault.kind == "non_json":
                page = f"<html><body><h1>{fault.status} injected fault</h1></body></html>".encode()
                return self._log(
                    request,
                    behaviour,
                    operation,
                    _Answer(fault.status, page, {"content-type": "text/html"}),
                )

        if route is None:
            answer = _Answer(*_encode(_server_time(timekeepers, now)))
        else:
            answer = self._serve(route, behaviour, request, too_large, now)
        if fault is not None and fault.kind == "truncate":
            answer.body = answer.body[: max(1, len(answer.body) // 2)]
        return self._log(request, behaviour, operation, answer)

    def _serve(
        self, route: Route, behaviour: Venue, request: WireRequest, too_large: bool, now: int
    ) -> _Answer:
        state = self.state
        if too_large:
            reject = Reject(
                behaviour.wire.param_error_code,
                f"request body larger than {state.config.max_body_bytes} bytes",
                413,
            )
            return self._error(behaviour, reject, now)
        ip_rules = [r for r in route.rate_limits if r.scope == "ip"]
        decision = state.hit(
            (f"{r.key}:{request.client_ip}", r.count, r.interval_ms, r.weight, r.continuous)
            for r in ip_rules
        )
        if decision is not None and not decision.allowed:
            return self._error(behaviour, behaviour.rate_limited(decision), now, decision)
        try:
            verified = behaviour.verify(
                request, state.accounts, now, behaviour.wire.timestamp_tolerance_ms
            )
        except BadBody as exc:
            verified = Reject(_body_error_code(behaviour), str(exc), 400)
        if isinstance(verified, Reject):
            return self._error(behaviour, verified, now, decision)
        account: Account = verified
        refused = _refusal(behaviour, account, route.permission, request.client_ip)
        if refused is not None:
            return self._error(behaviour, refused, now, decision)
        uid_rules = [r for r in route.rate_limits if r.scope == "uid"]
        uid_decision = state.hit(
            (f"{r.key}:{account.uid}", r.count, r.interval_ms, r.weight, r.continuous)
            for r in uid_rules
        )
        if uid_decision is not None:
            decision = uid_decision
            if not uid_decision.allowed:
                return self._error(behaviour, behaviour.rate_limited(uid_decision), now, decision)
        try:
            parsed = route.parse(request)
        except BadBody as exc:
            parsed = Reject(_body_error_code(behaviour), str(exc), 400)
        if isinstance(parsed, Reject):
            return self._error(behaviour, parsed, now, decision)
        handler = behaviour.handlers.get(route.operation)
        if handler is None:
            reject = Reject(
                behaviour.wire.not_found_code, f"{route.operation} is not simulated", 501
            )
            return self._error(behaviour, reject, now, decision)
        result = handler(state, account, parsed, now)
        if isinstance(result, Reject):
            return self._error(behaviour, result, now, decision)
        status, data = behaviour.success(result, now)
        return _Answer(status, _json(data), behaviour.rate_headers(decision))

    def _error(
        self, behaviour: Venue, reject: Reject, now: int, decision: RateDecision | None = None
    ) -> _Answer:
        status, data = behaviour.error(reject, now)
        headers = behaviour.rate_headers(decision)
        headers.update(reject.headers)
        return _Answer(status, _json(data), headers)

    def _behaviour_of(self, path: str) -> Venue | None:
        for prefix, behaviour in self.prefixes:
            if path.startswith(prefix):
                return behaviour
        return None

    def _log(
        self,
        request: WireRequest,
        behaviour: Venue | None,
        operation: str,
        answer: _Answer | None,
    ) -> _Answer | None:
        code: object = None
        if answer is not None and answer.body[:1] == b"{":
            with contextlib.suppress(ValueError):
                data = json.loads(answer.body)
                if isinstance(data, dict):
                    field = behaviour.wire.code_field if behaviour is not None else None
                    code = data.get(field) if field else None  # Kraken Futures: result
                    if code is None:
                        code = data.get("code", data.get("err_code", data.get("label")))
                    if code is None and data.get("status") == "ok":  # a {status: "ok"} envelope
                        code = "ok"
                    failures = data.get("error")
                    if code is None and isinstance(failures, list) and failures:
                        # Kraken spot: {"error": ["EAPI:Rate limit exceeded:<detail>"], ...}
                        code = ":".join(str(failures[0]).split(":")[:2])
        self.state.record(
            {
                "method": request.method,
                "path": request.path,
                "exchange": behaviour.id if behaviour else None,
                "operation": operation,
                "status": answer.status if answer is not None else "dropped",
                "code": None if code is None else str(code),
            }
        )
        return answer


def _refusal(venue: Venue, account: Account, permission: str, ip: str) -> Reject | None:
    """The venue's answer when the key may not be used from this IP or for this endpoint."""
    checks = (
        (
            account.ip_allowed(ip),
            venue.ip_code,
            venue.ip_status,
            f"IP {ip} is not in the API key's whitelist",
        ),
        (
            account.allows(permission),
            venue.permission_code,
            venue.permission_status,
            f"permission denied: the API key lacks the {permission} permission",
        ),
    )
    for allowed, code, status, message in checks:
        if not allowed:
            return Reject(code, message, status)
    return None


def _body_error_code(behaviour: Venue) -> str:
    """The exchange's code for an unreadable body."""
    return behaviour.body_error_code or behaviour.wire.param_error_code


def _server_time(venues: tuple[Venue, ...], now: int) -> tuple[int, object]:
    """The server-time answer; where exchanges share the path, one body holding each one's
    fields (HTX reads ``ts``, KuCoin ``data``: their fields do not overlap)."""
    status, body = venues[0].server_time(now)
    for other in venues[1:]:
        _, more = other.server_time(now)
        if isinstance(body, dict) and isinstance(more, dict):
            body = {**more, **body}
    return status, body


def _encode(result: tuple[int, object]) -> tuple[int, bytes]:
    return result[0], _json(result[1])


async def _read_body(receive: Receive, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


async def _respond(send: Send, answer: _Answer) -> None:
    headers = [(b"content-type", b"application/json")]
    for name, value in answer.headers.items():
        if name.lower() == "content-type":
            headers[0] = (b"content-type", value.encode("latin-1"))
        else:
            headers.append((name.encode("latin-1"), value.encode("latin-1")))
    headers.append((b"content-length", str(len(answer.body)).encode()))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


def _drop(send: Send) -> None:
    """Close the connection without answering (uvicorn: abort the request's transport)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("dropping connections needs uvicorn (no transport on this server)")
    cycle.disconnected = True  # type: ignore[union-attr]
    transport.abort()


def fault_kinds() -> tuple[str, ...]:
    return Fault.KINDS
